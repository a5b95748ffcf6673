//! `print.toml`: the words around the printable pages (route cards and notes sheets), and
//! which topics get a notes sheet. No file: no printable pages.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::error::ContentError;
use super::mirror::TextSrc;
use super::text_lines::read_toml;
use zelfcheck_engine::{Text, Topic};

/// The name of the file in the content folder.
pub const FILE: &str = "print.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PrintFile {
    notes_sheets: Vec<Spanned<String>>,
    route_card: RouteCardSrc,
    notes_sheet: NotesSheetSrc,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteCardSrc {
    name: TextSrc,
    print: TextSrc,
    first_steps: TextSrc,
    duties: TextSrc,
    no_duties: TextSrc,
    applies_to: TextSrc,
    with_answer: TextSrc,
    without_answer: TextSrc,
    all_sectors: TextSrc,
    source: TextSrc,
    contacts: TextSrc,
    doubt: TextSrc,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NotesSheetSrc {
    name: TextSrc,
    print: TextSrc,
    urgent_first: TextSrc,
    not_stored: TextSrc,
    fields: Vec<FieldSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldSrc {
    lines: Spanned<u8>,
    label: TextSrc,
    hint: TextSrc,
}

/// The words of a route card.
#[derive(Debug, Clone, Copy)]
pub struct RouteCardTexts {
    /// What the page is called ("Routekaart").
    pub name: Text,
    /// The print button.
    pub print: Text,
    /// Heading over the topic's urgent to-dos.
    pub first_steps: Text,
    /// Heading over the legal duties.
    pub duties: Text,
    /// Said when the topic names no legal duty.
    pub no_duties: Text,
    /// Before the sectors a duty applies to.
    pub applies_to: Text,
    /// Before the answers a step or duty goes with, so a line read on its own keeps its
    /// situation.
    pub with_answer: Text,
    /// The same, for a step or duty that holds when an answer was not given.
    pub without_answer: Text,
    /// Instead of the list when a duty applies to every sector.
    pub all_sectors: Text,
    /// Before a duty's source.
    pub source: Text,
    /// Heading over the contacts.
    pub contacts: Text,
    /// The closing line; `{phone}` and `{hours}` are the Adviespunt's.
    pub doubt: Text,
}

/// One thing to write down on a notes sheet.
#[derive(Debug, Clone, Copy)]
pub struct NotesField {
    /// What to write.
    pub label: Text,
    /// A question that helps.
    pub hint: Text,
    /// How many lines to write on.
    pub lines: u8,
}

/// The words of a notes sheet.
#[derive(Debug, Clone)]
pub struct NotesSheetTexts {
    /// What the page is called ("Wat schrijf je op?").
    pub name: Text,
    /// The print button.
    pub print: Text,
    /// First on the sheet: the urgent steps come before writing.
    pub urgent_first: Text,
    /// Last on the sheet: the widget keeps nothing of it.
    pub not_stored: Text,
    /// What to write down, in order.
    pub fields: Vec<NotesField>,
}

/// Everything `print.toml` holds, checked.
#[derive(Debug, Clone)]
pub struct PrintTexts {
    /// The words of every route card.
    pub route_card: RouteCardTexts,
    /// The words of every notes sheet.
    pub notes_sheet: NotesSheetTexts,
    /// The topics that get a notes sheet, by id, in the order of the topics.
    pub notes_sheets: Vec<&'static str>,
}

/// Reads `print.toml` against the converted topics: `None` when there is no such file.
/// Every problem comes with file and line: a missing or unknown field, an empty text, a
/// notes sheet for a topic that does not exist or is named twice, a field without lines.
pub fn read_dir(dir: &Path, topics: &[Topic]) -> Result<Option<PrintTexts>, Vec<ContentError>> {
    let Some((file, parsed)) = read_toml::<PrintFile>(&dir.join(FILE)) else {
        return Ok(None);
    };
    let parsed = parsed.map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut text = |t: &TextSrc, what: &str| t.checked(&file, what, &mut errors);
    let r = &parsed.route_card;
    let route_card = RouteCardTexts {
        name: text(&r.name, "route_card.name"),
        print: text(&r.print, "route_card.print"),
        first_steps: text(&r.first_steps, "route_card.first_steps"),
        duties: text(&r.duties, "route_card.duties"),
        no_duties: text(&r.no_duties, "route_card.no_duties"),
        applies_to: text(&r.applies_to, "route_card.applies_to"),
        with_answer: text(&r.with_answer, "route_card.with_answer"),
        without_answer: text(&r.without_answer, "route_card.without_answer"),
        all_sectors: text(&r.all_sectors, "route_card.all_sectors"),
        source: text(&r.source, "route_card.source"),
        contacts: text(&r.contacts, "route_card.contacts"),
        doubt: text(&r.doubt, "route_card.doubt"),
    };
    let n = &parsed.notes_sheet;
    let mut notes_sheet = NotesSheetTexts {
        name: text(&n.name, "notes_sheet.name"),
        print: text(&n.print, "notes_sheet.print"),
        urgent_first: text(&n.urgent_first, "notes_sheet.urgent_first"),
        not_stored: text(&n.not_stored, "notes_sheet.not_stored"),
        fields: Vec::new(),
    };
    for field in &n.fields {
        notes_sheet.fields.push(NotesField {
            label: text(&field.label, "a notes sheet field's label"),
            hint: text(&field.hint, "a notes sheet field's hint"),
            lines: *field.lines.get_ref(),
        });
    }
    for field in n.fields.iter().filter(|f| *f.lines.get_ref() == 0) {
        errors.push(file.error(
            field.lines.span().start,
            "a notes sheet field needs at least one line to write on",
        ));
    }
    let mut notes_sheets = Vec::new();
    for id in &parsed.notes_sheets {
        match topics.iter().find(|t| t.id == id.get_ref()) {
            Some(_) if notes_sheets.contains(&id.get_ref().as_str()) => errors.push(file.error(
                id.span().start,
                format!("topic '{}' is named twice in notes_sheets", id.get_ref()),
            )),
            Some(topic) => notes_sheets.push(topic.id),
            None => errors.push(file.error(
                id.span().start,
                format!(
                    "topic '{}' in notes_sheets does not exist; use the id of a file in topics/",
                    id.get_ref()
                ),
            )),
        }
    }
    notes_sheets.sort_by_key(|id| topics.iter().position(|t| t.id == *id));
    if errors.is_empty() {
        Ok(Some(PrintTexts {
            route_card,
            notes_sheet,
            notes_sheets,
        }))
    } else {
        Err(errors)
    }
}

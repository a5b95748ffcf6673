//! Every printable page of the content, as files for the release folder: a route card per
//! topic and language in `routekaart/`, a notes sheet per listed topic and language in
//! `notities/`, each folder with its stylesheet and print script. And the content check
//! that every page fits on one A4.

use std::path::Path;

use super::Converted;
use super::error::ContentError;
use super::print_html::{CSS_FILE, JS_FILE, PRINT_JS, page};
use super::print_layout::{Block, css, page_share};
use super::print_texts::{FILE, PrintTexts};
use super::route_card::{RouteCard, route_card};
use super::{notes_sheet, route_card};
use zelfcheck_engine::rich::plain;
use zelfcheck_engine::{Lang, Text, Topic};

/// The folder of the route cards in the release folder.
pub const ROUTE_CARDS: &str = "routekaart";
/// The folder of the notes sheets in the release folder.
pub const NOTES_SHEETS: &str = "notities";

/// Both languages, Dutch first.
const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// A page's path in the release folder: `routekaart/pesten.nl.html`.
pub fn page_path(folder: &str, topic: &str, lang: Lang) -> String {
    format!("{folder}/{topic}.{}.html", lang.code())
}

/// The route card of a topic as blocks.
fn card_blocks(
    converted: &Converted,
    print: &PrintTexts,
    card: &RouteCard,
    lang: Lang,
) -> Vec<Block> {
    route_card::blocks(card, converted.content, &converted.ui, print, lang)
}

/// The notes sheet of a topic as blocks.
fn sheet_blocks(
    converted: &Converted,
    print: &PrintTexts,
    topic: &Topic,
    lang: Lang,
) -> Vec<Block> {
    notes_sheet::blocks(topic, converted.content, &converted.ui, print, lang)
}

/// Every file of the printable pages, as (path in the release folder, contents); none
/// when the content has no `print.toml`.
pub fn files(converted: &Converted) -> Vec<(String, String)> {
    let Some(print) = &converted.print else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for folder in [ROUTE_CARDS, NOTES_SHEETS] {
        files.push((format!("{folder}/{CSS_FILE}"), css()));
        files.push((format!("{folder}/{JS_FILE}"), PRINT_JS.to_string()));
    }
    for topic in converted.content.topics {
        let card = route_card(converted, topic);
        let words = &print.route_card;
        add_pages(
            &mut files,
            ROUTE_CARDS,
            topic,
            (words.name, words.print),
            |lang| card_blocks(converted, print, &card, lang),
        );
    }
    for topic in sheet_topics(converted, print) {
        let words = &print.notes_sheet;
        add_pages(
            &mut files,
            NOTES_SHEETS,
            topic,
            (words.name, words.print),
            |lang| sheet_blocks(converted, print, topic, lang),
        );
    }
    files
}

/// A topic's page in `folder` in both languages, titled "<name>: <topic>", with a button
/// that says `print`.
fn add_pages(
    files: &mut Vec<(String, String)>,
    folder: &str,
    topic: &Topic,
    (name, print): (Text, Text),
    blocks: impl Fn(Lang) -> Vec<Block>,
) {
    for lang in LANGS {
        let title = title_of(name.get(lang), topic, lang);
        let html = page(lang, &title, &plain(print.get(lang)), &blocks(lang));
        files.push((page_path(folder, topic.id, lang), html));
    }
}

/// The browser tab's title: "Routekaart: Pesten en online pesten".
fn title_of(name: &str, topic: &Topic, lang: Lang) -> String {
    format!("{}: {}", plain(name), plain(topic.title.get(lang)))
}

/// The topics with a notes sheet.
fn sheet_topics<'a>(
    converted: &'a Converted,
    print: &'a PrintTexts,
) -> impl Iterator<Item = &'static Topic> + 'a {
    converted
        .content
        .topics
        .iter()
        .filter(|t| print.notes_sheets.contains(&t.id))
}

/// The check that every printable page fits on one A4, by the estimate of
/// [`super::print_layout`]: a route card that would not is reported at its topic's id, a
/// notes sheet at `[notes_sheet]` of `print.toml`.
pub fn check(converted: &Converted, dir: &Path) -> Vec<ContentError> {
    let Some(print) = &converted.print else {
        return Vec::new();
    };
    let mut errors = Vec::new();
    for topic in converted.content.topics {
        let card = route_card(converted, topic);
        for lang in LANGS {
            let share = page_share(&card_blocks(converted, print, &card, lang));
            if share > 1.0 {
                errors.push(converted.places.error(
                    topic.id,
                    "",
                    format!(
                        "the route card of topic '{}' ({}) would not fit on one printed page (about {:.0}% of an A4): it holds {} first steps (urgent to-dos), {} legal duties and {} contacts. Shorten their titles, or mark fewer tips urgent",
                        topic.id,
                        lang.code(),
                        share * 100.0,
                        card.first_steps.len(),
                        card.duties.len(),
                        card.contacts.len()
                    ),
                ));
            }
        }
    }
    let path = dir.join(FILE);
    let line = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| {
            let at = text.find("[notes_sheet]")?;
            Some(text[..at].matches('\n').count() + 1)
        })
        .unwrap_or(1);
    for topic in sheet_topics(converted, print) {
        for lang in LANGS {
            let share = page_share(&sheet_blocks(converted, print, topic, lang));
            if share > 1.0 {
                errors.push(ContentError {
                    file: path.display().to_string(),
                    line,
                    message: format!(
                        "the notes sheet of topic '{}' ({}) would not fit on one printed page (about {:.0}% of an A4); give its fields fewer lines or shorter hints",
                        topic.id,
                        lang.code(),
                        share * 100.0
                    ),
                });
            }
        }
    }
    errors
}

/// The file the build writes for the widget, in cargo's `OUT_DIR`.
pub const RUST_FILE: &str = "print_pages.rs";

/// What the widget needs to link the printable pages, as Rust: the two folders and the
/// topics with a notes sheet.
pub fn rust_source(converted: &Converted) -> String {
    let sheets: Vec<String> = converted
        .print
        .as_ref()
        .map(|p| p.notes_sheets.iter().map(|id| format!("{id:?}")).collect())
        .unwrap_or_default();
    format!(
        "// Generated from content/print.toml by build.rs. Do not edit.\n\n\
         /// The folder of the printable route cards, beside the loader.\n\
         pub const ROUTE_CARDS: &str = {ROUTE_CARDS:?};\n\
         /// The folder of the printable notes sheets, beside the loader.\n\
         pub const NOTES_SHEETS: &str = {NOTES_SHEETS:?};\n\
         /// The topics with a notes sheet; every topic has a route card.\n\
         pub const NOTES_SHEET_TOPICS: &[&str] = &[{}];\n",
        sheets.join(", ")
    )
}

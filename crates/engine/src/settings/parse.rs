//! Checks the raw settings one by one, in the order they win, into [`Settings`].

use super::accent::{Accent, parse_accent};
use super::contact::{SchoolContact, parse_contact};
use super::docs::{DOC_PREFIX, SchoolDoc, parse_doc};
use super::lang::parse_lang;
use super::names::{
    ACCENT, FEEDBACK_EMAIL, LANG, MAX_CONTACTS, MODE, NAMES, ROLE, SECTOR, STORAGE, SUMMARY_EMAIL,
    TOPIC, TOPICS, contact_number, is_other_attribute,
};
use super::phone_email::is_email;
use super::raw::{Origin, RawSetting, RawValue};
use crate::model::{Content, Lang, Role, Sector};
use crate::order::sort_by_key;
use crate::preset::Preset;

/// Where progress is kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StorageMode {
    /// sessionStorage: kept on reload, gone with the tab.
    #[default]
    Tab,
    /// localStorage: "remember on this device" starts ticked.
    Device,
    /// Nothing is stored.
    None,
}

/// Checked settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// The language the settings ask for, if any. The widget starts in the language the
    /// loader decides with the same precedence (then the host page), not in this one.
    pub lang: Option<Lang>,
    /// Sector, role and topics fixed in advance.
    pub preset: Preset,
    /// The school's colour, if valid.
    pub accent: Option<Accent>,
    /// Where progress is kept.
    pub storage: StorageMode,
    /// The school's contact people, in number order.
    pub contacts: Vec<SchoolContact>,
    /// Training mode: cases for a team session on a projector; nothing is stored.
    pub training: bool,
    /// The school's own address for the summary mailed before a call, instead of the
    /// Adviespunt's.
    pub summary_email: Option<String>,
    /// The school's own address for remarks on a tip, instead of the content's.
    pub feedback_email: Option<String>,
    /// The school's own documents, at most one per kind, in the order of `documents.toml`.
    pub docs: Vec<SchoolDoc>,
}

/// Checks every setting. Later settings win over earlier ones with the same name, so give
/// them in the order JSON, attributes, URL. Returns the settings and one warning per value
/// that was not used.
pub fn parse(content: &'static Content, raw: &[RawSetting]) -> (Settings, Vec<String>) {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    let mut contacts: Vec<(usize, SchoolContact)> = Vec::new();
    for setting in raw {
        let name = setting.name.to_ascii_lowercase();
        let warn = |why: String| {
            format!(
                "zelfcheck: {} {}=\"{}\" {why}",
                setting.origin.describe(),
                setting.name,
                display(&setting.value)
            )
        };
        let is_doc = name.starts_with(DOC_PREFIX);
        let contact = contact_number(&name);
        let page_only =
            is_doc || contact.is_some() || name == SUMMARY_EMAIL || name == FEEDBACK_EMAIL;
        if setting.origin == Origin::Url && page_only {
            // Anyone can make a link: a contact from it could be a fake vertrouwenspersoon,
            // an address could collect what users write, and a document could send them
            // anywhere. Only the page itself may name these.
            warnings.push(warn(
                "cannot be set in the page address; put it in the element's attributes or JSON."
                    .into(),
            ));
            continue;
        }
        if let Some(number) = contact {
            match parse_contact(&setting.value) {
                Ok((contact, problems)) => {
                    warnings.extend(problems.into_iter().map(warn));
                    contacts.retain(|(n, _)| *n != number);
                    contacts.push((number, contact));
                }
                Err(problem) => warnings.push(warn(problem)),
            }
            continue;
        }
        let RawValue::Text(text) = &setting.value else {
            warnings.push(warn(
                "is not valid (a contact belongs under contacts); ignored.".into(),
            ));
            continue;
        };
        let text = text.trim();
        if is_doc {
            match parse_doc(content, &name, text) {
                Ok(doc) => {
                    settings.docs.retain(|d| d.kind != doc.kind);
                    settings.docs.push(doc);
                }
                Err(problem) => warnings.push(warn(problem)),
            }
            continue;
        }
        let result = match name.as_str() {
            LANG => parse_lang(text)
                .map(|l| settings.lang = Some(l))
                .ok_or("is not valid (use nl or en); ignored.".into()),
            SECTOR => Sector::from_id(&text.to_ascii_lowercase())
                .map(|s| settings.preset.sector = Some(s))
                .ok_or_else(|| default_note(&ids(Sector::ALL.map(Sector::id)))),
            ROLE => Role::from_id(&text.to_ascii_lowercase())
                .map(|r| settings.preset.role = Some(r))
                .ok_or_else(|| default_note(&ids(Role::ALL.map(Role::id)))),
            TOPIC => topic_id(content, text)
                .map(|t| settings.preset.topic = Some(t))
                .ok_or_else(|| default_note(&topic_ids(content))),
            TOPICS => parse_topics(content, text).map(|(topics, unknown)| {
                settings.preset.topics = topics;
                if !unknown.is_empty() {
                    warnings.push(warn(format!(
                        "names unknown topics ({}); left out. Topics: {}.",
                        unknown.join(", "),
                        topic_ids(content)
                    )));
                }
            }),
            ACCENT => parse_accent(text).map(|a| settings.accent = Some(a)),
            STORAGE => parse_storage(text)
                .map(|s| settings.storage = s)
                .ok_or_else(|| default_note("tab, device or none")),
            MODE => parse_training(text)
                .map(|training| settings.training = training)
                .ok_or_else(|| default_note("check or training")),
            SUMMARY_EMAIL => parse_email(text).map(|e| settings.summary_email = Some(e)),
            FEEDBACK_EMAIL => parse_email(text).map(|e| settings.feedback_email = Some(e)),
            _ if setting.origin == Origin::Url => Ok(()),
            _ if is_other_attribute(&name) => Ok(()),
            _ => Err(format!(
                "is not a setting; ignored. Settings: {}, contact-1 … contact-{MAX_CONTACTS}, {}.",
                NAMES.join(", "),
                super::docs::doc_names(content).join(", ")
            )),
        };
        if let Err(problem) = result {
            warnings.push(warn(problem));
        }
    }
    sort_by_key(&mut contacts, |(n, _)| *n);
    sort_by_key(&mut settings.docs, |d| {
        content.documents.iter().position(|k| k.id == d.kind)
    });
    settings.contacts = contacts.into_iter().map(|(_, c)| c).collect();
    if settings.training {
        // A projector in a team room is a shared device: training never stores anything.
        settings.storage = StorageMode::None;
    }
    (settings, warnings)
}

fn display(value: &RawValue) -> String {
    match value {
        RawValue::Text(t) => t.clone(),
        RawValue::Contact(parts) => parts.join(" | "),
    }
}

fn default_note(valid: &str) -> String {
    format!("is not valid (use {valid}); ignored.")
}

fn ids<const N: usize>(ids: [&str; N]) -> String {
    ids.join(", ")
}

fn topic_ids(content: &Content) -> String {
    content
        .topics
        .iter()
        .map(|t| t.id)
        .collect::<Vec<_>>()
        .join(", ")
}

fn topic_id(content: &'static Content, id: &str) -> Option<&'static str> {
    content.topic(id.trim()).map(|t| t.id)
}

/// A plain email address; the built-in address stays when it is not one.
fn parse_email(text: &str) -> Result<String, String> {
    is_email(text).then(|| text.to_string()).ok_or_else(|| {
        "is not an email address like naam@school.nl; the default address is used.".into()
    })
}

fn parse_storage(text: &str) -> Option<StorageMode> {
    match text.to_ascii_lowercase().as_str() {
        "tab" => Some(StorageMode::Tab),
        "device" => Some(StorageMode::Device),
        "none" => Some(StorageMode::None),
        _ => None,
    }
}

/// `training` for training mode, `check` for the check.
fn parse_training(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "check" => Some(false),
        "training" => Some(true),
        _ => None,
    }
}

/// Known topic ids in the order given, without repeats, and the unknown ones. `Err` when
/// none is known.
fn parse_topics(
    content: &'static Content,
    text: &str,
) -> Result<(Vec<&'static str>, Vec<String>), String> {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for id in text.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match topic_id(content, id) {
            Some(t) if !known.contains(&t) => known.push(t),
            Some(_) => {}
            None => unknown.push(id.to_string()),
        }
    }
    if known.is_empty() {
        Err(format!(
            "names no known topic; ignored. Topics: {}.",
            topic_ids(content)
        ))
    } else {
        Ok((known, unknown))
    }
}

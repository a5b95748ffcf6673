//! `editions.toml`: the content's editions, newest first, each with what changed, and the
//! address for remarks on a tip. The widget shows the newest edition on the result and in
//! print, and the list as the change log; nothing is written twice.
//!
//! ```toml
//! feedback_email = "helpdesk@schoolenveiligheid.nl"
//!
//! [[editions]]
//! number = 2
//! date = 2026-12-05
//!
//!   [[editions.changes]]
//!   topic = "pesten"          # optional
//!   text.nl = "..."
//!   text.en = "..."
//! ```

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use super::error::ContentError;
use super::leak::{leak_slice, leak_str};
use super::mirror::TextSrc;
use super::text_lines::read_toml;
use zelfcheck_engine::{Change, Edition, Topic};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionsFile {
    feedback_email: Spanned<String>,
    #[serde(default)]
    editions: Vec<EditionSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionSrc {
    number: Spanned<i64>,
    date: Spanned<Datetime>,
    #[serde(default)]
    changes: Vec<ChangeSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeSrc {
    topic: Option<Spanned<String>>,
    text: TextSrc,
}

/// What `editions.toml` gives: the editions, newest first, and the address for remarks.
pub struct Editions {
    /// Newest first; never empty when there are no errors.
    pub editions: &'static [Edition],
    /// Where remarks on a tip go.
    pub feedback_email: &'static str,
}

/// Reads `editions.toml` against the converted topics. Every problem is returned with file
/// and line: a missing file or edition, numbers that do not count down by one from the
/// newest, days that do not go back in time, a change with no text or an unknown topic, an
/// address that is not one, and a topic that changed after the newest edition.
pub fn read_dir(dir: &Path, topics: &[Topic]) -> Result<Editions, Vec<ContentError>> {
    let path = dir.join("editions.toml");
    let Some((file, parsed)) = read_toml::<EditionsFile>(&path) else {
        return Err(vec![ContentError {
            file: path.display().to_string(),
            line: 1,
            message: "cannot read the file; it lists the content's editions and what changed"
                .into(),
        }]);
    };
    let parsed = parsed.map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let email = parsed.feedback_email.get_ref().trim();
    let plain_address = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !email.contains([' ', '?', '&', ':', '/'])
    });
    if !plain_address {
        errors.push(file.error(
            parsed.feedback_email.span().start,
            format!("feedback_email '{email}' is not an address like naam@voorbeeld.nl"),
        ));
    }
    if parsed.editions.is_empty() {
        errors.push(file.error(0, "there is no [[editions]]; add the first, number = 1"));
    }
    let mut editions = Vec::new();
    for (i, e) in parsed.editions.iter().enumerate() {
        let expected = parsed.editions.len() - i;
        if usize::try_from(*e.number.get_ref()).ok() != Some(expected) {
            errors.push(file.error(
                e.number.span().start,
                format!(
                    "edition number {} should be {expected}: the newest comes first and the numbers count down by one to 1",
                    e.number.get_ref()
                ),
            ));
        }
        let date = match (e.date.get_ref().date, e.date.get_ref().time) {
            (Some(day), None) => day.to_string(),
            _ => {
                errors.push(file.error(
                    e.date.span().start,
                    "the date must be a day like 2026-12-05",
                ));
                String::new()
            }
        };
        if let Some(newer) = editions.last().map(|n: &Edition| n.date)
            && date.as_str() >= newer
        {
            errors.push(file.error(
                e.date.span().start,
                format!(
                    "edition {} is dated {date}, not before the newer edition above it ({newer})",
                    e.number.get_ref()
                ),
            ));
        }
        if e.changes.is_empty() {
            errors.push(file.error(
                e.number.span().start,
                format!(
                    "edition {} says nothing about what changed; add [[editions.changes]]",
                    e.number.get_ref()
                ),
            ));
        }
        let changes: Vec<Change> = e
            .changes
            .iter()
            .map(|c| {
                if let Some(t) = &c.topic
                    && !topics.iter().any(|topic| topic.id == t.get_ref())
                {
                    errors.push(file.error(
                        t.span().start,
                        format!("topic '{}' does not exist", t.get_ref()),
                    ));
                }
                Change {
                    topic: c.topic.as_ref().map(|t| leak_str(t.get_ref())),
                    text: c.text.checked(&file, "a change", &mut errors),
                }
            })
            .collect();
        editions.push(Edition {
            number: u16::try_from(*e.number.get_ref()).unwrap_or_default(),
            date: leak_str(&date),
            changes: leak_slice(changes),
        });
    }
    if let Some(newest) = editions.first() {
        for topic in topics.iter().filter(|t| t.edition > newest.date) {
            errors.push(file.error(
                parsed.editions[0].date.span().start,
                format!(
                    "topic '{}' changed on {}, after the newest edition ({}, {}); add an edition that says what changed",
                    topic.id, topic.edition, newest.number, newest.date
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(Editions {
            editions: leak_slice(editions),
            feedback_email: leak_str(email),
        })
    } else {
        Err(errors)
    }
}

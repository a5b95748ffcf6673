//! `triage.toml`: the questions behind "Ik weet niet welk onderwerp past", which lead to
//! contacts to call first and to topics. No file: no triage.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::error::ContentError;
use super::leak::{leak_slice, leak_str};
use super::mirror::TextSrc;
use super::text_lines::read_toml;
use zelfcheck_engine::{ContactRef, QuestionKind, Topic, TriageOption, TriageQuestion};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TriageFile {
    #[serde(default)]
    questions: Vec<QuestionSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionSrc {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    text: TextSrc,
    #[serde(default)]
    options: Vec<OptionSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionSrc {
    id: Spanned<String>,
    text: TextSrc,
    #[serde(default)]
    urgent: Vec<Spanned<String>>,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
}

/// Reads `triage.toml` against the converted topics. Every problem comes with file and
/// line: an unknown type, contact or topic, an id used twice, an empty text, a question
/// without options, and a topic that no answer leads to.
pub fn read_dir(
    dir: &Path,
    topics: &[Topic],
) -> Result<&'static [TriageQuestion], Vec<ContentError>> {
    let Some((file, parsed)) = read_toml::<TriageFile>(&dir.join("triage.toml")) else {
        return Ok(&[]);
    };
    let parsed = parsed.map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut question_ids = HashSet::new();
    let mut reached = HashSet::new();
    let mut questions = Vec::new();
    for q in &parsed.questions {
        if !question_ids.insert(q.id.get_ref().clone()) {
            errors.push(file.error(
                q.id.span().start,
                format!("triage question id '{}' is used twice", q.id.get_ref()),
            ));
        }
        let kind = QuestionKind::from_id(q.kind.get_ref()).unwrap_or_else(|| {
            errors.push(file.error(
                q.kind.span().start,
                format!("type '{}' is not single or multiple", q.kind.get_ref()),
            ));
            QuestionKind::Single
        });
        if q.options.is_empty() {
            errors.push(file.error(
                q.id.span().start,
                format!(
                    "triage question '{}' has no [[questions.options]]",
                    q.id.get_ref()
                ),
            ));
        }
        let mut option_ids = HashSet::new();
        let mut options = Vec::new();
        for o in &q.options {
            if !option_ids.insert(o.id.get_ref().clone()) {
                errors.push(file.error(
                    o.id.span().start,
                    format!(
                        "option id '{}' is used twice in this question",
                        o.id.get_ref()
                    ),
                ));
            }
            let urgent: Vec<ContactRef> = o
                .urgent
                .iter()
                .filter_map(|c| {
                    let found = ContactRef::from_id(c.get_ref());
                    if found.is_none() {
                        errors.push(file.error(
                            c.span().start,
                            format!("'{}' is not a contact in contacts.toml", c.get_ref()),
                        ));
                    }
                    found
                })
                .collect();
            let mut ids = Vec::new();
            for t in &o.topics {
                match topics.iter().find(|topic| topic.id == t.get_ref()) {
                    Some(topic) => {
                        reached.insert(topic.id);
                        ids.push(topic.id);
                    }
                    None => errors.push(file.error(
                        t.span().start,
                        format!("topic '{}' does not exist", t.get_ref()),
                    )),
                }
            }
            options.push(TriageOption {
                id: leak_str(o.id.get_ref().as_str()),
                text: o.text.checked(&file, "a triage answer", &mut errors),
                urgent: leak_slice(urgent),
                topics: leak_slice(ids),
            });
        }
        questions.push(TriageQuestion {
            id: leak_str(q.id.get_ref().as_str()),
            kind,
            text: q.text.checked(&file, "a triage question", &mut errors),
            options: leak_slice(options),
        });
    }
    for topic in topics.iter().filter(|t| !reached.contains(t.id)) {
        errors.push(file.error(
            file.text.trim_end().len(),
            format!(
                "no answer here leads to topic '{}'; add it to an option's topics",
                topic.id
            ),
        ));
    }
    if errors.is_empty() {
        Ok(leak_slice(questions))
    } else {
        Err(errors)
    }
}

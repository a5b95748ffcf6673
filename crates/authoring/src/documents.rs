//! `documents.toml`: the kinds of school documents that tips refer to (pestprotocol,
//! klachtenregeling, …), with the words that show a text names one. A school that embeds
//! the check links a kind to its own document; the widget finds the tips that name it.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::error::ContentError;
use super::leak::{leak_slice, leak_str};
use super::mirror::TextSrc;
use super::places::Places;
use super::text_lines::read_toml;
use zelfcheck_engine::{DocumentKind, Lang, Text, Topic};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentsFile {
    #[serde(default)]
    documents: Vec<KindSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KindSrc {
    id: Spanned<String>,
    name: TextSrc,
    words: TextSrc,
}

/// Reads `documents.toml` (no file: no kinds) against the converted topics. Every problem
/// is returned with file and line: an id that is not lower-case letters, digits and `-` or
/// is used twice, an empty name, words that are empty or not in lower case, a kind that no
/// tip or "Leg dit klaar" line names, and a tip or line that names a kind in one language
/// but not in the other (its link would then come and go with the language).
pub fn read_dir(
    dir: &Path,
    topics: &[Topic],
    places: &Places,
) -> Result<&'static [DocumentKind], Vec<ContentError>> {
    let Some((file, parsed)) = read_toml::<DocumentsFile>(&dir.join("documents.toml")) else {
        return Ok(&[]);
    };
    let parsed = parsed.map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    let mut kinds = Vec::new();
    for k in &parsed.documents {
        let id = k.id.get_ref();
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            errors.push(file.error(
                k.id.span().start,
                format!("document id '{id}' may only hold lower-case letters, digits and '-'"),
            ));
        }
        if !seen.insert(id.clone()) {
            errors.push(file.error(
                k.id.span().start,
                format!("document id '{id}' is used twice"),
            ));
        }
        let name = k
            .name
            .checked(&file, &format!("the name of document '{id}'"), &mut errors);
        for (what, s) in [
            ("the Dutch words", &k.words.nl),
            ("the English words", &k.words.en),
        ] {
            let text = s.get_ref();
            if text.trim().is_empty() || text.split('|').any(|w| w.trim().is_empty()) {
                errors.push(file.error(
                    s.span().start,
                    format!("{what} of document '{id}' are empty or have an empty part between |"),
                ));
            } else if *text != text.to_lowercase() {
                errors.push(file.error(
                    s.span().start,
                    format!("{what} of document '{id}' must be in lower case"),
                ));
            }
        }
        kinds.push(DocumentKind {
            id: leak_str(id.as_str()),
            name,
            words: Text::new(
                leak_str(k.words.nl.get_ref().trim()),
                leak_str(k.words.en.get_ref().trim()),
            ),
        });
    }
    for (kind, src) in kinds.iter().zip(&parsed.documents) {
        let mut named = false;
        for topic in topics {
            for tip in topic.tips {
                let [nl, en] = [Lang::Nl, Lang::En].map(|lang| kind.named_in_tip(tip, lang));
                named |= nl;
                if nl != en {
                    errors.push(places.error(topic.id, tip.id, one_language(kind, tip.id, nl)));
                }
            }
            for line in topic.prepare {
                let [nl, en] =
                    [Lang::Nl, Lang::En].map(|lang| kind.named_in(line.text.get(lang), lang));
                named |= nl;
                if nl != en {
                    let what = format!("a [[prepare]] line (\"{}\")", line.text.nl());
                    errors.push(places.error(topic.id, "", one_language(kind, &what, nl)));
                }
            }
        }
        if !named {
            errors.push(file.error(
                src.words.nl.span().start,
                format!(
                    "no tip and no [[prepare]] line names document '{}'; check its words",
                    kind.id
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(leak_slice(kinds))
    } else {
        Err(errors)
    }
}

fn one_language(kind: &DocumentKind, what: &str, in_dutch: bool) -> String {
    let (yes, no) = if in_dutch {
        ("Dutch", "English")
    } else {
        ("English", "Dutch")
    };
    format!(
        "{what} names document '{}' in {yes} but not in {no}; add one of its words to the {no} text or to documents.toml",
        kind.id
    )
}

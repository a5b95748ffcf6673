//! `synonyms.toml`: words the quick-question search treats as one, kept with the content so
//! an adviser can add the words teachers type. Every problem is reported with its file and
//! line.
//!
//! ```toml
//! [[synonyms]]                  # different words for the same thing, in both languages
//! nl = ["vastpakken", "vasthouden", "fysiek ingrijpen"]
//! en = ["restrain", "hold", "physical intervention"]
//!
//! [[forms]]                     # irregular forms of one word; the first is the word
//! nl = ["schelden", "schold", "scholden", "gescholden"]
//! ```

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::error::{ContentError, SourceFile};
use super::leak::{leak_slice, leak_str};
use zelfcheck_engine::WordGroup;
use zelfcheck_engine::search::{fold, is_stop, split};

/// At most this many words in one phrase.
const MAX_PHRASE: usize = 3;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsFile {
    #[serde(default)]
    synonyms: Vec<GroupSrc>,
    #[serde(default)]
    forms: Vec<GroupSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupSrc {
    #[serde(default)]
    nl: Vec<Spanned<String>>,
    #[serde(default)]
    en: Vec<Spanned<String>>,
}

/// The groups of `synonyms.toml` (none when there is no such file), and every problem: a
/// word with characters the search cannot type, a word the search ignores anyway, a word
/// twice in a group, a group with fewer than two words, or an irregular form listed under
/// two different words.
pub fn read_dir(dir: &Path) -> (Vec<WordGroup>, Vec<ContentError>) {
    let path = dir.join("synonyms.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return (Vec::new(), Vec::new());
    };
    let file = SourceFile {
        name: path.display().to_string(),
        text,
    };
    read(&file)
}

/// Checks and converts the text of a `synonyms.toml`.
pub fn read(file: &SourceFile) -> (Vec<WordGroup>, Vec<ContentError>) {
    let parsed: SynonymsFile = match toml::from_str(&file.text) {
        Ok(p) => p,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            return (
                Vec::new(),
                vec![file.error(at, e.message().trim().to_string())],
            );
        }
    };
    let mut errors = Vec::new();
    let mut groups = Vec::new();
    // Per language: an irregular form and the word it belongs to.
    let mut form_of: [HashMap<String, String>; 2] = [HashMap::new(), HashMap::new()];
    for (forms, list) in [(false, &parsed.synonyms), (true, &parsed.forms)] {
        let table = if forms { "[[forms]]" } else { "[[synonyms]]" };
        for group in list {
            let mut ok = true;
            let mut langs: Vec<&'static [&'static str]> = Vec::new();
            for (lang, words) in [(0, &group.nl), (1, &group.en)] {
                let mut seen: Vec<String> = Vec::new();
                for word in words {
                    let at = word.span().start;
                    let written = word.get_ref().trim();
                    if let Some(problem) = word_problem(written, forms) {
                        errors.push(file.error(at, problem));
                        ok = false;
                        continue;
                    }
                    let folded = fold(written);
                    if seen.contains(&folded) {
                        errors.push(file.error(at, format!("'{written}' is in this group twice")));
                        ok = false;
                    }
                    seen.push(folded);
                }
                if forms && words.len() == 1 {
                    errors.push(file.error(
                        words[0].span().start,
                        format!(
                            "a {table} group lists a word and its irregular forms: add the forms of '{}'",
                            words[0].get_ref()
                        ),
                    ));
                    ok = false;
                }
                if forms && words.len() >= 2 {
                    let first = fold(words[0].get_ref().trim());
                    for word in &words[1..] {
                        let folded = fold(word.get_ref().trim());
                        match form_of[lang].get(&folded) {
                            Some(other) if *other != first => {
                                errors.push(file.error(
                                    word.span().start,
                                    format!(
                                        "'{}' is already a form of '{other}'; a form belongs to one word",
                                        word.get_ref()
                                    ),
                                ));
                                ok = false;
                            }
                            _ => {
                                form_of[lang].insert(folded, first.clone());
                            }
                        }
                    }
                }
                langs.push(leak_slice(
                    words
                        .iter()
                        .map(|w| leak_str(fold(w.get_ref().trim())))
                        .collect(),
                ));
            }
            let total = group.nl.len() + group.en.len();
            if total < 2 {
                let at = group
                    .nl
                    .first()
                    .or(group.en.first())
                    .map_or(0, |w| w.span().start);
                errors.push(file.error(
                    at,
                    format!(
                        "a {table} group needs at least two words (nl = [...] and/or en = [...])"
                    ),
                ));
                ok = false;
            }
            if ok {
                groups.push(WordGroup {
                    forms,
                    nl: langs[0],
                    en: langs[1],
                });
            }
        }
    }
    (groups, errors)
}

/// What is wrong with one word of a group, if anything.
fn word_problem(word: &str, forms: bool) -> Option<String> {
    if word.is_empty() {
        return Some("an empty word: remove it or write the word".into());
    }
    if let Some(c) = word
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’')))
    {
        return Some(format!(
            "'{word}' has '{c}': write words with letters, digits, spaces, - and ' only"
        ));
    }
    let parts = split(word);
    if forms && parts.len() > 1 {
        return Some(format!(
            "'{word}' is more than one word; a [[forms]] group lists forms of one word"
        ));
    }
    if parts.len() > MAX_PHRASE {
        return Some(format!(
            "'{word}' has {} words; keep a phrase to at most {MAX_PHRASE}",
            parts.len()
        ));
    }
    if !forms && parts.iter().all(|w| is_stop(w)) {
        return Some(format!(
            "'{word}' is a word the search leaves out (like 'de', 'wat', 'the'); it can never match"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> (Vec<WordGroup>, Vec<String>) {
        let file = SourceFile {
            name: "synonyms.toml".into(),
            text: text.into(),
        };
        let (groups, errors) = read(&file);
        (groups, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_good_file_gives_its_groups() {
        let (groups, errors) = check(
            "[[synonyms]]\nnl = [\"Vastpakken\", \"fysiek ingrijpen\"]\nen = [\"restrain\"]\n\n[[forms]]\nnl = [\"schelden\", \"schold\"]\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].nl, ["vastpakken", "fysiek ingrijpen"]);
        assert!(groups[1].forms);
    }

    #[test]
    fn problems_name_their_line() {
        let (_, errors) = check(
            "[[synonyms]]\nnl = [\"slaan\"]\n\n[[synonyms]]\nnl = [\"de\", \"x@y\"]\n\n[[forms]]\nnl = [\"zien\", \"zag\"]\n\n[[forms]]\nnl = [\"zagen\", \"zag\"]\n",
        );
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("synonyms.toml:2: a [[synonyms]] group needs at least two")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("synonyms.toml:5: 'de' is a word the search leaves out")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("synonyms.toml:5: 'x@y' has '@'")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("synonyms.toml:11: 'zag' is already a form of 'zien'")),
            "{errors:?}"
        );
        let (_, errors) = check("[[synonym]]\nnl = [\"a\", \"b\"]\n");
        assert!(
            errors[0].starts_with("synonyms.toml:1: unknown field"),
            "{errors:?}"
        );
    }
}

//! `glossary.toml`: one English rendering per Dutch term with the calques to avoid, and
//! for terms a reader may not know, the forms to find in texts and what they mean. Works on
//! the raw files so every finding has its file and line.

use std::path::Path;

use super::error::ContentError;
use super::leak::leak_str;
use super::source::GlossaryFile;
use super::text_lines::{lang_lines, read_toml, text_files};
use zelfcheck_engine::rich::{find_word, plain};
use zelfcheck_engine::{Term, Text};

/// Longest explanation, in characters: a term is explained in a sentence or two.
const MAX_EXPLAIN: usize = 260;

/// The glossary's explained terms, and every problem found: an English text that uses a
/// rendering the glossary rules out, a term with forms but no explanation (or the other way
/// round), or a form no text uses. Without a `glossary.toml` there is nothing to check.
pub fn read_dir(dir: &Path) -> (Vec<Term>, Vec<ContentError>) {
    let (file, glossary): (_, GlossaryFile) = match read_toml(&dir.join("glossary.toml")) {
        None => return (Vec::new(), Vec::new()),
        Some((_, Err(e))) => return (Vec::new(), vec![e]),
        Some((file, Ok(glossary))) => (file, glossary),
    };
    let texts = text_files(dir);
    let mut errors = Vec::new();
    for (path, text) in &texts {
        for (line, _, english) in lang_lines(text, "en") {
            for term in &glossary.terms {
                for avoid in &term.avoid {
                    let hit = if term.exact_case {
                        english.contains(avoid.as_str())
                    } else {
                        english.to_lowercase().contains(&avoid.to_lowercase())
                    };
                    if hit {
                        errors.push(ContentError {
                            file: path.display().to_string(),
                            line,
                            message: format!(
                                "the English text uses '{avoid}'; the glossary renders '{}' as '{}'",
                                term.nl.get_ref(),
                                term.en
                            ),
                        });
                    }
                }
            }
        }
    }
    // Every text of each language outside the glossary, read once for all forms.
    let [nl_texts, en_texts] = ["nl", "en"].map(|lang| {
        texts
            .iter()
            .filter(|(p, _)| p.file_name().is_some_and(|n| n != "glossary.toml"))
            .flat_map(|(_, text)| lang_lines(text, lang))
            .map(|(_, _, value)| plain(value))
            .collect::<Vec<_>>()
    });
    let used_texts = |lang: &str| if lang == "nl" { &nl_texts } else { &en_texts };
    let mut terms = Vec::new();
    for term in &glossary.terms {
        let at = term.nl.span().start;
        let (find, explain) = match (&term.find, &term.explain) {
            (None, None) => continue,
            (Some(find), Some(explain)) => (find, explain),
            (Some(_), None) => {
                errors.push(file.error(
                    at,
                    format!(
                        "term '{}' lists forms to find but no explain.nl/explain.en",
                        term.nl.get_ref()
                    ),
                ));
                continue;
            }
            (None, Some(_)) => {
                errors.push(file.error(at, format!("term '{}' has an explanation but no find.nl/find.en: the forms to explain in texts", term.nl.get_ref())));
                continue;
            }
        };
        let mut forms = Vec::new();
        for (lang, list) in [("nl", &find.nl), ("en", &find.en)] {
            let at = list.span().start;
            if list.get_ref().is_empty() {
                errors.push(file.error(
                    at,
                    format!("term '{}': find.{lang} is empty", term.nl.get_ref()),
                ));
            }
            for form in list.get_ref() {
                if form.trim().is_empty() || form.contains('|') {
                    errors.push(file.error(
                        at,
                        format!(
                            "term '{}': the form '{form}' is empty or holds '|'",
                            term.nl.get_ref()
                        ),
                    ));
                    continue;
                }
                let used = used_texts(lang)
                    .iter()
                    .any(|v| find_word(v, form).is_some());
                if !used {
                    errors.push(file.error(at, format!("term '{}': the form '{form}' stands in no {lang} text, so its explanation would never show", term.nl.get_ref())));
                }
            }
            forms.push(leak_str(list.get_ref().join("|")));
        }
        for (lang, text) in [("nl", &explain.nl), ("en", &explain.en)] {
            let len = text.get_ref().chars().count();
            if text.get_ref().trim().is_empty() || len > MAX_EXPLAIN {
                errors.push(file.error(
                    text.span().start,
                    format!("term '{}': explain.{lang} must say in one or two sentences what it means (1 to {MAX_EXPLAIN} characters, now {len})", term.nl.get_ref()),
                ));
            }
        }
        terms.push(Term {
            forms: Text::new(forms[0], forms[1]),
            explain: Text::new(
                leak_str(explain.nl.get_ref()),
                leak_str(explain.en.get_ref()),
            ),
        });
    }
    (terms, errors)
}

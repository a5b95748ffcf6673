//! Checks that a question's help text does not tell how many answers to choose: the screen
//! already says so under every question ("Kies één antwoord." / "Kies één of meer
//! antwoorden."), and saying it twice is noise. What to choose belongs in the question.

use std::path::Path;

use super::error::ContentError;
use super::text_lines::{each_shown, table_of, text_files};

/// How a sentence that tells the reader how to choose begins, per language.
const STARTS: [(&str, &[&str]); 2] = [
    (
        "nl",
        &[
            "kies alles",
            "kies wat",
            "kies één",
            "kies een of",
            "kies meer",
            "vink alles",
            "vink aan wat",
        ],
    ),
    (
        "en",
        &[
            "choose all",
            "choose everything",
            "choose what",
            "choose one",
            "choose any",
            "select all",
            "tick all",
            "tick everything",
            "tick what",
        ],
    ),
];

/// Every help text with a sentence that tells how to choose.
pub fn check_dir(dir: &Path) -> Vec<ContentError> {
    let mut errors = Vec::new();
    each_shown(&text_files(dir), |shown| {
        let help = shown.key.starts_with("help.")
            || (shown.key == shown.lang && in_help_table(shown.file, shown.line));
        let Some((_, starts)) = STARTS.iter().find(|(lang, _)| *lang == shown.lang) else {
            return;
        };
        if !help {
            return;
        }
        let sentence = shown
            .value
            .trim_matches(|c: char| c == '"' || c.is_whitespace())
            .split(['.', '?', '!'])
            .map(|s| s.trim().to_lowercase())
            .find(|s| starts.iter().any(|w| s.starts_with(w)));
        if let Some(sentence) = sentence {
            errors.push(shown.error(format!(
                "'{sentence}' repeats the hint the screen shows under every question; say what to choose in the question itself and leave it out of the help"
            )));
        }
    });
    errors
}

/// Whether the table around `line` (1-based) is a `help` table (`[topics.questions.help]`).
fn in_help_table(text: &str, line: usize) -> bool {
    table_of(text, line).ends_with("help")
}

//! Checks that every phone number in a text can be tapped: written as
//! `[030 285 66 16](tel:0302856616)`, with the same digits in the label and the link.
//! Works on the raw files so every finding has its file and line.

use std::path::Path;

use super::error::ContentError;
use super::text_lines::{each_shown, table_of, text_files};
use zelfcheck_engine::rich::phone_links;

/// Short numbers that are phone numbers wherever they stand as a word.
const SHORT: [&str; 2] = ["112", "113"];

/// Every text, in both languages, with a phone number that is not a link, or a link whose
/// number is not one.
pub fn check_dir(dir: &Path) -> Vec<ContentError> {
    let mut errors = Vec::new();
    each_shown(&text_files(dir), |shown| {
        let value = shown.value;
        // An answer is a label to choose, not a place to call from.
        if table_of(shown.file, shown.line) == "questions.options"
            && (!phone_links(value).is_empty() || !bare_numbers(value).is_empty())
        {
            errors.push(shown.error(
                "an answer option holds a phone number; a label to choose cannot be tapped to call, so leave the number to the tips and banners",
            ));
            return;
        }
        let mut rest = String::new();
        let mut at = 0;
        for link in phone_links(value) {
            rest.push_str(&value[at..link.start]);
            rest.push(' ');
            at = link.end;
            if let Some(problem) = link_problem(link.label, link.number) {
                errors.push(shown.error(problem));
            }
        }
        rest.push_str(&value[at..]);
        for number in bare_numbers(&rest) {
            errors.push(shown.error(format!(
                "the phone number '{number}' cannot be tapped; write it as [{number}](tel:{})",
                digits(&number)
            )));
        }
    });
    errors
}

fn digits(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// What is wrong with a `[label](tel:number)` link, if anything.
fn link_problem(label: &str, number: &str) -> Option<String> {
    let valid = !number.is_empty()
        && number
            .char_indices()
            .all(|(i, c)| c.is_ascii_digit() || (i == 0 && c == '+'));
    if !valid {
        return Some(format!(
            "the link [{label}](tel:{number}) needs only digits after tel: (a leading + is fine)"
        ));
    }
    let shown = digits(label);
    let same = shown == number
        || number
            .strip_prefix("+31")
            .is_some_and(|n| shown == format!("0{n}"));
    (!same).then(|| format!("the link [{label}](tel:{number}) shows other digits than it calls"))
}

/// The phone numbers in a text: a run of digits (with spaces or hyphens between groups)
/// that starts with 0 or + and has 7 to 13 digits, or 112 or 113 as a word.
pub fn bare_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        let after_word = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '.');
        if !starts || after_word {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() {
            let c = chars[end];
            let joins =
                (c == ' ' || c == '-') && chars.get(end + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() || joins {
                end += 1;
            } else {
                break;
            }
        }
        let run: String = chars[i..end].iter().collect();
        let run = run.trim().to_string();
        let count = run.chars().filter(char::is_ascii_digit).count();
        let word_after = chars.get(end).is_some_and(|c| c.is_alphanumeric());
        let long = (run.starts_with('0') || run.starts_with('+')) && (7..=13).contains(&count);
        let short = SHORT.contains(&run.as_str()) && !word_after && !after_article(&chars[..i]);
        if (long && !word_after) || short {
            found.push(run);
        }
        i = end;
    }
    found
}

/// Whether the text before a number ends in "artikel" or "art." (a law article, not a
/// phone number).
fn after_article(before: &[char]) -> bool {
    let before: String = before.iter().collect::<String>().to_lowercase();
    let before = before.trim_end();
    before.ends_with("artikel") || before.ends_with("art.") || before.ends_with("article")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_found() {
        assert_eq!(
            bare_numbers("Bel 112 of 030 285 66 16, of 0900-8844. Slachtofferhulp 0900 0101."),
            ["112", "030 285 66 16", "0900-8844", "0900 0101"]
        );
        assert_eq!(bare_numbers("+31 30 285 66 16"), ["+31 30 285 66 16"]);
    }

    #[test]
    fn other_numbers_are_not() {
        assert!(
            bare_numbers("artikel 112 van de wet, 2026, 18 jaar, 0-4 jaar, 1:3, groep 8")
                .is_empty()
        );
        assert!(bare_numbers("art. 113 Sr").is_empty());
        assert!(bare_numbers("1120 leerlingen").is_empty());
    }

    #[test]
    fn links_must_call_what_they_show() {
        assert_eq!(link_problem("030 285 66 16", "0302856616"), None);
        assert_eq!(link_problem("030 285 66 16", "+31302856616"), None);
        assert!(link_problem("112", "113").is_some());
        assert!(link_problem("112", "1 12").is_some());
    }
}

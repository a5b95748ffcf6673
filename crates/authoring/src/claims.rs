//! `claims.toml`: claims that `shared/research/domain-facts.md` marks UNVERIFIED, as words
//! that may not stand together in one sentence of any text. The content check fails, with
//! file and line, where a text states such a claim as fact.

use std::path::Path;

use serde::Deserialize;

use super::error::ContentError;
use super::text_lines::{each_shown, read_toml, text_files};
use zelfcheck_engine::rich::plain;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimsFile {
    #[serde(default)]
    claims: Vec<Claim>,
}

/// One unverified claim: in each language, words that together state it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Claim {
    id: String,
    nl: Vec<String>,
    en: Vec<String>,
    why: String,
}

/// Every sentence, in every text, that holds all the words of an unverified claim.
pub fn check_dir(dir: &Path) -> Vec<ContentError> {
    let claims: ClaimsFile = match read_toml(&dir.join("claims.toml")) {
        None => return Vec::new(),
        Some((_, Err(e))) => return vec![e],
        Some((_, Ok(claims))) => claims,
    };
    let mut errors = Vec::new();
    each_shown(&text_files(dir), |shown| {
        let value = plain(shown.value).to_lowercase();
        for claim in &claims.claims {
            let words = if shown.lang == "nl" {
                &claim.nl
            } else {
                &claim.en
            };
            let states = sentences(&value).any(|sentence| {
                !words.is_empty() && words.iter().all(|w| sentence.contains(&w.to_lowercase()))
            });
            if states {
                errors.push(shown.error(format!(
                    "one sentence says {} together, a claim that is not verified ({}): {}",
                    words
                        .iter()
                        .map(|w| format!("'{w}'"))
                        .collect::<Vec<_>>()
                        .join(" and "),
                    claim.id,
                    claim.why
                )));
            }
        }
    });
    errors
}

/// The sentences of a text: split at `.`, `?`, `!` and `;` followed by a space or the end.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '?', '!', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::sentences;

    #[test]
    fn sentences_are_split() {
        let found: Vec<&str> =
            sentences("Bel het team. Veilig Thuis is dag en nacht open; ja").collect();
        assert_eq!(
            found,
            ["Bel het team.", "Veilig Thuis is dag en nacht open;", "ja"]
        );
    }
}

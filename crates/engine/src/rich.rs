//! Content texts with phone links and glossary terms, split into the pieces a screen shows.
//!
//! A phone number is written as a link, `[030 285 66 16](tel:0302856616)`, so it can be
//! tapped; the content check fails on a number that is not. Glossary terms are not marked:
//! every form a term lists is found where it stands, so a new text explains its terms too.

use super::latin::{is_letter_or_digit, is_upper, lowercase};
use super::model::{Lang, Term};

/// One piece of a content text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Plain text.
    Plain(&'a str),
    /// A phone number to call: what is shown, and the number for the `tel:` link.
    Phone {
        /// The number as written, e.g. `030 285 66 16`.
        label: &'a str,
        /// Digits (and a leading `+`), e.g. `0302856616`.
        number: &'a str,
    },
    /// A glossary term as it stands in the text, and the index of its entry.
    Term {
        /// The words as written in the text.
        shown: &'a str,
        /// Index into the content's glossary.
        term: usize,
    },
}

/// A `[label](tel:number)` link found at `start..end` of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhoneLink<'a> {
    /// Byte offset of the `[`.
    pub start: usize,
    /// Byte offset just past the `)`.
    pub end: usize,
    /// The text between the brackets.
    pub label: &'a str,
    /// What follows `tel:`.
    pub number: &'a str,
}

/// Every `[label](tel:number)` link in the text, in order.
pub fn phone_links(text: &str) -> Vec<PhoneLink<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| i + from) {
        let Some(close) = text[open..].find("](tel:").map(|i| i + open) else {
            break;
        };
        let label = &text[open + 1..close];
        let number_at = close + "](tel:".len();
        match text[number_at..].find(')') {
            Some(end) if !label.contains('[') => {
                found.push(PhoneLink {
                    start: open,
                    end: number_at + end + 1,
                    label,
                    number: &text[number_at..number_at + end],
                });
                from = number_at + end + 1;
            }
            _ => from = open + 1,
        }
    }
    found
}

/// The text without link markup: each phone link reads as its label.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for link in phone_links(text) {
        out.push_str(&text[at..link.start]);
        out.push_str(link.label);
        at = link.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The text split into plain text, phone links and, when `glossary` is given, the first
/// place each glossary term stands.
pub fn pieces<'a>(text: &'a str, glossary: &[Term], lang: Lang) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let mut explained = vec![false; glossary.len()];
    let mut at = 0;
    for link in phone_links(text) {
        terms(
            &text[at..link.start],
            glossary,
            lang,
            &mut explained,
            &mut out,
        );
        out.push(Piece::Phone {
            label: link.label,
            number: link.number,
        });
        at = link.end;
    }
    terms(&text[at..], glossary, lang, &mut explained, &mut out);
    out
}

/// Splits plain text at the first place of each glossary term not explained yet.
fn terms<'a>(
    text: &'a str,
    glossary: &[Term],
    lang: Lang,
    explained: &mut [bool],
    out: &mut Vec<Piece<'a>>,
) {
    // Lowered once for every term and form, not once per form: a question screen looks up
    // some 150 forms in each of its texts.
    let lowered = lowercase(text);
    let mut at = 0;
    while let Some((start, len, term)) =
        next_term(&text[at..], &lowered[at..], glossary, lang, explained)
    {
        let start = at + start;
        if start > at {
            out.push(Piece::Plain(&text[at..start]));
        }
        out.push(Piece::Term {
            shown: &text[start..start + len],
            term,
        });
        explained[term] = true;
        at = start + len;
    }
    if at < text.len() {
        out.push(Piece::Plain(&text[at..]));
    }
}

/// The earliest (then longest) form of a term not yet explained: its offset, length and
/// the term's index. `lowered` is `text` in lower case.
fn next_term(
    text: &str,
    lowered: &str,
    glossary: &[Term],
    lang: Lang,
    explained: &[bool],
) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    for (index, term) in glossary.iter().enumerate() {
        if explained[index] {
            continue;
        }
        for form in term.forms.get(lang).split('|').filter(|f| !f.is_empty()) {
            if let Some(start) = find_word_in(text, lowered, form) {
                let better =
                    best.is_none_or(|(s, l, _)| start < s || (start == s && form.len() > l));
                if better {
                    best = Some((start, form.len(), index));
                }
            }
        }
    }
    best
}

/// Where `form` stands in `text` as whole words: not inside a longer word. A form with a
/// capital (an abbreviation such as `VOG`) must match its capitals; others ignore them.
pub fn find_word(text: &str, form: &str) -> Option<usize> {
    find_word_in(text, &lowercase(text), form)
}

/// [`find_word`] with `text` in lower case at hand. Lower-casing keeps each character's
/// length in bytes, so a place in `lowered` is the same place in `text`.
fn find_word_in(text: &str, lowered: &str, form: &str) -> Option<usize> {
    // A form without capitals is already in lower case: it is looked for in `lowered` as
    // it is, with nothing to allocate (a result page looks up some 150 forms per text).
    let hay = if form.chars().any(is_upper) {
        text
    } else {
        lowered
    };
    let needle = form;
    let mut from = 0;
    while let Some(found) = hay[from..].find(needle).map(|i| i + from) {
        let end = found + needle.len();
        let before = hay[..found].chars().next_back();
        let after = hay[end..].chars().next();
        let word = |c: Option<char>| c.is_some_and(is_letter_or_digit);
        if !word(before) && !word(after) {
            return Some(found);
        }
        from = found + needle.chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Text;

    #[test]
    fn phone_links_are_found_and_read_as_their_label() {
        let text = "Bel [112](tel:112) of [030 285 66 16](tel:0302856616).";
        let links = phone_links(text);
        assert_eq!(links.len(), 2);
        assert_eq!(links[1].label, "030 285 66 16");
        assert_eq!(links[1].number, "0302856616");
        assert_eq!(plain(text), "Bel 112 of 030 285 66 16.");
    }

    #[test]
    fn a_bracket_that_is_no_link_stays_text() {
        assert_eq!(
            plain("Zie [bijlage] en [x](https://a)"),
            "Zie [bijlage] en [x](https://a)"
        );
    }

    #[test]
    fn terms_are_explained_once_and_only_as_whole_words() {
        let glossary = [Term {
            forms: Text::new("VOG|verklaring omtrent het gedrag", "VOG"),
            explain: Text::new("uitleg", "explanation"),
        }];
        let text = "Vraag een VOG. Heeft iedereen een VOG? VOGEL";
        let pieces = pieces(text, &glossary, Lang::Nl);
        let terms: Vec<_> = pieces
            .iter()
            .filter(|p| matches!(p, Piece::Term { .. }))
            .collect();
        assert_eq!(
            terms,
            [&Piece::Term {
                shown: "VOG",
                term: 0
            }]
        );
        assert_eq!(find_word("vogel VOG", "VOG"), Some(6));
        assert_eq!(find_word("de Zorgplicht geldt", "zorgplicht"), Some(3));
        assert_eq!(find_word("zorgplichten", "zorgplicht"), None);
    }
}

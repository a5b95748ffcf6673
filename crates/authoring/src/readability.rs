//! A B1 reading check for the Dutch texts: sentences and words that are long. A list for
//! authors to work through, not a gate: some long words (vertrouwenspersoon) are the right
//! words.

use zelfcheck_engine::{Lang, Text, Topic};

/// Sentences with more words than this are reported.
pub const MAX_SENTENCE_WORDS: usize = 20;
/// Words with more letters than this are reported.
pub const MAX_WORD_LETTERS: usize = 16;

/// Long words that are the proper names of roles and bodies in this field; a reader needs
/// them, so they are not reported.
pub const KNOWN_TERMS: [&str; 6] = [
    "vertrouwenspersoon",
    "vertrouwenspersonen",
    "vertrouwensinspecteur",
    "aandachtsfunctionaris",
    "klachtencommissie",
    "kindermishandeling",
];

/// One text that may be hard to read at B1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Where it is, e.g. `tip dekking: text`.
    pub place: String,
    /// What is long about it.
    pub problem: String,
}

/// Every long sentence and long word in the Dutch texts of a topic.
pub fn check_topic(topic: &Topic) -> Vec<Finding> {
    let mut texts: Vec<(String, Text)> = vec![
        ("title".into(), topic.title),
        ("summary".into(), topic.summary),
    ];
    for q in topic.questions {
        texts.push((format!("question {}: text", q.id), q.text));
        if let Some(help) = q.help {
            texts.push((format!("question {}: help", q.id), help));
        }
        for o in q.options {
            texts.push((format!("question {}: option {}", q.id, o.id), o.text));
        }
    }
    for t in topic.tips {
        texts.push((format!("tip {}: title", t.id), t.title));
        texts.push((format!("tip {}: text", t.id), t.text));
    }
    for i in topic.interrupts {
        texts.push((format!("interrupt {}: title", i.id), i.title));
        texts.push((format!("interrupt {}: text", i.id), i.text));
    }
    for p in topic.phases {
        texts.push((format!("phase {}: title", p.id), p.title));
    }
    for (n, d) in topic.discuss.iter().enumerate() {
        texts.push((format!("discuss {}", n + 1), d.text));
    }
    if let Some(line) = topic.for_yourself {
        texts.push(("for yourself".to_string(), line));
    }
    for (n, p) in topic.prepare.iter().enumerate() {
        texts.push((format!("prepare {}", n + 1), p.text));
    }
    let mut findings = Vec::new();
    let mut words: Vec<(String, Vec<String>)> = Vec::new();
    for (place, text) in &texts {
        let text = text.get(Lang::Nl);
        for problem in long_sentences(text) {
            findings.push(Finding {
                place: place.clone(),
                problem,
            });
        }
        for word in long_words(text) {
            match words.iter_mut().find(|(w, _)| *w == word) {
                Some((_, places)) => places.push(place.clone()),
                None => words.push((word, vec![place.clone()])),
            }
        }
    }
    for (word, places) in words {
        findings.push(Finding {
            place: places.join(", "),
            problem: format!("long word ({} letters): {word}", word.chars().count()),
        });
    }
    findings
}

/// The sentences of a text that are longer than [`MAX_SENTENCE_WORDS`].
pub fn long_sentences(text: &str) -> Vec<String> {
    sentences(text)
        .into_iter()
        .map(str::trim)
        .filter_map(|sentence| {
            let words = sentence.split_whitespace().count();
            (words > MAX_SENTENCE_WORDS)
                .then(|| format!("sentence of {words} words: \"{sentence}\""))
        })
        .collect()
}

/// The words of a text longer than [`MAX_WORD_LETTERS`], once each, leaving out links,
/// addresses and [`KNOWN_TERMS`].
pub fn long_words(text: &str) -> Vec<String> {
    let mut long: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        if word.contains("://") || word.contains('@') || word.starts_with("www.") {
            continue;
        }
        let bare: String = word.chars().filter(|c| c.is_alphabetic()).collect();
        let known = KNOWN_TERMS.contains(&bare.to_lowercase().as_str());
        if bare.chars().count() > MAX_WORD_LETTERS && !known && !long.contains(&bare) {
            long.push(bare);
        }
    }
    long
}

/// Sentences end at `.`, `!`, `?` or `:` followed by a space or the end; abbreviations
/// such as "bijv." end a sentence too, which only makes sentences look shorter.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let ends = matches!(c, '.' | '!' | '?' | ':')
            && chars
                .get(i + 1)
                .is_none_or(|&(_, next)| next.is_whitespace());
        if ends {
            out.push(&text[start..at + c.len_utf8()]);
            start = at + c.len_utf8();
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

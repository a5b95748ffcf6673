//! Search over the quick questions, as the user types: case and accent blind, tolerant of
//! simple Dutch word forms (pesten / pestprotocol, ouders / ouder) and of one wrong letter,
//! best matches first.

use super::model::{Content, Lang, Quick};

/// How much a word counts, by where it stands.
const IN_QUESTION: f32 = 3.0;
const IN_KEYWORDS: f32 = 2.0;
const IN_ANSWER: f32 = 1.0;

/// Words too common to tell questions apart.
const STOP_NL: &[&str] = &[
    "de", "het", "een", "en", "of", "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij",
    "mijn", "onze", "ons", "is", "zijn", "ben", "was", "wat", "wie", "hoe", "waar", "wanneer",
    "welke", "mag", "moet", "moeten", "kan", "kun", "kunnen", "wil", "dat", "die", "dit", "deze",
    "er", "in", "op", "aan", "van", "voor", "met", "bij", "naar", "om", "te", "tot", "als", "dan",
    "niet", "geen", "ook", "nog", "al", "wel", "heb", "hebben", "heeft", "doe", "doen", "zo",
    "over",
];
const STOP_EN: &[&str] = &[
    "the", "a", "an", "and", "or", "i", "you", "we", "they", "he", "she", "my", "our", "is", "are",
    "am", "was", "what", "who", "how", "where", "when", "which", "may", "must", "can", "should",
    "do", "does", "to", "of", "in", "on", "at", "for", "with", "by", "from", "if", "then", "not",
    "no", "it", "this", "that", "there", "be", "have", "has", "about",
];

/// The quick questions, split into words once, so each keystroke only compares.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    quick: &'static Quick,
    /// Per language (nl, en): every word as a stem, with its weight.
    words: [Vec<(String, f32)>; 2],
    /// Per language: the stems of the question alone, to prefer a question the query
    /// covers completely.
    question: [Vec<String>; 2],
}

/// One hit: the question and how well it matched.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The quick question.
    pub quick: &'static Quick,
    /// Query words it matched.
    pub matched: usize,
    /// How well, higher is better.
    pub score: f32,
}

impl SearchIndex {
    /// Indexes every quick question of the content.
    pub fn new(content: &'static Content) -> SearchIndex {
        let entries = content
            .quick
            .iter()
            .map(|quick| {
                let words = [Lang::Nl, Lang::En].map(|lang| {
                    let keywords = match lang {
                        Lang::Nl => quick.keywords_nl,
                        Lang::En => quick.keywords_en,
                    };
                    let mut words = Vec::new();
                    for (text, weight) in [
                        (quick.question.get(lang).to_string(), IN_QUESTION),
                        (keywords.join(" "), IN_KEYWORDS),
                        (quick.answer.get(lang).to_string(), IN_ANSWER),
                    ] {
                        for word in terms(&text, lang)
                            .into_iter()
                            .chain(joined_pairs(&text, lang))
                        {
                            match words
                                .iter_mut()
                                .find(|(w, _): &&mut (String, f32)| *w == word)
                            {
                                Some((_, best)) => *best = f32::max(*best, weight),
                                None => words.push((word, weight)),
                            }
                        }
                    }
                    words
                });
                let question =
                    [Lang::Nl, Lang::En].map(|lang| terms(quick.question.get(lang), lang));
                Entry {
                    quick,
                    words,
                    question,
                }
            })
            .collect();
        SearchIndex { entries }
    }

    /// The best matches for what the user typed so far, best first, at most `limit`. The
    /// last word counts as a beginning while the user is still typing it.
    pub fn search(&self, query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
        let typing = !query.ends_with(char::is_whitespace);
        let mut query_terms = terms(query, lang);
        let last = typing.then(|| query_terms.last().cloned()).flatten();
        query_terms.dedup();
        if query_terms.is_empty() {
            return Vec::new();
        }
        let slot = lang.index();
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .filter_map(|entry| {
                let mut matched = 0;
                let mut score = 0.0;
                for term in &query_terms {
                    let partial = last.as_deref() == Some(term.as_str());
                    let best = entry.words[slot]
                        .iter()
                        .map(|(word, weight)| weight * closeness(term, word, partial))
                        .fold(0.0, f32::max);
                    if best > 0.0 {
                        matched += 1;
                        score += best;
                    }
                }
                let asked = &entry.question[slot];
                let covered = asked
                    .iter()
                    .filter(|w| query_terms.iter().any(|t| closeness(t, w, false) > 0.0))
                    .count();
                let coverage = covered as f32 / asked.len().max(1) as f32;
                (matched > 0).then_some(Hit {
                    quick: entry.quick,
                    matched,
                    score: score + 2.0 * coverage,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.matched.cmp(&a.matched).then(b.score.total_cmp(&a.score)));
        hits.truncate(limit);
        hits
    }
}

/// How close a query term is to a word of an entry: 1 the same stem, less for a word that
/// starts with it (a compound), for one wrong letter, or 0. Terms are ASCII (see [`terms`]),
/// so lengths are byte counts.
fn closeness(term: &str, word: &str, partial: bool) -> f32 {
    if term == word {
        return 1.0;
    }
    let (term_len, word_len) = (term.len(), word.len());
    if term_len >= 4 && word.starts_with(term) {
        // "pest" in "pestprotocol", or a word still being typed.
        return if partial { 0.9 } else { 0.8 };
    }
    if partial && term_len >= 2 && word.starts_with(term) {
        return 0.6;
    }
    if term_len >= 5 && one_edit_apart(term.as_bytes(), word.as_bytes()) {
        return 0.75;
    }
    if word_len >= 4 && term.starts_with(word) {
        // The user typed a compound of a word the entry has ("pestprotocollen" → "pest"),
        // worth as much as the part of it that matched.
        return 0.7 * word_len as f32 / term_len as f32;
    }
    0.0
}

/// The search terms of a text: folded to plain lowercase letters and digits, without stop
/// words, each reduced to its stem.
pub fn terms(text: &str, lang: Lang) -> Vec<String> {
    let folded = fold(text);
    let stop = match lang {
        Lang::Nl => STOP_NL,
        Lang::En => STOP_EN,
    };
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !stop.contains(w))
        .map(|w| stem(w, lang))
        .collect()
}

/// Two neighbouring words written as one ("uit sturen" → "uitsturen", "school reis" →
/// "schoolreis"), so a compound in the query meets the words apart in a text.
fn joined_pairs(text: &str, lang: Lang) -> Vec<String> {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .map(|pair| stem(&format!("{}{}", pair[0], pair[1]), lang))
        .collect()
}

/// Lowercase with accents removed (é → e, ë → e, ç → c); other letters stay.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}

/// A light stemmer: plurals, diminutives and a few endings, so "ouders" meets "ouder" and
/// "pesten" meets "pest". Not a linguist's stemmer; it only has to make forms meet.
pub fn stem(word: &str, lang: Lang) -> String {
    let suffixes: &[&str] = match lang {
        Lang::Nl => &["tjes", "jes", "tje", "je", "heden", "en", "s", "e"],
        Lang::En => &["ies", "ing", "es", "s"],
    };
    let mut stem = word.to_string();
    for suffix in suffixes {
        // A Dutch plural -s follows -er, -el, -em, -en or a vowel in a longer word
        // (ouders, auto's), never a short word such as "klas" or "bus".
        let plural_s_fits = || {
            let before = stem.as_bytes().get(stem.len().wrapping_sub(2)).copied();
            matches!(before, Some(b'r' | b'l' | b'm' | b'n'))
                || (stem.len() >= 5 && before.is_some_and(|b| b"aeiouy".contains(&b)))
        };
        if lang == Lang::Nl && *suffix == "s" && stem.ends_with('s') && !plural_s_fits() {
            continue;
        }
        if stem.len() >= suffix.len() + 3 && stem.ends_with(suffix) {
            stem.truncate(stem.len() - suffix.len());
            if *suffix == "heden" {
                stem.push_str("heid");
            }
            break;
        }
    }
    // "klassen" → "klass" → "klas": Dutch doubles a consonant before -en.
    let bytes = stem.as_bytes();
    if lang == Lang::Nl && bytes.len() >= 4 {
        let (a, b) = (bytes[bytes.len() - 2], bytes[bytes.len() - 1]);
        if a == b && !b"aeiou".contains(&b) {
            stem.pop();
        }
    }
    stem
}

/// Whether two words differ by one letter changed, added, left out, or two letters swapped.
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 || a == b {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (rest_a, rest_b) = (a.len() - prefix - suffix, b.len() - prefix - suffix);
    let swapped =
        rest_a == 2 && rest_b == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix];
    rest_a.max(rest_b) <= 1 || swapped
}

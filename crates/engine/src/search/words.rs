//! Words as the search compares them: folded to plain lowercase, without stop words, and
//! reduced to a few *keys* so that the forms of one word meet.
//!
//! Dutch: plurals and diminutives (`ouders`/`ouder`, `kindjes`/`kind`, `klassen`/`klas`),
//! verb forms (`scheldt`/`schelden`, `pakte`/`pakken`, `bedreigd`/`bedreiging`), participles
//! with `ge-` (`gepest`), separable verbs (`uitgescholden`/`uitschelden`, with `scheld` as a
//! weaker key) and spelling changes (`boos`/`boze`, `brief`/`brieven`, `praat`/`praten`).
//! English: `-s`, `-es`, `-ies`, `-ed`, `-ing`. Irregular forms (`schold`, `gescholden`,
//! `children`) come from the content's `synonyms.toml` as a [`Lexicon`].
//!
//! Not a linguist's stemmer: it only has to make the forms people type meet the forms in
//! the texts. Every word is analysed the same way on both sides, so a key that is not a real
//! stem does no harm.

use std::collections::HashMap;

use super::super::latin::lower;
use super::super::model::{Lang, WordGroup};

/// Dutch words too common to tell questions apart.
const STOP_NL: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "of",
    "ik",
    "je",
    "jij",
    "jou",
    "u",
    "we",
    "wij",
    "ze",
    "zij",
    "hij",
    "hem",
    "haar",
    "mij",
    "me",
    "mijn",
    "jouw",
    "onze",
    "ons",
    "hun",
    "is",
    "zijn",
    "ben",
    "bent",
    "was",
    "waren",
    "wat",
    "wie",
    "hoe",
    "waar",
    "wanneer",
    "welke",
    "welk",
    "waarom",
    "mag",
    "mogen",
    "moet",
    "moeten",
    "kan",
    "kun",
    "kunt",
    "kunnen",
    "wil",
    "wilt",
    "willen",
    "zal",
    "zou",
    "dat",
    "die",
    "dit",
    "deze",
    "er",
    "in",
    "op",
    "aan",
    "van",
    "voor",
    "met",
    "bij",
    "naar",
    "om",
    "te",
    "tot",
    "als",
    "dan",
    "niet",
    "geen",
    "ook",
    "nog",
    "al",
    "wel",
    "heb",
    "hebt",
    "hebben",
    "heeft",
    "had",
    "doe",
    "doet",
    "doen",
    "zo",
    "over",
    "iets",
    "iemand",
    "wordt",
    "worden",
    "word",
    "werd",
    "men",
    "maar",
    "dus",
    "nu",
    "toch",
    "even",
    "eens",
    "daar",
    "hier",
    "erg",
    "heel",
    "veel",
    "meer",
    "mee",
    "uit",
    "af",
    "nou",
    "hallo",
    "graag",
    "vraag",
    "vragen",
    "weet",
    "weten",
    "precies",
    "eigenlijk",
    "gewoon",
    "geldt",
    "gelden",
    "gold",
];

/// English words too common to tell questions apart.
const STOP_EN: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "i",
    "you",
    "we",
    "they",
    "he",
    "she",
    "him",
    "her",
    "them",
    "me",
    "my",
    "your",
    "our",
    "their",
    "is",
    "are",
    "am",
    "was",
    "were",
    "what",
    "who",
    "how",
    "where",
    "when",
    "which",
    "why",
    "may",
    "must",
    "can",
    "could",
    "should",
    "would",
    "will",
    "shall",
    "do",
    "does",
    "did",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "if",
    "then",
    "not",
    "no",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "there",
    "be",
    "been",
    "have",
    "has",
    "had",
    "about",
    "so",
    "any",
    "some",
    "someone",
    "something",
    "get",
    "got",
    "into",
    "out",
    "up",
    "just",
    "please",
    "allowed",
    "need",
    "know",
];

/// Separable parts of Dutch verbs (`uit` in `uitschelden`, `vast` in `vasthouden`). A
/// word that starts with one also gets the rest as a weaker key, and a query that has one
/// as a word of its own (`scheldt ... uit`) joins it to its other words.
pub const PARTICLES: &[&str] = &[
    "aan", "af", "binnen", "door", "in", "mee", "op", "terug", "tegen", "uit", "vast", "weg",
    "los", "neer", "samen",
];

/// What a key of a word is worth when it matches: 1 for the word itself and its forms,
/// less for the verb without its separable part (`scheld` for `uitgescholden`).
const BASE_WEIGHT: f32 = 0.7;

/// Irregular word forms, from the content: each form points to the first word of its
/// group (`schold`, `gescholden` → `schelden`).
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    lemma: [HashMap<String, String>; 2],
}

impl Lexicon {
    /// The forms of every group marked as forms of one word.
    pub fn new(groups: &[WordGroup]) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for group in groups.iter().filter(|g| g.forms) {
            for lang in [Lang::Nl, Lang::En] {
                let words = group.words(lang);
                let Some(first) = words.first() else { continue };
                let first = fold(first);
                for word in &words[1..] {
                    lexicon.lemma[lang.index()].insert(fold(word), first.clone());
                }
            }
        }
        lexicon
    }

    /// Whether a folded word is a listed form or the word a form belongs to.
    pub fn knows(&self, word: &str, lang: Lang) -> bool {
        let map = &self.lemma[lang.index()];
        map.contains_key(word) || map.values().any(|w| w == word)
    }

    fn lemma(&self, word: &str, lang: Lang) -> Option<&str> {
        self.lemma[lang.index()].get(word).map(String::as_str)
    }
}

/// The keys of one word, with what each is worth; the first is the word as written
/// (folded), which typo and compound comparisons use.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Keys(pub Vec<(String, f32)>);

impl Keys {
    fn add(&mut self, key: String, weight: f32) {
        if key.len() < 2 {
            return;
        }
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, w)) => *w = w.max(weight),
            None => self.0.push((key, weight)),
        }
    }

    /// The word as written (folded).
    pub fn primary(&self) -> &str {
        self.0.first().map(|(k, _)| k.as_str()).unwrap_or_default()
    }

    /// How well two words match on their keys alone: the best product of weights of a
    /// key they share, or 0.
    pub fn shared(&self, other: &Keys) -> f32 {
        let mut best = 0.0f32;
        for (a, wa) in &self.0 {
            for (b, wb) in &other.0 {
                if a == b {
                    best = best.max(wa * wb);
                }
            }
        }
        best
    }
}

/// Lowercase, accents removed (é → e, ë → e, ç → c), apostrophes inside a word dropped
/// (`foto's` → `fotos`); other characters stay.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(lower) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ý' | 'ÿ' => 'y',
            '\'' | '’' | '‘' | '`' => continue,
            other => other,
        };
        out.push(c);
    }
    out
}

/// The words of a text: folded, split on everything but letters and digits. A phone link
/// `[112](tel:112)` counts as its label.
pub fn split(text: &str) -> Vec<String> {
    let plain = if text.contains("](tel:") {
        super::super::rich::plain(text)
    } else {
        text.to_string()
    };
    fold(&plain)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether a folded word is a stop word in this language.
pub fn is_stop_in(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Nl => STOP_NL.contains(&word),
        Lang::En => STOP_EN.contains(&word),
    }
}

/// Whether a folded word is a stop word in either language: a query may mix them.
pub fn is_stop(word: &str) -> bool {
    is_stop_in(word, Lang::Nl) || is_stop_in(word, Lang::En)
}

/// Whether a folded word is a separable part of a Dutch verb.
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// The keys of one folded word in one language.
pub fn keys(word: &str, lang: Lang, lexicon: &Lexicon) -> Keys {
    match lang {
        Lang::Nl => keys_nl(word, lexicon),
        Lang::En => keys_en(word, lexicon),
    }
}

fn is_vowel(b: u8) -> bool {
    b"aeiouy".contains(&b)
}

/// A Dutch stem with its spelling evened out after an ending that starts with a vowel was
/// taken off, so that open and closed syllables meet: a doubled last consonant made single
/// (`klass` → `klas`, `pakk` → `pak`); otherwise a last `z` as `s` and `v` as `f` (`boz` →
/// `bos`, `briev` → `brief`) and a single vowel before the last consonant doubled (`lop` →
/// `loop`, `bos` → `boos`, `betal` → `betaal`).
fn reopen_nl(stem: &str) -> String {
    let mut out: Vec<u8> = stem.as_bytes().to_vec();
    let n = out.len();
    if n >= 3 && out[n - 1] == out[n - 2] && !is_vowel(out[n - 1]) {
        out.pop();
        return String::from_utf8(out).unwrap_or_default();
    }
    if let Some(last) = out.last_mut() {
        if *last == b'z' {
            *last = b's';
        } else if *last == b'v' {
            *last = b'f';
        }
    }
    let n = out.len();
    if n >= 2 && !is_vowel(out[n - 1]) && out[n - 1] != b'w' && b"aeou".contains(&out[n - 2]) {
        let before = if n >= 3 { Some(out[n - 3]) } else { None };
        if before.is_none_or(|b| !is_vowel(b)) {
            out.insert(n - 1, out[n - 2]);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// A Dutch stem after an ending that starts with a consonant was taken off: a doubled
/// last letter made single (`pestt` → `pest`, `slaa` in `slaat` → `sla` as in `slaan`).
fn close_nl(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    let double_vowel = b"aeou".contains(&b[n - 1]);
    if n >= 3 && b[n - 1] == b[n - 2] && (double_vowel || !is_vowel(b[n - 1])) {
        stem[..n - 1].to_string()
    } else {
        stem.to_string()
    }
}

/// Dutch endings a word may lose, with what takes their place: plurals, diminutives, verb
/// forms and `-ing`. Every ending that fits gives a key, so `kaartje` gives both `kaart`
/// and `kaar`; only the one that meets another word matters.
const ENDINGS_NL: &[(&str, &str)] = &[
    ("heden", "heid"),
    ("eren", ""),
    ("etjes", ""),
    ("tjes", ""),
    ("pjes", ""),
    ("jes", ""),
    ("etje", ""),
    ("tje", ""),
    ("pje", ""),
    ("je", ""),
    ("ingen", ""),
    ("ing", ""),
    ("ende", ""),
    ("end", ""),
    ("den", ""),
    ("ten", ""),
    ("de", ""),
    ("te", ""),
    ("en", ""),
    ("es", ""),
    ("s", ""),
    ("e", ""),
    ("t", ""),
    ("d", ""),
];

/// The keys of a Dutch word without looking at separable parts.
fn forms_nl(word: &str, lexicon: &Lexicon, weight: f32, keys: &mut Keys) {
    let lemma = lexicon.lemma(word, Lang::Nl);
    keys.add(word.to_string(), weight);
    // An irregular form (`schold`) gets the keys of its word (`schelden`), not endings of
    // its own, which would meet other words (`schol` in `scholing`).
    for w in lemma.into_iter().chain(lemma.is_none().then_some(word)) {
        for (ending, instead) in ENDINGS_NL {
            if let Some(stem) = w.strip_suffix(ending).filter(|s| s.len() >= 3) {
                let stem = format!("{stem}{instead}");
                let vowel = ending.starts_with('e') && instead.is_empty();
                keys.add(
                    if vowel {
                        reopen_nl(&stem)
                    } else {
                        close_nl(&stem)
                    },
                    weight,
                );
            }
        }
        // A verb that ends in -n only: `slaan` (`slaat`), `gaan`, `zien`, `doen`.
        if ["aan", "ien", "oen"].iter().any(|e| w.ends_with(e)) && w.len() >= 4 {
            keys.add(close_nl(&w[..w.len() - 1]), weight);
        }
        if w != word {
            keys.add(w.to_string(), weight);
        }
    }
    // A participle: `gepest`, `gescholden`, `geslagen`. `gesprek` and `geweld` also start
    // with ge-; they only gain a key no other word has.
    if let Some(rest) = word.strip_prefix("ge") {
        let participle = word.ends_with('t') || word.ends_with('d') || word.ends_with("en");
        if participle && rest.len() >= 3 && lemma.is_none() {
            let mut inner = Keys::default();
            forms_nl(rest, lexicon, weight * 0.95, &mut inner);
            if let Some(lemma) = lexicon.lemma(rest, Lang::Nl) {
                forms_nl(lemma, lexicon, weight * 0.95, &mut inner);
            }
            for (k, w) in inner.0 {
                keys.add(k, w);
            }
        }
    }
}

fn keys_nl(word: &str, lexicon: &Lexicon) -> Keys {
    let mut keys = Keys::default();
    forms_nl(word, lexicon, 1.0, &mut keys);
    // A separable verb: `uitgescholden` → `uit` + `scholden` (→ `schelden`): the keys of
    // `uitschelden`, and those of `schelden` at a lower weight.
    if lexicon.lemma(word, Lang::Nl).is_none() {
        for particle in PARTICLES {
            let Some(rest) = word.strip_prefix(particle) else {
                continue;
            };
            let rest = match rest.strip_prefix("ge") {
                Some(r) if r.len() >= 4 && !word.ends_with("ge") => r,
                _ => rest,
            };
            if rest.len() < 4 {
                continue;
            }
            let mut base = Keys::default();
            forms_nl(rest, lexicon, 1.0, &mut base);
            if rest != &word[particle.len()..] {
                // Also the rest with its ge- (`gepakt` inside `vastgepakt`).
                forms_nl(&word[particle.len()..], lexicon, 1.0, &mut base);
            }
            for (k, w) in base.0 {
                keys.add(format!("{particle}{k}"), w);
                keys.add(k, w * BASE_WEIGHT);
            }
        }
    }
    keys
}

/// English endings a word may lose, with what takes their place.
const ENDINGS_EN: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
    ("e", ""),
    ("ly", ""),
];

/// An English word with a doubled last consonant made single (`stopp` → `stop`).
fn even_en(word: &str) -> String {
    let mut out = word.to_string();
    let b = out.as_bytes();
    let n = b.len();
    if n >= 4 && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]) && b[n - 1] != b's' {
        out.pop();
    }
    out
}

fn keys_en(word: &str, lexicon: &Lexicon) -> Keys {
    let mut keys = Keys::default();
    keys.add(word.to_string(), 1.0);
    let lemma = lexicon.lemma(word, Lang::En);
    for w in std::iter::once(word).chain(lemma) {
        if w != word {
            keys.add(w.to_string(), 1.0);
        }
        for (ending, instead) in ENDINGS_EN {
            if let Some(stem) = w.strip_suffix(ending).filter(|s| s.len() >= 3) {
                let stem = format!("{stem}{instead}");
                keys.add(even_en(&stem), 1.0);
                keys.add(stem, 1.0);
            }
        }
    }
    keys
}

/// Whether two words differ by one letter changed, added, left out, or two neighbouring
/// letters swapped.
pub fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn meet(a: &str, b: &str) -> f32 {
        let lexicon = Lexicon::default();
        keys(a, Lang::Nl, &lexicon).shared(&keys(b, Lang::Nl, &lexicon))
    }

    #[test]
    fn dutch_forms_meet() {
        for (a, b) in [
            ("ouders", "ouder"),
            ("pesten", "pest"),
            ("gepest", "pesten"),
            ("klassen", "klas"),
            ("kindjes", "kind"),
            ("kinderen", "kind"),
            ("boze", "boos"),
            ("brieven", "brief"),
            ("praten", "praat"),
            ("scheldt", "schelden"),
            ("bedreigd", "bedreiging"),
            ("betaald", "betalen"),
            ("fotos", "foto"),
            ("vastgepakt", "vastpakken"),
            ("kaartje", "kaart"),
            ("stoeltje", "stoel"),
        ] {
            assert!(meet(a, b) >= 0.9, "{a} / {b}");
        }
        assert!(meet("uitschelden", "scheldt") >= 0.7);
        assert_eq!(meet("school", "ouder"), 0.0);
    }

    #[test]
    fn folding_drops_accents_capitals_and_apostrophes() {
        assert_eq!(fold("Coördinator Één foto's"), "coordinator een fotos");
        assert_eq!(split("Bel [112](tel:112) nu"), ["bel", "112", "nu"]);
    }
}

//! Search over the quick questions, as the user types.
//!
//! - Blind to case, accents and apostrophes; stop words (`wat`, `als`, `mag`, `ik`, `the`,
//!   `can`) do not count.
//! - Word forms meet: Dutch plurals, diminutives, verb forms, participles and separable
//!   verbs, English plural and verb endings (see [`words`]), and irregular forms listed in
//!   `content/synonyms.toml`.
//! - One wrong, missing, extra or swapped letter is forgiven in words of five letters or
//!   more; a word still being typed counts as a beginning.
//! - Synonyms from `content/synonyms.toml` (`vastpakken` / `vasthouden` / `fysiek
//!   ingrijpen`; `medicijnen` / `medicine`) count a little less than the word itself.
//! - Both languages are searched: a Dutch word finds its answer in the English check and
//!   the other way round, a little below a match in the language shown.
//! - Ranking: every query word counts by how rare it is among the quick questions (a word
//!   that only one answer has says more than `leerling`), by where it stands (question,
//!   keywords, topic, answer), and a question the query covers more completely comes first.

mod words;

use std::collections::HashMap;

pub use words::{Keys, Lexicon, fold, is_stop, one_edit_apart, split};

use super::model::{Content, Lang, Quick, WordGroup};
use super::order::{sort_by, sort_by_key};

/// How much a word counts, by where it stands.
const IN_QUESTION: f32 = 3.0;
const IN_KEYWORDS: f32 = 2.5;
const IN_TOPIC: f32 = 1.0;
const IN_ANSWER: f32 = 1.0;

/// What a match in the other language than the one shown is worth.
const OTHER_LANGUAGE: f32 = 0.9;
/// What a synonym is worth, against the word itself.
const SYNONYM: f32 = 0.6;
/// A hit scoring less than this part of the best hit is left out.
const RELATIVE_CUTOFF: f32 = 0.4;

/// The quick questions, split into words once, so each keystroke only compares.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    lexicon: Lexicon,
    /// Every distinct word of every quick question, per language.
    vocab: Vec<Word>,
    /// Key → the words that have it, with the key's weight, for synonyms.
    by_key: HashMap<String, Vec<(u32, f32)>>,
    entries: Vec<Entry>,
    groups: Vec<Group>,
    /// Key → the group members that have a word with it: group, member, which word.
    group_keys: HashMap<String, Vec<(u32, u32, u32)>>,
}

#[derive(Debug, Clone)]
struct Word {
    lang: Lang,
    keys: Keys,
}

#[derive(Debug, Clone)]
struct Entry {
    quick: &'static Quick,
    /// Word ids with the weight of the best place they stand in.
    words: Vec<(u32, f32)>,
    /// Per language: the word ids of the question alone, to prefer a question the query
    /// covers completely.
    question: [Vec<u32>; 2],
}

/// A group of words of `synonyms.toml`, each split into words with their keys.
#[derive(Debug, Clone)]
struct Group {
    forms: bool,
    members: Vec<(Lang, Vec<Keys>)>,
}

/// A word of a group member that a query word has: which word, which query word, and
/// the weight of the key that matched.
type PartHit = (u32, usize, f32);

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

/// One word of the query with the ways it may be found: its own keys in both languages,
/// and the members of its synonym groups (a member can be a few words).
#[derive(Debug, Clone)]
struct Concept {
    alternatives: Vec<Alternative>,
}

#[derive(Debug, Clone)]
struct Alternative {
    lang: Lang,
    weight: f32,
    /// The words of a phrase, all needed.
    words: Vec<Keys>,
    /// Whether it is what the user typed (compared loosely: compounds, typos, beginnings)
    /// rather than a synonym (compared on keys only).
    typed: bool,
}

impl SearchIndex {
    /// Indexes every quick question of the content, with the texts of both languages that
    /// are there (a language whose texts have not arrived yet adds only its keywords).
    pub fn new(content: &'static Content) -> SearchIndex {
        Self::with_texts(content, [true, true])
    }

    /// Indexes the quick questions, using the question, answer and topic texts only of the
    /// languages marked in `texts` (Dutch, English); keywords always count. This is how the
    /// widget searches before the other language's texts are downloaded.
    pub fn with_texts(content: &'static Content, texts: [bool; 2]) -> SearchIndex {
        let lexicon = Lexicon::new(content.synonyms);
        let mut vocab: Vec<Word> = Vec::new();
        let mut ids: HashMap<(usize, String), u32> = HashMap::new();
        let mut word_id = |lang: Lang, word: &str, vocab: &mut Vec<Word>| -> u32 {
            *ids.entry((lang.index(), word.to_string()))
                .or_insert_with(|| {
                    vocab.push(Word {
                        lang,
                        keys: words::keys(word, lang, &lexicon),
                    });
                    (vocab.len() - 1) as u32
                })
        };
        let mut entries = Vec::with_capacity(content.quick.len());
        for quick in content.quick {
            let mut list: Vec<(u32, f32)> = Vec::new();
            let mut question: [Vec<u32>; 2] = [Vec::new(), Vec::new()];
            let topic = content.topic(quick.topic);
            for lang in [Lang::Nl, Lang::En] {
                let keywords = match lang {
                    Lang::Nl => quick.keywords_nl,
                    Lang::En => quick.keywords_en,
                };
                let shown = texts[lang.index()];
                let mut fields: Vec<(String, f32)> = vec![(keywords.join(" , "), IN_KEYWORDS)];
                if shown {
                    fields.push((quick.question.get(lang).to_string(), IN_QUESTION));
                    fields.push((quick.answer.get(lang).to_string(), IN_ANSWER));
                    if let Some(topic) = topic {
                        fields.push((topic.title.get(lang).to_string(), IN_TOPIC));
                    }
                }
                for (text, weight) in fields {
                    let raw = split(&text);
                    let mut found: Vec<String> = raw
                        .iter()
                        .filter(|w| !words::is_stop_in(w, lang))
                        .cloned()
                        .collect();
                    // Two words written as one ("uit sturen" → "uitsturen", "school reis"
                    // → "schoolreis"), so a compound in the query meets them.
                    for pair in raw.windows(2) {
                        let stop = |w: &str| words::is_stop_in(w, lang);
                        if words::is_particle(&pair[0]) || (!stop(&pair[0]) && !stop(&pair[1])) {
                            found.push(format!("{}{}", pair[0], pair[1]));
                        }
                    }
                    for word in found {
                        let id = word_id(lang, &word, &mut vocab);
                        match list.iter_mut().find(|(w, _)| *w == id) {
                            Some((_, best)) => *best = best.max(weight),
                            None => list.push((id, weight)),
                        }
                    }
                }
            }
            // Pairs are not part of the question's own words for coverage.
            for lang in [Lang::Nl, Lang::En] {
                let own: Vec<String> = split(if texts[lang.index()] {
                    quick.question.get(lang)
                } else {
                    ""
                })
                .into_iter()
                .filter(|w| !words::is_stop_in(w, lang))
                .collect();
                question[lang.index()] = own.iter().map(|w| word_id(lang, w, &mut vocab)).collect();
                question[lang.index()].dedup();
            }
            entries.push(Entry {
                quick,
                words: list,
                question,
            });
        }
        let mut by_key: HashMap<String, Vec<(u32, f32)>> = HashMap::new();
        for (id, word) in vocab.iter().enumerate() {
            for (key, weight) in &word.keys.0 {
                by_key
                    .entry(format!("{}{key}", word.lang.code()))
                    .or_default()
                    .push((id as u32, *weight));
            }
        }
        let groups: Vec<Group> = content
            .synonyms
            .iter()
            .map(|g| Group::new(g, &lexicon))
            .collect();
        let mut group_keys: HashMap<String, Vec<(u32, u32, u32)>> = HashMap::new();
        for (g, group) in groups.iter().enumerate() {
            for (m, (lang, parts)) in group.members.iter().enumerate() {
                for (p, keys) in parts.iter().enumerate() {
                    for (key, weight) in &keys.0 {
                        if *weight >= 0.95 {
                            let at = (g as u32, m as u32, p as u32);
                            let list = group_keys
                                .entry(format!("{}{key}", lang.code()))
                                .or_default();
                            if !list.contains(&at) {
                                list.push(at);
                            }
                        }
                    }
                }
            }
        }
        SearchIndex {
            lexicon,
            vocab,
            by_key,
            entries,
            groups,
            group_keys,
        }
    }

    /// The best matches for what the user typed so far, best first, at most `limit`. The
    /// last word counts as a beginning while the user is still typing it.
    pub fn search(&self, query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
        self.rank(query, lang, limit)
            .into_iter()
            .map(|(hit, _)| hit)
            .collect()
    }

    /// Like [`SearchIndex::search`], with what each query word added to each hit's score
    /// (stop words left out): to see why an answer comes first.
    pub fn explain(&self, query: &str, lang: Lang, limit: usize) -> Vec<(Hit, Vec<f32>)> {
        self.rank(query, lang, limit)
    }

    fn rank(&self, query: &str, lang: Lang, limit: usize) -> Vec<(Hit, Vec<f32>)> {
        let concepts = self.concepts(query, lang);
        if concepts.is_empty() {
            return Vec::new();
        }
        let partial_last = !query.ends_with(char::is_whitespace);
        // How close each concept is to each word of the vocabulary.
        let n = concepts.len();
        let sims: Vec<Vec<f32>> = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| self.similarities(c, partial_last && i == n - 1))
            .collect();
        // How well each entry matches each concept, with and without the weight of the
        // place the word stands in.
        let count = self.entries.len();
        let mut best = vec![vec![0.0f32; n]; count];
        let mut plain = vec![vec![0.0f32; n]; count];
        for (e, entry) in self.entries.iter().enumerate() {
            for (c, sim) in sims.iter().enumerate() {
                for &(id, weight) in &entry.words {
                    let s = sim[id as usize];
                    if s > 0.0 {
                        best[e][c] = best[e][c].max(s * weight);
                        plain[e][c] = plain[e][c].max(s);
                    }
                }
            }
        }
        // A word few questions have says more than one most have.
        let rarity: Vec<f32> = (0..n)
            .map(|c| {
                // An answer that only has a synonym or a near form counts for less.
                let df: f32 = plain
                    .iter()
                    .map(|p| match p[c] {
                        s if s >= 0.8 => 1.0,
                        s if s >= 0.5 => 0.3,
                        _ => 0.0,
                    })
                    .sum();
                let rarity = (1.0 + count as f32 / (1.0 + df)).ln();
                // A word no answer has as such (only in a compound, a synonym or with a
                // typo) says less than its few weak matches suggest.
                if plain.iter().any(|p| p[c] >= 0.8) {
                    rarity
                } else {
                    rarity.min(3.0)
                }
            })
            .collect();
        let top_rarity = rarity.iter().copied().fold(0.0, f32::max);
        let mut hits: Vec<(Hit, Vec<f32>)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(e, entry)| {
                let matched = plain[e].iter().filter(|&&s| s >= 0.5).count();
                if matched == 0 {
                    return None;
                }
                let mut score: f32 = (0..n).map(|c| rarity[c] * best[e][c]).sum();
                // Prefer the question the query covers most completely, counting each
                // word of the question by how telling the query word is that covers it.
                let asked = &entry.question[lang.index()];
                if !asked.is_empty() && top_rarity > 0.0 {
                    let covered: f32 = asked
                        .iter()
                        .map(|&id| {
                            (0..n)
                                .filter(|&c| sims[c][id as usize] >= 0.85)
                                .map(|c| rarity[c])
                                .fold(0.0, f32::max)
                        })
                        .sum();
                    score += 2.5 * covered / (top_rarity * asked.len() as f32);
                }
                // And one that matches every word of the query.
                score *= 0.6 + 0.4 * matched as f32 / n as f32;
                let parts = (0..n).map(|c| rarity[c] * best[e][c]).collect();
                Some((
                    Hit {
                        quick: entry.quick,
                        matched,
                        score,
                    },
                    parts,
                ))
            })
            .collect();
        sort_by(&mut hits, |(a, _), (b, _)| {
            b.score.total_cmp(&a.score).then(b.matched.cmp(&a.matched))
        });
        if let Some(top) = hits.first().map(|(h, _)| h.score) {
            hits.retain(|(h, _)| h.score >= RELATIVE_CUTOFF * top);
        }
        hits.truncate(limit);
        hits
    }

    /// The query's words as concepts: stop words left out, a separable part (`uit` in
    /// `scheldt mij uit`) joined to the words before it, synonyms added.
    fn concepts(&self, query: &str, lang: Lang) -> Vec<Concept> {
        let raw = split(query);
        let mut seen: Vec<&String> = Vec::new();
        let kept: Vec<(usize, &String)> = raw
            .iter()
            .enumerate()
            .filter(|(_, w)| !is_stop(w) && !words::is_particle(w))
            .filter(|(_, w)| {
                let new = !seen.contains(w);
                seen.push(w);
                new
            })
            .collect();
        let factor = |l: Lang| if l == lang { 1.0 } else { OTHER_LANGUAGE };
        let mut concepts: Vec<Concept> = kept
            .iter()
            .map(|&(at, word)| {
                let mut nl = words::keys(word, Lang::Nl, &self.lexicon);
                for particle in raw[at + 1..].iter().filter(|w| words::is_particle(w)) {
                    let joined = words::keys(&format!("{particle}{word}"), Lang::Nl, &self.lexicon);
                    for (key, weight) in joined.0.into_iter().skip(1) {
                        if key.starts_with(particle.as_str()) {
                            nl.0.push((key, weight));
                        }
                    }
                }
                let en = words::keys(word, Lang::En, &self.lexicon);
                if !self.has_key(Lang::Nl, &nl) {
                    // An unknown compound ("zelfmoordgedachten", "pestgedrag"): its parts,
                    // the last (what it is) above the first.
                    for (part, weight) in self.compound_parts(word) {
                        let keys = words::keys(&part, Lang::Nl, &self.lexicon);
                        nl.0.extend(keys.0.into_iter().map(|(k, w)| (k, w * weight)));
                    }
                }
                Concept {
                    alternatives: vec![
                        Alternative {
                            lang: Lang::Nl,
                            weight: factor(Lang::Nl),
                            words: vec![nl],
                            typed: true,
                        },
                        Alternative {
                            lang: Lang::En,
                            weight: factor(Lang::En),
                            words: vec![en],
                            typed: true,
                        },
                    ],
                }
            })
            .collect();
        // Which parts of which group members each concept is.
        // With the weight of the key that hit: a verb without its separable part or a
        // part of a compound brings its group in at less than the word itself.
        let mut parts_hit: HashMap<(u32, u32), Vec<PartHit>> = HashMap::new();
        for (c, concept) in concepts.iter().enumerate() {
            for alt in &concept.alternatives {
                for (key, weight) in &alt.words[0].0 {
                    if *weight < 0.65 {
                        continue;
                    }
                    let lookup = format!("{}{key}", alt.lang.code());
                    for &(group, member, part) in self.group_keys.get(&lookup).into_iter().flatten()
                    {
                        let hits = parts_hit.entry((group, member)).or_default();
                        match hits.iter_mut().find(|(p, hc, _)| *p == part && *hc == c) {
                            Some((_, _, w)) => *w = w.max(*weight),
                            None => hits.push((part, c, *weight)),
                        }
                    }
                }
            }
        }
        let mut activated: Vec<(u32, usize, f32)> = Vec::new();
        for (&(group, member), hits) in &parts_hit {
            let (_, parts) = &self.groups[group as usize].members[member as usize];
            let complete = (0..parts.len() as u32).all(|p| hits.iter().any(|(hp, _, _)| *hp == p));
            if complete {
                for &(_, c, w) in hits {
                    match activated
                        .iter_mut()
                        .find(|(g, ac, _)| *g == group && *ac == c)
                    {
                        Some((_, _, aw)) => *aw = aw.max(w),
                        None => activated.push((group, c, w)),
                    }
                }
            }
        }
        sort_by_key(&mut activated, |a| (a.0, a.1));
        for (group, c, hit) in activated {
            let group = &self.groups[group as usize];
            let weight = hit * if group.forms { 1.0 } else { SYNONYM };
            for (member_lang, member) in &group.members {
                concepts[c].alternatives.push(Alternative {
                    lang: *member_lang,
                    weight: weight * factor(*member_lang),
                    words: member.clone(),
                    typed: false,
                });
            }
        }
        concepts
    }

    /// Whether some word of the texts or of the synonyms has one of these keys.
    fn has_key(&self, lang: Lang, keys: &Keys) -> bool {
        keys.0.iter().any(|(key, w)| {
            let lookup = format!("{}{key}", lang.code());
            *w >= 0.95
                && (self.by_key.contains_key(&lookup) || self.group_keys.contains_key(&lookup))
        })
    }

    /// The two parts of a Dutch compound whose parts are words the search knows, with
    /// their weight: `zelfmoordgedachten` → `zelfmoord` (0.7), `gedachten` (0.85). A
    /// linking `s` or `en` between them is left out. None when no split fits.
    fn compound_parts(&self, word: &str) -> Vec<(String, f32)> {
        if word.len() < 8 || !word.is_ascii() {
            return Vec::new();
        }
        let known = |w: &str| self.has_key(Lang::Nl, &words::keys(w, Lang::Nl, &self.lexicon));
        for at in (4..=word.len() - 4).rev() {
            let (left, right) = word.split_at(at);
            let lefts = [
                Some(left),
                left.strip_suffix('s').filter(|l| l.len() >= 4),
                left.strip_suffix("en").filter(|l| l.len() >= 4),
            ];
            for l in lefts.into_iter().flatten() {
                let (kl, kr) = (known(l), known(right));
                if kl || kr {
                    let mut parts = Vec::new();
                    if kl {
                        parts.push((l.to_string(), 0.7));
                    }
                    if kr {
                        parts.push((right.to_string(), 0.85));
                    }
                    if kl && kr {
                        return parts;
                    }
                }
            }
        }
        Vec::new()
    }

    /// Adds to `sim` the words that share a key with `keys`, each at most `weight`.
    fn exact(&self, lang: Lang, keys: &Keys, weight: f32, sim: &mut [f32]) {
        for (key, kw) in &keys.0 {
            let lookup = format!("{}{key}", lang.code());
            for &(id, w) in self.by_key.get(&lookup).into_iter().flatten() {
                let s = kw * w * weight;
                if s > sim[id as usize] {
                    sim[id as usize] = s;
                }
            }
        }
    }

    /// How close a concept is to every word of the vocabulary, 0 to 1.
    fn similarities(&self, concept: &Concept, partial: bool) -> Vec<f32> {
        let mut sim = vec![0.0f32; self.vocab.len()];
        for alt in &concept.alternatives {
            if alt.typed {
                let keys = &alt.words[0];
                let before = sim.iter().filter(|&&s| s >= alt.weight * 0.99).count();
                self.exact(alt.lang, keys, alt.weight, &mut sim);
                // A word the texts have as it is typed is no typo of another word
                // ("schold" is not "school"), and is typed in full ("plein" is not the
                // beginning of "pleinverbod").
                let known = sim.iter().filter(|&&s| s >= alt.weight * 0.99).count() > before
                    || self.lexicon.knows(keys.primary(), alt.lang);
                for (id, word) in self.vocab.iter().enumerate() {
                    if word.lang == alt.lang && sim[id] < alt.weight * 0.9 {
                        let s = loose(keys, &word.keys, partial && !known, !known) * alt.weight;
                        if s > sim[id] {
                            sim[id] = s;
                        }
                    }
                }
            } else {
                // A phrase ("fysiek ingrijpen") counts by its parts: an entry that has all
                // of them gets the whole weight.
                let part = alt.weight / alt.words.len() as f32;
                for keys in &alt.words {
                    self.exact(alt.lang, keys, part, &mut sim);
                }
            }
        }
        sim
    }
}

impl Group {
    fn new(group: &WordGroup, lexicon: &Lexicon) -> Group {
        let mut members = Vec::new();
        for lang in [Lang::Nl, Lang::En] {
            for member in group.words(lang) {
                let parts: Vec<Keys> = split(member)
                    .iter()
                    .filter(|w| !words::is_stop_in(w, lang))
                    .map(|w| words::keys(w, lang, lexicon))
                    .collect();
                if !parts.is_empty() {
                    members.push((lang, parts));
                }
            }
        }
        Group {
            forms: group.forms,
            members,
        }
    }
}

/// How close a typed word is to a word of an entry beyond sharing a key (see
/// [`Keys::shared`]): less for a compound that starts or ends with it, one wrong letter,
/// or a word still being typed; 0 for no match.
fn loose(typed: &Keys, word: &Keys, partial: bool, typos: bool) -> f32 {
    let wp = word.primary();
    let tp = typed.primary();
    let mut best = 0.0f32;
    if partial && tp.len() >= 2 && wp.starts_with(tp) {
        best = if tp.len() >= 4 { 0.75 } else { 0.6 };
    }
    for (key, weight) in typed.0.iter().take(4) {
        let len = key.len();
        if len < 4 || wp.len() <= len {
            continue;
        }
        if wp.starts_with(key.as_str()) {
            // "pest" in "pestprotocol": the first part of a compound says less about it
            // than the last (a pestprotocol is a protocol).
            best = best.max(0.65 * weight);
        } else if wp.len() >= len + 3 && wp.ends_with(key.as_str()) {
            // "bijdrage" in "ouderbijdrage", "verbod" in "schoolverbod".
            best = best.max(0.75 * weight);
        }
    }
    if typos && best < 0.75 && tp.len() >= 5 {
        let typo = word.0.iter().take(3).any(|(w, _)| {
            typed.0.iter().take(3).any(|(t, _)| {
                t.len() >= 5
                    && t.len().abs_diff(w.len()) <= 1
                    && one_edit_apart(t.as_bytes(), w.as_bytes())
            })
        });
        if typo {
            best = best.max(0.75);
        }
    }
    if best < 0.5 && wp.len() >= 4 && tp.len() > wp.len() && wp.len() * 3 >= tp.len() {
        // The user typed a compound of a word the entry has ("oudergesprek" → "gesprek"),
        // worth as much as the part of it that matched.
        let share = wp.len() as f32 / tp.len() as f32;
        if tp.starts_with(wp) || (wp.len() >= 5 && tp.ends_with(wp)) {
            best = best.max(0.7 * share);
        }
    }
    best
}

/// The search terms of a text as the query sees them: folded words without stop words of
/// either language, each as its first key (the word evened out).
pub fn terms(text: &str, lang: Lang) -> Vec<String> {
    let lexicon = Lexicon::default();
    split(text)
        .into_iter()
        .filter(|w| !is_stop(w) && !words::is_particle(w))
        .map(|w| words::keys(&w, lang, &lexicon).primary().to_string())
        .collect()
}

/// Whether two words meet as forms of one word, without synonyms or irregular forms
/// (`ouders` / `ouder`, `scheldt` / `schelden`, `kindjes` / `kind`).
pub fn same_word(a: &str, b: &str, lang: Lang) -> bool {
    let lexicon = Lexicon::default();
    let (a, b) = (fold(a), fold(b));
    words::keys(&a, lang, &lexicon).shared(&words::keys(&b, lang, &lexicon)) >= 0.95
}

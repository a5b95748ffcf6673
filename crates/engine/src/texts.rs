//! The texts of each language, kept apart from the content that uses them.
//!
//! A [`Text`](super::Text) is a place in each language's list. The widget downloads the
//! texts of the language it shows, and those of the other language only when someone
//! switches; until a language's texts are there, its places read as empty.

use std::sync::RwLock;

use super::model::Lang;

/// The character that ends every entry of a language's texts as the build writes them.
pub const END: char = '\0';

struct Table {
    texts: Vec<&'static str>,
    /// The first place of each reservation made by [`reserve`], and whether it is filled.
    reserved: Vec<(u32, bool)>,
}

static TABLES: [RwLock<Table>; 2] = [
    RwLock::new(Table {
        texts: Vec::new(),
        reserved: Vec::new(),
    }),
    RwLock::new(Table {
        texts: Vec::new(),
        reserved: Vec::new(),
    }),
];

fn table(lang: Lang) -> &'static RwLock<Table> {
    &TABLES[lang.index()]
}

/// Adds one text and returns its place.
pub fn push(lang: Lang, text: &'static str) -> u32 {
    let mut t = table(lang).write().unwrap_or_else(|e| e.into_inner());
    t.texts.push(text);
    place(t.texts.len() - 1)
}

fn place(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 4 billion texts")
}

/// The text at `place`; empty while that language's texts are not there.
pub fn get(lang: Lang, place: u32) -> &'static str {
    let t = table(lang).read().unwrap_or_else(|e| e.into_inner());
    t.texts.get(place as usize).copied().unwrap_or_default()
}

/// Places reserved for texts that arrive later, e.g. by download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reserved {
    /// The language.
    pub lang: Lang,
    /// The first place.
    pub first: u32,
    /// How many places.
    pub count: u32,
}

/// Reserves `count` empty places for texts that [`fill`] puts in later.
pub fn reserve(lang: Lang, count: u32) -> Reserved {
    let mut t = table(lang).write().unwrap_or_else(|e| e.into_inner());
    let first = place(t.texts.len());
    t.texts.extend(std::iter::repeat_n("", count as usize));
    t.reserved.push((first, false));
    Reserved { lang, first, count }
}

/// Puts the texts (each ended by [`END`]) in the reserved places. Refuses texts that do not
/// fit exactly, e.g. a file from another build, and fills a place only once.
pub fn fill(reserved: Reserved, texts: &'static str) -> Result<(), String> {
    let entries: Vec<&'static str> = texts.split_terminator(END).collect();
    if entries.len() != reserved.count as usize {
        return Err(format!(
            "the {} texts have {} entries where {} were expected (a file from another build?)",
            reserved.lang.code(),
            entries.len(),
            reserved.count
        ));
    }
    let mut t = table(reserved.lang)
        .write()
        .unwrap_or_else(|e| e.into_inner());
    let Some(done) = t
        .reserved
        .iter_mut()
        .find(|(first, _)| *first == reserved.first)
        .map(|(_, done)| done)
    else {
        return Err("these places were never reserved".into());
    };
    if *done {
        return Err(format!(
            "the {} texts are there already",
            reserved.lang.code()
        ));
    }
    *done = true;
    let first = reserved.first as usize;
    t.texts[first..first + entries.len()].copy_from_slice(&entries);
    Ok(())
}

/// Whether the texts for these places are there.
pub fn filled(reserved: Reserved) -> bool {
    table(reserved.lang)
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .reserved
        .iter()
        .any(|&(first, done)| first == reserved.first && done)
}

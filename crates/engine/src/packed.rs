//! Reads the content back from the compact form the build writes it in.
//!
//! The build (`authoring::pack`) writes the checked content as a stream of small numbers,
//! a table of plain strings (ids, facts, links) and a table of texts per language. Every
//! string is stored once. A reference is 0 for "the next string not seen yet" (most strings
//! are used once, so the stream is mostly zeros and compresses well) or the place of an
//! earlier string plus one. Compared with Rust statics this leaves out a pointer and a length
//! per string, which made up a third of the compressed download. The plain strings stay
//! where they are in the binary; the texts of each language go to [`super::texts`], in places
//! reserved while reading, and may arrive later.

use super::codec::Pack;
use super::model::*;
use super::texts::{self, Reserved};

pub use super::texts::END;

/// Reads packed content. A mismatch between writer and reader is a bug in the build, so it
/// panics with a plain message rather than returning an error no user could act on.
pub struct Unpacker {
    numbers: &'static [u8],
    at: usize,
    plain: Vec<&'static str>,
    next_plain: usize,
    texts: [(Reserved, usize); 2],
    sources: &'static [Source],
}

/// The unsigned LEB128 number at `at`, moving `at` past it.
fn leb128(numbers: &[u8], at: &mut usize) -> usize {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let byte = *numbers.get(*at).expect("packed content ends too early");
        *at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return value;
        }
        shift += 7;
    }
}

/// The place a reference (see the module docs) points to; `next` counts the new ones.
fn resolve(reference: usize, next: &mut usize) -> usize {
    match reference {
        0 => {
            *next += 1;
            *next - 1
        }
        n => n - 1,
    }
}

impl Unpacker {
    /// A reader over the number stream and the plain strings; reserves the places of both
    /// languages' texts, for [`texts::fill`] with [`Unpacker::reserved`].
    pub fn new(numbers: &'static [u8], plain: &'static str) -> Self {
        let mut at = 0;
        let mut reserve = |lang| {
            let count = u32::try_from(leb128(numbers, &mut at)).expect("text count fits in u32");
            (texts::reserve(lang, count), 0)
        };
        let texts = [reserve(Lang::Nl), reserve(Lang::En)];
        Unpacker {
            numbers,
            at,
            plain: plain.split_terminator(END).collect(),
            next_plain: 0,
            texts,
            sources: &[],
        }
    }

    /// Where each language's texts go: Dutch, then English.
    pub fn reserved(&self) -> [Reserved; 2] {
        [self.texts[0].0, self.texts[1].0]
    }

    /// The next number.
    pub fn num(&mut self) -> usize {
        leb128(self.numbers, &mut self.at)
    }

    /// The value at the next number's place in `from`.
    pub(crate) fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        let i = self.num();
        *from.get(i).expect("packed content refers past a table")
    }

    /// The next plain string.
    pub fn str(&mut self) -> &'static str {
        let reference = self.num();
        let place = resolve(reference, &mut self.next_plain);
        self.plain
            .get(place)
            .expect("packed content refers past a table")
    }

    fn text_place(&mut self, lang: usize) -> u32 {
        let reference = self.num();
        let (reserved, next) = &mut self.texts[lang];
        let place = resolve(reference, next);
        assert!(
            place < reserved.count as usize,
            "packed content refers past a table"
        );
        reserved.first + place as u32
    }

    /// The next text in both languages.
    pub fn text(&mut self) -> Text {
        let nl = self.text_place(Lang::Nl.index());
        let en = self.text_place(Lang::En.index());
        Text::at(nl, en)
    }

    /// The next cited source.
    pub(crate) fn source(&mut self) -> &'static Source {
        let sources = self.sources;
        let i = self.num();
        sources
            .get(i)
            .expect("packed content refers past the sources")
    }

    /// Notes the list of all sources, once read, for [`Unpacker::source`].
    pub(crate) fn set_sources(&mut self, all: &'static [Source]) {
        self.sources = all;
    }

    /// The content, in the order `authoring::pack` wrote it.
    pub fn content(&mut self) -> Content {
        Content::unpack(self)
    }

    /// Checks that every number was read: a reader that stops early read something wrong.
    pub fn finish(self) {
        assert_eq!(
            self.at,
            self.numbers.len(),
            "packed content was not read to its end"
        );
    }
}

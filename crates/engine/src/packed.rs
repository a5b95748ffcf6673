//! Reads the content back from the compact form the build writes it in.
//!
//! The build (`authoring::pack`) writes the checked content as a stream of small numbers,
//! a table of plain strings (ids, facts, links) and a table of texts per language. Every
//! string is stored once. A reference is 0 for "the next string not seen yet" (most strings
//! are used once, so the stream is mostly zeros and compresses well) or the place of an
//! earlier string plus one. Compared with Rust statics this leaves out a pointer and a length
//! per string, which made up a third of the compressed download. The plain strings stay
//! where they are in the binary; the texts of each language go to the [`Texts`] the reader
//! makes, and may arrive later.

use std::any::Any;

use super::lang::Lang;
use super::texts::{Part, Text, Texts};

pub use super::texts::END;

/// Reads packed content. A mismatch between writer and reader is a bug in the build, so it
/// panics with a plain message rather than returning an error no user could act on.
pub struct Unpacker {
    numbers: &'static [u8],
    at: usize,
    plain: Vec<&'static str>,
    next_plain: usize,
    texts: &'static Texts,
    next_text: [usize; 2],
    /// Lists read earlier that later values refer to by place, e.g. the cited sources.
    lists: Vec<Box<dyn Any>>,
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
    /// A reader over the number stream and the plain strings; makes the [`Texts`] that
    /// every text it reads belongs to, for [`Texts::fill`] with [`Unpacker::texts`].
    pub fn new(numbers: &'static [u8], plain: &'static str) -> Self {
        let mut at = 0;
        let mut count = || u32::try_from(leb128(numbers, &mut at)).expect("text count fits in u32");
        let counts = [[count(), count()], [count(), count()]];
        // The first part's texts are referred to by place; new ones in the stream are the
        // later part's, in order.
        let next_text = counts.map(|[first, _]| first as usize);
        Unpacker {
            numbers,
            at,
            plain: plain.split_terminator(END).collect(),
            next_plain: 0,
            texts: Texts::expecting(counts),
            next_text,
            lists: Vec::new(),
        }
    }

    /// Where the texts of what this reader reads go.
    pub fn texts(&self) -> &'static Texts {
        self.texts
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

    fn text_place(&mut self, lang: Lang) -> u32 {
        let reference = self.num();
        let place = resolve(reference, &mut self.next_text[lang.index()]);
        let place = u32::try_from(place).expect("packed content refers past a table");
        let total = self.texts.count(lang, Part::First) + self.texts.count(lang, Part::Later);
        assert!(place < total, "packed content refers past a table");
        place
    }

    /// The next text in both languages.
    pub fn text(&mut self) -> Text {
        let nl = self.text_place(Lang::Nl);
        let en = self.text_place(Lang::En);
        Text::at(self.texts, nl, en)
    }

    /// Keeps a list just read, for later values that refer to its items ([`Unpacker::listed`]).
    pub fn keep_list<T: 'static>(&mut self, list: &'static [T]) {
        self.lists.push(Box::new(list));
    }

    /// The item of a kept list that the next number refers to.
    pub fn listed<T: 'static>(&mut self) -> &'static T {
        let list = self
            .lists
            .iter()
            .find_map(|list| list.downcast_ref::<&'static [T]>())
            .copied()
            .expect("packed content refers to a list before it is read");
        let i = self.num();
        list.get(i).expect("packed content refers past a list")
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

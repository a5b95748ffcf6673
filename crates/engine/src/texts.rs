//! The texts of each language, kept apart from the content that uses them.
//!
//! A [`Text`] is a place in each language's list of the [`Texts`] it belongs to. The widget
//! downloads the texts of the language it shows, and those of the other language only when
//! someone switches; until a language's texts are there, its places read as empty.

use std::sync::OnceLock;

use super::lang::Lang;

/// The character that ends every entry of a language's texts as the build writes them.
pub const END: char = '\0';

/// The two parts of a language's texts: what the screens up to the questions need (the
/// screen texts, topics, questions, banners), and the rest (tips, cases, quick answers),
/// which the widget can download after the first question is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Up to and with the questions.
    First,
    /// Tips, cases and quick answers.
    Later,
}

impl Part {
    /// Both parts, first to later.
    pub const ALL: [Part; 2] = [Part::First, Part::Later];

    fn index(self) -> usize {
        match self {
            Part::First => 0,
            Part::Later => 1,
        }
    }

    /// The name used for it in file names and by the loader: `first` or `later`.
    pub fn code(self) -> &'static str {
        match self {
            Part::First => "first",
            Part::Later => "later",
        }
    }
}

/// The texts of one body of content, per language and [`Part`]: reserved when the content
/// is read and filled once, when that part arrives.
pub struct Texts {
    /// How many texts each language has in each part.
    counts: [[u32; 2]; 2],
    parts: [[OnceLock<Vec<&'static str>>; 2]; 2],
}

impl Texts {
    /// Empty tables that expect this many texts per language (Dutch, English) and part
    /// (first, later). They live as long as the content that refers to them, which is for
    /// good.
    pub fn expecting(counts: [[u32; 2]; 2]) -> &'static Texts {
        Box::leak(Box::new(Texts {
            counts,
            parts: Default::default(),
        }))
    }

    /// Puts one part of the texts of `lang` (each ended by [`END`]) in its places. Refuses
    /// texts that do not fit exactly, e.g. a file from another build, and a part that is
    /// there already.
    pub fn fill(&self, lang: Lang, part: Part, texts: &'static str) -> Result<(), String> {
        let entries: Vec<&'static str> = texts.split_terminator(END).collect();
        let expected = self.count(lang, part);
        if entries.len() != expected as usize {
            return Err(format!(
                "the {} texts ({} part) have {} entries where {expected} were expected (a file from another build?)",
                lang.code(),
                part.code(),
                entries.len(),
            ));
        }
        self.parts[lang.index()][part.index()]
            .set(entries)
            .map_err(|_| {
                format!(
                    "the {} texts ({} part) are there already",
                    lang.code(),
                    part.code()
                )
            })
    }

    /// Whether this part of the texts of `lang` is there.
    pub fn has_part(&self, lang: Lang, part: Part) -> bool {
        self.parts[lang.index()][part.index()].get().is_some()
    }

    /// How many texts of `lang` these tables expect in `part`.
    pub fn count(&self, lang: Lang, part: Part) -> u32 {
        self.counts[lang.index()][part.index()]
    }

    /// The text at `place` (the first part's places come first); empty while its part is
    /// not there.
    fn get(&self, lang: Lang, place: u32) -> &'static str {
        let first = self.count(lang, Part::First);
        let (part, at) = if place < first {
            (Part::First, place)
        } else {
            (Part::Later, place - first)
        };
        self.parts[lang.index()][part.index()]
            .get()
            .and_then(|texts| texts.get(at as usize).copied())
            .unwrap_or_default()
    }
}

/// A text in both languages of the widget: its place in each language's list of its
/// [`Texts`], so a language can arrive later than the content.
#[derive(Clone, Copy)]
pub struct Text {
    texts: &'static Texts,
    places: [u32; 2],
}

impl Text {
    /// A text with its own tables, filled at once: the Dutch (taalniveau B1) and the English.
    /// For content built at run time; packed content reads its texts with [`Text::at`].
    pub fn new(nl: &'static str, en: &'static str) -> Text {
        let texts = Texts::expecting([[1, 0], [1, 0]]);
        for (lang, text) in [(Lang::Nl, nl), (Lang::En, en)] {
            let _ = texts.parts[lang.index()][0].set(vec![text]);
            let _ = texts.parts[lang.index()][1].set(Vec::new());
        }
        Text {
            texts,
            places: [0, 0],
        }
    }

    /// The text at these places of `texts`.
    pub fn at(texts: &'static Texts, nl: u32, en: u32) -> Text {
        Text {
            texts,
            places: [nl, en],
        }
    }

    /// The text in the given language; empty while that language's texts are not there.
    pub fn get(&self, lang: Lang) -> &'static str {
        self.texts.get(lang, self.places[lang.index()])
    }

    /// The Dutch text.
    pub fn nl(&self) -> &'static str {
        self.get(Lang::Nl)
    }

    /// The English text.
    pub fn en(&self) -> &'static str {
        self.get(Lang::En)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.nl() == other.nl() && self.en() == other.en()
    }
}

impl Eq for Text {}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text")
            .field("nl", &self.nl())
            .field("en", &self.en())
            .finish()
    }
}

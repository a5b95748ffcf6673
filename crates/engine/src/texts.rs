//! The texts of each language, kept apart from the content that uses them.
//!
//! A [`Text`] is a place in each language's list of the [`Texts`] it belongs to. The widget
//! downloads the texts of the language it shows, and those of the other language only when
//! someone switches; until a language's texts are there, its places read as empty.

use std::sync::OnceLock;

use super::lang::Lang;

/// The character that ends every entry of a language's texts as the build writes them.
pub const END: char = '\0';

/// The texts of one body of content, per language: reserved when the content is read and
/// filled once, when that language's texts arrive.
pub struct Texts {
    counts: [u32; 2],
    langs: [OnceLock<Vec<&'static str>>; 2],
}

impl Texts {
    /// Empty tables that expect this many Dutch and English texts. They live as long as
    /// the content that refers to them, which is for good.
    pub fn expecting(nl: u32, en: u32) -> &'static Texts {
        Box::leak(Box::new(Texts {
            counts: [nl, en],
            langs: [OnceLock::new(), OnceLock::new()],
        }))
    }

    /// Puts the texts of `lang` (each ended by [`END`]) in their places. Refuses texts that
    /// do not fit exactly, e.g. a file from another build, and texts that are there already.
    pub fn fill(&self, lang: Lang, texts: &'static str) -> Result<(), String> {
        let entries: Vec<&'static str> = texts.split_terminator(END).collect();
        let expected = self.counts[lang.index()];
        if entries.len() != expected as usize {
            return Err(format!(
                "the {} texts have {} entries where {expected} were expected (a file from another build?)",
                lang.code(),
                entries.len(),
            ));
        }
        self.langs[lang.index()]
            .set(entries)
            .map_err(|_| format!("the {} texts are there already", lang.code()))
    }

    /// Whether the texts of `lang` are there.
    pub fn has(&self, lang: Lang) -> bool {
        self.langs[lang.index()].get().is_some()
    }

    /// How many texts of `lang` these tables expect.
    pub fn count(&self, lang: Lang) -> u32 {
        self.counts[lang.index()]
    }

    /// The text at `place`; empty while that language's texts are not there.
    fn get(&self, lang: Lang, place: u32) -> &'static str {
        self.langs[lang.index()]
            .get()
            .and_then(|texts| texts.get(place as usize).copied())
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
        let texts = Texts::expecting(1, 1);
        let _ = texts.langs[Lang::Nl.index()].set(vec![nl]);
        let _ = texts.langs[Lang::En.index()].set(vec![en]);
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

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

use super::model::*;
use super::texts::{self, Reserved};

pub use super::texts::END;

pub const QUESTION_KINDS: [QuestionKind; 2] = [QuestionKind::Single, QuestionKind::Multiple];
/// See [`QUESTION_KINDS`].
pub const TIP_GROUPS: [TipGroup; 2] = [TipGroup::Good, TipGroup::Todo];
/// See [`QUESTION_KINDS`].
pub const TIP_KINDS: [TipKind; 3] = [TipKind::Duty, TipKind::Advice, TipKind::InPreparation];
/// See [`QUESTION_KINDS`].
pub const URGENCIES: [Urgency; 3] = [Urgency::Urgent, Urgency::High, Urgency::Normal];
/// See [`QUESTION_KINDS`].
pub const CONTACT_REFS: [ContactRef; 6] = [
    ContactRef::Adviespunt,
    ContactRef::Calamiteitenteam,
    ContactRef::Emergency,
    ContactRef::VeiligThuis,
    ContactRef::Vertrouwensinspecteur,
    ContactRef::Csg,
];

/// Condition tags in the packed form.
pub mod condition_tag {
    /// [`super::Condition::Fact`].
    pub const FACT: usize = 0;
    /// [`super::Condition::All`].
    pub const ALL: usize = 1;
    /// [`super::Condition::Any`].
    pub const ANY: usize = 2;
    /// [`super::Condition::Not`].
    pub const NOT: usize = 3;
}

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

fn leak<T>(values: Vec<T>) -> &'static [T] {
    Box::leak(values.into_boxed_slice())
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
    fn num(&mut self) -> usize {
        leb128(self.numbers, &mut self.at)
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        let i = self.num();
        *from.get(i).expect("packed content refers past a table")
    }

    fn flag(&mut self) -> bool {
        self.num() != 0
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

    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> T) -> &'static [T] {
        let n = self.num();
        leak((0..n).map(|_| each(self)).collect())
    }

    fn option<T>(&mut self, each: impl FnOnce(&mut Self) -> T) -> Option<T> {
        self.flag().then(|| each(self))
    }

    fn strs(&mut self) -> &'static [&'static str] {
        self.list(Self::str)
    }

    fn sectors(&mut self) -> &'static [Sector] {
        self.list(|r| r.pick(&Sector::ALL))
    }

    fn roles(&mut self) -> &'static [Role] {
        self.list(|r| r.pick(&Role::ALL))
    }

    fn source(&mut self) -> &'static Source {
        let sources = self.sources;
        let i = self.num();
        sources
            .get(i)
            .expect("packed content refers past the sources")
    }

    fn source_refs(&mut self) -> &'static [&'static Source] {
        self.list(Self::source)
    }

    fn condition(&mut self) -> Condition {
        match self.num() {
            condition_tag::FACT => Condition::Fact(self.str()),
            condition_tag::ALL => Condition::All(self.list(Self::condition)),
            condition_tag::ANY => Condition::Any(self.list(Self::condition)),
            condition_tag::NOT => Condition::Not(Box::leak(Box::new(self.condition()))),
            tag => panic!("packed content has unknown condition tag {tag}"),
        }
    }

    fn question(&mut self) -> Question {
        Question {
            id: self.str(),
            kind: self.pick(&QUESTION_KINDS),
            text: self.text(),
            help: self.option(Self::text),
            options: self.list(|r| AnswerOption {
                id: r.str(),
                text: r.text(),
                facts: r.strs(),
                exclusive: r.flag(),
            }),
            dont_know: self.option(Self::strs),
            when: self.option(Self::condition),
            sectors: self.sectors(),
            roles: self.roles(),
        }
    }

    fn tip(&mut self) -> Tip {
        Tip {
            id: self.str(),
            group: self.pick(&TIP_GROUPS),
            kind: self.pick(&TIP_KINDS),
            urgency: self.pick(&URGENCIES),
            when: self.condition(),
            sectors: self.sectors(),
            roles: self.roles(),
            sources: self.source_refs(),
            see_topic: self.option(Self::str),
            title: self.text(),
            text: self.text(),
            phase: match self.num() {
                0 => None,
                n => Some(u8::try_from(n - 1).expect("packed phase fits in u8")),
            },
        }
    }

    fn interrupt(&mut self) -> Interrupt {
        Interrupt {
            id: self.str(),
            when: self.condition(),
            sectors: self.sectors(),
            roles: self.roles(),
            contact: self.pick(&CONTACT_REFS),
            title: self.text(),
            text: self.text(),
            sources: self.source_refs(),
        }
    }

    fn case(&mut self) -> Case {
        Case {
            id: self.str(),
            sector: self.pick(&Sector::ALL),
            role: self.pick(&Role::ALL),
            title: self.text(),
            text: self.text(),
            answers: self.list(|r| CaseAnswer {
                question: r.str(),
                options: r.strs(),
                why: r.text(),
            }),
        }
    }

    fn topic(&mut self) -> Topic {
        Topic {
            id: self.str(),
            title: self.text(),
            summary: self.text(),
            edition: self.str(),
            review: self.option(|r| Review {
                by: r.str(),
                date: r.str(),
                edition: r.str(),
            }),
            questions: self.list(Self::question),
            tips: self.list(Self::tip),
            interrupts: self.list(Self::interrupt),
            phases: self.list(|r| Phase {
                id: r.str(),
                title: r.text(),
            }),
            discuss: self.list(|r| Discussion {
                when: r.option(Self::condition),
                text: r.text(),
            }),
            cases: self.list(Self::case),
        }
    }

    fn contact(&mut self) -> Contact {
        Contact {
            name: self.text(),
            purpose: self.text(),
            phone: self.str(),
            phone_link: self.str(),
            hours: self.text(),
            email: self.option(Self::str),
            url: self.option(Self::str),
            source: self.source(),
        }
    }

    /// The content, in the order `authoring::pack` wrote it.
    pub fn content(&mut self) -> Content {
        self.sources = self.list(|r| Source {
            id: r.str(),
            title: r.str(),
            publisher: r.str(),
            url: r.str(),
        });
        Content {
            topics: self.list(Self::topic),
            sources: self.sources,
            quick: self.list(|r| Quick {
                id: r.str(),
                topic: r.str(),
                question: r.text(),
                answer: r.text(),
                keywords_nl: r.strs(),
                keywords_en: r.strs(),
                sources: r.source_refs(),
            }),
            contacts: Contacts {
                adviespunt: self.contact(),
                calamiteitenteam: self.contact(),
                emergency: self.contact(),
                veilig_thuis: self.contact(),
                vertrouwensinspecteur: self.contact(),
                csg: self.contact(),
            },
            glossary: self.list(|r| Term {
                forms: r.text(),
                explain: r.text(),
            }),
            synonyms: self.list(|r| WordGroup {
                forms: r.flag(),
                nl: r.strs(),
                en: r.strs(),
            }),
        }
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

//! Writes checked content in the compact form `engine::packed` reads, plus the Rust that
//! embeds it.
//!
//! Every content type writes itself field by field (`engine::codec`, from the one declaration
//! of each type); this file holds the string tables and the number stream they write to. The
//! round trip is tested in `tests/packed.rs`.

use std::any::Any;
use std::collections::HashMap;
use std::fmt::Write;

use zelfcheck_engine::codec::{Pack, Writer};
use zelfcheck_engine::packed::END;
use zelfcheck_engine::texts::Part;
use zelfcheck_engine::{Content, Lang, Text};

/// The packed content: a number stream and three string tables.
#[derive(Debug, Default)]
pub struct Packed {
    /// Counts, choices and places in the tables, as unsigned LEB128.
    pub numbers: Vec<u8>,
    /// Ids, facts, dates, phone numbers and links.
    pub plain: String,
    /// Dutch texts, both parts: the first part's entries come first.
    pub nl: String,
    /// English texts, both parts, the same way.
    pub en: String,
    /// How many entries of `nl` and `en` make up the first part.
    pub first: [usize; 2],
}

/// One string table: each distinct string once, ended by [`END`].
#[derive(Default)]
struct Table {
    text: String,
    places: HashMap<&'static str, usize>,
}

impl Table {
    /// The reference to write: 0 for a string not seen before, else its place plus one.
    fn refer(&mut self, s: &'static str) -> usize {
        assert!(
            !s.contains(END),
            "content text contains a NUL character: {s:?}"
        );
        if let Some(place) = self.places.get(s) {
            return place + 1;
        }
        self.places.insert(s, self.places.len());
        self.text.push_str(s);
        self.text.push(END);
        0
    }
}

#[derive(Default)]
struct Packer {
    numbers: Vec<u8>,
    plain: Table,
    nl: Table,
    en: Table,
    /// Lists written earlier that later values refer to by place, e.g. the cited sources.
    lists: Vec<Box<dyn Any>>,
}

impl Writer for Packer {
    fn num(&mut self, mut value: usize) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.numbers.push(byte);
                return;
            }
            self.numbers.push(byte | 0x80);
        }
    }

    fn str(&mut self, s: &'static str) {
        let i = self.plain.refer(s);
        self.num(i);
    }

    fn text(&mut self, t: &Text) {
        let nl = self.nl.refer(t.nl());
        let en = self.en.refer(t.en());
        self.num(nl);
        self.num(en);
    }

    fn keep_list<T: PartialEq + 'static>(&mut self, list: &'static [T]) {
        self.lists.push(Box::new(list));
    }

    fn listed<T: PartialEq + 'static>(&mut self, item: &T) {
        let i = self
            .lists
            .iter()
            .find_map(|list| list.downcast_ref::<&'static [T]>())
            .and_then(|list| list.iter().position(|listed| listed == item))
            .expect("every item referred to is in a list written before it");
        self.num(i);
    }
}

/// The content followed by the screen texts, in the order of `ui`. The texts the screens
/// up to the questions need ([`first_part`]) take the first places of each language's
/// table, so they can be downloaded on their own.
pub fn pack(content: &Content, ui: &[(String, Text)]) -> Packed {
    let mut p = Packer::default();
    for text in first_part(content, ui) {
        p.nl.refer(text.nl());
        p.en.refer(text.en());
    }
    let first = [p.nl.places.len(), p.en.places.len()];
    content.pack(&mut p);
    for (_, text) in ui {
        p.text(text);
    }
    // The reader reserves each language's places, per part, before it reads the rest.
    let mut counts = Packer::default();
    for (table, first) in [&p.nl, &p.en].into_iter().zip(first) {
        counts.num(first);
        counts.num(table.places.len() - first);
    }
    counts.numbers.extend(p.numbers);
    Packed {
        numbers: counts.numbers,
        plain: p.plain.text,
        nl: p.nl.text,
        en: p.en.text,
        first,
    }
}

/// The texts of the screens up to and with the questions: the screen texts, the contacts,
/// each topic's title, summary, line for yourself, questions and banners, the glossary (its
/// terms are explained inside questions) and the triage questions. Tips, phases, cases,
/// discussion points and quick questions are left for the later part.
pub fn first_part(content: &Content, ui: &[(String, Text)]) -> Vec<Text> {
    let mut texts: Vec<Text> = ui.iter().map(|(_, text)| *text).collect();
    let c = &content.contacts;
    for contact in [
        &c.adviespunt,
        &c.calamiteitenteam,
        &c.emergency,
        &c.veilig_thuis,
        &c.vertrouwensinspecteur,
        &c.csg,
    ] {
        texts.extend([contact.name, contact.purpose, contact.hours]);
    }
    for topic in content.topics {
        texts.extend([topic.title, topic.summary]);
        texts.extend(topic.for_yourself);
        for question in topic.questions {
            texts.push(question.text);
            texts.extend(question.help);
            texts.extend(question.options.iter().map(|o| o.text));
        }
        for interrupt in topic.interrupts {
            texts.extend([interrupt.title, interrupt.text]);
        }
    }
    for term in content.glossary {
        texts.extend([term.forms, term.explain]);
    }
    for question in content.triage {
        texts.push(question.text);
        texts.extend(question.options.iter().map(|o| o.text));
    }
    texts
}

/// The file names the number stream and the plain strings are written to, next to the
/// generated Rust; each language's texts go to [`text_file`].
pub const FILES: [&str; 2] = ["content.bin", "content-plain.txt"];

/// The file one part of one language's texts is written to, e.g. `content-nl-later.txt`.
pub fn text_file(lang: Lang, part: Part) -> String {
    format!("content-{}-{}.txt", lang.code(), part.code())
}

impl Packed {
    /// Every file the build writes, with its name: the number stream and the plain strings
    /// ([`FILES`]), and each part of each language's texts ([`text_file`]).
    pub fn files(&self) -> Vec<(String, &[u8])> {
        let mut files = vec![
            (FILES[0].to_string(), self.numbers.as_slice()),
            (FILES[1].to_string(), self.plain.as_bytes()),
        ];
        for lang in [Lang::Nl, Lang::En] {
            for part in Part::ALL {
                files.push((text_file(lang, part), self.texts(lang, part).as_bytes()));
            }
        }
        files
    }

    /// One part of one language's texts, each entry ended by [`END`].
    pub fn texts(&self, lang: Lang, part: Part) -> &str {
        let (table, first) = match lang {
            Lang::Nl => (&self.nl, self.first[0]),
            Lang::En => (&self.en, self.first[1]),
        };
        let cut: usize = table
            .split_terminator(END)
            .take(first)
            .map(|entry| entry.len() + END.len_utf8())
            .sum();
        match part {
            Part::First => &table[..cut],
            Part::Later => &table[cut..],
        }
    }
}

/// Rust source defining the `Ui` struct, `unpack()`, which reads the numbers and plain
/// strings from `OUT_DIR`, and, for native builds only, `TEXTS` with both languages' texts
/// per part (the widget downloads them).
pub fn rust_source(ui: &[(String, Text)]) -> String {
    let include =
        |kind: &str, file: &str| format!("{kind}!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))");
    let mut out = String::from(
        "// Generated from content/ by build.rs. Do not edit.\n\n\
         /// The texts of the screens, from `content/ui.toml`.\n\
         #[derive(Debug, Clone, Copy)]\npub struct Ui {\n",
    );
    for (key, _) in ui {
        let _ = writeln!(out, "    /// `{key}` in ui.toml.\n    pub {key}: Text,");
    }
    let _ = writeln!(
        out,
        "}}\n\n/// Reads the packed content and screen texts; and the tables their texts go in.\n\
         fn unpack() -> (Content, Ui, &'static Texts) {{\n    \
         let mut r = zelfcheck_engine::packed::Unpacker::new({}, {});\n    \
         let content = <Content as zelfcheck_engine::codec::Pack>::unpack(&mut r);\n    let ui = Ui {{",
        include("include_bytes", FILES[0]),
        include("include_str", FILES[1]),
    );
    for (key, _) in ui {
        let _ = writeln!(out, "        {key}: r.text(),");
    }
    let _ = writeln!(
        out,
        "    }};\n    let texts = r.texts();\n    r.finish();\n    (content, ui, texts)\n}}\n\n\
         /// Both languages' texts (Dutch, English; first and later part), built in for native\n\
         /// tools; the widget downloads them.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         const TEXTS: [[&str; 2]; 2] = [[{}, {}], [{}, {}]];",
        include("include_str", &text_file(Lang::Nl, Part::First)),
        include("include_str", &text_file(Lang::Nl, Part::Later)),
        include("include_str", &text_file(Lang::En, Part::First)),
        include("include_str", &text_file(Lang::En, Part::Later)),
    );
    out
}

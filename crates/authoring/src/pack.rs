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
use zelfcheck_engine::{Content, Text};

/// The packed content: a number stream and three string tables.
#[derive(Debug, Default)]
pub struct Packed {
    /// Counts, choices and places in the tables, as unsigned LEB128.
    pub numbers: Vec<u8>,
    /// Ids, facts, dates, phone numbers and links.
    pub plain: String,
    /// Dutch texts.
    pub nl: String,
    /// English texts.
    pub en: String,
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

/// The content followed by the screen texts, in the order of `ui`.
pub fn pack(content: &Content, ui: &[(String, Text)]) -> Packed {
    let mut p = Packer::default();
    content.pack(&mut p);
    for (_, text) in ui {
        p.text(text);
    }
    // The reader reserves each language's places before it reads the rest.
    let mut counts = Packer::default();
    counts.num(p.nl.places.len());
    counts.num(p.en.places.len());
    counts.numbers.extend(p.numbers);
    Packed {
        numbers: counts.numbers,
        plain: p.plain.text,
        nl: p.nl.text,
        en: p.en.text,
    }
}

/// The file names the packed parts are written to, next to the generated Rust.
pub const FILES: [&str; 4] = [
    "content.bin",
    "content-plain.txt",
    "content-nl.txt",
    "content-en.txt",
];

impl Packed {
    /// The four parts, in the order of [`FILES`].
    pub fn parts(&self) -> [&[u8]; 4] {
        [
            &self.numbers,
            self.plain.as_bytes(),
            self.nl.as_bytes(),
            self.en.as_bytes(),
        ]
    }
}

/// Rust source defining the `Ui` struct, `unpack()`, which reads the numbers and plain
/// strings from `OUT_DIR`, and, for native builds only, `TEXTS` with both languages' texts
/// (the widget downloads them).
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
         /// Both languages' texts, built in for native tools; the widget downloads them.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         const TEXTS: [&str; 2] = [{}, {}];",
        include("include_str", FILES[2]),
        include("include_str", FILES[3]),
    );
    out
}

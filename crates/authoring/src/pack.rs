//! Writes checked content in the compact form `engine::packed` reads, plus the Rust that
//! embeds it.
//!
//! The order of writing here is the order of reading there, field by field; the round trip
//! is tested in `tests/packed.rs`.

use std::collections::HashMap;
use std::fmt::Write;

use zelfcheck_engine::packed::{
    CONTACT_REFS, END, QUESTION_KINDS, TIP_GROUPS, TIP_KINDS, URGENCIES, condition_tag,
};
use zelfcheck_engine::*;

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
struct Packer<'c> {
    numbers: Vec<u8>,
    plain: Table,
    nl: Table,
    en: Table,
    sources: Option<&'c [Source]>,
}

fn place<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter()
        .position(|v| v == value)
        .expect("every enum value has a packed number")
}

impl<'c> Packer<'c> {
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

    fn flag(&mut self, on: bool) {
        self.num(usize::from(on));
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

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.num(items.len());
        for item in items {
            each(self, item);
        }
    }

    fn option<T>(&mut self, value: Option<&T>, each: impl FnOnce(&mut Self, &T)) {
        self.flag(value.is_some());
        if let Some(v) = value {
            each(self, v);
        }
    }

    fn strs(&mut self, items: &[&'static str]) {
        self.list(items, |p, s| p.str(s));
    }

    fn sectors(&mut self, items: &[Sector]) {
        self.list(items, |p, s| p.num(place(&Sector::ALL, s)));
    }

    fn roles(&mut self, items: &[Role]) {
        self.list(items, |p, r| p.num(place(&Role::ALL, r)));
    }

    fn source(&mut self, source: &Source) {
        let all = self.sources.expect("sources are written first");
        let i = all
            .iter()
            .position(|s| s.id == source.id)
            .expect("every cited source is listed");
        self.num(i);
    }

    fn source_refs(&mut self, items: &[&'static Source]) {
        self.list(items, |p, s| p.source(s));
    }

    fn condition(&mut self, c: &Condition) {
        match c {
            Condition::Fact(f) => {
                self.num(condition_tag::FACT);
                self.str(f);
            }
            Condition::All(parts) => {
                self.num(condition_tag::ALL);
                self.list(parts, Self::condition);
            }
            Condition::Any(parts) => {
                self.num(condition_tag::ANY);
                self.list(parts, Self::condition);
            }
            Condition::Not(inner) => {
                self.num(condition_tag::NOT);
                self.condition(inner);
            }
        }
    }

    fn question(&mut self, q: &Question) {
        self.str(q.id);
        self.num(place(&QUESTION_KINDS, &q.kind));
        self.text(&q.text);
        self.option(q.help.as_ref(), Self::text);
        self.list(q.options, |p, o| {
            p.str(o.id);
            p.text(&o.text);
            p.strs(o.facts);
            p.flag(o.exclusive);
        });
        self.option(q.dont_know.as_ref(), |p, f| p.strs(f));
        self.option(q.when.as_ref(), Self::condition);
        self.sectors(q.sectors);
        self.roles(q.roles);
    }

    fn tip(&mut self, t: &Tip) {
        self.str(t.id);
        self.num(place(&TIP_GROUPS, &t.group));
        self.num(place(&TIP_KINDS, &t.kind));
        self.num(place(&URGENCIES, &t.urgency));
        self.condition(&t.when);
        self.sectors(t.sectors);
        self.roles(t.roles);
        self.source_refs(t.sources);
        self.option(t.see_topic.as_ref(), |p, s| p.str(s));
        self.text(&t.title);
        self.text(&t.text);
        self.num(t.phase.map_or(0, |p| usize::from(p) + 1));
    }

    fn interrupt(&mut self, i: &Interrupt) {
        self.str(i.id);
        self.condition(&i.when);
        self.sectors(i.sectors);
        self.roles(i.roles);
        self.num(place(&CONTACT_REFS, &i.contact));
        self.text(&i.title);
        self.text(&i.text);
        self.source_refs(i.sources);
    }

    fn case(&mut self, c: &Case) {
        self.str(c.id);
        self.num(place(&Sector::ALL, &c.sector));
        self.num(place(&Role::ALL, &c.role));
        self.text(&c.title);
        self.text(&c.text);
        self.list(c.answers, |p, a| {
            p.str(a.question);
            p.strs(a.options);
            p.text(&a.why);
        });
    }

    fn topic(&mut self, t: &Topic) {
        self.str(t.id);
        self.text(&t.title);
        self.text(&t.summary);
        self.str(t.edition);
        self.option(t.review.as_ref(), |p, r| {
            p.str(r.by);
            p.str(r.date);
            p.str(r.edition);
        });
        self.list(t.questions, Self::question);
        self.list(t.tips, Self::tip);
        self.list(t.interrupts, Self::interrupt);
        self.list(t.phases, |p, phase| {
            p.str(phase.id);
            p.text(&phase.title);
        });
        self.list(t.discuss, |p, d| {
            p.option(d.when.as_ref(), Self::condition);
            p.text(&d.text);
        });
        self.list(t.cases, Self::case);
    }

    fn contact(&mut self, c: &Contact) {
        self.text(&c.name);
        self.text(&c.purpose);
        self.str(c.phone);
        self.str(c.phone_link);
        self.text(&c.hours);
        self.option(c.email.as_ref(), |p, s| p.str(s));
        self.option(c.url.as_ref(), |p, s| p.str(s));
        self.source(c.source);
    }

    fn content(&mut self, content: &'c Content) {
        self.list(content.sources, |p, s| {
            p.str(s.id);
            p.str(s.title);
            p.str(s.publisher);
            p.str(s.url);
        });
        self.sources = Some(content.sources);
        self.list(content.topics, Self::topic);
        self.list(content.quick, |p, q| {
            p.str(q.id);
            p.str(q.topic);
            p.text(&q.question);
            p.text(&q.answer);
            p.strs(q.keywords_nl);
            p.strs(q.keywords_en);
            p.source_refs(q.sources);
        });
        let c = &content.contacts;
        for contact in [
            &c.adviespunt,
            &c.calamiteitenteam,
            &c.emergency,
            &c.veilig_thuis,
            &c.vertrouwensinspecteur,
            &c.csg,
        ] {
            self.contact(contact);
        }
        self.list(content.glossary, |p, t| {
            p.text(&t.forms);
            p.text(&t.explain);
        });
        self.list(content.synonyms, |p, g| {
            p.flag(g.forms);
            p.strs(g.nl);
            p.strs(g.en);
        });
    }
}

/// The content followed by the screen texts, in the order of `ui`.
pub fn pack(content: &Content, ui: &[(String, Text)]) -> Packed {
    let mut p = Packer::default();
    p.content(content);
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
        "}}\n\n/// Reads the packed content and screen texts; returns where each language's texts go.\n\
         fn unpack() -> (Content, Ui, [Reserved; 2]) {{\n    \
         let mut r = zelfcheck_engine::packed::Unpacker::new({}, {});\n    \
         let reserved = r.reserved();\n    let content = r.content();\n    let ui = Ui {{",
        include("include_bytes", FILES[0]),
        include("include_str", FILES[1]),
    );
    for (key, _) in ui {
        let _ = writeln!(out, "        {key}: r.text(),");
    }
    let _ = writeln!(
        out,
        "    }};\n    r.finish();\n    (content, ui, reserved)\n}}\n\n\
         /// Both languages' texts, built in for native tools; the widget downloads them.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         const TEXTS: [&str; 2] = [{}, {}];",
        include("include_str", FILES[2]),
        include("include_str", FILES[3]),
    );
    out
}

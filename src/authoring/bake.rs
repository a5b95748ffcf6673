//! Writes checked content as Rust statics, so the browser build embeds it without a parser.

use std::fmt::Write;

use crate::engine::*;

/// Rust source defining `SOURCES`, `CONTENT`, the `Ui` struct and `UI`.
pub fn bake(content: &Content, ui: &[(String, Text)]) -> String {
    let mut out = String::from("// Generated from content/ by build.rs. Do not edit.\n\n");
    let _ = writeln!(out, "/// Every source a tip or contact cites.");
    let _ = writeln!(
        out,
        "pub static SOURCES: [Source; {}] = [",
        content.sources.len()
    );
    for s in content.sources {
        let _ = writeln!(
            out,
            "    Source {{ id: {:?}, title: {:?}, publisher: {:?}, url: {:?} }},",
            s.id, s.title, s.publisher, s.url
        );
    }
    out.push_str(
        "];\n\n/// All checked content.\npub static CONTENT: Content = Content {\n    topics: &[\n",
    );
    for topic in content.topics {
        topic_src(&mut out, content, topic);
    }
    out.push_str("    ],\n    sources: &SOURCES,\n    quick: &[\n");
    for q in content.quick {
        let _ = writeln!(
            out,
            "        Quick {{ id: {:?}, topic: {:?}, question: {}, answer: {}, keywords_nl: &{:?}, keywords_en: &{:?}, sources: {} }},",
            q.id,
            q.topic,
            text(&q.question),
            text(&q.answer),
            q.keywords_nl,
            q.keywords_en,
            list(q.sources, |s| source_ref(content, s))
        );
    }
    out.push_str("    ],\n    contacts: Contacts {\n");
    for (name, c) in [
        ("adviespunt", &content.contacts.adviespunt),
        ("calamiteitenteam", &content.contacts.calamiteitenteam),
        ("emergency", &content.contacts.emergency),
        ("veilig_thuis", &content.contacts.veilig_thuis),
        (
            "vertrouwensinspecteur",
            &content.contacts.vertrouwensinspecteur,
        ),
    ] {
        let _ = writeln!(
            out,
            "        {name}: Contact {{ name: {}, purpose: {}, phone: {:?}, phone_link: {:?}, hours: {}, email: {:?}, url: {:?}, source: {} }},",
            text(&c.name),
            text(&c.purpose),
            c.phone,
            c.phone_link,
            text(&c.hours),
            c.email,
            c.url,
            source_ref(content, c.source)
        );
    }
    out.push_str("    },\n};\n\n/// The texts of the screens, from `content/ui.toml`.\n#[derive(Debug, Clone, Copy)]\npub struct Ui {\n");
    for (key, _) in ui {
        let _ = writeln!(out, "    /// `{key}` in ui.toml.\n    pub {key}: Text,");
    }
    out.push_str("}\n\n/// The texts of the screens.\npub static UI: Ui = Ui {\n");
    for (key, t) in ui {
        let _ = writeln!(out, "    {key}: {},", text(t));
    }
    out.push_str("};\n");
    out
}

fn text(t: &Text) -> String {
    format!("Text {{ nl: {:?}, en: {:?} }}", t.nl, t.en)
}

fn source_ref(content: &Content, source: &Source) -> String {
    let index = content
        .sources
        .iter()
        .position(|s| s.id == source.id)
        .unwrap_or_default();
    format!("&SOURCES[{index}]")
}

fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    let parts: Vec<String> = items.iter().map(each).collect();
    format!("&[{}]", parts.join(", "))
}

fn condition(c: &Condition) -> String {
    match c {
        Condition::Fact(f) => format!("Condition::Fact({f:?})"),
        Condition::All(parts) => format!("Condition::All({})", list(parts, condition)),
        Condition::Any(parts) => format!("Condition::Any({})", list(parts, condition)),
        Condition::Not(inner) => format!("Condition::Not(&{})", condition(inner)),
    }
}

fn topic_src(out: &mut String, content: &Content, topic: &Topic) {
    let _ = writeln!(
        out,
        "        Topic {{ id: {:?}, title: {}, summary: {},\n        questions: &[",
        topic.id,
        text(&topic.title),
        text(&topic.summary)
    );
    for q in topic.questions {
        let options = list(q.options, |o| {
            format!(
                "AnswerOption {{ id: {:?}, text: {}, facts: &{:?}, exclusive: {} }}",
                o.id,
                text(&o.text),
                o.facts,
                o.exclusive
            )
        });
        let _ = writeln!(
            out,
            "            Question {{ id: {:?}, kind: QuestionKind::{:?}, text: {}, help: {}, options: {options}, dont_know: {}, when: {}, sectors: &{:?}, roles: &{:?} }},",
            q.id,
            q.kind,
            text(&q.text),
            q.help
                .map_or("None".into(), |h| format!("Some({})", text(&h))),
            q.dont_know
                .map_or("None".into(), |f| format!("Some(&{f:?})")),
            q.when
                .map_or("None".into(), |c| format!("Some({})", condition(&c))),
            SectorsSrc(q.sectors),
            RolesSrc(q.roles),
        );
    }
    out.push_str("        ],\n        tips: &[\n");
    for t in topic.tips {
        let _ = writeln!(
            out,
            "            Tip {{ id: {:?}, group: TipGroup::{:?}, kind: TipKind::{:?}, urgency: Urgency::{:?}, when: {}, sectors: &{:?}, roles: &{:?}, sources: {}, checked: {:?}, title: {}, text: {}, phase: {:?} }},",
            t.id,
            t.group,
            t.kind,
            t.urgency,
            condition(&t.when),
            SectorsSrc(t.sectors),
            RolesSrc(t.roles),
            list(t.sources, |s| source_ref(content, s)),
            t.checked,
            text(&t.title),
            text(&t.text),
            t.phase
        );
    }
    out.push_str("        ],\n        interrupts: &[\n");
    for i in topic.interrupts {
        let _ = writeln!(
            out,
            "            Interrupt {{ id: {:?}, when: {}, sectors: &{:?}, roles: &{:?}, contact: ContactRef::{:?}, title: {}, text: {}, sources: {} }},",
            i.id,
            condition(&i.when),
            SectorsSrc(i.sectors),
            RolesSrc(i.roles),
            i.contact,
            text(&i.title),
            text(&i.text),
            list(i.sources, |s| source_ref(content, s)),
        );
    }
    out.push_str("        ],\n        phases: &[\n");
    for p in topic.phases {
        let _ = writeln!(
            out,
            "            Phase {{ id: {:?}, title: {} }},",
            p.id,
            text(&p.title)
        );
    }
    out.push_str("        ],\n        discuss: &[\n");
    for d in topic.discuss {
        let _ = writeln!(
            out,
            "            Discussion {{ when: {}, text: {} }},",
            d.when
                .map_or("None".into(), |c| format!("Some({})", condition(&c))),
            text(&d.text)
        );
    }
    out.push_str("        ],\n        cases: &[\n");
    for c in topic.cases {
        let _ = writeln!(
            out,
            "            Case {{ id: {:?}, sector: Sector::{:?}, role: Role::{:?}, title: {}, text: {}, answers: {} }},",
            c.id,
            c.sector,
            c.role,
            text(&c.title),
            text(&c.text),
            list(c.answers, |a| format!(
                "CaseAnswer {{ question: {:?}, options: &{:?} }}",
                a.question, a.options
            ))
        );
    }
    out.push_str("        ] },\n");
}

/// Prints sectors as Rust paths (`[Sector::Po, ...]`).
struct SectorsSrc(&'static [Sector]);

impl std::fmt::Debug for SectorsSrc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|s| Path("Sector", *s)))
            .finish()
    }
}

/// Prints roles as Rust paths (`[Role::Docent, ...]`).
struct RolesSrc(&'static [Role]);

impl std::fmt::Debug for RolesSrc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|r| Path("Role", *r)))
            .finish()
    }
}

struct Path<T>(&'static str, T);

impl<T: std::fmt::Debug> std::fmt::Debug for Path<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}::{:?}", self.0, self.1)
    }
}

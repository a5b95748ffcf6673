//! The result as plain text, to copy or download; made in the browser, sent nowhere.

use std::fmt::Write;

use crate::content::{CONTENT, UI};
use crate::ui::labels::{
    answered, date, edition_status, fill, join_labels, role_label, sector_label,
};
use crate::ui::parts::school_docs::referred_by_all;
use zelfcheck_engine::rich::plain;
use zelfcheck_engine::settings::Settings;
use zelfcheck_engine::{Contact, Lang, Session, Text, Tip, TipKind};

/// Today's date as YYYY-MM-DD, from the browser's clock.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The whole result as text: what, when, for whom, the tips with sources, the answers, the
/// team questions and every contact with its number written out.
pub fn summary(s: &Session, settings: &Settings, lang: Lang) -> String {
    let school = &settings.contacts;
    let t = |text: zelfcheck_engine::Text| plain(text.get(lang));
    let mut out = String::new();
    let title = s.topic().map_or("", |topic| topic.title.get(lang));
    let _ = writeln!(out, "{} — {title}", t(UI.app_title));
    let outcome = s.outcome();
    let count = outcome.to_do_count().to_string();
    let _ = writeln!(out, "{}", fill(&t(UI.result_count), &[("n", &count)]));
    if !outcome.first().is_empty() {
        let _ = writeln!(out, "{}", t(UI.result_first));
        for (i, tip) in outcome.first().iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, t(tip.title));
        }
    }
    let adviespunt = &CONTENT.contacts.adviespunt;
    let _ = writeln!(out, "{} {}", t(UI.result_call), adviespunt.phone);
    let _ = writeln!(out, "{}: {}", t(UI.summary_date), date(&today(), lang));
    if let Some(topic) = s.topic() {
        let _ = writeln!(out, "{}", edition_status(topic, lang));
    }
    if let Some(p) = s.profile() {
        let _ = writeln!(
            out,
            "{}: {}",
            t(UI.summary_sector),
            t(sector_label(p.sector))
        );
        let _ = writeln!(out, "{}: {}", t(UI.summary_role), t(role_label(p.role)));
    }
    for i in s.interrupts() {
        let c = CONTENT.contacts.get(i.contact);
        let _ = writeln!(
            out,
            "\n!! {}\n{}\n{}: {}",
            t(i.title),
            t(i.text),
            t(c.name),
            c.phone
        );
    }
    // The same order as the page: what to do, the contacts, then what was folded there.
    let groups = |out: &mut String, groups: &[(zelfcheck_engine::Text, &Vec<&Tip>)]| {
        for &(heading, tips) in groups {
            if tips.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n{}", t(heading));
            for tip in tips.iter() {
                tip_text(out, tip, s.is_ticked(tip.id), lang);
            }
        }
    };
    groups(
        &mut out,
        &[
            (UI.result_urgent, &outcome.urgent),
            (UI.result_todo, &outcome.todo),
        ],
    );
    let _ = writeln!(out, "\n{}", t(UI.summary_help));
    let c = &CONTENT.contacts;
    for contact in [&c.adviespunt, &c.calamiteitenteam, &c.emergency] {
        contact_text(&mut out, contact, lang);
    }
    if !school.is_empty() {
        let _ = writeln!(out, "\n{}", t(UI.school_contacts_heading));
        for contact in school {
            let _ = write!(out, "- {}: {}", contact.function, contact.name);
            for detail in [&contact.phone, &contact.email].into_iter().flatten() {
                let _ = write!(out, ", {detail}");
            }
            out.push('\n');
        }
    }
    let tips: Vec<&Tip> = outcome.all().collect();
    let lines: Vec<Text> = s.prepare().iter().map(|p| p.text).collect();
    let docs = referred_by_all(&settings.docs, &tips, &lines, lang);
    if !docs.is_empty() {
        let _ = writeln!(out, "\n{}", t(UI.school_docs_heading));
        for (doc, kind) in docs {
            let title = doc.title.unwrap_or_else(|| kind.name.get(lang).to_string());
            let _ = writeln!(out, "- {}: {title}, {}", t(kind.name), doc.url);
        }
    }
    groups(&mut out, &[(UI.result_good, &outcome.good)]);
    let discussion = s.discussion();
    if !discussion.is_empty() {
        let _ = writeln!(out, "\n{}", t(UI.discuss_heading));
        for d in discussion {
            let _ = writeln!(out, "- {}", t(d.text));
        }
    }
    for (topic, earlier) in s.earlier() {
        let _ = writeln!(out, "\n{}: {}", t(UI.earlier_heading), t(topic.title));
        let count = earlier.to_do_count().to_string();
        let _ = writeln!(out, "{}", fill(&t(UI.result_count), &[("n", &count)]));
        for tip in earlier.to_do() {
            let _ = writeln!(out, "- {}", t(tip.title));
        }
    }
    let _ = writeln!(out, "\n{}", t(UI.your_answers));
    for (q, a) in s.answered() {
        let (question, labels) = answered(q, a);
        let _ = writeln!(out, "- {} {}", t(question), join_labels(&labels, lang));
    }
    out
}

fn tip_text(out: &mut String, tip: &Tip, ticked: bool, lang: Lang) {
    let kind = match tip.kind {
        TipKind::Duty => UI.kind_duty,
        TipKind::Advice => UI.kind_advice,
        TipKind::InPreparation => UI.kind_in_preparation,
    };
    let done = if ticked {
        format!(" [{}]", UI.tick_label.get(lang))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "- {}{done} ({})\n  {}",
        plain(tip.title.get(lang)),
        kind.get(lang),
        plain(tip.text.get(lang))
    );
    for source in tip.sources {
        let _ = writeln!(
            out,
            "  {}: {} ({}), {}",
            UI.sources_label.get(lang),
            source.title,
            source.publisher,
            source.url
        );
    }
}

fn contact_text(out: &mut String, c: &Contact, lang: Lang) {
    let _ = write!(
        out,
        "- {}: {} ({})",
        plain(c.name.get(lang)),
        c.phone,
        plain(c.hours.get(lang))
    );
    if let Some(email) = c.email {
        let _ = write!(out, ", {email}");
    }
    out.push('\n');
}

//! The texts that prepare a call to the Adviespunt, composed from the answers: a short
//! summary without names, the user's own open questions, and the mail that carries both.
//! Made in the browser; the widget sends nothing.

use std::fmt::Write;

use crate::content::{CONTENT, UI};
use crate::ui::labels::{answered, edition_text, fill, role_label, sector_label};
use zelfcheck_engine::mail::mailto;
use zelfcheck_engine::rich::plain;
use zelfcheck_engine::{Lang, Session, Tip};

/// The summary a user can read out, copy or mail: who they are, the topic, what they
/// answered and what the check found urgent, as plain text. Names never come in: the
/// answers are option labels.
pub fn call_summary(s: &Session, lang: Lang) -> String {
    plain(&call_summary_with_links(s, lang))
}

/// The same summary with its phone numbers still written as links (`[112](tel:112)`), for
/// the page, where they can be tapped.
pub fn call_summary_with_links(s: &Session, lang: Lang) -> String {
    let t = |text: zelfcheck_engine::Text| text.get(lang).to_string();
    let mut out = String::new();
    if let Some(p) = s.profile() {
        let who = fill(
            &t(UI.call_who),
            &[
                ("sector", &t(sector_label(p.sector))),
                ("role", &t(role_label(p.role))),
            ],
        );
        let _ = writeln!(out, "{who}");
    }
    if let Some(topic) = s.topic() {
        let _ = writeln!(
            out,
            "{}",
            fill(&t(UI.call_topic), &[("topic", &t(topic.title))])
        );
    }
    let banners: Vec<String> = s.interrupts().iter().map(|i| t(i.title)).collect();
    if !banners.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            fill(&t(UI.call_urgent), &[("banners", &banners.join("; "))])
        );
    }
    let known: Vec<String> = s
        .answered()
        .into_iter()
        .filter(|(_, a)| **a != zelfcheck_engine::Answer::DontKnow)
        .map(|(q, a)| {
            let (question, labels) = answered(q, a);
            let labels: Vec<&str> = labels.iter().map(|l| l.get(lang)).collect();
            format!("- {} {}", t(question), labels.join(", "))
        })
        .collect();
    if !known.is_empty() {
        let _ = writeln!(out, "{}", t(UI.call_known));
        for line in known {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// The questions answered "weet ik niet", as questions to ask, with the tips they led to;
/// phone numbers still written as links.
pub fn open_questions(s: &Session, lang: Lang) -> Vec<(String, Option<String>)> {
    s.open_questions()
        .into_iter()
        .map(|(q, tips)| {
            let question = q.text.get(lang).to_string();
            let tips = (!tips.is_empty()).then(|| {
                fill(
                    UI.call_open_tips.get(lang),
                    &[("tips", &tip_titles(&tips, lang))],
                )
            });
            (question, tips)
        })
        .collect()
}

fn tip_titles(tips: &[&Tip], lang: Lang) -> String {
    tips.iter()
        .map(|t| t.title.get(lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The `mailto:` link that opens the user's mail program with the warning about names on
/// top, the summary, the open questions and the edition. `address` is the school's own
/// when its page names one, otherwise the Adviespunt's.
pub fn call_mail(s: &Session, lang: Lang, address: &str) -> String {
    let t = |text: zelfcheck_engine::Text| plain(text.get(lang));
    let mut body = format!("{}\n\n{}", t(UI.mail_warning), call_summary(s, lang));
    let open = open_questions(s, lang);
    if !open.is_empty() {
        let _ = writeln!(body, "\n{}", t(UI.call_open_intro));
        for (question, _) in open {
            let _ = writeln!(body, "- {}", plain(&question));
        }
    }
    let edition = edition_text(UI.about_edition, CONTENT.edition(), lang);
    let _ = writeln!(body, "\n{}. {edition}", t(UI.app_title));
    let topic = s.topic().map_or(String::new(), |topic| t(topic.title));
    let subject = fill(&t(UI.mail_subject), &[("topic", &topic)]);
    mailto(address, &subject, &body)
}

/// The `mailto:` link for a remark on one tip: only its id and the edition, never the
/// answers.
pub fn feedback_mail(topic: &str, tip: &str, lang: Lang, address: &str) -> String {
    let edition = CONTENT.edition();
    let id = format!("{topic}/{tip}");
    let subject = fill(
        &edition_text(UI.feedback_subject, edition, lang),
        &[("tip", &id)],
    );
    let body = fill(
        &edition_text(UI.feedback_body, edition, lang),
        &[("tip", &id)],
    );
    mailto(address, &subject, &body)
}

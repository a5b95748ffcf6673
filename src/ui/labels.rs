//! Small helpers to show content texts in the current language.

use std::borrow::Cow;

use leptos::prelude::*;

use crate::content::UI;
use zelfcheck_engine::{Answer, Edition, Lang, Question, Role, Sector, Text, Topic};

pub use zelfcheck_engine::fill::fill;
use zelfcheck_engine::rich::plain;

/// The label of a sector.
pub fn sector_label(sector: Sector) -> Text {
    match sector {
        Sector::Po => UI.sector_po,
        Sector::So => UI.sector_so,
        Sector::Vo => UI.sector_vo,
        Sector::Mbo => UI.sector_mbo,
    }
}

/// The label of a role.
pub fn role_label(role: Role) -> Text {
    match role {
        Role::Docent => UI.role_docent,
        Role::Ib => UI.role_ib,
        Role::Ondersteuning => UI.role_ondersteuning,
        Role::Schoolleiding => UI.role_schoolleiding,
        Role::Bestuur => UI.role_bestuur,
        Role::Vertrouwenspersoon => UI.role_vertrouwenspersoon,
    }
}

/// A date written as YYYY-MM-DD, as people read it: `28-11-2026` or `28 Nov 2026`.
pub fn date(iso: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match (lang, parts.as_slice()) {
        (Lang::Nl, [y, m, d]) => format!("{d}-{m}-{y}"),
        (Lang::En, [y, m, d]) => {
            let month = m
                .parse::<usize>()
                .ok()
                .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
                .copied()
                .unwrap_or(m);
            format!("{} {month} {y}", d.trim_start_matches('0'))
        }
        _ => iso.to_string(),
    }
}

/// A question with the labels of the answer given, for the answer list and the why-traces.
pub fn answered(question: &Question, answer: &Answer) -> (Text, Vec<Text>) {
    let labels = match answer {
        Answer::DontKnow => vec![UI.dont_know],
        Answer::Chosen(ids) => question
            .options
            .iter()
            .filter(|o| ids.contains(&o.id))
            .map(|o| o.text)
            .collect(),
    };
    (question.text, labels)
}

/// Answer labels joined for reading: `a, b`.
pub fn join_labels(labels: &[Text], lang: Lang) -> String {
    labels
        .iter()
        .map(|l| plain(l.get(lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A text that follows the language shown; one closure type for every text, so the view
/// code for it is compiled once. A phone link reads as its number here; where it must be
/// tappable, the text is shown with [`Rich`](crate::ui::parts::rich::Rich).
pub fn tr(
    lang: RwSignal<Lang>,
    text: Text,
) -> impl Fn() -> Cow<'static, str> + Copy + Send + Sync + 'static {
    move || {
        let words = text.get(lang.get());
        if words.contains("](tel:") {
            Cow::Owned(plain(words))
        } else {
            Cow::Borrowed(words)
        }
    }
}

/// "Inhoud van deze check: editie …" (the content's edition and the day the topic last
/// changed) and whether an adviser of the Adviespunt reviewed the topic.
pub fn edition_status(topic: &Topic, lang: Lang) -> String {
    let line = edition_text(UI.edition_line, crate::content::CONTENT.edition(), lang);
    let line = fill(&line, &[("changed", &date(topic.edition, lang))]);
    format!("{line} {}", review_status(topic, lang))
}

/// A screen text about an edition, with its `{number}` and `{date}` filled in; other
/// placeholders are left for the caller.
pub fn edition_text(template: Text, edition: &Edition, lang: Lang) -> String {
    fill(
        template.get(lang),
        &[
            ("number", &edition.number.to_string()),
            ("date", &date(edition.date, lang)),
        ],
    )
}

/// Whether an adviser of the Adviespunt reviewed the topic, and which edition.
pub fn review_status(topic: &Topic, lang: Lang) -> String {
    match topic.review {
        Some(r) => fill(
            UI.review_done.get(lang),
            &[
                ("by", r.by),
                ("date", &date(r.date, lang)),
                ("edition", &date(r.edition, lang)),
            ],
        ),
        None => UI.review_none.get(lang).to_string(),
    }
}

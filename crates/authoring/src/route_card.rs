//! What goes on a topic's route card, worked out from the topic itself, and the card as
//! blocks for a printable page. Nothing on it is written a second time:
//! - first steps: the titles of the topic's urgent to-dos, by phase (each title once);
//! - under each step and duty, the answers it goes with, so a line read on its own keeps the
//!   situation it is for (a duty to report a colleague is not a duty in every case);
//! - legal duties: the to-dos of kind `duty` (each title once), each with the sectors some
//!   path through the topic gives it in (its `sectors` and its conditions on `sector.…`,
//!   searched as the content check does) and its first official source;
//! - whom to call: the contacts the topic's banners name, or whose number a tip or banner
//!   holds as a link;
//! - and always, framed at the end, the Adviespunt: "Twijfel? Bel het Adviespunt", with its
//!   number and hours.

use super::Converted;
use super::branching::polarities;
use super::print_layout::Block;
use super::print_texts::PrintTexts;
use super::reach::find_path;
use zelfcheck_engine::fill::fill;
use zelfcheck_engine::rich::{phone_links, plain};
use zelfcheck_engine::{
    AnswerOption, Condition, Contact, ContactRef, Content, Lang, Profile, Question, Role, Sector,
    Source, Text, Tip, TipGroup, TipKind, Topic, Urgency,
};

/// At most this many answers are named under a step or duty.
const ANSWERS_SHOWN: usize = 1;

/// A legal duty on the card.
#[derive(Debug, Clone)]
pub struct Duty {
    /// The (first) tip that states it.
    pub tip: &'static Tip,
    /// The sectors some path gives it in, in the order of [`Sector::ALL`].
    pub sectors: Vec<Sector>,
    /// Its first official source, or its first source.
    pub source: &'static Source,
}

/// What a topic's route card holds.
#[derive(Debug, Clone)]
pub struct RouteCard {
    /// The topic.
    pub topic: &'static Topic,
    /// The urgent to-dos, by phase, each title once.
    pub first_steps: Vec<&'static Tip>,
    /// The legal duties, each title once.
    pub duties: Vec<Duty>,
    /// Whom to call besides the Adviespunt: 112 first, then in the order of
    /// [`ContactRef::ALL`].
    pub contacts: Vec<ContactRef>,
}

/// Works out the card of `topic`.
pub fn route_card(converted: &Converted, topic: &'static Topic) -> RouteCard {
    let mut urgent: Vec<&'static Tip> = topic
        .tips
        .iter()
        .filter(|t| t.group == TipGroup::Todo && t.urgency == Urgency::Urgent)
        .collect();
    // Tips without a phase come first, as on the result.
    urgent.sort_by_key(|t| t.phase.map_or(0, |p| usize::from(p) + 1));
    let mut first_steps: Vec<&'static Tip> = Vec::new();
    for tip in urgent {
        if !first_steps.iter().any(|t| t.title.nl() == tip.title.nl()) {
            first_steps.push(tip);
        }
    }
    let mut duties: Vec<Duty> = Vec::new();
    // To-dos only: a confirmation of a duty ("Goed dat ...") reads as praise, not as a duty.
    let duty_tips = topic
        .tips
        .iter()
        .filter(|t| t.kind == TipKind::Duty && t.group == TipGroup::Todo);
    for tip in duty_tips {
        let sectors = sectors_of(topic, tip);
        match duties
            .iter_mut()
            .find(|d| d.tip.title.nl() == tip.title.nl())
        {
            Some(duty) => {
                let mut all = duty.sectors.clone();
                all.extend(sectors);
                duty.sectors = Sector::ALL
                    .into_iter()
                    .filter(|s| all.contains(s))
                    .collect();
            }
            None => duties.push(Duty {
                tip,
                sectors,
                source: tip
                    .sources
                    .iter()
                    .find(|s| converted.is_official(s))
                    .or(tip.sources.first())
                    .copied()
                    .expect("the content check makes every tip cite a source"),
            }),
        }
    }
    RouteCard {
        topic,
        first_steps,
        duties,
        contacts: contacts_of(converted.content, topic),
    }
}

/// The sectors in which some role and some path through the topic get the tip.
fn sectors_of(topic: &'static Topic, tip: &'static Tip) -> Vec<Sector> {
    Sector::ALL
        .into_iter()
        .filter(|&sector| {
            Role::ALL.into_iter().any(|role| {
                let profile = Profile { sector, role };
                profile.fits_tip(tip) && find_path(topic, profile, &tip.when).is_some()
            })
        })
        .collect()
}

/// The digits of a number, with +31 written as 0, so `+31302856616` and `0302856616` match.
fn digits(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match (
        number.trim_start().starts_with('+'),
        digits.strip_prefix("31"),
    ) {
        (true, Some(rest)) => format!("0{rest}"),
        _ => digits,
    }
}

/// The contacts the topic names: those of its banners, and those whose number one of its
/// tips or banners holds as a link (only for a number no other contact shares, so the
/// Calamiteitenteam, which shares the Adviespunt's, comes from a banner). Not the
/// Adviespunt: every card ends with it, its number and its hours.
fn contacts_of(content: &Content, topic: &Topic) -> Vec<ContactRef> {
    let contacts = &content.contacts;
    let texts: Vec<Text> = topic
        .tips
        .iter()
        .flat_map(|t| [t.title, t.text])
        .chain(topic.interrupts.iter().flat_map(|i| [i.title, i.text]))
        .collect();
    let linked: Vec<String> = texts
        .iter()
        .flat_map(|t| [t.nl(), t.en()])
        .flat_map(phone_links)
        .map(|link| digits(link.number))
        .collect();
    // 112 first.
    let mut order = ContactRef::ALL;
    order.sort_by_key(|&c| c != ContactRef::Emergency);
    order
        .into_iter()
        .filter(|&which| {
            let number = digits(contacts.get(which).phone_link);
            let shared = ContactRef::ALL
                .into_iter()
                .filter(|&other| digits(contacts.get(other).phone_link) == number)
                .count()
                > 1;
            which != ContactRef::Adviespunt
                && (topic.interrupts.iter().any(|i| i.contact == which)
                    || (!shared && linked.contains(&number)))
        })
        .collect()
}

/// The card as blocks in `lang`. `ui` holds the screen texts by key (content/ui.toml).
pub fn blocks(
    card: &RouteCard,
    content: &Content,
    ui: &[(String, Text)],
    print: &PrintTexts,
    lang: Lang,
) -> Vec<Block> {
    let words = &print.route_card;
    let say = |t: Text| plain(t.get(lang));
    let topic = card.topic;
    let mut blocks = vec![
        Block::Kicker(format!(
            "{} · {}",
            ui_text(ui, "app_title", lang),
            say(words.name)
        )),
        Block::Title(say(topic.title)),
        Block::Meta(edition_line(content, ui, topic, lang)),
    ];
    let with_answer = |tip: &Tip| -> Vec<String> {
        answers_line(topic, &tip.when, lang)
            .map(|(given, answers)| {
                let lead = if given {
                    words.with_answer
                } else {
                    words.without_answer
                };
                format!("{}: {answers}", say(lead))
            })
            .into_iter()
            .collect()
    };
    if !card.first_steps.is_empty() {
        blocks.push(Block::Heading(say(words.first_steps)));
        blocks.extend(card.first_steps.iter().map(|t| Block::Item {
            head: say(t.title),
            detail: with_answer(t),
        }));
    }
    blocks.push(Block::Heading(say(words.duties)));
    if card.duties.is_empty() {
        blocks.push(Block::Note(say(words.no_duties)));
    }
    for duty in &card.duties {
        let sectors = if duty.sectors.len() == Sector::ALL.len() {
            say(words.all_sectors)
        } else {
            let ids: Vec<&str> = duty.sectors.iter().map(|s| s.id()).collect();
            ids.join(", ")
        };
        // One paragraph: the answer it goes with, the sectors and the source.
        let mut parts = with_answer(duty.tip);
        parts.push(format!(
            "{}: {sectors}. {}: {} ({}).",
            say(words.applies_to),
            say(words.source),
            duty.source.title,
            duty.source.publisher
        ));
        blocks.push(Block::Item {
            head: say(duty.tip.title),
            detail: vec![parts.join(". ")],
        });
    }
    blocks.push(Block::Heading(say(words.contacts)));
    for &which in &card.contacts {
        let contact = content.contacts.get(which);
        blocks.push(Block::Item {
            head: contact_head(contact, lang),
            detail: vec![format!("{}. {}", say(contact.hours), say(contact.purpose))],
        });
    }
    blocks.push(Block::Callout(doubt_line(content, print, lang)));
    blocks
}

/// The answers that make `when` hold, each after its question: “question” → “answer”, the
/// answers that name its rarest facts first (a fact many answers record, such as "there is
/// a case", says least), at most [`ANSWERS_SHOWN`] and "…" when there are more. `None` when
/// no answer does (a condition on sector or role only, or none). The flag is false when the
/// answers are ones it holds without (a condition with only `not` on answers).
fn answers_line(topic: &'static Topic, when: &Condition, lang: Lang) -> Option<(bool, String)> {
    // The facts it cannot hold without say most; else any fact it names without `not`; else
    // those it names with `not`.
    let recorded = |facts: &[&str]| {
        facts
            .iter()
            .any(|f| !answers_recording(topic, f).is_empty())
    };
    let needed = necessary(when);
    let (positive, negative) = polarities(when);
    let (given, present) = if recorded(&needed) {
        (true, needed)
    } else if recorded(&positive) {
        (true, positive)
    } else {
        (false, negative)
    };
    let mut facts: Vec<Vec<(&'static Question, &'static AnswerOption)>> = present
        .into_iter()
        .map(|f| answers_recording(topic, f))
        .filter(|answers| !answers.is_empty())
        .collect();
    facts.sort_by_key(Vec::len);
    let mut answers: Vec<(&'static Question, &'static AnswerOption)> = Vec::new();
    for (q, o) in facts.into_iter().flatten() {
        if !answers.iter().any(|(_, seen)| std::ptr::eq(*seen, o)) {
            answers.push((q, o));
        }
    }
    if answers.is_empty() {
        return None;
    }
    let mut named: Vec<String> = answers
        .iter()
        .take(ANSWERS_SHOWN)
        .map(|(q, o)| {
            format!(
                "“{}” → “{}”",
                plain(q.text.get(lang)),
                plain(o.text.get(lang))
            )
        })
        .collect();
    if answers.len() > ANSWERS_SHOWN {
        named.push("…".into());
    }
    Some((given, named.join(" / ")))
}

/// The facts `when` cannot hold without: every part's of an `all`, those all parts of an
/// `any` share, none under a `not`.
fn necessary(when: &Condition) -> Vec<&'static str> {
    match when {
        Condition::Fact(f) => vec![*f],
        Condition::All(parts) => {
            let mut facts: Vec<&'static str> = Vec::new();
            for f in parts.iter().flat_map(necessary) {
                if !facts.contains(&f) {
                    facts.push(f);
                }
            }
            facts
        }
        Condition::Any(parts) => {
            let mut each = parts.iter().map(necessary);
            let first = each.next().unwrap_or_default();
            each.fold(first, |shared, next| {
                shared.into_iter().filter(|f| next.contains(f)).collect()
            })
        }
        Condition::Not(_) => Vec::new(),
    }
}

/// The answers in the topic that record `fact`, each with its question.
fn answers_recording(
    topic: &'static Topic,
    fact: &str,
) -> Vec<(&'static Question, &'static AnswerOption)> {
    topic
        .questions
        .iter()
        .flat_map(|q| q.options.iter().map(move |o| (q, o)))
        .filter(|(_, o)| o.facts.contains(&fact))
        .collect()
}

/// "Name: number", or only the name when it already holds the number ("Alarmnummer 112").
fn contact_head(contact: &Contact, lang: Lang) -> String {
    let name = plain(contact.name.get(lang));
    if name.contains(contact.phone) {
        name
    } else {
        format!("{name}: {}", contact.phone)
    }
}

/// "Twijfel? Bel het Adviespunt …" with the Adviespunt's number and hours.
pub fn doubt_line(content: &Content, print: &PrintTexts, lang: Lang) -> String {
    let adviespunt = &content.contacts.adviespunt;
    fill(
        &plain(print.route_card.doubt.get(lang)),
        &[
            ("phone", adviespunt.phone),
            ("hours", &plain(adviespunt.hours.get(lang))),
        ],
    )
}

/// The edition line of the result (`edition_line` in ui.toml), with the days written out.
pub fn edition_line(content: &Content, ui: &[(String, Text)], topic: &Topic, lang: Lang) -> String {
    let edition = content.edition();
    fill(
        &ui_text(ui, "edition_line", lang),
        &[
            ("number", &edition.number.to_string()),
            ("date", &day(edition.date, lang)),
            ("changed", &day(topic.edition, lang)),
        ],
    )
}

/// A screen text of ui.toml in `lang`, as plain text.
///
/// # Panics
/// When ui.toml lacks the key; the printable pages use only keys the widget needs too.
pub fn ui_text(ui: &[(String, Text)], key: &str, lang: Lang) -> String {
    let text = ui
        .iter()
        .find(|(k, _)| k == key)
        .unwrap_or_else(|| panic!("ui.toml has {key}"))
        .1;
    plain(text.get(lang))
}

/// A day written as YYYY-MM-DD, as it reads on paper: `5 december 2026`, `5 December 2026`.
fn day(iso: &str, lang: Lang) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    let [year, month, date] = parts.as_slice() else {
        return iso.to_string();
    };
    let names = match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    };
    match month
        .parse::<usize>()
        .ok()
        .and_then(|m| names.get(m.wrapping_sub(1)))
    {
        Some(name) => format!("{} {name} {year}", date.trim_start_matches('0')),
        None => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_match_with_or_without_the_country_code() {
        assert_eq!(digits("+31302856616"), digits("0302856616"));
        assert_eq!(digits("0800-2000"), "08002000");
        assert_eq!(digits("112"), "112");
    }

    #[test]
    fn days_are_written_out() {
        assert_eq!(day("2026-12-05", Lang::Nl), "5 december 2026");
        assert_eq!(day("2026-01-15", Lang::En), "15 January 2026");
    }
}

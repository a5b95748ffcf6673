//! The printable pages the build writes from the real content: a route card per topic and
//! language, notes sheets only for the topics `print.toml` lists, and on each card what
//! the topic's content says must be on it.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use zelfcheck_authoring::print_pages::{NOTES_SHEETS, ROUTE_CARDS, files, page_path};
use zelfcheck_authoring::route_card::route_card;
use zelfcheck_authoring::{Converted, check_dir};
use zelfcheck_engine::rich::{phone_links, plain};
use zelfcheck_engine::{Condition, Lang, TipGroup, TipKind};

fn checked() -> &'static Converted {
    static CHECKED: OnceLock<Converted> = OnceLock::new();
    CHECKED.get_or_init(|| check_dir(Path::new("content")).expect("the content is valid"))
}

fn pages() -> &'static HashMap<String, String> {
    static PAGES: OnceLock<HashMap<String, String>> = OnceLock::new();
    PAGES.get_or_init(|| files(checked()).into_iter().collect())
}

/// The page's text as a reader sees it (markup left out, entities read back).
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

#[test]
fn every_topic_has_a_route_card_in_both_languages() {
    for topic in checked().content.topics {
        for lang in [Lang::Nl, Lang::En] {
            let path = page_path(ROUTE_CARDS, topic.id, lang);
            let html = pages()
                .get(&path)
                .unwrap_or_else(|| panic!("{path} is written"));
            assert!(
                html.contains(&format!("<html lang=\"{}\">", lang.code())),
                "{path}"
            );
            assert!(
                text_of(html).contains(&plain(topic.title.get(lang))),
                "{path} names its topic"
            );
        }
    }
}

#[test]
fn a_route_card_holds_the_adviespunt_every_contact_the_topic_names_and_its_duties() {
    let content = checked().content;
    let adviespunt = content.contacts.adviespunt.phone;
    for topic in content.topics {
        let card = route_card(checked(), topic);
        let text = text_of(&pages()[&page_path(ROUTE_CARDS, topic.id, Lang::Nl)]);
        assert!(
            text.contains(adviespunt),
            "{}: the Adviespunt's number",
            topic.id
        );
        assert!(
            text.contains("Twijfel? Bel het Adviespunt"),
            "{}: the closing line",
            topic.id
        );
        for interrupt in topic.interrupts {
            let phone = content.contacts.get(interrupt.contact).phone;
            assert!(
                text.contains(phone),
                "{}: banner '{}' calls {phone}",
                topic.id,
                interrupt.id
            );
        }
        // Every number a tip or banner links to that belongs to a contact is on the card.
        let linked = topic
            .tips
            .iter()
            .flat_map(|t| [t.title.nl(), t.text.nl()])
            .chain(
                topic
                    .interrupts
                    .iter()
                    .flat_map(|i| [i.title.nl(), i.text.nl()]),
            )
            .flat_map(phone_links);
        for link in linked {
            let known = [
                &content.contacts.emergency,
                &content.contacts.veilig_thuis,
                &content.contacts.vertrouwensinspecteur,
                &content.contacts.csg,
            ]
            .into_iter()
            .find(|c| c.phone == link.label);
            if let Some(contact) = known {
                assert!(
                    text.contains(contact.phone),
                    "{}: {} is named",
                    topic.id,
                    link.label
                );
            }
        }
        let duties =
            (topic.tips.iter()).filter(|t| t.kind == TipKind::Duty && t.group == TipGroup::Todo);
        for duty in duties {
            assert!(
                text.contains(&plain(duty.title.nl())),
                "{}: duty '{}' is on the card",
                topic.id,
                duty.id
            );
        }
        for step in &card.first_steps {
            assert!(
                text.contains(&plain(step.title.nl())),
                "{}: first step '{}'",
                topic.id,
                step.id
            );
        }
        assert!(
            !card.first_steps.is_empty(),
            "{}: the card has first steps",
            topic.id
        );
    }
}

#[test]
fn a_duty_names_its_sectors_from_the_topic() {
    // Bullying: the Wet veiligheid op school does not cover mbo, so its duties leave it out.
    let content = checked().content;
    let topic = content.topic("pesten").expect("topic pesten");
    let card = route_card(checked(), topic);
    assert!(!card.duties.is_empty());
    for duty in &card.duties {
        assert!(
            !duty.sectors.contains(&zelfcheck_engine::Sector::Mbo),
            "pesten: '{}' is not a duty in mbo",
            duty.tip.id
        );
        assert!(
            checked().is_official(duty.source),
            "{}: an official source",
            duty.tip.id
        );
    }
}

#[test]
fn notes_sheets_only_for_the_listed_topics() {
    let listed = &checked()
        .print
        .as_ref()
        .expect("content/print.toml")
        .notes_sheets;
    assert!(listed.contains(&"huiselijk-geweld") && listed.contains(&"twijfel"));
    for topic in checked().content.topics {
        for lang in [Lang::Nl, Lang::En] {
            let path = page_path(NOTES_SHEETS, topic.id, lang);
            assert_eq!(
                pages().contains_key(&path),
                listed.contains(&topic.id),
                "{path}: a sheet exactly when print.toml lists the topic"
            );
        }
    }
    let sheet = text_of(&pages()[&page_path(NOTES_SHEETS, "klacht", Lang::Nl)]);
    let urgent = sheet
        .find("Eerst de dringende stappen")
        .expect("the urgent steps line");
    let first_field = sheet.find("Datum en tijd").expect("the date field");
    assert!(urgent < first_field, "the urgent steps come before writing");
}

#[test]
fn pages_link_their_stylesheet_and_script_and_hold_no_inline_style_or_script() {
    for folder in [ROUTE_CARDS, NOTES_SHEETS] {
        assert!(pages().contains_key(&format!("{folder}/print.css")));
        assert!(pages().contains_key(&format!("{folder}/print-page.js")));
    }
    for (path, html) in pages().iter().filter(|(p, _)| p.ends_with(".html")) {
        assert!(
            html.contains("<link rel=\"stylesheet\" href=\"print.css\">"),
            "{path}"
        );
        assert!(
            html.contains("<script src=\"print-page.js\" defer></script>"),
            "{path}"
        );
        assert!(
            !html.contains("<style") && !html.contains(" style="),
            "{path}: inline style"
        );
        assert!(
            !html.contains("<script>") && !has_event_attribute(html),
            "{path}: inline script"
        );
    }
}

/// Whether the markup holds an event attribute such as `onclick=`.
fn has_event_attribute(html: &str) -> bool {
    html.split(" on").skip(1).any(|rest| {
        let name: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
        !name.is_empty() && rest[name.len()..].starts_with('=')
    })
}

/// Whether `condition` names `fact`, with or without `not`.
fn names(condition: &Condition, fact: &str) -> bool {
    match condition {
        Condition::Fact(f) => *f == fact,
        Condition::All(parts) | Condition::Any(parts) => parts.iter().any(|p| names(p, fact)),
        Condition::Not(inner) => names(inner, fact),
    }
}

/// A step or duty read on its own must keep its situation: the duty to report a colleague
/// to the board holds only when someone who works for the school is suspected, never for
/// every case of sexual behaviour between pupils.
#[test]
fn a_step_or_duty_that_depends_on_an_answer_says_which() {
    let content = checked().content;
    for topic in content.topics {
        let card = route_card(checked(), topic);
        let html = &pages()[&page_path(ROUTE_CARDS, topic.id, Lang::Nl)];
        let tips = card
            .first_steps
            .iter()
            .copied()
            .chain(card.duties.iter().map(|d| d.tip));
        for tip in tips {
            let answered = topic
                .questions
                .iter()
                .flat_map(|q| q.options)
                .any(|o| o.facts.iter().any(|f| names(&tip.when, f)));
            if !answered {
                continue;
            }
            let title = plain(tip.title.nl());
            let at = html
                .find(&title)
                .unwrap_or_else(|| panic!("{}: {title} is on the card", topic.id));
            let item = &html[at..html[at..].find("</li>").map_or(html.len(), |end| at + end)];
            assert!(
                ["Als je antwoordt:", "Als je dit niet antwoordt:"]
                    .iter()
                    .any(|lead| text_of(item).contains(lead)),
                "{}: \"{title}\" says which answer it goes with",
                topic.id
            );
        }
    }
    // The example of the rule above, in words.
    let html = text_of(&pages()[&page_path(ROUTE_CARDS, "sgg-leerlingen", Lang::Nl)]);
    let duty = html
        .split("Meld het vandaag bij het bestuur")
        .nth(2)
        .expect("the board duty is a first step and a duty");
    let duty = duty.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        duty.starts_with(": dat is je plicht Als je antwoordt: “Wijst wat je zag of hoorde op seksueel contact of misbruik?” → “Ja, dat vermoed ik”"),
        "{duty}"
    );
}

//! "Ik weet niet welk onderwerp past": answers lead to contacts first and to topics, in the
//! order named, without repeats, and only to topics the page offers.

mod common;
use common::*;
use zelfcheck_engine::triage::triage;

fn option(id: &'static str, urgent: &[ContactRef], topics: &[&'static str]) -> TriageOption {
    TriageOption {
        id,
        text: text(id),
        urgent: leak(urgent.to_vec()),
        topics: leak(topics.to_vec()),
    }
}

fn with_triage() -> &'static Content {
    let plain = |id| {
        *topic(
            id,
            vec![question("q", QuestionKind::Single, &["a"])],
            vec![],
        )
    };
    let base = content(vec![plain("calamiteit"), plain("pesten"), plain("klacht")]);
    let questions = leak(vec![
        TriageQuestion {
            id: "nu",
            kind: QuestionKind::Single,
            text: text("nu"),
            options: leak(vec![
                option(
                    "gevaar",
                    &[ContactRef::Emergency, ContactRef::Calamiteitenteam],
                    &[],
                ),
                option(
                    "calamiteit",
                    &[ContactRef::Calamiteitenteam],
                    &["calamiteit"],
                ),
                option("nee", &[], &[]),
            ]),
        },
        TriageQuestion {
            id: "wat",
            kind: QuestionKind::Multiple,
            text: text("wat"),
            options: leak(vec![
                option("pesten", &[], &["pesten"]),
                option("klacht", &[], &["klacht", "pesten"]),
                option("ingrijpend", &[], &["calamiteit"]),
            ]),
        },
    ]);
    Box::leak(Box::new(Content {
        triage: questions,
        ..*base
    }))
}

#[test]
fn danger_puts_112_and_then_the_calamiteitenteam_before_any_topic() {
    let c = with_triage();
    let offered: Vec<_> = c.topics.iter().collect();
    let t = triage(c, &offered, &[&["gevaar"], &["pesten"]]);
    assert_eq!(
        t.urgent,
        [ContactRef::Emergency, ContactRef::Calamiteitenteam]
    );
    assert_eq!(
        t.topics.iter().map(|t| t.id).collect::<Vec<_>>(),
        ["pesten"]
    );
}

#[test]
fn several_answers_lead_to_several_topics_in_order_without_repeats() {
    let c = with_triage();
    let offered: Vec<_> = c.topics.iter().collect();
    let t = triage(
        c,
        &offered,
        &[&["calamiteit"], &["klacht", "ingrijpend", "pesten"]],
    );
    assert_eq!(t.urgent, [ContactRef::Calamiteitenteam]);
    let ids: Vec<_> = t.topics.iter().map(|t| t.id).collect();
    assert_eq!(ids, ["calamiteit", "pesten", "klacht"]);
}

#[test]
fn only_topics_the_page_offers_and_nothing_for_no_answers() {
    let c = with_triage();
    let offered = vec![&c.topics[2]];
    let t = triage(c, &offered, &[&["nee"], &["pesten", "klacht"]]);
    assert!(t.urgent.is_empty());
    assert_eq!(
        t.topics.iter().map(|t| t.id).collect::<Vec<_>>(),
        ["klacht"]
    );
    assert_eq!(triage(c, &offered, &[]), Default::default());
}

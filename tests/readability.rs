//! The B1 reading report: long sentences and long words, without known terms or links.

use zelfcheck::content::CONTENT;
use zelfcheck_authoring::readability::{
    MAX_SENTENCE_WORDS, check_topic, long_sentences, long_words,
};

fn words(n: usize) -> String {
    vec!["woord"; n].join(" ")
}

#[test]
fn a_sentence_over_the_limit_is_reported_and_one_at_it_is_not() {
    let at_limit = format!("{}.", words(MAX_SENTENCE_WORDS));
    let over = format!("{}.", words(MAX_SENTENCE_WORDS + 1));
    assert!(long_sentences(&at_limit).is_empty());
    let found = long_sentences(&format!("Kort. {over} Ook kort!"));
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with(&format!("sentence of {} words", MAX_SENTENCE_WORDS + 1)));
}

#[test]
fn long_words_are_reported_once_but_known_terms_links_and_addresses_are_not() {
    let text = "De klokkenluidersregeling en de klokkenluidersregeling. Bel de vertrouwenspersoon \
                of kijk op https://www.schoolenveiligheid.nl/kennisbank/lange-adressen of mail \
                helpdesk@schoolenveiligheid.nl.";
    assert_eq!(long_words(text), vec!["klokkenluidersregeling".to_string()]);
}

#[test]
fn the_report_covers_every_topic_and_names_the_place() {
    let findings: Vec<_> = CONTENT.topics.iter().flat_map(check_topic).collect();
    assert!(
        findings
            .iter()
            .all(|f| !f.place.is_empty() && !f.problem.is_empty())
    );
}

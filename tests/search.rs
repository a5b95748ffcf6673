//! The quick-question matcher on a table of queries as people type them, with the answer
//! that must come first (or among the first three).

use zelfcheck::content::CONTENT;
use zelfcheck::engine::Lang;
use zelfcheck::engine::search::{SearchIndex, fold, stem, terms};

fn top(index: &SearchIndex, query: &str, lang: Lang, n: usize) -> Vec<&'static str> {
    index
        .search(query, lang, n)
        .iter()
        .map(|h| h.quick.id)
        .collect()
}

#[test]
fn queries_find_their_answer_first() {
    let index = SearchIndex::new(&CONTENT);
    let table: &[(&str, &str)] = &[
        ("hoeveel begeleiders schoolreis", "begeleiders-aantal"),
        ("begeleiders mee op schoolreis", "begeleiders-aantal"),
        ("pestprotocol", "pestprotocol-verplicht"),
        ("pestprotocol verplicht", "pestprotocol-verplicht"),
        ("ouder school uitsturen", "ouder-school-uit-sturen"),
        ("schoolverbod ouder", "schoolverbod-ouder"),
        ("aandachtsfunctionaris", "aandachtsfunctionaris-wie"),
        ("vlaggensysteem", "vlaggensysteem-wat"),
        ("naaktfoto", "naaktfoto-rondgestuurd"),
        ("klokkenluider", "klokkenluidersregeling"),
        ("ouderbijdrage niet betaald", "ouderbijdrage-niet-betaald"),
        ("medicijnen kamp", "medicijnen-op-kamp"),
        ("journalist", "journalist-vragen"),
        ("veilig thuis anoniem", "veilig-thuis-anoniem-advies"),
        ("meldcode stappen", "meldcode-vijf-stappen"),
    ];
    for (query, expected) in table {
        let found = top(&index, query, Lang::Nl, 1);
        assert_eq!(
            found.first().copied(),
            Some(*expected),
            "query {query:?}: {found:?}"
        );
    }
}

#[test]
fn missing_accents_case_and_one_wrong_letter_still_find_it() {
    let index = SearchIndex::new(&CONTENT);
    let table: &[(&str, &str)] = &[
        // No diaeresis, capitals, a typo of one letter, two letters swapped, one missing.
        (
            "coordinator aanspreekpunt pesten",
            "aanspreekpunt-coordinator-zelfde",
        ),
        ("VLAGGENSYSTEEM", "vlaggensysteem-wat"),
        ("begeleidres schoolreis", "begeleiders-aantal"),
        (
            "vertrouwenspersoon verplict",
            "vertrouwenspersoon-verplicht",
        ),
        ("klachtenregelnig", "klachtenregeling-verplicht"),
        ("aandachtsfunctionars", "aandachtsfunctionaris-wie"),
    ];
    for (query, expected) in table {
        let found = top(&index, query, Lang::Nl, 3);
        assert!(found.contains(expected), "query {query:?}: {found:?}");
    }
}

#[test]
fn word_forms_meet_pesten_pestprotocol_ouders_ouder() {
    let index = SearchIndex::new(&CONTENT);
    // "pesten" finds the pestprotocol answer among the first three; "ouders" the parent ones.
    assert!(top(&index, "pesten protocol", Lang::Nl, 3).contains(&"pestprotocol-verplicht"));
    assert!(top(&index, "schoolverbod ouders", Lang::Nl, 3).contains(&"schoolverbod-ouder"));
    assert_eq!(stem("ouders", Lang::Nl), stem("ouder", Lang::Nl));
    assert_eq!(stem("pesten", Lang::Nl), "pest");
    assert_eq!(stem("klassen", Lang::Nl), stem("klas", Lang::Nl));
    assert_eq!(fold("Coördinator Één"), "coordinator een");
}

#[test]
fn a_word_being_typed_counts_as_a_beginning() {
    let index = SearchIndex::new(&CONTENT);
    assert_eq!(
        top(&index, "vlaggensys", Lang::Nl, 1),
        ["vlaggensysteem-wat"]
    );
    // With a space after it, a fragment too short to be a word finds nothing.
    assert!(!index.search("be", Lang::Nl, 5).is_empty());
    assert!(index.search("be ", Lang::Nl, 5).is_empty());
}

#[test]
fn english_queries_search_the_english_texts() {
    let index = SearchIndex::new(&CONTENT);
    assert!(
        top(&index, "how many supervisors school trip", Lang::En, 3)
            .contains(&"begeleiders-aantal")
    );
    assert!(top(&index, "whistleblower", Lang::En, 3).contains(&"klokkenluidersregeling"));
}

#[test]
fn stop_words_and_nonsense_find_nothing() {
    let index = SearchIndex::new(&CONTENT);
    assert!(index.search("", Lang::Nl, 5).is_empty());
    assert!(index.search("de het een", Lang::Nl, 5).is_empty());
    assert!(index.search("xylofoonquiz", Lang::Nl, 5).is_empty());
    assert!(terms("Wat moet ik doen?", Lang::Nl).is_empty());
}

#[test]
fn every_quick_question_finds_itself_first_by_its_own_question() {
    let index = SearchIndex::new(&CONTENT);
    assert!(CONTENT.quick.len() >= 40);
    for lang in [Lang::Nl, Lang::En] {
        for quick in CONTENT.quick {
            let found = top(&index, quick.question.get(lang), lang, 1);
            assert_eq!(found, [quick.id], "{lang:?}: {}", quick.question.get(lang));
        }
    }
}

//! The quick-question search on a table of queries as teachers type them — with typos,
//! word forms, whole sentences, in both languages and across them — each with the answer
//! that must come first. Every failing query is listed at once.

use zelfcheck::content::CONTENT;
use zelfcheck_engine::Lang;
use zelfcheck_engine::search::{SearchIndex, fold, same_word, terms};

use Lang::{En, Nl};

fn top(index: &SearchIndex, query: &str, lang: Lang, n: usize) -> Vec<&'static str> {
    index
        .search(query, lang, n)
        .iter()
        .map(|h| h.quick.id)
        .collect()
}

/// Runs a table and fails with every query whose answer does not come first.
fn check_first(index: &SearchIndex, table: &[(&str, Lang, &str)]) {
    for (_, _, id) in table {
        assert!(
            CONTENT.quick.iter().any(|q| q.id == *id),
            "the table names '{id}', which is not a quick question"
        );
    }
    let failures: Vec<String> = table
        .iter()
        .filter_map(|(query, lang, expected)| {
            let found = top(index, query, *lang, 3);
            (found.first() != Some(expected))
                .then(|| format!("{lang:?} {query:?}: expected {expected}, got {found:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} queries failed:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
}

/// The table: what people type, and the answer that must come first.
const TABLE: &[(&str, Lang, &str)] = &[
    // The queries of issue 16.
    ("ouder scheldt", Nl, "ouder-scheldt"),
    ("leerling slaat docent", Nl, "zelf-aangifte-doen"),
    ("pupil hits teacher", En, "zelf-aangifte-doen"),
    (
        "my colleague touches pupils",
        En,
        "meldplicht-vermoeden-collega",
    ),
    ("kindermishandeling vermoeden", Nl, "meldcode-verplicht"),
    ("gescholden door ouder", Nl, "ouder-scheldt"),
    ("can I restrain a pupil", En, "leerling-vastpakken"),
    (
        "wat als ouders niet betalen schoolreis",
        Nl,
        "ouderbijdrage-niet-betaald",
    ),
    ("mag ik een leerling vasthouden", Nl, "leerling-vastpakken"),
    ("foto's op social media", Nl, "fotos-leerlingen-online"),
    ("medicijnen", En, "medicijnen-op-kamp"),
    // Verb forms, separable verbs, participles.
    ("ik werd uitgescholden door een vader", Nl, "ouder-scheldt"),
    ("moeder schold me uit op het plein", Nl, "ouder-scheldt"),
    ("ouders schelden", Nl, "ouder-scheldt"),
    ("ik pakte een leerling vast", Nl, "leerling-vastpakken"),
    ("leerling vastgepakt", Nl, "leerling-vastpakken"),
    (
        "mag ik tussenbeide komen bij een vechtpartij",
        Nl,
        "leerling-vastpakken",
    ),
    (
        "twee leerlingen vechten mag ik ze uit elkaar halen",
        Nl,
        "leerling-vastpakken",
    ),
    ("fysiek ingrijpen", Nl, "leerling-vastpakken"),
    ("een leerling sloeg mij", Nl, "zelf-aangifte-doen"),
    ("geslagen door leerling aangifte", Nl, "zelf-aangifte-doen"),
    (
        "ik ben bedreigd door een ouder",
        Nl,
        "bedreigd-door-ouder-zelf",
    ),
    ("vader loopt boos de klas binnen", Nl, "ouder-loopt-klas-in"),
    (
        "boze moeder komt de klas in lopen",
        Nl,
        "ouder-loopt-klas-in",
    ),
    ("ouder de school uitsturen", Nl, "ouder-school-uit-sturen"),
    (
        "leerling is gepest op instagram na school",
        Nl,
        "online-pesten-buiten-school",
    ),
    (
        "leerling is overleden wat moeten we doen",
        Nl,
        "leerling-overleden-eerst",
    ),
    // Plurals and diminutives.
    ("hoeveel begeleiders schoolreisje", Nl, "begeleiders-aantal"),
    ("pestprotocollen verplicht", Nl, "pestprotocol-verplicht"),
    (
        "fotootjes van kinderen op de website",
        Nl,
        "fotos-leerlingen-online",
    ),
    (
        "klassenfoto's op facebook zetten",
        Nl,
        "fotos-leerlingen-online",
    ),
    ("autostoeltjes", Nl, "autostoeltje-ouders-rijden"),
    (
        "filmpjes van een leerling op tiktok",
        Nl,
        "foto-leerling-online-gezet",
    ),
    ("naaktfoto's", Nl, "naaktfoto-rondgestuurd"),
    // Synonyms.
    ("mag ik een kind beetpakken", Nl, "leerling-vastpakken"),
    ("medicatie op schoolkamp", Nl, "medicijnen-op-kamp"),
    ("insuline geven op werkweek", Nl, "medicijnen-op-kamp"),
    ("ouder scheldt mij uit", Nl, "ouder-scheldt"),
    ("schoolverbod vader", Nl, "schoolverbod-ouder"),
    ("hoe lang duurt een pleinverbod", Nl, "verbod-einddatum"),
    ("nudes van een leerling", Nl, "naaktfoto-rondgestuurd"),
    ("zelfmoord leerling hulp", Nl, "hulp-na-zelfdoding"),
    ("kind kwijt in pretpark", Nl, "leerling-zoek-op-uitje"),
    (
        "leerling weggelopen tijdens excursie",
        Nl,
        "leerling-zoek-op-uitje",
    ),
    ("wat zeg ik tegen de pers", Nl, "journalist-vragen"),
    ("verklaring omtrent gedrag ouders", Nl, "vog-ouders-mee"),
    // Typos.
    ("begeleidres schoolreis", Nl, "begeleiders-aantal"),
    (
        "vertrouwenspersoon verplict",
        Nl,
        "vertrouwenspersoon-verplicht",
    ),
    ("klachtenregelnig", Nl, "klachtenregeling-verplicht"),
    ("aandachtsfunctionars", Nl, "aandachtsfunctionaris-wie"),
    ("vlagensysteem", Nl, "vlaggensysteem-wat"),
    ("medicijen op kamp", Nl, "medicijnen-op-kamp"),
    (
        "ouderbijdrge niet betaald",
        Nl,
        "ouderbijdrage-niet-betaald",
    ),
    ("klokkenluiderregeling", Nl, "klokkenluidersregeling"),
    ("meldcode stapen", Nl, "meldcode-vijf-stappen"),
    ("vasthoudne leerling", Nl, "leerling-vastpakken"),
    // Whole sentences.
    (
        "Een ouder staat te schreeuwen in de gang, wat moet ik doen?",
        Nl,
        "ouder-scheldt",
    ),
    (
        "Mag een kind thuisblijven als de ouders de ouderbijdrage niet hebben betaald?",
        Nl,
        "ouderbijdrage-niet-betaald",
    ),
    (
        "Moet ik het melden als ik denk dat een collega een leerling misbruikt?",
        Nl,
        "meldplicht-vermoeden-collega",
    ),
    (
        "Een leerling vertelt dat haar vader haar slaat",
        Nl,
        "leerling-vertelt-geweld-thuis",
    ),
    (
        "Mag ik beloven dat ik het niemand vertel?",
        Nl,
        "leerling-vraagt-geheimhouding",
    ),
    (
        "Hoe vaak moeten we de veiligheid van leerlingen meten?",
        Nl,
        "monitoring-hoe-vaak",
    ),
    (
        "Er wordt een naaktfoto van een meisje rondgestuurd in de klasgroep",
        Nl,
        "naaktfoto-rondgestuurd",
    ),
    (
        "Wie kan ik bellen als er iets ergs gebeurt op school?",
        Nl,
        "calamiteit-wie-bellen",
    ),
    (
        "Moeten ouders die rijden een autostoeltje hebben?",
        Nl,
        "autostoeltje-ouders-rijden",
    ),
    (
        "Mag ik foto's van de klas op instagram zetten?",
        Nl,
        "fotos-leerlingen-online",
    ),
    (
        "Een leerling heeft een filmpje van een klasgenoot online gezet",
        Nl,
        "foto-leerling-online-gezet",
    ),
    // English.
    ("how many supervisors school trip", En, "begeleiders-aantal"),
    ("whistleblower", En, "klokkenluidersregeling"),
    ("parent shouting at me", En, "ouder-scheldt"),
    ("can I restrain a pupil", En, "leerling-vastpakken"),
    (
        "may I hold a child who is fighting",
        En,
        "leerling-vastpakken",
    ),
    (
        "pupils photos on the school website",
        En,
        "fotos-leerlingen-online",
    ),
    ("a pupil hit me", En, "zelf-aangifte-doen"),
    (
        "parents did not pay the contribution for the trip",
        En,
        "ouderbijdrage-niet-betaald",
    ),
    ("medication on camp", En, "medicijnen-op-kamp"),
    ("pupil missing on trip", En, "leerling-zoek-op-uitje"),
    ("nude pictures going round", En, "naaktfoto-rondgestuurd"),
    (
        "angry parent walks into classroom",
        En,
        "ouder-loopt-klas-in",
    ),
    (
        "Do I need proof before reporting?",
        En,
        "bewijs-nodig-melden",
    ),
    (
        "how long can I keep my notes",
        En,
        "bewaartermijn-aantekeningen",
    ),
    (
        "bullying online after school",
        En,
        "online-pesten-buiten-school",
    ),
    ("superviser ratio", En, "begeleiders-aantal"),
    // Across languages: Dutch in the English check, English in the Dutch one.
    ("vasthouden", En, "leerling-vastpakken"),
    ("ouderbijdrage", En, "ouderbijdrage-niet-betaald"),
    ("vlaggensysteem", En, "vlaggensysteem-wat"),
    ("uitgescholden door ouder", En, "ouder-scheldt"),
    ("klokkenluidersregeling", En, "klokkenluidersregeling"),
    ("social media photos", Nl, "fotos-leerlingen-online"),
    ("whistleblower", Nl, "klokkenluidersregeling"),
    ("restrain pupil", Nl, "leerling-vastpakken"),
    ("school trip supervisors", Nl, "begeleiders-aantal"),
    ("first aid trip", Nl, "ehbo-mee"),
];

#[test]
fn the_table_finds_each_answer_first() {
    let index = SearchIndex::new(&CONTENT);
    assert!(TABLE.len() >= 60);
    check_first(&index, TABLE);
}

#[test]
fn without_the_other_languages_texts_keywords_still_cross_over() {
    // Before the other language's texts are downloaded, only its keywords are there.
    let english_only = SearchIndex::with_texts(&CONTENT, [false, true]);
    check_first(
        &english_only,
        &[
            ("medicijnen", En, "medicijnen-op-kamp"),
            ("vasthouden", En, "leerling-vastpakken"),
            ("ouderbijdrage", En, "ouderbijdrage-niet-betaald"),
            ("uitgescholden", En, "ouder-scheldt"),
        ],
    );
    let dutch_only = SearchIndex::with_texts(&CONTENT, [true, false]);
    check_first(
        &dutch_only,
        &[
            ("whistleblower", Nl, "klokkenluidersregeling"),
            ("restrain", Nl, "leerling-vastpakken"),
            ("medicine camp", Nl, "medicijnen-op-kamp"),
        ],
    );
}

#[test]
fn word_forms_meet() {
    for (a, b) in [
        ("ouders", "ouder"),
        ("pesten", "pest"),
        ("gepest", "pesten"),
        ("klassen", "klas"),
        ("kindjes", "kind"),
        ("kinderen", "kind"),
        ("scheldt", "schelden"),
        ("boze", "boos"),
        ("betaald", "betalen"),
        ("foto's", "foto"),
        ("vastgepakt", "vastpakken"),
        ("schoolreisje", "schoolreis"),
        ("Coördinator", "coordinators"),
    ] {
        assert!(same_word(a, b, Nl), "{a} / {b}");
    }
    for (a, b) in [
        ("supervisors", "supervisor"),
        ("bullied", "bully"),
        ("parents", "parent"),
    ] {
        assert!(same_word(a, b, En), "{a} / {b}");
    }
    assert!(!same_word("school", "ouder", Nl));
    assert_eq!(fold("Coördinator Één"), "coordinator een");
}

#[test]
fn a_word_being_typed_counts_as_a_beginning() {
    let index = SearchIndex::new(&CONTENT);
    assert_eq!(top(&index, "vlaggensys", Nl, 1), ["vlaggensysteem-wat"]);
    assert_eq!(
        top(&index, "mag ik een leerling vastp", Nl, 1),
        ["leerling-vastpakken"]
    );
    // With a space after it, a fragment too short to be a word finds nothing.
    assert!(!index.search("kl", Nl, 5).is_empty());
    assert!(index.search("kl ", Nl, 5).is_empty());
}

#[test]
fn stop_words_and_nonsense_find_nothing() {
    let index = SearchIndex::new(&CONTENT);
    for query in [
        "",
        "  ",
        "de het een",
        "wat moet ik doen?",
        "xylofoonquiz",
        "what should I do",
    ] {
        assert!(
            index.search(query, Nl, 5).is_empty(),
            "{query:?}: {:?}",
            top(&index, query, Nl, 5)
        );
    }
    assert!(terms("Wat moet ik doen?", Nl).is_empty());
}

#[test]
fn every_quick_question_finds_itself_first_by_its_own_question() {
    let index = SearchIndex::new(&CONTENT);
    assert!(CONTENT.quick.len() >= 40);
    let mut failures = Vec::new();
    for lang in [Nl, En] {
        for quick in CONTENT.quick {
            let found = top(&index, quick.question.get(lang), lang, 2);
            if found.first() != Some(&quick.id) {
                failures.push(format!("{lang:?} {}: {found:?}", quick.question.get(lang)));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn results_are_few_and_specific() {
    let index = SearchIndex::new(&CONTENT);
    // A specific question does not drag half the content along.
    let hits = index.search("mag ik een leerling vasthouden", Nl, 50);
    assert!(hits.len() <= 12, "{} hits", hits.len());
}

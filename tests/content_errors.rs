//! Broken content must fail the check with the right file, line and message.
//!
//! Each case copies the small valid fixture in `tests/fixtures/valid`, breaks one thing in
//! one file, and checks what the content check says.

use std::path::{Path, PathBuf};

use zelfcheck_authoring::{ContentError, check_dir};

const VALID: &str = "tests/fixtures/valid";

/// A copy of the valid fixture in a fresh temporary folder.
fn copy_fixture(case: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zelfcheck-{}-{case}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("topics")).unwrap();
    for file in [
        "ui.toml",
        "contacts.toml",
        "sources.toml",
        "topics/uitje.toml",
        "rules.toml",
        "glossary.toml",
        "claims.toml",
        "editions.toml",
        "documents.toml",
        "triage.toml",
        "print.toml",
    ] {
        std::fs::copy(Path::new(VALID).join(file), dir.join(file)).unwrap();
    }
    dir
}

/// Breaks the fixture by replacing `find` (which must occur) in `file`, and returns the errors.
fn errors_after(case: &str, file: &str, find: &str, replace: &str) -> Vec<ContentError> {
    let dir = copy_fixture(case);
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(find), "{case}: fixture has no '{find}'");
    std::fs::write(&path, text.replacen(find, replace, 1)).unwrap();
    let result = check_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(_) => panic!("{case}: broken content was accepted"),
        Err(errors) => errors,
    }
}

/// The line (1-based) of the first occurrence of `needle` in the fixture file after the change.
fn line_of(file: &str, find: &str, replace: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(Path::new(VALID).join(file)).unwrap();
    let changed = text.replacen(find, replace, 1);
    let at = changed.find(needle).expect("needle in changed file");
    changed[..at].matches('\n').count() + 1
}

#[test]
fn the_valid_fixture_passes() {
    let checked = check_dir(Path::new(VALID)).expect("valid fixture");
    assert_eq!(checked.content.topics.len(), 1);
    assert_eq!(checked.content.topics[0].questions.len(), 3);
}

struct Case {
    name: &'static str,
    file: &'static str,
    find: &'static str,
    replace: &'static str,
    /// Text that must be on the reported line (`None`: line 1).
    line_at: Option<&'static str>,
    message: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "bare-phone-number",
        file: "topics/uitje.toml",
        find: "text.nl = \"Vraag het aan de coördinator.\"",
        replace: "text.nl = \"Vraag het aan de coördinator, of bel 0900-8844.\"",
        line_at: Some("bel 0900-8844"),
        message: "the phone number '0900-8844' cannot be tapped; write it as [0900-8844](tel:09008844)",
    },
    Case {
        name: "phone-link-calls-other-digits",
        file: "topics/uitje.toml",
        find: "text.nl = \"Is er gevaar? Bel [112](tel:112).\"",
        replace: "text.nl = \"Is er gevaar? Bel [112](tel:113).\"",
        line_at: Some("(tel:113)"),
        message: "shows other digits than it calls",
    },
    Case {
        name: "help-repeats-the-hint",
        file: "topics/uitje.toml",
        find: "text.nl = \"Wat is geregeld?\"",
        replace: "text.nl = \"Wat is geregeld?\"\nhelp.nl = \"Kies alles wat past.\"\nhelp.en = \"Choose all that apply.\"",
        line_at: Some("help.nl = \"Kies alles"),
        message: "repeats the hint the screen shows under every question",
    },
    Case {
        name: "unverified-claim",
        file: "topics/uitje.toml",
        find: "text.nl = \"Vraag het aan de coördinator.\"",
        replace: "text.nl = \"Het Calamiteitenteam is dag en nacht bereikbaar.\"",
        line_at: Some("dag en nacht"),
        message: "a claim that is not verified (calamiteitenteam-dag-en-nacht)",
    },
    Case {
        name: "glossary-form-in-no-text",
        file: "glossary.toml",
        find: "find.nl = [\"EHBO\"]",
        replace: "find.nl = [\"EHBO-diploma\"]",
        line_at: Some("find.nl = [\"EHBO-diploma\"]"),
        message: "the form 'EHBO-diploma' stands in no nl text",
    },
    Case {
        name: "malformed-toml",
        file: "topics/uitje.toml",
        find: "text.nl = \"Wat voor uitje?\"",
        replace: "text.nl = \"Wat voor uitje?",
        line_at: Some("text.nl = \"Wat voor uitje?"),
        message: "",
    },
    Case {
        name: "unknown-field",
        file: "topics/uitje.toml",
        find: "dont_know = true",
        replace: "dont_knwo = true",
        line_at: Some("dont_knwo"),
        message: "unknown field `dont_knwo`",
    },
    Case {
        name: "missing-english",
        file: "topics/uitje.toml",
        find: "text.en = \"What kind of outing?\"\n",
        replace: "",
        line_at: Some("text.nl = \"Wat voor uitje?\""),
        message: "missing field `en`",
    },
    Case {
        name: "empty-text",
        file: "topics/uitje.toml",
        find: "text.nl = \"Zijn er slaapregels?\"",
        replace: "text.nl = \"  \"",
        line_at: Some("text.nl = \"  \""),
        message: "the Dutch text of question 'slapen' is empty",
    },
    Case {
        name: "unknown-fact",
        file: "topics/uitje.toml",
        find: "when = \"overnachten\"",
        replace: "when = \"overnachtne\"",
        line_at: Some("when = \"overnachtne\""),
        message: "the condition uses fact 'overnachtne', but no answer above this question records it",
    },
    Case {
        name: "fact-from-below",
        file: "topics/uitje.toml",
        find: "when = \"overnachten\"",
        replace: "when = \"geregeld.ehbo\"",
        line_at: Some("when = \"geregeld.ehbo\""),
        message: "fact 'geregeld.ehbo', but no answer above this question records it",
    },
    Case {
        name: "bad-condition",
        file: "topics/uitje.toml",
        find: "when = \"slapen.nee\"",
        replace: "when = \"(slapen.nee or\"",
        line_at: Some("when = \"(slapen.nee or\""),
        message: "the condition ends too early",
    },
    Case {
        name: "missing-source",
        file: "topics/uitje.toml",
        find: "sources = [\"sv-adviespunt\", \"rijksoverheid-ehbo\"]",
        replace: "sources = [\"sv-adviespunt\", \"politie-113\"]",
        line_at: Some("politie-113"),
        message: "source 'politie-113' is not in sources.toml",
    },
    Case {
        name: "unreachable-question",
        file: "topics/uitje.toml",
        find: "when = \"overnachten\"",
        replace: "when = \"soort.dag and soort.kamp\"",
        line_at: Some("id = \"slapen\""),
        message: "question 'slapen' is never asked",
    },
    Case {
        name: "unreachable-tip",
        file: "topics/uitje.toml",
        find: "when = \"soort.weet_niet\"\nsectors = [\"po\", \"so\"]",
        replace: "when = \"soort.weet_niet and soort.dag\"\nsectors = [\"po\", \"so\"]",
        line_at: Some("id = \"vraag-na\""),
        message: "tip 'vraag-na' is never given",
    },
    Case {
        name: "dead-end",
        file: "topics/uitje.toml",
        find: "title.nl = \"Goed dat je dit nagaat\"",
        replace: "when = \"geregeld.niets\"\ntitle.nl = \"Goed dat je dit nagaat\"",
        line_at: Some("id = \"uitje\""),
        message: "end without any tip (for 24 of the 24 sector and role combinations), for example sector po, role docent: soort=dag → geregeld=ehbo",
    },
    Case {
        name: "interrupt-never-shows",
        file: "topics/uitje.toml",
        find: "when = \"slapen.nee\"\ncontact",
        replace: "when = \"slapen.nee and soort.dag\"\ncontact",
        line_at: Some("id = \"nacht-gevaar\""),
        message: "interrupt 'nacht-gevaar' never shows",
    },
    Case {
        name: "interrupt-unknown-contact",
        file: "topics/uitje.toml",
        find: "contact = \"emergency\"",
        replace: "contact = \"brandweer\"",
        line_at: Some("contact = \"brandweer\""),
        message: "unknown variant `brandweer`",
    },
    Case {
        name: "duplicate-question",
        file: "topics/uitje.toml",
        find: "id = \"slapen\"",
        replace: "id = \"soort\"",
        line_at: Some("id = \"soort\"\ntype = \"single\"\nwhen"),
        message: "question id 'soort' is used twice in this topic",
    },
    Case {
        name: "unknown-sector",
        file: "topics/uitje.toml",
        find: "sectors = [\"po\", \"so\"]",
        replace: "sectors = [\"po\", \"hbo\"]",
        line_at: Some("\"hbo\""),
        message: "unknown sector 'hbo'",
    },
    Case {
        name: "bad-edition",
        file: "topics/uitje.toml",
        find: "edition = 2026-12-04",
        replace: "edition = 2026-12-04T10:00:00",
        line_at: Some("2026-12-04T10:00:00"),
        message: "the edition must be a date like 2026-12-04",
    },
    Case {
        name: "checked-is-gone",
        file: "topics/uitje.toml",
        find: "phase = \"na\"\n",
        replace: "phase = \"na\"\nchecked = 2026-11-28\n",
        line_at: Some("checked = 2026-11-28"),
        message: "'checked' is no longer used",
    },
    Case {
        name: "duty-without-official-source",
        file: "topics/uitje.toml",
        find: "sources = [\"sv-adviespunt\", \"rijksoverheid-ehbo\"]",
        replace: "sources = [\"sv-adviespunt\", \"politie-112\"]",
        line_at: Some("id = \"ehbo-regelen\""),
        message: "is a legal duty, so it must cite at least one official source",
    },
    Case {
        name: "unknown-rule",
        file: "topics/uitje.toml",
        find: "rule = \"incident-melden\"",
        replace: "rule = \"incident-meldn\"",
        line_at: Some("rule = \"incident-meldn\""),
        message: "there is no tip rule 'incident-meldn' in rules.toml",
    },
    Case {
        name: "field-beside-rule",
        file: "topics/uitje.toml",
        find: "rule = \"incident-melden\"\n",
        replace: "rule = \"incident-melden\"\nkind = \"duty\"\n",
        line_at: Some("rule = \"incident-melden\""),
        message: "which gives the kind; remove kind here",
    },
    Case {
        name: "unknown-named-condition",
        file: "topics/uitje.toml",
        find: "when = \"overnachten\"\n\n[[interrupts]]",
        replace: "when = \"@overnacht\"\n\n[[interrupts]]",
        line_at: Some("when = \"@overnacht\""),
        message: "'@overnacht' is not a named condition",
    },
    Case {
        name: "rule-uses-an-answer",
        file: "rules.toml",
        find: "melden = \"incident and not rol.bestuur\"",
        replace: "melden = \"slapen.nee and not rol.bestuur\"",
        line_at: Some("melden = \"slapen.nee"),
        message: "the condition uses fact 'slapen.nee', but a shared rule may only use profile facts",
    },
    Case {
        name: "guard-broken-by-words",
        file: "topics/uitje.toml",
        find: "text.nl = \"Spreek regels af voor de nacht.\"",
        replace: "text.nl = \"Bemiddel tussen de leerlingen.\"",
        line_at: Some("id = \"slaapregels-maken\""),
        message: "guard 'geen-bemiddeling' of rules.toml: 'slaapregels-maken' (its Dutch text says 'bemiddel') shows where it may not, e.g. sector po, role docent: soort=kamp → slapen=nee",
    },
    Case {
        name: "see-topic-unknown",
        file: "topics/uitje.toml",
        find: "phase = \"na\"\n",
        replace: "phase = \"na\"\nsee_topic = \"pesten\"\n",
        line_at: Some("id = \"slaapregels-maken\""),
        message: "points to topic 'pesten' (see_topic), which is not another topic",
    },
    Case {
        name: "glossary-calque",
        file: "topics/uitje.toml",
        find: "title.en = \"Make sleeping rules\"",
        replace: "title.en = \"Good that you made sleeping rules\"",
        line_at: Some("Good that you made"),
        message: "the English text uses 'Good that'; the glossary renders 'Goed dat' as 'It's good that'",
    },
    Case {
        name: "todo-without-urgency",
        file: "topics/uitje.toml",
        find: "urgency = \"high\"\n",
        replace: "",
        line_at: Some("id = \"slaapregels-maken\""),
        message: "is a todo and needs an urgency",
    },
    Case {
        name: "empty-ui-text",
        file: "ui.toml",
        find: "nl = \"Volgende\"",
        replace: "nl = \"\"",
        line_at: Some("nl = \"\""),
        message: "the Dutch text of 'next' is empty",
    },
    Case {
        name: "contact-unknown-source",
        file: "contacts.toml",
        find: "source = \"politie-112\"",
        replace: "source = \"politie\"",
        line_at: Some("source = \"politie\""),
        message: "source 'politie' is not in sources.toml",
    },
    Case {
        name: "opening-time-written-wrong",
        file: "contacts.toml",
        find: "from = \"8:00\"",
        replace: "from = \"8.00\"",
        line_at: Some("from = \"8.00\""),
        message: "open.from of the vertrouwensinspecteur is \"8.00\"; write a time as 9:00",
    },
    Case {
        name: "opening-closes-before-it-opens",
        file: "contacts.toml",
        find: "to = \"17:00\"",
        replace: "to = \"7:00\"",
        line_at: Some("to = \"7:00\""),
        message: "open.to of the vertrouwensinspecteur must be later than open.from",
    },
    Case {
        name: "opening-not-in-the-hours-text",
        file: "contacts.toml",
        find: "to = \"16:00\"",
        replace: "to = \"16:30\"",
        line_at: Some("hours.nl = \"Schooldagen"),
        message: "the hours of the Adviespunt do not name 16.30, which `open` gives",
    },
    Case {
        name: "opening-unknown-days",
        file: "contacts.toml",
        find: "days = \"working_days\"",
        replace: "days = \"weekdays\"",
        line_at: Some("days = \"weekdays\""),
        message: "weekdays",
    },
    Case {
        name: "source-plain-http",
        file: "sources.toml",
        find: "url = \"https://www.wabp.nl/voor-wie/politie/\"",
        replace: "url = \"http://www.wabp.nl/voor-wie/politie/\"",
        line_at: Some("http://www.wabp.nl"),
        message: "must start with https://",
    },
    Case {
        name: "document-named-in-one-language-only",
        file: "topics/uitje.toml",
        find: "title.en = \"Make sleeping rules\"\ntext.nl = \"Spreek regels af voor de nacht.\"\ntext.en = \"Agree on rules for the night.\"",
        replace: "title.en = \"Make bedtime agreements\"\ntext.nl = \"Spreek regels af voor de nacht.\"\ntext.en = \"Agree on what happens at night.\"",
        line_at: Some("id = \"slaapregels-maken\""),
        message: "slaapregels-maken names document 'slaapregels' in Dutch but not in English",
    },
    Case {
        name: "document-named-nowhere",
        file: "documents.toml",
        find: "words.nl = \"slaapregels|regels af voor de nacht\"\nwords.en = \"sleeping rules|rules for the night\"",
        replace: "words.nl = \"huisregels\"\nwords.en = \"house rules\"",
        line_at: Some("words.nl = \"huisregels\""),
        message: "no tip and no [[prepare]] line names document 'slaapregels'",
    },
    Case {
        name: "document-words-not-lower-case",
        file: "documents.toml",
        find: "words.en = \"sleeping rules|rules for the night\"",
        replace: "words.en = \"Sleeping rules|rules for the night\"",
        line_at: Some("words.en = \"Sleeping"),
        message: "the English words of document 'slaapregels' must be in lower case",
    },
    Case {
        name: "triage-unknown-topic",
        file: "triage.toml",
        find: "topics = [\"uitje\"]",
        replace: "topics = [\"uitstap\"]",
        line_at: Some("\"uitstap\""),
        message: "topic 'uitstap' does not exist",
    },
    Case {
        name: "triage-unknown-contact",
        file: "triage.toml",
        find: "urgent = [\"emergency\"]",
        replace: "urgent = [\"politie\"]",
        line_at: Some("\"politie\""),
        message: "'politie' is not a contact in contacts.toml",
    },
    Case {
        name: "triage-leaves-a-topic-out",
        file: "triage.toml",
        find: "  topics = [\"uitje\"]\n",
        replace: "",
        line_at: Some("urgent = [\"emergency\"]"),
        message: "no answer here leads to topic 'uitje'",
    },
    Case {
        name: "prepare-missing",
        file: "topics/uitje.toml",
        find: "[[prepare]]\ntext.nl = \"Waar en wanneer het uitje is.\"\ntext.en = \"Where and when the outing is.\"",
        replace: "",
        line_at: Some("id = \"uitje\""),
        message: "topic 'uitje' has no [[prepare]]: say what to have ready when calling the Adviespunt",
    },
    Case {
        name: "topic-changed-after-the-newest-edition",
        file: "editions.toml",
        find: "date = 2026-12-04",
        replace: "date = 2026-12-01",
        line_at: Some("date = 2026-12-01"),
        message: "topic 'uitje' changed on 2026-12-04, after the newest edition (2, 2026-12-01); add an edition that says what changed",
    },
    Case {
        name: "edition-numbers-do-not-count-down",
        file: "editions.toml",
        find: "number = 1",
        replace: "number = 3",
        line_at: Some("number = 3"),
        message: "edition number 3 should be 1",
    },
    Case {
        name: "edition-older-than-the-one-below",
        file: "editions.toml",
        find: "date = 2026-11-28",
        replace: "date = 2026-12-24",
        line_at: Some("date = 2026-12-24"),
        message: "edition 1 is dated 2026-12-24, not before the newer edition above it (2026-12-04)",
    },
    Case {
        name: "edition-change-for-an-unknown-topic",
        file: "editions.toml",
        find: "topic = \"uitje\"",
        replace: "topic = \"uitstapje\"",
        line_at: Some("topic = \"uitstapje\""),
        message: "topic 'uitstapje' does not exist",
    },
    Case {
        name: "feedback-address-not-an-address",
        file: "editions.toml",
        find: "feedback_email = \"inhoud@voorbeeld.nl\"",
        replace: "feedback_email = \"inhoud@voorbeeld.nl?cc=iemand@elders.nl\"",
        line_at: Some("feedback_email"),
        message: "is not an address like naam@voorbeeld.nl",
    },
    Case {
        name: "notes-sheet-unknown-topic",
        file: "print.toml",
        find: "notes_sheets = [\"uitje\"]",
        replace: "notes_sheets = [\"uitje\", \"kamp\"]",
        line_at: Some("notes_sheets"),
        message: "topic 'kamp' in notes_sheets does not exist",
    },
];

#[test]
fn every_broken_fixture_fails_with_file_line_and_message() {
    for case in CASES {
        let errors = errors_after(case.name, case.file, case.find, case.replace);
        let expected_line = case.line_at.map_or(1, |needle| {
            line_of(case.file, case.find, case.replace, needle)
        });
        let hit = errors.iter().find(|e| {
            e.file.ends_with(case.file)
                && e.line == expected_line
                && e.message.contains(case.message)
        });
        assert!(
            hit.is_some(),
            "{}: expected {}:{} '{}', got:\n{}",
            case.name,
            case.file,
            expected_line,
            case.message,
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        );
    }
}

#[test]
fn a_rule_that_reaches_a_role_its_guard_excludes_is_reported_where_the_topic_uses_it() {
    let errors = errors_after(
        "guard-broken-by-rule",
        "rules.toml",
        "melden = \"incident and not rol.bestuur\"",
        "melden = \"incident\"",
    );
    let line = line_of("topics/uitje.toml", "", "", "rule = \"incident-melden\"");
    assert!(
        errors.iter().any(|e| e.file.ends_with("topics/uitje.toml")
            && e.line == line
            && e.message.contains("guard 'niet-voor-bestuur'")
            && e.message.contains("rule 'incident-melden'")
            && e.message.contains("role bestuur")),
        "got: {errors:?}"
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let dir = copy_fixture("several");
    let path = dir.join("topics/uitje.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text
        .replacen("text.nl = \"Een dag\"", "text.nl = \"\"", 1)
        .replacen("politie-112", "nergens", 1);
    std::fs::write(&path, broken).unwrap();
    let errors = check_dir(&dir).unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(errors.len() >= 2, "{errors:?}");
}

#[test]
fn a_missing_topic_folder_is_reported() {
    let dir = copy_fixture("no-topics");
    std::fs::remove_dir_all(dir.join("topics")).unwrap();
    let errors = check_dir(&dir).unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("cannot read the topics folder")),
        "{errors:?}"
    );
}

/// Writes `text` to `file` in a fresh copy of the fixture and returns the check's errors.
fn errors_with_file(case: &str, file: &str, text: &str) -> Vec<ContentError> {
    let dir = copy_fixture(case);
    let path = dir.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    let result = check_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    result.err().unwrap_or_default()
}

const CASE: &str = r#"[[cases]]
id = "kamp-zonder-regels"
sector = "po"
role = "docent"
title.nl = "Kamp"
title.en = "Camp"
text.nl = "Een kamp."
text.en = "A camp."
answers = [["soort", "kamp"], ["slapen", "ANSWER"]]

[[why]]
question = "soort"
text.nl = "Een kamp vraagt meer voorbereiding."
text.en = "A camp needs more preparation."

[[why]]
question = "slapen"
text.nl = "Slaapregels voorkomen problemen."
text.en = "Sleeping rules prevent trouble."
"#;

#[test]
fn a_case_whose_answers_do_not_fit_the_topic_fails_with_its_place() {
    let errors = errors_with_file(
        "case",
        "cases/uitje.toml",
        &CASE.replace("ANSWER", "niet-bestaand"),
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].file.ends_with("cases/uitje.toml"), "{errors:?}");
    assert_eq!(errors[0].line, 2);
    assert!(
        errors[0].message.contains("case 'kamp-zonder-regels'"),
        "{errors:?}"
    );
    assert!(errors[0].message.contains("niet-bestaand"), "{errors:?}");
}

#[test]
fn a_case_question_without_the_advisers_reasoning_fails_at_its_answer() {
    let text = CASE
        .replace("ANSWER", "ja")
        .replace("question = \"slapen\"", "question = \"geregeld\"");
    let errors = errors_with_file("case-why", "cases/uitje.toml", &text);
    assert!(
        errors.iter().any(|e| e.file.ends_with("cases/uitje.toml")
            && e.line == 9
            && e.message
                .contains("case 'kamp-zonder-regels' answers question 'slapen'")
            && e.message.contains("[[why]]")),
        "{errors:?}"
    );
    let text = CASE
        .replace("ANSWER", "ja")
        .replace("question = \"slapen\"", "question = \"bestaat-niet\"");
    let errors = errors_with_file("case-why-unknown", "cases/uitje.toml", &text);
    assert!(
        errors
            .iter()
            .any(|e| e.line == 17 && e.message.contains("'bestaat-niet'")),
        "{errors:?}"
    );
}

#[test]
fn a_case_with_an_unknown_sector_fails() {
    let errors = errors_with_file(
        "case-sector",
        "cases/uitje.toml",
        &CASE.replace("sector = \"po\"", "sector = \"hbo\""),
    );
    assert!(
        errors
            .iter()
            .any(|e| e.line == 3 && e.message.contains("sector 'hbo'")),
        "{errors:?}"
    );
}

#[test]
fn a_quick_question_citing_an_unknown_source_or_in_a_file_without_topic_fails() {
    let quick = r#"[[quick]]
id = "hoeveel"
question.nl = "Hoeveel?"
question.en = "How many?"
answer.nl = "Er is geen vaste norm."
answer.en = "There is no fixed norm."
sources = ["bestaat-niet"]
"#;
    let errors = errors_with_file("quick", "quick/uitje.toml", quick);
    assert!(
        errors
            .iter()
            .any(|e| e.line == 7 && e.message.contains("source 'bestaat-niet'")),
        "{errors:?}"
    );
    let errors = errors_with_file(
        "quick-topic",
        "quick/geen-topic.toml",
        &quick.replace("bestaat-niet", "sv-adviespunt"),
    );
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("no topic 'geen-topic'")),
        "{errors:?}"
    );
}

#[test]
fn a_route_card_that_would_not_fit_on_one_page_fails_at_its_topic() {
    // Forty urgent to-dos: far more first steps than one A4 holds.
    let fixture = std::fs::read_to_string(Path::new(VALID).join("topics/uitje.toml")).unwrap();
    let mut topic = fixture.clone();
    for i in 0..40 {
        topic.push_str(&format!(
            "\n[[tips]]\nid = \"stap-{i}\"\ngroup = \"todo\"\nkind = \"advice\"\nurgency = \"urgent\"\nwhen = \"soort.kamp\"\nsources = [\"sv-adviespunt\"]\ntitle.nl = \"Doe stap {i} voordat je iets anders doet\"\ntitle.en = \"Do step {i} before anything else\"\ntext.nl = \"Uitleg.\"\ntext.en = \"Explanation.\"\n"
        ));
    }
    let errors = errors_with_file("route-card-too-long", "topics/uitje.toml", &topic);
    let id_line = fixture
        .lines()
        .position(|l| l.starts_with("id = "))
        .unwrap()
        + 1;
    assert!(
        errors.iter().any(|e| e.file.ends_with("topics/uitje.toml")
            && e.line == id_line
            && e.message.contains(
                "the route card of topic 'uitje' (nl) would not fit on one printed page"
            )),
        "got:\n{}",
        errors
            .iter()
            .map(|e| format!("  {e}\n"))
            .collect::<String>()
    );
}

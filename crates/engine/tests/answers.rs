//! Checking replies against a question, and the facts an answer records.

mod common;
use common::*;

fn multiple() -> &'static Question {
    let mut q = question("q", QuestionKind::Multiple, &["a", "b"]);
    q.options = leak(vec![
        option("q", "a", &["extra"], false),
        option("q", "b", &[], false),
        option("q", "geen", &[], true),
    ]);
    Box::leak(Box::new(q))
}

#[test]
fn a_reply_is_checked_against_the_question() {
    let q = multiple();
    assert_eq!(
        Answer::check(q, Reply::Options(&["b", "a"])),
        Ok(Answer::Chosen(vec!["a", "b"]))
    );
    assert_eq!(Answer::check(q, Reply::DontKnow), Ok(Answer::DontKnow));
    assert!(matches!(
        Answer::check(q, Reply::Options(&[])),
        Err(EngineError::EmptyAnswer { .. })
    ));
    assert!(matches!(
        Answer::check(q, Reply::Options(&["x"])),
        Err(EngineError::UnknownOption { .. })
    ));
    assert!(matches!(
        Answer::check(q, Reply::Options(&["a", "a"])),
        Err(EngineError::TooManyOptions { .. })
    ));
    assert!(matches!(
        Answer::check(q, Reply::Options(&["a", "geen"])),
        Err(EngineError::ExclusiveCombined { option: "geen", .. })
    ));
    assert_eq!(
        Answer::check(q, Reply::Options(&["geen"])),
        Ok(Answer::Chosen(vec!["geen"]))
    );
}

#[test]
fn single_choice_takes_one_option_and_dont_know_only_where_offered() {
    let mut q = question("s", QuestionKind::Single, &["a", "b"]);
    let single: &'static Question = Box::leak(Box::new(q));
    assert!(matches!(
        Answer::check(single, Reply::Options(&["a", "b"])),
        Err(EngineError::TooManyOptions { .. })
    ));
    assert_eq!(
        Answer::check(single, Reply::Options(&["b"])),
        Ok(Answer::Chosen(vec!["b"]))
    );
    q.dont_know = None;
    let without: &'static Question = Box::leak(Box::new(q));
    assert!(matches!(
        Answer::check(without, Reply::DontKnow),
        Err(EngineError::DontKnowNotOffered { .. })
    ));
}

#[test]
fn an_answer_records_the_facts_of_its_options_or_of_dont_know() {
    let q = multiple();
    let mut set = FactSet::new();
    Answer::Chosen(vec!["a"]).record(q, &mut set);
    assert_eq!(set, facts(&["extra", "q.a"]));
    let mut set = FactSet::new();
    Answer::DontKnow.record(q, &mut set);
    assert_eq!(set, facts(&["q.weet_niet"]));
}

#[test]
fn includes_names_only_chosen_options() {
    let answer = Answer::Chosen(vec!["a", "b"]);
    assert!(answer.includes("a") && answer.includes("b"));
    assert!(!answer.includes("geen"));
    assert!(!Answer::DontKnow.includes("a"));
    assert!(!Answer::DontKnow.includes(DONT_KNOW));
}

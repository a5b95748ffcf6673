//! Which questions are asked, given the profile and the answers above them.

mod common;
use common::*;

fn branching() -> &'static Topic {
    let first = question("eerste", QuestionKind::Single, &["ja", "nee"]);
    let mut only_yes = question("bij_ja", QuestionKind::Single, &["x", "y"]);
    only_yes.when = Some(fact("eerste.ja"));
    let mut leaders = question("leiding", QuestionKind::Single, &["x"]);
    leaders.roles = leak(vec![Role::Schoolleiding]);
    let last = question("laatste", QuestionKind::Multiple, &["p", "q"]);
    topic("t", vec![first, only_yes, leaders, last], vec![])
}

fn yes() -> Option<Answer> {
    Some(Answer::Chosen(vec!["ja"]))
}

#[test]
fn a_question_is_asked_when_its_condition_and_profile_fit() {
    let t = branching();
    let walk = Walk::new(t, &teacher(), &[yes()]);
    assert_eq!(walk.asked, [true, true, false, true]);
    let walk = Walk::new(t, &teacher(), &[Some(Answer::Chosen(vec!["nee"]))]);
    assert_eq!(walk.asked, [true, false, false, true]);
    let leader = Profile {
        sector: Sector::Vo,
        role: Role::Schoolleiding,
    };
    assert_eq!(Walk::new(t, &leader, &[]).asked, [true, false, true, true]);
}

#[test]
fn the_facts_are_the_profile_and_the_answers_to_asked_questions_only() {
    let t = branching();
    let stale = [
        Some(Answer::Chosen(vec!["nee"])),
        Some(Answer::Chosen(vec!["x"])),
    ];
    let walk = Walk::new(t, &teacher(), &stale);
    assert!(walk.facts.contains("eerste.nee"));
    assert!(walk.facts.contains(Sector::Po.fact()) && walk.facts.contains(Role::Docent.fact()));
    assert!(
        !walk.facts.contains("bij_ja.x"),
        "an answer to a question no longer asked leaves no fact"
    );
    let walk = Walk::new(t, &teacher(), &[yes(), Some(Answer::Chosen(vec!["x"]))]);
    assert!(walk.facts.contains("bij_ja.x"));
}

#[test]
fn next_and_previous_skip_what_is_not_asked() {
    let walk = Walk::new(
        branching(),
        &teacher(),
        &[Some(Answer::Chosen(vec!["nee"]))],
    );
    assert_eq!(walk.next_after(None), Some(0));
    assert_eq!(walk.next_after(Some(0)), Some(3));
    assert_eq!(walk.next_after(Some(3)), None);
    assert_eq!(walk.previous_before(3), Some(0));
    assert_eq!(walk.previous_before(0), None);
    assert_eq!(walk.previous_before(99), Some(3));
}

#[test]
fn is_asked_checks_profile_and_condition_together() {
    let t = branching();
    assert!(!is_asked(&t.questions[1], &teacher(), &facts(&[])));
    assert!(is_asked(
        &t.questions[1],
        &teacher(),
        &facts(&["eerste.ja"])
    ));
    assert!(!is_asked(
        &t.questions[2],
        &teacher(),
        &facts(&["eerste.ja"])
    ));
}

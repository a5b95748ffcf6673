//! Ticking options on a question's screen: single choice, exclusive options and "weet ik niet".

use zelfcheck_engine::*;

fn option(id: &'static str, exclusive: bool) -> AnswerOption {
    AnswerOption {
        id,
        text: Text::new(id, id),
        facts: &[],
        exclusive,
    }
}

fn question(kind: QuestionKind, dont_know: bool) -> &'static Question {
    let options = vec![option("a", false), option("b", false), option("geen", true)];
    Box::leak(Box::new(Question {
        id: "q",
        kind,
        text: Text::new("Vraag?", "Question?"),
        help: None,
        options: Box::leak(options.into_boxed_slice()),
        dont_know: dont_know.then_some(&[][..]),
        when: None,
        sectors: &[],
        roles: &[],
    }))
}

fn after(question: &'static Question, clicks: &[&'static str]) -> Vec<&'static str> {
    let mut s = Selection::new(question, Vec::new());
    for id in clicks {
        s.toggle(id);
    }
    s.ids().to_vec()
}

#[test]
fn single_choice_keeps_the_last_click() {
    let q = question(QuestionKind::Single, true);
    assert_eq!(after(q, &["a", "b"]), ["b"]);
    assert_eq!(after(q, &["a", "a"]), ["a"]);
}

#[test]
fn multiple_choice_adds_and_removes() {
    let q = question(QuestionKind::Multiple, true);
    assert_eq!(after(q, &["a", "b"]), ["a", "b"]);
    assert_eq!(after(q, &["a", "b", "a"]), ["b"]);
}

#[test]
fn an_exclusive_option_clears_the_others_and_is_cleared_by_them() {
    let q = question(QuestionKind::Multiple, true);
    assert_eq!(after(q, &["a", "b", "geen"]), ["geen"]);
    assert_eq!(after(q, &["geen", "a"]), ["a"]);
    assert_eq!(after(q, &["a", DONT_KNOW]), [DONT_KNOW]);
    assert_eq!(after(q, &[DONT_KNOW, "b"]), ["b"]);
    assert_eq!(after(q, &["geen", DONT_KNOW]), [DONT_KNOW]);
    let s = Selection::new(q, Vec::new());
    assert!(s.is_exclusive("geen") && s.is_exclusive(DONT_KNOW) && !s.is_exclusive("a"));
}

#[test]
fn the_reply_is_what_is_ticked_and_nothing_while_empty() {
    let q = question(QuestionKind::Multiple, true);
    let mut s = Selection::new(q, vec!["a"]);
    assert!(s.contains("a") && !s.contains("b"));
    assert_eq!(s.reply(), Some(Reply::Options(&["a"])));
    s.toggle("a");
    assert_eq!(s.reply(), None);
    s.toggle(DONT_KNOW);
    assert_eq!(s.reply(), Some(Reply::DontKnow));
}

#[test]
fn ids_and_replies_read_back_the_same() {
    assert_eq!(Reply::from_ids(&[DONT_KNOW]), Reply::DontKnow);
    assert_eq!(
        Reply::from_ids(&["a", DONT_KNOW]),
        Reply::Options(&["a", DONT_KNOW])
    );
    assert_eq!(Answer::DontKnow.ids(), [DONT_KNOW]);
    assert_eq!(Answer::Chosen(vec!["a", "b"]).ids(), ["a", "b"]);
}

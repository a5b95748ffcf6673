//! Training mode: the team's show of hands per answer option, kept per question while the
//! case is open, gone with a new case or session, never saved, and its spread beside the
//! case's answer.

mod common;
use common::*;
use zelfcheck_engine::hands::{MAX_HANDS, Share, parse_hands};

/// One topic: the kind of trip (single, with "weet ik niet") and what is arranged
/// (multiple); one case that answers both.
fn content() -> &'static Content {
    let soort = question("soort", QuestionKind::Single, &["dag", "kamp"]);
    let geregeld = question("geregeld", QuestionKind::Multiple, &["ehbo", "lijst"]);
    let case = Case {
        id: "kamp",
        sector: Sector::Po,
        role: Role::Docent,
        title: text("Op kamp"),
        text: text("Groep acht gaat op kamp."),
        answers: leak(vec![
            CaseAnswer {
                question: "soort",
                options: &["kamp"],
                why: text("het kamp bepaalt de rest"),
            },
            CaseAnswer {
                question: "geregeld",
                options: &["ehbo", "lijst"],
                why: text("dit hoort geregeld te zijn"),
            },
        ]),
    };
    let uitje = Topic {
        cases: leak(vec![case]),
        ..*topic("uitje", vec![soort, geregeld], vec![])
    };
    common::content(vec![uitje])
}

const OPEN: Event<'static> = Event::OpenCase {
    topic: "uitje",
    case: "kamp",
};

/// A training session on the case's first question.
fn in_case() -> Session {
    let mut s = Session::for_training(content());
    s.handle(OPEN).unwrap();
    s
}

fn set(s: &mut Session, option: &str, count: &str) -> Result<(), EngineError> {
    s.handle(Event::SetHands { option, count })
}

#[test]
fn hands_are_added_removed_and_set_per_option() {
    let mut s = in_case();
    assert!(s.hands().is_empty());
    s.handle(Event::AddHand("kamp")).unwrap();
    s.handle(Event::AddHand("kamp")).unwrap();
    s.handle(Event::AddHand(DONT_KNOW)).unwrap();
    set(&mut s, "dag", "7").unwrap();
    s.handle(Event::RemoveHand("kamp")).unwrap();
    let hands = s.hands();
    assert_eq!(hands.count("soort", "kamp"), 1);
    assert_eq!(hands.count("soort", "dag"), 7);
    assert_eq!(hands.count("soort", DONT_KNOW), 1);
    assert_eq!(hands.total("soort"), 9);
    assert_eq!(hands.total("geregeld"), 0);
    assert_eq!(s.step(), Step::Question(0), "counting does not move on");
    assert!(s.answered().is_empty(), "counting hands is not answering");
    assert!(s.case_answer_hidden(), "nor revealing");
}

#[test]
fn hands_never_go_below_none_nor_above_the_most() {
    let mut s = in_case();
    s.handle(Event::RemoveHand("dag")).unwrap();
    assert_eq!(s.hands().count("soort", "dag"), 0);
    set(&mut s, "dag", "999").unwrap();
    s.handle(Event::AddHand("dag")).unwrap();
    assert_eq!(s.hands().count("soort", "dag"), MAX_HANDS);
    set(&mut s, "dag", "0").unwrap();
    assert_eq!(s.hands().count("soort", "dag"), 0);
    assert!(s.hands().is_empty(), "a count set back to none is no hand");
}

#[test]
fn a_bad_number_is_refused_and_the_count_stays() {
    let mut s = in_case();
    set(&mut s, "kamp", "12").unwrap();
    for typed in [
        "",
        " ",
        "1000",
        "-1",
        "3.5",
        "1e2",
        "twaalf",
        "+4",
        "٣",
        "99999999999",
    ] {
        let error = refused(
            &mut s,
            Event::SetHands {
                option: "kamp",
                count: typed,
            },
        );
        assert_eq!(error, EngineError::BadHandCount(typed.to_string()));
        assert_eq!(s.hands().count("soort", "kamp"), 12, "after {typed:?}");
    }
    set(&mut s, "kamp", " 015 ").unwrap();
    assert_eq!(s.hands().count("soort", "kamp"), 15);
}

#[test]
fn parse_hands_takes_whole_numbers_from_0_to_999() {
    assert_eq!(parse_hands("0"), Some(0));
    assert_eq!(parse_hands("999"), Some(999));
    assert_eq!(parse_hands(" 42\n"), Some(42));
    assert_eq!(parse_hands("1000"), None);
    assert_eq!(parse_hands("4 2"), None);
    assert_eq!(parse_hands(""), None);
}

#[test]
fn hands_are_counted_only_for_options_of_the_question_on_screen() {
    let mut s = in_case();
    let error = refused(&mut s, Event::AddHand("ehbo"));
    assert_eq!(
        error,
        EngineError::UnknownOption {
            question: "soort",
            option: "ehbo".to_string()
        }
    );
    refused(&mut s, Event::RemoveHand("niets"));
    refused(
        &mut s,
        Event::SetHands {
            option: "",
            count: "3",
        },
    );
}

#[test]
fn hands_are_counted_only_on_a_question_of_a_case() {
    let mut cases = Session::for_training(content());
    for event in [
        Event::AddHand("kamp"),
        Event::RemoveHand("kamp"),
        Event::SetHands {
            option: "kamp",
            count: "2",
        },
    ] {
        assert!(matches!(
            refused(&mut cases, event),
            EngineError::WrongStep { .. }
        ));
    }
    let mut check = Session::new(content());
    check.handle(Event::Start).unwrap();
    check.handle(Event::ChooseProfile(teacher())).unwrap();
    check.handle(Event::ChooseTopic("uitje")).unwrap();
    assert!(matches!(
        refused(&mut check, Event::AddHand("kamp")),
        EngineError::WrongStep { .. }
    ));
    let mut result = in_case();
    result.handle(Event::PlayCase).unwrap();
    assert!(matches!(
        refused(&mut result, Event::AddHand("kamp")),
        EngineError::WrongStep { .. }
    ));
}

#[test]
fn hands_stay_with_their_question_while_moving_through_the_case() {
    let mut s = in_case();
    set(&mut s, "kamp", "5").unwrap();
    s.handle(Event::Reveal).unwrap();
    s.handle(Event::Answer(Reply::Options(&["kamp"]))).unwrap();
    assert_eq!(s.current_question().map(|q| q.id), Some("geregeld"));
    set(&mut s, "lijst", "3").unwrap();
    s.handle(Event::Back).unwrap();
    assert_eq!(s.hands().count("soort", "kamp"), 5);
    assert_eq!(s.hands().count("geregeld", "lijst"), 3);
    s.handle(Event::PlayCase).unwrap();
    s.handle(Event::Back).unwrap();
    assert_eq!(
        s.hands().count("geregeld", "lijst"),
        3,
        "the case's tips and back"
    );
}

#[test]
fn a_new_case_or_session_starts_without_hands() {
    for leave in [Event::LeaveCase, Event::Restart] {
        let mut s = in_case();
        set(&mut s, "dag", "4").unwrap();
        s.handle(leave).unwrap();
        assert!(s.hands().is_empty(), "after {leave:?}");
        assert_eq!(s, Session::for_training(content()));
        s.handle(OPEN).unwrap();
        assert_eq!(
            s.hands().count("soort", "dag"),
            0,
            "the case again, after {leave:?}"
        );
    }
    let mut s = in_case();
    set(&mut s, "dag", "4").unwrap();
    s.handle(Event::PlayCase).unwrap();
    s.handle(Event::Restart).unwrap();
    assert!(s.hands().is_empty(), "restart from the case's tips");
}

#[test]
fn hands_are_never_saved() {
    let mut counted = in_case();
    let untouched = counted.clone();
    set(&mut counted, "kamp", "17").unwrap();
    counted.handle(Event::AddHand(DONT_KNOW)).unwrap();
    let saved = counted.save(Lang::Nl);
    assert_eq!(
        saved,
        untouched.save(Lang::Nl),
        "hands leave the saved text as it was"
    );
    assert!(!saved.contains("17"), "{saved}");
    for line in saved.lines() {
        let key = line.split(' ').next().unwrap_or("");
        assert!(
            [
                "zelfcheck",
                "content",
                "lang",
                "profile",
                "topic",
                "answer",
                "step"
            ]
            .contains(&key),
            "unexpected line {line:?}"
        );
    }
    let restored = Session::restore(content(), &saved).unwrap();
    assert!(restored.session.hands().is_empty());
}

#[test]
fn the_spread_gives_each_option_its_hands_percent_and_whether_the_case_ticks_it() {
    let mut s = in_case();
    set(&mut s, "dag", "1").unwrap();
    set(&mut s, "kamp", "2").unwrap();
    let question = s.current_question().unwrap();
    assert_eq!(
        s.hands()
            .spread(question.id, &training::option_ids(question), &["kamp"]),
        vec![
            Share {
                option: "dag",
                count: 1,
                percent: 33,
                case_answer: false
            },
            Share {
                option: "kamp",
                count: 2,
                percent: 67,
                case_answer: true
            },
            Share {
                option: DONT_KNOW,
                count: 0,
                percent: 0,
                case_answer: false
            },
        ]
    );
}

#[test]
fn a_spread_without_hands_has_no_percentages() {
    let s = in_case();
    let question = s.current_question().unwrap();
    let spread = s
        .hands()
        .spread(question.id, &training::option_ids(question), &["kamp"]);
    assert_eq!(spread.len(), 3);
    assert!(
        spread
            .iter()
            .all(|share| share.count == 0 && share.percent == 0)
    );
    assert_eq!(
        spread.iter().filter(|share| share.case_answer).count(),
        1,
        "the case's answer is marked even without hands"
    );
}

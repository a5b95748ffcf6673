//! Training mode as steps of the session: the list of cases, a case walked through with its
//! answer revealed on request, the case played to its tips, its hand-out, and the ways out.

mod common;
use common::*;

fn answer(question: &'static str, options: &'static [&'static str]) -> CaseAnswer {
    CaseAnswer {
        question,
        options,
        why: text("because the case says so"),
    }
}

/// One topic on a school trip: the kind of trip, for a camp whether parents know, and what
/// is arranged ("niets" excludes the rest); with a day-trip case and a camp case.
fn content() -> &'static Content {
    let soort = question("soort", QuestionKind::Single, &["dag", "kamp"]);
    let mut ouders = question("ouders", QuestionKind::Single, &["ja", "nee"]);
    ouders.when = Some(fact("soort.kamp"));
    let mut geregeld = question("geregeld", QuestionKind::Multiple, &[]);
    geregeld.options = leak(vec![
        option("geregeld", "ehbo", &[], false),
        option("geregeld", "lijst", &[], false),
        option("geregeld", "niets", &[], true),
    ]);
    let mut good = tip("ehbo-goed", fact("geregeld.ehbo"));
    good.group = TipGroup::Good;
    let cases = vec![
        Case {
            id: "dagje",
            sector: Sector::Po,
            role: Role::Docent,
            title: text("Een dagje uit"),
            text: text("De klas gaat naar de dierentuin."),
            answers: leak(vec![
                answer("soort", &["dag"]),
                answer("geregeld", &["ehbo", "lijst"]),
            ]),
        },
        Case {
            id: "kamp",
            sector: Sector::Vo,
            role: Role::Schoolleiding,
            title: text("Op kamp"),
            text: text("Groep acht gaat drie dagen op kamp."),
            answers: leak(vec![
                answer("soort", &["kamp"]),
                answer("ouders", &[DONT_KNOW]),
                answer("geregeld", &["niets"]),
            ]),
        },
    ];
    let uitje = Topic {
        cases: leak(cases),
        ..*topic("uitje", vec![soort, ouders, geregeld], vec![good])
    };
    common::content(vec![uitje])
}

const DAGJE: Event<'static> = Event::OpenCase {
    topic: "uitje",
    case: "dagje",
};
const KAMP: Event<'static> = Event::OpenCase {
    topic: "uitje",
    case: "kamp",
};

fn training() -> Session {
    Session::for_training(content())
}

/// A training session on the first question of a case.
fn in_case(open: Event<'static>) -> Session {
    let mut s = training();
    s.handle(open).unwrap();
    s
}

fn question_id(s: &Session) -> Option<&'static str> {
    s.current_question().map(|q| q.id)
}

fn case_id(s: &Session) -> Option<&'static str> {
    s.case().map(|(_, c)| c.id)
}

fn send(s: &mut Session, ids: &[&str]) {
    s.handle(Event::Answer(Reply::Options(ids))).unwrap();
}

#[test]
fn a_training_session_starts_on_the_cases_with_nothing_chosen() {
    let mut s = training();
    assert_eq!(s.step(), Step::Cases);
    assert!(s.is_training());
    assert_eq!(s.case(), None);
    assert_eq!(s.profile(), None);
    assert_eq!(s.topic(), None);
    assert!(!Session::new(content()).is_training());
    assert_eq!(refused(&mut s, Event::Back), EngineError::NothingBefore);
    for event in [
        Event::Start,
        Event::ChooseTopic("uitje"),
        Event::Reveal,
        Event::Hide,
        Event::PlayCase,
        Event::LeaveCase,
    ] {
        assert!(matches!(
            refused(&mut s, event),
            EngineError::WrongStep { .. }
        ));
    }
}

#[test]
fn opening_a_case_fixes_its_sector_role_and_topic_and_asks_the_first_question() {
    let s = in_case(KAMP);
    assert_eq!(s.step(), Step::Question(0));
    assert_eq!(case_id(&s), Some("kamp"));
    assert_eq!(
        s.profile(),
        Some(Profile {
            sector: Sector::Vo,
            role: Role::Schoolleiding
        })
    );
    assert_eq!(s.topic().map(|t| t.id), Some("uitje"));
    assert!(s.answered().is_empty(), "the team answers first");
    assert!(s.is_training());
    assert!(!s.is_revealed());
    assert!(s.case_answer_hidden());
}

#[test]
fn an_unknown_case_or_topic_is_refused_and_changes_nothing() {
    let mut s = training();
    for (topic, case) in [("uitje", "bestaat-niet"), ("bestaat-niet", "dagje")] {
        let error = refused(&mut s, Event::OpenCase { topic, case });
        assert_eq!(
            error,
            EngineError::UnknownCase {
                topic: topic.into(),
                case: case.into()
            }
        );
        assert_eq!(
            error.to_string(),
            format!("topic '{topic}' has no case '{case}'")
        );
        refused(&mut s, Event::OpenHandout { topic, case });
    }
}

#[test]
fn a_case_is_opened_only_from_the_cases() {
    let mut s = in_case(DAGJE);
    assert!(matches!(
        refused(&mut s, KAMP),
        EngineError::WrongStep { .. }
    ));
    s.handle(Event::PlayCase).unwrap();
    refused(&mut s, KAMP);
    refused(
        &mut s,
        Event::OpenHandout {
            topic: "uitje",
            case: "kamp",
        },
    );
}

#[test]
fn the_case_answer_is_revealed_per_question_and_hidden_again_on_request() {
    let mut s = in_case(KAMP);
    s.handle(Event::Reveal).unwrap();
    assert!(s.is_revealed());
    assert!(!s.case_answer_hidden());
    s.handle(Event::Hide).unwrap();
    assert!(!s.is_revealed());
    assert!(s.case_answer_hidden());
    s.handle(Event::Reveal).unwrap();
    send(&mut s, &["kamp"]);
    assert_eq!(question_id(&s), Some("ouders"));
    assert!(!s.is_revealed(), "the next question starts hidden");
    assert!(s.case_answer_hidden());
}

#[test]
fn back_to_a_question_already_answered_shows_its_case_answer() {
    let mut s = in_case(KAMP);
    send(&mut s, &["kamp"]);
    s.handle(Event::Back).unwrap();
    assert_eq!(question_id(&s), Some("soort"));
    assert!(s.is_revealed(), "its answer is on screen, so is the rest");
    assert!(!s.case_answer_hidden());
    s.handle(Event::Hide).unwrap();
    assert!(!s.is_revealed());
}

#[test]
fn the_team_may_answer_otherwise_than_the_case() {
    let mut s = in_case(KAMP);
    send(&mut s, &["dag"]);
    assert_eq!(
        question_id(&s),
        Some("geregeld"),
        "the follow-up is skipped"
    );
    assert_eq!(case_id(&s), Some("kamp"));
    send(&mut s, &["ehbo"]);
    assert_eq!(s.step(), Step::Result);
    assert_eq!(
        case_id(&s),
        Some("kamp"),
        "the case stays on top of its result"
    );
    assert!(!s.is_revealed());
    assert!(!s.case_answer_hidden());
    let good: Vec<&str> = s.outcome().good.iter().map(|t| t.id).collect();
    assert_eq!(good, ["ehbo-goed"]);
}

#[test]
fn playing_the_case_gives_its_own_answers_and_tips_from_any_question_or_the_result() {
    let mut s = in_case(DAGJE);
    s.handle(Event::PlayCase).unwrap();
    assert_eq!(s.step(), Step::Result);
    assert_eq!(case_id(&s), Some("dagje"));
    assert!(s.is_training());
    let given: Vec<(&str, Vec<&str>)> = s
        .answered()
        .into_iter()
        .map(|(q, a)| (q.id, a.ids()))
        .collect();
    assert_eq!(
        given,
        [("soort", vec!["dag"]), ("geregeld", vec!["ehbo", "lijst"])]
    );
    let good: Vec<&str> = s.outcome().good.iter().map(|t| t.id).collect();
    assert_eq!(good, ["ehbo-goed"]);

    // The team's own answers on the result give way to the case's.
    let mut s = in_case(DAGJE);
    send(&mut s, &["dag"]);
    send(&mut s, &["niets"]);
    assert!(s.outcome().good.is_empty());
    s.handle(Event::PlayCase).unwrap();
    assert_eq!(s.step(), Step::Result);
    assert_eq!(s.outcome().good.len(), 1);

    // A case with "weet ik niet" among its answers plays through as well.
    let mut s = in_case(KAMP);
    send(&mut s, &["kamp"]);
    s.handle(Event::PlayCase).unwrap();
    assert_eq!(s.step(), Step::Result);
    assert_eq!(s.answered().len(), 3);
}

#[test]
fn the_hand_out_shows_a_case_without_walking_it() {
    let mut s = training();
    s.handle(Event::OpenHandout {
        topic: "uitje",
        case: "kamp",
    })
    .unwrap();
    assert_eq!(s.step(), Step::Handout);
    assert_eq!(case_id(&s), Some("kamp"));
    assert_eq!(s.profile(), None);
    assert_eq!(s.topic(), None);
    for event in [
        Event::Answer(Reply::Options(&["kamp"])),
        Event::Reveal,
        Event::PlayCase,
        DAGJE,
    ] {
        refused(&mut s, event);
    }
    s.handle(Event::LeaveCase).unwrap();
    assert_eq!(s, training());
}

#[test]
fn back_from_the_hand_out_or_the_first_question_leaves_the_case() {
    let mut s = training();
    s.handle(Event::OpenHandout {
        topic: "uitje",
        case: "dagje",
    })
    .unwrap();
    s.handle(Event::Back).unwrap();
    assert_eq!(s, training());

    let mut s = in_case(KAMP);
    send(&mut s, &["kamp"]);
    s.handle(Event::Back).unwrap();
    assert_eq!(question_id(&s), Some("soort"));
    s.handle(Event::Back).unwrap();
    assert_eq!(s, training(), "nothing of the case is left");
}

#[test]
fn back_from_the_result_returns_to_the_last_question_of_the_case() {
    let mut s = in_case(DAGJE);
    s.handle(Event::PlayCase).unwrap();
    s.handle(Event::Back).unwrap();
    assert_eq!(question_id(&s), Some("geregeld"));
    assert_eq!(case_id(&s), Some("dagje"));
    assert!(s.is_revealed(), "answered, so shown");
}

#[test]
fn leaving_a_case_or_restarting_forgets_it_and_returns_to_the_cases() {
    for event in [Event::LeaveCase, Event::Restart] {
        let mut s = in_case(KAMP);
        send(&mut s, &["kamp"]);
        s.handle(event).unwrap();
        assert_eq!(s, training(), "{event:?} on a question");
        let mut s = in_case(DAGJE);
        s.handle(Event::PlayCase).unwrap();
        s.handle(event).unwrap();
        assert_eq!(s, training(), "{event:?} on the result");
    }
}

#[test]
fn training_events_do_not_fit_a_self_check() {
    let mut s = Session::new(content());
    refused(&mut s, DAGJE);
    s.handle(Event::Start).unwrap();
    s.handle(Event::ChooseProfile(Profile {
        sector: Sector::Po,
        role: Role::Docent,
    }))
    .unwrap();
    s.handle(Event::ChooseTopic("uitje")).unwrap();
    for event in [
        Event::Reveal,
        Event::Hide,
        Event::PlayCase,
        Event::LeaveCase,
    ] {
        refused(&mut s, event);
    }
    assert!(!s.is_revealed());
    assert!(!s.case_answer_hidden());
    s.handle(Event::Restart).unwrap();
    assert_eq!(s.step(), Step::Intro, "a self-check restarts at its intro");
}

#[test]
fn a_training_session_saves_as_a_fresh_start() {
    let mut s = training();
    let restored = Session::restore(content(), &s.save(Lang::Nl)).unwrap();
    assert_eq!(restored.session, Session::new(content()));
    s.handle(Event::OpenHandout {
        topic: "uitje",
        case: "dagje",
    })
    .unwrap();
    let restored = Session::restore(content(), &s.save(Lang::Nl)).unwrap();
    assert_eq!(restored.session, Session::new(content()));
}

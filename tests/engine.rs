//! The engine on the small fixture topic: flow, back-navigation, errors and outcome rules.

use zelfcheck_authoring::condition::parse_condition;
use zelfcheck_engine::*;

mod common;

fn content() -> &'static Content {
    common::fixture()
}

const PO_DOCENT: Profile = Profile {
    sector: Sector::Po,
    role: Role::Docent,
};

/// A session at the first question of the fixture topic.
fn at_first_question(profile: Profile) -> Session {
    let mut s = Session::new(content());
    s.handle(Event::Start).unwrap();
    s.handle(Event::ChooseProfile(profile)).unwrap();
    s.handle(Event::ChooseTopic("uitje")).unwrap();
    s
}

fn answer(s: &mut Session, ids: &[&str]) {
    s.handle(Event::Answer(Reply::Options(ids))).unwrap();
}

fn ids(tips: &[&Tip]) -> Vec<&'static str> {
    tips.iter().map(|t| t.id).collect()
}

fn question_id(s: &Session) -> Option<&'static str> {
    s.current_question().map(|q| q.id)
}

#[test]
fn the_steps_go_intro_profile_topic_questions_result() {
    let mut s = Session::new(content());
    assert_eq!(s.step(), Step::Intro);
    s.handle(Event::Start).unwrap();
    assert_eq!(s.step(), Step::Profile);
    s.handle(Event::ChooseProfile(PO_DOCENT)).unwrap();
    assert_eq!(s.step(), Step::Topics);
    s.handle(Event::ChooseTopic("uitje")).unwrap();
    assert_eq!(question_id(&s), Some("soort"));
    assert_eq!(s.progress(), Some((1, 3)), "the follow-up may still come");
    answer(&mut s, &["dag"]);
    assert_eq!(
        question_id(&s),
        Some("geregeld"),
        "the follow-up is skipped"
    );
    assert_eq!(s.progress(), Some((2, 2)));
    answer(&mut s, &["ehbo", "lijst"]);
    assert_eq!(s.step(), Step::Result);
    let outcome = s.outcome();
    assert_eq!(ids(&outcome.good), ["goed-bezig"]);
    assert!(outcome.todo.is_empty());
}

#[test]
fn a_follow_up_appears_only_when_its_condition_holds() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["kamp"]);
    assert_eq!(question_id(&s), Some("slapen"));
    assert_eq!(s.progress(), Some((2, 3)));
    assert!(
        s.facts().contains("overnachten"),
        "extra facts are recorded"
    );
}

#[test]
fn changing_an_earlier_answer_removes_every_answer_and_fact_that_depended_on_it() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["kamp"]);
    answer(&mut s, &["nee"]);
    answer(&mut s, &["ehbo"]);
    assert_eq!(s.step(), Step::Result);
    assert!(s.outcome().contains("slaapregels-maken"));

    s.handle(Event::Back).unwrap();
    assert_eq!(question_id(&s), Some("geregeld"));
    s.handle(Event::Back).unwrap();
    assert_eq!(question_id(&s), Some("slapen"));
    s.handle(Event::Back).unwrap();
    assert_eq!(question_id(&s), Some("soort"));
    assert!(
        s.answer(0).unwrap().includes("kamp"),
        "back keeps the answer"
    );

    answer(&mut s, &["dag"]);
    assert_eq!(s.answer(1), None, "the follow-up's answer is gone");
    let facts = s.facts();
    assert!(!facts.contains("overnachten"));
    assert!(!facts.contains("slapen.nee"));
    assert!(!facts.contains("soort.kamp"));
    assert_eq!(question_id(&s), Some("geregeld"));
    assert!(
        s.answer(2).unwrap().includes("ehbo"),
        "an answer that did not depend on the change is kept"
    );
    answer(&mut s, &["ehbo"]);
    assert!(!s.outcome().contains("slaapregels-maken"));

    // And back again: the follow-up is asked afresh, not pre-filled with the old answer.
    s.handle(Event::Back).unwrap();
    s.handle(Event::Back).unwrap();
    answer(&mut s, &["kamp"]);
    assert_eq!(question_id(&s), Some("slapen"));
    assert_eq!(s.answer(1), None);
}

#[test]
fn an_interrupt_shows_from_the_answer_that_raises_it_until_that_answer_changes() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["kamp"]);
    assert!(s.interrupts().is_empty());
    answer(&mut s, &["nee"]);
    let shown: Vec<&str> = s.interrupts().iter().map(|i| i.id).collect();
    assert_eq!(
        shown,
        ["nacht-gevaar"],
        "shown at the next question already"
    );
    assert_eq!(
        content().contacts.get(s.interrupts()[0].contact).phone,
        "112"
    );
    answer(&mut s, &["ehbo"]);
    assert_eq!(s.step(), Step::Result);
    assert_eq!(s.interrupts().len(), 1, "and still on the result");
    for _ in 0..3 {
        s.handle(Event::Back).unwrap();
    }
    answer(&mut s, &["dag"]);
    assert!(
        s.interrupts().is_empty(),
        "gone with the answer that raised it"
    );
}

#[test]
fn dont_know_is_an_answer_with_its_own_tips() {
    let mut s = at_first_question(PO_DOCENT);
    s.handle(Event::Answer(Reply::DontKnow)).unwrap();
    assert!(s.facts().contains("soort.weet_niet"));
    answer(&mut s, &["niets"]);
    let outcome = s.outcome();
    assert_eq!(ids(&outcome.ranked), ["ehbo-regelen", "vraag-na"]);
    assert!(
        outcome.urgent.is_empty(),
        "one urgent label on two to-dos would be more than a third"
    );
}

#[test]
fn tips_are_limited_to_their_sectors() {
    let mut s = at_first_question(Profile {
        sector: Sector::Mbo,
        role: Role::Schoolleiding,
    });
    s.handle(Event::Answer(Reply::DontKnow)).unwrap();
    answer(&mut s, &["ehbo"]);
    assert!(!s.outcome().contains("vraag-na"));
    assert!(s.outcome().contains("goed-bezig"));
}

#[test]
fn why_lists_the_answers_a_tip_looks_at() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["kamp"]);
    answer(&mut s, &["nee"]);
    answer(&mut s, &["lijst"]);
    let tip = |id| {
        content().topics[0]
            .tips
            .iter()
            .find(|t| t.id == id)
            .unwrap()
    };
    let why = |id| -> Vec<&str> { s.why(&tip(id).when).iter().map(|(q, _)| q.id).collect() };
    assert_eq!(why("slaapregels-maken"), ["slapen"]);
    assert_eq!(
        why("ehbo-regelen"),
        ["geregeld"],
        "also for a 'not' condition"
    );
    assert!(
        why("goed-bezig").is_empty(),
        "a tip for everyone depends on no answer"
    );
    assert_eq!(
        s.why(&tip("ehbo-regelen").when)[0].1,
        &Answer::Chosen(vec!["lijst"])
    );
}

#[test]
fn the_todo_list_is_ordered_by_urgency() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["kamp"]);
    answer(&mut s, &["nee"]);
    answer(&mut s, &["lijst"]);
    let todo: Vec<&Tip> = s.outcome().to_do().collect();
    // incident-melden comes from the fixture's shared rule (rules.toml).
    assert_eq!(
        ids(&todo),
        ["ehbo-regelen", "incident-melden", "slaapregels-maken"]
    );
    assert!(todo.windows(2).all(|w| w[0].urgency <= w[1].urgency));
    assert_eq!(
        ids(&s.outcome().urgent),
        ["ehbo-regelen"],
        "the urgent label goes to at most a third of the to-dos, in rank order"
    );
    assert_eq!(ids(s.outcome().first()), ids(&todo), "the first to-dos");
}

#[test]
fn back_from_the_result_returns_to_the_last_question_asked() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["dag"]);
    answer(&mut s, &["ehbo"]);
    s.handle(Event::Back).unwrap();
    assert_eq!(question_id(&s), Some("geregeld"));
    s.handle(Event::Back).unwrap();
    s.handle(Event::Back).unwrap();
    assert_eq!(s.step(), Step::Topics);
    s.handle(Event::ChooseTopic("uitje")).unwrap();
    assert!(
        s.answer(0).is_some(),
        "choosing the same topic again keeps answers"
    );
    s.handle(Event::Back).unwrap();
    s.handle(Event::Back).unwrap();
    assert_eq!(s.step(), Step::Profile);
    s.handle(Event::Back).unwrap();
    assert_eq!(s.step(), Step::Intro);
    assert_eq!(s.handle(Event::Back), Err(EngineError::NothingBefore));
}

#[test]
fn restart_forgets_everything() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["kamp"]);
    s.handle(Event::Restart).unwrap();
    assert_eq!(s, Session::new(content()));
}

#[test]
fn refused_events_leave_the_session_unchanged() {
    let single = |ids: &'static [&'static str]| Event::Answer(Reply::Options(ids));
    let cases: Vec<(&str, Session, Event<'static>, EngineError)> = vec![
        (
            "answer on the intro",
            Session::new(content()),
            single(&["dag"]),
            EngineError::WrongStep { event: "answer" },
        ),
        (
            "unknown topic",
            {
                let mut s = Session::new(content());
                s.handle(Event::Start).unwrap();
                s.handle(Event::ChooseProfile(PO_DOCENT)).unwrap();
                s
            },
            Event::ChooseTopic("nergens"),
            EngineError::UnknownTopic("nergens".into()),
        ),
        (
            "unknown option",
            at_first_question(PO_DOCENT),
            single(&["boot"]),
            EngineError::UnknownOption {
                question: "soort",
                option: "boot".into(),
            },
        ),
        (
            "two options for a single question",
            at_first_question(PO_DOCENT),
            single(&["dag", "kamp"]),
            EngineError::TooManyOptions { question: "soort" },
        ),
        (
            "the same option twice",
            at_first_question(PO_DOCENT),
            single(&["dag", "dag"]),
            EngineError::TooManyOptions { question: "soort" },
        ),
        (
            "no option",
            at_first_question(PO_DOCENT),
            single(&[]),
            EngineError::EmptyAnswer { question: "soort" },
        ),
        (
            "exclusive combined",
            {
                let mut s = at_first_question(PO_DOCENT);
                answer(&mut s, &["dag"]);
                s
            },
            single(&["niets", "ehbo"]),
            EngineError::ExclusiveCombined {
                question: "geregeld",
                option: "niets",
            },
        ),
        (
            "don't know where it is not offered",
            {
                let mut s = at_first_question(PO_DOCENT);
                answer(&mut s, &["dag"]);
                s
            },
            Event::Answer(Reply::DontKnow),
            EngineError::DontKnowNotOffered {
                question: "geregeld",
            },
        ),
        (
            "topic before profile",
            Session::new(content()),
            Event::ChooseTopic("uitje"),
            EngineError::WrongStep {
                event: "choose topic",
            },
        ),
    ];
    for (name, mut session, event, expected) in cases {
        let before = session.clone();
        assert_eq!(session.handle(event), Err(expected), "{name}");
        assert_eq!(session, before, "{name}: session changed");
    }
}

#[test]
fn conditions_combine_and_or_not_with_brackets() {
    let facts = |list: &[&'static str]| {
        let mut set = FactSet::new();
        set.extend(list);
        set
    };
    let cases: &[(&str, &[&'static str], bool)] = &[
        ("a", &["a"], true),
        ("a", &[], false),
        ("a and b", &["a"], false),
        ("a and b", &["a", "b"], true),
        ("a or b and c", &["a"], true),
        ("a or b and c", &["b"], false),
        ("(a or b) and c", &["a"], false),
        ("(a or b) and c", &["b", "c"], true),
        ("not a", &[], true),
        ("not (a or b)", &["b"], false),
        ("not a and not b", &["c"], true),
        ("x.ja or x.weet_niet", &["x.weet_niet"], true),
    ];
    for (text, given, expected) in cases {
        let condition = parse_condition(text).unwrap();
        assert_eq!(
            condition.holds(&facts(given)),
            *expected,
            "{text} with {given:?}"
        );
    }
    // With open facts (not yet answered) a condition may be undecided.
    let open = |f: &str| f.starts_with("later.");
    let undecided: &[(&str, &[&'static str], Option<bool>)] = &[
        ("later.x", &[], None),
        ("a and later.x", &[], Some(false)),
        ("a and later.x", &["a"], None),
        ("a or later.x", &["a"], Some(true)),
        ("b or later.x", &[], None),
        ("not later.x", &[], None),
        ("not (a and later.x)", &[], Some(true)),
        ("a and not b", &["a"], Some(true)),
    ];
    for (text, given, expected) in undecided {
        let condition = parse_condition(text).unwrap();
        assert_eq!(
            condition.evaluate(&facts(given), &open),
            *expected,
            "{text} with {given:?}"
        );
    }
    for broken in ["", "a and", "(a", "a b", "a && b", "and a", "a)"] {
        assert!(parse_condition(broken).is_err(), "'{broken}' was accepted");
    }
}

/// Drives sessions with long pseudo-random event sequences; nothing may panic, and an
/// answer may only be stored for a question that is asked.
#[test]
fn random_event_sequences_never_panic_or_leave_stale_answers() {
    let contents = [content(), &zelfcheck::content::CONTENT];
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n.max(1)
    };
    for content in contents {
        for _ in 0..200 {
            let mut s = Session::new(content);
            for _ in 0..60 {
                let topic = &content.topics[next(content.topics.len())];
                let option_ids: Vec<&str> = s
                    .current_question()
                    .map(|q| q.options.iter().map(|o| o.id).collect())
                    .unwrap_or_else(|| vec!["x"]);
                let k = next(3) + 1;
                let picked: Vec<&str> =
                    (0..k).map(|_| option_ids[next(option_ids.len())]).collect();
                let event = match next(8) {
                    0 => Event::Start,
                    1 => Event::ChooseProfile(Profile {
                        sector: Sector::ALL[next(4)],
                        role: Role::ALL[next(6)],
                    }),
                    2 => Event::ChooseTopic(topic.id),
                    3 => Event::Back,
                    4 => Event::Answer(Reply::DontKnow),
                    5 => Event::Revisit(topic.questions[next(topic.questions.len())].id),
                    7 if next(10) == 0 => Event::Restart,
                    _ => Event::Answer(Reply::Options(&picked)),
                };
                let _ = s.handle(event);
                if let (Some(topic), Some(profile)) = (s.topic(), s.profile()) {
                    let answers: Vec<Option<Answer>> = (0..topic.questions.len())
                        .map(|i| s.answer(i).cloned())
                        .collect();
                    let walk = Walk::new(topic, &profile, &answers);
                    for (i, asked) in walk.asked.iter().enumerate() {
                        assert!(*asked || s.answer(i).is_none(), "stale answer kept");
                    }
                }
            }
        }
    }
}

#[test]
fn revisiting_from_the_result_changes_one_answer_and_returns_to_the_result() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["dag"]);
    answer(&mut s, &["ehbo"]);
    assert_eq!(
        s.handle(Event::Revisit("slapen")),
        Err(EngineError::NotAnswered("slapen".into())),
        "a question that was not asked"
    );
    s.handle(Event::Revisit("geregeld")).unwrap();
    assert_eq!(question_id(&s), Some("geregeld"));
    answer(&mut s, &["lijst"]);
    assert_eq!(s.step(), Step::Result, "straight back");
    assert!(
        s.answer(0).unwrap().includes("dag"),
        "the other answers are kept"
    );
    assert!(s.outcome().contains("ehbo-regelen"));

    s.handle(Event::Revisit("soort")).unwrap();
    answer(&mut s, &["kamp"]);
    assert_eq!(
        question_id(&s),
        Some("slapen"),
        "a new follow-up is asked first"
    );
    answer(&mut s, &["ja"]);
    assert_eq!(s.step(), Step::Result);
}

#[test]
fn to_dos_follow_the_phases_and_team_questions_follow_the_answers() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["kamp"]);
    answer(&mut s, &["nee"]);
    answer(&mut s, &["ehbo"]);
    let texts = |s: &Session| {
        s.discussion()
            .iter()
            .map(|d| d.text.nl())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        texts(&s),
        [
            "Wie is eindverantwoordelijk?",
            "Hoe regelen jullie de nacht?"
        ]
    );

    let mut s = at_first_question(PO_DOCENT);
    s.handle(Event::Answer(Reply::DontKnow)).unwrap();
    answer(&mut s, &["ehbo"]);
    assert_eq!(
        texts(&s),
        ["Wie is eindverantwoordelijk?"],
        "the night question needs a night"
    );

    // Phase first ("voor" before "na"), then urgency: a normal tip of the first phase comes
    // before an important tip of a later one.
    let mut facts = FactSet::new();
    facts.extend(&["soort.weet_niet", "slapen.nee", "geregeld.ehbo"]);
    let outcome = Outcome::for_facts(&content().topics[0], &PO_DOCENT, &facts);
    assert_eq!(ids(&outcome.todo), ["vraag-na", "slaapregels-maken"]);
}

#[test]
fn to_dos_can_be_ticked_off_and_the_ticks_are_saved() {
    let mut s = at_first_question(PO_DOCENT);
    answer(&mut s, &["kamp"]);
    answer(&mut s, &["nee"]);
    answer(&mut s, &["lijst"]);
    s.handle(Event::Tick("slaapregels-maken")).unwrap();
    assert!(s.is_ticked("slaapregels-maken"));
    assert_eq!(
        s.handle(Event::Tick("goed-bezig")),
        Err(EngineError::UnknownTip("goed-bezig".into())),
        "a confirmation is not a to-do"
    );
    let restored = Session::restore(content(), &s.save(Lang::Nl)).unwrap();
    assert!(restored.session.is_ticked("slaapregels-maken"));
    s.handle(Event::Tick("slaapregels-maken")).unwrap();
    assert!(!s.is_ticked("slaapregels-maken"), "ticking again undoes it");

    s.handle(Event::Tick("slaapregels-maken")).unwrap();
    s.handle(Event::Revisit("slapen")).unwrap();
    answer(&mut s, &["ja"]);
    assert!(
        s.ticked().is_empty(),
        "a tip that no longer applies loses its tick"
    );
}

#[test]
fn a_result_opens_the_topic_a_tip_points_to_with_the_same_profile() {
    use zelfcheck_authoring::check_dir;
    let converted = check_dir(std::path::Path::new("content")).expect("content is valid");
    let content = converted.content;
    // Find a tip that points to another topic, and a path that gives it.
    let (topic, tip) = content
        .topics
        .iter()
        .find_map(|t| {
            t.tips
                .iter()
                .find(|tip| tip.see_topic.is_some())
                .map(|tip| (t, tip))
        })
        .expect("some tip points to another topic");
    let target = tip.see_topic.unwrap();
    let (profile, path) = Sector::ALL
        .into_iter()
        .flat_map(|s| {
            Role::ALL
                .into_iter()
                .map(move |r| Profile { sector: s, role: r })
        })
        .filter(|p| p.fits_tip(tip))
        .find_map(|p| {
            zelfcheck_authoring::reach::find_path(topic, p, &tip.when).map(|path| (p, path))
        })
        .expect("a path gives the tip");
    let mut session = Session::new(content);
    session.handle(Event::Start).unwrap();
    session.handle(Event::ChooseProfile(profile)).unwrap();
    session.handle(Event::ChooseTopic(topic.id)).unwrap();
    for step in &path {
        let (question, choice) = step.split_once('=').unwrap();
        assert_eq!(session.current_question().unwrap().id, question);
        let ids: Vec<&str> = choice.split('+').collect();
        let reply = if choice == "weet_niet" {
            Reply::DontKnow
        } else {
            Reply::Options(&ids)
        };
        session.handle(Event::Answer(reply)).unwrap();
    }
    // The search stops once no later answer can change the tip; answer the rest with the
    // first choice each.
    while let Some(question) = session.current_question() {
        let first = [question.options[0].id];
        session
            .handle(Event::Answer(Reply::Options(&first)))
            .unwrap();
    }
    assert_eq!(session.step(), Step::Result);
    assert!(session.outcome().contains(tip.id));
    assert!(session.can_open(target));
    assert!(
        !session.can_open(topic.id),
        "a result does not reopen its own topic"
    );
    session.handle(Event::OpenTopic(target)).unwrap();
    assert_eq!(session.topic().unwrap().id, target);
    assert_eq!(session.profile(), Some(profile));
    assert!(matches!(session.step(), Step::Question(_)));
    assert!(
        session.handle(Event::OpenTopic(topic.id)).is_err(),
        "only from a result"
    );
}

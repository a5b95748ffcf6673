//! The user's way through a check: every step, going back, revisiting from the result,
//! ticking tips off and opening another topic. Content is built in code (tests/common).

mod common;
use common::*;

/// A school-trip check: the second question only before the trip, the third only for
/// school leaders, and a last one for everyone.
fn trip() -> Topic {
    let fase = question("fase", QuestionKind::Single, &["voor", "na"]);
    let mut soort = question("soort", QuestionKind::Multiple, &["dag", "kamp"]);
    soort.when = Some(fact("fase.voor"));
    let mut leiding = question("leiding", QuestionKind::Single, &["x"]);
    leiding.roles = leak(vec![Role::Schoolleiding]);
    let klaar = question("klaar", QuestionKind::Single, &["ja", "nee"]);
    let mut good = tip("goed", fact("klaar.ja"));
    good.group = TipGroup::Good;
    let mut see = tip("zie-pesten", fact("klaar.nee"));
    see.see_topic = Some("pesten");
    let mut t = *topic(
        "kamp",
        vec![fase, soort, leiding, klaar],
        vec![tip("voorbereiden", fact("fase.voor")), good, see],
    );
    t.interrupts = leak(vec![
        interrupt("gevaar", fact("soort.kamp"), ContactRef::Emergency),
        interrupt("bellen", fact("fase.na"), ContactRef::Adviespunt),
    ]);
    t.discuss = leak(vec![Prompt {
        when: Some(fact("klaar.ja")),
        text: text("bespreek"),
    }]);
    t
}

fn bullying() -> Topic {
    *topic(
        "pesten",
        vec![question("wie", QuestionKind::Single, &["leerling"])],
        vec![],
    )
}

fn fresh() -> Session {
    Session::new(content(vec![trip(), bullying()]))
}

fn send(s: &mut Session, event: Event<'_>) {
    s.handle(event)
        .unwrap_or_else(|e| panic!("{event:?} refused: {e}"));
}

fn answer(s: &mut Session, ids: &[&str]) {
    send(s, Event::Answer(Reply::from_ids(ids)));
}

/// A teacher on the trip check, at its first question.
fn started() -> Session {
    let mut s = fresh();
    send(&mut s, Event::Start);
    assert_eq!(s.step(), Step::Profile);
    send(&mut s, Event::ChooseProfile(teacher()));
    assert_eq!(s.step(), Step::Topics);
    send(&mut s, Event::ChooseTopic("kamp"));
    s
}

/// Before the trip, a camp, not ready: at the result.
fn at_result() -> Session {
    let mut s = started();
    answer(&mut s, &["voor"]);
    answer(&mut s, &["kamp"]);
    answer(&mut s, &["nee"]);
    assert_eq!(s.step(), Step::Result);
    s
}

#[test]
fn a_teacher_walks_from_the_intro_to_the_result_past_what_is_not_for_them() {
    let mut s = started();
    assert_eq!(s.step(), Step::Question(0));
    assert_eq!(s.topic().map(|t| t.id), Some("kamp"));
    assert_eq!(s.current_question().map(|q| q.id), Some("fase"));
    assert_eq!(s.progress(), Some((1, 3)));
    answer(&mut s, &["voor"]);
    assert_eq!(s.step(), Step::Question(1));
    assert_eq!(s.progress(), Some((2, 3)));
    answer(&mut s, &["kamp"]);
    assert_eq!(
        s.step(),
        Step::Question(3),
        "the school leaders' question is skipped"
    );
    assert_eq!(s.progress(), Some((3, 3)));
    answer(&mut s, &["nee"]);
    assert_eq!(s.step(), Step::Result);
    assert_eq!(s.progress(), None);
    let answered: Vec<_> = s.answered().iter().map(|(q, _)| q.id).collect();
    assert_eq!(answered, ["fase", "soort", "klaar"]);
    assert_eq!(s.answer(1), Some(&Answer::Chosen(vec!["kamp"])));
    assert!(s.facts().contains("soort.kamp") && s.facts().contains(Role::Docent.fact()));
}

#[test]
fn progress_counts_only_questions_the_answers_leave_open() {
    let mut s = started();
    answer(&mut s, &["na"]);
    assert_eq!(s.step(), Step::Question(3));
    assert_eq!(s.progress(), Some((2, 2)));
}

#[test]
fn the_result_has_the_tips_banners_and_team_questions_of_the_answers() {
    let s = at_result();
    let outcome = s.outcome();
    assert!(
        outcome.contains("voorbereiden")
            && outcome.contains("zie-pesten")
            && !outcome.contains("goed")
    );
    let banners: Vec<_> = s.interrupts().iter().map(|i| i.id).collect();
    assert_eq!(banners, ["gevaar"]);
    assert!(s.is_acute());
    assert!(s.discussion().is_empty());
    let why: Vec<_> = s
        .why(&fact("soort.kamp"))
        .iter()
        .map(|(q, _)| q.id)
        .collect();
    assert_eq!(why, ["soort"]);

    let mut calm = started();
    answer(&mut calm, &["na"]);
    answer(&mut calm, &["ja"]);
    assert!(calm.outcome().contains("goed"));
    assert!(!calm.is_acute(), "a banner without 112 is not acute");
    assert_eq!(calm.interrupts().len(), 1);
    assert_eq!(calm.discussion().len(), 1);
}

#[test]
fn an_event_that_does_not_fit_the_step_is_refused_and_changes_nothing() {
    let mut s = fresh();
    let before = s.clone();
    assert!(matches!(
        s.handle(Event::Answer(Reply::DontKnow)),
        Err(EngineError::WrongStep { .. })
    ));
    assert!(matches!(
        s.handle(Event::Tick("voorbereiden")),
        Err(EngineError::WrongStep { .. })
    ));
    assert_eq!(s, before);
    let mut s = started();
    let before = s.clone();
    assert!(
        s.handle(Event::Answer(Reply::Options(&["bestaat-niet"])))
            .is_err()
    );
    assert!(s.handle(Event::ChooseTopic("pesten")).is_err());
    assert_eq!(s, before);
    let mut s = fresh();
    send(&mut s, Event::Start);
    send(&mut s, Event::ChooseProfile(teacher()));
    assert!(matches!(
        s.handle(Event::ChooseTopic("onbekend")),
        Err(EngineError::UnknownTopic(_))
    ));
    assert_eq!(s.step(), Step::Topics);
}

#[test]
fn back_goes_to_the_previous_asked_question_and_keeps_the_answers() {
    let mut s = started();
    answer(&mut s, &["voor"]);
    answer(&mut s, &["kamp"]);
    send(&mut s, Event::Back);
    assert_eq!(s.step(), Step::Question(1));
    assert_eq!(s.answer(1), Some(&Answer::Chosen(vec!["kamp"])));
    send(&mut s, Event::Back);
    assert_eq!(s.step(), Step::Question(0));
    send(&mut s, Event::Back);
    assert_eq!(s.step(), Step::Topics);
    send(&mut s, Event::Back);
    assert_eq!(s.step(), Step::Profile);
    send(&mut s, Event::Back);
    assert_eq!(s.step(), Step::Intro);
    let mut r = at_result();
    send(&mut r, Event::Back);
    assert_eq!(r.step(), Step::Question(3));
}

#[test]
fn revisiting_from_the_result_returns_to_it_unless_a_new_question_comes_up() {
    let mut s = at_result();
    send(&mut s, Event::Revisit("fase"));
    assert_eq!(s.step(), Step::Question(0));
    answer(&mut s, &["na"]);
    assert_eq!(s.step(), Step::Result, "nothing new to ask: straight back");
    assert!(
        !s.facts().contains("soort.kamp"),
        "the answer to a question no longer asked is gone"
    );
    assert!(!s.is_acute());

    send(&mut s, Event::Revisit("fase"));
    answer(&mut s, &["voor"]);
    assert_eq!(
        s.step(),
        Step::Question(1),
        "the change brings up a question"
    );
    answer(&mut s, &["dag"]);
    assert_eq!(s.step(), Step::Result);
    assert!(
        s.handle(Event::Revisit("leiding")).is_err(),
        "a question not asked cannot be revisited"
    );
}

#[test]
fn to_dos_are_ticked_and_unticked_and_only_to_dos() {
    let mut s = at_result();
    send(&mut s, Event::Tick("voorbereiden"));
    assert!(s.is_ticked("voorbereiden"));
    assert_eq!(s.ticked(), ["voorbereiden"]);
    send(&mut s, Event::Tick("zie-pesten"));
    assert_eq!(s.ticked(), ["voorbereiden", "zie-pesten"]);
    send(&mut s, Event::Tick("voorbereiden"));
    assert!(!s.is_ticked("voorbereiden"));
    assert_eq!(s.ticked(), ["zie-pesten"]);
    assert!(matches!(
        s.handle(Event::Tick("goed")),
        Err(EngineError::UnknownTip(_))
    ));
    assert!(matches!(
        s.handle(Event::Tick("niets")),
        Err(EngineError::UnknownTip(_))
    ));
}

#[test]
fn a_tip_opens_the_topic_it_points_to_with_the_same_profile() {
    let mut s = at_result();
    assert!(s.can_open("pesten"));
    assert!(!s.can_open("kamp"), "not the topic itself");
    send(&mut s, Event::Tick("voorbereiden"));
    send(&mut s, Event::OpenTopic("pesten"));
    assert_eq!(s.topic().map(|t| t.id), Some("pesten"));
    assert_eq!(s.step(), Step::Question(0));
    assert_eq!(s.profile(), Some(teacher()));
    assert!(s.ticked().is_empty());
    let mut calm = started();
    answer(&mut calm, &["na"]);
    answer(&mut calm, &["ja"]);
    assert!(!calm.can_open("pesten"), "no tip points there");
    assert!(calm.handle(Event::OpenTopic("pesten")).is_err());
}

#[test]
fn restart_forgets_everything() {
    let mut s = at_result();
    send(&mut s, Event::Tick("voorbereiden"));
    send(&mut s, Event::Restart);
    assert_eq!(s, fresh());
    assert_eq!(s.step(), Step::Intro);
    assert!(s.profile().is_none() && s.topic().is_none() && s.answered().is_empty());
}

#[test]
fn progress_leaves_out_a_later_question_an_earlier_answer_ruled_out() {
    let fase = question("fase", QuestionKind::Single, &["voor", "na"]);
    let klaar = question("klaar", QuestionKind::Single, &["ja", "nee"]);
    let mut soort = question("soort", QuestionKind::Single, &["dag", "kamp"]);
    soort.when = Some(fact("fase.voor"));
    let t = *topic("uitje", vec![fase, klaar, soort], vec![]);
    let mut s = Session::new(content(vec![t]));
    send(&mut s, Event::Start);
    send(&mut s, Event::ChooseProfile(teacher()));
    send(&mut s, Event::ChooseTopic("uitje"));
    assert_eq!(
        s.progress(),
        Some((1, 3)),
        "still open: the last question may come"
    );
    answer(&mut s, &["na"]);
    assert_eq!(
        s.progress(),
        Some((2, 2)),
        "'na' rules the last question out"
    );
}

#[test]
fn training_events_are_refused_on_a_question_of_a_self_check() {
    let mut s = started();
    let before = s.clone();
    for event in [
        Event::Reveal,
        Event::Hide,
        Event::PlayCase,
        Event::LeaveCase,
    ] {
        assert!(
            matches!(s.handle(event), Err(EngineError::WrongStep { .. })),
            "{event:?}"
        );
    }
    assert_eq!(s, before);
}

#[test]
fn a_ticked_tip_that_no_longer_applies_is_unticked() {
    let mut s = at_result();
    send(&mut s, Event::Tick("voorbereiden"));
    send(&mut s, Event::Tick("zie-pesten"));
    send(&mut s, Event::Revisit("fase"));
    answer(&mut s, &["na"]);
    assert_eq!(s.step(), Step::Result);
    assert!(!s.outcome().contains("voorbereiden"));
    assert_eq!(
        s.ticked(),
        ["zie-pesten"],
        "the tip that still applies stays ticked"
    );
}

#[test]
fn a_call_is_prepared_from_the_answers_and_weet_ik_niet_becomes_a_question_to_ask() {
    let mut t = trip();
    let mut tips = t.tips.to_vec();
    tips.push(tip("vraag-toestemming", fact("klaar.weet_niet")));
    t.tips = leak(tips);
    t.prepare = leak(vec![
        Prompt {
            when: None,
            text: text("leeftijd"),
        },
        Prompt {
            when: Some(fact("fase.na")),
            text: text("wat er gebeurde"),
        },
    ]);
    let mut s = Session::new(content(vec![t, bullying()]));
    send(&mut s, Event::Start);
    send(&mut s, Event::ChooseProfile(teacher()));
    send(&mut s, Event::ChooseTopic("kamp"));
    answer(&mut s, &["voor"]);
    answer(&mut s, &["dag"]);
    send(&mut s, Event::Answer(Reply::DontKnow));
    assert_eq!(s.step(), Step::Result);
    let ready: Vec<_> = s.prepare().iter().map(|p| p.text.nl()).collect();
    assert_eq!(ready, ["leeftijd"], "only what holds before the trip");
    let open: Vec<_> = s
        .open_questions()
        .iter()
        .map(|(q, tips)| (q.id, tips.iter().map(|t| t.id).collect::<Vec<_>>()))
        .collect();
    assert_eq!(open, [("klaar", vec!["vraag-toestemming"])]);

    send(&mut s, Event::Revisit("klaar"));
    answer(&mut s, &["ja"]);
    assert!(
        s.open_questions().is_empty(),
        "a known answer leaves nothing to ask"
    );
}

#[test]
fn a_topic_left_for_another_from_a_tip_stays_part_of_the_report_until_restart() {
    let mut s = at_result();
    assert!(s.earlier().is_empty());
    send(&mut s, Event::OpenTopic("pesten"));
    answer(&mut s, &["leerling"]);
    assert_eq!(s.step(), Step::Result);
    let earlier = s.earlier();
    assert_eq!(earlier.len(), 1);
    let (topic, outcome) = &earlier[0];
    assert_eq!(topic.id, "kamp");
    assert!(outcome.contains("voorbereiden") && outcome.contains("zie-pesten"));
    assert_eq!(s.topic().map(|t| t.id), Some("pesten"));
    send(&mut s, Event::Restart);
    assert!(s.earlier().is_empty());
}

#[test]
fn a_topic_left_earlier_is_saved_and_restored_and_a_broken_line_loses_only_itself() {
    let mut s = at_result();
    send(&mut s, Event::OpenTopic("pesten"));
    answer(&mut s, &["leerling"]);
    let text = s.save(Lang::Nl);
    assert!(
        text.contains("earlier kamp fase:voor soort:kamp klaar:nee"),
        "{text}"
    );
    let restored = Session::restore(s.content(), &text).expect("restores");
    assert_eq!(restored.dropped, 0);
    assert_eq!(restored.session.earlier(), s.earlier());
    assert_eq!(restored.session.step(), Step::Result);

    // An unknown option drops that answer only; an unknown topic or the open one drops the line.
    let broken = text.replace("soort:kamp", "soort:tent").replace(
        "step result",
        "earlier bestaat-niet fase:voor\nearlier pesten wie:leerling\nstep result",
    );
    let restored = Session::restore(s.content(), &broken).expect("restores");
    let earlier = restored.session.earlier();
    assert_eq!(earlier.len(), 1);
    assert_eq!(earlier[0].0.id, "kamp");
    assert_eq!(restored.dropped, 1 + 1 + 1);
    assert_eq!(restored.session.topic().map(|t| t.id), Some("pesten"));
}

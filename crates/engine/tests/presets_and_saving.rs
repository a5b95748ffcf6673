//! A session under an embedding page's preset, and a session saved and picked up again.

mod common;
use common::*;

fn three_topics() -> &'static Content {
    let mut kamp = *topic(
        "kamp",
        vec![
            question("fase", QuestionKind::Single, &["voor", "na"]),
            question("klaar", QuestionKind::Multiple, &["ja", "bijna"]),
        ],
        vec![tip("voorbereiden", fact("fase.voor"))],
    );
    kamp.questions = leak({
        let mut qs = kamp.questions.to_vec();
        qs[1].when = Some(fact("fase.voor"));
        qs
    });
    let pesten = *topic(
        "pesten",
        vec![question("wie", QuestionKind::Single, &["leerling"])],
        vec![],
    );
    let ouders = *topic(
        "ouders",
        vec![question("boos", QuestionKind::Single, &["ja"])],
        vec![],
    );
    content(vec![kamp, pesten, ouders])
}

fn send(s: &mut Session, event: Event<'_>) {
    s.handle(event)
        .unwrap_or_else(|e| panic!("{event:?} refused: {e}"));
}

#[test]
fn a_preset_skips_what_the_page_fixed_and_offers_only_its_topics() {
    let preset = Preset {
        sector: Some(Sector::Po),
        role: Some(Role::Docent),
        topics: vec!["ouders", "pesten"],
        topic: None,
    };
    let mut s = Session::with_preset(three_topics(), preset.clone());
    assert_eq!(s.preset(), &preset);
    let offered: Vec<_> = s.offered_topics().iter().map(|t| t.id).collect();
    assert_eq!(offered, ["ouders", "pesten"], "in the page's order");
    send(&mut s, Event::Start);
    assert_eq!(
        s.step(),
        Step::Topics,
        "sector and role fixed: no profile screen"
    );
    assert!(
        s.handle(Event::ChooseTopic("kamp")).is_err(),
        "a topic the page does not offer"
    );
    send(&mut s, Event::ChooseTopic("pesten"));
    assert_eq!(s.step(), Step::Question(0));

    let all: Vec<_> = Session::new(three_topics())
        .offered_topics()
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(all, ["kamp", "pesten", "ouders"]);

    let one = Preset {
        topics: vec!["pesten"],
        ..preset
    };
    let mut s = Session::with_preset(three_topics(), one);
    send(&mut s, Event::Start);
    assert_eq!(
        s.step(),
        Step::Question(0),
        "one topic offered: straight into it"
    );
    assert_eq!(s.topic().map(|t| t.id), Some("pesten"));
}

#[test]
fn a_refused_event_names_itself_in_the_error() {
    let mut s = Session::new(three_topics());
    let cases = [
        (Event::Answer(Reply::DontKnow), "answer"),
        (Event::ChooseTopic("kamp"), "choose topic"),
        (Event::ChooseProfile(teacher()), "choose profile"),
        (Event::Tick("x"), "tick"),
        (Event::Revisit("fase"), "revisit"),
        (Event::OpenTopic("pesten"), "open topic"),
    ];
    for (event, name) in cases {
        let error = s
            .handle(event)
            .expect_err("nothing but Start fits the intro");
        assert_eq!(
            error.to_string(),
            format!("'{name}' does not fit this step")
        );
    }
}

#[test]
fn a_saved_session_comes_back_at_the_same_step_with_the_same_answers() {
    let content = three_topics();
    let mut s = Session::new(content);
    send(&mut s, Event::Start);
    send(&mut s, Event::ChooseProfile(teacher()));
    send(&mut s, Event::ChooseTopic("kamp"));
    send(&mut s, Event::Answer(Reply::Options(&["voor"])));
    let text = s.save(Lang::En);
    let back = Session::restore(content, &text).expect("a text this session wrote");
    assert_eq!(back.session, s);
    assert_eq!(back.lang, Lang::En);
    assert_eq!((back.dropped, back.content_changed), (0, false));

    send(&mut s, Event::Answer(Reply::Options(&["ja", "bijna"])));
    assert_eq!(s.step(), Step::Result);
    let back = Session::restore(content, &s.save(Lang::Nl)).unwrap();
    assert_eq!(back.session.step(), Step::Result);
    assert_eq!(
        back.session.answer(1),
        Some(&Answer::Chosen(vec!["ja", "bijna"]))
    );
}

#[test]
fn saved_answers_that_no_longer_fit_are_dropped_and_counted() {
    let content = three_topics();
    let text = "zelfcheck 1\nlang nl\nprofile po docent\ntopic kamp\nanswer fase na\nanswer klaar ja\nanswer onbekend x\nstep result\n";
    let back = Session::restore(content, text).unwrap();
    assert_eq!(
        back.dropped, 2,
        "an unknown question, and an answer to a question no longer asked"
    );
    assert_eq!(back.session.answer(0), Some(&Answer::Chosen(vec!["na"])));
    assert_eq!(back.session.answer(1), None);
    assert_eq!(back.session.step(), Step::Result);

    let text =
        "zelfcheck 1\nlang nl\nprofile po docent\ntopic kamp\nanswer fase voor\nstep result\n";
    let back = Session::restore(content, text).unwrap();
    assert_eq!(
        back.session.step(),
        Step::Question(1),
        "an open question comes before the result"
    );
    assert_eq!(back.dropped, 0);

    let text = "zelfcheck 1\nlang nl\nprofile po docent\ntopic kamp\nanswer fase vliegen\nstep question fase\n";
    let back = Session::restore(content, text).unwrap();
    assert_eq!(back.dropped, 1);
    assert_eq!(back.session.step(), Step::Question(0));
    assert!(Session::restore(content, "zelfcheck 2\n").is_none());
}

#[test]
fn a_text_saved_before_the_questions_changed_says_so_even_after_many_saves() {
    let before = three_topics();
    let mut s = Session::new(before);
    send(&mut s, Event::Start);
    send(&mut s, Event::ChooseProfile(teacher()));
    send(&mut s, Event::ChooseTopic("pesten"));
    let text = s.save(Lang::Nl);
    assert_eq!(s.save(Lang::Nl), text, "the same content, the same text");

    let same = three_topics();
    assert!(!Session::restore(same, &text).unwrap().content_changed);

    let mut changed = before.topics.to_vec();
    changed[1] = *topic(
        "pesten",
        vec![question(
            "wie",
            QuestionKind::Single,
            &["leerling", "ouder"],
        )],
        vec![],
    );
    let after = content(changed);
    let back = Session::restore(after, &text).unwrap();
    assert!(back.content_changed, "an option was added");
    assert_ne!(back.session.save(Lang::Nl), text);
    assert!(
        !Session::restore(after, &back.session.save(Lang::Nl))
            .unwrap()
            .content_changed
    );
}

//! Saving and restoring a session: round trips, content updates, and garbage that must never
//! crash anything.

use zelfcheck_engine::hash::fingerprint;
use zelfcheck_engine::saved::Restored;
use zelfcheck_engine::*;

mod common;

fn content() -> &'static Content {
    common::fixture()
}

fn session_at_result() -> Session {
    let mut s = Session::new(content());
    s.handle(Event::Start).unwrap();
    s.handle(Event::ChooseProfile(Profile {
        sector: Sector::Vo,
        role: Role::Ib,
    }))
    .unwrap();
    s.handle(Event::ChooseTopic("uitje")).unwrap();
    s.handle(Event::Answer(Reply::Options(&["kamp"]))).unwrap();
    s.handle(Event::Answer(Reply::DontKnow)).ok();
    s.handle(Event::Answer(Reply::Options(&["nee"]))).ok();
    s.handle(Event::Answer(Reply::Options(&["ehbo", "lijst"])))
        .unwrap();
    s
}

#[test]
fn a_saved_session_comes_back_the_same() {
    let s = session_at_result();
    assert_eq!(s.step(), Step::Result);
    let text = s.save(Lang::En);
    let Restored {
        session,
        lang,
        dropped,
        content_changed,
    } = Session::restore(content(), &text).expect("restores");
    assert_eq!(session, s);
    assert_eq!(lang, Lang::En);
    assert_eq!((dropped, content_changed), (0, false));
}

#[test]
fn every_step_is_restored() {
    let mut s = Session::new(content());
    let mut steps = vec![];
    for event in [
        Event::Start,
        Event::ChooseProfile(Profile {
            sector: Sector::Po,
            role: Role::Docent,
        }),
        Event::ChooseTopic("uitje"),
        Event::Answer(Reply::Options(&["dag"])),
    ] {
        steps.push(s.clone());
        s.handle(event).unwrap();
    }
    steps.push(s);
    for s in steps {
        let restored = Session::restore(content(), &s.save(Lang::Nl)).unwrap();
        assert_eq!(restored.session, s, "{:?}", s.step());
    }
}

#[test]
fn answers_that_no_longer_fit_are_dropped_and_counted() {
    let text = session_at_result().save(Lang::Nl);
    let changed = text
        .replace(&fingerprint(content()), "0000000000000000")
        .replace(
            "answer geregeld ehbo lijst",
            "answer geregeld ehbo helikopter",
        )
        .replace(
            "answer soort kamp",
            "answer soort kamp\nanswer verdwenen ja",
        );
    let r = Session::restore(content(), &changed).unwrap();
    assert!(r.content_changed);
    assert_eq!(r.dropped, 2, "the unknown option and the unknown question");
    assert!(
        r.session.answer(0).unwrap().includes("kamp"),
        "what fits is kept"
    );
    assert_eq!(
        r.session.current_question().map(|q| q.id),
        Some("geregeld"),
        "the dropped answer is asked again"
    );
}

#[test]
fn a_dropped_answer_takes_its_follow_ups_with_it() {
    let text = session_at_result()
        .save(Lang::Nl)
        .replace("answer soort kamp", "answer soort raket");
    let r = Session::restore(content(), &text).unwrap();
    assert_eq!(r.dropped, 2, "soort, and slapen which is no longer asked");
    assert_eq!(r.session.current_question().map(|q| q.id), Some("soort"));
}

#[test]
fn text_that_is_not_a_saved_session_gives_nothing() {
    for garbage in [
        "",
        "{\"json\": true}",
        "zelfcheck 99\nstep result",
        "\u{0}\u{1}",
    ] {
        assert_eq!(Session::restore(content(), garbage), None, "{garbage:?}");
    }
}

/// Arbitrary bytes, and mutations of a real saved text: restoring must never panic, and
/// whatever comes back must be a consistent session.
#[test]
fn restoring_arbitrary_input_never_panics() {
    let real = session_at_result().save(Lang::Nl);
    let mut seed: u64 = 42;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..20_000 {
        let text: String = if round % 2 == 0 {
            let len = (next() % 200) as usize;
            (0..len)
                .map(|_| char::from_u32((next() % 0x800) as u32).unwrap_or(' '))
                .collect()
        } else {
            let mut bytes = real.clone().into_bytes();
            for _ in 0..(next() % 6) {
                let at = (next() as usize) % bytes.len();
                bytes[at] = b"abc \n0_.kampnee?"[(next() % 16) as usize];
            }
            String::from_utf8_lossy(&bytes).into_owned()
        };
        if let Some(r) = Session::restore(content(), &text) {
            let s = r.session;
            if let Some(topic) = s.topic() {
                let answers: Vec<Option<Answer>> = (0..topic.questions.len())
                    .map(|i| s.answer(i).cloned())
                    .collect();
                let walk = Walk::new(topic, &s.profile().unwrap(), &answers);
                for (i, asked) in walk.asked.iter().enumerate() {
                    assert!(
                        *asked || s.answer(i).is_none(),
                        "stale answer from {text:?}"
                    );
                }
            }
        }
    }
}

//! What the embedding page fixes in advance (sector, role, topics, topic): skipped screens,
//! forwards and back, refused choices, and saved progress under a preset.

use zelfcheck::content::CONTENT;
use zelfcheck_engine::*;

fn content() -> &'static Content {
    &CONTENT
}

const VO_DOCENT: Profile = Profile {
    sector: Sector::Vo,
    role: Role::Docent,
};

const PO_IB: Profile = Profile {
    sector: Sector::Po,
    role: Role::Ib,
};

fn preset(
    sector: Option<Sector>,
    role: Option<Role>,
    topics: &[&'static str],
    topic: Option<&'static str>,
) -> Preset {
    Preset {
        sector,
        role,
        topics: topics.to_vec(),
        topic,
    }
}

/// Sector, role and topic all fixed.
fn everything_fixed() -> Preset {
    preset(Some(Sector::Vo), Some(Role::Docent), &[], Some("pesten"))
}

fn answer(s: &mut Session, ids: &[&str]) {
    s.handle(Event::Answer(Reply::Options(ids))).unwrap();
}

fn question_id(s: &Session) -> Option<&'static str> {
    s.current_question().map(|q| q.id)
}

fn topic_id(s: &Session) -> Option<&'static str> {
    s.topic().map(|t| t.id)
}

fn offered_ids(s: &Session) -> Vec<&'static str> {
    s.offered_topics().iter().map(|t| t.id).collect()
}

/// The pesten policy path for VO/docent, answered to the result: four answers.
fn pesten_to_result(s: &mut Session) {
    assert_eq!(question_id(s), Some("situatie"));
    answer(s, &["beleid"]);
    assert_eq!(question_id(s), Some("aanspreekpunt"));
    answer(s, &["bekend"]);
    assert_eq!(question_id(s), Some("monitor"));
    answer(s, &["ja"]);
    assert_eq!(question_id(s), Some("aanpak"));
    answer(s, &["groep"]);
    assert_eq!(s.step(), Step::Result);
}

#[test]
fn the_default_preset_fixes_nothing() {
    let p = Preset::default();
    assert_eq!(p.profile(), None);
    assert_eq!(p.fixed_topic(), None);
    assert_eq!(
        p.code(),
        "",
        "an unconfigured widget keeps the plain save key"
    );
    let mut s = Session::new(content());
    s.handle(Event::Start).unwrap();
    assert_eq!(s.step(), Step::Profile);
    s.handle(Event::ChooseProfile(VO_DOCENT)).unwrap();
    assert_eq!(s.step(), Step::Topics);
}

#[test]
fn a_fixed_sector_and_role_skip_the_profile_screen() {
    let mut s = Session::with_preset(
        content(),
        preset(Some(Sector::Vo), Some(Role::Docent), &[], None),
    );
    s.handle(Event::Start).unwrap();
    assert_eq!(s.step(), Step::Topics);
    assert_eq!(s.profile(), Some(VO_DOCENT));
}

#[test]
fn only_a_sector_or_only_a_role_still_shows_the_profile_screen() {
    for p in [
        preset(Some(Sector::Vo), None, &[], None),
        preset(None, Some(Role::Docent), &[], None),
    ] {
        let mut s = Session::with_preset(content(), p.clone());
        s.handle(Event::Start).unwrap();
        assert_eq!(s.step(), Step::Profile, "{p:?}");
        assert_eq!(s.profile(), None, "{p:?}");
    }
}

#[test]
fn a_fixed_topic_skips_the_topic_list() {
    let mut s = Session::with_preset(content(), preset(None, None, &[], Some("klacht")));
    s.handle(Event::Start).unwrap();
    assert_eq!(s.step(), Step::Profile, "the profile is not fixed");
    s.handle(Event::ChooseProfile(VO_DOCENT)).unwrap();
    assert_eq!(topic_id(&s), Some("klacht"));
    assert_eq!(s.step(), Step::Question(0));
    assert_eq!(question_id(&s), Some("situatie"));
}

#[test]
fn a_single_offered_topic_is_started_without_the_topic_list() {
    let mut s = Session::with_preset(content(), preset(None, None, &["schoolreis"], None));
    s.handle(Event::Start).unwrap();
    s.handle(Event::ChooseProfile(PO_IB)).unwrap();
    assert_eq!(topic_id(&s), Some("schoolreis"));
    assert_eq!(question_id(&s), Some("fase"));
}

#[test]
fn with_everything_fixed_start_goes_straight_to_the_first_question() {
    let mut s = Session::with_preset(content(), everything_fixed());
    assert_eq!(s.step(), Step::Intro);
    s.handle(Event::Start).unwrap();
    assert_eq!(s.profile(), Some(VO_DOCENT));
    assert_eq!(topic_id(&s), Some("pesten"));
    assert_eq!(question_id(&s), Some("situatie"));
}

#[test]
fn offered_topics_follow_the_preset_in_its_order() {
    let s = Session::with_preset(
        content(),
        preset(None, None, &["schoolreis", "pesten", "klacht"], None),
    );
    assert_eq!(offered_ids(&s), ["schoolreis", "pesten", "klacht"]);

    let all: Vec<&str> = content().topics.iter().map(|t| t.id).collect();
    assert!(all.len() > 3);
    assert_eq!(
        offered_ids(&Session::new(content())),
        all,
        "empty offers every topic"
    );
}

#[test]
fn a_topic_that_is_not_offered_is_refused() {
    let mut s = Session::with_preset(
        content(),
        preset(
            Some(Sector::Vo),
            Some(Role::Docent),
            &["schoolreis", "pesten"],
            None,
        ),
    );
    s.handle(Event::Start).unwrap();
    assert_eq!(s.step(), Step::Topics);
    let before = s.clone();
    assert_eq!(
        s.handle(Event::ChooseTopic("klacht")),
        Err(EngineError::UnknownTopic("klacht".into()))
    );
    assert_eq!(s, before, "a refused event leaves the session unchanged");
    s.handle(Event::ChooseTopic("pesten")).unwrap();
    assert_eq!(topic_id(&s), Some("pesten"));
}

#[test]
fn a_profile_the_preset_does_not_admit_is_refused() {
    let mut s = Session::with_preset(content(), preset(Some(Sector::Mbo), None, &[], None));
    s.handle(Event::Start).unwrap();
    let before = s.clone();
    assert!(
        s.handle(Event::ChooseProfile(PO_IB)).is_err(),
        "wrong sector"
    );
    assert_eq!(s, before);
    let mbo_ib = Profile {
        sector: Sector::Mbo,
        role: Role::Ib,
    };
    s.handle(Event::ChooseProfile(mbo_ib)).unwrap();
    assert_eq!(s.profile(), Some(mbo_ib));
    assert_eq!(s.step(), Step::Topics);

    let mut s = Session::with_preset(content(), preset(None, Some(Role::Bestuur), &[], None));
    s.handle(Event::Start).unwrap();
    let before = s.clone();
    assert!(
        s.handle(Event::ChooseProfile(VO_DOCENT)).is_err(),
        "wrong role"
    );
    assert_eq!(s, before);
}

#[test]
fn back_skips_the_screens_the_preset_fixed() {
    // Everything fixed: from the first question straight back to the intro.
    let mut s = Session::with_preset(content(), everything_fixed());
    s.handle(Event::Start).unwrap();
    answer(&mut s, &["beleid"]);
    assert_eq!(question_id(&s), Some("aanspreekpunt"));
    s.handle(Event::Back).unwrap();
    assert_eq!(question_id(&s), Some("situatie"));
    s.handle(Event::Back).unwrap();
    assert_eq!(s.step(), Step::Intro);
    assert_eq!(s.handle(Event::Back), Err(EngineError::NothingBefore));
    // Going forward again keeps the answer.
    s.handle(Event::Start).unwrap();
    assert_eq!(question_id(&s), Some("situatie"));
    assert!(s.answer(0).unwrap().includes("beleid"));

    // Only the topic fixed: back from the first question to the profile screen.
    let mut s = Session::with_preset(content(), preset(None, None, &["klacht"], None));
    s.handle(Event::Start).unwrap();
    s.handle(Event::ChooseProfile(VO_DOCENT)).unwrap();
    s.handle(Event::Back).unwrap();
    assert_eq!(s.step(), Step::Profile);
    s.handle(Event::Back).unwrap();
    assert_eq!(s.step(), Step::Intro);

    // Only the profile fixed: back from the topic list to the intro, from the first
    // question to the topic list.
    let mut s = Session::with_preset(
        content(),
        preset(Some(Sector::Vo), Some(Role::Docent), &[], None),
    );
    s.handle(Event::Start).unwrap();
    s.handle(Event::ChooseTopic("pesten")).unwrap();
    s.handle(Event::Back).unwrap();
    assert_eq!(s.step(), Step::Topics);
    s.handle(Event::Back).unwrap();
    assert_eq!(s.step(), Step::Intro);
}

#[test]
fn back_from_the_result_with_everything_fixed_walks_the_questions_then_the_intro() {
    let mut s = Session::with_preset(content(), everything_fixed());
    s.handle(Event::Start).unwrap();
    pesten_to_result(&mut s);
    let mut seen = vec![];
    while s.step() != Step::Intro {
        s.handle(Event::Back).unwrap();
        seen.push(question_id(&s).unwrap_or("-"));
    }
    assert_eq!(
        seen,
        ["aanpak", "monitor", "aanspreekpunt", "situatie", "-"]
    );
}

#[test]
fn restart_keeps_the_preset() {
    let p = everything_fixed();
    let mut s = Session::with_preset(content(), p.clone());
    s.handle(Event::Start).unwrap();
    answer(&mut s, &["beleid"]);
    s.handle(Event::Restart).unwrap();
    assert_eq!(s.step(), Step::Intro);
    assert_eq!(s.preset(), &p);
    assert_eq!(s.topic(), None);
    assert_eq!(s.profile(), None);
    assert_eq!(s, Session::with_preset(content(), p));
    s.handle(Event::Start).unwrap();
    assert_eq!(
        question_id(&s),
        Some("situatie"),
        "still skips both screens"
    );
    assert_eq!(s.answer(0), None, "the answers are gone");
}

#[test]
fn the_preset_code_tells_presets_apart() {
    let a = everything_fixed();
    let b = preset(Some(Sector::Vo), Some(Role::Docent), &[], Some("klacht"));
    let c = preset(None, None, &["pesten", "klacht"], None);
    let d = preset(None, None, &["klacht", "pesten"], None);
    let codes = [a.code(), b.code(), c.code(), d.code()];
    for (i, code) in codes.iter().enumerate() {
        assert_eq!(code.len(), 8, "{code}");
        assert!(code.chars().all(|c| c.is_ascii_hexdigit()), "{code}");
        assert!(!codes[..i].contains(code), "{codes:?}");
    }
    assert_eq!(a.code(), everything_fixed().code(), "stable");
}

#[test]
fn a_saved_session_with_a_preset_comes_back_the_same() {
    let p = everything_fixed();
    let mut s = Session::with_preset(content(), p.clone());
    s.handle(Event::Start).unwrap();
    answer(&mut s, &["beleid"]);
    answer(&mut s, &["bekend"]);
    assert_eq!(question_id(&s), Some("monitor"));

    let r = Session::restore_with(content(), &p, &s.save(Lang::En)).expect("restores");
    assert_eq!(r.session, s);
    assert_eq!(r.session.preset(), &p);
    assert_eq!(question_id(&r.session), Some("monitor"), "the step is kept");
    assert!(r.session.answer(0).unwrap().includes("beleid"));
    assert_eq!((r.lang, r.dropped, r.content_changed), (Lang::En, 0, false));

    let mut done = Session::with_preset(content(), p.clone());
    done.handle(Event::Start).unwrap();
    pesten_to_result(&mut done);
    let r = Session::restore_with(content(), &p, &done.save(Lang::Nl)).unwrap();
    assert_eq!(r.session, done);
    assert_eq!(r.session.step(), Step::Result);
}

/// A session without preset, in pesten for this profile after one answer, as saved text.
fn saved_pesten(profile: Profile) -> String {
    let mut s = Session::new(content());
    s.handle(Event::Start).unwrap();
    s.handle(Event::ChooseProfile(profile)).unwrap();
    s.handle(Event::ChooseTopic("pesten")).unwrap();
    answer(&mut s, &["beleid"]);
    s.save(Lang::Nl)
}

#[test]
fn a_session_saved_without_a_preset_restores_under_a_preset_that_admits_it() {
    let text = saved_pesten(VO_DOCENT);

    let r = Session::restore_with(content(), &everything_fixed(), &text).unwrap();
    assert_eq!(r.dropped, 0);
    assert_eq!(topic_id(&r.session), Some("pesten"));
    assert_eq!(question_id(&r.session), Some("aanspreekpunt"));
    assert!(r.session.answer(0).unwrap().includes("beleid"));
}

#[test]
fn a_saved_profile_the_preset_does_not_admit_gives_nothing() {
    let text = saved_pesten(PO_IB);

    for p in [
        preset(Some(Sector::Vo), None, &[], None),
        preset(None, Some(Role::Docent), &[], None),
        everything_fixed(),
    ] {
        assert_eq!(Session::restore_with(content(), &p, &text), None, "{p:?}");
    }
    assert!(
        Session::restore_with(content(), &preset(Some(Sector::Po), None, &[], None), &text)
            .is_some(),
        "a preset that admits the profile restores it"
    );
}

#[test]
fn a_saved_topic_other_than_the_fixed_topic_drops_its_answers() {
    let mut s = Session::with_preset(content(), everything_fixed());
    s.handle(Event::Start).unwrap();
    answer(&mut s, &["beleid"]);
    answer(&mut s, &["bekend"]);
    let text = s.save(Lang::Nl);

    let klacht = preset(Some(Sector::Vo), Some(Role::Docent), &[], Some("klacht"));
    let r = Session::restore_with(content(), &klacht, &text).expect("restores");
    assert_eq!(r.dropped, 2, "both pesten answers");
    assert_eq!(topic_id(&r.session), Some("klacht"), "the fixed topic");
    assert_eq!(question_id(&r.session), Some("situatie"));
    assert!(r.session.answered().is_empty());
}

#[test]
fn a_saved_topic_that_is_no_longer_offered_does_not_come_back() {
    let text = saved_pesten(VO_DOCENT);

    let p = preset(None, None, &["klacht", "schoolreis"], None);
    if let Some(r) = Session::restore_with(content(), &p, &text) {
        assert_eq!(r.session.topic(), None);
        assert!(r.session.answered().is_empty());
        assert_eq!(r.dropped, 1);
    }
}

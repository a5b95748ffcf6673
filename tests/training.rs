//! Training mode through the real, compiled-in content: what a facilitator reveals per
//! answer fits the case's sector and role and agrees with the check itself; every case
//! question has the adviser's reasoning; every case opens, walks and plays through the
//! session's events; the hand-out's sources; the presenter keys.

use zelfcheck::content::CONTENT;
use zelfcheck_engine::training::*;
use zelfcheck_engine::*;

/// Every case with its topic.
fn cases() -> impl Iterator<Item = (&'static Topic, &'static Case)> {
    CONTENT
        .topics
        .iter()
        .flat_map(|t| t.cases.iter().map(move |c| (t, c)))
}

/// The index of a question in its topic.
fn index_of(topic: &Topic, question: &str) -> usize {
    topic
        .questions
        .iter()
        .position(|q| q.id == question)
        .unwrap()
}

/// Could the condition hold for this profile at all, whatever else is answered?
fn possible_for(when: &Condition, profile: &Profile) -> bool {
    let known = profile.facts();
    let open = |f: &str| !f.starts_with("rol.") && !f.starts_with("sector.");
    when.evaluate(&known, &open) != Some(false)
}

#[test]
fn every_case_question_has_the_advisers_reasoning_in_both_languages() {
    let mut count = 0;
    for (topic, case) in cases() {
        for answer in case.answers {
            for lang in [Lang::Nl, Lang::En] {
                let text = answer.why.get(lang);
                assert!(
                    text.split_whitespace().count() >= 6,
                    "{}/{}: the reasoning for '{}' is missing or too short: {text:?}",
                    topic.id,
                    case.id,
                    answer.question
                );
            }
            count += 1;
        }
    }
    assert!(count > 50, "only {count} case answers");
}

#[test]
fn what_an_answer_leads_to_never_belongs_to_another_sector_or_role() {
    for (topic, case) in cases() {
        let profile = case_profile(case);
        for answer in case.answers {
            let index = index_of(topic, answer.question);
            let known = known_in_case(topic, case, index);
            for lead in answer_leads(topic, &profile, &known, index) {
                for leads in [&lead.sure, &lead.maybe] {
                    for tip in &leads.tips {
                        assert!(
                            profile.fits_tip(tip) && possible_for(&tip.when, &profile),
                            "{}/{}: '{}' → '{}' shows tip '{}', which is not for {} {}",
                            topic.id,
                            case.id,
                            answer.question,
                            lead.option,
                            tip.id,
                            case.sector.id(),
                            case.role.id()
                        );
                    }
                    for q in &leads.questions {
                        assert!(profile.fits_question(q), "{}: question '{}'", case.id, q.id);
                        assert!(q.when.as_ref().is_none_or(|c| possible_for(c, &profile)));
                    }
                    for i in &leads.interrupts {
                        assert!(
                            profile.fits(i.sectors, i.roles),
                            "{}: banner '{}'",
                            case.id,
                            i.id
                        );
                        assert!(possible_for(&i.when, &profile));
                    }
                }
            }
        }
    }
}

#[test]
fn a_vertrouwenspersoon_tip_never_shows_in_a_case_of_another_role() {
    let only_vp = |roles: &[Role]| roles == [Role::Vertrouwenspersoon];
    let mut checked = 0;
    for (topic, case) in cases().filter(|(_, c)| c.role != Role::Vertrouwenspersoon) {
        let profile = case_profile(case);
        for answer in case.answers {
            let index = index_of(topic, answer.question);
            let known = known_in_case(topic, case, index);
            for lead in answer_leads(topic, &profile, &known, index) {
                for tip in lead.sure.tips.iter().chain(&lead.maybe.tips) {
                    assert!(!only_vp(tip.roles), "{}: tip '{}'", case.id, tip.id);
                    let mut mentions = false;
                    tip.when
                        .for_each_fact(&mut |f| mentions |= f == "rol.vertrouwenspersoon");
                    if mentions {
                        assert!(
                            possible_for(&tip.when, &profile),
                            "{}: tip '{}'",
                            case.id,
                            tip.id
                        );
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} tips looked at");
}

#[test]
fn what_the_case_answer_leads_to_for_sure_is_what_the_check_gives() {
    for (topic, case) in cases() {
        let played = play_case(&CONTENT, topic, case).unwrap();
        let outcome = played.outcome();
        let given: Vec<&str> = outcome
            .urgent
            .iter()
            .chain(&outcome.todo)
            .chain(&outcome.good)
            .map(|t| t.id)
            .collect();
        let banners: Vec<&str> = played.interrupts().iter().map(|i| i.id).collect();
        let profile = case_profile(case);
        for answer in case.answers {
            let index = index_of(topic, answer.question);
            let known = known_in_case(topic, case, index);
            let leads = answer_leads(topic, &profile, &known, index);
            for option in answer.options {
                let lead = leads.iter().find(|l| l.option == *option).unwrap();
                for tip in &lead.sure.tips {
                    assert!(
                        given.contains(&tip.id),
                        "{}/{}: '{}' → '{option}' says tip '{}' follows for sure, but the case does not get it",
                        topic.id,
                        case.id,
                        answer.question,
                        tip.id
                    );
                }
                for q in &lead.sure.questions {
                    assert!(
                        case.answers.iter().any(|a| a.question == q.id),
                        "{}: '{}' says question '{}' follows for sure, but the case is not asked it",
                        case.id,
                        answer.question,
                        q.id
                    );
                }
                for i in &lead.sure.interrupts {
                    assert!(banners.contains(&i.id), "{}: banner '{}'", case.id, i.id);
                }
            }
        }
    }
}

#[test]
fn an_item_shows_only_under_the_answers_that_make_it_likeliest() {
    // Every question of every case: nothing is listed under every option alike, and an
    // option never lists as possible what another option brings for sure.
    for (topic, case) in cases() {
        let profile = case_profile(case);
        for answer in case.answers {
            let index = index_of(topic, answer.question);
            let known = known_in_case(topic, case, index);
            let leads = answer_leads(topic, &profile, &known, index);
            let question = &topic.questions[index];
            assert_eq!(leads.len(), option_ids(question).len());
            for tip in leads
                .iter()
                .flat_map(|l| l.sure.tips.iter().chain(&l.maybe.tips))
            {
                let everywhere = leads.iter().all(|l| {
                    l.sure
                        .tips
                        .iter()
                        .chain(&l.maybe.tips)
                        .any(|t| t.id == tip.id)
                });
                assert!(
                    !everywhere,
                    "{}: tip '{}' under every answer",
                    case.id, tip.id
                );
                let sure_somewhere = leads
                    .iter()
                    .any(|l| l.sure.tips.iter().any(|t| t.id == tip.id));
                if sure_somewhere {
                    assert!(
                        leads
                            .iter()
                            .all(|l| !l.maybe.tips.iter().any(|t| t.id == tip.id)),
                        "{}: tip '{}' both sure and possible",
                        case.id,
                        tip.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_known_facts_of_a_played_case_match_the_case_answers() {
    for (topic, case) in cases() {
        let profile = case_profile(case);
        let mut session = start_case(&CONTENT, topic, case);
        for answer in case.answers {
            let index = index_of(topic, answer.question);
            assert_eq!(
                known_before(topic, &profile, &session, index),
                known_in_case(topic, case, index),
                "{}: before '{}'",
                case.id,
                answer.question
            );
            let reply = if answer.options == [DONT_KNOW] {
                Reply::DontKnow
            } else {
                Reply::Options(answer.options)
            };
            session.handle(Event::Answer(reply)).unwrap();
        }
    }
}

#[test]
fn every_case_opens_by_its_event_and_walks_to_the_same_result_as_its_answers() {
    for (topic, case) in cases() {
        let open = Event::OpenCase {
            topic: topic.id,
            case: case.id,
        };
        let mut session = Session::for_training(&CONTENT);
        session.handle(open).unwrap();
        assert_eq!(session.case().map(|(_, c)| c.id), Some(case.id));
        for answer in case.answers {
            assert_eq!(
                session.current_question().map(|q| q.id),
                Some(answer.question),
                "{}",
                case.id
            );
            assert!(
                session.case_answer_hidden(),
                "{}: {}",
                case.id,
                answer.question
            );
            session.handle(Event::Reveal).unwrap();
            assert!(session.is_revealed());
            let reply = if answer.options == [DONT_KNOW] {
                Reply::DontKnow
            } else {
                Reply::Options(answer.options)
            };
            session.handle(Event::Answer(reply)).unwrap();
        }
        assert_eq!(session.step(), Step::Result, "{}", case.id);
        let played = play_case(&CONTENT, topic, case).unwrap();
        assert_eq!(session.outcome(), played.outcome(), "{}", case.id);

        // The presenter's End: the case's tips straight from its first question.
        let mut ended = Session::for_training(&CONTENT);
        ended.handle(open).unwrap();
        ended.handle(Event::PlayCase).unwrap();
        assert_eq!(ended, session, "{}", case.id);
    }
}

#[test]
fn every_case_has_a_hand_out_to_open_and_leave() {
    for (topic, case) in cases() {
        let mut session = Session::for_training(&CONTENT);
        session
            .handle(Event::OpenHandout {
                topic: topic.id,
                case: case.id,
            })
            .unwrap();
        assert_eq!(session.step(), Step::Handout);
        assert_eq!(session.case(), Some((topic, case)));
        session.handle(Event::LeaveCase).unwrap();
        assert_eq!(session, Session::for_training(&CONTENT));
    }
}

#[test]
fn every_hand_out_has_the_sources_of_its_tips() {
    for (topic, case) in cases() {
        let sources = case_sources(&CONTENT, topic, case);
        assert!(!sources.is_empty(), "{}: no sources", case.id);
        let played = play_case(&CONTENT, topic, case).unwrap();
        let outcome = played.outcome();
        for tip in outcome
            .urgent
            .iter()
            .chain(&outcome.todo)
            .chain(&outcome.good)
        {
            for s in tip.sources {
                assert!(
                    sources.iter().any(|x| x.id == s.id),
                    "{}: source '{}'",
                    case.id,
                    s.id
                );
            }
        }
        let mut ids: Vec<&str> = sources.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), sources.len(), "{}: a source twice", case.id);
        assert!(sources.iter().all(|s| s.url.starts_with("https://")));
    }
}

#[test]
fn the_adviespunt_number_for_the_hand_out_comes_from_the_contacts() {
    assert_eq!(CONTENT.contacts.adviespunt.phone, "030 285 66 16");
    assert_eq!(CONTENT.contacts.emergency.phone, "112");
}

#[test]
fn presenter_keys_scroll_a_long_screen_before_moving_on() {
    use PresenterAction::*;
    use PresenterKey::*;
    let screen = |more_below, more_above, unrevealed, answered| ScreenState {
        more_below,
        more_above,
        unrevealed,
        answered,
    };
    // A long screen scrolls first, both ways.
    assert_eq!(
        presenter_action(Forward, screen(true, false, true, false)),
        ScrollDown
    );
    assert_eq!(
        presenter_action(Forward, screen(true, true, false, true)),
        ScrollDown
    );
    assert_eq!(
        presenter_action(Backward, screen(true, true, false, true)),
        ScrollUp
    );
    assert_eq!(
        presenter_action(Backward, screen(false, true, false, false)),
        ScrollUp
    );
    // At the end of a question nobody answered, the case's answer is revealed first.
    assert_eq!(
        presenter_action(Forward, screen(false, true, true, false)),
        Reveal
    );
    // Revealed, or answered by the team: on to the next question.
    assert_eq!(
        presenter_action(Forward, screen(false, true, false, true)),
        Next
    );
    assert_eq!(
        presenter_action(Forward, screen(false, false, true, true)),
        Next
    );
    assert_eq!(
        presenter_action(Forward, screen(false, false, false, false)),
        Next
    );
    // At the top: back.
    assert_eq!(
        presenter_action(Backward, screen(true, false, true, false)),
        Back
    );
    // End goes to the tips from anywhere.
    assert_eq!(
        presenter_action(End, screen(true, true, true, false)),
        Result
    );
}

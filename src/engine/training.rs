//! Training mode: a case played through the real check, and what each answer option leads
//! to, for a facilitator to reveal.

use super::answer::Reply;
use super::model::{Case, Condition, Content, Question, Tip, Topic};
use super::preset::Preset;
use super::session::{Event, Session, Step};

/// The preset a case runs under: its sector, role and topic are fixed.
pub fn case_preset(topic: &Topic, case: &Case) -> Preset {
    Preset {
        sector: Some(case.sector),
        role: Some(case.role),
        topics: Vec::new(),
        topic: Some(topic.id),
    }
}

/// A session past the intro of a case, on its first question.
pub fn start_case(content: &'static Content, topic: &Topic, case: &Case) -> Session {
    let mut session = Session::with_preset(content, case_preset(topic, case));
    let _ = session.handle(Event::Start);
    session
}

/// Plays every answer of the case through the check and returns the session on the result
/// page, or says where the case's answers stop fitting the topic.
pub fn play_case(content: &'static Content, topic: &Topic, case: &Case) -> Result<Session, String> {
    let mut session = start_case(content, topic, case);
    for answer in case.answers {
        let asked = session.current_question().map(|q| q.id);
        if asked != Some(answer.question) {
            return Err(match asked {
                Some(q) => format!(
                    "the check asks '{q}' where the case answers '{}'",
                    answer.question
                ),
                None => format!(
                    "the check has ended before the case answers '{}'",
                    answer.question
                ),
            });
        }
        let reply = if answer.options == ["weet_niet"] {
            Reply::DontKnow
        } else {
            Reply::Options(answer.options)
        };
        session
            .handle(Event::Answer(reply))
            .map_err(|e| format!("answer to '{}': {e}", answer.question))?;
    }
    match session.step() {
        Step::Result => Ok(session),
        _ => Err(format!(
            "the check asks '{}' after the case's last answer",
            session.current_question().map_or("?", |q| q.id)
        )),
    }
}

/// The case's answer to a question, if the case answers it.
pub fn case_answer(case: &Case, question: &str) -> Option<&'static [&'static str]> {
    case.answers
        .iter()
        .find(|a| a.question == question)
        .map(|a| a.options)
}

/// What an answer option plays a part in: follow-up questions and tips whose condition looks
/// at the fact it records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Effects {
    /// Later questions that depend on it.
    pub questions: Vec<&'static Question>,
    /// Tips that depend on it.
    pub tips: Vec<&'static Tip>,
}

/// The effects of choosing `option` (an option id, or `weet_niet`) for `question`: what
/// looks at any fact that option records.
pub fn option_effects(topic: &'static Topic, question: &Question, option: &str) -> Effects {
    let facts: &[&str] = if option == "weet_niet" {
        question.dont_know.unwrap_or_default()
    } else {
        question
            .options
            .iter()
            .find(|o| o.id == option)
            .map_or(&[], |o| o.facts)
    };
    let looks_at = |c: &Condition| {
        let mut found = false;
        c.for_each_fact(&mut |f| found |= facts.contains(&f));
        found
    };
    Effects {
        questions: topic
            .questions
            .iter()
            .filter(|q| q.when.as_ref().is_some_and(looks_at))
            .collect(),
        tips: topic.tips.iter().filter(|t| looks_at(&t.when)).collect(),
    }
}

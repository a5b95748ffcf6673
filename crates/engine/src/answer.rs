//! Answers to one question, checked against it.

use super::error::EngineError;
use super::facts::FactSet;
use super::model::{Question, QuestionKind};

/// The id "weet ik niet" goes by where answers are written as option ids: saved progress,
/// scripted paths, training cases and the choices on screen.
pub const DONT_KNOW: &str = "weet_niet";

/// What the user replies to a question, as option ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply<'a> {
    /// One option (single choice) or one or more (multiple choice).
    Options(&'a [&'a str]),
    /// "Weet ik niet".
    DontKnow,
}

impl<'a> Reply<'a> {
    /// The reply written as these ids: [`DONT_KNOW`] alone is "weet ik niet", anything else
    /// names options (and is checked as such by [`Answer::check`]).
    pub fn from_ids(ids: &'a [&'a str]) -> Reply<'a> {
        if ids == [DONT_KNOW] {
            Reply::DontKnow
        } else {
            Reply::Options(ids)
        }
    }
}

/// A checked answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The chosen options, in the order the question lists them.
    Chosen(Vec<&'static str>),
    /// "Weet ik niet".
    DontKnow,
}

impl Answer {
    /// Checks a reply against the question it answers.
    pub fn check(question: &'static Question, reply: Reply<'_>) -> Result<Answer, EngineError> {
        let ids = match reply {
            Reply::DontKnow if question.dont_know.is_some() => return Ok(Answer::DontKnow),
            Reply::DontKnow => {
                return Err(EngineError::DontKnowNotOffered {
                    question: question.id,
                });
            }
            Reply::Options(ids) => ids,
        };
        if ids.is_empty() {
            return Err(EngineError::EmptyAnswer {
                question: question.id,
            });
        }
        for id in ids {
            if !question.options.iter().any(|o| o.id == *id) {
                return Err(EngineError::UnknownOption {
                    question: question.id,
                    option: (*id).to_string(),
                });
            }
        }
        let chosen: Vec<&'static str> = question
            .options
            .iter()
            .filter(|o| ids.contains(&o.id))
            .map(|o| o.id)
            .collect();
        let single_but_many = question.kind == QuestionKind::Single && chosen.len() > 1;
        if single_but_many || chosen.len() != ids.len() {
            return Err(EngineError::TooManyOptions {
                question: question.id,
            });
        }
        if chosen.len() > 1
            && let Some(option) = question
                .options
                .iter()
                .find(|o| o.exclusive && chosen.contains(&o.id))
        {
            return Err(EngineError::ExclusiveCombined {
                question: question.id,
                option: option.id,
            });
        }
        Ok(Answer::Chosen(chosen))
    }

    /// Adds the facts this answer records to `facts`.
    pub fn record(&self, question: &Question, facts: &mut FactSet) {
        match self {
            Answer::DontKnow => facts.extend(question.dont_know.unwrap_or_default()),
            Answer::Chosen(ids) => question
                .options
                .iter()
                .filter(|o| ids.contains(&o.id))
                .for_each(|o| facts.extend(o.facts)),
        }
    }

    /// Whether this option is part of the answer.
    pub fn includes(&self, option: &str) -> bool {
        matches!(self, Answer::Chosen(ids) if ids.contains(&option))
    }

    /// The answer as ids, "weet ik niet" as [`DONT_KNOW`].
    pub fn ids(&self) -> Vec<&'static str> {
        match self {
            Answer::Chosen(ids) => ids.clone(),
            Answer::DontKnow => vec![DONT_KNOW],
        }
    }
}

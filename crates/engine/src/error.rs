//! What can go wrong when the engine is driven with a wrong event or answer.

use std::fmt;

/// A refused event. The session is left exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineError {
    /// The event does not fit the current step, e.g. an answer on the intro screen.
    WrongStep {
        /// The event that was refused.
        event: &'static str,
    },
    /// There is nothing before the first screen.
    NothingBefore,
    /// No topic has this id.
    UnknownTopic(String),
    /// Training mode: this topic has no case with this id.
    UnknownCase {
        /// The topic's id.
        topic: String,
        /// The case's id.
        case: String,
    },
    /// The question has no option with this id.
    UnknownOption {
        /// The question asked.
        question: &'static str,
        /// The option that was given.
        option: String,
    },
    /// An answer with no option chosen.
    EmptyAnswer {
        /// The question asked.
        question: &'static str,
    },
    /// More than one option for a single-choice question, or an option given twice.
    TooManyOptions {
        /// The question asked.
        question: &'static str,
    },
    /// An exclusive option ("none of these") combined with another one.
    ExclusiveCombined {
        /// The question asked.
        question: &'static str,
        /// The exclusive option.
        option: &'static str,
    },
    /// "Weet ik niet" for a question that does not offer it.
    DontKnowNotOffered {
        /// The question asked.
        question: &'static str,
    },
    /// A tip to tick off that is not a to-do of this result.
    UnknownTip(String),
    /// A question to revisit that was not asked or not answered.
    NotAnswered(String),
    /// Training mode: a number of hands that is not a whole number from 0 to 999.
    BadHandCount(String),
    /// The topic asks nothing of this sector and role.
    NothingToAsk {
        /// The topic chosen.
        topic: &'static str,
    },
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::WrongStep { event } => write!(f, "'{event}' does not fit this step"),
            EngineError::NothingBefore => write!(f, "there is no step before this one"),
            EngineError::UnknownTopic(id) => write!(f, "there is no topic '{id}'"),
            EngineError::UnknownCase { topic, case } => {
                write!(f, "topic '{topic}' has no case '{case}'")
            }
            EngineError::UnknownOption { question, option } => {
                write!(f, "question '{question}' has no option '{option}'")
            }
            EngineError::EmptyAnswer { question } => {
                write!(f, "question '{question}' needs at least one option")
            }
            EngineError::TooManyOptions { question } => {
                write!(
                    f,
                    "question '{question}' takes one option, each option once"
                )
            }
            EngineError::ExclusiveCombined { question, option } => write!(
                f,
                "option '{option}' of question '{question}' cannot be combined with others"
            ),
            EngineError::DontKnowNotOffered { question } => {
                write!(f, "question '{question}' does not offer 'weet ik niet'")
            }
            EngineError::UnknownTip(id) => write!(f, "tip '{id}' is not a to-do of this result"),
            EngineError::NotAnswered(id) => write!(f, "question '{id}' has no answer to change"),
            EngineError::BadHandCount(typed) => {
                write!(f, "'{typed}' is not a number of hands from 0 to 999")
            }
            EngineError::NothingToAsk { topic } => {
                write!(
                    f,
                    "topic '{topic}' has no question for this sector and role"
                )
            }
        }
    }
}

impl std::error::Error for EngineError {}

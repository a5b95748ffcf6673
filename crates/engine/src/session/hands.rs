//! Training mode: the team's show of hands on the question on screen.

use super::Session;
use crate::error::EngineError;
use crate::hands::Hands;
use crate::training::option_ids;

impl Session {
    /// Training mode: the hands the team raised, per question and option of the case.
    pub fn hands(&self) -> &Hands {
        &self.hands
    }

    /// The question on screen and its option with this id (or `weet_niet` where offered),
    /// as the content names them.
    pub(super) fn hand_option(
        &self,
        option: &str,
    ) -> Result<(&'static str, &'static str), EngineError> {
        let question = self.current_question().ok_or(EngineError::WrongStep {
            event: "count hands",
        })?;
        option_ids(question)
            .into_iter()
            .find(|id| *id == option)
            .map(|id| (question.id, id))
            .ok_or_else(|| EngineError::UnknownOption {
                question: question.id,
                option: option.to_string(),
            })
    }
}

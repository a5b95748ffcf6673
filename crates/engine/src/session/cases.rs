//! Training mode's steps: the list of cases, one case walked through with a team, and a
//! case's hand-out. A training session is never stored.

use super::{Event, Session, Step};
use crate::error::EngineError;
use crate::model::{Case, Content, Topic};
use crate::training::{case_answer, case_preset, find_case, play_case};

impl Session {
    /// A session in training mode, on the list of cases.
    pub fn for_training(content: &'static Content) -> Session {
        Session {
            step: Step::Cases,
            training: true,
            ..Session::new(content)
        }
    }

    /// Whether this session runs cases for a team (training mode).
    pub fn is_training(&self) -> bool {
        self.training
    }

    /// Training mode: the case being discussed or printed, with its topic.
    pub fn case(&self) -> Option<(&'static Topic, &'static Case)> {
        self.case
    }

    /// Training mode: whether the case's answer to the question on screen is shown. It is
    /// when the facilitator revealed it, and on coming back to a question already answered.
    pub fn is_revealed(&self) -> bool {
        self.revealed && matches!(self.step, Step::Question(_))
    }

    /// Training mode: whether the case answers the question on screen and that answer is
    /// still hidden.
    pub fn case_answer_hidden(&self) -> bool {
        let answers_it = match (self.case, self.current_question()) {
            (Some((_, case)), Some(question)) => case_answer(case, question.id).is_some(),
            _ => false,
        };
        answers_it && !self.revealed
    }

    pub(super) fn open_case(&mut self, topic: &str, case: &str) -> Result<(), EngineError> {
        let (topic, case) = find(self.content, topic, case)?;
        let mut walk = Session::with_preset(self.content, case_preset(topic, case));
        walk.handle(Event::Start)?;
        *self = Session {
            training: true,
            case: Some((topic, case)),
            ..walk
        };
        Ok(())
    }

    pub(super) fn open_handout(&mut self, topic: &str, case: &str) -> Result<(), EngineError> {
        let found = find(self.content, topic, case)?;
        *self = Session {
            step: Step::Handout,
            case: Some(found),
            ..Session::for_training(self.content)
        };
        Ok(())
    }

    /// Gives every answer of the case, as the case has them, and shows the tips.
    pub(super) fn play_case(&mut self) -> Result<(), EngineError> {
        let (topic, case) = self
            .case
            .ok_or(EngineError::WrongStep { event: "play case" })?;
        // The content check plays every case through, so checked content never fails here.
        let played = play_case(self.content, topic, case)
            .map_err(|_| EngineError::WrongStep { event: "play case" })?;
        // The team's hands stay with the case's questions, for a look back.
        *self = Session {
            training: true,
            case: self.case,
            hands: std::mem::take(&mut self.hands),
            ..played
        };
        Ok(())
    }

    pub(super) fn leave_case(&mut self) {
        *self = Session::for_training(self.content);
    }

    /// "Terug" in training mode: back through the case's questions; before the first one,
    /// out of the case to the list of cases.
    pub(super) fn back_in_case(&mut self) -> Result<(), EngineError> {
        self.back()?;
        self.revisiting = false;
        if matches!(self.step, Step::Intro | Step::Cases) {
            self.leave_case();
        }
        Ok(())
    }
}

fn find(
    content: &'static Content,
    topic: &str,
    case: &str,
) -> Result<(&'static Topic, &'static Case), EngineError> {
    find_case(content, topic, case).ok_or_else(|| EngineError::UnknownCase {
        topic: topic.to_string(),
        case: case.to_string(),
    })
}

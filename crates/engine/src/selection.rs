//! The options ticked on a question's screen before it is answered.

use super::answer::{DONT_KNOW, Reply};
use super::model::{Question, QuestionKind};

/// What is ticked on one question, kept to the question's rules while the user clicks: one
/// option for single choice; in multiple choice an exclusive option ("geen van deze",
/// "weet ik niet") clears the others, and any other option clears the exclusive ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    question: &'static Question,
    ids: Vec<&'static str>,
}

impl Selection {
    /// A selection on `question` that starts with these ids (an earlier answer, or a preset).
    pub fn new(question: &'static Question, ids: Vec<&'static str>) -> Selection {
        Selection { question, ids }
    }

    /// The ticked ids, in the order they were ticked.
    pub fn ids(&self) -> &[&'static str] {
        &self.ids
    }

    /// Whether this id is ticked.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(&id)
    }

    /// Whether `id` ("weet ik niet" included) cannot be combined with other options.
    pub fn is_exclusive(&self, id: &str) -> bool {
        id == DONT_KNOW
            || self
                .question
                .options
                .iter()
                .any(|o| o.id == id && o.exclusive)
    }

    /// Ticks or unticks `id`, as a click on it does.
    pub fn toggle(&mut self, id: &'static str) {
        if self.question.kind == QuestionKind::Single {
            self.ids = vec![id];
        } else if self.contains(id) {
            self.ids.retain(|c| *c != id);
        } else if self.is_exclusive(id) {
            self.ids = vec![id];
        } else {
            let question = self.question;
            self.ids.retain(|c| {
                *c != DONT_KNOW && !question.options.iter().any(|o| o.id == *c && o.exclusive)
            });
            self.ids.push(id);
        }
    }

    /// The reply to send, or `None` while nothing is ticked.
    pub fn reply(&self) -> Option<Reply<'_>> {
        (!self.ids.is_empty()).then(|| Reply::from_ids(&self.ids))
    }
}

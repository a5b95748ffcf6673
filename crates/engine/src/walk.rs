//! Which questions of a topic are asked, given the answers so far.

use super::answer::Answer;
use super::facts::FactSet;
use super::model::{Question, Topic};
use super::profile::Profile;

/// Whether a question is asked of this profile, given the facts recorded above it.
pub fn is_asked(question: &Question, profile: &Profile, facts_above: &FactSet) -> bool {
    profile.fits_question(question) && question.when.is_none_or(|c| c.holds(facts_above))
}

/// The result of walking a topic from top to bottom with a set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    /// Per question: whether it is asked.
    pub asked: Vec<bool>,
    /// The profile's facts and the facts recorded by the answers to asked questions.
    pub facts: FactSet,
}

impl Walk {
    /// Walks the topic. Answers to questions that are not asked are ignored, so they can
    /// never leave a fact behind.
    ///
    /// One pass is enough because a condition only uses facts from questions above it
    /// (the content check guarantees this).
    pub fn new(topic: &Topic, profile: &Profile, answers: &[Option<Answer>]) -> Walk {
        let mut facts = profile.facts();
        let mut asked = Vec::with_capacity(topic.questions.len());
        for (i, question) in topic.questions.iter().enumerate() {
            let is = is_asked(question, profile, &facts);
            if is && let Some(Some(answer)) = answers.get(i) {
                answer.record(question, &mut facts);
            }
            asked.push(is);
        }
        Walk { asked, facts }
    }

    /// The first asked question after index `from` (exclusive), if any.
    pub fn next_after(&self, from: Option<usize>) -> Option<usize> {
        let start = from.map_or(0, |i| i + 1);
        (start..self.asked.len()).find(|&i| self.asked[i])
    }

    /// The last asked question before index `before` (exclusive), if any.
    pub fn previous_before(&self, before: usize) -> Option<usize> {
        (0..before.min(self.asked.len()))
            .rev()
            .find(|&i| self.asked[i])
    }
}

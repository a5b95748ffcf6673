//! Which tips apply after a check, grouped for the result page.

use super::facts::FactSet;
use super::model::{Tip, TipGroup, Topic};
use super::profile::Profile;

/// The tips that apply, grouped and ordered for the result page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// "Nog doen of checken", most urgent first, then in content order.
    pub todo: Vec<&'static Tip>,
    /// "Dit doe je al goed", in content order.
    pub good: Vec<&'static Tip>,
}

impl Outcome {
    /// Every tip of the topic whose sector, role and condition fit, each once.
    ///
    /// A tip applies because its condition holds, not because answers add up to a score.
    pub fn for_facts(topic: &'static Topic, profile: &Profile, facts: &FactSet) -> Outcome {
        let mut outcome = Outcome::default();
        for tip in topic.tips {
            if !profile.fits_tip(tip) || !tip.when.holds(facts) || outcome.contains(tip.id) {
                continue;
            }
            match tip.group {
                TipGroup::Todo => outcome.todo.push(tip),
                TipGroup::Good => outcome.good.push(tip),
            }
        }
        outcome.todo.sort_by_key(|tip| tip.urgency);
        outcome
    }

    /// Whether a tip with this id is in either group.
    pub fn contains(&self, id: &str) -> bool {
        self.todo.iter().chain(&self.good).any(|tip| tip.id == id)
    }

    /// Whether no tip applies.
    pub fn is_empty(&self) -> bool {
        self.todo.is_empty() && self.good.is_empty()
    }
}

//! Which tips apply after a check, grouped for the result page.

use super::facts::FactSet;
use super::model::{Tip, TipGroup, Topic, Urgency};
use super::profile::Profile;

/// The tips that apply, grouped and ordered for the result page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// "Direct doen": the urgent to-dos, in content order.
    pub urgent: Vec<&'static Tip>,
    /// "Nog doen of checken", by phase, then most important first, then content order.
    pub todo: Vec<&'static Tip>,
    /// "Dit doe je al goed", by phase, then in content order.
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
            match (tip.group, tip.urgency) {
                (TipGroup::Todo, Urgency::Urgent) => outcome.urgent.push(tip),
                (TipGroup::Todo, _) => outcome.todo.push(tip),
                (TipGroup::Good, _) => outcome.good.push(tip),
            }
        }
        // Tips without a phase (general ones, such as "goed dat je dit nagaat") come first;
        // sorting is stable.
        let phase = |tip: &&Tip| tip.phase.map_or(0, |p| u16::from(p) + 1);
        outcome.todo.sort_by_key(|tip| (phase(tip), tip.urgency));
        outcome.good.sort_by_key(phase);
        outcome
    }

    /// Every tip, urgent first.
    pub fn all(&self) -> impl Iterator<Item = &'static Tip> + '_ {
        self.urgent
            .iter()
            .chain(&self.todo)
            .chain(&self.good)
            .copied()
    }

    /// The to-dos, urgent ones first.
    pub fn to_do(&self) -> impl Iterator<Item = &'static Tip> + '_ {
        self.urgent.iter().chain(&self.todo).copied()
    }

    /// Whether a tip with this id is in any group.
    pub fn contains(&self, id: &str) -> bool {
        self.all().any(|tip| tip.id == id)
    }

    /// Whether no tip applies.
    pub fn is_empty(&self) -> bool {
        self.all().next().is_none()
    }
}

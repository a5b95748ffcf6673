//! Which tips apply after a check, ranked and grouped for the result page.

use super::facts::FactSet;
use super::model::{Tip, TipGroup, TipKind, Topic, Urgency};
use super::order::sort_by_key;
use super::profile::Profile;

/// How many of the first to-dos the top of the result page names.
pub const FIRST: usize = 3;

/// The tips that apply, grouped and ordered for the result page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// "Direct doen": the to-dos that carry the urgent label, ranked. Never more than a
    /// third of all to-dos, so the label keeps its meaning.
    pub urgent: Vec<&'static Tip>,
    /// "Nog doen of checken", by phase, and within a phase ranked.
    pub todo: Vec<&'static Tip>,
    /// "Dit doe je al goed", by phase, then in content order.
    pub good: Vec<&'static Tip>,
    /// Every to-do, ranked: what to do first comes first.
    pub ranked: Vec<&'static Tip>,
}

/// The rank of a to-do: urgent first; then by phase, so what the next step needs comes
/// before what comes later; within a phase what the content marks important, legal duties
/// before advice, and a law still in preparation last; then content order.
pub fn rank(tip: &Tip) -> (bool, u16, Urgency, u8) {
    (
        tip.urgency != Urgency::Urgent,
        phase(tip),
        tip.urgency,
        kind_order(tip.kind),
    )
}

fn kind_order(kind: TipKind) -> u8 {
    match kind {
        TipKind::Duty => 0,
        TipKind::Advice => 1,
        TipKind::InPreparation => 2,
    }
}

/// Tips without a phase (general ones) come before the phased ones.
fn phase(tip: &Tip) -> u16 {
    tip.phase.map_or(0, |p| u16::from(p) + 1)
}

impl Outcome {
    /// Every tip of the topic whose sector, role and condition fit, each once.
    ///
    /// A tip applies because its condition holds, not because answers add up to a score.
    pub fn for_facts(topic: &'static Topic, profile: &Profile, facts: &FactSet) -> Outcome {
        let mut to_do: Vec<&'static Tip> = Vec::new();
        let mut good: Vec<&'static Tip> = Vec::new();
        for tip in topic.tips {
            if !profile.fits_tip(tip)
                || !tip.when.holds(facts)
                || to_do.iter().chain(&good).any(|t| t.id == tip.id)
            {
                continue;
            }
            match tip.group {
                TipGroup::Todo => to_do.push(tip),
                TipGroup::Good => good.push(tip),
            }
        }
        // Sorting is stable, so content order breaks ties.
        sort_by_key(&mut to_do, |tip| rank(tip));
        sort_by_key(&mut good, |tip| phase(tip));
        let labelled = to_do
            .iter()
            .take_while(|t| t.urgency == Urgency::Urgent)
            .count()
            .min(to_do.len() / 3);
        let urgent = to_do[..labelled].to_vec();
        let mut todo = to_do[labelled..].to_vec();
        sort_by_key(&mut todo, |tip| {
            (phase(tip), tip.urgency, kind_order(tip.kind))
        });
        Outcome {
            urgent,
            todo,
            good,
            ranked: to_do,
        }
    }

    /// The to-dos to do first: the top of the ranking, at most [`FIRST`].
    pub fn first(&self) -> &[&'static Tip] {
        &self.ranked[..self.ranked.len().min(FIRST)]
    }

    /// Every tip, in the order of the result page: the urgent to-dos, the other to-dos,
    /// the confirmations.
    pub fn all(&self) -> impl Iterator<Item = &'static Tip> + '_ {
        self.urgent
            .iter()
            .chain(&self.todo)
            .chain(&self.good)
            .copied()
    }

    /// The to-dos in the order of the result page, urgent ones first.
    pub fn to_do(&self) -> impl Iterator<Item = &'static Tip> + '_ {
        self.urgent.iter().chain(&self.todo).copied()
    }

    /// How many to-dos there are.
    pub fn to_do_count(&self) -> usize {
        self.ranked.len()
    }

    /// Whether this tip carries the urgent label.
    pub fn is_urgent(&self, id: &str) -> bool {
        self.urgent.iter().any(|t| t.id == id)
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

//! The facts recorded by answers, and conditions over them.

use super::model::Condition;

/// A set of facts, kept sorted so it compares and prints the same way every time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FactSet(Vec<&'static str>);

impl FactSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one fact.
    pub fn insert(&mut self, fact: &'static str) {
        if let Err(at) = self.0.binary_search(&fact) {
            self.0.insert(at, fact);
        }
    }

    /// Adds every fact of the slice.
    pub fn extend(&mut self, facts: &[&'static str]) {
        for fact in facts {
            self.insert(fact);
        }
    }

    /// Whether the fact was recorded.
    pub fn contains(&self, fact: &str) -> bool {
        self.0.binary_search(&fact).is_ok()
    }

    /// The facts, sorted.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().copied()
    }

    /// Only the facts for which `keep` says yes.
    pub fn filtered(&self, keep: impl Fn(&str) -> bool) -> FactSet {
        FactSet(self.0.iter().copied().filter(|f| keep(f)).collect())
    }
}

impl Condition {
    /// Whether the condition holds for these facts.
    pub fn holds(&self, facts: &FactSet) -> bool {
        match self {
            Condition::Fact(fact) => facts.contains(fact),
            Condition::All(parts) => parts.iter().all(|c| c.holds(facts)),
            Condition::Any(parts) => parts.iter().any(|c| c.holds(facts)),
            Condition::Not(inner) => !inner.holds(facts),
        }
    }

    /// Whether the condition holds when some facts are still open (may yet be recorded):
    /// `Some(answer)` when the open facts cannot change it, `None` when they can.
    pub fn evaluate(&self, facts: &FactSet, open: &impl Fn(&str) -> bool) -> Option<bool> {
        match self {
            Condition::Fact(fact) if facts.contains(fact) => Some(true),
            Condition::Fact(fact) => (!open(fact)).then_some(false),
            Condition::All(parts) => combine(parts, facts, open, false),
            Condition::Any(parts) => combine(parts, facts, open, true),
            Condition::Not(inner) => inner.evaluate(facts, open).map(|v| !v),
        }
    }

    /// Calls `visit` with every fact the condition mentions.
    pub fn for_each_fact(&self, visit: &mut impl FnMut(&'static str)) {
        match self {
            Condition::Fact(fact) => visit(fact),
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|c| c.for_each_fact(visit))
            }
            Condition::Not(inner) => inner.for_each_fact(visit),
        }
    }

    /// The facts in the set that the condition mentions: the answers that made it hold.
    pub fn matching_facts(&self, facts: &FactSet) -> Vec<&'static str> {
        let mut found = Vec::new();
        self.for_each_fact(&mut |fact| {
            if facts.contains(fact) && !found.contains(&fact) {
                found.push(fact);
            }
        });
        found
    }
}

/// Three-valued `all` (`decisive` = false) or `any` (`decisive` = true): one part with the
/// decisive value settles it, all parts known settle it the other way, else it is open.
fn combine(
    parts: &[Condition],
    facts: &FactSet,
    open: &impl Fn(&str) -> bool,
    decisive: bool,
) -> Option<bool> {
    let values: Vec<Option<bool>> = parts.iter().map(|c| c.evaluate(facts, open)).collect();
    if values.contains(&Some(decisive)) {
        Some(decisive)
    } else if values.iter().all(Option::is_some) {
        Some(!decisive)
    } else {
        None
    }
}

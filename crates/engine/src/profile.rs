//! Who is doing the check: sector and role.

use super::facts::FactSet;
use super::model::{Question, Role, Sector, Tip};

/// The sector and role chosen at the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Profile {
    /// The sector of the school.
    pub sector: Sector,
    /// The user's role.
    pub role: Role,
}

impl Profile {
    /// The facts that describe the profile, which every condition can use:
    /// `sector.<sector>` and `rol.<role>`.
    pub fn facts(&self) -> FactSet {
        let mut facts = FactSet::new();
        facts.insert(self.sector.fact());
        facts.insert(self.role.fact());
        facts
    }

    /// Whether content limited to these sectors and roles is meant for this profile.
    pub fn fits(&self, sectors: &[Sector], roles: &[Role]) -> bool {
        (sectors.is_empty() || sectors.contains(&self.sector))
            && (roles.is_empty() || roles.contains(&self.role))
    }

    /// Whether the question is meant for this profile (its condition aside).
    pub fn fits_question(&self, question: &Question) -> bool {
        self.fits(question.sectors, question.roles)
    }

    /// Whether the tip is meant for this profile (its condition aside).
    pub fn fits_tip(&self, tip: &Tip) -> bool {
        self.fits(tip.sectors, tip.roles)
    }
}

//! What an embedding page fixes in advance: a sector, a role, which topics to offer, or one
//! topic to start in. Screens whose answer is fixed are skipped, forwards and back.

use super::hash::fnv1a;
use super::model::{Content, Role, Sector, Topic};
use super::profile::Profile;

/// Choices made by the page that embeds the widget. The default fixes nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preset {
    /// Preselected sector; with `role` also set, the profile screen is skipped.
    pub sector: Option<Sector>,
    /// Preselected role.
    pub role: Option<Role>,
    /// Topic ids to offer, in this order; empty offers every topic.
    pub topics: Vec<&'static str>,
    /// Start in this topic; the topic list is then skipped.
    pub topic: Option<&'static str>,
}

impl Preset {
    /// The profile, when both sector and role are fixed.
    pub fn profile(&self) -> Option<Profile> {
        Some(Profile {
            sector: self.sector?,
            role: self.role?,
        })
    }

    /// The topic the check starts in without a choice: the fixed topic, or the only one
    /// offered.
    pub fn fixed_topic(&self) -> Option<&'static str> {
        self.topic.or(match self.topics.as_slice() {
            [only] => Some(*only),
            _ => None,
        })
    }

    /// The topics offered on the topic screen, in order.
    pub fn offered(&self, content: &'static Content) -> Vec<&'static Topic> {
        if self.topics.is_empty() {
            content.topics.iter().collect()
        } else {
            self.topics
                .iter()
                .filter_map(|id| content.topic(id))
                .collect()
        }
    }

    /// Whether this topic may be chosen.
    pub fn offers(&self, id: &str) -> bool {
        self.fixed_topic()
            .map_or(self.topics.is_empty() || self.topics.contains(&id), |t| {
                t == id
            })
    }

    /// Whether a profile agrees with what is fixed.
    pub fn admits(&self, profile: Profile) -> bool {
        self.sector.is_none_or(|s| s == profile.sector)
            && self.role.is_none_or(|r| r == profile.role)
    }

    /// A short code that tells presets apart, for naming saved progress; empty for the
    /// default, so an unconfigured widget keeps the plain key.
    pub fn code(&self) -> String {
        if *self == Preset::default() {
            return String::new();
        }
        let topics = self.topics.join(",");
        let hash = fnv1a([
            self.sector.map_or("", Sector::id),
            self.role.map_or("", Role::id),
            &topics,
            self.topic.unwrap_or(""),
        ]);
        // Eight hex digits are plenty to tell a page's widgets apart.
        format!("{:08x}", hash >> 32)
    }
}

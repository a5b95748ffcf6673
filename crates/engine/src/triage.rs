//! "Ik weet niet welk onderwerp past": from the answers to the triage questions, the
//! contacts to show first and the topics that fit.

use crate::model::{ContactRef, Content, Topic};

/// Where the triage answers lead.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Triage {
    /// Contacts to show before anything else, without repeats, in the order the answers name
    /// them (112 before the Calamiteitenteam).
    pub urgent: Vec<ContactRef>,
    /// The topics that fit, without repeats, in the order the answers name them; only those
    /// in `offered`.
    pub topics: Vec<&'static Topic>,
}

/// Where these answers lead: `chosen` holds the option ids chosen per triage question, in
/// the order of the questions. Unknown ids are passed over.
pub fn triage(content: &'static Content, offered: &[&'static Topic], chosen: &[&[&str]]) -> Triage {
    let mut out = Triage::default();
    for (question, ids) in content.triage.iter().zip(chosen) {
        for option in question.options.iter().filter(|o| ids.contains(&o.id)) {
            for contact in option.urgent {
                if !out.urgent.contains(contact) {
                    out.urgent.push(*contact);
                }
            }
            for id in option.topics {
                let Some(topic) = offered.iter().find(|t| t.id == *id) else {
                    continue;
                };
                if !out.topics.iter().any(|t| t.id == topic.id) {
                    out.topics.push(topic);
                }
            }
        }
    }
    out
}

//! Training mode: a show of hands. For each answer option of a case's question the
//! facilitator counts how many in the team chose it; on revealing the case's answer the
//! spread shows where the team differed. Hands live in the session only and are never
//! saved: they are a room's, not a person's.

use std::collections::BTreeMap;

/// The most hands one option can hold: three digits, more than any team room.
pub const MAX_HANDS: u16 = 999;

/// The hands counted, per question (by id) and option (by id, or `weet_niet`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hands {
    counted: BTreeMap<&'static str, BTreeMap<&'static str, u16>>,
}

impl Hands {
    /// The hands counted for an option of a question; none when nobody counted.
    pub fn count(&self, question: &str, option: &str) -> u16 {
        self.counted
            .get(question)
            .and_then(|options| options.get(option))
            .copied()
            .unwrap_or(0)
    }

    /// All hands counted for a question, over its options.
    pub fn total(&self, question: &str) -> u32 {
        self.counted
            .get(question)
            .map_or(0, |options| options.values().map(|&n| u32::from(n)).sum())
    }

    /// Whether no hand is counted anywhere.
    pub fn is_empty(&self) -> bool {
        self.counted
            .values()
            .all(|options| options.values().all(|&n| n == 0))
    }

    /// One hand more, up to [`MAX_HANDS`].
    pub(crate) fn add(&mut self, question: &'static str, option: &'static str) {
        let count = self.count(question, option);
        self.set(question, option, count.saturating_add(1).min(MAX_HANDS));
    }

    /// One hand less, never below none.
    pub(crate) fn remove(&mut self, question: &'static str, option: &'static str) {
        let count = self.count(question, option);
        self.set(question, option, count.saturating_sub(1));
    }

    /// Sets the hands for an option; the caller has checked the number.
    pub(crate) fn set(&mut self, question: &'static str, option: &'static str, count: u16) {
        self.counted
            .entry(question)
            .or_default()
            .insert(option, count);
    }

    /// How the hands for a question (by id) spread over its options, in the order given
    /// (as [`option_ids`](crate::training::option_ids) has them), each marked when the
    /// case's answer ticks it.
    pub fn spread(
        &self,
        question: &str,
        options: &[&'static str],
        case_answer: &[&str],
    ) -> Vec<Share> {
        let total = self.total(question);
        options
            .iter()
            .map(|&option| {
                let count = self.count(question, option);
                Share {
                    option,
                    count,
                    percent: percent(count, total),
                    case_answer: case_answer.contains(&option),
                }
            })
            .collect()
    }
}

/// One option's part of the hands for a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    /// The option's id, or `weet_niet`.
    pub option: &'static str,
    /// The hands counted for it.
    pub count: u16,
    /// Its part of all hands for the question, in whole percent; 0 when none are counted.
    pub percent: u8,
    /// The case's answer ticks this option.
    pub case_answer: bool,
}

/// `count` of `total` in whole percent, rounded half up.
fn percent(count: u16, total: u32) -> u8 {
    if total == 0 {
        return 0;
    }
    let rounded = (u32::from(count) * 100 + total / 2) / total;
    u8::try_from(rounded.min(100)).unwrap_or(100)
}

/// A number of hands as typed: digits only (spaces around them allowed), 0 to
/// [`MAX_HANDS`]. Anything else is `None`.
pub fn parse_hands(typed: &str) -> Option<u16> {
    let digits = typed.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<u16>().ok().filter(|&n| n <= MAX_HANDS)
}

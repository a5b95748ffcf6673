//! Parts that several screens share.

pub mod about;
pub mod buttons;
pub mod call;
pub mod call_text;
pub mod contacts;
pub mod fold;
pub mod hand_spread;
pub mod hands;
pub mod heading;
pub mod interrupts;
pub mod later;
pub mod print_pages;
pub mod privacy;
pub mod quick;
pub mod rich;
pub mod school_docs;
pub mod sources;
pub mod summary;
pub mod take_away;
pub mod tip_card;
pub mod topic_button;
pub mod update_notice;

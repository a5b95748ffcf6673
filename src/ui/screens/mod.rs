//! One file per step of the check; `app.rs` shows the one the session is on.

pub mod intro;
pub mod profile;
pub mod question;
pub mod result;
pub mod topics;
pub mod training;
pub mod triage;

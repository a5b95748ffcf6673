//! The self-check engine: content model, answers, state machine and outcome rules.
//!
//! Plain Rust with no browser or UI dependency, so it is tested natively.

pub mod answer;
pub mod codec;
mod declare;
pub mod error;
pub mod facts;
pub mod fill;
pub mod hands;
pub mod hash;
pub mod hours;
pub mod lang;
pub mod latin;
pub mod mail;
pub mod model;
pub mod order;
pub mod outcome;
pub mod packed;
pub mod preset;
pub mod profile;
pub mod rich;
pub mod saved;
pub mod search;
pub mod selection;
pub mod session;
pub mod settings;
pub mod texts;
pub mod training;
pub mod triage;
pub mod walk;

pub use answer::{Answer, DONT_KNOW, Reply};
pub use error::EngineError;
pub use facts::FactSet;
pub use model::*;
pub use outcome::Outcome;
pub use preset::Preset;
pub use profile::Profile;
pub use selection::Selection;
pub use session::{Event, Session, Step};
pub use walk::Walk;

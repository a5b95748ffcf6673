//! Zelfcheck Sociale Veiligheid: a private self-check for Dutch school staff.
//!
//! The widget crate. The workspace around it:
//! - `zelfcheck-engine` (`crates/engine`): content model, answers, state machine and outcome
//!   rules; plain Rust without dependencies, tested natively.
//! - `zelfcheck-authoring` (`crates/authoring`): reads and checks the content files and packs
//!   them; the build script's dependency and the content tool.
//! - this crate: [`content`], the checked content compiled in by `build.rs`, and `ui` (browser
//!   only), the Leptos shell around the engine.

pub mod content;

#[cfg(target_arch = "wasm32")]
pub mod ui;

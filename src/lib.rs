//! Zelfcheck Sociale Veiligheid: a private self-check for Dutch school staff.
//!
//! - [`engine`]: content model, answers, state machine and outcome rules (plain Rust).
//! - [`content`]: the checked content, compiled in from `content/` by the build script.
//! - `authoring` (native only): reads and checks the content files.
//! - `ui` (browser only): the Leptos shell around the engine.

pub mod content;
pub mod engine;

#[cfg(not(target_arch = "wasm32"))]
pub mod authoring;

#[cfg(target_arch = "wasm32")]
pub mod ui;

//! The browser build's entry point. Nothing starts here: `zelfcheck.js` defines the
//! `<zelfcheck-sociale-veiligheid>` element and calls the exported `mount` for each one.

#[cfg(target_arch = "wasm32")]
pub use zelfcheck::ui::{Mounted, allocated_bytes, mount};

fn main() {}

//! Where progress is kept: this tab only (sessionStorage, the default) or this device
//! (localStorage), through gloo-storage. Storage can be missing, blocked or full; then the
//! widget keeps working in memory and says so.
//!
//! The saved text is the engine's own plain format (see `engine/saved.rs`), stored as it is
//! through gloo's raw handle: its typed `get`/`set` would wrap it in JSON and link serde_json
//! into the wasm for nothing.

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::JsValue;

/// Which storage holds the progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// sessionStorage: survives a reload, gone when the tab closes.
    Tab,
    /// localStorage: stays on this device until wiped.
    Device,
}

/// The storage of this mode, when the browser lets the page use it.
fn storage(mode: Mode) -> Option<web_sys::Storage> {
    // gloo's `raw()` throws, and so ends the widget, where storage is blocked (private
    // browsing, a sandboxed iframe, cookies off): ask the window first, which answers
    // `Err` or `None` there instead.
    let window = web_sys::window()?;
    let usable = match mode {
        Mode::Tab => window.session_storage(),
        Mode::Device => window.local_storage(),
    };
    matches!(usable, Ok(Some(_))).then(|| match mode {
        Mode::Tab => SessionStorage::raw(),
        Mode::Device => LocalStorage::raw(),
    })
}

/// The text saved under `key` and where it was found; the device copy wins. `Err` when storage cannot
/// be read at all.
pub fn load(key: &str) -> Result<Option<(String, Mode)>, JsValue> {
    let mut readable = false;
    for mode in [Mode::Device, Mode::Tab] {
        if let Some(s) = storage(mode) {
            readable = true;
            if let Ok(Some(text)) = s.get_item(key) {
                return Ok(Some((text, mode)));
            }
        }
    }
    if readable {
        Ok(None)
    } else {
        Err(JsValue::from_str("no storage"))
    }
}

/// Saves the text in one storage and removes it from the other. False when it could not be
/// saved (no storage, blocked, or full).
pub fn save(key: &str, mode: Mode, text: &str) -> bool {
    let other = match mode {
        Mode::Tab => Mode::Device,
        Mode::Device => Mode::Tab,
    };
    if let Some(s) = storage(other) {
        let _ = s.remove_item(key);
    }
    storage(mode).is_some_and(|s| s.set_item(key, text).is_ok())
}

/// Removes everything the widget stored, from both storages.
pub fn wipe(key: &str) {
    for mode in [Mode::Tab, Mode::Device] {
        if let Some(s) = storage(mode) {
            let _ = s.remove_item(key);
        }
    }
}

//! Where progress is kept: this tab only (sessionStorage, the default) or this device
//! (localStorage). Storage can be missing, blocked or full; then the widget keeps working
//! in memory and says so.

use wasm_bindgen::JsValue;

/// The one key the widget uses, in both storages.
pub const KEY: &str = "zelfcheck-sociale-veiligheid";

/// Which storage holds the progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// sessionStorage: survives a reload, gone when the tab closes.
    Tab,
    /// localStorage: stays on this device until wiped.
    Device,
}

fn storage(mode: Mode) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    // Both calls can throw (sandboxed iframe, blocked cookies): that is "no storage".
    let storage = match mode {
        Mode::Tab => window.session_storage(),
        Mode::Device => window.local_storage(),
    };
    storage.ok().flatten()
}

/// The saved text and where it was found; the device copy wins. `Err` when storage cannot
/// be read at all.
pub fn load() -> Result<Option<(String, Mode)>, JsValue> {
    let mut readable = false;
    for mode in [Mode::Device, Mode::Tab] {
        if let Some(s) = storage(mode) {
            readable = true;
            if let Ok(Some(text)) = s.get_item(KEY) {
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
pub fn save(mode: Mode, text: &str) -> bool {
    let other = match mode {
        Mode::Tab => Mode::Device,
        Mode::Device => Mode::Tab,
    };
    if let Some(s) = storage(other) {
        let _ = s.remove_item(KEY);
    }
    storage(mode).is_some_and(|s| s.set_item(KEY, text).is_ok())
}

/// Removes everything the widget stored, from both storages.
pub fn wipe() {
    for mode in [Mode::Tab, Mode::Device] {
        if let Some(s) = storage(mode) {
            let _ = s.remove_item(KEY);
        }
    }
}

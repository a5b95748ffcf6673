//! The Leptos shell: holds the engine's session in a signal and renders it.

mod app;
mod buttons;
mod contacts;
mod context;
mod interrupts;
mod intro;
mod privacy;
mod profile;
mod question;
mod result;
mod storage;
mod summary;
mod take_away;
mod text;
mod tip_card;
mod topics;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the widget into `#zelfcheck`, or into the page body when there is no such element.
pub fn start() {
    console_error_panic_hook::set_once();
    let host = document()
        .get_element_by_id("zelfcheck")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document().body());
    match host {
        Some(host) => mount_to(host, app::App).forget(),
        None => leptos::logging::warn!("zelfcheck: the page has no body to mount into"),
    }
}

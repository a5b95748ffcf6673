//! The Leptos shell: holds the engine's session in a signal and renders it.

mod answer_form;
mod app;
mod context;
mod labels;
mod language;
mod memory;
mod parts;
mod print;
mod screens;
mod setup;
mod storage;

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use zelfcheck_engine::texts::Part;

pub use memory::allocated_bytes;

/// A mounted widget; `unmount` (or dropping it) removes it and its reactive state.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the widget from the page.
    pub fn unmount(&mut self) {
        self.handle.take();
    }
}

/// Mounts one widget into `container` (inside the shadow root of `host`), set up from its
/// settings file (the JSON text, if any), JSON child, attributes and (with `url-settings`)
/// the page address, in that order of precedence from low to high. `lang` is the language
/// to start in, as the loader decided it (`nl` or `en`). `texts` downloads one part of the
/// texts of a language (a code and `first` or `later` in, a promise of the text out); the
/// widget appears once the first part of its language is there (in training mode, both),
/// and the promise fails when they cannot be had.
#[wasm_bindgen]
pub async fn mount(
    host: HtmlElement,
    container: HtmlElement,
    file: Option<String>,
    lang: String,
    texts: js_sys::Function,
) -> Result<Mounted, JsValue> {
    console_error_panic_hook::set_once();
    language::set_loader(texts);
    let setup = setup::read(&host, file.as_deref(), &lang);
    // A trainer's widget waits for all texts (its cases are in the later part); a
    // self-check shows once the part up to the questions is there.
    let parts: &[Part] = if setup.settings.training {
        &Part::ALL
    } else {
        &[Part::First]
    };
    language::ensure(setup.lang, parts).await.map_err(|e| {
        JsValue::from(js_sys::Error::new(&format!(
            "the {} texts could not be loaded: {e}",
            setup.lang.code()
        )))
    })?;
    if let Some(accent) = &setup.settings.accent {
        // Set through the CSSOM, which a strict style-src allows (a style attribute it would not).
        let style = container.style();
        let _ = style.set_property("--zc-accent", &accent.base);
        let _ = style.set_property("--zc-accent-dark", &accent.dark);
    }
    // The loading message goes only now, so it stays while the texts download.
    container.set_text_content(None);
    let handle = mount_to(container, move || view! { <app::App setup/> });
    Ok(Mounted {
        handle: Some(Box::new(handle)),
    })
}

//! Downloads the texts of a language the first time a widget on the page shows it.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::{add_texts, has_texts};
use zelfcheck_engine::Lang;

thread_local! {
    /// zelfcheck.js's loader: a language code in, a promise of that language's texts out.
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Keeps the loader zelfcheck.js hands to `mount`.
pub fn set_loader(loader: Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

/// Makes sure the texts of `lang` are there, downloading them when they are not.
pub async fn ensure(lang: Lang) -> Result<(), String> {
    if has_texts(lang) {
        return Ok(());
    }
    let loader = LOADER
        .with(|l| l.borrow().clone())
        .ok_or("there is no way to download them")?;
    let promise = loader
        .call1(&JsValue::NULL, &lang.code().into())
        .map_err(describe)?;
    let text = JsFuture::from(Promise::resolve(&promise))
        .await
        .map_err(describe)?
        .as_string()
        .ok_or("they are not text")?;
    // Another widget on the page may have added them while this one waited.
    if has_texts(lang) {
        return Ok(());
    }
    add_texts(lang, Box::leak(text.into_boxed_str()))
}

fn describe(error: JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}

/// Shows `lang` in one widget: at once when its texts are there, else once they are
/// downloaded, with `loading` true meanwhile. When that fails the language stays as it was,
/// with a console warning.
pub fn show(shown: RwSignal<Lang>, lang: Lang, loading: Option<RwSignal<bool>>) {
    if has_texts(lang) {
        shown.set(lang);
        return;
    }
    if let Some(loading) = loading {
        loading.set(true);
    }
    leptos::task::spawn_local(async move {
        let result = ensure(lang).await;
        if let Some(loading) = loading {
            loading.try_set(false);
        }
        match result {
            Ok(()) => {
                shown.try_set(lang);
            }
            Err(e) => web_sys::console::warn_1(
                &format!(
                    "zelfcheck: the {} texts could not be loaded ({e}); the language stays as it is.",
                    lang.code()
                )
                .into(),
            ),
        }
    });
}

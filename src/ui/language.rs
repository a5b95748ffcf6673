//! Downloads the texts of a language the first time a widget on the page shows it: first
//! the part the screens up to the questions need, then the rest (tips, cases, quick
//! answers) while the user answers.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::{add_texts, has_texts};
use zelfcheck_engine::Lang;
use zelfcheck_engine::texts::Part;

thread_local! {
    /// zelfcheck.js's loader: a language code and a part (`first`, `later`) in, a promise
    /// of that text out.
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Whether a widget has the later part of its language's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Later {
    /// Not asked for yet: the widget asks once the first question is up (or a quick
    /// question is searched), so it does not compete with what the first screens need.
    Idle,
    /// Downloading.
    Loading,
    /// There.
    Ready,
    /// The download failed; it is tried again when someone asks.
    Failed,
}

/// Keeps the loader zelfcheck.js hands to `mount`.
pub fn set_loader(loader: Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

/// Starts downloading one part of a language's texts.
fn request(lang: Lang, part: Part) -> Result<JsFuture, String> {
    let loader = LOADER
        .with(|l| l.borrow().clone())
        .ok_or("there is no way to download them")?;
    let promise = loader
        .call2(&JsValue::NULL, &lang.code().into(), &part.code().into())
        .map_err(describe)?;
    Ok(JsFuture::from(Promise::resolve(&promise)))
}

/// Adds a downloaded part, unless another widget on the page added it meanwhile.
async fn receive(lang: Lang, part: Part, download: JsFuture) -> Result<(), String> {
    let text = download
        .await
        .map_err(describe)?
        .as_string()
        .ok_or("they are not text")?;
    if has_texts(lang, part) {
        return Ok(());
    }
    add_texts(lang, part, Box::leak(text.into_boxed_str()))
}

/// Makes sure these parts of the texts of `lang` are there, downloading the missing ones
/// at the same time.
pub async fn ensure(lang: Lang, parts: &[Part]) -> Result<(), String> {
    let mut downloads = Vec::new();
    for &part in parts {
        if !has_texts(lang, part) {
            downloads.push((part, request(lang, part)?));
        }
    }
    for (part, download) in downloads {
        receive(lang, part, download).await?;
    }
    Ok(())
}

fn describe(error: JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}

/// Gets the later part of the texts of `lang` for one widget, unless it is there or on its
/// way, setting `later` as it goes; a failure is said in the console and leaves `later` at
/// [`Later::Failed`], from where this tries again.
pub fn load_later(lang: Lang, later: RwSignal<Later>) {
    if matches!(later.get_untracked(), Later::Loading | Later::Ready) {
        return;
    }
    if has_texts(lang, Part::Later) {
        later.set(Later::Ready);
        return;
    }
    later.set(Later::Loading);
    leptos::task::spawn_local(async move {
        match ensure(lang, &[Part::Later]).await {
            Ok(()) => {
                later.try_set(Later::Ready);
            }
            Err(e) => {
                web_sys::console::warn_1(
                    &format!(
                        "zelfcheck: the rest of the {} texts (tips, cases, quick answers) could not be loaded ({e}).",
                        lang.code()
                    )
                    .into(),
                );
                later.try_set(Later::Failed);
            }
        }
    });
}

/// Shows `lang` in one widget: at once when all its texts are there, else once they are
/// downloaded, with `loading` true meanwhile. When that fails the language stays as it was,
/// with a console warning.
pub fn show(
    shown: RwSignal<Lang>,
    lang: Lang,
    later: RwSignal<Later>,
    loading: Option<RwSignal<bool>>,
) {
    if has_texts(lang, Part::First) && has_texts(lang, Part::Later) {
        shown.set(lang);
        later.set(Later::Ready);
        return;
    }
    if let Some(loading) = loading {
        loading.set(true);
    }
    leptos::task::spawn_local(async move {
        let result = ensure(lang, &Part::ALL).await;
        if let Some(loading) = loading {
            loading.try_set(false);
        }
        match result {
            Ok(()) => {
                later.try_set(Later::Ready);
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

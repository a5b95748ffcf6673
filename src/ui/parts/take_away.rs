//! Take the result along: copy as text, download as a file, or print. All in the browser.

use leptos::prelude::*;

use crate::ui::labels::tr;
use wasm_bindgen::{JsCast, JsValue};

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::parts::summary::{summary, today};
use crate::ui::print::print_widget;
use zelfcheck_engine::Text;

/// The copy, download and print buttons with a status line.
#[component]
pub fn TakeAway() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let status: RwSignal<Option<Text>> = RwSignal::new(None);
    let text = move || {
        state.session.with_untracked(|s| {
            state
                .setup
                .with_value(|setup| summary(s, &setup.settings, lang.get_untracked()))
        })
    };
    let copy = move |_| copy_text(text(), status);
    let download = move |_| {
        let topic = state
            .session
            .with_untracked(|s| s.topic().map_or("zelfcheck", |t| t.id));
        let name = format!("zelfcheck-{topic}-{}.txt", today());
        if download_text(&name, &text()).is_err() {
            leptos::logging::warn!("zelfcheck: the download could not be made");
        }
    };
    let print = move |ev: leptos::ev::MouseEvent| {
        if let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            print_widget(&button, state.unfold);
        }
    };
    view! {
        <div class="zc-actions zc-take-away">
            <button type="button" class="zc-button" on:click=copy>{tr(lang, UI.copy)}</button>
            <button type="button" class="zc-button" on:click=download>
                {tr(lang, UI.download)}
            </button>
            <button type="button" class="zc-button" on:click=print>{tr(lang, UI.print)}</button>
        </div>
        <p class="zc-status" role="status">{move || status.get().map(|t| t.get(lang.get()))}</p>
    }
}

/// Copies `text` to the clipboard and says in `status` whether that worked.
pub fn copy_text(text: String, status: RwSignal<Option<Text>>) {
    leptos::task::spawn_local(async move {
        let copied = match web_sys::window().map(|w| w.navigator().clipboard()) {
            Some(clipboard) => wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                .await
                .is_ok(),
            None => false,
        };
        status.set(Some(if copied { UI.copied } else { UI.copy_failed }));
    });
}

/// Offers `text` as a file download, made from a Blob in the page.
fn download_text(name: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

//! Under every screen: remember on this device or not, and one button that deletes all.

use leptos::prelude::*;

use crate::ui::labels::tr;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::storage;
use zelfcheck_engine::settings::StorageMode;

/// The privacy controls.
#[component]
pub fn PrivacyBar() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let stores = state.setup.with_value(|s| s.storage()) != StorageMode::None;
    let wipe = move |_| {
        state.remember.set(false);
        state.session.set(state.fresh_session());
        state.content_updated.set(false);
        storage::wipe(&state.key());
    };
    view! {
        <footer class="zc-privacy-bar">
            <Show when=move || state.content_updated.get()>
                <p class="zc-note" role="status">{tr(lang, UI.content_updated)}</p>
            </Show>
            <Show when=move || !state.storage_ok.get()>
                <p class="zc-note" role="status">{tr(lang, UI.storage_unavailable)}</p>
            </Show>
            <Show when=move || !stores>
                <p class="zc-note">
                    {move || if state.training() { UI.training_nothing_stored } else { UI.storage_none }.get(lang.get())}
                </p>
            </Show>
            <Show when=move || stores>
            <div class="zc-option zc-remember">
                <input
                    type="checkbox"
                    id="zc-remember"
                    aria-describedby="zc-remember-help"
                    prop:checked=move || state.remember.get()
                    on:change=move |_| state.remember.update(|r| *r = !*r)
                />
                <label for="zc-remember">{tr(lang, UI.remember_label)}</label>
            </div>
            <p class="zc-help" id="zc-remember-help">{tr(lang, UI.remember_help)}</p>
            </Show>
            <Show when=move || !state.training()>
                <button type="button" class="zc-button" on:click=wipe>
                    {tr(lang, UI.wipe)}
                </button>
            </Show>
        </footer>
    }
}

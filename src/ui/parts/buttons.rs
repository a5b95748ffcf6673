//! The buttons every screen uses.

use leptos::prelude::*;

use crate::ui::labels::tr;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use zelfcheck_engine::{Event, Text};

/// A button that hands one event to the engine.
#[component]
pub fn EventButton(
    /// The button's text.
    label: Text,
    /// What pressing it does.
    event: Event<'static>,
    /// Shown as the main action of the screen.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    view! {
        <button
            type="button"
            class=if primary { "zc-button zc-primary" } else { "zc-button" }
            on:click=move |_| {
                let _ = state.send(event);
            }
        >
            {tr(lang, label)}
        </button>
    }
}

/// "Terug" and "Volgende" under a form; "Volgende" submits it.
#[component]
pub fn FormActions() -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    view! {
        <div class="zc-actions">
            <EventButton label=UI.back event=Event::Back/>
            <button type="submit" class="zc-button zc-primary">
                {tr(lang, UI.next)}
            </button>
        </div>
    }
}

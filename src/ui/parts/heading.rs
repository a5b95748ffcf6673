//! The heading of each screen, which takes the focus when the screen changes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::context::Zelfcheck;

/// A screen heading that takes focus when the screen appears, so keyboard and screen-reader
/// users start at the top of each new step.
#[component]
pub fn ScreenHeading(
    /// The heading text.
    text: Signal<String>,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    let state = Zelfcheck::expect();
    Effect::new(move |_| {
        let Some(h) = heading.get() else { return };
        if !state.interacted.get_untracked() {
            return;
        }
        // After "Terug", the answer given on this screen (marked data-back-focus) takes
        // focus, so the user lands where they left it.
        let chosen = state
            .went_back
            .get_untracked()
            .then(|| h.closest(".zc-screen").ok().flatten())
            .flatten()
            .and_then(|screen| screen.query_selector("[data-back-focus]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        let _ = match chosen {
            Some(answer) => answer.focus(),
            None => h.focus(),
        };
    });
    view! {
        <h1 class="zc-heading" tabindex="-1" node_ref=heading>
            {move || text.get()}
        </h1>
    }
}

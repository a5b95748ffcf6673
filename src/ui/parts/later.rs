//! What shows where the later part of the texts (tips, cases, quick answers) is needed but
//! not there yet: that it is coming, or that it could not be had, with a way to try again
//! and the Adviespunt's number.

use leptos::prelude::*;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::labels::tr;
use crate::ui::language::{self, Later};
use crate::ui::parts::contacts::TextWithPhone;

/// "De tips worden geladen…", or after a failed download the message and a retry button.
#[component]
pub fn LaterTexts() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    move || match state.later.get() {
        Later::Failed => view! {
            <div class="zc-later" role="alert">
                <p><TextWithPhone text=UI.later_failed/></p>
                <button
                    type="button"
                    class="zc-button"
                    on:click=move |_| language::load_later(lang.get_untracked(), state.later)
                >
                    {tr(lang, UI.later_retry)}
                </button>
            </div>
        }
        .into_any(),
        _ => {
            view! { <p class="zc-later" role="status">{tr(lang, UI.later_loading)}</p> }.into_any()
        }
    }
}

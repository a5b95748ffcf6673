//! The line that says a newer build of the check is ready. On the widget's own pages,
//! offline.js hears from the service worker that it has installed a newer build while this
//! one was open; the new one loads when the check is opened again.

use leptos::prelude::*;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::fill;

/// The event offline.js sends, and the attribute it leaves on the page's root element for a
/// widget that starts after it: the new build's edition number.
const EVENT: &str = "zelfcheck:update";
const ATTRIBUTE: &str = "data-zc-update";

/// "A new edition (or version) of this check is ready", once one is.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let lang = expect_context::<Zelfcheck>().lang;
    let edition = RwSignal::new(announced_edition());
    let listener = window_event_listener_untyped(EVENT, move |_| edition.set(announced_edition()));
    on_cleanup(move || listener.remove());
    // The live region is there from the start, so the line is read out when it appears.
    view! {
        <div class="zc-update" role="status">
            {move || edition.get().map(|number| {
                let lang = lang.get();
                let text = if number > CONTENT.edition().number {
                    fill(UI.update_edition.get(lang), &[("number", &number.to_string())])
                } else {
                    UI.update_version.get(lang).to_string()
                };
                view! { <p class="zc-note">{text}</p> }
            })}
        </div>
    }
}

/// The edition a newer build announced on this page, if any.
fn announced_edition() -> Option<u16> {
    document()
        .document_element()?
        .get_attribute(ATTRIBUTE)?
        .parse()
        .ok()
}

//! Links to the topic's printable pages: its route card, and its notes sheet where it has
//! one. They open in a new tab, from the release folder beside the loader, so they work on
//! whatever page embeds the widget.

use leptos::prelude::*;

use crate::content::UI;
use crate::content::print_pages::{NOTES_SHEET_TOPICS, NOTES_SHEETS, ROUTE_CARDS};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::tr;
use zelfcheck_engine::Text;

/// The address of a page of the topic in the language shown, resolved against the
/// widget's stylesheet (which sits beside the loader).
fn page_url(assets: &str, folder: &str, topic: &str, lang: &str) -> Option<String> {
    let relative = format!("{folder}/{topic}.{lang}.html");
    web_sys::Url::new_with_base(&relative, assets)
        .ok()
        .map(|url| url.href())
}

/// "Print de routekaart" (and "Print het notitieblad" where the topic has one) for `topic`;
/// nothing when the widget cannot tell where its files are.
#[component]
pub fn PrintPages(
    /// The topic's id.
    topic: &'static str,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let assets = state.setup.with_value(|s| s.assets.clone())?;
    let link = move |folder: &'static str, label: Text| {
        let assets = assets.clone();
        view! {
            <a
                class="zc-print-link"
                href=move || page_url(&assets, folder, topic, lang.get().code())
                target="_blank"
                rel="noopener"
            >
                {tr(lang, label)}
                <span class="zc-sr-only">" " {tr(lang, UI.opens_in_new_tab)}</span>
            </a>
        }
    };
    let sheet = NOTES_SHEET_TOPICS
        .contains(&topic)
        .then(|| link(NOTES_SHEETS, UI.print_notes_sheet));
    Some(view! {
        <p class="zc-print-pages">
            {link(ROUTE_CARDS, UI.print_route_card)}
            {sheet}
        </p>
    })
}

//! A content text as the reader sees it: phone numbers as links to call, and terms of the
//! glossary with their explanation one tap (or Enter) away.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

use crate::ui::context::Zelfcheck;
use crate::ui::labels::tr;
use zelfcheck_engine::rich::{Piece, pieces};
use zelfcheck_engine::{Term, Text};

/// Gives every explanation on the page its own id.
static NEXT_ID: AtomicU32 = AtomicU32::new(0);

/// A content text with its phone links, and with its glossary terms explained unless
/// `terms` is false (in headings and labels, where a button would be in the way).
#[component]
pub fn Rich(
    /// The text.
    text: Text,
    /// Whether glossary terms get their explanation here.
    #[prop(default = true)]
    terms: bool,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let glossary: &'static [Term] = if terms {
        state.session.with_untracked(|s| s.content().glossary)
    } else {
        &[]
    };
    move || {
        let lang = lang.get();
        pieces(text.get(lang), glossary, lang)
            .into_iter()
            .map(|piece| match piece {
                Piece::Plain(words) => words.into_any(),
                Piece::Phone { label, number } => view! {
                    <a class="zc-tel" href=format!("tel:{number}")>{label}</a>
                }
                .into_any(),
                Piece::Term { shown, term } => {
                    view! { <Explained shown explain=glossary[term].explain/> }.into_any()
                }
            })
            .collect_view()
    }
}

/// A term with a button that shows or hides what it means, right after it.
#[component]
fn Explained(shown: &'static str, explain: Text) -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    let open = RwSignal::new(false);
    let id = format!("zc-term-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    view! {
        <span class="zc-term">
            <button
                type="button"
                class="zc-term-button"
                aria-expanded=move || open.get().to_string()
                aria-controls=id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <dfn>{shown}</dfn>
            </button>
            // Made only when open, so a closed term adds nothing to the text around it.
            {move || open.get().then(|| view! {
                <span id=id.clone() class="zc-term-explain">
                    " ("
                    {tr(lang, explain)}
                    ") "
                </span>
            })}
        </span>
    }
}

//! A content text as the reader sees it: phone numbers as links to call, and terms of the
//! glossary with their explanation one tap (or Enter) away.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

use crate::ui::context::Zelfcheck;
use crate::ui::labels::tr;
use zelfcheck_engine::rich::{Piece, pieces};
use zelfcheck_engine::{Lang, Term, Text};

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
                Piece::Phone { label, number } => tel_anchor(label, number).into_any(),
                Piece::Term { shown, term } => {
                    view! { <Explained shown explain=glossary[term].explain/> }.into_any()
                }
            })
            .collect_view()
    }
}

/// A number to call: `label` as written, `number` the digits (and a leading `+`) to dial.
pub fn tel_anchor(label: &str, number: &str) -> impl IntoView + use<> {
    view! { <a class="zc-tel" href=format!("tel:{number}")>{label.to_string()}</a> }
}

/// A line of text made at run time (not a content text), with its phone links made
/// tappable and no glossary explanations.
pub fn with_phone_links(line: &str) -> impl IntoView + use<> {
    pieces(line, &[], Lang::Nl)
        .into_iter()
        .map(|piece| match piece {
            Piece::Phone { label, number } => tel_anchor(label, number).into_any(),
            Piece::Plain(words) | Piece::Term { shown: words, .. } => words.to_string().into_any(),
        })
        .collect_view()
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

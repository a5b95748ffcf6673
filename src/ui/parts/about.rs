//! "Over deze check", folded on the intro: the content's edition, what changed in each
//! edition, and which topics an adviser of the Adviespunt reviewed. All from the content.

use leptos::prelude::*;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{date, edition_text, fill, review_status, tr};
use crate::ui::language::{self, Later};
use crate::ui::parts::later::LaterTexts;
use crate::ui::parts::rich::Rich;

/// The fold; what changed arrives with the later part of the texts when it is opened.
#[component]
pub fn About() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let line = move || edition_text(UI.about_edition, CONTENT.edition(), lang.get());
    let opened = RwSignal::new(false);
    let toggle = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if open {
            language::load_later(lang.get_untracked(), state.later);
        }
        opened.set(open);
    };
    let changes = move || {
        if !matches!(state.later.get(), Later::Ready) {
            return view! { <LaterTexts/> }.into_any();
        }
        CONTENT
            .editions
            .iter()
            .map(|e| {
                view! {
                    <h4>{move || edition_text(UI.about_edition_heading, e, lang.get())}</h4>
                    <ul>
                        {e.changes
                            .iter()
                            .map(|c| {
                                let topic = c.topic.and_then(|id| CONTENT.topic(id)).map(|t| t.title);
                                view! {
                                    <li>
                                        {topic.map(|t| view! { <strong>{tr(lang, t)}</strong> ": " })}
                                        <Rich text=c.text/>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <details class="zc-fold zc-about" on:toggle=toggle>
            <summary>{tr(lang, UI.about_heading)}</summary>
            <p>{line}</p>
            {move || opened.get().then(|| view! {
                <h3>{tr(lang, UI.about_changes)}</h3>
                {changes}
                <h3>{tr(lang, UI.about_reviews)}</h3>
                <ul>
                    {CONTENT
                        .topics
                        .iter()
                        .map(|t| view! {
                            <li>
                                <strong>{tr(lang, t.title)}</strong>
                                ": "
                                {move || {
                                    let lang = lang.get();
                                    let changed = fill(UI.topic_changed.get(lang), &[("date", &date(t.edition, lang))]);
                                    format!("{changed} {}", review_status(t, lang))
                                }}
                            </li>
                        })
                        .collect_view()}
                </ul>
            })}
        </details>
    }
}

//! Quick questions: a search box over short questions with short sourced answers, each
//! leading into the full check of its topic. Searching happens in the browser as you type.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::context::Zelfcheck;
use super::sources::SourceLinks;
use super::text::{fill, tr};
use crate::content::{CONTENT, UI};
use crate::engine::search::SearchIndex;
use crate::engine::{Event, Lang, Quick};

/// How many answers are shown at most.
const SHOWN: usize = 6;

/// The search box and its answers; nothing when the content has no quick questions.
#[component]
pub fn QuickSearch() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let query = RwSignal::new(String::new());
    let offered: Vec<&'static str> = state
        .session
        .with_untracked(|s| s.offered_topics().iter().map(|t| t.id).collect());
    let hits = Memo::new(move |_| {
        let query = query.get();
        let lang = lang.get();
        search_index(lang)
            .search(&query, lang, CONTENT.quick.len())
            .into_iter()
            .map(|hit| hit.quick)
            .filter(|q| offered.contains(&q.topic))
            .take(SHOWN)
            .collect::<Vec<&'static Quick>>()
    });
    let status = move || {
        let lang = lang.get();
        if query.with(|q| q.trim().is_empty()) {
            String::new()
        } else {
            match hits.with(Vec::len) {
                0 => UI.quick_none.get(lang).to_string(),
                n => fill(UI.quick_results.get(lang), &[("n", &n.to_string())]),
            }
        }
    };
    (!CONTENT.quick.is_empty()).then(|| {
        view! {
            <section class="zc-quick" aria-labelledby="zc-quick-heading">
                <h2 id="zc-quick-heading">{tr(lang, UI.quick_heading)}</h2>
                <label for="zc-quick-input">{tr(lang, UI.quick_label)}</label>
                <input
                    id="zc-quick-input"
                    class="zc-search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <p class="zc-quick-status" role="status">{status}</p>
                <ul class="zc-quick-results">
                    <For each=move || hits.get() key=|q| q.id let:quick>
                        <QuickAnswer quick/>
                    </For>
                </ul>
            </section>
        }
    })
}

/// The index over every quick question, built once per page and language, on first use:
/// a language's texts may arrive later than the other's.
fn search_index(lang: Lang) -> &'static SearchIndex {
    static INDEX: [OnceLock<SearchIndex>; 2] = [OnceLock::new(), OnceLock::new()];
    INDEX[lang.index()].get_or_init(|| SearchIndex::new(&CONTENT))
}

/// One answer, with its sources and the way into its topic's check.
#[component]
fn QuickAnswer(quick: &'static Quick) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let topic = CONTENT.topic(quick.topic);
    view! {
        <li class="zc-quick-answer" data-quick=quick.id>
            <h3>{tr(lang, quick.question)}</h3>
            <p>{tr(lang, quick.answer)}</p>
            <p class="zc-sources">
                {tr(lang, UI.sources_label)}
                ": "
                <SourceLinks sources=quick.sources/>
            </p>
            {topic.map(|topic| view! {
                <button
                    type="button"
                    class="zc-button"
                    on:click=move |_| {
                        let _ = state.send(Event::ChooseTopic(topic.id));
                    }
                >
                    {move || fill(UI.quick_open_check.get(lang.get()), &[("topic", topic.title.get(lang.get()))])}
                </button>
            })}
        </li>
    }
}

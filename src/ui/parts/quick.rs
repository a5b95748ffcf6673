//! Quick questions: a search box over short questions with short sourced answers, each
//! leading into the full check of its topic. Searching happens in the browser as you type.
//! The box stands on the intro and at the top of the topic list.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

use crate::content::{CONTENT, UI, has_texts};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, tr};
use crate::ui::language::{self, Later};
use crate::ui::parts::contacts::TextWithPhone;
use crate::ui::parts::later::LaterTexts;
use crate::ui::parts::rich::Rich;
use crate::ui::parts::sources::SourceLinks;
use zelfcheck_engine::search::SearchIndex;
use zelfcheck_engine::texts::Part;
use zelfcheck_engine::{Event, Lang, Quick, Step};

/// How many answers are shown at most.
const SHOWN: usize = 6;

/// Where the search box stands: the empty result points the way from there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The first screen: no topics yet, the check starts with the start button.
    Intro,
    /// Above the topic cards.
    Topics,
}

thread_local! {
    /// A topic chosen from an answer on the intro, opened as soon as the topic list shows
    /// (after the sector and role, when those are not preset).
    static PENDING: Cell<Option<&'static str>> = const { Cell::new(None) };
    /// The index, with the languages whose texts (their later part, where the quick
    /// questions and answers are) it was built with.
    static INDEX: RefCell<Option<([bool; 2], Rc<SearchIndex>)>> = const { RefCell::new(None) };
}

/// The topic chosen from the intro, if any; taken once.
pub fn take_pending_topic() -> Option<&'static str> {
    PENDING.with(Cell::take)
}

/// The index over every quick question, built on first use and again when the other
/// language's texts have arrived, so a Dutch word finds its answer in the English check
/// (keywords of both languages count from the start).
fn search_index() -> Rc<SearchIndex> {
    let texts = [Lang::Nl, Lang::En].map(|lang| has_texts(lang, Part::Later));
    INDEX.with(|cell| {
        let mut cell = cell.borrow_mut();
        match cell.as_ref() {
            Some((built, index)) if *built == texts => index.clone(),
            _ => {
                let index = Rc::new(SearchIndex::with_texts(&CONTENT, texts));
                *cell = Some((texts, index.clone()));
                index
            }
        }
    })
}

/// The search box and its answers; nothing when the content has no quick questions.
#[component]
pub fn QuickSearch(
    /// Where the box stands.
    place: Place,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let query = RwSignal::new(String::new());
    let offered: Vec<&'static str> = state
        .session
        .with_untracked(|s| s.offered_topics().iter().map(|t| t.id).collect());
    let hits = Memo::new(move |_| {
        let query = query.get();
        let lang = lang.get();
        // The answers are in the later part of the texts: until it is there, nothing shows.
        if query.trim().is_empty() || state.later.get() != Later::Ready {
            return Vec::new();
        }
        search_index()
            .search(&query, lang, CONTENT.quick.len())
            .into_iter()
            .map(|hit| hit.quick)
            .filter(|q| offered.contains(&q.topic))
            .take(SHOWN)
            .collect::<Vec<&'static Quick>>()
    });
    let searched = move || !query.with(|q| q.trim().is_empty());
    let count = move || {
        let n = hits.with(Vec::len);
        (n > 0).then(|| fill(UI.quick_results.get(lang.get()), &[("n", &n.to_string())]))
    };
    let none = match place {
        Place::Intro => UI.quick_none_intro,
        Place::Topics => UI.quick_none,
    };
    let (heading, id) = match place {
        Place::Intro => (UI.quick_heading_intro, "zc-quick-intro"),
        Place::Topics => (UI.quick_heading, "zc-quick"),
    };
    (!CONTENT.quick.is_empty()).then(|| {
        view! {
            <section
                class="zc-quick"
                class:zc-quick-intro=place == Place::Intro
                aria-labelledby=format!("{id}-heading")
                role="search"
            >
                <h2 id=format!("{id}-heading")>{tr(lang, heading)}</h2>
                <label for=format!("{id}-input")>{tr(lang, UI.quick_label)}</label>
                <input
                    id=format!("{id}-input")
                    class="zc-search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        language::load_later(lang.get_untracked(), state.later);
                        query.set(event_target_value(&ev));
                    }
                />
                <div class="zc-quick-status" role="status">
                    {move || {
                        if !searched() {
                            None
                        } else if state.later.get() != Later::Ready {
                            Some(view! { <LaterTexts/> }.into_any())
                        } else if let Some(count) = count() {
                            Some(view! { <p>{count}</p> }.into_any())
                        } else {
                            Some(view! { <p class="zc-quick-none"><TextWithPhone text=none/></p> }.into_any())
                        }
                    }}
                </div>
                <ul class="zc-quick-results">
                    <For each=move || hits.get() key=|q| q.id let:quick>
                        <QuickAnswer quick place/>
                    </For>
                </ul>
            </section>
        }
    })
}

/// One answer, with its sources and the way into its topic's check.
#[component]
fn QuickAnswer(quick: &'static Quick, place: Place) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let topic = CONTENT.topic(quick.topic);
    view! {
        <li class="zc-quick-answer" data-quick=quick.id>
            <h3>{tr(lang, quick.question)}</h3>
            <p><Rich text=quick.answer/></p>
            <p class="zc-sources">
                {tr(lang, UI.sources_label)}
                ": "
                <SourceLinks sources=quick.sources/>
            </p>
            {topic.map(|topic| view! {
                <button
                    type="button"
                    class="zc-button"
                    on:click=move |_| match place {
                        Place::Topics => {
                            let _ = state.send(Event::ChooseTopic(topic.id));
                        }
                        Place::Intro => {
                            // Sector and role come first; the topic opens right after.
                            PENDING.with(|p| p.set(Some(topic.id)));
                            let _ = state.send(Event::Start);
                            if state.session.with_untracked(|s| s.step()) == Step::Topics {
                                PENDING.with(|p| p.set(None));
                                let _ = state.send(Event::ChooseTopic(topic.id));
                            }
                        }
                    }
                >
                    {move || fill(UI.quick_open_check.get(lang.get()), &[("topic", topic.title.get(lang.get()))])}
                </button>
            })}
        </li>
    }
}

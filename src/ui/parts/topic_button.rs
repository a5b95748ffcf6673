//! A topic to choose, as on the topic list and in the triage's result.

use leptos::prelude::*;

use crate::ui::context::Zelfcheck;
use crate::ui::labels::tr;
use zelfcheck_engine::{Event, Topic};

/// A topic to choose, with its summary, as a list item; `back_focus` marks the one chosen
/// before, which takes focus when the user comes back.
pub fn topic_button(topic: &'static Topic, back_focus: bool) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    view! {
        <li>
            <button
                type="button"
                class="zc-topic"
                data-back-focus=back_focus.then_some("")
                on:click=move |_| {
                    let _ = state.send(Event::ChooseTopic(topic.id));
                }
            >
                <span class="zc-topic-title">{tr(lang, topic.title)}</span>
                <span class="zc-topic-summary">{tr(lang, topic.summary)}</span>
            </button>
        </li>
    }
}

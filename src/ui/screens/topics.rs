//! Choose a topic, or search the quick questions right above the topics.

use leptos::prelude::*;

use crate::ui::labels::tr;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::parts::buttons::EventButton;
use crate::ui::parts::heading::ScreenHeading;
use crate::ui::parts::quick::{Place, QuickSearch, take_pending_topic};
use zelfcheck_engine::Event;

/// The topic list.
#[component]
pub fn TopicsScreen() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let current = state.session.with_untracked(|s| s.topic().map(|t| t.id));
    // An answer on the intro chose a topic before sector and role were known: open it.
    Effect::new(move |_| {
        if let Some(id) = take_pending_topic() {
            let _ = state.send(Event::ChooseTopic(id));
        }
    });
    view! {
        <section class="zc-screen">
            <ScreenHeading text=Signal::derive(move || UI.topics_heading.get(lang.get()).to_string())/>
            <p>{tr(lang, UI.topics_intro)}</p>
            <QuickSearch place=Place::Topics/>
            <ul class="zc-topics">
                {state
                    .session
                    .with_untracked(|s| s.offered_topics())
                    .into_iter()
                    .map(|topic| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="zc-topic"
                                    data-back-focus=(current == Some(topic.id)).then_some("")
                                    on:click=move |_| {
                                        let _ = state.send(Event::ChooseTopic(topic.id));
                                    }
                                >
                                    <span class="zc-topic-title">{tr(lang, topic.title)}</span>
                                    <span class="zc-topic-summary">{tr(lang, topic.summary)}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <div class="zc-actions">
                <EventButton label=UI.back event=Event::Back/>
            </div>
        </section>
    }
}

//! Choose a topic, or search the quick questions right above the topics.

use leptos::prelude::*;

use crate::ui::labels::tr;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::parts::buttons::EventButton;
use crate::ui::parts::heading::ScreenHeading;
use crate::ui::parts::quick::{Place, QuickSearch, take_pending_topic};
use crate::ui::parts::topic_button::topic_button;
use crate::ui::screens::triage::TriageScreen;
use zelfcheck_engine::Event;

/// The topic list.
#[component]
pub fn TopicsScreen() -> impl IntoView {
    let state = Zelfcheck::expect();
    let current = state.session.with_untracked(|s| s.topic().map(|t| t.id));
    // An answer on the intro chose a topic before sector and role were known: open it.
    Effect::new(move |_| {
        if let Some(id) = take_pending_topic() {
            let _ = state.send(Event::ChooseTopic(id));
        }
    });
    let triage_open = RwSignal::new(false);
    let close = Callback::new(move |_| triage_open.set(false));
    move || {
        if triage_open.get() {
            view! { <TriageScreen close/> }.into_any()
        } else {
            topic_list(current, triage_open).into_any()
        }
    }
}

/// The topics offered, with the way into the triage when the content has one.
fn topic_list(current: Option<&'static str>, triage_open: RwSignal<bool>) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
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
                    .map(|topic| topic_button(topic, current == Some(topic.id)))
                    .collect_view()}
            </ul>
            {(!CONTENT.triage.is_empty()).then(|| view! {
                <p class="zc-triage-open">
                    <button
                        type="button"
                        class="zc-button"
                        on:click=move |_| triage_open.set(true)
                    >
                        {tr(lang, UI.triage_open)}
                    </button>
                </p>
            })}
            <div class="zc-actions">
                <EventButton label=UI.back event=Event::Back/>
            </div>
        </section>
    }
}

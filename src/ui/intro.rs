//! The first screen: what this is, privacy, and that it does not replace advice.

use leptos::prelude::*;

use super::app::ScreenHeading;
use super::buttons::EventButton;
use super::context::Zelfcheck;
use crate::content::UI;
use crate::engine::Event;

/// The intro screen.
#[component]
pub fn Intro() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    view! {
        <section class="zc-screen">
            <ScreenHeading text=Signal::derive(move || UI.intro_heading.get(lang.get()).to_string())/>
            <p>{move || UI.intro_text.get(lang.get())}</p>
            <p class="zc-note zc-privacy">{move || UI.intro_privacy.get(lang.get())}</p>
            <p class="zc-note">{move || UI.intro_not_advice.get(lang.get())}</p>
            <div class="zc-actions">
                <EventButton label=UI.intro_start event=Event::Start primary=true/>
            </div>
        </section>
    }
}

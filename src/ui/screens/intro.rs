//! The first screen: what this is, privacy, and that it does not replace advice; and a
//! search box for a quick question, so a short answer is one step away.

use leptos::prelude::*;

use crate::ui::labels::tr;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::parts::about::About;
use crate::ui::parts::buttons::EventButton;
use crate::ui::parts::heading::ScreenHeading;
use crate::ui::parts::quick::{Place, QuickSearch, take_pending_topic};
use zelfcheck_engine::Event;

/// The intro screen.
#[component]
pub fn Intro() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    // Back on the intro, a topic chosen from an answer here no longer waits.
    let _ = take_pending_topic();
    view! {
        <section class="zc-screen">
            <ScreenHeading text=Signal::derive(move || UI.intro_heading.get(lang.get()).to_string())/>
            <p>{tr(lang, UI.intro_text)}</p>
            <p class="zc-note zc-privacy">{tr(lang, UI.intro_privacy)}</p>
            <p class="zc-note">{tr(lang, UI.intro_not_advice)}</p>
            <div class="zc-actions">
                <EventButton label=UI.intro_start event=Event::Start primary=true/>
            </div>
            <QuickSearch place=Place::Intro/>
            <About/>
        </section>
    }
}

//! The widget's frame: header with language switch, the emergency bar and the current screen.

use leptos::prelude::*;

use super::contacts::HelpBar;
use super::context::Zelfcheck;
use super::interrupts::InterruptBanners;
use super::intro::Intro;
use super::privacy::PrivacyBar;
use super::profile::ProfileScreen;
use super::question::QuestionScreen;
use super::result::ResultScreen;
use super::setup::Setup;
use super::storage::{self, Mode};
use super::topics::TopicsScreen;
use crate::content::{CONTENT, UI};
use crate::engine::settings::StorageMode;
use crate::engine::{Lang, Session, Step};

/// The whole widget.
#[component]
pub fn App(
    /// This widget's settings and storage key.
    setup: Setup,
) -> impl IntoView {
    let stores = setup.storage() != StorageMode::None;
    let state = Zelfcheck {
        session: RwSignal::new(Session::with_preset(
            &CONTENT,
            setup.settings.preset.clone(),
        )),
        lang: RwSignal::new(setup.lang),
        interacted: RwSignal::new(false),
        remember: RwSignal::new(setup.storage() == StorageMode::Device),
        storage_ok: RwSignal::new(true),
        content_updated: RwSignal::new(false),
        setup: StoredValue::new(setup),
    };
    provide_context(state);
    if stores {
        restore(state);
        Effect::new(move |_| persist(state));
    }
    let lang = state.lang;
    let step = Memo::new(move |_| state.session.with(Session::step));
    let toggle = move |_| {
        lang.update(|l| {
            *l = match l {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            }
        })
    };
    view! {
        <div class="zc" lang=move || lang.get().code()>
            <header class="zc-header">
                <p class="zc-title">{move || UI.app_title.get(lang.get())}</p>
                <button
                    type="button"
                    class="zc-lang"
                    aria-label=move || UI.language_switch_label.get(lang.get())
                    lang=move || match lang.get() { Lang::Nl => "en", Lang::En => "nl" }
                    on:click=toggle
                >
                    {move || UI.language_switch.get(lang.get())}
                </button>
            </header>
            <HelpBar/>
            <InterruptBanners/>
            <main class="zc-main">
                {move || match step.get() {
                    Step::Intro => view! { <Intro/> }.into_any(),
                    Step::Profile => view! { <ProfileScreen/> }.into_any(),
                    Step::Topics => view! { <TopicsScreen/> }.into_any(),
                    Step::Question(index) => view! { <QuestionScreen index/> }.into_any(),
                    Step::Result => view! { <ResultScreen/> }.into_any(),
                }}
            </main>
            <PrivacyBar/>
        </div>
    }
}

/// A screen heading that takes focus when the screen appears, so keyboard and screen-reader
/// users start at the top of each new step.
#[component]
pub fn ScreenHeading(
    /// The heading text.
    text: Signal<String>,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    let interacted = Zelfcheck::expect().interacted;
    Effect::new(move |_| {
        if let Some(h) = heading.get()
            && interacted.get_untracked()
        {
            let _ = h.focus();
        }
    });
    view! {
        <h1 class="zc-heading" tabindex="-1" node_ref=heading>
            {move || text.get()}
        </h1>
    }
}

/// Picks up saved progress, if any; storage that cannot be read leaves a fresh session.
fn restore(state: Zelfcheck) {
    let preset = state.setup.with_value(|s| s.settings.preset.clone());
    match storage::load(&state.key()) {
        Ok(Some((text, mode))) => {
            if let Some(restored) = Session::restore_with(&CONTENT, &preset, &text) {
                state.session.set(restored.session);
                state.lang.set(restored.lang);
                state
                    .content_updated
                    .set(restored.content_changed && restored.dropped > 0);
                state.remember.set(mode == Mode::Device);
            }
        }
        Ok(None) => {}
        Err(_) => state.storage_ok.set(false),
    }
}

/// Saves progress whenever it changes; a session with nothing in it is not stored at all.
fn persist(state: Zelfcheck) {
    let lang = state.lang.get();
    let mode = if state.remember.get() {
        Mode::Device
    } else {
        Mode::Tab
    };
    state.session.with(|s| {
        if s.step() == Step::Intro && s.profile().is_none() && !state.remember.get() {
            storage::wipe(&state.key());
        } else {
            state
                .storage_ok
                .set(storage::save(&state.key(), mode, &s.save(lang)));
        }
    });
}

//! The widget's frame: header with language switch, the emergency bar and the current screen.

use leptos::prelude::*;

use crate::content::{CONTENT, UI, has_texts};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, tr};
use crate::ui::language::{self, Later};
use crate::ui::parts::contacts::HelpBar;
use crate::ui::parts::interrupts::InterruptBanners;
use crate::ui::parts::later::LaterTexts;
use crate::ui::parts::privacy::PrivacyBar;
use crate::ui::parts::update_notice::UpdateNotice;
use crate::ui::screens::intro::Intro;
use crate::ui::screens::profile::ProfileScreen;
use crate::ui::screens::question::QuestionScreen;
use crate::ui::screens::result::ResultScreen;
use crate::ui::screens::topics::TopicsScreen;
use crate::ui::screens::training::{self, CaseBanner, CaseList, Handout};
use crate::ui::setup::Setup;
use crate::ui::storage::{self, Mode};
use zelfcheck_engine::settings::StorageMode;
use zelfcheck_engine::texts::Part;
use zelfcheck_engine::{Lang, Session, Step, Text};

/// The whole widget.
#[component]
pub fn App(
    /// This widget's settings and storage key.
    setup: Setup,
) -> impl IntoView {
    let stores = setup.storage() != StorageMode::None;
    let owns_page = setup.owns_page;
    let training = setup.settings.training;
    let session = if training {
        Session::for_training(&CONTENT)
    } else {
        Session::with_preset(&CONTENT, setup.settings.preset.clone())
    };
    let state = Zelfcheck {
        session: RwSignal::new(session),
        lang: RwSignal::new(setup.lang),
        later: RwSignal::new(if has_texts(setup.lang, Part::Later) {
            Later::Ready
        } else {
            Later::Idle
        }),
        interacted: RwSignal::new(false),
        remember: RwSignal::new(setup.storage() == StorageMode::Device),
        storage_ok: RwSignal::new(true),
        content_updated: RwSignal::new(false),
        setup: StoredValue::new(setup),
        went_back: RwSignal::new(false),
        answer_form: StoredValue::new(None),
        unfold: RwSignal::new(false),
    };
    provide_context(state);
    if stores {
        restore(state);
        Effect::new(move |_| persist(state));
    }
    let lang = state.lang;
    let step = Memo::new(move |_| state.session.with(Session::step));
    // The tips, cases and quick answers come once the first question is up.
    Effect::new(move |_| {
        if !matches!(step.get(), Step::Intro | Step::Profile | Step::Topics) {
            language::load_later(lang.get_untracked(), state.later);
        }
    });
    // The browser prints (or makes a PDF) right after this event and the microtasks it
    // leaves: the folds' bodies are built by then.
    let printing = window_event_listener(leptos::ev::beforeprint, move |_| state.unfold.set(true));
    let printed = window_event_listener(leptos::ev::afterprint, move |_| state.unfold.set(false));
    on_cleanup(move || {
        printing.remove();
        printed.remove();
    });
    let root = NodeRef::<leptos::html::Div>::new();
    if training {
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if let Some(root) = root.get_untracked() {
                training::on_key(state, &root, &ev);
            }
        });
        on_cleanup(move || keys.remove());
    }
    let other = move || match lang.get() {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    // On a slow network the other language's texts take a moment; the button says so.
    let loading = RwSignal::new(false);
    let toggle = move |_| language::show(lang, untrack(other), state.later, Some(loading));
    let switch_text = move |text: Text, busy: Text| {
        move || if loading.get() { busy } else { text }.get(lang.get())
    };
    view! {
        <div
            class="zc"
            class:zc-training=training
            node_ref=root
            lang=move || lang.get().code()
            role=(!owns_page).then_some("region")
            aria-label=move || (!owns_page).then(|| UI.app_title.get(lang.get()))
        >
            <header class="zc-header">
                <p class="zc-title">{tr(lang, UI.app_title)}</p>
                <button
                    type="button"
                    class="zc-lang"
                    aria-label=switch_text(UI.language_switch_label, UI.language_loading)
                    aria-busy=move || loading.get().then_some("true")
                    lang=move || other().code()
                    on:click=toggle
                >
                    {switch_text(UI.language_switch, UI.language_loading)}
                </button>
                <p class="zc-sr-only zc-lang-status" role="status" lang=move || other().code()>
                    {move || loading.get().then(|| UI.language_loading.get(lang.get()))}
                </p>
            </header>
            <HelpBar/>
            <UpdateNotice/>
            <InterruptBanners/>
            <p class="zc-sr-only zc-announce" role="status">{move || announcement(state)}</p>
            {training.then(|| view! { <CaseBanner/> })}
            <div class="zc-main" role=owns_page.then_some("main")>
                // Keyed, so every screen is built fresh: rebuilding one question's form in
                // place of another's would carry the old radio buttons' state along.
                <For
                    each=move || std::iter::once(shown(step.get(), state.later.get()))
                    key=|shown| *shown
                    let:shown
                >
                    {screen(shown)}
                </For>
            </div>
            <PrivacyBar/>
        </div>
    }
}

/// The step on show, or, on a screen that needs the later part of the texts (the tips)
/// before it is there, the state of its download.
fn shown(step: Step, later: Later) -> (Step, Option<Later>) {
    let needs_later = matches!(step, Step::Result | Step::Cases | Step::Handout);
    (
        step,
        (needs_later && later != Later::Ready).then_some(later),
    )
}

fn screen((step, waiting): (Step, Option<Later>)) -> AnyView {
    if waiting.is_some() {
        return view! { <section class="zc-screen"><LaterTexts/></section> }.into_any();
    }
    match step {
        Step::Intro => view! { <Intro/> }.into_any(),
        Step::Profile => view! { <ProfileScreen/> }.into_any(),
        Step::Topics => view! { <TopicsScreen/> }.into_any(),
        Step::Question(index) => view! { <QuestionScreen index/> }.into_any(),
        Step::Result => view! { <ResultScreen/> }.into_any(),
        Step::Cases => view! { <CaseList/> }.into_any(),
        Step::Handout => view! { <Handout/> }.into_any(),
    }
}

/// What the polite live region says after each step: the screen, the question number, or
/// how many tips the result has. Nothing before the user has done anything.
fn announcement(state: Zelfcheck) -> String {
    let lang = state.lang.get();
    if !state.interacted.get() {
        return String::new();
    }
    state.session.with(|s| match s.step() {
        Step::Intro => UI.intro_heading.get(lang).to_string(),
        Step::Profile => UI.profile_heading.get(lang).to_string(),
        Step::Topics => UI.topics_heading.get(lang).to_string(),
        Step::Question(_) => {
            let (n, total) = s.progress().unwrap_or((1, 1));
            fill(
                UI.question_progress.get(lang),
                &[("n", &n.to_string()), ("left", &(total - n).to_string())],
            )
        }
        Step::Result => {
            let outcome = s.outcome();
            let todo = outcome.urgent.len() + outcome.todo.len();
            fill(
                UI.result_announcement.get(lang),
                &[
                    ("todo", &todo.to_string()),
                    ("good", &outcome.good.len().to_string()),
                ],
            )
        }
        Step::Cases => UI.training_heading.get(lang).to_string(),
        Step::Handout => s.case().map_or_else(String::new, |(_, case)| {
            format!(
                "{}: {}",
                UI.training_handout.get(lang),
                case.title.get(lang)
            )
        }),
    })
}

/// Picks up saved progress, if any; storage that cannot be read leaves a fresh session.
fn restore(state: Zelfcheck) {
    let preset = state.setup.with_value(|s| s.settings.preset.clone());
    match storage::load(&state.key()) {
        Ok(Some((text, mode))) => {
            if let Some(restored) = Session::restore_with(&CONTENT, &preset, &text) {
                state.session.set(restored.session);
                language::show(state.lang, restored.lang, state.later, None);
                state
                    .content_updated
                    .set(restored.content_changed && restored.dropped > 0);
                state.remember.set(mode == Mode::Device);
            } else {
                // Made by another version, or damaged: it cannot be used, so it goes, and
                // the widget starts fresh.
                web_sys::console::warn_1(
                    &"zelfcheck: saved progress could not be read and was removed.".into(),
                );
                storage::wipe(&state.key());
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

//! Training mode, for a facilitator with a team in front of a projector: choose a case, walk
//! through its questions, reveal what each answer leads to, and discuss the tips. Nothing is
//! stored. Presenter keys step through: Page Down / right arrow, Page Up / left arrow, End.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::ScreenHeading;
use super::context::Zelfcheck;
use super::text::{role_label, sector_label, tr};
use crate::content::{CONTENT, UI};
use crate::engine::training::{case_answer, option_effects, play_case, start_case};
use crate::engine::{Case, Event, Question, Step, Text, Topic};

/// Every topic's cases, each to discuss or to print as a hand-out.
#[component]
pub fn CaseList() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    view! {
        <section class="zc-screen zc-cases">
            <ScreenHeading text=Signal::derive(move || UI.training_heading.get(lang.get()).to_string())/>
            <p>{tr(lang, UI.training_intro)}</p>
            {CONTENT
                .topics
                .iter()
                .filter(|t| !t.cases.is_empty())
                .map(|topic| view! {
                    <h2>{tr(lang, topic.title)}</h2>
                    <ul class="zc-case-list">
                        {topic.cases.iter().map(|case| view! { <CaseItem topic case/> }).collect_view()}
                    </ul>
                })
                .collect_view()}
        </section>
    }
}

#[component]
fn CaseItem(topic: &'static Topic, case: &'static Case) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let start = move |_| {
        state.interacted.set(true);
        state.went_back.set(false);
        state.handout.set(false);
        state.case.set(Some((topic, case)));
        state.session.set(start_case(&CONTENT, topic, case));
    };
    let handout = move |_| {
        state.interacted.set(true);
        state.case.set(Some((topic, case)));
        state.handout.set(true);
    };
    view! {
        <li class="zc-case" data-case=case.id>
            <h3>{tr(lang, case.title)}</h3>
            <p class="zc-meta">{move || profile_line(case, lang.get())}</p>
            <p>{tr(lang, case.text)}</p>
            <div class="zc-actions">
                <button type="button" class="zc-button zc-primary" on:click=start>
                    {tr(lang, UI.training_start_case)}
                </button>
                <button type="button" class="zc-button" on:click=handout>
                    {tr(lang, UI.training_handout)}
                </button>
            </div>
        </li>
    }
}

fn profile_line(case: &Case, lang: crate::engine::Lang) -> String {
    format!(
        "{} · {}",
        sector_label(case.sector).get(lang),
        role_label(case.role).get(lang)
    )
}

/// The case on top of every step of a training walk-through, with the ways out.
#[component]
pub fn CaseBanner() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    move || {
        if state.handout.get() {
            return None;
        }
        let (topic, case) = state.case.get()?;
        Some(view! {
            <aside class="zc-case-banner" aria-label=tr(lang, UI.training_case_label)>
                <p class="zc-case-title">
                    <strong>{tr(lang, UI.training_case_label)}": "</strong>
                    {tr(lang, case.title)}
                </p>
                <p>{tr(lang, case.text)}</p>
                <div class="zc-actions">
                    <Show when=move || state.session.with(|s| s.step()) != Step::Result>
                        <button type="button" class="zc-button" on:click=move |_| to_result(state, topic, case)>
                            {tr(lang, UI.training_to_result)}
                        </button>
                    </Show>
                    <button type="button" class="zc-button" on:click=move |_| leave_case(state)>
                        {tr(lang, UI.training_other_case)}
                    </button>
                </div>
            </aside>
        })
    }
}

/// Plays the whole case and shows its tips.
fn to_result(state: Zelfcheck, topic: &'static Topic, case: &'static Case) {
    match play_case(&CONTENT, topic, case) {
        Ok(session) => {
            state.interacted.set(true);
            state.went_back.set(false);
            state.session.set(session);
        }
        Err(why) => leptos::logging::warn!("zelfcheck: case '{}': {why}", case.id),
    }
}

fn leave_case(state: Zelfcheck) {
    state.case.set(None);
    state.handout.set(false);
    state.went_back.set(false);
    state.session.set(state.fresh_session());
}

/// The answer options the case gives for this question, to start the screen with.
pub fn preselected(question: &Question) -> Option<Vec<&'static str>> {
    let state = Zelfcheck::expect();
    let (_, case) = state.case.get_untracked()?;
    case_answer(case, question.id).map(<[&str]>::to_vec)
}

/// Under a question in training mode: what each answer leads to (on request), and prompts
/// for the team.
#[component]
pub fn RevealPanel(question: &'static Question) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let revealed = RwSignal::new(false);
    let (topic, case) = state.case.get_untracked()?;
    let fits: Vec<&str> = case_answer(case, question.id)
        .map(<[&str]>::to_vec)
        .unwrap_or_default();
    let mut options: Vec<(&'static str, Text)> =
        question.options.iter().map(|o| (o.id, o.text)).collect();
    if question.dont_know.is_some() {
        options.push(("weet_niet", UI.dont_know));
    }
    let panel_id = format!("zc-reveal-{}", question.id);
    Some(view! {
        <section class="zc-reveal" aria-labelledby="zc-prompts-heading">
            <h2 id="zc-prompts-heading">{tr(lang, UI.training_prompts_heading)}</h2>
            <ul class="zc-prompts">
                {[UI.training_prompt_do, UI.training_prompt_first, UI.training_prompt_unknown]
                    .map(|p| view! { <li>{tr(lang, p)}</li> })
                    .collect_view()}
            </ul>
            <button
                type="button"
                class="zc-button"
                aria-expanded=move || revealed.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| revealed.update(|r| *r = !*r)
            >
                {move || if revealed.get() { UI.training_hide } else { UI.training_reveal }.get(lang.get())}
            </button>
            <div id=panel_id hidden=move || !revealed.get()>
                <dl class="zc-effects">
                    {options
                        .into_iter()
                        .map(|(id, text)| {
                            let effects = option_effects(topic, question, id);
                            let fits_case = fits.contains(&id);
                            view! {
                                <dt data-option=id>
                                    {tr(lang, text)}
                                    {fits_case.then(|| view! {
                                        " " <span class="zc-fits">{move || format!("({})", UI.training_case_answer.get(lang.get()))}</span>
                                    })}
                                </dt>
                                <dd>{move || effects_text(&effects, lang.get())}</dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </div>
        </section>
    })
}

fn effects_text(effects: &crate::engine::training::Effects, lang: crate::engine::Lang) -> String {
    if effects.questions.is_empty() && effects.tips.is_empty() {
        return UI.training_no_effect.get(lang).to_string();
    }
    let parts: Vec<String> = effects
        .questions
        .iter()
        .map(|q| format!("{} “{}”", UI.training_follow_up.get(lang), q.text.get(lang)))
        .chain(
            effects
                .tips
                .iter()
                .map(|t| format!("{} “{}”", UI.training_tip.get(lang), t.title.get(lang))),
        )
        .collect();
    format!("{}: {}.", UI.training_leads_to.get(lang), parts.join("; "))
}

/// The printable hand-out of a case: the situation, its questions with their options, and
/// room for the team's answers.
#[component]
pub fn Handout() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let (topic, case) = state.case.get_untracked()?;
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    Some(view! {
        <section class="zc-screen zc-handout">
            <ScreenHeading text=Signal::derive(move || {
                format!("{}: {}", UI.training_handout.get(lang.get()), case.title.get(lang.get()))
            })/>
            <p class="zc-meta">{move || format!("{} · {}", topic.title.get(lang.get()), profile_line(case, lang.get()))}</p>
            <p class="zc-handout-case">{tr(lang, case.text)}</p>
            <ol class="zc-handout-questions">
                {case
                    .answers
                    .iter()
                    .filter_map(|a| topic.question(a.question))
                    .map(|(_, q)| view! {
                        <li>
                            <p class="zc-handout-question">{tr(lang, q.text)}</p>
                            <ul class="zc-handout-options">
                                {q.options.iter().map(|o| view! { <li>{tr(lang, o.text)}</li> }).collect_view()}
                            </ul>
                            <p class="zc-handout-answer">{tr(lang, UI.training_handout_answer)}</p>
                        </li>
                    })
                    .collect_view()}
            </ol>
            <h2>{tr(lang, UI.discuss_heading)}</h2>
            <ul>
                {topic.discuss.iter().map(|d| view! { <li>{tr(lang, d.text)}</li> }).collect_view()}
            </ul>
            <div class="zc-actions">
                <button type="button" class="zc-button zc-primary" on:click=print>
                    {tr(lang, UI.training_print)}
                </button>
                <button type="button" class="zc-button" on:click=move |_| leave_case(state)>
                    {tr(lang, UI.training_other_case)}
                </button>
            </div>
        </section>
    })
}

/// Presenter keys: Page Down / right arrow = next, Page Up / left arrow = back, End = tips.
/// Arrows are left alone on form controls, where they choose an answer.
pub fn on_key(state: Zelfcheck, root: &web_sys::Element, ev: &KeyboardEvent) {
    if ev.ctrl_key()
        || ev.alt_key()
        || ev.meta_key()
        || state.case.get_untracked().is_none()
        || state.handout.get_untracked()
    {
        return;
    }
    // Keys belong to this widget when they come from inside it, or when nothing on the page
    // has focus (a facilitator who clicked on the background).
    let ours = ev.composed_path().includes(root, 0);
    let idle = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_none_or(|el| el.tag_name() == "BODY");
    if !(ours || idle) {
        return;
    }
    let target = ev
        .composed_path()
        .get(0)
        .dyn_into::<web_sys::Element>()
        .ok();
    let on_control = target
        .as_ref()
        .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
    let key = ev.key();
    let arrow = key == "ArrowRight" || key == "ArrowLeft";
    if arrow && on_control {
        return;
    }
    let handled = match key.as_str() {
        "PageDown" | "ArrowRight" => {
            // The screen's own "Volgende" button, so the answer on screen is checked as usual.
            if let Ok(Some(next)) = root.query_selector(".zc-main button[type=submit]")
                && let Ok(next) = next.dyn_into::<web_sys::HtmlElement>()
            {
                next.click();
            }
            true
        }
        "PageUp" | "ArrowLeft" => {
            if state.session.with_untracked(|s| s.step()) != Step::Intro {
                let _ = state.send(Event::Back);
            }
            true
        }
        "End" => {
            if let Some((topic, case)) = state.case.get_untracked() {
                to_result(state, topic, case);
            }
            true
        }
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}

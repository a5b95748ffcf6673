//! One question per screen, with progress, "weet ik niet" and a back button.

use leptos::prelude::*;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, tr};
use crate::ui::parts::buttons::FormActions;
use crate::ui::parts::heading::ScreenHeading;
use crate::ui::parts::rich::Rich;
use crate::ui::screens::training::{RevealPanel, preselected};
use zelfcheck_engine::{Answer, Event, Question, QuestionKind, Reply};

/// The id used in the form for "weet ik niet" (reserved in content).
const DONT_KNOW: &str = "weet_niet";

/// The screen for the question at `index` of the chosen topic.
#[component]
pub fn QuestionScreen(
    /// Index of the question in its topic.
    index: usize,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let Some(question) = state.session.with_untracked(|s| s.current_question()) else {
        return ().into_any();
    };
    let initial = state.session.with_untracked(|s| match s.answer(index) {
        Some(Answer::Chosen(ids)) => ids.clone(),
        Some(Answer::DontKnow) => vec![DONT_KNOW],
        None => preselected(question).unwrap_or_default(),
    });
    let first_chosen = initial.first().copied();
    let selected = RwSignal::new(initial);
    let missing = RwSignal::new(false);
    let progress = state
        .session
        .with_untracked(|s| s.progress())
        .unwrap_or((1, 1));
    let error_id = format!("zc-error-{}", question.id);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = selected.get_untracked();
        if chosen.is_empty() {
            missing.set(true);
            return;
        }
        let reply = if chosen == [DONT_KNOW] {
            Reply::DontKnow
        } else {
            Reply::Options(&chosen)
        };
        let _ = state.send(Event::Answer(reply));
    };
    let hint = match question.kind {
        QuestionKind::Single => UI.hint_single,
        QuestionKind::Multiple => UI.hint_multiple,
    };
    let needed = if question.dont_know.is_some() {
        UI.answer_needed
    } else {
        UI.answer_needed_no_dont_know
    };
    let mut choices: Vec<(&'static str, zelfcheck_engine::Text, bool)> = question
        .options
        .iter()
        .map(|o| (o.id, o.text, o.exclusive))
        .collect();
    if question.dont_know.is_some() {
        choices.push((DONT_KNOW, UI.dont_know, true));
    }

    view! {
        <section class="zc-screen">
            <p class="zc-progress" id="zc-progress">
                {move || {
                    fill(
                        UI.question_progress.get(lang.get()),
                        &[("n", &progress.0.to_string()), ("left", &(progress.1 - progress.0).to_string())],
                    )
                }}
            </p>
            <progress class="zc-progressbar" max=progress.1 value=progress.0 aria-hidden="true"></progress>
            <form on:submit=submit novalidate>
                <fieldset class="zc-fieldset" aria-describedby=error_id.clone()>
                    <legend class="zc-legend">
                        <ScreenHeading text=Signal::derive(move || zelfcheck_engine::rich::plain(question.text.get(lang.get())))/>
                    </legend>
                    {question.help.map(|help| view! { <p class="zc-help"><Rich text=help/></p> })}
                    <p class="zc-hint">{tr(lang, hint)}</p>
                    {choices
                        .into_iter()
                        .map(|(id, text, exclusive)| {
                            let back_focus = first_chosen == Some(id);
                            choice(question, id, text, exclusive, selected, back_focus)
                        })
                        .collect_view()}
                </fieldset>
                <p class="zc-error" id=error_id role="alert">
                    {move || (missing.get() && selected.get().is_empty()).then(|| needed.get(lang.get()))}
                </p>
                <FormActions/>
            </form>
            {state.training().then(|| view! { <RevealPanel question/> })}
        </section>
    }
    .into_any()
}

/// One radio button or checkbox with its label; `back_focus` marks the answer that takes
/// focus when the user comes back to this question.
fn choice(
    question: &'static Question,
    id: &'static str,
    text: zelfcheck_engine::Text,
    exclusive: bool,
    selected: RwSignal<Vec<&'static str>>,
    back_focus: bool,
) -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    let single = question.kind == QuestionKind::Single;
    let input_id = format!("zc-{}-{id}", question.id);
    let toggle = move |_| {
        selected.update(|chosen| {
            if single {
                *chosen = vec![id];
            } else if chosen.contains(&id) {
                chosen.retain(|c| *c != id);
            } else if exclusive {
                *chosen = vec![id];
            } else {
                let exclusive_ids: Vec<&str> = question
                    .options
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| o.id)
                    .chain([DONT_KNOW])
                    .collect();
                chosen.retain(|c| !exclusive_ids.contains(c));
                chosen.push(id);
            }
        })
    };
    view! {
        <div class="zc-option" class:zc-dont-know=id == DONT_KNOW>
            <input
                type=if single { "radio" } else { "checkbox" }
                id=input_id.clone()
                name=question.id
                value=id
                data-back-focus=back_focus.then_some("")
                prop:checked=move || selected.get().contains(&id)
                on:change=toggle
            />
            <label for=input_id>{tr(lang, text)}</label>
        </div>
    }
}

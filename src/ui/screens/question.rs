//! One question per screen, with progress, "weet ik niet" and a back button.

use leptos::prelude::*;

use crate::content::UI;
use crate::ui::answer_form::AnswerForm;
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, tr};
use crate::ui::parts::buttons::FormActions;
use crate::ui::parts::hands::{HandCounter, HandsTotal};
use crate::ui::parts::heading::ScreenHeading;
use crate::ui::parts::print_pages::PrintPages;
use crate::ui::parts::rich::Rich;
use crate::ui::screens::training::{RevealPanel, preselected};
use zelfcheck_engine::{DONT_KNOW, Question, QuestionKind, Selection};

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
        Some(answer) => answer.ids(),
        None => preselected(question).unwrap_or_default(),
    });
    let first_chosen = initial.first().copied();
    let form = AnswerForm {
        selected: RwSignal::new(Selection::new(question, initial)),
        missing: RwSignal::new(false),
    };
    let AnswerForm { selected, missing } = form;
    if state.training() {
        state.answer_form.set_value(Some(form));
    }
    let progress = state
        .session
        .with_untracked(|s| s.progress())
        .unwrap_or((1, 1));
    let error_id = format!("zc-error-{}", question.id);
    // Only before the topic starts, and not on a team's projector.
    let for_yourself = (progress.0 == 1 && !state.training())
        .then(|| {
            state
                .session
                .with_untracked(|s| s.topic().and_then(|t| t.for_yourself))
        })
        .flatten();
    // The topic's printable pages, where the topic begins.
    let print_pages = (progress.0 == 1 && !state.training())
        .then(|| state.session.with_untracked(|s| s.topic().map(|t| t.id)))
        .flatten();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.submit(|event| state.send(event));
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
    let mut choices: Vec<(&'static str, zelfcheck_engine::Text)> =
        question.options.iter().map(|o| (o.id, o.text)).collect();
    if question.dont_know.is_some() {
        choices.push((DONT_KNOW, UI.dont_know));
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
                        .map(|(id, text)| {
                            let back_focus = first_chosen == Some(id);
                            choice(question, id, text, selected, back_focus)
                        })
                        .collect_view()}
                    {state.training().then(|| view! { <HandsTotal question/> })}
                </fieldset>
                <p class="zc-error" id=error_id role="alert">
                    {move || (missing.get() && selected.with(|s| s.ids().is_empty())).then(|| needed.get(lang.get()))}
                </p>
                <FormActions/>
            </form>
            {for_yourself.map(|line| view! { <p class="zc-for-yourself"><Rich text=line/></p> })}
            {print_pages.map(|topic| view! { <PrintPages topic/> })}
            {state.training().then(|| view! { <RevealPanel question form/> })}
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
    selected: RwSignal<Selection>,
    back_focus: bool,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let single = question.kind == QuestionKind::Single;
    // Training mode: the team's hands for this answer, counted beside it.
    let hands = state
        .training()
        .then(|| view! { <HandCounter question option=id/> });
    let input_id = format!("zc-{}-{id}", question.id);
    let toggle = move |_| selected.update(|s| s.toggle(id));
    view! {
        <div class="zc-option" class:zc-dont-know=id == DONT_KNOW>
            <input
                type=if single { "radio" } else { "checkbox" }
                id=input_id.clone()
                name=question.id
                value=id
                data-back-focus=back_focus.then_some("")
                prop:checked=move || selected.with(|s| s.contains(id))
                on:change=toggle
            />
            <label for=input_id>{tr(lang, text)}</label>
            {hands}
        </div>
    }
}

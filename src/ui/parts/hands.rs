//! Training mode: the facilitator's count of raised hands beside each answer option, and
//! the total under the options. The counts are the session's; these controls send its
//! events and show what it holds.

use leptos::prelude::*;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, tr};
use zelfcheck_engine::hands::parse_hands;
use zelfcheck_engine::rich::plain;
use zelfcheck_engine::{DONT_KNOW, Event, Question, Text};

/// The text of an answer option of a question as the screen shows it; "weet ik niet"
/// for [`DONT_KNOW`].
pub fn option_text(question: &Question, option: &str) -> Text {
    if option == DONT_KNOW {
        return UI.dont_know;
    }
    question
        .options
        .iter()
        .find(|o| o.id == option)
        .map_or(UI.dont_know, |o| o.text)
}

/// "−", the number of hands (typed, or counted up and down) and "+" for one option.
#[component]
pub fn HandCounter(
    /// The question on screen.
    question: &'static Question,
    /// The option's id, or `weet_niet`.
    option: &'static str,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let text = option_text(question, option);
    let count = Memo::new(move |_| state.session.with(|s| s.hands().count(question.id, option)));
    // The number being typed cannot be taken.
    let bad = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    let named = move |template: Text| {
        move || {
            let lang = lang.get();
            fill(template.get(lang), &[("option", &plain(text.get(lang)))])
        }
    };
    let step = move |event: Event<'static>| {
        bad.set(false);
        let _ = state.send(event);
    };
    let typed = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        // An emptied field waits for the new number.
        if value.trim().is_empty() {
            return;
        }
        let taken = parse_hands(&value).is_some();
        bad.set(!taken);
        if taken {
            let _ = state.send(Event::SetHands {
                option,
                count: &value,
            });
        }
    };
    // Leaving the field (or Enter) shows the count that holds; the note goes with it.
    let settle = move || {
        if let Some(field) = field.get_untracked() {
            field.set_value(&count.get_untracked().to_string());
        }
        bad.set(false);
    };
    // Enter would send the question's form: here it only settles the number.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            settle();
        }
    };
    let bad_id = format!("zc-hands-bad-{}-{option}", question.id);
    let bad_id_shown = bad_id.clone();
    view! {
        <div class="zc-hands">
            <button
                type="button"
                class="zc-hand-button"
                aria-label=named(UI.training_hand_remove)
                on:click=move |_| step(Event::RemoveHand(option))
            >
                "−"
            </button>
            <input
                type="text"
                class="zc-hands-count"
                inputmode="numeric"
                pattern="[0-9]*"
                maxlength="3"
                autocomplete="off"
                node_ref=field
                aria-label=named(UI.training_hands_label)
                aria-invalid=move || bad.get().then_some("true")
                aria-describedby=move || bad.get().then(|| bad_id.clone())
                prop:value=move || count.get().to_string()
                on:input=typed
                on:change=move |_| settle()
                on:keydown=on_key
            />
            <button
                type="button"
                class="zc-hand-button"
                aria-label=named(UI.training_hand_add)
                on:click=move |_| step(Event::AddHand(option))
            >
                "+"
            </button>
            <Show when=move || bad.get()>
                <p class="zc-hands-bad" id=bad_id_shown.clone() role="alert">
                    {tr(lang, UI.training_hands_bad)}
                </p>
            </Show>
        </div>
    }
}

/// Under the options: how to count, and the hands counted so far for this question.
#[component]
pub fn HandsTotal(
    /// The question on screen.
    question: &'static Question,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let total = Memo::new(move |_| state.session.with(|s| s.hands().total(question.id)));
    view! {
        <div class="zc-hands-summary">
            <p class="zc-hint">{tr(lang, UI.training_hands_hint)}</p>
            <p class="zc-hands-total" aria-live="polite">
                {move || fill(UI.training_hands_total.get(lang.get()), &[("n", &total.get().to_string())])}
            </p>
        </div>
    }
}

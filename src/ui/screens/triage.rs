//! "Ik weet niet welk onderwerp past": the triage questions on one screen, then the
//! contacts to call first (when it is acute) and the topics that fit, each one click away.

use leptos::prelude::*;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::tr;
use crate::ui::parts::contacts::{NameAndNumber, TextWithPhone};
use crate::ui::parts::heading::ScreenHeading;
use crate::ui::parts::topic_button::topic_button;
use zelfcheck_engine::triage::{Triage, triage};
use zelfcheck_engine::{QuestionKind, TriageQuestion};

/// The triage screen; `close` goes back to the topic list.
#[component]
pub fn TriageScreen(
    /// Back to the topic list.
    close: Callback<()>,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let chosen: Vec<RwSignal<Vec<&'static str>>> = CONTENT
        .triage
        .iter()
        .map(|_| RwSignal::new(Vec::new()))
        .collect();
    let outcome: RwSignal<Option<Triage>> = RwSignal::new(None);
    let result_heading = NodeRef::<leptos::html::H2>::new();
    let answers = chosen.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let picked: Vec<Vec<&'static str>> = answers.iter().map(|s| s.get_untracked()).collect();
        let picked: Vec<&[&str]> = picked.iter().map(Vec::as_slice).collect();
        let offered = state.session.with_untracked(|s| s.offered_topics());
        outcome.set(Some(triage(&CONTENT, &offered, &picked)));
        request_animation_frame(move || {
            if let Some(h) = result_heading.get_untracked() {
                let _ = h.focus();
            }
        });
    };
    view! {
        <section class="zc-screen zc-triage">
            <ScreenHeading text=Signal::derive(move || UI.triage_heading.get(lang.get()).to_string())/>
            <p>{tr(lang, UI.triage_intro)}</p>
            <form on:submit=submit novalidate>
                {CONTENT
                    .triage
                    .iter()
                    .zip(chosen)
                    .map(|(q, picked)| question(q, picked))
                    .collect_view()}
                <div class="zc-actions">
                    <button type="submit" class="zc-button zc-primary">{tr(lang, UI.triage_show)}</button>
                    <button type="button" class="zc-button" on:click=move |_| close.run(())>
                        {tr(lang, UI.triage_back)}
                    </button>
                </div>
            </form>
            {move || outcome.get().map(|t| result(t, result_heading))}
        </section>
    }
}

/// One triage question as radio buttons or checkboxes.
fn question(q: &'static TriageQuestion, picked: RwSignal<Vec<&'static str>>) -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    let single = q.kind == QuestionKind::Single;
    view! {
        <fieldset class="zc-fieldset">
            <legend class="zc-legend zc-triage-question">{tr(lang, q.text)}</legend>
            {q.options
                .iter()
                .map(|o| {
                    let id = format!("zc-triage-{}-{}", q.id, o.id);
                    let toggle = move |_| {
                        picked.update(|p| {
                            if single {
                                *p = vec![o.id];
                            } else if let Some(at) = p.iter().position(|x| *x == o.id) {
                                p.remove(at);
                            } else {
                                p.push(o.id);
                            }
                        })
                    };
                    view! {
                        <div class="zc-option">
                            <input
                                type=if single { "radio" } else { "checkbox" }
                                id=id.clone()
                                name=format!("zc-triage-{}", q.id)
                                prop:checked=move || picked.with(|p| p.contains(&o.id))
                                on:change=toggle
                            />
                            <label for=id>{tr(lang, o.text)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The contacts to call first, then the topics that fit (or what to do when none does).
fn result(t: Triage, heading: NodeRef<leptos::html::H2>) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let urgent = (!t.urgent.is_empty()).then(|| {
        view! {
            <div class="zc-interrupt zc-triage-urgent" role="alert">
                <p class="zc-interrupt-title">{tr(lang, UI.triage_urgent)}</p>
                <ul>
                    {t.urgent
                        .iter()
                        .map(|c| {
                            let contact = CONTENT.contacts.get(*c);
                            view! {
                                <li>
                                    <strong><NameAndNumber contact/></strong>
                                    " · "
                                    {tr(lang, contact.hours)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    let topics = if t.topics.is_empty() {
        view! { <p><TextWithPhone text=UI.triage_none/></p> }.into_any()
    } else {
        view! {
            <p>{tr(lang, UI.triage_topics_intro)}</p>
            <ul class="zc-topics">
                {t.topics.into_iter().map(|topic| topic_button(topic, false)).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="zc-triage-result" aria-labelledby="zc-triage-result">
            <h2 id="zc-triage-result" tabindex="-1" node_ref=heading>{tr(lang, UI.triage_result)}</h2>
            {urgent}
            {topics}
        </section>
    }
}

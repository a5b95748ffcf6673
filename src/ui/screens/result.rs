//! The result page, in three layers: on the first screen what it is about, how many things
//! to do, the first ones and the Adviespunt's number; then the to-dos, each with its source
//! and reasons one tap away; then, folded, the confirmations, team questions and answers.
//! When the answers describe danger now, only what helps now stays unfolded.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{
    answered, date, edition_status, fill, join_labels, role_label, sector_label, tr,
};
use crate::ui::parts::buttons::EventButton;
use crate::ui::parts::call::CallCard;
use crate::ui::parts::contacts::{AdviespuntCard, SchoolContactsCard, tel_link};
use crate::ui::parts::fold::fold;
use crate::ui::parts::heading::ScreenHeading;
use crate::ui::parts::print_pages::PrintPages;
use crate::ui::parts::rich::Rich;
use crate::ui::parts::school_docs::SchoolDocsCard;
use crate::ui::parts::summary::today;
use crate::ui::parts::take_away::TakeAway;
use crate::ui::parts::tip_card::TipCard;
use zelfcheck_engine::{Event, Outcome, Prompt, Text, Tip, Urgency};

/// The result screen.
#[component]
pub fn ResultScreen() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let outcome = state.session.with_untracked(|s| s.outcome());
    let acute = state.session.with_untracked(|s| s.is_acute());
    let discussion = state.session.with_untracked(|s| s.discussion());
    let topic = state.session.with_untracked(|s| s.topic().map(|t| t.title));
    let heading = move || {
        let lang = lang.get();
        fill(
            UI.result_heading_topic.get(lang),
            &[("topic", topic.map_or("", |t| t.get(lang)))],
        )
    };
    let meta = move || {
        let lang = lang.get();
        state.session.with_untracked(|s| {
            let mut parts = Vec::new();
            if let Some(p) = s.profile() {
                parts.push(sector_label(p.sector).get(lang).to_string());
                parts.push(role_label(p.role).get(lang).to_string());
            }
            parts.push(date(&today(), lang));
            parts.join(" · ")
        })
    };
    let edition = move || {
        let lang = lang.get();
        state
            .session
            .with_untracked(|s| s.topic().map(|t| edition_status(t, lang)))
    };
    let answers: Vec<(&'static str, Text, Vec<Text>)> = state.session.with_untracked(|s| {
        s.answered()
            .into_iter()
            .map(|(q, a)| {
                let (text, labels) = answered(q, a);
                (q.id, text, labels)
            })
            .collect()
    });
    // The page is long; on an old laptop building all of it before the first paint takes
    // a noticeable moment. The top layer and the urgent tips come first; the rest follows
    // right after the first paint (a frame, then a task), and the section is busy until then.
    let complete = RwSignal::new(false);
    let section = NodeRef::<leptos::html::Section>::new();
    request_animation_frame(move || {
        first_layer_in_view(section);
        set_timeout(
            move || {
                complete.try_set(true);
            },
            Duration::ZERO,
        );
    });
    open_details_for_print(section);
    // In danger, every to-do the content marks urgent is "now", labelled or not.
    let now: Vec<&'static Tip> = if acute {
        outcome
            .ranked
            .iter()
            .copied()
            .filter(|t| t.urgency == Urgency::Urgent)
            .collect()
    } else {
        outcome.urgent.clone()
    };
    let top = top_layer(&outcome);
    let print_pages = (!state.training())
        .then(|| state.session.with_untracked(|s| s.topic().map(|t| t.id)))
        .flatten();
    let now_group = tip_group("zc-urgent", UI.result_urgent, now.clone(), &outcome, false);
    let rest = move || {
        complete
            .get()
            .then(|| rest_of_result(&outcome, &now, acute, discussion.clone(), answers.clone()))
    };
    view! {
        <section
            class="zc-screen zc-result"
            class:zc-acute=acute
            node_ref=section
            aria-busy=move || (!complete.get()).to_string()
        >
            <ScreenHeading text=Signal::derive(heading)/>
            {top}
            <p class="zc-meta">{meta}</p>
            <p class="zc-edition">{edition}</p>
            {print_pages.map(|topic| view! { <PrintPages topic/> })}
            <p class="zc-intro-note">{tr(lang, UI.result_intro)}</p>
            {now_group}
            {rest}
        </section>
    }
}

/// What fits on the first phone screen: how many things to do, the first of them, and the
/// Adviespunt's number.
fn top_layer(outcome: &Outcome) -> impl IntoView + use<> {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let count = outcome.to_do_count();
    let first: Vec<(&'static Tip, bool)> = outcome
        .first()
        .iter()
        .map(|t| (*t, outcome.is_urgent(t.id)))
        .collect();
    let adviespunt = CONTENT.contacts.adviespunt;
    view! {
        <div class="zc-top">
            <p class="zc-count">
                {move || fill(UI.result_count.get(lang.get()), &[("n", &count.to_string())])}
            </p>
            {(!first.is_empty()).then(|| view! {
                <p class="zc-first-label">{tr(lang, UI.result_first)}</p>
                <ol class="zc-first" role="list">
                    {first
                        .into_iter()
                        .map(|(tip, urgent)| view! {
                            <li>
                                // The title is text, so a number in it can be tapped; the
                                // button beside it goes to the tip.
                                <span class="zc-first-item">
                                    <span class="zc-first-title"><Rich text=tip.title terms=false/></span>
                                    {urgent.then(|| view! {
                                        " " <span class="zc-urgency">{tr(lang, UI.urgency_urgent)}</span>
                                    })}
                                    " "
                                    <button
                                        type="button"
                                        class="zc-link-button zc-first-jump"
                                        aria-label=move || {
                                            let lang = lang.get();
                                            fill(UI.first_open_label.get(lang), &[("tip", &zelfcheck_engine::rich::plain(tip.title.get(lang)))])
                                        }
                                        on:click=move |ev| show_tip(&ev, tip.id)
                                    >
                                        {tr(lang, UI.first_open)}
                                    </button>
                                </span>
                            </li>
                        })
                        .collect_view()}
                </ol>
            })}
            <p class="zc-call">
                {tr(lang, UI.result_call)}
                " "
                {tel_link(&adviespunt)}
            </p>
        </div>
    }
}

/// When banners above push the first layer below the screen, scrolls the heading to the
/// top, so what to do first and the Adviespunt's number are in view on arrival; the banners
/// stay one scroll up, and their numbers are in the tips to do now.
fn first_layer_in_view(section: NodeRef<leptos::html::Section>) {
    let Some(section) = section.get_untracked() else {
        return;
    };
    let (Ok(Some(heading)), Ok(Some(top))) = (
        section.query_selector("h1"),
        section.query_selector(".zc-top"),
    ) else {
        return;
    };
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if top.get_bounding_client_rect().bottom() > height {
        heading.scroll_into_view();
    }
}

/// Scrolls to the card of the tip and moves focus to it.
fn show_tip(ev: &leptos::ev::MouseEvent, id: &str) {
    let card = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|button| button.closest(".zc-result").ok().flatten())
        .and_then(|result| {
            result
                .query_selector(&format!("[data-tip=\"{id}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|card| card.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(card) = card {
        card.scroll_into_view();
        let _ = card.focus();
    }
}

/// Everything on the result page below the tips to do now.
fn rest_of_result(
    outcome: &Outcome,
    now: &[&'static Tip],
    acute: bool,
    discussion: Vec<&'static Prompt>,
    answers: Vec<(&'static str, Text, Vec<Text>)>,
) -> impl IntoView + use<> {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let todo: Vec<&'static Tip> = outcome
        .todo
        .iter()
        .copied()
        // The same tip of the content, not a tip with equal fields: comparing every field
        // of every pair showed up on an old laptop.
        .filter(|t| !now.iter().any(|n| std::ptr::eq(*n, *t)))
        .collect();
    let later_count = todo.len();
    let shown_tips: Vec<&'static Tip> = outcome.all().collect();
    let ready: Vec<Text> = state
        .session
        .with_untracked(|s| s.prepare().iter().map(|p| p.text).collect());
    let todo = {
        let outcome = outcome.clone();
        move || tip_group("zc-todo", UI.result_todo, todo, &outcome, false)
    };
    let good_count = outcome.good.len();
    let good = (good_count > 0).then(|| {
        let summary = move || {
            fill(
                UI.result_good_count.get(lang.get()),
                &[("n", &good_count.to_string())],
            )
        };
        let (tips, outcome) = (outcome.good.clone(), outcome.clone());
        fold("zc-fold zc-good", summary, move || {
            tip_group("zc-good-list", UI.result_good, tips, &outcome, true)
        })
    });
    let discuss = (!discussion.is_empty()).then(|| {
        fold(
            "zc-fold zc-discuss",
            tr(lang, UI.discuss_heading),
            move || {
                view! {
                    <ul>
                        {discussion
                            .into_iter()
                            .map(|d| view! { <li><Rich text=d.text/></li> })
                            .collect_view()}
                    </ul>
                }
            },
        )
    });
    let answers = fold("zc-fold zc-answers", tr(lang, UI.your_answers), move || {
        view! {
            <dl>
                {answers
                    .into_iter()
                    .map(|(id, question, labels)| {
                        view! {
                            <dt>{tr(lang, question)}</dt>
                            <dd>
                                {move || join_labels(&labels, lang.get())}
                                " "
                                <button
                                    type="button"
                                    class="zc-link-button"
                                    aria-label=move || {
                                        fill(
                                            UI.change_answer_label.get(lang.get()),
                                            &[("question", &zelfcheck_engine::rich::plain(question.get(lang.get())))],
                                        )
                                    }
                                    on:click=move |_| {
                                        let _ = state.send(Event::Revisit(id));
                                    }
                                >
                                    {tr(lang, UI.change_answer)}
                                </button>
                            </dd>
                        }
                    })
                    .collect_view()}
            </dl>
        }
    });
    // In danger the other to-dos, the confirmations and the team questions wait, folded;
    // the contacts come right after what to do now.
    let (folded, after) = if acute {
        let folded = (later_count + good_count > 0).then(|| {
            let summary = move || {
                fill(
                    UI.result_later.get(lang.get()),
                    &[("n", &later_count.to_string())],
                )
            };
            fold(
                "zc-fold zc-later",
                summary,
                move || view! { {todo()} {good} {discuss} },
            )
        });
        (folded.into_any(), ().into_any())
    } else {
        (todo().into_any(), view! { {good} {discuss} }.into_any())
    };
    let earlier = earlier_topics();
    view! {
        {folded}
        <AdviespuntCard/>
        <CallCard/>
        <SchoolContactsCard/>
        <SchoolDocsCard tips=shown_tips lines=ready/>
        {after}
        {earlier}
        {answers}
        <TakeAway/>
        <div class="zc-actions">
            <EventButton label=UI.change_answers event=Event::Back/>
            <EventButton
                label=if state.training() { UI.training_new_session } else { UI.restart }
                event=Event::Restart
            />
        </div>
    }
}

/// The topics finished earlier in this session, with their to-dos, so the page (and its
/// printout) reads as one report; nothing when there are none.
fn earlier_topics() -> impl IntoView + use<> {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let earlier = state.session.with_untracked(|s| s.earlier());
    (!earlier.is_empty()).then(|| {
        view! {
            <section class="zc-group zc-earlier" aria-labelledby="zc-earlier">
                <h2 id="zc-earlier">{tr(lang, UI.earlier_heading)}</h2>
                {earlier
                    .into_iter()
                    .map(|(topic, outcome)| {
                        let count = outcome.to_do_count();
                        let tips: Vec<(&'static Tip, bool)> =
                            outcome.to_do().map(|t| (t, outcome.is_urgent(t.id))).collect();
                        view! {
                            <h3>{tr(lang, topic.title)}</h3>
                            <p>{move || fill(UI.result_count.get(lang.get()), &[("n", &count.to_string())])}</p>
                            <ul>
                                {tips
                                    .into_iter()
                                    .map(|(tip, urgent)| view! {
                                        <li>
                                            <Rich text=tip.title terms=false/>
                                            {urgent.then(|| view! {
                                                " " <span class="zc-urgency">{tr(lang, UI.urgency_urgent)}</span>
                                            })}
                                        </li>
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
                    .collect_view()}
            </section>
        }
    })
}

/// A tip, and whether it carries the urgent label.
type Labelled = (&'static Tip, bool);

/// One group of tips with its heading, split by the topic's phases where it has them;
/// nothing when the group is empty. Inside a fold (`folded`), the fold's summary is the
/// visible heading and the group carries its name as a label.
fn tip_group(
    id: &'static str,
    heading: Text,
    tips: Vec<&'static Tip>,
    outcome: &Outcome,
    folded: bool,
) -> impl IntoView + use<> {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let phases = state
        .session
        .with_untracked(|s| s.topic().map_or(&[][..], |t| t.phases));
    let mut chunks: Vec<(Option<Text>, Vec<Labelled>)> = Vec::new();
    for tip in tips {
        // Tips come sorted: those without a phase first, without a heading.
        let title = tip
            .phase
            .and_then(|p| phases.get(usize::from(p)))
            .map(|p| p.title);
        let urgent = outcome.is_urgent(tip.id);
        match chunks.last_mut() {
            Some((last, list)) if *last == title => list.push((tip, urgent)),
            _ => chunks.push((title, vec![(tip, urgent)])),
        }
    }
    let card = move |(tip, urgent): (&'static Tip, bool), level: u8| {
        view! { <TipCard tip level urgent/> }
    };
    // In a fold the summary is the visible heading; the section keeps the name.
    (!chunks.is_empty()).then(|| {
        view! {
            <section
                class=format!("zc-group {id}")
                aria-labelledby=(!folded).then_some(id)
                aria-label=move || folded.then(|| heading.get(lang.get()))
            >
                {(!folded).then(|| view! { <h2 id=id>{tr(lang, heading)}</h2> })}
                {chunks
                    .into_iter()
                    .map(|(phase, tips)| {
                        let level = if phase.is_some() { 4 } else { 3 };
                        view! {
                            {phase.map(|p| view! { <h3 class="zc-phase">{tr(lang, p)}</h3> })}
                            <ul class="zc-tips">
                                {tips.into_iter().map(|tip| card(tip, level)).collect_view()}
                            </ul>
                        }
                    })
                    .collect_view()}
            </section>
        }
    })
}

/// Printing keeps everything: folded parts open before the print and close again after.
fn open_details_for_print(section: NodeRef<leptos::html::Section>) {
    let opened: StoredValue<Vec<web_sys::Element>> = StoredValue::new(Vec::new());
    // After the microtasks already queued, in which the folds' bodies are made (`unfold`).
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        queue_microtask(move || open_all(section, opened));
    });
    let after = window_event_listener(leptos::ev::afterprint, move |_| {
        for el in opened.get_value() {
            let _ = el.remove_attribute("open");
        }
        opened.set_value(Vec::new());
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

/// Opens every closed fold of the result for the printout, and remembers which, so they
/// close again after.
fn open_all(section: NodeRef<leptos::html::Section>, opened: StoredValue<Vec<web_sys::Element>>) {
    let Some(root) = section.get_untracked() else {
        return;
    };
    let Ok(list) = root.query_selector_all("details:not([open])") else {
        return;
    };
    let mut closed = Vec::new();
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_attribute("open", "");
            closed.push(el);
        }
    }
    opened.set_value(closed);
}

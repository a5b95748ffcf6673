//! The result page: to-dos, confirmations, the answers given and the Adviespunt.

use std::time::Duration;

use leptos::prelude::*;

use super::app::ScreenHeading;
use super::buttons::EventButton;
use super::contacts::{AdviespuntCard, SchoolContactsCard};
use super::context::Zelfcheck;
use super::summary::today;
use super::take_away::TakeAway;
use super::text::{
    answered, date, edition_status, fill, join_labels, role_label, sector_label, tr,
};
use super::tip_card::TipCard;
use crate::content::UI;
use crate::engine::{Discussion, Event, Text, Tip};

/// The result screen.
#[component]
pub fn ResultScreen() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let outcome = state.session.with_untracked(|s| s.outcome());
    let discussion = state.session.with_untracked(|s| s.discussion());
    let meta = move || {
        let lang = lang.get();
        state.session.with_untracked(|s| {
            let mut parts = vec![s.topic().map_or("", |t| t.title.get(lang)).to_string()];
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
    // a noticeable moment. The heading and the urgent tips come first; the rest follows
    // right after the first paint (a frame, then a task), and the section is busy until then.
    let complete = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                complete.try_set(true);
            },
            Duration::ZERO,
        );
    });
    let (todo, good) = (outcome.todo, outcome.good);
    let rest = move || {
        complete.get().then(|| {
            rest_of_result(
                todo.clone(),
                good.clone(),
                discussion.clone(),
                answers.clone(),
            )
        })
    };
    view! {
        <section class="zc-screen zc-result" aria-busy=move || (!complete.get()).to_string()>
            <ScreenHeading text=Signal::derive(move || UI.result_heading.get(lang.get()).to_string())/>
            <p class="zc-meta">{meta}</p>
            <p class="zc-edition">{edition}</p>
            <p>{tr(lang, UI.result_intro)}</p>
            {tip_group("zc-urgent", UI.result_urgent, outcome.urgent)}
            {rest}
        </section>
    }
}

/// Everything on the result page below the urgent tips.
fn rest_of_result(
    todo: Vec<&'static Tip>,
    good: Vec<&'static Tip>,
    discussion: Vec<&'static Discussion>,
    answers: Vec<(&'static str, Text, Vec<Text>)>,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    view! {
            {tip_group("zc-todo", UI.result_todo, todo)}
            {tip_group("zc-good", UI.result_good, good)}
            {(!discussion.is_empty()).then(|| view! {
                <section class="zc-group zc-discuss" aria-labelledby="zc-discuss">
                    <h2 id="zc-discuss">{tr(lang, UI.discuss_heading)}</h2>
                    <ul>
                        {discussion
                            .into_iter()
                            .map(|d| view! { <li>{tr(lang, d.text)}</li> })
                            .collect_view()}
                    </ul>
                </section>
            })}
            <AdviespuntCard/>
            <SchoolContactsCard/>
            <details class="zc-answers" open>
                <summary>{tr(lang, UI.your_answers)}</summary>
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
                                                &[("question", question.get(lang.get()))],
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
            </details>
            <TakeAway/>
            <div class="zc-actions">
                <EventButton label=UI.change_answers event=Event::Back/>
                <EventButton label=UI.restart event=Event::Restart/>
            </div>
    }
}

/// One group of tips with its heading, split by the topic's phases where it has them;
/// nothing when the group is empty.
fn tip_group(id: &'static str, heading: Text, tips: Vec<&'static Tip>) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let phases = state
        .session
        .with_untracked(|s| s.topic().map_or(&[][..], |t| t.phases));
    let mut chunks: Vec<(Option<Text>, Vec<&'static Tip>)> = Vec::new();
    for tip in tips {
        // Tips come sorted: those without a phase first, without a heading.
        let title = tip
            .phase
            .and_then(|p| phases.get(usize::from(p)))
            .map(|p| p.title);
        match chunks.last_mut() {
            Some((last, list)) if *last == title => list.push(tip),
            _ => chunks.push((title, vec![tip])),
        }
    }
    let card = move |tip: &'static Tip, level: u8| {
        let why = state.session.with_untracked(|s| {
            s.why(&tip.when)
                .into_iter()
                .map(|(q, a)| answered(q, a))
                .collect()
        });
        view! { <TipCard tip why level/> }
    };
    (!chunks.is_empty()).then(|| {
        view! {
            <section class=format!("zc-group {id}") aria-labelledby=id>
                <h2 id=id>{tr(lang, heading)}</h2>
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

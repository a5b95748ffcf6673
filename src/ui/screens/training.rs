//! Training mode, for a facilitator with a team in front of a projector: choose a case, walk
//! through its questions, discuss first, then reveal the case's answer with what each answer
//! leads to and why, and discuss the tips. Nothing is stored. Presenter keys: Page Down /
//! right arrow, Page Up / left arrow, End (see [`on_key`]). Which case is open, its hand-out
//! and what is revealed are the session's; these screens show them and send events.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::{CONTENT, UI};
use crate::ui::answer_form::AnswerForm;
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, role_label, sector_label, tr};
use crate::ui::parts::contacts::tel_link;
use crate::ui::parts::hand_spread::HandSpread;
use crate::ui::parts::heading::ScreenHeading;
use crate::ui::parts::rich::Rich;
use zelfcheck_engine::training::{
    Leads, PresenterAction, PresenterKey, ScreenState, answer_leads, case_answer, case_profile,
    case_sources, known_before, option_ids, presenter_action, why,
};
use zelfcheck_engine::{Case, Event, Lang, Question, Selection, Step, Text, TipGroup, Topic};

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
    let (topic_id, case_id) = (topic.id, case.id);
    let start = move |_| {
        let _ = state.send(Event::OpenCase {
            topic: topic_id,
            case: case_id,
        });
    };
    let handout = move |_| {
        let _ = state.send(Event::OpenHandout {
            topic: topic_id,
            case: case_id,
        });
    };
    view! {
        <li class="zc-case" data-case=case.id>
            <h3>{tr(lang, case.title)}</h3>
            <p class="zc-meta">{move || profile_line(case, lang.get())}</p>
            <p><Rich text=case.text/></p>
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

fn profile_line(case: &Case, lang: Lang) -> String {
    format!(
        "{} · {}",
        sector_label(case.sector).get(lang),
        role_label(case.role).get(lang)
    )
}

/// The case on top of every step of a training walk-through: a bar with its title (and the
/// question, once the question's own heading has scrolled away) that stays in view, the ways
/// out, and the situation itself below it.
#[component]
pub fn CaseBanner() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let bar = NodeRef::<leptos::html::Div>::new();
    // Whether the screen's heading is out of view, under the bar or above the window.
    let heading_hidden = RwSignal::new(false);
    let measure = move || {
        let Some(bar) = bar.get_untracked() else {
            return;
        };
        let heading = bar
            .closest(".zc")
            .ok()
            .flatten()
            .and_then(|root| root.query_selector(".zc-main .zc-heading").ok().flatten());
        let hidden = heading.is_some_and(|h| {
            h.get_bounding_client_rect().bottom() <= bar.get_bounding_client_rect().bottom() + 1.0
        });
        if heading_hidden.get_untracked() != hidden {
            heading_hidden.set(hidden);
        }
    };
    let scrolling = window_event_listener(leptos::ev::scroll, move |_| measure());
    on_cleanup(move || scrolling.remove());
    // A new screen of the case starts at its top: the case's title, then the question.
    let screen = Memo::new(move |_| state.session.with(|s| (s.step(), case_ids(s.case()))));
    Effect::new(move |_| {
        screen.track();
        let on_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(bar) = bar.get_untracked() {
                scroll_to_screen_top(&bar);
            }
            measure();
        });
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(on_frame.unchecked_ref());
        }
    });
    let question_line = move || {
        if !heading_hidden.get() {
            return None;
        }
        let lang = lang.get();
        state.session.with(|s| {
            let question = s.current_question()?;
            let (n, _) = s.progress()?;
            Some(fill(
                UI.training_current_question.get(lang),
                &[("n", &n.to_string()), ("question", question.text.get(lang))],
            ))
        })
    };
    // Off the hand-out, which is for paper: the bar is for the projector.
    let shown = Memo::new(move |_| {
        state
            .session
            .with(|s| case_ids(s.case()).filter(|_| s.step() != Step::Handout))
    });
    move || {
        shown.get()?;
        let (_, case) = state.session.with_untracked(|s| s.case())?;
        Some(view! {
            <div class="zc-case-bar" node_ref=bar>
                <aside class="zc-case-banner" aria-label=tr(lang, UI.training_case_label)>
                    <div class="zc-case-bar-text">
                        <p class="zc-case-title">
                            <strong>{tr(lang, UI.training_case_label)}": "</strong>
                            {tr(lang, case.title)}
                        </p>
                        <p class="zc-case-question" aria-hidden="true">{question_line}</p>
                    </div>
                    <div class="zc-actions">
                        <Show when=move || state.session.with(|s| s.step()) != Step::Result>
                            <button type="button" class="zc-button" on:click=move |_| { let _ = state.send(Event::PlayCase); }>
                                {tr(lang, UI.training_to_result)}
                            </button>
                        </Show>
                        <button type="button" class="zc-button" on:click=move |_| { let _ = state.send(Event::LeaveCase); }>
                            {tr(lang, UI.training_other_case)}
                        </button>
                    </div>
                </aside>
            </div>
            <p class="zc-case-text"><Rich text=case.text/></p>
        })
    }
}

/// Scrolls a new screen into view: from the widget's top (with any urgent banner), unless
/// that leaves the screen's heading out of view; then the heading goes right under the
/// case's bar, which stays on top.
fn scroll_to_screen_top(bar: &web_sys::Element) {
    let (Some(root), Some(w)) = (bar.closest(".zc").ok().flatten(), web_sys::window()) else {
        return;
    };
    let top = root.get_bounding_client_rect().top();
    if top < 0.0 {
        w.scroll_by_with_x_and_y(0.0, top);
    }
    let view_height = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let Some(heading) = root.query_selector(".zc-main .zc-heading").ok().flatten() else {
        return;
    };
    let heading = heading.get_bounding_client_rect();
    let bar_bottom = bar.get_bounding_client_rect().bottom();
    if heading.bottom() > view_height - 120.0 || heading.top() < bar_bottom {
        w.scroll_by_with_x_and_y(0.0, heading.top() - bar_bottom - 12.0);
    }
}

/// The ids of a case and its topic: what tells one case's screens from another's.
fn case_ids(case: Option<(&'static Topic, &'static Case)>) -> Option<(&'static str, &'static str)> {
    case.map(|(topic, case)| (topic.id, case.id))
}

/// The answer a question screen starts with in training mode: none. The case's answer
/// stays hidden until the facilitator reveals it, so the team answers first.
pub fn preselected(_question: &Question) -> Option<Vec<&'static str>> {
    None
}

/// Under a question in training mode: prompts for the team, and on request the case's
/// answer (ticked in the form), the adviser's reasoning and what each answer leads to for
/// the case's sector and role, beside how the team's hands spread when they were counted.
#[component]
pub fn RevealPanel(
    question: &'static Question,
    /// The question's form, where the case's answer is ticked on revealing it.
    form: AnswerForm,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let (topic, case, index, known) = state.session.with_untracked(|s| {
        let (topic, case) = s.case()?;
        let Step::Question(index) = s.step() else {
            return None;
        };
        Some((
            topic,
            case,
            index,
            known_before(topic, &case_profile(case), s, index),
        ))
    })?;
    let profile = case_profile(case);
    // This question's own: the screen it leaves for is not revealed through it.
    let revealed = Memo::new(move |_| {
        state
            .session
            .with(|s| s.step() == Step::Question(index) && s.is_revealed())
    });
    let fits: &'static [&'static str] = case_answer(case, question.id).unwrap_or_default();
    let leads = answer_leads(topic, &profile, &known, index);
    let labels: Vec<(&'static str, Text)> = option_ids(question)
        .into_iter()
        .map(|id| {
            let text = question
                .options
                .iter()
                .find(|o| o.id == id)
                .map_or(UI.dont_know, |o| o.text);
            (id, text)
        })
        .collect();
    let reasoning = why(topic, case, question.id);
    // Revealing ticks the case's answer in the form, as if the team had chosen it, so
    // "Volgende" goes on with it. An answer already on screen when the panel opens stays.
    Effect::new(move |was_revealed: Option<bool>| {
        let now = revealed.get();
        if was_revealed == Some(false) && now && !fits.is_empty() {
            form.selected.set(Selection::new(question, fits.to_vec()));
        }
        now
    });
    let toggle = move |_| {
        let event = if revealed.get_untracked() {
            Event::Hide
        } else {
            Event::Reveal
        };
        let _ = state.send(event);
    };
    let panel_id = format!("zc-reveal-{}", question.id);
    let counted = Memo::new(move |_| state.session.with(|s| s.hands().total(question.id) > 0));
    let leads_heading = move || {
        fill(
            UI.training_leads_heading.get(lang.get()),
            &[("profile", &profile_line(case, lang.get()))],
        )
    };
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
                class="zc-button zc-reveal-button"
                aria-expanded=move || revealed.get().to_string()
                aria-controls=panel_id.clone()
                on:click=toggle
            >
                {move || if revealed.get() { UI.training_hide } else { UI.training_reveal }.get(lang.get())}
            </button>
            <div
                id=panel_id
                class="zc-reveal-panel"
                class:zc-with-spread=move || counted.get()
                hidden=move || !revealed.get()
            >
                <div class="zc-adviser">
                    {reasoning.map(|text| view! {
                        <h3>{tr(lang, UI.training_why_heading)}</h3>
                        <p class="zc-why-text"><Rich text/></p>
                    })}
                    <h3>{leads_heading}</h3>
                    <dl class="zc-effects">
                        {labels
                            .into_iter()
                            .zip(leads)
                            .map(|((id, text), lead)| {
                                let fits_case = fits.contains(&id);
                                let (sure, maybe) = (lead.sure, lead.maybe);
                                view! {
                                    <dt data-option=id class:zc-fits-case=fits_case>
                                        {tr(lang, text)}
                                        {fits_case.then(|| view! {
                                            " " <span class="zc-fits">"(" {tr(lang, UI.training_case_answer)} ")"</span>
                                        })}
                                    </dt>
                                    <dd>
                                        <LeadList leads=sure none=true/>
                                        {(!maybe.is_empty()).then(|| view! {
                                            <p class="zc-maybe">{tr(lang, UI.training_lead_maybe)}</p>
                                            <LeadList leads=maybe none=false/>
                                        })}
                                    </dd>
                                }
                            })
                            .collect_view()}
                    </dl>
                </div>
                <HandSpread question case_answer=fits/>
            </div>
        </section>
    })
}

/// What an answer leads to, as sentences an adviser would say.
#[component]
fn LeadList(
    leads: Leads,
    /// Say so when it leads to nothing.
    none: bool,
) -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    if leads.is_empty() {
        return none
            .then(|| view! { <p class="zc-no-effect">{tr(lang, UI.training_no_effect)}</p> })
            .into_any();
    }
    let lines: Vec<(Text, Text)> = leads
        .interrupts
        .iter()
        .map(|i| (UI.training_lead_banner, i.title))
        .chain(
            leads
                .questions
                .iter()
                .map(|q| (UI.training_lead_question, q.text)),
        )
        .chain(leads.tips.iter().map(|t| {
            let template = match t.group {
                TipGroup::Todo => UI.training_lead_todo,
                TipGroup::Good => UI.training_lead_good,
            };
            (template, t.title)
        }))
        .collect();
    view! {
        <ul class="zc-leads">
            {lines
                .into_iter()
                .map(|(template, text)| view! {
                    <li>{move || {
                        let lang = lang.get();
                        let quoted = format!("“{}”", zelfcheck_engine::rich::plain(text.get(lang)));
                        fill(template.get(lang), &[("text", &quoted)])
                    }}</li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The printable hand-out of a case: the situation, its questions with their options, room
/// for the team's answers, the questions to discuss, where to get help and the sources.
#[component]
pub fn Handout() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let (topic, case) = state.session.with_untracked(|s| s.case())?;
    let print = move |ev: leptos::ev::MouseEvent| {
        if let Some(button) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            crate::ui::print::print_widget(&button, state.unfold);
        }
    };
    let adviespunt = CONTENT.contacts.adviespunt;
    let emergency = CONTENT.contacts.emergency;
    let sources = case_sources(&CONTENT, topic, case);
    Some(view! {
        <section class="zc-screen zc-handout">
            <ScreenHeading text=Signal::derive(move || {
                format!("{}: {}", UI.training_handout.get(lang.get()), case.title.get(lang.get()))
            })/>
            <p class="zc-meta">{move || format!("{} · {}", topic.title.get(lang.get()), profile_line(case, lang.get()))}</p>
            <p class="zc-handout-case"><Rich text=case.text terms=false/></p>
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
                {topic.discuss.iter().map(|d| view! { <li><Rich text=d.text terms=false/></li> }).collect_view()}
            </ul>
            <div class="zc-handout-help">
                <h2>{tr(lang, UI.training_handout_help)}</h2>
                <p>
                    <strong>{tr(lang, adviespunt.name)}</strong>": "
                    {tel_link(&adviespunt)}
                    {adviespunt.email.map(|mail| view! { ", " <a href=format!("mailto:{mail}")>{mail}</a> })}
                    " ("{tr(lang, adviespunt.hours)}")"
                    <br/>
                    {tr(lang, adviespunt.purpose)}
                </p>
                <p>
                    <strong>{tr(lang, UI.help_bar_emergency)}" "{tel_link(&emergency)}</strong>
                </p>
            </div>
            {(!sources.is_empty()).then(|| view! {
                <h2>{tr(lang, UI.training_handout_sources)}</h2>
                <ul class="zc-handout-sources">
                    {sources
                        .into_iter()
                        .map(|s| view! {
                            <li lang="nl">
                                <a href=s.url>{s.title}</a>
                                " ("{s.publisher}")"
                                <span class="zc-url">{s.url}</span>
                            </li>
                        })
                        .collect_view()}
                </ul>
            })}
            <div class="zc-actions">
                <button type="button" class="zc-button zc-primary" on:click=print>
                    {tr(lang, UI.training_print)}
                </button>
                <button type="button" class="zc-button" on:click=move |_| { let _ = state.send(Event::LeaveCase); }>
                    {tr(lang, UI.training_other_case)}
                </button>
            </div>
        </section>
    })
}

/// Presenter keys: Page Down / right arrow goes forward, Page Up / left arrow back, End to
/// the tips. A screen taller than the window scrolls by about a screen first; on a
/// question nobody answered yet, the end of the screen first reveals the case's answer.
/// Arrows are left alone on form controls, where they choose an answer, and End on a
/// field one types in, where it moves the caret.
pub fn on_key(state: Zelfcheck, root: &web_sys::Element, ev: &KeyboardEvent) {
    let (in_case, step, unrevealed) = state
        .session
        .with_untracked(|s| (s.case().is_some(), s.step(), s.case_answer_hidden()));
    if ev.ctrl_key()
        || ev.alt_key()
        || ev.meta_key()
        || ev.shift_key()
        || !in_case
        || step == Step::Handout
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
    // A field one types in (the count of hands) keeps End for its caret.
    let on_text = target.as_ref().is_some_and(|t| {
        t.tag_name() == "TEXTAREA"
            || (t.tag_name() == "INPUT" && t.get_attribute("type").as_deref() == Some("text"))
    });
    let key = match ev.key().as_str() {
        "PageDown" => PresenterKey::Forward,
        "ArrowRight" if !on_control => PresenterKey::Forward,
        "PageUp" => PresenterKey::Backward,
        "ArrowLeft" if !on_control => PresenterKey::Backward,
        "End" if !on_text => PresenterKey::End,
        _ => return,
    };
    ev.prevent_default();
    let Some(window) = web_sys::window() else {
        return;
    };
    let view_height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rect = root.get_bounding_client_rect();
    let bar_height = root
        .query_selector(".zc-case-bar")
        .ok()
        .flatten()
        .map_or(0.0, |b| b.get_bounding_client_rect().height());
    // The form of the question on screen; other steps have none.
    let form = matches!(step, Step::Question(_))
        .then(|| state.answer_form.get_value())
        .flatten();
    let screen = ScreenState {
        more_below: rect.bottom() > view_height + 2.0,
        more_above: rect.top() < -2.0,
        unrevealed,
        answered: form.is_some_and(AnswerForm::has_choice),
    };
    // About a screen, less the bar that stays on top and a line of overlap.
    let page = (view_height - bar_height - 48.0).max(view_height / 3.0);
    match presenter_action(key, screen) {
        PresenterAction::ScrollDown => {
            window.scroll_by_with_x_and_y(0.0, page.min(rect.bottom() - view_height));
        }
        PresenterAction::ScrollUp => window.scroll_by_with_x_and_y(0.0, -page.min(-rect.top())),
        PresenterAction::Reveal => {
            let _ = state.send(Event::Reveal);
        }
        // As "Volgende" does: the answer on screen is checked as usual.
        PresenterAction::Next => {
            if let Some(form) = form {
                form.submit(|event| state.send(event));
            }
        }
        PresenterAction::Back => {
            let _ = state.send(Event::Back);
        }
        PresenterAction::Result => {
            let _ = state.send(Event::PlayCase);
        }
    }
}

//! One tip: its title and text, the other check it points to, a box to tick it off, and,
//! one tap away, its label (legal duty, advice, in preparation), reasons and sources.

use leptos::prelude::*;

use crate::ui::parts::sources::SourceLinks;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{answered, fill, join_labels, tr};
use crate::ui::parts::call_text::feedback_mail;
use crate::ui::parts::fold::fold;
use crate::ui::parts::rich::Rich;
use crate::ui::parts::school_docs::tip_links;
use zelfcheck_engine::{Event, Text, Tip, TipGroup, TipKind};

/// A tip on the result page.
#[component]
pub fn TipCard(
    /// The tip to show.
    tip: &'static Tip,
    /// The heading level of its title: 3, or 4 under a phase heading.
    level: u8,
    /// Whether it carries the urgent label.
    urgent: bool,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let title = view! { <Rich text=tip.title terms=false/> };
    let heading = if level == 4 {
        view! { <h4 class="zc-tip-title">{title}</h4> }.into_any()
    } else {
        view! { <h3 class="zc-tip-title">{title}</h3> }.into_any()
    };
    let ticked = move || state.session.with(|s| s.is_ticked(tip.id));
    let tick_id = format!("zc-tick-{}", tip.id);
    let tick = (tip.group == TipGroup::Todo).then(|| {
        view! {
            <div class="zc-tick">
                <input
                    type="checkbox"
                    id=tick_id.clone()
                    aria-label=move || fill(UI.tick_aria.get(lang.get()), &[("tip", &zelfcheck_engine::rich::plain(tip.title.get(lang.get())))])
                    prop:checked=ticked
                    on:change=move |_| {
                        let _ = state.send(Event::Tick(tip.id));
                    }
                />
                <label for=tick_id aria-hidden="true">{tr(lang, UI.tick_label)}</label>
            </div>
        }
    });
    let (kind_label, kind_class) = match tip.kind {
        TipKind::Duty => (UI.kind_duty, "zc-kind zc-kind-duty"),
        TipKind::Advice => (UI.kind_advice, "zc-kind zc-kind-advice"),
        TipKind::InPreparation => (UI.kind_in_preparation, "zc-kind zc-kind-preparation"),
    };
    let urgent = urgent && tip.group == TipGroup::Todo;
    let feedback = feedback_href(tip);
    let summary = view! {
        <span class=kind_class>{tr(lang, kind_label)}</span>
        " · "
        {tr(lang, UI.tip_more)}
    };
    let more = fold("zc-more", summary, move || {
        // The questions and answers that made it apply (none for a tip for everyone).
        let why: Vec<(Text, Vec<Text>)> = state.session.with_untracked(|s| {
            s.why(&tip.when)
                .into_iter()
                .map(|(q, a)| answered(q, a))
                .collect()
        });
        view! {
            {(!why.is_empty()).then(|| view! {
                <div class="zc-why">
                    <p>{tr(lang, UI.why_intro)}</p>
                    <ul>
                        {why
                            .into_iter()
                            .map(|(question, labels)| view! {
                                <li>
                                    {tr(lang, question)}
                                    " "
                                    <strong>{move || join_labels(&labels, lang.get())}</strong>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            })}
            <p class="zc-sources">
                {tr(lang, UI.sources_label)}
                ": "
                <SourceLinks sources=tip.sources/>
            </p>
            <p class="zc-feedback">
                <a href=feedback>{tr(lang, UI.tip_feedback)}</a>
            </p>
        }
    });
    view! {
        <li
            class="zc-tip"
            class:zc-tip-urgent=urgent
            class:zc-tip-done=ticked
            data-tip=tip.id
            tabindex="-1"
        >
            {heading}
            {urgent.then(|| view! {
                <p class="zc-labels"><span class="zc-urgency">{tr(lang, UI.urgency_urgent)}</span></p>
            })}
            <p><Rich text=tip.text/> " " {tip_links(tip)}</p>
            {open_topic(tip)}
            {tick}
            {more}
        </li>
    }
}

/// The `mailto:` link for a remark on this tip: to the school's own address when its page
/// names one, otherwise to the content's. It carries the tip's id and the edition only.
fn feedback_href(tip: &'static Tip) -> impl Fn() -> String + Send + Sync + 'static {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let topic = state
        .session
        .with_untracked(|s| s.topic().map_or("", |t| t.id));
    let address = state.setup.with_value(|setup| {
        setup
            .settings
            .feedback_email
            .clone()
            .unwrap_or_else(|| CONTENT.feedback_email.to_string())
    });
    move || feedback_mail(topic, tip.id, lang.get(), &address)
}

/// A button that opens the other check this tip points to, with the same sector and role;
/// nothing when the embedding page does not offer that topic.
fn open_topic(tip: &'static Tip) -> Option<impl IntoView> {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let id = tip.see_topic?;
    let (can, topic) = state
        .session
        .with_untracked(|s| (s.can_open(id), s.content().topic(id)));
    let title = topic?.title;
    can.then(|| {
        view! {
            <p class="zc-open-topic">
                <button
                    type="button"
                    class="zc-button"
                    on:click=move |_| {
                        let _ = state.send(Event::OpenTopic(id));
                    }
                >
                    {move || fill(UI.open_topic.get(lang.get()), &[("topic", title.get(lang.get()))])}
                </button>
            </p>
        }
    })
}

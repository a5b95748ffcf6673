//! "Bel je het Adviespunt? Dit helpt": on every result, what to have ready, a short summary
//! without names to read out, copy or mail, and the user's own open questions.

use leptos::prelude::*;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, tr};
use crate::ui::parts::call_text::{
    call_mail, call_summary, call_summary_with_links, open_questions,
};
use crate::ui::parts::rich::{Rich, with_phone_links};
use crate::ui::parts::school_docs::line_links;
use crate::ui::parts::take_away::copy_text;
use zelfcheck_engine::Text;

/// The call card.
#[component]
pub fn CallCard() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let ready = state.session.with_untracked(|s| s.prepare());
    let summary = move || {
        state
            .session
            .with(|s| call_summary_with_links(s, lang.get()))
    };
    let open = move || state.session.with(|s| open_questions(s, lang.get()));
    let school = state
        .setup
        .with_value(|setup| setup.settings.summary_email.clone());
    let address = school
        .clone()
        .or_else(|| CONTENT.contacts.adviespunt.email.map(str::to_string))
        .unwrap_or_default();
    let href = move || state.session.with(|s| call_mail(s, lang.get(), &address));
    let mail_label = move || match &school {
        Some(address) => fill(UI.call_mail_school.get(lang.get()), &[("address", address)]),
        None => UI.call_mail.get(lang.get()).to_string(),
    };
    let status: RwSignal<Option<Text>> = RwSignal::new(None);
    let copy = move |_| {
        copy_text(
            state
                .session
                .with_untracked(|s| call_summary(s, lang.get_untracked())),
            status,
        )
    };
    view! {
        <section class="zc-card zc-call-card" aria-labelledby="zc-call-heading">
            <h2 id="zc-call-heading">{tr(lang, UI.call_heading)}</h2>
            {(!ready.is_empty()).then(|| view! {
                <h3>{tr(lang, UI.call_ready)}</h3>
                <ul class="zc-ready">
                    {ready.into_iter().map(|p| view! { <li><Rich text=p.text/> " " {line_links(p.text)}</li> }).collect_view()}
                </ul>
            })}
            <h3>{tr(lang, UI.call_summary_heading)}</h3>
            <p class="zc-note">{tr(lang, UI.call_summary_note)}</p>
            <div class="zc-call-summary">{move || summary_view(&summary())}</div>
            {move || {
                let open = open();
                (!open.is_empty()).then(|| view! {
                    <h3>{tr(lang, UI.call_open_heading)}</h3>
                    <p>{tr(lang, UI.call_open_intro)}</p>
                    <ul class="zc-open-questions">
                        {open
                            .into_iter()
                            .map(|(question, tips)| view! {
                                <li>
                                    {with_phone_links(&question)}
                                    {tips.map(|tips| view! { <br/><span class="zc-open-tips">{with_phone_links(&tips)}</span> })}
                                </li>
                            })
                            .collect_view()}
                    </ul>
                })
            }}
            <div class="zc-actions">
                <a class="zc-button zc-mail" href=href>{mail_label}</a>
                <button type="button" class="zc-button" on:click=copy>{tr(lang, UI.call_copy)}</button>
            </div>
            <p class="zc-note zc-mail-note">{tr(lang, UI.call_mail_note)}</p>
            <p class="zc-status" role="status">{move || status.get().map(|t| t.get(lang.get()))}</p>
        </section>
    }
}

/// The summary as the page shows it: its sentences as paragraphs, its `- ` lines as a list,
/// its phone numbers as links to call.
fn summary_view(text: &str) -> impl IntoView + use<> {
    let mut blocks: Vec<(bool, Vec<String>)> = Vec::new();
    for line in text.lines() {
        let (item, words) = match line.strip_prefix("- ") {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        match blocks.last_mut() {
            Some((true, items)) if item => items.push(words.to_string()),
            _ => blocks.push((item, vec![words.to_string()])),
        }
    }
    blocks
        .into_iter()
        .map(|(list, lines)| {
            if list {
                view! { <ul>{lines.into_iter().map(|l| view! { <li>{with_phone_links(&l)}</li> }).collect_view()}</ul> }
                    .into_any()
            } else {
                lines
                    .into_iter()
                    .map(|l| view! { <p>{with_phone_links(&l)}</p> })
                    .collect_view()
                    .into_any()
            }
        })
        .collect_view()
}

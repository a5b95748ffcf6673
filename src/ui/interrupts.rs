//! Urgent banners: shown above the check as soon as their condition holds, and kept on the
//! result page.

use leptos::prelude::*;

use super::text::tr;

use super::contacts::tel_link;
use super::context::Zelfcheck;
use crate::content::CONTENT;
use crate::engine::{Interrupt, Step};

/// The banners that hold for the answers so far.
#[component]
pub fn InterruptBanners() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let active = Memo::new(move |_| {
        state.session.with(|s| match s.step() {
            Step::Question(_) | Step::Result => s.interrupts(),
            _ => Vec::new(),
        })
    });
    // Keyed by id: a banner that stays is not re-created, so a screen reader announces it
    // once, when it first appears.
    view! {
        <For each=move || active.get() key=|i: &&'static Interrupt| i.id let:interrupt>
            {banner(interrupt, lang)}
        </For>
    }
}

fn banner(i: &'static Interrupt, lang: RwSignal<crate::engine::Lang>) -> impl IntoView {
    let contact = CONTENT.contacts.get(i.contact);
    view! {
        <section class="zc-interrupt" role="alert" data-interrupt=i.id>
            <h2 class="zc-interrupt-title">{tr(lang, i.title)}</h2>
            <p>{tr(lang, i.text)}</p>
            <p class="zc-interrupt-contact">
                {tr(lang, contact.name)}
                ": "
                {tel_link(contact)}
                " ("
                {tr(lang, contact.hours)}
                ")"
            </p>
        </section>
    }
}

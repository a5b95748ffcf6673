//! Urgent banners: shown above the check as soon as their condition holds, and kept on the
//! result page.

use leptos::prelude::*;

use crate::content::CONTENT;
use crate::ui::context::Zelfcheck;
use crate::ui::labels::tr;
use crate::ui::parts::contacts::NameAndNumber;
use crate::ui::parts::rich::Rich;
use zelfcheck_engine::{Interrupt, Step};

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
    // On the result page its tips say what to do; the banner keeps its title and number,
    // and its text folds away so the result's first screen stays in view.
    let on_result = Signal::derive(move || state.session.with(|s| s.step() == Step::Result));
    // Keyed by id: a banner that stays is not re-created, so a screen reader announces it
    // once, when it first appears.
    view! {
        <For each=move || active.get() key=|i: &&'static Interrupt| i.id let:interrupt>
            {banner(interrupt, lang, on_result)}
        </For>
    }
}

fn banner(
    i: &'static Interrupt,
    lang: RwSignal<zelfcheck_engine::Lang>,
    on_result: Signal<bool>,
) -> impl IntoView {
    let contact = CONTENT.contacts.get(i.contact);
    view! {
        <section
            class="zc-interrupt"
            class:zc-interrupt-compact=on_result
            role="alert"
            data-interrupt=i.id
        >
            <h2 class="zc-interrupt-title"><Rich text=i.title terms=false/></h2>
            <p class="zc-interrupt-text"><Rich text=i.text/></p>
            <p class="zc-interrupt-contact">
                <NameAndNumber contact/>
                <span class="zc-interrupt-hours">" (" {tr(lang, contact.hours)} ")"</span>
            </p>
        </section>
    }
}

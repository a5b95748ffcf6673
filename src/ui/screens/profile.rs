//! Choose sector and role.

use leptos::prelude::*;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{role_label, sector_label, tr};
use crate::ui::parts::buttons::FormActions;
use crate::ui::parts::heading::ScreenHeading;
use zelfcheck_engine::{Event, Profile, Role, Sector, Text};

/// The sector and role screen.
#[component]
pub fn ProfileScreen() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let chosen = state.session.with_untracked(|s| s.profile());
    let preset = state
        .session
        .with_untracked(|s| (s.preset().sector, s.preset().role));
    let sector = RwSignal::new(chosen.map(|p| p.sector).or(preset.0));
    let role = RwSignal::new(chosen.map(|p| p.role).or(preset.1));
    let missing = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match (sector.get(), role.get()) {
            (Some(sector), Some(role)) => {
                let _ = state.send(Event::ChooseProfile(Profile { sector, role }));
            }
            _ => missing.set(true),
        }
    };
    let sectors = Sector::ALL.map(|s| (s, s.id(), sector_label(s)));
    let roles = Role::ALL.map(|r| (r, r.id(), role_label(r)));
    view! {
        <section class="zc-screen">
            <ScreenHeading text=Signal::derive(move || UI.profile_heading.get(lang.get()).to_string())/>
            <p>{tr(lang, UI.profile_intro)}</p>
            <form on:submit=submit novalidate>
                {radio_group("zc-sector", UI.sector_legend, sectors.to_vec(), sector)}
                {radio_group("zc-role", UI.role_legend, roles.to_vec(), role)}
                <Show when=move || missing.get() && (sector.get().is_none() || role.get().is_none())>
                    <p class="zc-error" role="alert">
                        {tr(lang, UI.answer_needed_no_dont_know)}
                    </p>
                </Show>
                <FormActions/>
            </form>
        </section>
    }
}

/// A fieldset of radio buttons bound to `value`.
fn radio_group<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    legend: Text,
    items: Vec<(T, &'static str, Text)>,
    value: RwSignal<Option<T>>,
) -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    view! {
        <fieldset class="zc-fieldset">
            <legend class="zc-legend">{tr(lang, legend)}</legend>
            {items
                .into_iter()
                .map(|(item, id, label)| {
                    let input_id = format!("{name}-{id}");
                    view! {
                        <div class="zc-option">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=name
                                value=id
                                data-back-focus=(value.get_untracked() == Some(item)).then_some("")
                                prop:checked=move || value.get() == Some(item)
                                on:change=move |_| value.set(Some(item))
                            />
                            <label for=input_id>{tr(lang, label)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

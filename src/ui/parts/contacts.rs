//! The emergency bar on every screen and the Adviespunt card on the result page.

use leptos::prelude::*;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, tr};
use crate::ui::parts::rich::{Rich, tel_anchor};
use zelfcheck_engine::hours::{Availability, NextOpening, Weekday, availability};
use zelfcheck_engine::rich::plain;
use zelfcheck_engine::settings::tel_href;
use zelfcheck_engine::{Contact, Opening, Text};

/// 112 and the Calamiteitenteam, reachable from every screen.
#[component]
pub fn HelpBar() -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    let emergency = CONTENT.contacts.emergency;
    let calamity = CONTENT.contacts.calamiteitenteam;
    view! {
        <aside class="zc-helpbar" aria-label=tr(lang, UI.help_bar_label)>
            <p>
                {tr(lang, UI.help_bar_emergency)}
                " "
                {tel_link(&emergency)}
            </p>
            <p>
                {tr(lang, UI.help_bar_calamity)}
                " "
                {tel_link(&calamity)}
            </p>
        </aside>
    }
}

/// The phone number as a `tel:` link whose text is the number written out, so it also
/// reads right when printed or read aloud.
pub fn tel_link(contact: &Contact) -> impl IntoView + use<> {
    tel_anchor(contact.phone, contact.phone_link)
}

/// A contact's name and its number to tap. A name that already holds its number as a link
/// ("Alarmnummer 112") is not followed by the same number again.
#[component]
pub fn NameAndNumber(contact: &'static Contact) -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    view! {
        <Rich text=contact.name terms=false/>
        {move || {
            let named = plain(contact.name.get(lang.get())).contains(contact.phone);
            (!named).then(|| view! { ": " {tel_link(contact)} })
        }}
    }
}

/// A text whose `{phone}` becomes the Adviespunt's number from `contacts.toml`, as a link.
#[component]
pub fn TextWithPhone(text: Text) -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    let adviespunt = CONTENT.contacts.adviespunt;
    move || {
        let words = text.get(lang.get());
        let (before, after) = words.split_once("{phone}").unwrap_or((words, ""));
        view! { {before.to_string()} {tel_link(&adviespunt)} {after.to_string()} }
    }
}

/// The card that hands the user over to the Adviespunt.
#[component]
pub fn AdviespuntCard() -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    let c: Contact = CONTENT.contacts.adviespunt;
    view! {
        <section class="zc-card zc-adviespunt" aria-labelledby="zc-adviespunt-heading">
            <h2 id="zc-adviespunt-heading">{tr(lang, UI.adviespunt_heading)}</h2>
            <p class="zc-contact-name"><Rich text=c.name terms=false/></p>
            <p><Rich text=c.purpose/></p>
            <p class="zc-contact-line">
                {tr(lang, UI.call)}
                " "
                {tel_link(&c)}
                " · "
                {tr(lang, c.hours)}
            </p>
            <OpeningStatus open=c.open/>
            {c.email.map(|email| view! {
                <p class="zc-contact-line">
                    {tr(lang, UI.mail)}
                    " "
                    <a href=format!("mailto:{email}")>{email}</a>
                </p>
            })}
            {c.url.map(|url| view! {
                <p><a href=url>{tr(lang, UI.more_info)}</a></p>
            })}
        </section>
    }
}

/// "Nu open" or when it opens again, from the browser's clock in Dutch time.
#[component]
fn OpeningStatus(open: Opening) -> impl IntoView {
    let lang = Zelfcheck::expect().lang;
    let now = (js_sys::Date::now() / 1000.0) as i64;
    let availability = availability(&open, now);
    let (from, until) = (Opening::time(open.from), Opening::time(open.to));
    let text = move || {
        let lang = lang.get();
        match availability {
            Availability::Open => fill(UI.hours_open.get(lang), &[("until", &until)]),
            Availability::Closed(next) => {
                let when = match next {
                    NextOpening::Today => UI.opens_today,
                    NextOpening::Tomorrow => UI.opens_tomorrow,
                    NextOpening::On(Weekday::Tuesday) => UI.opens_tuesday,
                    NextOpening::On(Weekday::Wednesday) => UI.opens_wednesday,
                    NextOpening::On(Weekday::Thursday) => UI.opens_thursday,
                    NextOpening::On(Weekday::Friday) => UI.opens_friday,
                    NextOpening::On(_) => UI.opens_monday,
                    NextOpening::AfterHoliday => UI.opens_after_holiday,
                };
                fill(
                    UI.hours_closed.get(lang),
                    &[("when", when.get(lang)), ("from", &from)],
                )
            }
            Availability::Holiday => UI.hours_holiday.get(lang).to_string(),
        }
    };
    let open = availability == Availability::Open;
    view! {
        <p class="zc-opening" class:zc-open=open data-open=open.to_string()>
            <strong>{text}</strong>
            {(!open).then(|| view! { " " <Rich text=UI.hours_closed_help/> })}
        </p>
    }
}

/// The school's own contact people from the embed settings, next to the Adviespunt card.
/// Every field is rendered as text; links are built only from checked numbers and addresses.
#[component]
pub fn SchoolContactsCard() -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let contacts = state.setup.with_value(|s| s.settings.contacts.clone());
    (!contacts.is_empty()).then(|| {
        view! {
            <section class="zc-card zc-school-contacts" aria-labelledby="zc-school-contacts-heading">
                <h2 id="zc-school-contacts-heading">
                    {tr(lang, UI.school_contacts_heading)}
                </h2>
                <p>{tr(lang, UI.school_contacts_intro)}</p>
                <ul class="zc-contact-list">
                    {contacts
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li class="zc-school-contact">
                                    <span class="zc-contact-function">{c.function}</span>
                                    <span class="zc-contact-name">{c.name}</span>
                                    {c.phone.map(|phone| view! {
                                        <span class="zc-contact-line">
                                            {tr(lang, UI.call)}
                                            " "
                                            <a class="zc-tel" href=tel_href(&phone)>{phone.clone()}</a>
                                        </span>
                                    })}
                                    {c.email.map(|email| view! {
                                        <span class="zc-contact-line">
                                            {tr(lang, UI.mail)}
                                            " "
                                            <a href=format!("mailto:{email}")>{email.clone()}</a>
                                        </span>
                                    })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

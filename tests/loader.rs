//! What the build writes for the loader (zelfcheck.js): every setting and contact it must
//! watch, and the Adviespunt's number and hours from the content.

use std::path::Path;

use zelfcheck::content::CONTENT;
use zelfcheck_authoring::check_dir;
use zelfcheck_authoring::loader::loader_json;
use zelfcheck_engine::settings::{MAX_CONTACTS, NAMES};

/// What the build writes for the loader from the content folder.
fn facts() -> String {
    let checked = check_dir(Path::new("content")).expect("the content is valid");
    loader_json(checked.content, &checked.ui)
}

#[test]
fn the_loader_watches_every_setting_and_contact() {
    let json = facts();
    for name in NAMES {
        assert!(json.contains(&format!("\"{name}\"")), "{name}: {json}");
    }
    for name in ["settings-file", "url-settings", "id", "mode"] {
        assert!(json.contains(&format!("\"{name}\"")), "{name}: {json}");
    }
    assert!(
        json.contains(&format!("\"contact-{MAX_CONTACTS}\"")),
        "{json}"
    );
    assert!(!json.contains(&format!("\"contact-{}\"", MAX_CONTACTS + 1)));
}

#[test]
fn the_loader_gets_the_adviespunt_from_the_content() {
    let json = facts();
    let adviespunt = &CONTENT.contacts.adviespunt;
    for fact in [
        adviespunt.phone.to_string(),
        format!("tel:{}", adviespunt.phone_link),
        adviespunt.hours.nl().to_string(),
        adviespunt.hours.en().to_string(),
    ] {
        assert!(json.contains(&format!("\"{fact}\"")), "{fact}: {json}");
    }
}

#[test]
fn the_first_screen_the_loader_paints_has_both_emergency_numbers_as_links() {
    use zelfcheck_authoring::shell::{STATUS_SLOT, shell_html};
    use zelfcheck_engine::Lang;
    let checked = check_dir(Path::new("content")).expect("the content is valid");
    let contacts = &checked.content.contacts;
    for lang in [Lang::Nl, Lang::En] {
        let html = shell_html(checked.content, &checked.ui, lang);
        for contact in [&contacts.emergency, &contacts.calamiteitenteam] {
            let link = format!(
                "<a class=\"zc-tel\" href=\"tel:{}\">{}</a>",
                contact.phone_link, contact.phone
            );
            assert!(html.contains(&link), "{}: {link} in {html}", lang.code());
        }
        let heading = checked
            .ui
            .iter()
            .find(|(key, _)| key == "intro_heading")
            .map(|(_, text)| text.get(lang))
            .expect("an intro heading");
        assert!(html.contains(heading), "{html}");
        assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
        assert!(html.contains(STATUS_SLOT));
        assert!(!html.contains("<script"));
    }
    assert!(facts().contains("\"shell\":{\"nl\":\"<div class=\\\"zc\\\""));
}

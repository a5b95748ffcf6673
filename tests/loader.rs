//! What the build writes for the loader (zelfcheck.js): every setting and contact it must
//! watch, and the Adviespunt's number and hours from the content.

use zelfcheck::content::CONTENT;
use zelfcheck_authoring::loader::loader_json;
use zelfcheck_engine::settings::{MAX_CONTACTS, NAMES};

#[test]
fn the_loader_watches_every_setting_and_contact() {
    let json = loader_json(&CONTENT);
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
    let json = loader_json(&CONTENT);
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

//! The embedding page's settings: valid values, one warning per bad value, precedence, and
//! contacts that are kept as plain text.

use zelfcheck::content::CONTENT;
use zelfcheck_engine::settings::{
    Origin, RawSetting, RawValue, SchoolContact, Settings, StorageMode, page_lang, parse, tel_href,
};
use zelfcheck_engine::*;

fn raw(origin: Origin, name: &str, value: &str) -> RawSetting {
    RawSetting {
        origin,
        name: name.to_string(),
        value: RawValue::Text(value.to_string()),
    }
}

fn attr(name: &str, value: &str) -> RawSetting {
    raw(Origin::Attribute, name, value)
}

fn url(name: &str, value: &str) -> RawSetting {
    raw(Origin::Url, name, value)
}

fn json(name: &str, value: &str) -> RawSetting {
    raw(Origin::Json, name, value)
}

fn json_contact(name: &str, parts: [&str; 4]) -> RawSetting {
    RawSetting {
        origin: Origin::Json,
        name: name.to_string(),
        value: RawValue::Contact(parts.map(String::from)),
    }
}

fn check(raw: &[RawSetting]) -> (Settings, Vec<String>) {
    parse(&CONTENT, raw)
}

/// Settings from raw values that must give no warning.
fn clean(raw: &[RawSetting]) -> Settings {
    let (settings, warnings) = check(raw);
    assert!(warnings.is_empty(), "{warnings:?}");
    settings
}

/// The one warning for these raw values.
fn one_warning(raw: &[RawSetting]) -> (Settings, String) {
    let (settings, mut warnings) = check(raw);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    (settings, warnings.remove(0))
}

fn origin_word(origin: Origin) -> &'static str {
    match origin {
        Origin::Json => "JSON setting",
        Origin::Attribute => "attribute",
        Origin::Url => "URL parameter",
    }
}

fn contact(function: &str, name: &str, phone: Option<&str>, email: Option<&str>) -> SchoolContact {
    SchoolContact {
        function: function.into(),
        name: name.into(),
        phone: phone.map(String::from),
        email: email.map(String::from),
    }
}

#[test]
fn nothing_given_is_the_default() {
    let s = clean(&[]);
    assert_eq!(s, Settings::default());
    assert_eq!(s.lang, None);
    assert_eq!(s.preset, Preset::default());
    assert_eq!(s.storage, StorageMode::Tab);
}

#[test]
fn every_setting_valid() {
    let s = clean(&[
        attr("lang", "en"),
        attr("sector", "vo"),
        attr("role", "docent"),
        attr("topics", "pesten, klacht"),
        attr("topic", "pesten"),
        attr("accent", "#0b5d63"),
        attr("storage", "device"),
        attr(
            "contact-1",
            "Vertrouwenspersoon | Jan de Vries | 030 123 45 67 | jan@school.nl",
        ),
    ]);
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(
        s.preset,
        Preset {
            sector: Some(Sector::Vo),
            role: Some(Role::Docent),
            topics: vec!["pesten", "klacht"],
            topic: Some("pesten"),
        }
    );
    assert_eq!(s.accent.as_ref().map(|a| a.base.as_str()), Some("#0b5d63"));
    assert_eq!(s.storage, StorageMode::Device);
    assert_eq!(
        s.contacts,
        [contact(
            "Vertrouwenspersoon",
            "Jan de Vries",
            Some("030 123 45 67"),
            Some("jan@school.nl")
        )]
    );
}

#[test]
fn each_invalid_value_gives_one_warning_naming_it_and_its_origin_and_keeps_the_default() {
    let bad = [
        ("lang", "fr"),
        ("sector", "hbo"),
        ("role", "rector"),
        ("topic", "bestaat-niet"),
        ("topics", "bestaat-niet, ook-niet"),
        ("accent", "red"),
        ("accent", "#ffff00"),
        ("storage", "cloud"),
        ("contact-1", "Alleen een functie"),
        ("summary-email", "geen adres"),
        ("feedback-email", "javascript:alert(1)"),
        ("doc-pestprotocol", "javascript:alert(1) | Pestprotocol"),
        ("doc-pestprotocol", "/intranet/pestprotocol.pdf"),
        ("doc-recepten", "https://school.nl/recepten"),
    ];
    for origin in [Origin::Json, Origin::Attribute, Origin::Url] {
        for (name, value) in bad {
            let (settings, warning) = one_warning(&[raw(origin, name, value)]);
            assert!(warning.contains(name), "{warning}");
            assert!(warning.contains(origin_word(origin)), "{warning}");
            assert!(warning.contains(value), "names the value: {warning}");
            assert_eq!(settings, Settings::default(), "{origin:?} {name}={value}");
        }
    }
}

#[test]
fn later_settings_win_over_earlier_ones() {
    let s = clean(&[
        json("sector", "po"),
        json("storage", "none"),
        json("lang", "en"),
        attr("sector", "so"),
        attr("storage", "device"),
        url("sector", "vo"),
    ]);
    assert_eq!(
        s.preset.sector,
        Some(Sector::Vo),
        "URL over attribute over JSON"
    );
    assert_eq!(s.storage, StorageMode::Device, "attribute over JSON");
    assert_eq!(s.lang, Some(Lang::En), "JSON when nothing else gives it");

    let s = clean(&[
        json("topics", "klacht"),
        attr("topics", "pesten,schoolreis"),
    ]);
    assert_eq!(
        s.preset.topics,
        ["pesten", "schoolreis"],
        "replaced, not merged"
    );
}

#[test]
fn names_and_values_are_read_without_regard_to_case() {
    let s = clean(&[
        attr("SECTOR", "MBO"),
        attr("Role", "Schoolleiding"),
        attr("storage", "NONE"),
        attr("lang", "EN"),
    ]);
    assert_eq!(s.preset.sector, Some(Sector::Mbo));
    assert_eq!(s.preset.role, Some(Role::Schoolleiding));
    assert_eq!(s.storage, StorageMode::None);
    assert_eq!(s.lang, Some(Lang::En));
}

#[test]
fn unknown_topics_are_left_out_with_a_warning_and_known_ones_keep_their_order() {
    let (s, warning) = one_warning(&[attr(
        "topics",
        "klacht, bestaat-niet, pesten, ook-niet, schoolreis",
    )]);
    assert_eq!(s.preset.topics, ["klacht", "pesten", "schoolreis"]);
    for word in ["topics", "attribute", "bestaat-niet", "ook-niet"] {
        assert!(warning.contains(word), "{word}: {warning}");
    }
}

#[test]
fn repeated_topics_are_offered_once() {
    let s = clean(&[attr("topics", "pesten,klacht,pesten")]);
    assert_eq!(s.preset.topics, ["pesten", "klacht"]);
}

#[test]
fn topics_with_none_known_offer_every_topic_with_a_warning() {
    for value in ["x, y", "", " , "] {
        let (s, warning) = one_warning(&[attr("topics", value)]);
        assert!(s.preset.topics.is_empty(), "{value:?}");
        assert!(warning.contains("topics"), "{warning}");
    }
    // An unusable later value leaves an earlier good one alone.
    let (s, _) = one_warning(&[json("topics", "pesten"), url("topics", "x")]);
    assert_eq!(s.preset.topics, ["pesten"]);
}

#[test]
fn an_accent_colour_is_read_in_long_and_short_form() {
    let s = clean(&[attr("accent", "#0b5d63")]);
    let accent = s.accent.unwrap();
    assert_eq!(accent.base, "#0b5d63");
    // 0x0b, 0x5d, 0x63 times 0.68, rounded: 7, 63, 67.
    assert_eq!(accent.dark, "#073f43");

    let s = clean(&[attr("accent", "#036")]);
    assert_eq!(s.accent.unwrap().base, "#003366", "#rgb doubles each digit");

    let s = clean(&[attr("accent", " #0B5D63 ")]);
    assert_eq!(s.accent.unwrap().base, "#0b5d63", "trimmed and lower-cased");
}

#[test]
fn an_accent_too_light_for_white_text_is_refused() {
    for value in ["#ffff00", "#fff", "#777777"] {
        let (s, warning) = one_warning(&[attr("accent", value)]);
        assert_eq!(s.accent, None, "{value}");
        assert!(warning.contains("accent"), "{warning}");
        assert!(warning.contains("contrast"), "{warning}");
    }
    // #767676 on white is the classic 4.54:1, just enough.
    assert!(clean(&[attr("accent", "#767676")]).accent.is_some());
    // #777777 is 4.48:1: the warning says so without rounding it up to the minimum.
    let (_, warning) = one_warning(&[attr("accent", "#777777")]);
    assert!(warning.contains("contrast 4.4:1, needs 4.5:1"), "{warning}");
    let (_, warning) = one_warning(&[attr("accent", "#fff")]);
    assert!(warning.contains("contrast 1.0:1"), "{warning}");
}

#[test]
fn an_accent_that_is_not_a_hex_colour_is_refused() {
    for value in [
        "red",
        "#12345",
        "#1234567",
        "#gggggg",
        "0b5d63",
        "#",
        "rgb(0,0,0)",
    ] {
        let (s, warning) = one_warning(&[attr("accent", value)]);
        assert_eq!(s.accent, None, "{value}");
        assert!(warning.contains("accent"), "{warning}");
        assert!(!warning.contains("contrast"), "{warning}");
    }
}

#[test]
fn storage_is_tab_device_or_none() {
    for (value, mode) in [
        ("tab", StorageMode::Tab),
        ("device", StorageMode::Device),
        ("none", StorageMode::None),
    ] {
        assert_eq!(clean(&[attr("storage", value)]).storage, mode, "{value}");
    }
    let (s, warning) = one_warning(&[json("storage", "device"), attr("storage", "local")]);
    assert_eq!(s.storage, StorageMode::Device);
    assert!(
        warning.contains("storage") && warning.contains("attribute"),
        "{warning}"
    );
}

#[test]
fn the_language_may_carry_a_region() {
    assert_eq!(clean(&[attr("lang", "en-GB")]).lang, Some(Lang::En));
    assert_eq!(clean(&[attr("lang", "nl_BE")]).lang, Some(Lang::Nl));
}

#[test]
fn contacts_come_in_number_order() {
    let s = clean(&[
        attr("contact-2", "Mentor | Piet"),
        attr("contact-10", "Directeur | Ans"),
        attr("contact-1", "Vertrouwenspersoon | Jan"),
    ]);
    let names: Vec<&str> = s.contacts.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Jan", "Piet", "Ans"]);
}

#[test]
fn a_later_contact_with_the_same_number_replaces_the_earlier_one() {
    let s = clean(&[
        json("contact-1", "Mentor | Piet"),
        attr("contact-1", "Mentor | Klaas"),
    ]);
    assert_eq!(s.contacts, [contact("Mentor", "Klaas", None, None)]);
}

#[test]
fn html_in_a_contact_is_kept_as_plain_text() {
    let s = clean(&[attr(
        "contact-1",
        "<b>Vertrouwenspersoon</b> | <script>alert(1)</script> | | a@b.nl",
    )]);
    assert_eq!(
        s.contacts,
        [contact(
            "<b>Vertrouwenspersoon</b>",
            "<script>alert(1)</script>",
            None,
            Some("a@b.nl")
        )]
    );
}

#[test]
fn a_bad_phone_number_is_dropped_with_a_warning_but_the_contact_stays() {
    for phone in [
        "bel me",
        "12345",
        "030 123 45 67 89 01 23",
        "030-1234567 <b>",
    ] {
        let (s, warning) = one_warning(&[attr(
            "contact-3",
            &format!("Mentor | Piet | {phone} | piet@school.nl"),
        )]);
        assert_eq!(
            s.contacts,
            [contact("Mentor", "Piet", None, Some("piet@school.nl"))],
            "{phone}"
        );
        assert!(warning.contains("contact-3"), "{warning}");
        assert!(warning.contains("attribute"), "{warning}");
        assert!(warning.contains("phone"), "{warning}");
    }
}

#[test]
fn a_bad_email_address_is_dropped_with_a_warning_but_the_contact_stays() {
    for email in [
        "piet",
        "piet@",
        "@school.nl",
        "piet@school",
        "piet@@school.nl",
        "piet @school.nl",
        "piet@school.nl\"><script>",
        "piet@.nl",
    ] {
        let (s, warning) = one_warning(&[attr(
            "contact-1",
            &format!("Mentor | Piet | 030 123 45 67 | {email}"),
        )]);
        assert_eq!(
            s.contacts,
            [contact("Mentor", "Piet", Some("030 123 45 67"), None)],
            "{email}"
        );
        assert!(warning.contains("contact-1"), "{warning}");
        assert!(warning.contains("email"), "{warning}");
    }
}

#[test]
fn a_contact_without_a_function_or_name_is_left_out_with_a_warning() {
    for value in [
        "Mentor",
        "Mentor |",
        " | Piet",
        "",
        "Mentor | Piet | 0301234567 | a@b.nl | x",
    ] {
        let (s, warning) = one_warning(&[attr("contact-4", value), attr("contact-5", "IB | Ans")]);
        assert_eq!(s.contacts, [contact("IB", "Ans", None, None)], "{value:?}");
        assert!(warning.contains("contact-4"), "{warning}");
    }
}

#[test]
fn contact_numbers_outside_one_to_twenty_warn() {
    for name in ["contact-21", "contact-0", "contact-x"] {
        let (s, warning) = one_warning(&[attr(name, "Mentor | Piet")]);
        assert!(s.contacts.is_empty(), "{name}");
        assert!(warning.contains(name), "{warning}");
        assert!(warning.contains("attribute"), "{warning}");
    }
    assert_eq!(
        clean(&[attr("contact-20", "Mentor | Piet")]).contacts.len(),
        1
    );
}

#[test]
fn an_unknown_attribute_or_json_key_warns() {
    let (_, warning) = one_warning(&[attr("colour", "#0b5d63")]);
    assert!(
        warning.contains("colour") && warning.contains("attribute"),
        "{warning}"
    );
    let (_, warning) = one_warning(&[json("sectr", "vo")]);
    assert!(
        warning.contains("sectr") && warning.contains("JSON setting"),
        "{warning}"
    );
}

#[test]
fn global_attributes_are_not_settings_and_do_not_warn() {
    let s = clean(&[
        attr("class", "widget"),
        attr("id", "zelfcheck"),
        attr("data-x", "1"),
        attr("aria-label", "Zelfcheck"),
        attr("style", "margin: 0"),
        attr("url-settings", ""),
    ]);
    assert_eq!(s, Settings::default());
}

#[test]
fn unknown_url_parameters_do_not_warn() {
    let s = clean(&[
        url("utm_source", "nieuwsbrief"),
        url("page", "2"),
        url("sector", "po"),
    ]);
    assert_eq!(s.preset.sector, Some(Sector::Po));
}

#[test]
fn a_contact_from_json_is_read_field_by_field() {
    let s = clean(&[json_contact(
        "contact-1",
        [
            "Vertrouwenspersoon",
            "Jan | de Vries",
            "+31 6 1234 5678",
            "jan@school.nl",
        ],
    )]);
    assert_eq!(
        s.contacts,
        [contact(
            "Vertrouwenspersoon",
            "Jan | de Vries",
            Some("+31 6 1234 5678"),
            Some("jan@school.nl")
        )]
    );

    let (s, warning) = one_warning(&[json_contact("contact-2", ["Mentor", "Piet", "geen", ""])]);
    assert_eq!(s.contacts, [contact("Mentor", "Piet", None, None)]);
    assert!(
        warning.contains("contact-2") && warning.contains("JSON setting"),
        "{warning}"
    );

    let (s, warning) = one_warning(&[json_contact("sector", ["a", "b", "c", "d"])]);
    assert_eq!(s, Settings::default());
    assert!(warning.contains("sector"), "{warning}");
}

#[test]
fn the_host_page_language_is_english_for_en_and_dutch_otherwise() {
    assert_eq!(page_lang("en-GB"), Lang::En);
    assert_eq!(page_lang("en"), Lang::En);
    assert_eq!(page_lang("nl-NL"), Lang::Nl);
    assert_eq!(page_lang(""), Lang::Nl);
    assert_eq!(page_lang("fr"), Lang::Nl);
}

#[test]
fn a_local_phone_number_becomes_a_tel_link_of_digits() {
    assert_eq!(tel_href("030 285 66 16"), "tel:0302856616");
    assert_eq!(tel_href("030-2856616"), "tel:0302856616");
    assert_eq!(tel_href("+31 30 285 66 16"), "tel:+31302856616");
}

#[test]
fn an_international_number_drops_the_bracketed_trunk_zero() {
    assert_eq!(tel_href("+31 (0)30 285 66 16"), "tel:+31302856616");
}

/// With `url-settings` on, anyone can send a link to the school's page; a contact person
/// taken from that link would show a stranger's phone and email as the school's own.
#[test]
fn url_parameters_cannot_set_school_contacts() {
    let (s, _) = check(&[
        attr("contact-1", "Vertrouwenspersoon | Jan"),
        url(
            "contact-1",
            "Vertrouwenspersoon | Nep | 0900 1234567 | nep@example.com",
        ),
        url("contact-2", "Mentor | Nep"),
    ]);
    assert_eq!(
        s.contacts,
        [contact("Vertrouwenspersoon", "Jan", None, None)]
    );
}

#[test]
fn the_school_may_name_its_own_addresses_for_the_summary_and_for_remarks() {
    let s = clean(&[
        attr("summary-email", " zorg@school.nl "),
        json("feedback-email", "ict@school.nl"),
    ]);
    assert_eq!(s.summary_email.as_deref(), Some("zorg@school.nl"));
    assert_eq!(s.feedback_email.as_deref(), Some("ict@school.nl"));
}

#[test]
fn a_link_cannot_choose_where_a_summary_or_remark_goes() {
    for name in ["summary-email", "feedback-email"] {
        let (s, warning) = one_warning(&[url(name, "iemand@elders.nl")]);
        assert_eq!(s, Settings::default(), "{name}");
        assert!(
            warning.contains(name) && warning.contains("page address"),
            "{warning}"
        );
    }
}

#[test]
fn a_school_links_its_own_documents_by_kind_with_an_optional_title_kept_as_text() {
    let s = clean(&[
        attr("doc-meldcode", "https://intranet.school.nl/meldcode.pdf"),
        json(
            "doc-pestprotocol",
            "https://school.nl/pesten | <b>Ons</b> pestprotocol ",
        ),
        attr(
            "doc-pestprotocol",
            "https://school.nl/pesten-2026 | Pestprotocol 2026",
        ),
    ]);
    let docs: Vec<_> = s
        .docs
        .iter()
        .map(|d| (d.kind, d.url.as_str(), d.title.as_deref()))
        .collect();
    assert_eq!(
        docs,
        [
            (
                "pestprotocol",
                "https://school.nl/pesten-2026",
                Some("Pestprotocol 2026")
            ),
            ("meldcode", "https://intranet.school.nl/meldcode.pdf", None),
        ],
        "one per kind, the later one wins, in the order of documents.toml"
    );
    let s = clean(&[json("doc-pestprotocol", "https://school.nl/p | <b>Ons</b>")]);
    assert_eq!(
        s.docs[0].title.as_deref(),
        Some("<b>Ons</b>"),
        "kept as text, shown as text"
    );
}

#[test]
fn a_link_cannot_name_a_school_document_and_an_unknown_kind_names_the_kinds() {
    let (s, warning) = one_warning(&[url("doc-meldcode", "https://elders.example/meldcode")]);
    assert!(s.docs.is_empty());
    assert!(warning.contains("page address"), "{warning}");
    let (_, warning) = one_warning(&[attr("doc-recepten", "https://school.nl/r")]);
    assert!(
        warning.contains("doc-pestprotocol") && warning.contains("doc-meldcode"),
        "{warning}"
    );
}

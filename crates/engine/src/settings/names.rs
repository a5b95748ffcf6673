//! The names a page uses for settings, and how many contacts it may name. This is their only
//! home: the build writes them for the loader (zelfcheck.js), which watches these attributes.

/// The language to start in.
pub const LANG: &str = "lang";
/// The sector fixed in advance.
pub const SECTOR: &str = "sector";
/// The role fixed in advance.
pub const ROLE: &str = "role";
/// The topics offered.
pub const TOPICS: &str = "topics";
/// The topic to start in.
pub const TOPIC: &str = "topic";
/// The school's colour.
pub const ACCENT: &str = "accent";
/// Where progress is kept.
pub const STORAGE: &str = "storage";
/// Check or training.
pub const MODE: &str = "mode";
/// The school's own address for the summary a user mails before calling.
pub const SUMMARY_EMAIL: &str = "summary-email";
/// The school's own address for remarks on a tip.
pub const FEEDBACK_EMAIL: &str = "feedback-email";

/// The setting names, as attributes, URL parameters and JSON keys.
pub const NAMES: [&str; 10] = [
    LANG,
    SECTOR,
    ROLE,
    TOPICS,
    TOPIC,
    ACCENT,
    STORAGE,
    MODE,
    SUMMARY_EMAIL,
    FEEDBACK_EMAIL,
];

/// The attributes the loader reads itself: a settings file to fetch, and whether to read the
/// page address.
pub const LOADER_NAMES: [&str; 2] = ["settings-file", "url-settings"];

/// The highest contact number read (`contact-1` … `contact-20`).
pub const MAX_CONTACTS: usize = 20;

const CONTACT_PREFIX: &str = "contact-";

/// Attributes every HTML element may carry; they get no warning.
const GLOBAL_ATTRIBUTES: [&str; 13] = [
    "id",
    "class",
    "style",
    "title",
    "hidden",
    "slot",
    "part",
    "dir",
    "translate",
    "tabindex",
    "inert",
    "nonce",
    "is",
];

/// The setting name of contact `number`, e.g. `contact-2`.
pub fn contact_name(number: usize) -> String {
    format!("{CONTACT_PREFIX}{number}")
}

/// The number in a contact's setting name, when it is one from 1 to [`MAX_CONTACTS`].
pub fn contact_number(name: &str) -> Option<usize> {
    let n: usize = name.strip_prefix(CONTACT_PREFIX)?.parse().ok()?;
    (1..=MAX_CONTACTS).contains(&n).then_some(n)
}

/// Attributes that are not settings and get no warning: the global ones, `data-` and
/// `aria-` attributes, and the loader's own.
pub fn is_other_attribute(name: &str) -> bool {
    GLOBAL_ATTRIBUTES.contains(&name)
        || LOADER_NAMES.contains(&name)
        || name.starts_with("data-")
        || name.starts_with("aria-")
}

/// Every attribute whose change sets a widget up anew: the settings, each contact, the
/// loader's own, and `id`, which names the widget's saved progress.
pub fn watched_attributes() -> Vec<String> {
    NAMES
        .iter()
        .chain(&LOADER_NAMES)
        .map(|name| name.to_string())
        .chain((1..=MAX_CONTACTS).map(contact_name))
        .chain(["id".to_string()])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_names_and_numbers_go_both_ways() {
        for n in [1, 7, MAX_CONTACTS] {
            assert_eq!(contact_number(&contact_name(n)), Some(n));
        }
        assert_eq!(contact_number(&contact_name(MAX_CONTACTS + 1)), None);
        assert_eq!(contact_number("contact-0"), None);
    }

    #[test]
    fn every_setting_and_contact_is_watched_once() {
        let watched = watched_attributes();
        assert_eq!(
            watched.len(),
            NAMES.len() + LOADER_NAMES.len() + MAX_CONTACTS + 1
        );
        for name in &watched {
            assert_eq!(watched.iter().filter(|w| *w == name).count(), 1, "{name}");
        }
        assert!(watched.iter().any(|w| w == MODE));
    }
}

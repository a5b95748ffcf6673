//! The embedding page's settings: read from element attributes, URL parameters or a JSON
//! child, checked one by one. A value that does not fit gives one warning that names it and
//! falls back to the default; nothing here is ever turned into markup.

use super::model::{Content, Lang, Role, Sector};
use super::preset::Preset;

/// Where a setting came from; named in warnings so a webmaster can find it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A key in the element's `<script type="application/json">` child.
    Json,
    /// An attribute of the element.
    Attribute,
    /// A parameter in the page's address (`url-settings`).
    Url,
}

impl Origin {
    fn describe(self) -> &'static str {
        match self {
            Origin::Json => "JSON setting",
            Origin::Attribute => "attribute",
            Origin::Url => "URL parameter",
        }
    }
}

/// A setting as the page gave it, before checking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSetting {
    /// Where it came from.
    pub origin: Origin,
    /// Its name, e.g. `sector` or `contact-2`.
    pub name: String,
    /// Its value.
    pub value: RawValue,
}

/// A raw value: text, or a contact given field by field (from JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawValue {
    /// Plain text, as in an attribute.
    Text(String),
    /// Function, name, phone and email.
    Contact([String; 4]),
}

/// Where progress is kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StorageMode {
    /// sessionStorage: kept on reload, gone with the tab.
    #[default]
    Tab,
    /// localStorage: "remember on this device" starts ticked.
    Device,
    /// Nothing is stored.
    None,
}

/// One of the school's own contact people, shown next to the Adviespunt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolContact {
    /// What they do, e.g. "Vertrouwenspersoon".
    pub function: String,
    /// Their name.
    pub name: String,
    /// A phone number as written, if given and valid.
    pub phone: Option<String>,
    /// An email address, if given and valid.
    pub email: Option<String>,
}

/// An accent colour that passed the contrast check, with a darker shade for hover and links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent {
    /// `#rrggbb`.
    pub base: String,
    /// `#rrggbb`, darker.
    pub dark: String,
}

/// Checked settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// The language asked for; `None` follows the host page.
    pub lang: Option<Lang>,
    /// Sector, role and topics fixed in advance.
    pub preset: Preset,
    /// The school's colour, if valid.
    pub accent: Option<Accent>,
    /// Where progress is kept.
    pub storage: StorageMode,
    /// The school's contact people, in number order.
    pub contacts: Vec<SchoolContact>,
    /// Training mode: cases for a team session on a projector; nothing is stored.
    pub training: bool,
}

/// The highest contact number read (`contact-1` … `contact-20`).
pub const MAX_CONTACTS: usize = 20;

/// The setting names, as attributes, URL parameters and JSON keys.
pub const NAMES: [&str; 7] = [
    "lang", "sector", "role", "topics", "topic", "accent", "storage",
];

/// Attributes every HTML element may carry, and the two the loader reads itself; they get
/// no warning.
const GLOBAL_ATTRIBUTES: [&str; 15] = [
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
    "url-settings",
    "settings-file",
];

/// The language for a host page's `lang` attribute: English for `en…`, else Dutch.
pub fn page_lang(lang: &str) -> Lang {
    parse_lang(lang).unwrap_or(Lang::Nl)
}

/// Checks every setting. Later settings win over earlier ones with the same name, so give
/// them in the order JSON, attributes, URL. Returns the settings and one warning per value
/// that was not used.
pub fn parse(content: &'static Content, raw: &[RawSetting]) -> (Settings, Vec<String>) {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    let mut contacts: Vec<(usize, SchoolContact)> = Vec::new();
    for setting in raw {
        let name = setting.name.to_ascii_lowercase();
        let warn = |why: String| {
            format!(
                "zelfcheck: {} {}=\"{}\" {why}",
                setting.origin.describe(),
                setting.name,
                display(&setting.value)
            )
        };
        if let Some(number) = contact_number(&name) {
            if setting.origin == Origin::Url {
                // Anyone can make a link: a contact from the address could be a fake
                // vertrouwenspersoon. Only the page itself may name people.
                warnings.push(warn(
                    "cannot be set in the page address; put contacts in the element's attributes or JSON.".into(),
                ));
                continue;
            }
            match parse_contact(&setting.value) {
                Ok((contact, problems)) => {
                    warnings.extend(problems.into_iter().map(warn));
                    contacts.retain(|(n, _)| *n != number);
                    contacts.push((number, contact));
                }
                Err(problem) => warnings.push(warn(problem)),
            }
            continue;
        }
        let RawValue::Text(text) = &setting.value else {
            warnings.push(warn(
                "is not valid (a contact belongs under contacts); ignored.".into(),
            ));
            continue;
        };
        let text = text.trim();
        let result = match name.as_str() {
            "lang" => parse_lang(text)
                .map(|l| settings.lang = Some(l))
                .ok_or("is not valid (use nl or en); ignored.".into()),
            "sector" => Sector::from_id(&text.to_ascii_lowercase())
                .map(|s| settings.preset.sector = Some(s))
                .ok_or_else(|| default_note(&ids(Sector::ALL.map(Sector::id)))),
            "role" => Role::from_id(&text.to_ascii_lowercase())
                .map(|r| settings.preset.role = Some(r))
                .ok_or_else(|| default_note(&ids(Role::ALL.map(Role::id)))),
            "topic" => topic_id(content, text)
                .map(|t| settings.preset.topic = Some(t))
                .ok_or_else(|| default_note(&topic_ids(content))),
            "topics" => parse_topics(content, text).map(|(topics, unknown)| {
                settings.preset.topics = topics;
                if !unknown.is_empty() {
                    warnings.push(warn(format!(
                        "names unknown topics ({}); left out. Topics: {}.",
                        unknown.join(", "),
                        topic_ids(content)
                    )));
                }
            }),
            "accent" => parse_accent(text).map(|a| settings.accent = Some(a)),
            "storage" => parse_storage(text)
                .map(|s| settings.storage = s)
                .ok_or_else(|| default_note("tab, device or none")),
            "mode" => match text.to_ascii_lowercase().as_str() {
                "check" => {
                    settings.training = false;
                    Ok(())
                }
                "training" => {
                    settings.training = true;
                    Ok(())
                }
                _ => Err(default_note("check or training")),
            },
            _ if setting.origin == Origin::Url => Ok(()),
            _ if is_global_attribute(&name) => Ok(()),
            _ => Err(format!(
                "is not a setting; ignored. Settings: {}, contact-1 … contact-{MAX_CONTACTS}.",
                NAMES.join(", ")
            )),
        };
        if let Err(problem) = result {
            warnings.push(warn(problem));
        }
    }
    contacts.sort_by_key(|(n, _)| *n);
    settings.contacts = contacts.into_iter().map(|(_, c)| c).collect();
    if settings.training {
        // A projector in a team room is a shared device: training never stores anything.
        settings.storage = StorageMode::None;
    }
    (settings, warnings)
}

fn display(value: &RawValue) -> String {
    match value {
        RawValue::Text(t) => t.clone(),
        RawValue::Contact(parts) => parts.join(" | "),
    }
}

fn default_note(valid: &str) -> String {
    format!("is not valid (use {valid}); ignored.")
}

fn ids<const N: usize>(ids: [&str; N]) -> String {
    ids.join(", ")
}

fn topic_ids(content: &Content) -> String {
    content
        .topics
        .iter()
        .map(|t| t.id)
        .collect::<Vec<_>>()
        .join(", ")
}

fn topic_id(content: &'static Content, id: &str) -> Option<&'static str> {
    content.topic(id.trim()).map(|t| t.id)
}

fn is_global_attribute(name: &str) -> bool {
    GLOBAL_ATTRIBUTES.contains(&name) || name.starts_with("data-") || name.starts_with("aria-")
}

fn contact_number(name: &str) -> Option<usize> {
    let n: usize = name.strip_prefix("contact-")?.parse().ok()?;
    (1..=MAX_CONTACTS).contains(&n).then_some(n)
}

fn parse_lang(text: &str) -> Option<Lang> {
    let primary = text.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.as_str() {
        "nl" => Some(Lang::Nl),
        "en" => Some(Lang::En),
        _ => None,
    }
}

fn parse_storage(text: &str) -> Option<StorageMode> {
    match text.to_ascii_lowercase().as_str() {
        "tab" => Some(StorageMode::Tab),
        "device" => Some(StorageMode::Device),
        "none" => Some(StorageMode::None),
        _ => None,
    }
}

/// Known topic ids in the order given, without repeats, and the unknown ones. `Err` when
/// none is known.
fn parse_topics(
    content: &'static Content,
    text: &str,
) -> Result<(Vec<&'static str>, Vec<String>), String> {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for id in text.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match topic_id(content, id) {
            Some(t) if !known.contains(&t) => known.push(t),
            Some(_) => {}
            None => unknown.push(id.to_string()),
        }
    }
    if known.is_empty() {
        Err(format!(
            "names no known topic; ignored. Topics: {}.",
            topic_ids(content)
        ))
    } else {
        Ok((known, unknown))
    }
}

/// `#rgb` or `#rrggbb`, dark enough for white text (contrast at least 4.5:1, WCAG AA).
fn parse_accent(text: &str) -> Result<Accent, String> {
    let malformed = || "is not a colour (use #rgb or #rrggbb); ignored.".to_string();
    let hex = text.strip_prefix('#').ok_or_else(malformed)?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(malformed());
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return Err(malformed()),
    };
    let channel = |i: usize| u8::from_str_radix(&full[i..i + 2], 16).unwrap_or(0);
    let rgb = [channel(0), channel(2), channel(4)];
    let contrast = 1.05 / (luminance(rgb) + 0.05);
    if contrast < 4.5 {
        return Err(format!(
            "is too light for white text (contrast {contrast:.1}:1, needs 4.5:1); ignored."
        ));
    }
    let dark = rgb.map(|c| (f64::from(c) * 0.68).round() as u8);
    Ok(Accent {
        base: hex_colour(rgb),
        dark: hex_colour(dark),
    })
}

fn hex_colour([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Relative luminance as WCAG 2 defines it.
fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// A contact and the problems with its optional fields; `Err` when it cannot be shown.
fn parse_contact(value: &RawValue) -> Result<(SchoolContact, Vec<String>), String> {
    let parts: Vec<String> = match value {
        RawValue::Text(t) => t.split('|').map(|p| p.trim().to_string()).collect(),
        RawValue::Contact(parts) => parts.iter().map(|p| p.trim().to_string()).collect(),
    };
    if parts.len() > 4 {
        return Err("has more than four parts (function | name | phone | email); left out.".into());
    }
    let part = |i: usize| parts.get(i).map_or("", String::as_str);
    let (function, name) = (part(0), part(1));
    if function.is_empty() || name.is_empty() {
        return Err(
            "needs a function and a name (function | name | phone | email); left out.".into(),
        );
    }
    let plain = |s: &str, max: usize| s.chars().count() <= max && !s.chars().any(char::is_control);
    if !plain(function, 60) || !plain(name, 80) {
        return Err("has a function over 60 or a name over 80 characters; left out.".into());
    }
    let mut problems = Vec::new();
    let phone = match part(2) {
        "" => None,
        p if is_phone(p) => Some(p.to_string()),
        p => {
            problems.push(format!(
                "has a phone number that is not valid (\"{p}\"); shown without it."
            ));
            None
        }
    };
    let email = match part(3) {
        "" => None,
        e if is_email(e) => Some(e.to_string()),
        e => {
            problems.push(format!(
                "has an email address that is not valid (\"{e}\"); shown without it."
            ));
            None
        }
    };
    let contact = SchoolContact {
        function: function.to_string(),
        name: name.to_string(),
        phone,
        email,
    };
    Ok((contact, problems))
}

/// Digits with spaces, `+`, `-`, `(`, `)` or `.`; 6 to 15 digits.
fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    text.chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && (6..=15).contains(&digits)
}

/// A plain address: one `@`, a dot in the domain, no spaces or characters that do not
/// belong in an address.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let clean = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || !c.is_ascii() && !c.is_whitespace()
                    || ".!#$%&*+/=?^_`{}~-".contains(c)
            })
    };
    text.len() <= 120
        && clean(local)
        && clean(domain)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

/// The `tel:` form of a checked phone number: digits and a leading `+` only. A trunk `(0)`
/// after a country code is not dialled, so it is left out.
pub fn tel_href(phone: &str) -> String {
    let international = phone.trim_start().starts_with('+');
    let dialled = if international {
        phone.replace("(0)", "")
    } else {
        phone.to_string()
    };
    let digits: String = dialled.chars().filter(char::is_ascii_digit).collect();
    if international {
        format!("tel:+{digits}")
    } else {
        format!("tel:{digits}")
    }
}

/// The name–value pairs of a URL query (`?a=1&b=x%20y`), decoded as a browser does: `+` is a
/// space, `%xx` bytes are UTF-8 (bad sequences become U+FFFD).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |i: usize| {
        bytes
            .get(i)
            .and_then(|b| (*b as char).to_digit(16))
            .map(|d| d as u8)
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push(high * 16 + low);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

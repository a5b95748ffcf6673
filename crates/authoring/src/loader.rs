//! What the loader (`public/zelfcheck.js`) needs before the widget runs: the attributes it
//! watches, the first screen it paints while the wasm loads ([`super::shell`]), and the
//! numbers its failure message gives when nothing else could load. The
//! build writes them as JSON beside the packed content; `scripts/finish-build.mjs` fills
//! them into the loader.

use std::fmt::Write;

use zelfcheck_engine::settings::doc_names;
use zelfcheck_engine::settings::names::watched_attributes;
use zelfcheck_engine::{Contact, Content, Lang, Text};

use super::shell::shell_html;

/// The file the build writes, in cargo's `OUT_DIR`.
pub const FILE: &str = "loader.json";

/// The loader's facts as one JSON object: `attributes`, the names whose change sets a widget
/// up anew; `help`, the Adviespunt's number, `tel:` link and hours per language, and the
/// emergency number with its link; `shell`, the first screen's HTML per language; `edition`,
/// the number of the content's newest edition (the service worker tells open pages about a
/// newer one). `ui` holds the screen texts by key.
pub fn loader_json(content: &Content, ui: &[(String, Text)]) -> String {
    let attributes: Vec<String> = watched_attributes()
        .into_iter()
        .chain(doc_names(content))
        .map(|a| json_string(&a))
        .collect();
    let contacts = &content.contacts;
    format!(
        r#"{{"attributes":[{}],"help":{{"adviespunt":{},"emergency":{}}},"shell":{{"nl":{},"en":{}}},"edition":{}}}"#,
        attributes.join(","),
        phone_json(&contacts.adviespunt, true),
        phone_json(&contacts.emergency, false),
        json_string(&shell_html(content, ui, Lang::Nl)),
        json_string(&shell_html(content, ui, Lang::En)),
        content.edition().number,
    )
}

/// A contact's number as written, its `tel:` link and, when asked, its hours.
fn phone_json(contact: &Contact, with_hours: bool) -> String {
    let mut json = format!(
        r#"{{"phone":{},"href":{}"#,
        json_string(contact.phone),
        json_string(&format!("tel:{}", contact.phone_link)),
    );
    if with_hours {
        let _ = write!(
            json,
            r#","hours":{{"nl":{},"en":{}}}"#,
            json_string(contact.hours.nl()),
            json_string(contact.hours.en()),
        );
    }
    json.push('}');
    json
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut json = String::with_capacity(text.len() + 2);
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(json, "\\u{:04x}", u32::from(c));
            }
            c => json.push(c),
        }
    }
    json.push('"');
    json
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_for_json() {
        assert_eq!(json_string("9.00–16.00"), "\"9.00–16.00\"");
        assert_eq!(json_string("a\"b\\c\nd"), r#""a\"b\\c\u000ad""#);
    }
}

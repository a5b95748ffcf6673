//! Language codes as a page writes them (`en`, `en-GB`, `nl_BE`).

use crate::model::Lang;

/// The widget's language for a code: its primary subtag must be `nl` or `en`.
pub fn parse_lang(code: &str) -> Option<Lang> {
    let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.as_str() {
        "nl" => Some(Lang::Nl),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The language for a host page's `lang` attribute: English for `en…`, else Dutch.
pub fn page_lang(lang: &str) -> Lang {
    parse_lang(lang).unwrap_or(Lang::Nl)
}

//! The first screen as plain HTML, per language, for the loader to paint before the wasm
//! has arrived: the header, the help bar with the emergency numbers (tap-to-call links that
//! work without the app) and the intro. It copies the markup the app renders for the intro
//! (`src/ui/app.rs`, `screens/intro.rs`, `parts/contacts.rs`), so that the app takes over
//! without anything moving; an end-to-end test compares the two.

use std::fmt::Write;

use zelfcheck_engine::rich::plain;
use zelfcheck_engine::{Contact, Content, Lang, Text};

/// Where the loader puts its "loading" message in the shell.
pub const STATUS_SLOT: &str = "<p class=\"zc-loading\" role=\"status\" data-zc-status></p>";

/// The shell in `lang`. `ui` holds the screen texts by key (content/ui.toml).
///
/// # Panics
/// When `ui` lacks a text the first screen shows; the content check makes sure it has them.
pub fn shell_html(content: &Content, ui: &[(String, Text)], lang: Lang) -> String {
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let t = |key: &str| -> String {
        let text = ui
            .iter()
            .find(|(k, _)| k == key)
            .unwrap_or_else(|| panic!("ui.toml has {key}"))
            .1;
        escape(&plain(text.get(lang)))
    };
    let contacts = &content.contacts;
    let mut html = String::new();
    let _ = write!(
        html,
        "<div class=\"zc\" lang=\"{code}\" data-zc-shell>\
         <header class=\"zc-header\">\
         <p class=\"zc-title\">{title}</p>\
         <button type=\"button\" class=\"zc-lang\" aria-label=\"{switch_label}\" lang=\"{other}\" disabled>{switch_text}</button>\
         <p class=\"zc-sr-only zc-lang-status\" role=\"status\" lang=\"{other}\"></p>\
         </header>\
         <aside class=\"zc-helpbar\" aria-label=\"{help_label}\">\
         <p>{emergency} {emergency_link}</p>\
         <p>{calamity} {calamity_link}</p>\
         </aside>\
         <div class=\"zc-main\">\
         <section class=\"zc-screen\">\
         <h1 class=\"zc-heading\" tabindex=\"-1\">{heading}</h1>\
         <p>{intro}</p>\
         <p class=\"zc-note zc-privacy\">{privacy}</p>\
         <p class=\"zc-note\">{not_advice}</p>\
         <div class=\"zc-actions\"><button type=\"button\" class=\"zc-button zc-primary\" disabled>{start}</button></div>\
         {STATUS_SLOT}\
         </section>\
         </div>\
         </div>",
        code = lang.code(),
        other = other.code(),
        title = t("app_title"),
        switch_label = t("language_switch_label"),
        switch_text = t("language_switch"),
        help_label = t("help_bar_label"),
        emergency = t("help_bar_emergency"),
        emergency_link = tel_link(&contacts.emergency),
        calamity = t("help_bar_calamity"),
        calamity_link = tel_link(&contacts.calamiteitenteam),
        heading = t("intro_heading"),
        intro = t("intro_text"),
        privacy = t("intro_privacy"),
        not_advice = t("intro_not_advice"),
        start = t("intro_start"),
    );
    html
}

/// The number as a `tel:` link, as `parts/contacts.rs` writes it.
fn tel_link(contact: &Contact) -> String {
    format!(
        "<a class=\"zc-tel\" href=\"tel:{}\">{}</a>",
        escape(contact.phone_link),
        escape(contact.phone)
    )
}

/// Text made safe for HTML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_a_text_is_shown_as_text() {
        assert_eq!(
            escape("<b>\"A\" & 'B'</b>"),
            "&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;"
        );
    }
}

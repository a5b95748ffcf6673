//! The content of the widget, checked and packed from `content/` by `build.rs`, and
//! unpacked once, on first use. Native builds carry both languages' texts; the widget
//! downloads the texts of a language when it first shows it ([`add_texts`]): first what the
//! screens up to the questions need, then the rest.

use std::ops::Deref;
use std::sync::LazyLock;

use zelfcheck_engine::texts::{Part, Texts};
use zelfcheck_engine::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// Where the printable pages are (content/print.toml).
pub mod print_pages {
    include!(concat!(env!("OUT_DIR"), "/print_pages.rs"));
}

static UNPACKED: LazyLock<(Content, Ui, &'static Texts)> = LazyLock::new(|| {
    let unpacked = unpack();
    #[cfg(not(target_arch = "wasm32"))]
    for (lang, parts) in [Lang::Nl, Lang::En].into_iter().zip(TEXTS) {
        for (part, text) in Part::ALL.into_iter().zip(parts) {
            unpacked
                .2
                .fill(lang, part, text)
                .expect("the built-in texts fit the built-in content");
        }
    }
    unpacked
});

/// A `'static` value that is unpacked on first use; reads like the value itself.
pub struct Unpacked<T: 'static>(fn() -> &'static T);

impl<T> Deref for Unpacked<T> {
    type Target = T;
    fn deref(&self) -> &'static T {
        (self.0)()
    }
}

/// All checked content.
pub static CONTENT: Unpacked<Content> = Unpacked(|| &UNPACKED.0);

/// The texts of the screens.
pub static UI: Unpacked<Ui> = Unpacked(|| &UNPACKED.1);

/// Whether this part of the texts of this language is there.
pub fn has_texts(lang: Lang, part: Part) -> bool {
    UNPACKED.2.has_part(lang, part)
}

/// Adds one part of the texts of one language, as the build wrote it
/// (`zelfcheck-<lang>-<hash>.txt`, `zelfcheck-<lang>-later-<hash>.txt`). Texts that do not
/// fit this build are refused.
pub fn add_texts(lang: Lang, part: Part, text: &'static str) -> Result<(), String> {
    UNPACKED.2.fill(lang, part, text)
}

//! The content of the widget, checked and packed from `content/` by `build.rs`, and
//! unpacked once, on first use.

use std::ops::Deref;
use std::sync::LazyLock;

use crate::engine::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

static UNPACKED: LazyLock<(Content, Ui)> = LazyLock::new(unpack);

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

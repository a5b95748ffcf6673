//! The content of the widget, checked and compiled in from `content/` by `build.rs`.

use crate::engine::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

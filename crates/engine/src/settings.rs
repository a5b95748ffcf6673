//! The embedding page's settings: read from element attributes, URL parameters or a JSON
//! child, checked one by one. A value that does not fit gives one warning that names it and
//! falls back to the default; nothing here is ever turned into markup.

mod accent;
mod contact;
mod contrast;
mod docs;
mod lang;
pub mod names;
mod parse;
mod phone_email;
mod raw;
mod tel;

pub use accent::Accent;
pub use contact::SchoolContact;
pub use docs::{DOC_PREFIX, SchoolDoc, doc_names};
pub use lang::{page_lang, parse_lang};
pub use names::{MAX_CONTACTS, NAMES};
pub use parse::{Settings, StorageMode, parse};
pub use raw::{Origin, RawSetting, RawValue};
pub use tel::tel_href;

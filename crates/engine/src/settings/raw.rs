//! The settings as the page gave them, before checking.

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
    pub(super) fn describe(self) -> &'static str {
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

//! The languages of the widget.

/// A language of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The place of this language in per-language lists: Dutch 0, English 1.
    pub fn index(self) -> usize {
        match self {
            Lang::Nl => 0,
            Lang::En => 1,
        }
    }

    /// The BCP 47 code used for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

//! The shape a model type takes in a content file, so that a file's table can be derived
//! from the model's own field list (`zelfcheck_engine::tip_fields!` and the like) instead
//! of being declared a second time.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};

use super::error::{ContentError, SourceFile};
use super::leak::leak_str;
use toml::Spanned;
use zelfcheck_engine::{
    Condition, ContactRef, Named, OpenDays, Opening, QuestionKind, Role, Sector, Source, Text,
    TipGroup, TipKind, Urgency,
};

/// A text in both languages.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextSrc {
    pub nl: Spanned<String>,
    pub en: Spanned<String>,
}

impl TextSrc {
    /// The text, with one error (file and line) for each language left empty: "the Dutch
    /// text of `what` is empty".
    pub fn checked(&self, file: &SourceFile, what: &str, errors: &mut Vec<ContentError>) -> Text {
        for (lang, s) in [("Dutch", &self.nl), ("English", &self.en)] {
            if s.get_ref().trim().is_empty() {
                errors.push(file.error(
                    s.span().start,
                    format!("the {lang} text of {what} is empty"),
                ));
            }
        }
        Text::new(
            leak_str(self.nl.get_ref().as_str()),
            leak_str(self.en.get_ref().as_str()),
        )
    }
}

/// A model type and how an author writes it.
pub trait Authored {
    /// What the TOML file holds for it.
    type Src;
}

impl Authored for &'static str {
    type Src = Spanned<String>;
}

impl Authored for bool {
    type Src = bool;
}

impl Authored for Text {
    type Src = TextSrc;
}

/// A condition is written as text: `"soort.kamp and not slapen.nee"`.
impl Authored for Condition {
    type Src = Spanned<String>;
}

/// A cited source is written as its id.
impl Authored for &'static Source {
    type Src = Spanned<String>;
}

/// Sectors and roles are written as ids and checked with their own messages.
impl Authored for Sector {
    type Src = Spanned<String>;
}

/// See [`Sector`].
impl Authored for Role {
    type Src = Spanned<String>;
}

/// A tip's phase is written as the phase's id.
impl Authored for u8 {
    type Src = Spanned<String>;
}

/// A time of day is written as `9:00`.
impl Authored for u16 {
    type Src = Spanned<String>;
}

/// A contact's opening times are a table of their own.
impl Authored for Opening {
    type Src = OpeningSrc;
}

/// Left out when there is none.
impl<T: Authored> Authored for Option<T> {
    type Src = T::Src;
}

impl<T: Authored> Authored for &'static [T] {
    type Src = Vec<T::Src>;
}

macro_rules! authored_by_id {
    ($($named:ty),*) => {
        $(impl Authored for $named {
            type Src = Choice<$named>;
        })*
    };
}

authored_by_id!(
    QuestionKind,
    TipGroup,
    TipKind,
    Urgency,
    ContactRef,
    OpenDays
);

/// How a field of a model struct is written when the file must give it: as its [`Authored`]
/// form, and a field that may be left out (an `Option`) as an optional one.
pub trait Required {
    /// What the TOML table holds for the field.
    type Src;
}

impl<T: Authored> Required for Option<T> {
    type Src = Option<T::Src>;
}

macro_rules! required {
    ($($ty:ty),*) => {
        $(impl Required for $ty {
            type Src = <$ty as Authored>::Src;
        })*
    };
}

required!(&'static str, Text, &'static Source, u16, OpenDays, Opening);

/// A value of a content enum, written as its id; another id is refused as serde refuses an
/// unknown variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice<T>(pub T);

impl<'de, T: Named> Deserialize<'de> for Choice<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Ids<T>(PhantomData<T>);

        impl<T: Named> Visitor<'_> for Ids<T> {
            type Value = Choice<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "one of {}", T::IDS.join(", "))
            }

            fn visit_str<E: de::Error>(self, id: &str) -> Result<Choice<T>, E> {
                T::from_id(id)
                    .map(Choice)
                    .ok_or_else(|| E::unknown_variant(id, T::IDS))
            }
        }

        deserializer.deserialize_str(Ids(PhantomData))
    }
}

/// A file's table for a model struct in which every field may be left out (a tip or banner
/// that takes the rest from a shared rule), with the table's own extra fields first. Called
/// by a model struct's fields macro, which appends `fields { name: Type, ... }`.
macro_rules! optional_mirror {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$extra_meta:meta])* pub $extra:ident: $extra_ty:ty, )*
        }
        fields { $( $field:ident: $ty:ty, )* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $( $(#[$extra_meta])* pub $extra: $extra_ty, )*
            $( pub $field: Option<<$ty as $crate::mirror::Authored>::Src>, )*
        }

        impl $name {
            /// The names of the model's fields this table writes, in the model's order.
            pub fn written(&self) -> impl Iterator<Item = &'static str> + use<> {
                [$( (stringify!($field), self.$field.is_some()) ),*]
                    .into_iter()
                    .filter_map(|(field, written)| written.then_some(field))
            }
        }
    };
}

/// A file's table for a model struct that is written out in full, field for field. Called
/// by a model struct's fields macro, which appends `fields { name: Type, ... }`.
macro_rules! mirror {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {}
        fields { $( $field:ident: $ty:ty, )* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $( pub $field: <$ty as $crate::mirror::Required>::Src, )*
        }
    };
}

pub(crate) use {mirror, optional_mirror};

zelfcheck_engine::opening_fields!(mirror {
    /// When a contact is answered: `open = { days = "school_days", from = "9:00", to = "16:00" }`.
    pub struct OpeningSrc {}
});

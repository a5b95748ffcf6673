//! The two macros every content type is declared with, so that each field is written once:
//! the packed form is written and read field by field in the order of the declaration.

/// A content enum whose values the content files name by id.
pub trait Named: Copy + 'static {
    /// The id of every value, in the order of `ALL`.
    const IDS: &'static [&'static str];

    /// The value with this content id.
    fn from_id(id: &str) -> Option<Self>;
}

/// Declares a content struct and its [`Pack`](crate::codec::Pack) impl from one field list.
///
/// Items in an optional `pack { ... }` block after the struct go into the `Pack` impl.
///
/// With `fields_macro = name;` first, it also exports `name!`, which hands the field list to
/// another macro: `name!(callback { ... })` expands to `callback! { ... fields { id: Type, ... } }`.
/// The authoring crate builds its mirror of a content file from it.
macro_rules! content_struct {
    (
        fields_macro = $fields_macro:ident;
        $($declaration:tt)*
    ) => {
        content_struct! { @export ($) $fields_macro; $($declaration)* }
    };
    (
        @export ($d:tt) $fields_macro:ident;
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident : $ty:ty
            ),* $(,)?
        }
        $( pack { $($extra:item)* } )?
    ) => {
        content_struct! {
            $(#[$meta])*
            pub struct $name { $( $(#[$field_meta])* pub $field: $ty, )* }
            $( pack { $($extra)* } )?
        }

        #[doc = concat!("Hands the fields of [`", stringify!($name), "`] to another macro.")]
        #[macro_export]
        macro_rules! $fields_macro {
            ($d callback:ident { $d ($d args:tt)* }) => {
                $d callback! { $d ($d args)* fields { $( $field: $ty, )* } }
            };
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident : $ty:ty
            ),* $(,)?
        }
        $( pack { $($extra:item)* } )?
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        impl $crate::codec::Pack for $name {
            fn pack<W: $crate::codec::Writer>(&self, w: &mut W) {
                $( $crate::codec::Pack::pack(&self.$field, w); )*
            }

            // Inlined where it is read: a function of its own per struct makes the wasm larger.
            #[inline]
            fn unpack(r: &mut $crate::packed::Unpacker) -> Self {
                // Struct fields are evaluated in the order written: the order of packing.
                $name { $( $field: $crate::codec::Pack::unpack(r), )* }
            }

            $($($extra)*)?
        }
    };
}

/// Declares a content enum whose values content files name by id, with `ALL` (the order of
/// the packed numbers), `id()`, `from_id()` and its [`Pack`](crate::codec::Pack) impl.
macro_rules! content_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $id:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )*
        }

        impl $name {
            /// Every value, in the order offered (and packed).
            pub const ALL: [$name; <[&str]>::len(&[$($id),*])] = [$($name::$variant),*];

            /// The id used in content files.
            pub fn id(self) -> &'static str {
                match self {
                    $( $name::$variant => $id, )*
                }
            }

            /// The value with this content id.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.id() == id)
            }
        }

        impl $crate::declare::Named for $name {
            const IDS: &'static [&'static str] = &[$($id),*];

            fn from_id(id: &str) -> Option<$name> {
                $name::from_id(id)
            }
        }

        impl $crate::codec::Pack for $name {
            fn pack<W: $crate::codec::Writer>(&self, w: &mut W) {
                let place = $name::ALL.iter().position(|v| v == self);
                w.num(place.expect("ALL holds every value"));
            }

            fn unpack(r: &mut $crate::packed::Unpacker) -> Self {
                r.pick(&$name::ALL)
            }
        }
    };
}

pub(crate) use {content_enum, content_struct};

//! Turns owned values into `'static` ones.
//!
//! The content model is `'static` so the widget can keep it for the whole page. The checker
//! and the native tools build it once per run from files and keep it for the whole run, so
//! leaking it is the simple and honest way to get the same types.

/// A `'static` copy of the string.
pub fn leak_str(s: impl Into<String>) -> &'static str {
    Box::leak(s.into().into_boxed_str())
}

/// A `'static` slice of the values.
pub fn leak_slice<T>(values: Vec<T>) -> &'static [T] {
    Box::leak(values.into_boxed_slice())
}

/// A `'static` reference to the value.
pub fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

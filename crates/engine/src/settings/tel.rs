//! `tel:` links for phone numbers a page gives.

/// The `tel:` form of a checked phone number: digits and a leading `+` only. A trunk `(0)`
/// after a country code is not dialled, so it is left out.
pub fn tel_href(phone: &str) -> String {
    let international = phone.trim_start().starts_with('+');
    let dialled = if international {
        phone.replace("(0)", "")
    } else {
        phone.to_string()
    };
    let digits: String = dialled.chars().filter(char::is_ascii_digit).collect();
    if international {
        format!("tel:+{digits}")
    } else {
        format!("tel:{digits}")
    }
}

//! Whether a phone number or an email address a page gives can be shown as a link.

/// Digits with spaces, `+`, `-`, `(`, `)` or `.`; 6 to 15 digits.
pub fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    text.chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && (6..=15).contains(&digits)
}

/// A plain address: one `@`, a dot in the domain, no spaces or characters that do not
/// belong in an address.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let clean = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || !c.is_ascii() && !c.is_whitespace()
                    || ".!#$%&*+/=?^_`{}~-".contains(c)
            })
    };
    text.len() <= 120
        && clean(local)
        && clean(domain)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

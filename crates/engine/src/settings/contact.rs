//! The school's own contact people: `function | name | phone | email`.

use super::phone_email::{is_email, is_phone};
use super::raw::RawValue;

/// One of the school's own contact people, shown next to the Adviespunt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolContact {
    /// What they do, e.g. "Vertrouwenspersoon".
    pub function: String,
    /// Their name.
    pub name: String,
    /// A phone number as written, if given and valid.
    pub phone: Option<String>,
    /// An email address, if given and valid.
    pub email: Option<String>,
}

/// A contact and the problems with its optional fields; `Err` when it cannot be shown.
pub fn parse_contact(value: &RawValue) -> Result<(SchoolContact, Vec<String>), String> {
    let parts: Vec<String> = match value {
        RawValue::Text(t) => t.split('|').map(|p| p.trim().to_string()).collect(),
        RawValue::Contact(parts) => parts.iter().map(|p| p.trim().to_string()).collect(),
    };
    if parts.len() > 4 {
        return Err("has more than four parts (function | name | phone | email); left out.".into());
    }
    let part = |i: usize| parts.get(i).map_or("", String::as_str);
    let (function, name) = (part(0), part(1));
    if function.is_empty() || name.is_empty() {
        return Err(
            "needs a function and a name (function | name | phone | email); left out.".into(),
        );
    }
    let plain = |s: &str, max: usize| s.chars().count() <= max && !s.chars().any(char::is_control);
    if !plain(function, 60) || !plain(name, 80) {
        return Err("has a function over 60 or a name over 80 characters; left out.".into());
    }
    let mut problems = Vec::new();
    let phone = match part(2) {
        "" => None,
        p if is_phone(p) => Some(p.to_string()),
        p => {
            problems.push(format!(
                "has a phone number that is not valid (\"{p}\"); shown without it."
            ));
            None
        }
    };
    let email = match part(3) {
        "" => None,
        e if is_email(e) => Some(e.to_string()),
        e => {
            problems.push(format!(
                "has an email address that is not valid (\"{e}\"); shown without it."
            ));
            None
        }
    };
    let contact = SchoolContact {
        function: function.to_string(),
        name: name.to_string(),
        phone,
        email,
    };
    Ok((contact, problems))
}

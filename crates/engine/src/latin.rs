//! Letter case and letters for the script of the content: Dutch and English, in the Latin
//! alphabet with its accented letters (Latin-1).
//!
//! The standard library's Unicode tables for case and letters would add kilobytes to the
//! widget for scripts the content never uses. Other characters are left as they are and
//! do not count as letters.

/// The lower-case form of a letter of A–Z or À–Þ; any other character as it is.
pub fn lower(c: char) -> char {
    if is_upper(c) {
        // In ASCII and in Latin-1 the lower-case letter is 32 places further on.
        char::from_u32(c as u32 + 32).unwrap_or(c)
    } else {
        c
    }
}

/// Whether `c` is a capital of A–Z or À–Þ (not ×).
pub fn is_upper(c: char) -> bool {
    c.is_ascii_uppercase() || (('À'..='Þ').contains(&c) && c != '×')
}

/// Whether `c` is a letter or digit: A–Z, a–z, 0–9 and the accented letters À–ÿ (not × or
/// ÷).
pub fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || (('À'..='ÿ').contains(&c) && c != '×' && c != '÷')
}

/// `text` in lower case (see [`lower`]); every character keeps its length in bytes.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_letters_are_lowered_as_the_standard_library_does() {
        for c in (' '..='ÿ').chain(['Ā', 'Œ', '’', '–', '€']) {
            let expected = if ('À'..='Þ').contains(&c) || c.is_ascii() {
                c.to_lowercase().next().unwrap()
            } else {
                c
            };
            assert_eq!(lower(c), expected, "{c}");
        }
        assert_eq!(lowercase("ÉÉN Ruzie, ÇA VA? ×"), "één ruzie, ça va? ×");
    }

    #[test]
    fn letters_and_digits_are_those_of_the_latin_alphabet() {
        for c in ['a', 'Z', '7', 'é', 'Ë', 'ÿ'] {
            assert!(is_letter_or_digit(c), "{c}");
        }
        for c in [' ', '-', '’', '×', '÷', '.', '(', '–'] {
            assert!(!is_letter_or_digit(c), "{c}");
        }
    }
}

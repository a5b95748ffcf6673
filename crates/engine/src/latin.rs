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
    // Byte by byte, since lowering A–Z and À–Þ only adds 32 to one byte: to the ASCII byte,
    // or to the second byte of the two that encode À–Þ (0xC3 0x80–0x9E, × is 0xC3 0x97).
    let mut bytes = text.as_bytes().to_vec();
    let mut after_c3 = false;
    for b in &mut bytes {
        if b.is_ascii_uppercase() || (after_c3 && (0x80..=0x9E).contains(b) && *b != 0x97) {
            *b += 32;
        }
        after_c3 = *b == 0xC3;
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.chars().map(lower).collect())
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
    fn a_text_is_lowered_as_its_letters_are() {
        let text: String = (' '..='ÿ')
            .chain(['Ā', 'Œ', 'Ø', '×', '’', '–', '€', '😀', 'Ã', '\u{300}'])
            .collect();
        let expected: String = text.chars().map(lower).collect();
        assert_eq!(lowercase(&text), expected);
        assert_eq!(lowercase(&text).len(), text.len());
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

//! The school's accent colour: a hex colour dark enough for white text.

use super::contrast::contrast_with_white;

/// The least contrast of white text on the accent (WCAG AA for normal text).
const MIN_CONTRAST: f64 = 4.5;

/// An accent colour that passed the contrast check, with a darker shade for hover and links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent {
    /// `#rrggbb`.
    pub base: String,
    /// `#rrggbb`, darker.
    pub dark: String,
}

/// `#rgb` or `#rrggbb`, dark enough for white text. `Err` says why not, for the warning.
pub fn parse_accent(text: &str) -> Result<Accent, String> {
    let malformed = || "is not a colour (use #rgb or #rrggbb); ignored.".to_string();
    let hex = text.strip_prefix('#').ok_or_else(malformed)?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(malformed());
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return Err(malformed()),
    };
    let channel = |i: usize| u8::from_str_radix(&full[i..i + 2], 16).unwrap_or(0);
    let rgb = [channel(0), channel(2), channel(4)];
    let contrast = contrast_with_white(rgb);
    if contrast < MIN_CONTRAST {
        return Err(format!(
            "is too light for white text (contrast {contrast:.1}:1, needs {MIN_CONTRAST}:1); ignored."
        ));
    }
    let dark = rgb.map(|c| (f64::from(c) * 0.68).round() as u8);
    Ok(Accent {
        base: hex_colour(rgb),
        dark: hex_colour(dark),
    })
}

fn hex_colour([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

//! The school's accent colour: a hex colour dark enough for white text.

use super::contrast::contrast_with_white;

/// The least contrast of white text on the accent (WCAG AA for normal text), in tenths.
const MIN_CONTRAST_TENTHS: u32 = 45;

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
    if contrast * 10.0 < f64::from(MIN_CONTRAST_TENTHS) {
        return Err(format!(
            "is too light for white text (contrast {}:1, needs {}:1); ignored.",
            tenths((contrast * 10.0) as u32),
            tenths(MIN_CONTRAST_TENTHS)
        ));
    }
    let dark = rgb.map(|c| (f64::from(c) * 0.68).round() as u8);
    Ok(Accent {
        base: hex_colour(rgb),
        dark: hex_colour(dark),
    })
}

/// A number of tenths written with one decimal, e.g. `45` as `4.5` (a contrast is cut, not
/// rounded, so a refused one never reads as the minimum). Written out by hand
/// because formatting an `f64` brings kilobytes of code into the widget.
fn tenths(n: u32) -> String {
    format!("{}.{}", n / 10, n % 10)
}

fn hex_colour([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

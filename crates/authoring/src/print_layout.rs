//! The layout of the printable pages: the blocks a page is made of, the stylesheet
//! (`print.css`) and an estimate of how tall a page prints. The stylesheet is written from
//! the same sizes the estimate uses, so "fits on one A4" in the content check means what
//! the printer does.

use std::fmt::Write;

/// One piece of a printable page, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A small line above the title: the check's name and the page's.
    Kicker(String),
    /// The page's title.
    Title(String),
    /// The edition and the day the topic changed.
    Meta(String),
    /// A section heading.
    Heading(String),
    /// A numbered step; steps in a row form one list.
    Step(String),
    /// A list item with a bold head and smaller lines under it; items in a row form one list.
    Item {
        /// The bold first line.
        head: String,
        /// Lines under it.
        detail: Vec<String>,
    },
    /// A plain paragraph.
    Note(String),
    /// A framed, bold paragraph that must not be missed.
    Callout(String),
    /// Something to write down: a label, a hint and lines to write on.
    Field {
        /// What to write.
        label: String,
        /// A question that helps.
        hint: String,
        /// How many lines to write on.
        lines: u8,
    },
}

/// The printable area of an A4 page with the stylesheet's margins, in points.
const PAGE_WIDTH_PT: f64 = 595.3 - 2.0 * MARGIN_PT;
const PAGE_HEIGHT_PT: f64 = 841.9 - 2.0 * MARGIN_PT;
/// The page margin (12 mm).
const MARGIN_PT: f64 = 34.0;
/// How far lists are indented.
const INDENT_PT: f64 = 16.0;
/// The average width of a character as a share of the font size, taken a little wide
/// (Arial and its kin average about 0.47 on Dutch text), so the estimate errs on the tall
/// side.
const CHAR_EM: f64 = 0.5;
/// Bold characters are wider.
const BOLD_CHAR_EM: f64 = 0.55;
/// The height of one line to write on, in a notes field.
const WRITING_LINE_PT: f64 = 22.0;
/// The frame around a callout: border and padding, top and bottom together.
const CALLOUT_FRAME_PT: f64 = 2.0 * (1.5 + 6.0);

/// How one kind of text is set.
#[derive(Debug, Clone, Copy)]
struct Style {
    /// The CSS class.
    class: &'static str,
    size_pt: f64,
    line_height: f64,
    bold: bool,
    before_pt: f64,
    after_pt: f64,
    indent_pt: f64,
}

const fn style(class: &'static str, size_pt: f64, bold: bool, before_pt: f64) -> Style {
    Style {
        class,
        size_pt,
        line_height: 1.3,
        bold,
        before_pt,
        after_pt: 0.0,
        indent_pt: 0.0,
    }
}

const KICKER: Style = style("zc-kicker", 9.0, false, 0.0);
const TITLE: Style = Style {
    line_height: 1.15,
    ..style("zc-title", 18.0, true, 2.0)
};
const META: Style = style("zc-meta", 8.5, false, 3.0);
const HEADING: Style = Style {
    after_pt: 2.0,
    ..style("zc-heading", 12.5, true, 10.0)
};
const STEP: Style = Style {
    indent_pt: INDENT_PT,
    ..style("zc-step", 10.5, false, 3.0)
};
const ITEM_HEAD: Style = Style {
    indent_pt: INDENT_PT,
    ..style("zc-item-head", 9.5, true, 4.0)
};
const ITEM_DETAIL: Style = Style {
    indent_pt: INDENT_PT,
    line_height: 1.2,
    ..style("zc-item-detail", 8.5, false, 0.0)
};
const NOTE: Style = style("zc-note", 9.5, false, 8.0);
const CALLOUT: Style = Style {
    indent_pt: 2.0 * (1.5 + 8.0),
    ..style("zc-callout", 11.0, true, 12.0)
};
const FIELD_LABEL: Style = style("zc-field-label", 11.0, true, 12.0);
const FIELD_HINT: Style = style("zc-field-hint", 9.0, false, 1.0);

/// The classes of a block's text, for the page's markup: one per line kind.
pub mod class {
    /// See [`super::Block::Kicker`].
    pub const KICKER: &str = super::KICKER.class;
    /// See [`super::Block::Title`].
    pub const TITLE: &str = super::TITLE.class;
    /// See [`super::Block::Meta`].
    pub const META: &str = super::META.class;
    /// See [`super::Block::Heading`].
    pub const HEADING: &str = super::HEADING.class;
    /// See [`super::Block::Step`].
    pub const STEP: &str = super::STEP.class;
    /// The head of an [`super::Block::Item`].
    pub const ITEM_HEAD: &str = super::ITEM_HEAD.class;
    /// A line under the head of an [`super::Block::Item`].
    pub const ITEM_DETAIL: &str = super::ITEM_DETAIL.class;
    /// See [`super::Block::Note`].
    pub const NOTE: &str = super::NOTE.class;
    /// See [`super::Block::Callout`].
    pub const CALLOUT: &str = super::CALLOUT.class;
    /// The label of a [`super::Block::Field`].
    pub const FIELD_LABEL: &str = super::FIELD_LABEL.class;
    /// The hint of a [`super::Block::Field`].
    pub const FIELD_HINT: &str = super::FIELD_HINT.class;
    /// One line to write on in a [`super::Block::Field`].
    pub const WRITING_LINE: &str = "zc-writing-line";
    /// The print button, which is not printed.
    pub const PRINT_BAR: &str = "zc-print-bar";
}

/// The stylesheet of every printable page: A4, fixed sizes in points, black on white;
/// meaning is in words and weight, never in colour.
pub fn css() -> String {
    let mut css = format!(
        "@page {{ size: A4; margin: {MARGIN_PT}pt; }}\n\
         * {{ box-sizing: border-box; }}\n\
         html {{ color: #000; background: #fff; }}\n\
         body {{ margin: 0; font-family: Arial, \"Liberation Sans\", Helvetica, sans-serif; }}\n\
         main {{ max-width: {PAGE_WIDTH_PT}pt; margin: 0 auto; padding: 12pt 0; }}\n\
         p, h1, h2, ol, ul, li {{ margin: 0; padding: 0; }}\n\
         ol, ul {{ padding-left: {INDENT_PT}pt; }}\n\
         ul {{ list-style: square; }}\n\
         .{detail} {{ display: block; }}\n\
         .{callout} {{ border: 1.5pt solid #000; padding: 6pt 8pt; }}\n\
         .{line} {{ height: {WRITING_LINE_PT}pt; border-bottom: 0.75pt solid #000; }}\n\
         .{bar} {{ margin-bottom: 8pt; }}\n\
         .{bar} button {{ font: inherit; font-size: 11pt; padding: 4pt 10pt; border: 1.5pt solid #000; background: #fff; color: #000; cursor: pointer; }}\n\
         .{bar} button:focus-visible {{ outline: 3px solid #000; outline-offset: 2px; }}\n\
         @media print {{ main {{ padding: 0; max-width: none; }} .{bar} {{ display: none; }} }}\n",
        detail = class::ITEM_DETAIL,
        callout = class::CALLOUT,
        line = class::WRITING_LINE,
        bar = class::PRINT_BAR,
    );
    for s in [
        KICKER,
        TITLE,
        META,
        HEADING,
        STEP,
        ITEM_HEAD,
        ITEM_DETAIL,
        NOTE,
        CALLOUT,
        FIELD_LABEL,
        FIELD_HINT,
    ] {
        let _ = writeln!(
            css,
            ".{} {{ font-size: {}pt; line-height: {}; font-weight: {}; margin-top: {}pt; margin-bottom: {}pt; }}",
            s.class,
            s.size_pt,
            s.line_height,
            if s.bold { "bold" } else { "normal" },
            s.before_pt,
            s.after_pt,
        );
    }
    css
}

/// How many lines `text` takes in `style`, wrapped at word boundaries.
fn lines(text: &str, style: Style) -> usize {
    let em = if style.bold { BOLD_CHAR_EM } else { CHAR_EM };
    let per_line = ((PAGE_WIDTH_PT - style.indent_pt) / (style.size_pt * em)).floor() as usize;
    let mut count = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if used == 0 {
            used = len;
        } else if used + 1 + len <= per_line {
            used += 1 + len;
        } else {
            count += 1;
            used = len;
        }
        // A word longer than a line breaks inside it.
        while used > per_line {
            count += 1;
            used -= per_line;
        }
    }
    count
}

/// The height of `text` in `style`, with the space before and after it.
fn height(text: &str, style: Style) -> f64 {
    let line = style.size_pt * style.line_height;
    style.before_pt + lines(text, style) as f64 * line + style.after_pt
}

/// The estimated printed height of the blocks, in points. Margins are counted in full even
/// where CSS lets them collapse, so the estimate is on the tall side.
pub fn height_pt(blocks: &[Block]) -> f64 {
    blocks
        .iter()
        .map(|block| match block {
            Block::Kicker(text) => height(text, KICKER),
            Block::Title(text) => height(text, TITLE),
            Block::Meta(text) => height(text, META),
            Block::Heading(text) => height(text, HEADING),
            Block::Step(text) => height(text, STEP),
            Block::Item { head, detail } => {
                height(head, ITEM_HEAD) + detail.iter().map(|d| height(d, ITEM_DETAIL)).sum::<f64>()
            }
            Block::Note(text) => height(text, NOTE),
            Block::Callout(text) => height(text, CALLOUT) + CALLOUT_FRAME_PT,
            Block::Field { label, hint, lines } => {
                height(label, FIELD_LABEL)
                    + height(hint, FIELD_HINT)
                    + f64::from(*lines) * WRITING_LINE_PT
            }
        })
        .sum()
}

/// How much of one A4 page the blocks take, estimated: at most 1.0 fits.
pub fn page_share(blocks: &[Block]) -> f64 {
    height_pt(blocks) / PAGE_HEIGHT_PT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_onto_more_lines() {
        let short = Block::Note("Bel het Adviespunt.".into());
        let long = Block::Note("Bel het Adviespunt. ".repeat(40));
        assert!(height_pt(&[long]) > 5.0 * height_pt(std::slice::from_ref(&short)));
    }

    #[test]
    fn a_page_of_many_steps_does_not_fit() {
        let steps: Vec<Block> = (0..80).map(|i| Block::Step(format!("Stap {i}"))).collect();
        assert!(page_share(&steps) > 1.0);
        assert!(page_share(&steps[..10]) < 1.0);
    }

    #[test]
    fn the_stylesheet_sets_the_sizes_the_estimate_uses() {
        let css = css();
        assert!(css.contains("@page { size: A4; margin: 34pt; }"));
        assert!(css.contains(".zc-step { font-size: 10.5pt; line-height: 1.3;"));
    }
}

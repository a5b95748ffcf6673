//! A printable page as a static HTML document: no inline style or script, so it works under
//! the same strict Content-Security-Policy as the widget. It links `print.css` and
//! `print-page.js`, which sit in the same folder.

use std::fmt::Write;

use super::print_layout::{Block, class};
use super::shell::escape;
use zelfcheck_engine::Lang;

/// The stylesheet's file name, next to the pages.
pub const CSS_FILE: &str = "print.css";
/// The print button's script, next to the pages.
pub const JS_FILE: &str = "print-page.js";

/// The print button's script: it shows the button (hidden when scripts do not run) and
/// prints the page on a click.
pub const PRINT_JS: &str = "// Shows the print button of a printable page and prints on a click.\n\
for (const button of document.querySelectorAll(\"[data-print]\")) {\n  \
button.hidden = false;\n  \
button.addEventListener(\"click\", () => window.print());\n\
}\n";

/// The whole document: `title` in the browser's tab, `print` on the button, then the blocks.
pub fn page(lang: Lang, title: &str, print: &str, blocks: &[Block]) -> String {
    let mut html = format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"{CSS_FILE}\">\n\
         <script src=\"{JS_FILE}\" defer></script>\n</head>\n<body>\n<main>\n\
         <p class=\"{bar}\"><button type=\"button\" data-print hidden>{print}</button></p>\n",
        lang = lang.code(),
        title = escape(title),
        print = escape(print),
        bar = class::PRINT_BAR,
    );
    let mut open_list: Option<&str> = None;
    for block in blocks {
        let list = match block {
            Block::Step(_) => Some("ol"),
            Block::Item { .. } => Some("ul"),
            _ => None,
        };
        if open_list != list {
            if let Some(tag) = open_list {
                let _ = writeln!(html, "</{tag}>");
            }
            if let Some(tag) = list {
                let _ = writeln!(html, "<{tag}>");
            }
            open_list = list;
        }
        block_html(&mut html, block);
    }
    if let Some(tag) = open_list {
        let _ = writeln!(html, "</{tag}>");
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

fn block_html(html: &mut String, block: &Block) {
    let p = |class: &str, text: &str| format!("<p class=\"{class}\">{}</p>\n", escape(text));
    let piece = match block {
        Block::Kicker(text) => p(class::KICKER, text),
        Block::Title(text) => format!("<h1 class=\"{}\">{}</h1>\n", class::TITLE, escape(text)),
        Block::Meta(text) => p(class::META, text),
        Block::Heading(text) => {
            format!("<h2 class=\"{}\">{}</h2>\n", class::HEADING, escape(text))
        }
        Block::Step(text) => format!("<li class=\"{}\">{}</li>\n", class::STEP, escape(text)),
        Block::Item { head, detail } => {
            let mut li = format!(
                "<li><span class=\"{}\">{}</span>",
                class::ITEM_HEAD,
                escape(head)
            );
            for line in detail {
                let _ = write!(
                    li,
                    "<span class=\"{}\">{}</span>",
                    class::ITEM_DETAIL,
                    escape(line)
                );
            }
            li.push_str("</li>\n");
            li
        }
        Block::Note(text) => p(class::NOTE, text),
        Block::Callout(text) => p(class::CALLOUT, text),
        Block::Field { label, hint, lines } => {
            let mut field = format!(
                "<section>\n<h2 class=\"{}\">{}</h2>\n{}",
                class::FIELD_LABEL,
                escape(label),
                p(class::FIELD_HINT, hint)
            );
            for _ in 0..*lines {
                let _ = writeln!(field, "<div class=\"{}\"></div>", class::WRITING_LINE);
            }
            field.push_str("</section>\n");
            field
        }
    };
    html.push_str(&piece);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_in_a_row_make_one_list_and_text_is_escaped() {
        let html = page(
            Lang::Nl,
            "A & B",
            "Print",
            &[
                Block::Step("één".into()),
                Block::Step("<twee>".into()),
                Block::Note("x".into()),
            ],
        );
        assert_eq!(html.matches("<ol>").count(), 1);
        assert!(html.contains("&lt;twee&gt;</li>\n</ol>\n<p class=\"zc-note\">x</p>"));
        assert!(html.contains("<title>A &amp; B</title>"));
        assert!(!html.contains("style=") && !html.contains("<style"));
    }
}

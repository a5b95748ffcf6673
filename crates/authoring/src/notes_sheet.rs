//! A topic's notes sheet, "Wat schrijf je op?", as blocks for a printable page: first that
//! the urgent steps come before writing, then the things to write down with lines to write
//! on, then that the widget keeps nothing of it, and the Adviespunt's number.

use super::print_layout::Block;
use super::print_texts::PrintTexts;
use super::route_card::{doubt_line, edition_line, ui_text};
use zelfcheck_engine::rich::plain;
use zelfcheck_engine::{Content, Lang, Text, Topic};

/// The notes sheet of `topic` in `lang`. `ui` holds the screen texts by key (content/ui.toml).
pub fn blocks(
    topic: &Topic,
    content: &Content,
    ui: &[(String, Text)],
    print: &PrintTexts,
    lang: Lang,
) -> Vec<Block> {
    let words = &print.notes_sheet;
    let say = |t: Text| plain(t.get(lang));
    let mut blocks = vec![
        Block::Kicker(format!(
            "{} · {}",
            ui_text(ui, "app_title", lang),
            say(topic.title)
        )),
        Block::Title(say(words.name)),
        Block::Meta(edition_line(content, ui, topic, lang)),
        Block::Callout(say(words.urgent_first)),
    ];
    blocks.extend(words.fields.iter().map(|field| Block::Field {
        label: say(field.label),
        hint: say(field.hint),
        lines: field.lines,
    }));
    blocks.push(Block::Note(say(words.not_stored)));
    blocks.push(Block::Note(doubt_line(content, print, lang)));
    blocks
}

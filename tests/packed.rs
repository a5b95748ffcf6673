//! The packed form the widget embeds reads back as exactly the content that was checked,
//! and the texts of each language fit only the places made for them.

use std::path::Path;

use zelfcheck::content::{CONTENT, UI};
use zelfcheck_authoring::check_dir;
use zelfcheck_authoring::leak::leak_str;
use zelfcheck_authoring::pack::{Packed, pack};
use zelfcheck_engine::codec::Pack;
use zelfcheck_engine::packed::Unpacker;
use zelfcheck_engine::texts::{Part, Texts};
use zelfcheck_engine::{Content, Lang, Text};

fn packed() -> (zelfcheck_authoring::Converted, Packed) {
    let checked = check_dir(Path::new("content")).expect("the content is valid");
    let packed = pack(checked.content, &checked.ui);
    (checked, packed)
}

fn reader(packed: &Packed) -> Unpacker {
    Unpacker::new(
        Box::leak(packed.numbers.clone().into_boxed_slice()),
        leak_str(packed.plain.clone()),
    )
}

/// One part of one language's packed texts, as the widget gets it.
fn part_text(packed: &Packed, lang: Lang, part: Part) -> &'static str {
    leak_str(packed.texts(lang, part).to_string())
}

/// Puts both parts of one language's packed texts in `texts`.
fn fill(texts: &Texts, packed: &Packed, lang: Lang) {
    for part in Part::ALL {
        texts
            .fill(lang, part, part_text(packed, lang, part))
            .unwrap();
    }
}

#[test]
fn content_files_round_trip_through_the_packed_form() {
    let (checked, packed) = packed();
    let mut r = reader(&packed);
    let texts = r.texts();
    let content = Content::unpack(&mut r);
    let ui: Vec<Text> = checked.ui.iter().map(|_| r.text()).collect();
    r.finish();
    // Before the texts arrive, every text reads as empty in that language.
    assert_eq!(content.topics[0].title.get(Lang::Nl), "");
    fill(texts, &packed, Lang::Nl);
    assert_eq!(content.topics[0].title.get(Lang::En), "");
    assert_eq!(
        content.topics[0].title.get(Lang::Nl),
        checked.content.topics[0].title.nl()
    );
    fill(texts, &packed, Lang::En);
    assert_eq!(&content, checked.content);
    assert_eq!(ui, checked.ui.iter().map(|(_, t)| *t).collect::<Vec<_>>());
}

#[test]
fn texts_fit_only_their_own_places_and_arrive_once() {
    let (_, packed) = packed();
    let texts = reader(&packed).texts();
    let part = |lang, part| part_text(&packed, lang, part);
    let wrong = texts
        .fill(Lang::Nl, Part::First, part(Lang::En, Part::First))
        .unwrap_err();
    assert!(wrong.contains("another build"), "{wrong}");
    let swapped = texts
        .fill(Lang::En, Part::First, part(Lang::En, Part::Later))
        .unwrap_err();
    assert!(swapped.contains("another build"), "{swapped}");
    texts
        .fill(Lang::En, Part::First, part(Lang::En, Part::First))
        .unwrap();
    let twice = texts
        .fill(Lang::En, Part::First, part(Lang::En, Part::First))
        .unwrap_err();
    assert!(twice.contains("already"), "{twice}");
}

#[test]
fn the_embedded_content_is_the_checked_content() {
    let (checked, _) = packed();
    assert_eq!(&*CONTENT, checked.content);
    let ui = format!("{:?}", *UI);
    for (key, text) in &checked.ui {
        assert!(ui.contains(&format!("{key}: {text:?}")), "ui.{key} differs");
    }
    for lang in [Lang::Nl, Lang::En] {
        for part in Part::ALL {
            assert!(zelfcheck::content::has_texts(lang, part));
        }
    }
}

#[test]
fn each_string_is_stored_once() {
    let (_, packed) = packed();
    for table in [&packed.plain, &packed.nl, &packed.en] {
        let entries: Vec<&str> = table.split_terminator('\0').collect();
        let mut unique = entries.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(entries.len(), unique.len());
    }
    assert!(packed.nl.contains("030 285 66 16"));
}

#[test]
#[should_panic(expected = "packed content was not read to its end")]
fn a_reader_that_stops_early_is_caught() {
    let (_, packed) = packed();
    let mut r = reader(&packed);
    let _ = Content::unpack(&mut r);
    r.finish();
}

#[test]
fn the_questions_need_only_the_first_part_and_the_tips_the_later_one() {
    let (checked, packed) = packed();
    let mut r = reader(&packed);
    let texts = r.texts();
    let content = Content::unpack(&mut r);
    let first = part_text(&packed, Lang::Nl, Part::First);
    texts.fill(Lang::Nl, Part::First, first).unwrap();
    for (topic, checked_topic) in content.topics.iter().zip(checked.content.topics) {
        assert_eq!(topic.title.nl(), checked_topic.title.nl());
        for (question, checked_question) in topic.questions.iter().zip(checked_topic.questions) {
            assert_eq!(question.text.nl(), checked_question.text.nl());
            for (option, checked_option) in question.options.iter().zip(checked_question.options) {
                assert_eq!(option.text.nl(), checked_option.text.nl());
            }
        }
        for (interrupt, checked_interrupt) in topic.interrupts.iter().zip(checked_topic.interrupts)
        {
            assert_eq!(interrupt.text.nl(), checked_interrupt.text.nl());
        }
    }
    // A tip is not there until the later part is.
    let tip = &content.topics[0].tips[0];
    assert_eq!(tip.text.nl(), "");
    let later = part_text(&packed, Lang::Nl, Part::Later);
    texts.fill(Lang::Nl, Part::Later, later).unwrap();
    assert!(!tip.text.nl().is_empty());
    // The first part is the smaller by far: most words are in the tips.
    assert!(
        packed.texts(Lang::Nl, Part::First).len() * 2 < packed.texts(Lang::Nl, Part::Later).len()
    );
}

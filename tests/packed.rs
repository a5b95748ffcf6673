//! The packed form the widget embeds reads back as exactly the content that was checked,
//! and the texts of each language fit only the places made for them.

use std::path::Path;

use zelfcheck::content::{CONTENT, UI};
use zelfcheck_authoring::check_dir;
use zelfcheck_authoring::leak::leak_str;
use zelfcheck_authoring::pack::{Packed, pack};
use zelfcheck_engine::codec::Pack;
use zelfcheck_engine::packed::Unpacker;
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
    texts.fill(Lang::Nl, leak_str(packed.nl.clone())).unwrap();
    assert_eq!(content.topics[0].title.get(Lang::En), "");
    assert_eq!(
        content.topics[0].title.get(Lang::Nl),
        checked.content.topics[0].title.nl()
    );
    texts.fill(Lang::En, leak_str(packed.en.clone())).unwrap();
    assert_eq!(&content, checked.content);
    assert_eq!(ui, checked.ui.iter().map(|(_, t)| *t).collect::<Vec<_>>());
}

#[test]
fn texts_fit_only_their_own_places_and_arrive_once() {
    let (_, packed) = packed();
    let texts = reader(&packed).texts();
    let wrong = texts
        .fill(Lang::Nl, leak_str(packed.en.clone()))
        .unwrap_err();
    assert!(wrong.contains("another build"), "{wrong}");
    texts.fill(Lang::En, leak_str(packed.en.clone())).unwrap();
    let twice = texts
        .fill(Lang::En, leak_str(packed.en.clone()))
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
    assert!(zelfcheck::content::has_texts(Lang::Nl));
    assert!(zelfcheck::content::has_texts(Lang::En));
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

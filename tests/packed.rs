//! The packed form the widget embeds reads back as exactly the content that was checked.

use std::path::Path;

use zelfcheck::authoring::check_dir;
use zelfcheck::authoring::leak::leak_str;
use zelfcheck::authoring::pack::pack;
use zelfcheck::content::{CONTENT, UI};
use zelfcheck::engine::packed::Unpacker;

#[test]
fn content_files_round_trip_through_the_packed_form() {
    let checked = check_dir(Path::new("content")).expect("the content is valid");
    let packed = pack(checked.content, &checked.ui);
    let mut r = Unpacker::new(
        Box::leak(packed.numbers.clone().into_boxed_slice()),
        leak_str(packed.plain.clone()),
        leak_str(packed.nl.clone()),
        leak_str(packed.en.clone()),
    );
    let content = r.content();
    let texts: Vec<_> = checked.ui.iter().map(|_| r.text()).collect();
    r.finish();
    assert_eq!(&content, checked.content);
    assert_eq!(
        texts,
        checked.ui.iter().map(|(_, t)| *t).collect::<Vec<_>>()
    );
}

#[test]
fn the_embedded_content_is_the_checked_content() {
    let checked = check_dir(Path::new("content")).expect("the content is valid");
    assert_eq!(&*CONTENT, checked.content);
    let ui = format!("{:?}", *UI);
    for (key, text) in &checked.ui {
        assert!(ui.contains(&format!("{key}: {text:?}")), "ui.{key} differs");
    }
}

#[test]
fn each_string_is_stored_once() {
    let checked = check_dir(Path::new("content")).expect("the content is valid");
    let packed = pack(checked.content, &checked.ui);
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
    let checked = check_dir(Path::new("content")).expect("the content is valid");
    let packed = pack(checked.content, &checked.ui);
    let mut r = Unpacker::new(
        Box::leak(packed.numbers.into_boxed_slice()),
        leak_str(packed.plain),
        leak_str(packed.nl),
        leak_str(packed.en),
    );
    let _ = r.content();
    r.finish();
}

//! Replays the scripted paths in `tests/paths/*.toml` through the real, compiled-in content.

use zelfcheck::content::CONTENT;
use zelfcheck_authoring::replay::replay_dir;
use zelfcheck_engine::*;

#[test]
fn every_scripted_path_gives_the_expected_tips() {
    let replayed = replay_dir(&CONTENT, std::path::Path::new("tests/paths"));
    assert!(
        replayed.failures.is_empty(),
        "\n{}",
        replayed.failures.join("\n")
    );
    assert!(
        replayed.count >= 6,
        "only {} scripted paths",
        replayed.count
    );
}

#[test]
fn every_topic_has_scripted_paths() {
    for topic in CONTENT.topics {
        let file = format!("tests/paths/{}.toml", topic.id);
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            text.matches("[[paths]]").count() >= 3,
            "{file} needs at least three scripted paths"
        );
    }
}

#[test]
fn a_wrong_expectation_is_reported() {
    let dir = std::env::temp_dir().join(format!("zelfcheck-paths-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let real = std::fs::read_to_string("tests/paths/schoolreis.toml").unwrap();
    let first = real.split("[[paths]]").nth(1).unwrap();
    let broken = format!(
        "[[paths]]{}",
        first.replacen("expect_good = [", "expect_good = [\"no-such-tip\", ", 1)
    );
    std::fs::write(dir.join("broken.toml"), broken).unwrap();
    let replayed = replay_dir(&CONTENT, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(replayed.count, 1);
    assert!(
        replayed
            .failures
            .iter()
            .any(|f| f.contains("'no-such-tip' is not in good")),
        "{:?}",
        replayed.failures
    );
}

#[test]
fn the_built_in_content_has_the_school_trip_topic() {
    let topic = CONTENT.topic("schoolreis").expect("schoolreis topic");
    assert!(
        topic.questions.len() >= 10,
        "{} questions",
        topic.questions.len()
    );
    assert!(
        topic
            .questions
            .iter()
            .any(|q| q.kind == QuestionKind::Multiple)
    );
    assert!(topic.questions.iter().any(|q| q.dont_know.is_some()));
    assert!(topic.questions.iter().any(|q| q.when.is_some()));
    assert!(topic.tips.iter().all(|t| !t.sources.is_empty()));
}

#[test]
fn every_topic_has_an_edition_and_says_honestly_whether_an_adviser_reviewed_it() {
    for topic in CONTENT.topics {
        let parts: Vec<&str> = topic.edition.split('-').collect();
        assert_eq!(parts.len(), 3, "{}: edition '{}'", topic.id, topic.edition);
        // A review is only recorded with who, when and which edition; the reviewed edition
        // cannot be newer than the content itself.
        if let Some(review) = topic.review {
            assert!(
                !review.by.trim().is_empty(),
                "{}: review without a name",
                topic.id
            );
            assert!(
                review.edition <= topic.edition,
                "{}: review of a future edition",
                topic.id
            );
            assert!(
                review.date >= review.edition,
                "{}: review before its edition",
                topic.id
            );
        }
    }
}

#[test]
fn the_content_folder_passes_the_check() {
    let checked = zelfcheck_authoring::check_dir(std::path::Path::new("content"));
    if let Err(errors) = &checked {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("\n{}", list.join("\n"));
    }
}

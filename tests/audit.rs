//! Replays, for every topic, the paths the content audits name (`tests/audit/<topic>.toml`)
//! and checks the corrected outcome: which tips and banners show, and which must not.

use zelfcheck::content::CONTENT;
use zelfcheck_authoring::replay::replay_dir;

#[test]
fn every_audited_path_gives_the_corrected_outcome() {
    let replayed = replay_dir(&CONTENT, std::path::Path::new("tests/audit"));
    assert!(
        replayed.failures.is_empty(),
        "\n{}",
        replayed.failures.join("\n")
    );
    assert!(
        replayed.count >= 30,
        "only {} audited paths",
        replayed.count
    );
}

#[test]
fn every_topic_has_audited_paths_named_after_their_finding() {
    for topic in CONTENT.topics {
        let file = format!("tests/audit/{}.toml", topic.id);
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let names: Vec<&str> = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("name = \""))
            .collect();
        assert!(
            names.len() >= 3,
            "{file} needs at least three audited paths"
        );
        for name in names {
            assert!(
                name.starts_with("A ") || name.starts_with("B "),
                "{file}: path '{name}' does not start with the finding it replays (A … or B …)"
            );
        }
    }
}

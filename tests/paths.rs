//! Replays the scripted paths in `tests/paths/*.toml` through the real content.
//!
//! Each path lists every question the user is asked, in order, with the answer given, and
//! the tips that must (or must not) be in the result.

use serde::Deserialize;
use zelfcheck::content::CONTENT;
use zelfcheck::engine::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PathsFile {
    paths: Vec<ScriptedPath>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScriptedPath {
    name: String,
    sector: String,
    role: String,
    topic: String,
    answers: Vec<Vec<String>>,
    #[serde(default)]
    expect_todo: Vec<String>,
    #[serde(default)]
    expect_good: Vec<String>,
    #[serde(default)]
    expect_absent: Vec<String>,
}

fn replay(path: &ScriptedPath) -> Result<Outcome, String> {
    let profile = Profile {
        sector: Sector::from_id(&path.sector).ok_or("unknown sector")?,
        role: Role::from_id(&path.role).ok_or("unknown role")?,
    };
    let mut s = Session::new(&CONTENT);
    s.handle(Event::Start).map_err(|e| e.to_string())?;
    s.handle(Event::ChooseProfile(profile))
        .map_err(|e| e.to_string())?;
    s.handle(Event::ChooseTopic(&path.topic))
        .map_err(|e| e.to_string())?;
    for step in &path.answers {
        let (expected, chosen) = step.split_first().ok_or("an empty step")?;
        let asked = s.current_question().map(|q| q.id);
        if asked != Some(expected.as_str()) {
            return Err(format!(
                "expected question '{expected}', but was asked {asked:?}"
            ));
        }
        let ids: Vec<&str> = chosen.iter().map(String::as_str).collect();
        let reply = if ids == ["weet_niet"] {
            Reply::DontKnow
        } else {
            Reply::Options(&ids)
        };
        s.handle(Event::Answer(reply))
            .map_err(|e| format!("at '{expected}': {e}"))?;
    }
    if s.step() != Step::Result {
        let next = s.current_question().map(|q| q.id);
        return Err(format!("the path ends, but the check asks {next:?}"));
    }
    Ok(s.outcome())
}

#[test]
fn every_scripted_path_gives_the_expected_tips() {
    let mut files: Vec<_> = std::fs::read_dir("tests/paths")
        .expect("tests/paths exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let parsed: PathsFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for path in &parsed.paths {
            count += 1;
            let name = format!("{} / {}", file.display(), path.name);
            let outcome = match replay(path) {
                Ok(outcome) => outcome,
                Err(e) => {
                    failures.push(format!("{name}: {e}"));
                    continue;
                }
            };
            let ids = |tips: &[&Tip]| tips.iter().map(|t| t.id).collect::<Vec<_>>();
            let (todo, good) = (ids(&outcome.todo), ids(&outcome.good));
            for id in &path.expect_todo {
                if !todo.contains(&id.as_str()) {
                    failures.push(format!("{name}: '{id}' not in todo {todo:?}"));
                }
            }
            for id in &path.expect_good {
                if !good.contains(&id.as_str()) {
                    failures.push(format!("{name}: '{id}' not in good {good:?}"));
                }
            }
            for id in &path.expect_absent {
                if outcome.contains(id) {
                    failures.push(format!("{name}: '{id}' should not appear"));
                }
            }
            if outcome.is_empty() {
                failures.push(format!("{name}: no tips at all"));
            }
        }
    }
    assert!(count >= 6, "only {count} scripted paths");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
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
    assert!(
        topic
            .tips
            .iter()
            .all(|t| !t.sources.is_empty() && !t.checked.is_empty())
    );
}

#[test]
fn the_content_folder_passes_the_check() {
    let checked = zelfcheck::authoring::check_dir(std::path::Path::new("content"));
    if let Err(errors) = &checked {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("\n{}", list.join("\n"));
    }
}

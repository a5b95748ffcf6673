//! Scripted paths (`tests/paths/*.toml`): walks that list every question asked with the
//! answer given, and the tips that must or must not be in the result.

use std::path::Path;

use serde::Deserialize;

use zelfcheck_engine::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PathsFile {
    paths: Vec<ScriptedPath>,
}

/// One scripted walk through a topic.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptedPath {
    /// What the path shows, in a few words.
    pub name: String,
    /// Sector id.
    pub sector: String,
    /// Role id.
    pub role: String,
    /// Topic id.
    pub topic: String,
    /// Each step: the question asked, then the option ids chosen (or `weet_niet`).
    pub answers: Vec<Vec<String>>,
    /// Tips that must be in "nog doen of checken".
    #[serde(default)]
    pub expect_todo: Vec<String>,
    /// Tips that must be in "dit doe je al goed".
    #[serde(default)]
    pub expect_good: Vec<String>,
    /// Tips that must not appear.
    #[serde(default)]
    pub expect_absent: Vec<String>,
    /// When given: exactly the interrupts showing at the end.
    pub expect_interrupts: Option<Vec<String>>,
}

/// What replaying the files found: how many paths ran, and every failure in plain words.
#[derive(Debug, Default)]
pub struct Replayed {
    /// Paths replayed.
    pub count: usize,
    /// One line per failure, naming the file and the path.
    pub failures: Vec<String>,
}

/// Replays every `*.toml` file in `dir` against the content.
pub fn replay_dir(content: &'static Content, dir: &Path) -> Replayed {
    let mut replayed = Replayed::default();
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => {
            replayed.failures.push(format!("{}: {e}", dir.display()));
            return replayed;
        }
    };
    files.sort();
    for file in files {
        let parsed = std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|text| toml::from_str::<PathsFile>(&text).map_err(|e| e.to_string()));
        let parsed = match parsed {
            Ok(parsed) => parsed,
            Err(e) => {
                replayed.failures.push(format!("{}: {e}", file.display()));
                continue;
            }
        };
        for path in &parsed.paths {
            replayed.count += 1;
            let name = format!("{} / {}", file.display(), path.name);
            match check_path(content, path) {
                Ok(()) => {}
                Err(problems) => replayed
                    .failures
                    .extend(problems.into_iter().map(|p| format!("{name}: {p}"))),
            }
        }
    }
    replayed
}

/// Replays one path and compares its tips with the expectations.
pub fn check_path(content: &'static Content, path: &ScriptedPath) -> Result<(), Vec<String>> {
    let session = walk(content, path).map_err(|e| vec![e])?;
    let outcome = session.outcome();
    let todo: Vec<&str> = outcome.to_do().map(|t| t.id).collect();
    let good: Vec<&str> = outcome.good.iter().map(|t| t.id).collect();
    let mut problems = Vec::new();
    for id in &path.expect_todo {
        if !todo.contains(&id.as_str()) {
            problems.push(format!("'{id}' is not in todo {todo:?}"));
        }
    }
    for id in &path.expect_good {
        if !good.contains(&id.as_str()) {
            problems.push(format!("'{id}' is not in good {good:?}"));
        }
    }
    for id in &path.expect_absent {
        if outcome.contains(id) {
            problems.push(format!("'{id}' should not appear"));
        }
    }
    if outcome.is_empty() {
        problems.push("no tips at all".into());
    }
    if let Some(expected) = &path.expect_interrupts {
        let shown: Vec<&str> = session.interrupts().iter().map(|i| i.id).collect();
        if shown != *expected {
            problems.push(format!("interrupts {shown:?}, expected {expected:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn walk(content: &'static Content, path: &ScriptedPath) -> Result<Session, String> {
    let profile = Profile {
        sector: Sector::from_id(&path.sector).ok_or("unknown sector")?,
        role: Role::from_id(&path.role).ok_or("unknown role")?,
    };
    let mut s = Session::new(content);
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
        let reply = Reply::from_ids(&ids);
        s.handle(Event::Answer(reply))
            .map_err(|e| format!("at '{expected}': {e}"))?;
    }
    if s.step() != Step::Result {
        let next = s.current_question().map(|q| q.id);
        return Err(format!("the path ends, but the check asks {next:?}"));
    }
    Ok(s)
}

//! Reads, checks and compiles the content files. Used by the build script and by native
//! tools and tests; never part of the browser build.

pub mod branching;
pub mod claims;
pub mod condition;
pub mod convert;
pub mod diagram;
pub mod documents;
pub mod editions;
pub mod error;
pub mod glossary;
pub mod guards;
pub mod instructions;
pub mod leak;
pub mod loader;
pub mod mirror;
pub mod notes_sheet;
pub mod opening;
pub mod pack;
pub mod phones;
pub mod places;
pub mod print_html;
pub mod print_layout;
pub mod print_pages;
pub mod print_texts;
pub mod reach;
pub mod readability;
pub mod replay;
pub mod review;
pub mod route_card;
pub mod shell;
pub mod source;
pub mod synonyms;
pub mod text_lines;
pub mod triage;

use std::path::Path;

pub use convert::Converted;

pub use error::ContentError;
use zelfcheck_engine::{Role, Sector};

/// Reads the content folder and checks everything: fields, references, and every path
/// through every topic. All problems are returned, each with file and line.
pub fn check_dir(dir: &Path) -> Result<Converted, Vec<ContentError>> {
    let converted = convert::convert_dir(dir)?;
    let mut errors = Vec::new();
    for topic in converted.content.topics {
        let found = reach::reach(topic);
        let place = |item: &str, message: String| converted.places.error(topic.id, item, message);
        const NO_PATH: &str =
            "no path through the topic makes its condition, sectors and roles fit";
        let questions = topic.questions.iter().map(|q| q.id);
        let unreached = questions
            .filter(|id| !found.questions.contains(id))
            .map(|id| (id.to_string(), format!("question '{id}' is never asked: no answers above it, sector or role make its condition hold")))
            .chain(
                topic.tips.iter().filter(|t| !found.tips.contains_key(t.id)).map(|t| {
                    (t.id.to_string(), format!("tip '{}' is never given: {NO_PATH}", t.id))
                }),
            )
            .chain(
                topic
                    .interrupts
                    .iter()
                    .filter(|i| !found.interrupts.contains_key(i.id))
                    .map(|i| (format!("!{}", i.id), format!("interrupt '{}' never shows: {NO_PATH}", i.id))),
            );
        for (item, message) in unreached {
            errors.push(place(&item, message));
        }
        for case in topic.cases {
            if let Err(why) = zelfcheck_engine::training::play_case(converted.content, topic, case)
            {
                errors.push(place(
                    &format!("case:{}", case.id),
                    format!(
                        "case '{}' ({} {}): {why}",
                        case.id,
                        case.sector.id(),
                        case.role.id()
                    ),
                ));
            }
        }
        if let Some((profile, path)) = found.dead_ends.first() {
            errors.push(place(
                "",
                format!(
                    "paths through topic '{}' end without any tip (for {} of the {} sector and role combinations), for example sector {}, role {}: {}",
                    topic.id,
                    found.dead_ends.len(),
                    Sector::ALL.len() * Role::ALL.len(),
                    profile.sector.id(),
                    profile.role.id(),
                    path.join(" → ")
                ),
            ));
        }
    }
    errors.extend(guards::check(&converted));
    errors.extend(print_pages::check(&converted, dir));
    if errors.is_empty() {
        Ok(converted)
    } else {
        Err(errors)
    }
}

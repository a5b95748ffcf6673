//! Checks the guards of `rules.toml` over every path of every topic, for every sector and
//! role: a tip or banner that a guard rules out may never show where the guard applies.

use super::convert::{Converted, Guard};
use super::error::ContentError;
use super::leak::{leak, leak_slice};
use super::reach::find_path;
use zelfcheck_engine::*;

/// One error per guard broken, at the place of the tip or banner, with a path that breaks it.
pub fn check(converted: &Converted) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for topic in converted.content.topics {
        let items = topic
            .tips
            .iter()
            .map(|t| {
                (
                    t.id.to_string(),
                    t.when,
                    t.sectors,
                    t.roles,
                    t.title,
                    t.text,
                )
            })
            .chain(topic.interrupts.iter().map(|i| {
                (
                    format!("!{}", i.id),
                    i.when,
                    i.sectors,
                    i.roles,
                    i.title,
                    i.text,
                )
            }));
        for (key, when, sectors, roles, title, text) in items {
            let rule = converted
                .rule_of
                .get(&(topic.id.to_string(), key.clone()))
                .copied();
            let words = format!("{} {}", title.nl(), text.nl()).to_lowercase();
            for guard in &converted.guards {
                let Some(reason) = ruled_out(guard, rule, &words) else {
                    continue;
                };
                let both: &'static Condition =
                    leak(Condition::All(leak_slice(vec![*guard.when, when])));
                let broken = profiles()
                    .filter(|p| p.fits(sectors, roles))
                    .find_map(|p| find_path(topic, p, both).map(|path| (p, path)));
                if let Some((profile, path)) = broken {
                    errors.push(converted.places.error(
                        topic.id,
                        &key,
                        format!(
                            "guard '{}' of rules.toml: '{}' ({reason}) shows where it may not, e.g. sector {}, role {}: {}. {}",
                            guard.id,
                            key.trim_start_matches('!'),
                            profile.sector.id(),
                            profile.role.id(),
                            if path.is_empty() { "at the start".to_string() } else { path.join(" → ") },
                            guard.why
                        ),
                    ));
                }
            }
        }
    }
    errors
}

/// Why the guard rules the item out, if it does.
fn ruled_out(guard: &Guard, rule: Option<&'static str>, words: &str) -> Option<String> {
    if let Some(rule) = rule.filter(|r| guard.never_rules.contains(r)) {
        return Some(format!("rule '{rule}'"));
    }
    guard
        .never_words
        .iter()
        .find(|w| words.contains(w.as_str()))
        .map(|w| format!("its Dutch text says '{w}'"))
}

fn profiles() -> impl Iterator<Item = Profile> {
    Sector::ALL.into_iter().flat_map(|sector| {
        Role::ALL
            .into_iter()
            .map(move |role| Profile { sector, role })
    })
}

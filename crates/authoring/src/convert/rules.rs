//! The shared legal rules of `rules.toml`: reading them once, named conditions, and using a
//! rule from a topic.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use toml::Spanned;

use super::super::error::SourceFile;
use super::super::leak::{leak, leak_slice};
use super::super::source::*;
use super::{Converter, Guard, valid_id};
use zelfcheck_engine::*;

/// The shared rules of `rules.toml`, converted once and reused by every topic.
#[derive(Default)]
pub(super) struct RuleBook {
    pub(super) shared_facts: HashSet<String>,
    pub(super) conditions: HashMap<String, String>,
    pub(super) official_hosts: Vec<String>,
    pub(super) tips: HashMap<String, Tip>,
    pub(super) interrupts: HashMap<String, Interrupt>,
}

/// Whether the fact describes the profile (`rol.<role>`, `sector.<sector>`).
pub(super) fn is_profile_fact(fact: &str) -> bool {
    Role::ALL.iter().any(|r| r.fact() == fact) || Sector::ALL.iter().any(|s| s.fact() == fact)
}

/// The host of an https link, without `www.`.
pub(super) fn host(url: &str) -> &str {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    rest[..end].trim_start_matches("www.")
}

/// Whether the link is on one of the hosts (or a subdomain of one).
pub(super) fn on_official_host(hosts: &[String], url: &str) -> bool {
    let h = host(url);
    hosts
        .iter()
        .any(|o| h == o || h.ends_with(&format!(".{o}")))
}

impl Converter {
    /// The condition with every `@name` replaced by its named condition from `rules.toml`.
    pub(super) fn expand(&self, text: &str, depth: usize) -> Result<String, String> {
        if depth > 8 {
            return Err(format!(
                "named conditions refer to each other in a loop (at '{text}')"
            ));
        }
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find('@') {
            out.push_str(&rest[..at]);
            let name_len = rest[at + 1..]
                .find(|c: char| {
                    !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
                })
                .unwrap_or(rest.len() - at - 1);
            let name = &rest[at + 1..at + 1 + name_len];
            let Some(inner) = self.book.conditions.get(name) else {
                return Err(format!(
                    "'@{name}' is not a named condition under [conditions] in rules.toml"
                ));
            };
            out.push('(');
            out.push_str(&self.expand(inner, depth + 1)?);
            out.push(')');
            rest = &rest[at + 1 + name_len..];
        }
        out.push_str(rest);
        Ok(out)
    }
    /// `rules.toml`: shared facts, named conditions, the legal rules every topic reuses and
    /// the guards (returned, checked later over every path).
    pub(super) fn rules(&mut self, dir: &Path, sources: &'static [Source]) -> Vec<Guard> {
        let path = dir.join("rules.toml");
        let Some((file, parsed)) = self.read::<RulesFile>(&path) else {
            return Vec::new();
        };
        for (fact, meaning) in &parsed.facts {
            if !valid_id(fact) || fact.contains('.') {
                self.errors.push(file.error(
                    file.text.find(fact.as_str()).unwrap_or(0),
                    format!(
                        "shared fact '{fact}' may only hold lower-case letters, digits, '-' and '_'"
                    ),
                ));
            }
            if meaning.trim().is_empty() {
                self.errors.push(file.error(
                    file.text.find(fact.as_str()).unwrap_or(0),
                    format!("shared fact '{fact}' needs a sentence that says what it means"),
                ));
            }
            self.book.shared_facts.insert(fact.clone());
        }
        for (name, text) in &parsed.conditions {
            self.book
                .conditions
                .insert(name.clone(), text.get_ref().clone());
        }
        let none = HashSet::new();
        const ONLY_GLOBAL: &str = "but a shared rule may only use profile facts (rol.…, sector.…) and the shared facts under [facts]";
        for text in parsed.conditions.values() {
            self.condition(&file, text, &none, ONLY_GLOBAL);
        }
        self.book.official_hosts = parsed.official_hosts.clone();
        for t in &parsed.tips {
            if let Some(r) = &t.rule {
                self.errors
                    .push(file.error(r.span().start, "a rule cannot use another rule"));
                continue;
            }
            // full_tip reports an id used twice, as it does in a topic.
            if let Some(tip) = self.full_tip(&file, "rules", t, &none, sources) {
                self.book.tips.insert(tip.id.to_string(), tip);
            }
        }
        for i in &parsed.interrupts {
            if let Some(r) = &i.rule {
                self.errors
                    .push(file.error(r.span().start, "a rule cannot use another rule"));
                continue;
            }
            if let Some(interrupt) = self.full_interrupt(&file, "rules", i, &none, sources) {
                let id = interrupt.id;
                if self.book.tips.contains_key(id)
                    || self
                        .book
                        .interrupts
                        .insert(id.to_string(), interrupt)
                        .is_some()
                {
                    self.errors.push(self.places.error(
                        "rules",
                        &format!("!{id}"),
                        format!("rule '{id}' is used twice"),
                    ));
                }
            }
        }
        let mut guards = Vec::new();
        for g in &parsed.guards {
            let id = self.id(&file, &g.id, "guard");
            let Some(when) = self.condition(&file, &g.when, &none, ONLY_GLOBAL) else {
                continue;
            };
            let mut never_rules = Vec::new();
            for r in &g.never_rules {
                let name = r.get_ref().as_str();
                match (self.book.tips.get(name), self.book.interrupts.get(name)) {
                    (Some(t), _) => never_rules.push(t.id),
                    (_, Some(i)) => never_rules.push(i.id),
                    _ => self.errors.push(file.error(
                        r.span().start,
                        format!("guard '{id}' names rule '{name}', which is not in this file"),
                    )),
                }
            }
            if never_rules.is_empty() && g.never_words.is_empty() {
                self.errors.push(file.error(
                    g.id.span().start,
                    format!("guard '{id}' needs never_rules or never_words"),
                ));
            }
            guards.push(Guard {
                id,
                when: leak(when),
                never_rules,
                never_words: g.never_words.iter().map(|w| w.to_lowercase()).collect(),
                why: g.why.clone(),
            });
        }
        guards
    }
    /// The shared rule that `rule = "..."` names (`found`), with an error when there is none
    /// and for every field written beside it that the rule gives.
    pub(super) fn shared<T>(
        &mut self,
        file: &SourceFile,
        rule: &Spanned<String>,
        found: Option<T>,
        what: &str,
        extra: &[&str],
    ) -> Option<T> {
        if found.is_none() {
            self.errors.push(file.error(
                rule.span().start,
                format!("there is no {what} rule '{}' in rules.toml", rule.get_ref()),
            ));
        }
        self.refuse_rule_fields(file, rule, extra);
        found
    }
    /// The id of a tip or banner that uses a rule: its own, or else the rule's; and where it
    /// is written.
    pub(super) fn own_id(
        &mut self,
        file: &SourceFile,
        own: Option<&Spanned<String>>,
        rule: &Spanned<String>,
        rule_id: &'static str,
        what: &str,
    ) -> (&'static str, usize) {
        let id = own.map_or(rule_id, |id| self.id(file, id, what));
        (id, own.unwrap_or(rule).span().start)
    }
    /// Errors for fields written beside `rule = ...` that the rule provides.
    pub(super) fn refuse_rule_fields(
        &mut self,
        file: &SourceFile,
        rule: &Spanned<String>,
        extra: &[&str],
    ) {
        for field in extra {
            self.errors.push(file.error(
                rule.span().start,
                format!(
                    "this uses rule '{}', which gives the {field}; remove {field} here (change it in rules.toml)",
                    rule.get_ref()
                ),
            ));
        }
    }
    /// The rule's condition, narrowed by the topic's own `when` if it has one.
    pub(super) fn narrowed(
        &mut self,
        file: &SourceFile,
        base: Condition,
        when: Option<&Spanned<String>>,
        recorded: &HashSet<&'static str>,
    ) -> Condition {
        match when.and_then(|w| {
            self.condition(file, w, recorded, "but no answer in this topic records it")
        }) {
            Some(own) => Condition::All(leak_slice(vec![base, own])),
            None => base,
        }
    }
    /// Whether one of the sources is on an official host of `rules.toml`.
    pub(super) fn official(&self, cited: &[&Source]) -> bool {
        cited
            .iter()
            .any(|s| on_official_host(&self.book.official_hosts, s.url))
    }
}

//! A readable review document per topic, for advisers who check the content without
//! running the widget: every question with its options and when it is asked, and every tip
//! with when it is given, for whom, its sources and one example path that gives it; near the
//! top, the route through the topic as a diagram.

use std::fmt::Write;

use super::reach::{Reach, distinct_outcomes, reach};
use zelfcheck_engine::*;

/// Counts per topic, for the review and for reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Questions in the topic.
    pub questions: usize,
    /// Tips in "nog doen of checken".
    pub todo: usize,
    /// Tips in "dit doe je al goed".
    pub good: usize,
    /// Different sets of tips a user can end with, over all sectors and roles; `None`
    /// when there are more than the limit counted.
    pub outcomes: Option<usize>,
}

/// Outcomes are counted up to this many.
pub const OUTCOME_LIMIT: usize = 10_000;

/// The counts for a topic.
pub fn counts(topic: &'static Topic) -> Counts {
    let of = |group| topic.tips.iter().filter(|t| t.group == group).count();
    Counts {
        questions: topic.questions.len(),
        todo: of(TipGroup::Todo),
        good: of(TipGroup::Good),
        outcomes: distinct_outcomes(topic, OUTCOME_LIMIT),
    }
}

/// The review document of one topic, in Markdown.
pub fn review(topic: &'static Topic) -> String {
    let found = reach(topic);
    let c = counts(topic);
    let mut out = String::new();
    let _ = writeln!(out, "# {} (`{}`)\n", topic.title.nl(), topic.id);
    let _ = writeln!(out, "*{}* — {}\n", topic.title.en(), topic.summary.nl());
    let status = match topic.review {
        Some(r) => format!(
            "nagekeken door {} op {} (editie {})",
            r.by, r.date, r.edition
        ),
        None => "nog niet nagekeken door een adviseur van het Adviespunt".to_string(),
    };
    let _ = writeln!(out, "Editie {} · {status}\n", topic.edition);
    let outcomes = c
        .outcomes
        .map_or(format!("more than {OUTCOME_LIMIT}"), |n| n.to_string());
    let _ = writeln!(
        out,
        "{} questions · {} tips ({} to do, {} confirmations) · {outcomes} different results over all sectors and roles\n",
        c.questions,
        c.todo + c.good,
        c.todo,
        c.good
    );
    out.push_str(&super::diagram::section(topic));
    if !topic.interrupts.is_empty() {
        out.push_str("## Onderbrekingen (banner zodra het waar is)\n\n");
        for i in topic.interrupts {
            let _ = writeln!(
                out,
                "### {} (`{}`, contact `{}`)\n",
                i.title.nl(),
                i.id,
                i.contact.id()
            );
            let _ = writeln!(
                out,
                "{}\n\n*{}: {}*\n",
                i.text.nl(),
                i.title.en(),
                i.text.en()
            );
            let _ = writeln!(out, "Wanneer: {}\n", condition(Some(topic), &i.when));
            filters(&mut out, i.sectors, i.roles);
            if let Some((profile, path)) = found.interrupts.get(i.id) {
                let _ = writeln!(
                    out,
                    "Voorbeeld ({}, {}): {}\n",
                    profile.sector.id(),
                    profile.role.id(),
                    path.join(" → ")
                );
            }
        }
    }
    if let Some(line) = topic.for_yourself {
        let _ = writeln!(
            out,
            "## Voor jezelf (bij de eerste vraag)\n\n{}\n\n*{}*\n",
            line.nl(),
            line.en()
        );
    }
    out.push_str("## Vragen\n\n");
    for (i, q) in topic.questions.iter().enumerate() {
        question(&mut out, topic, i + 1, q);
    }
    for (list, heading) in [
        (topic.discuss, "Vragen om met je team te bespreken"),
        (topic.prepare, "Bel je het Adviespunt? Leg dit klaar"),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = write!(out, "## {heading}\n\n");
        for d in list {
            let _ = write!(out, "- {} / *{}*", d.text.nl(), d.text.en());
            if let Some(when) = d.when {
                let _ = write!(out, " — alleen als: {}", condition(Some(topic), &when));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    for (group, heading) in [
        (TipGroup::Todo, "Tips: nog doen of checken"),
        (TipGroup::Good, "Tips: dit doe je al goed"),
    ] {
        let _ = writeln!(out, "## {heading}\n");
        for t in topic.tips.iter().filter(|t| t.group == group) {
            tip(&mut out, topic, &found, t);
        }
    }
    out
}

fn question(out: &mut String, topic: &Topic, number: usize, q: &Question) {
    let kind = match q.kind {
        QuestionKind::Single => "één antwoord",
        QuestionKind::Multiple => "meer antwoorden",
    };
    let _ = writeln!(out, "### {number}. {} (`{}`, {kind})\n", q.text.nl(), q.id);
    let _ = writeln!(out, "*{}*\n", q.text.en());
    if let Some(help) = q.help {
        let _ = writeln!(out, "Uitleg: {} / *{}*\n", help.nl(), help.en());
    }
    if let Some(when) = q.when {
        let _ = writeln!(out, "Alleen als: {}\n", condition(Some(topic), &when));
    }
    filters(out, q.sectors, q.roles);
    for o in q.options {
        let extra: Vec<&str> = o.facts.iter().skip(1).copied().collect();
        let _ = write!(out, "- `{}` {} / *{}*", o.id, o.text.nl(), o.text.en());
        if o.exclusive {
            out.push_str(" (alleen los te kiezen)");
        }
        if !extra.is_empty() {
            let _ = write!(out, " → ook feit {}", extra.join(", "));
        }
        out.push('\n');
    }
    if q.dont_know.is_some() {
        out.push_str(&format!("- `{DONT_KNOW}` Weet ik niet\n"));
    }
    out.push('\n');
}

fn tip(out: &mut String, topic: &Topic, found: &Reach, t: &Tip) {
    let kind = match t.kind {
        TipKind::Duty => "wettelijke plicht",
        TipKind::Advice => "advies",
        TipKind::InPreparation => "wet in voorbereiding",
    };
    let urgency = match (t.group, t.urgency) {
        (TipGroup::Good, _) => "",
        (_, Urgency::Urgent) => ", nu doen",
        (_, Urgency::High) => ", belangrijk",
        (_, Urgency::Normal) => "",
    };
    let phase = t
        .phase
        .and_then(|p| topic.phases.get(usize::from(p)))
        .map_or(String::new(), |p| format!(", fase: {}", p.title.nl()));
    let _ = writeln!(
        out,
        "### {} (`{}`, {kind}{urgency}{phase})\n",
        t.title.nl(),
        t.id
    );
    let _ = writeln!(out, "{}\n", t.text.nl());
    let _ = writeln!(out, "*{}: {}*\n", t.title.en(), t.text.en());
    let _ = writeln!(out, "Wanneer: {}\n", condition(Some(topic), &t.when));
    filters(out, t.sectors, t.roles);
    let sources: Vec<String> = t
        .sources
        .iter()
        .map(|s| format!("[{}]({}) ({})", s.title, s.url, s.publisher))
        .collect();
    let _ = writeln!(out, "Bronnen: {}\n", sources.join("; "));
    if let Some(other) = t.see_topic {
        let _ = writeln!(out, "Verwijst naar de check: `{other}`\n");
    }
    if let Some((profile, path)) = found.tips.get(t.id) {
        let _ = writeln!(
            out,
            "Voorbeeld ({}, {}): {}\n",
            profile.sector.id(),
            profile.role.id(),
            if path.is_empty() {
                "direct na de keuze van het onderwerp".to_string()
            } else {
                path.join(" → ")
            }
        );
    }
}

fn filters(out: &mut String, sectors: &[Sector], roles: &[Role]) {
    if !sectors.is_empty() {
        let ids: Vec<&str> = sectors.iter().map(|s| s.id()).collect();
        let _ = writeln!(out, "Alleen voor sector: {}\n", ids.join(", "));
    }
    if !roles.is_empty() {
        let ids: Vec<&str> = roles.iter().map(|r| r.id()).collect();
        let _ = writeln!(out, "Alleen voor rol: {}\n", ids.join(", "));
    }
}

/// A condition in words: `vraag = "antwoord"`, joined with EN, OF, NIET.
fn condition(topic: Option<&Topic>, c: &Condition) -> String {
    match c {
        Condition::Fact(fact) => fact_words(topic, fact),
        Condition::All([]) => "altijd".into(),
        Condition::All(parts) => join(topic, parts, " EN "),
        Condition::Any(parts) => join(topic, parts, " OF "),
        Condition::Not(inner) => format!("NIET {}", condition(topic, inner)),
    }
}

fn join(topic: Option<&Topic>, parts: &[Condition], with: &str) -> String {
    let words: Vec<String> = parts
        .iter()
        .map(|p| match p {
            Condition::All(_) | Condition::Any(_) => format!("({})", condition(topic, p)),
            _ => condition(topic, p),
        })
        .collect();
    words.join(with)
}

/// A fact in words: the question and answer it stands for in the topic, if there is one.
fn fact_words(topic: Option<&Topic>, fact: &str) -> String {
    if let Some((q, o)) = fact.split_once('.')
        && let Some((_, question)) = topic.and_then(|t| t.question(q))
    {
        if o == DONT_KNOW {
            return format!("`{q}` = weet ik niet");
        }
        if let Some(option) = question.options.iter().find(|x| x.id == o) {
            return format!("`{q}` = \"{}\"", option.text.nl());
        }
    }
    format!("feit `{fact}`")
}

/// The review document of the shared rules: which topic uses which rule where, and the
/// guards every path keeps.
pub fn rules(converted: &super::Converted) -> String {
    let mut out = String::from("# Gedeelde wettelijke regels (`content/rules.toml`)\n\n");
    out.push_str(
        "Deze regels staan één keer in `content/rules.toml`. Elk onderwerp dat ze gebruikt, \
         geeft dezelfde tekst onder dezelfde voorwaarde.\n\n",
    );
    let mut uses: Vec<(&str, String, String)> = converted
        .rule_of
        .iter()
        .map(|((topic, item), rule)| (*rule, topic.clone(), item.clone()))
        .filter(|(_, topic, _)| topic != "rules")
        .collect();
    uses.sort();
    let mut current = "";
    for (rule, topic, item) in &uses {
        if *rule != current {
            let _ = writeln!(out, "\n## `{rule}`\n");
            current = rule;
        }
        let _ = writeln!(out, "- {topic}: `{}`", item.trim_start_matches('!'));
    }
    out.push_str("\n## Bewaakt op elk pad (guards)\n\n");
    for guard in &converted.guards {
        let _ = writeln!(
            out,
            "- **{}** — wanneer {}: nooit {}{}. {}",
            guard.id,
            condition(None, guard.when),
            if guard.never_rules.is_empty() {
                String::new()
            } else {
                format!("de regels {}", guard.never_rules.join(", "))
            },
            if guard.never_words.is_empty() {
                String::new()
            } else {
                format!(
                    "{}een tekst met \"{}\"",
                    if guard.never_rules.is_empty() {
                        ""
                    } else {
                        " en "
                    },
                    guard.never_words.join("\", \"")
                )
            },
            guard.why
        );
    }
    out
}

/// `DECISIONS.md`: the decisions per topic (`decisions/*.md`, written by hand) in one list.
pub fn decisions(dir: &std::path::Path) -> std::io::Result<Option<String>> {
    let parts_dir = dir.join("decisions");
    if !parts_dir.is_dir() {
        return Ok(None);
    }
    let mut parts: Vec<_> = std::fs::read_dir(&parts_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    parts.sort();
    let mut out = String::from(
        "# Decisions on the content audits\n\n\
         Every finding of `../shared/reviews/2026-12-content-review-A.md` (\"A …\") and \
         `-B.md` (\"B …\") with what was done. Generated by `make review` from \
         `docs/review/decisions/*.md`; edit those files, not this one.\n",
    );
    for part in parts {
        out.push('\n');
        out.push_str(std::fs::read_to_string(part)?.trim_end());
        out.push('\n');
    }
    Ok(Some(out))
}

//! The route of a topic drawn as a Mermaid flowchart, for the review documents: GitHub and
//! GitLab draw it where advisers read them. Every question and every tip id is in it; labels
//! are always quoted and escaped, because Mermaid breaks on a bare quote or bracket.

use std::fmt::Write;

use super::branching::{Link, Point, Route, filters, route};
use zelfcheck_engine::*;

/// Longest question text in a label, in characters, before it is shortened.
const QUESTION_CHARS: usize = 60;
/// Longest banner title in a label.
const BANNER_CHARS: usize = 50;
/// Tip ids per line in a group of tips.
const IDS_PER_LINE: usize = 2;
/// Answers per line on an arrow.
const ANSWERS_PER_LINE: usize = 2;

/// The review document's section with the route: a heading, how to read it, and the
/// flowchart in a fenced `mermaid` block.
pub fn section(topic: &'static Topic) -> String {
    format!(
        "## Route\n\n\
         Elke vraag staat erin met nummer en id. Een pijl zonder tekst gaat naar de vraag die \
         daarna altijd komt, als er geen vraag tussen komt. Een pijl met antwoorden: na zo'n \
         antwoord wordt de vraag gesteld. Gestippeld: het antwoord is een deel van een langere \
         voorwaarde (die staat bij de vraag hieronder). Groen: de tips die na die vraag \
         vaststaan. Rood: de banners (onderbrekingen) en de antwoorden waarbij ze komen.\n\n\
         ```mermaid\n{}```\n\n",
        flowchart(topic)
    )
}

/// The flowchart (`flowchart TD`) of the topic's route, without the fence.
pub fn flowchart(topic: &'static Topic) -> String {
    let route = route(topic);
    // Closer than Mermaid's default spacing: a topic's route is wide.
    let mut out = String::from(
        "%%{init: {\"flowchart\": {\"nodeSpacing\": 20, \"rankSpacing\": 40}}}%%\nflowchart TD\n",
    );
    nodes(&mut out, topic, &route);
    let banner_links = edges(&mut out, topic, &route);
    out.push_str(
        "  classDef ends fill:#eeeeee,stroke:#555555\n\
         \x20 classDef asked fill:#ffffff,stroke:#333333\n\
         \x20 classDef askedif fill:#ffffff,stroke:#333333,stroke-dasharray:5 4\n\
         \x20 classDef tips fill:#e8f4e8,stroke:#4a8a4a\n\
         \x20 classDef urgent fill:#fde2e2,stroke:#c00000,stroke-width:3px,color:#600000\n",
    );
    let ids = |filter: &dyn Fn(&Question) -> bool| -> Vec<String> {
        topic
            .questions
            .iter()
            .filter(|q| filter(q))
            .map(|q| question_node(q.id))
            .collect()
    };
    let classes = [
        (vec!["start".to_string(), "result".to_string()], "ends"),
        (ids(&|q| q.when.is_none()), "asked"),
        (ids(&|q| q.when.is_some()), "askedif"),
        (
            route
                .tips
                .iter()
                .map(|(p, _)| tips_node(topic, *p))
                .collect(),
            "tips",
        ),
        (
            topic.interrupts.iter().map(|i| banner_node(i.id)).collect(),
            "urgent",
        ),
    ];
    for (nodes, class) in classes {
        if !nodes.is_empty() {
            let _ = writeln!(out, "  class {} {class}", nodes.join(","));
        }
    }
    if !banner_links.is_empty() {
        let numbers: Vec<String> = banner_links.iter().map(|n| n.to_string()).collect();
        let _ = writeln!(
            out,
            "  linkStyle {} stroke:#c00000,stroke-width:2px",
            numbers.join(",")
        );
    }
    out
}

/// Writes every node: the start, each question followed by the tips decided after it, the
/// banners, the result.
fn nodes(out: &mut String, topic: &Topic, route: &Route) {
    let _ = writeln!(
        out,
        "  start([\"{}\"])",
        label(&["Start: sector en rol"], 0)
    );
    tip_group(out, topic, route, Point::Start);
    for (i, q) in topic.questions.iter().enumerate() {
        let mut lines = vec![format!("{} · {}", i + 1, q.id), q.text.nl().to_string()];
        if !q.sectors.is_empty() || !q.roles.is_empty() {
            lines.push(filters(q.sectors, q.roles));
        }
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let _ = writeln!(
            out,
            "  {}[\"{}\"]",
            question_node(q.id),
            label(&lines, QUESTION_CHARS)
        );
        tip_group(out, topic, route, Point::Question(i));
    }
    for b in &route.banners {
        let i = b.interrupt;
        let first = format!("⚠ banner {}", i.id);
        let mut lines = vec![first, i.title.nl().to_string()];
        if !i.sectors.is_empty() || !i.roles.is_empty() {
            lines.push(filters(i.sectors, i.roles));
        }
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let _ = writeln!(
            out,
            "  {}{{{{\"{}\"}}}}",
            banner_node(i.id),
            label(&lines, BANNER_CHARS)
        );
    }
    let _ = writeln!(out, "  result([\"{}\"])", label(&["Resultaat"], 0));
}

/// Writes the node with the tips decided after `point`, if there are any.
fn tip_group(out: &mut String, topic: &Topic, route: &Route, point: Point) {
    let Some((_, tips)) = route.tips.iter().find(|(p, _)| *p == point) else {
        return;
    };
    let heading = match point {
        Point::Question(i) => format!("Tips, vast na vraag {}", i + 1),
        _ => "Tips, vast vanaf de start".to_string(),
    };
    let mut lines = vec![heading];
    let groups = [
        ("nu doen", TipGroup::Todo, Some(true)),
        ("te doen", TipGroup::Todo, Some(false)),
        ("al goed", TipGroup::Good, None),
    ];
    for (name, group, urgent) in groups {
        let ids: Vec<&str> = tips
            .iter()
            .filter(|t| t.group == group)
            .filter(|t| urgent.is_none_or(|u| u == (t.urgency == Urgency::Urgent)))
            .map(|t| t.id)
            .collect();
        for (n, chunk) in ids.chunks(IDS_PER_LINE).enumerate() {
            let lead = if n == 0 {
                format!("{name}: ")
            } else {
                String::new()
            };
            lines.push(format!("{lead}{}", chunk.join(", ")));
        }
    }
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let _ = writeln!(
        out,
        "  {}[\"{}\"]",
        tips_node(topic, point),
        label(&lines, 0)
    );
}

/// Writes every arrow; returns the numbers (in order of writing, as Mermaid counts them) of
/// the arrows to banners.
fn edges(out: &mut String, topic: &Topic, route: &Route) -> Vec<usize> {
    let mut count = 0;
    for step in &route.steps {
        let (from, to) = (node(topic, step.from), node(topic, step.to));
        arrow(out, &mut count, (from, to), &step.link, false);
    }
    for (point, _) in &route.tips {
        let _ = writeln!(
            out,
            "  {} -.- {}",
            node(topic, *point),
            tips_node(topic, *point)
        );
        count += 1;
    }
    let mut banner_links = Vec::new();
    for b in &route.banners {
        for (point, link) in &b.from {
            let to = banner_node(b.interrupt.id);
            let ends = (node(topic, *point), to);
            banner_links.push(arrow(out, &mut count, ends, link, true));
        }
    }
    banner_links
}

/// Writes one arrow, `strong` for a banner; counts it and returns its number.
fn arrow(
    out: &mut String,
    count: &mut usize,
    (from, to): (String, String),
    link: &Link,
    strong: bool,
) -> usize {
    let (line, words) = match link {
        Link::Always => ("-->", None),
        Link::OnlyFor(w) | Link::PartOf(w) => ("-.->", Some(w)),
        Link::Answers(w) => (if strong { "==>" } else { "-->" }, Some(w)),
    };
    match words {
        Some(w) => {
            let lines = edge_lines(w);
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            let _ = writeln!(out, "  {from} {line}|\"{}\"| {to}", label(&lines, 0));
        }
        None => {
            let _ = writeln!(out, "  {from} {line} {to}");
        }
    }
    *count += 1;
    *count - 1
}

/// Link words on short lines, so a long list of answers does not widen the drawing:
/// each ` · ` part on its own lines, with [`ANSWERS_PER_LINE`] answers per line.
fn edge_lines(words: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for part in words.split(" · ") {
        let answers: Vec<&str> = part.split(" / ").collect();
        let count = answers.chunks(ANSWERS_PER_LINE).count();
        for (n, chunk) in answers.chunks(ANSWERS_PER_LINE).enumerate() {
            let more = if n + 1 < count { " /" } else { "" };
            lines.push(format!("{}{more}", chunk.join(" / ")));
        }
    }
    lines
}

/// The node id of a point.
fn node(topic: &Topic, point: Point) -> String {
    match point {
        Point::Start => "start".into(),
        Point::Question(i) => question_node(topic.questions[i].id),
        Point::End => "result".into(),
    }
}

/// Node ids get a prefix, so an id can never be a Mermaid word such as `end`, and `_` for
/// `-`, so an id can never hold an arrow such as `--`.
fn question_node(id: &str) -> String {
    format!("q_{}", id.replace('-', "_"))
}

fn tips_node(topic: &Topic, point: Point) -> String {
    format!("tips_{}", node(topic, point))
}

fn banner_node(id: &str) -> String {
    format!("b_{}", id.replace('-', "_"))
}

/// Label text for inside `"…"`: lines joined with `<br/>`, each without Markdown links,
/// shortened to `max` characters (0: not shortened), without brackets when shortening left
/// them unbalanced, and with the characters Mermaid reads itself written as entities.
fn label(lines: &[&str], max: usize) -> String {
    let escaped: Vec<String> = lines
        .iter()
        .map(|line| {
            let mut text = shorten(&plain(line), max);
            if !balanced(&text) {
                text.retain(|c| !"()[]{}".contains(c));
            }
            let mut out = String::new();
            for c in text.chars() {
                match c {
                    '#' => out.push_str("#35;"),
                    '"' => out.push_str("#quot;"),
                    '<' => out.push_str("#lt;"),
                    '>' => out.push_str("#gt;"),
                    '`' | '|' => {}
                    _ => out.push(c),
                }
            }
            out
        })
        .collect();
    escaped.join("<br/>")
}

/// The text with `[words](link)` written as `words`.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + end + 1..];
    }
    out.push_str(rest);
    out
}

/// The text cut at a word boundary to at most `max` characters, with `…`; `max` 0 keeps it.
fn shorten(text: &str, max: usize) -> String {
    if max == 0 || text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}

/// Whether every bracket in the text is closed in the right order.
fn balanced(text: &str) -> bool {
    let mut open = Vec::new();
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => open.push(c),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if open.pop() != Some(want) {
                    return false;
                }
            }
            _ => {}
        }
    }
    open.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_has_no_link_quote_or_cut_bracket() {
        assert_eq!(plain("Bel [112](tel:112) nu"), "Bel 112 nu");
        assert_eq!(
            label(&["Zeg \"ja\" <nu>"], 0),
            "Zeg #quot;ja#quot; #lt;nu#gt;"
        );
        let cut = label(
            &["Een heel lange vraag (met een uitleg die lang doorloopt)"],
            30,
        );
        assert!(balanced(&cut), "{cut}");
        assert!(cut.ends_with('…'), "{cut}");
        assert!(!cut.contains('('), "{cut}");
    }
}

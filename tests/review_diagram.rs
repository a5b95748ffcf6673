//! The route drawn near the top of each review document, for the real, compiled-in content:
//! every question, tip and banner id of the topic is in the Mermaid block, no label can
//! break Mermaid, every question has an arrow that leads to it, and the review document
//! holds the route between its counts and its questions.

use zelfcheck::content::CONTENT;
use zelfcheck_authoring::branching::{Point, route};
use zelfcheck_authoring::diagram::section;
use zelfcheck_authoring::review::review;
use zelfcheck_engine::*;

/// The text of the first ```` ```mermaid ```` block in a Markdown document.
fn mermaid_block(doc: &str) -> Option<&str> {
    let start = doc.find("```mermaid\n")? + "```mermaid\n".len();
    let length = doc[start..].find("\n```")?;
    Some(&doc[start..start + length])
}

/// Whether `id` occurs in `text` as a whole word (not as part of a longer id).
fn has_word(text: &str, id: &str) -> bool {
    let part_of_id = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    text.match_indices(id).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + id.len()..].chars().next();
        !before.is_some_and(part_of_id) && !after.is_some_and(part_of_id)
    })
}

/// Whether every bracket in `text` is closed, in the right order.
fn balanced(text: &str) -> bool {
    let mut open = Vec::new();
    for c in text.chars() {
        let opener = match c {
            ')' => '(',
            ']' => '[',
            '}' => '{',
            '(' | '[' | '{' => {
                open.push(c);
                continue;
            }
            _ => continue,
        };
        if open.pop() != Some(opener) {
            return false;
        }
    }
    open.is_empty()
}

/// What is wrong with a diagram: ids that are not in it, and lines Mermaid would misread
/// (a quote inside a label, brackets that do not close inside a label or around it, a bare
/// `<` or `>`, a node called `end`).
fn problems(diagram: &str, ids: &[&str]) -> Vec<String> {
    let mut found: Vec<String> = ids
        .iter()
        .filter(|id| !has_word(diagram, id))
        .map(|id| format!("id '{id}' is missing"))
        .collect();
    for line in diagram.lines() {
        let parts: Vec<&str> = line.split('"').collect();
        if parts.len().is_multiple_of(2) {
            found.push(format!("odd number of quotes: {line}"));
            continue;
        }
        // A node or an arrow has one label; a second one means a quote inside a label.
        if parts.len() > 3 && !line.starts_with("%%{init") {
            found.push(format!("more than one label: {line}"));
            continue;
        }
        let labels = parts.iter().skip(1).step_by(2);
        if let Some(label) = labels.clone().find(|l| !balanced(l)) {
            found.push(format!("unbalanced brackets in label '{label}': {line}"));
        }
        if labels
            .clone()
            .any(|l| l.replace("<br/>", "").contains(['<', '>']))
        {
            found.push(format!("a bare < or > in a label: {line}"));
        }
        let outside: String = parts.iter().step_by(2).copied().collect();
        if !balanced(&outside) {
            found.push(format!("unbalanced brackets around labels: {line}"));
        }
        if outside
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .any(|word| word == "end")
        {
            found.push(format!("a node called 'end': {line}"));
        }
    }
    found
}

/// The question and tip ids of a topic.
fn ids(topic: &Topic) -> Vec<&'static str> {
    let questions = topic.questions.iter().map(|q| q.id);
    questions.chain(topic.tips.iter().map(|t| t.id)).collect()
}

#[test]
fn every_topic_s_route_draws_every_question_tip_and_banner() {
    for topic in CONTENT.topics {
        let section = section(topic);
        let diagram = mermaid_block(&section)
            .unwrap_or_else(|| panic!("{}: no mermaid block in the route", topic.id));
        assert!(
            diagram.lines().any(|l| l == "flowchart TD"),
            "{}: not a top-down flowchart",
            topic.id
        );
        let wrong = problems(diagram, &ids(topic));
        assert!(wrong.is_empty(), "{}:\n{}", topic.id, wrong.join("\n"));
        for interrupt in topic.interrupts {
            assert!(
                has_word(diagram, interrupt.id),
                "{}: banner '{}' is not drawn",
                topic.id,
                interrupt.id
            );
        }
    }
}

/// The review counts every result a topic can give, which takes long in a debug build, so
/// one topic with few results shows where the route goes; the route itself is the same
/// function for every topic.
#[test]
fn the_review_document_has_the_route_between_the_counts_and_the_questions() {
    let topic = CONTENT.topic("twijfel").expect("twijfel topic");
    let doc = review(topic);
    let route_at = doc.find(&section(topic)).expect("the route in the review");
    let questions_at = doc.find("## Vragen").expect("a Vragen heading");
    let counts_at = doc.find(" questions · ").expect("the counts line");
    assert!(counts_at < route_at && route_at < questions_at, "{doc}");
}

#[test]
fn the_check_finds_a_missing_id_and_a_broken_label() {
    let topic = CONTENT.topic("schoolreis").expect("schoolreis topic");
    let section = section(topic);
    let diagram = mermaid_block(&section).expect("a mermaid block");
    let ids = ids(topic);
    assert!(problems(diagram, &ids).is_empty());

    let tip = topic.tips[0].id;
    let without_tip = diagram.replace(tip, "x");
    assert_eq!(
        problems(&without_tip, &ids),
        vec![format!("id '{tip}' is missing")]
    );
    let question = topic.questions[1].id;
    let without_question = diagram.replace(&format!(" {question}<br/>"), " <br/>");
    assert_eq!(
        problems(&without_question, &ids),
        vec![format!("id '{question}' is missing")]
    );

    for broken in [
        "  q_x[\"a (b\"]",
        "  q_x[\"Zeg \"ja\"\"]",
        "  q_x[\"a\"",
        "  q_x[\"a <b> c\"]",
        "  end[\"a\"]",
    ] {
        let text = format!("{diagram}\n{broken}");
        assert_eq!(problems(&text, &ids).len(), 1, "not found once: {broken}");
    }
}

#[test]
fn every_question_has_an_arrow_to_it_and_the_last_one_leads_to_the_result() {
    for topic in CONTENT.topics {
        let route = route(topic);
        for (i, q) in topic.questions.iter().enumerate() {
            assert!(
                route.steps.iter().any(|s| s.to == Point::Question(i)),
                "{}: no arrow leads to question '{}'",
                topic.id,
                q.id
            );
        }
        let last = Point::Question(topic.questions.len() - 1);
        assert!(
            route
                .steps
                .iter()
                .any(|s| s.from == last && s.to == Point::End),
            "{}: the last question does not lead to the result",
            topic.id
        );
    }
}

#[test]
fn the_112_banner_of_the_school_trip_hangs_on_the_answer_nood() {
    let topic = CONTENT.topic("schoolreis").expect("schoolreis topic");
    let section = section(topic);
    let diagram = mermaid_block(&section).expect("a mermaid block");
    assert!(
        diagram.contains("q_fase ==>|\"nood\"| b_danger"),
        "{diagram}"
    );
    assert!(
        diagram.contains("q_fase -->|\"nood\"| q_nood_wat"),
        "{diagram}"
    );
    assert!(diagram.contains("class b_csg_banner,b_danger"), "{diagram}");
}

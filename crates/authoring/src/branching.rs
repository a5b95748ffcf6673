//! The branching of a topic as a graph, derived from the questions' conditions: which
//! question comes next for certain, which answers make a question asked or a banner show,
//! and after which question each tip is decided.
//!
//! A question is asked when its condition holds over the answers above it, so "after this
//! answer, that question is asked" is read off the facts the answer records and the facts
//! the condition names. Where a condition needs more than one answer, the link says so.

use zelfcheck_engine::*;

/// A place in the route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Point {
    /// The choice of sector and role, before the first question.
    Start,
    /// A question, by its index in the topic.
    Question(usize),
    /// The result.
    End,
}

/// Why the route goes from one point to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// The next question is always asked when the one before it was.
    Always,
    /// Asked only in these sectors or for these roles (in words).
    OnlyFor(String),
    /// These answers alone make it hold (in words).
    Answers(String),
    /// These answers are part of a longer condition (in words).
    PartOf(String),
}

/// One arrow of the route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Where it starts.
    pub from: Point,
    /// Where it leads.
    pub to: Point,
    /// Why.
    pub link: Link,
}

/// An urgent banner and the answers that can make it show.
#[derive(Debug, Clone)]
pub struct Banner {
    /// The interrupt.
    pub interrupt: &'static Interrupt,
    /// Each point whose answers count for it, with how.
    pub from: Vec<(Point, Link)>,
}

/// The route through a topic.
#[derive(Debug, Clone)]
pub struct Route {
    /// The arrows between questions (and from the start, to the result).
    pub steps: Vec<Step>,
    /// The urgent banners.
    pub banners: Vec<Banner>,
    /// The tips, grouped by the point after which they are decided, in route order.
    pub tips: Vec<(Point, Vec<&'static Tip>)>,
}

/// The route through the topic.
pub fn route(topic: &'static Topic) -> Route {
    let mut steps = Vec::new();
    let froms =
        std::iter::once(Point::Start).chain((0..topic.questions.len()).map(Point::Question));
    for from in froms {
        for step in next_steps(topic, from) {
            // One arrow to a question for some sectors or roles is enough: its label says
            // for whom, and it is asked at its place whenever it is for you.
            let limited_again = matches!(step.link, Link::OnlyFor(_))
                && steps
                    .iter()
                    .any(|s: &Step| s.to == step.to && matches!(s.link, Link::OnlyFor(_)));
            if !limited_again {
                steps.push(step);
            }
        }
    }
    for (j, q) in topic.questions.iter().enumerate() {
        let Some(when) = &q.when else { continue };
        if chained(topic, j) {
            continue;
        }
        let mut triggers: Vec<Step> = triggers(topic, when, j, false)
            .into_iter()
            .map(|(from, link)| Step {
                from,
                to: Point::Question(j),
                link,
            })
            .collect();
        if triggers.is_empty() && !steps.iter().any(|s| s.to == Point::Question(j)) {
            triggers.push(Step {
                from: Point::Start,
                to: Point::Question(j),
                link: Link::PartOf(short_condition(when)),
            });
        }
        steps.extend(triggers);
    }
    let banners = topic
        .interrupts
        .iter()
        .map(|interrupt| {
            let count = topic.questions.len();
            let mut from = triggers(topic, &interrupt.when, count, true);
            if from.is_empty() {
                from.push((Point::Start, Link::PartOf(short_condition(&interrupt.when))));
            }
            Banner { interrupt, from }
        })
        .collect();
    Route {
        steps,
        banners,
        tips: tips_by_point(topic),
    }
}

/// The arrows out of `from` along the questions that certainly come next: the first later
/// question whose condition follows from `from`'s own, and before it any that follow but are
/// limited to fewer sectors or roles; from the last question, the result.
fn next_steps(topic: &Topic, from: Point) -> Vec<Step> {
    let (when, first, sectors, roles): (Option<&Condition>, usize, &[Sector], &[Role]) = match from
    {
        Point::Question(i) => {
            let q = &topic.questions[i];
            (q.when.as_ref(), i + 1, q.sectors, q.roles)
        }
        _ => (None, 0, &[], &[]),
    };
    let recorded_from = match from {
        Point::Question(i) => i,
        _ => 0,
    };
    let mut steps = Vec::new();
    for (j, q) in topic.questions.iter().enumerate().skip(first) {
        if !follows(topic, when, recorded_from, j) {
            continue;
        }
        let to = Point::Question(j);
        if covers(q.sectors, sectors) && covers(q.roles, roles) {
            steps.push(Step {
                from,
                to,
                link: Link::Always,
            });
            return steps;
        }
        steps.push(Step {
            from,
            to,
            link: Link::OnlyFor(filters(q.sectors, q.roles)),
        });
    }
    // Only the last question points to the result: an arrow to it from every question
    // with no certain next one would cross the whole drawing and add nothing the legend
    // does not say.
    if first >= topic.questions.len() {
        steps.push(Step {
            from,
            to: Point::End,
            link: Link::Always,
        });
    }
    steps
}

/// Whether question `j` is asked whenever a condition `when` held at question
/// `recorded_from`: the condition implies `j`'s, and nothing recorded from there on can turn
/// a fact `j`'s condition needs absent into present.
fn follows(topic: &Topic, when: Option<&Condition>, recorded_from: usize, j: usize) -> bool {
    let Some(then) = &topic.questions[j].when else {
        return true;
    };
    let Some(when) = when else {
        return false;
    };
    if !implies(when, then) {
        return false;
    }
    let (_, negative) = polarities(then);
    !topic.questions[recorded_from..j]
        .iter()
        .any(|q| q.recordable_facts().any(|f| negative.contains(&f)))
}

/// Whether question `j` is asked exactly when an earlier question with the same condition and
/// limits was, so the arrow from that question says all there is to say.
fn chained(topic: &Topic, j: usize) -> bool {
    let q = &topic.questions[j];
    let Some(when) = &q.when else { return false };
    let mut facts = Vec::new();
    when.for_each_fact(&mut |f| facts.push(f));
    (0..j).rev().any(|i| {
        let earlier = &topic.questions[i];
        earlier.when.as_ref() == Some(when)
            && earlier.sectors == q.sectors
            && earlier.roles == q.roles
            && !topic.questions[i..j]
                .iter()
                .any(|between| between.recordable_facts().any(|f| facts.contains(&f)))
    })
}

/// Whether every limit in `outer` lies within `inner` (an empty list allows everything).
fn covers<T: PartialEq>(outer: &[T], inner: &[T]) -> bool {
    outer.is_empty() || (!inner.is_empty() && inner.iter().all(|x| outer.contains(x)))
}

/// A conservative test that `a` holding means `b` holds: true only when the structure shows it.
fn implies(a: &Condition, b: &Condition) -> bool {
    if a == b {
        return true;
    }
    match (a, b) {
        (_, Condition::All(parts)) => parts.iter().all(|p| implies(a, p)),
        (Condition::Any(parts), _) if !parts.is_empty() => parts.iter().all(|p| implies(p, b)),
        (Condition::All(parts), _) if parts.iter().any(|p| implies(p, b)) => true,
        (_, Condition::Any(parts)) => parts.iter().any(|p| implies(a, p)),
        _ => false,
    }
}

/// The facts a condition names without and with a `not` around them.
pub(crate) fn polarities(c: &Condition) -> (Vec<&'static str>, Vec<&'static str>) {
    fn walk(
        c: &Condition,
        negated: bool,
        pos: &mut Vec<&'static str>,
        neg: &mut Vec<&'static str>,
    ) {
        match c {
            Condition::Fact(f) => {
                let list = if negated { neg } else { pos };
                if !list.contains(f) {
                    list.push(f);
                }
            }
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|p| walk(p, negated, pos, neg))
            }
            Condition::Not(inner) => walk(inner, !negated, pos, neg),
        }
    }
    let (mut pos, mut neg) = (Vec::new(), Vec::new());
    walk(c, false, &mut pos, &mut neg);
    (pos, neg)
}

/// Whether the condition holds as soon as one of its facts is recorded.
fn any_of_facts(c: &Condition) -> bool {
    match c {
        Condition::Fact(_) => true,
        Condition::Any(parts) => parts.iter().all(any_of_facts),
        _ => false,
    }
}

/// The points above question `before` whose answers the condition names, each with the
/// answers in words: the start for sector and role, then every question that records one of
/// its facts. With `only_present`, only points with an answer that can make it hold (a fact
/// it names without `not`): a banner shows at such an answer.
fn triggers(
    topic: &Topic,
    when: &Condition,
    before: usize,
    only_present: bool,
) -> Vec<(Point, Link)> {
    let (pos, neg) = polarities(when);
    let link = |words: String| {
        if any_of_facts(when) {
            Link::Answers(words)
        } else {
            Link::PartOf(words)
        }
    };
    let mut found = Vec::new();
    let profile = |facts: &[&str]| -> Vec<String> {
        facts
            .iter()
            .filter(|f| f.starts_with("rol.") || f.starts_with("sector."))
            .map(|f| f.replace('.', " "))
            .collect()
    };
    let mut add = |point, present: Vec<String>, absent: Vec<String>| {
        if only_present && present.is_empty() {
            return;
        }
        if let Some(words) = answer_words(present, absent) {
            found.push((point, link(words)));
        }
    };
    add(Point::Start, profile(&pos), profile(&neg));
    for (i, q) in topic.questions.iter().enumerate().take(before) {
        let chosen = |facts: &[&str]| -> Vec<String> {
            let mut words: Vec<String> = q
                .options
                .iter()
                .filter(|o| o.facts.iter().any(|f| facts.contains(f)))
                .map(|o| o.id.to_string())
                .collect();
            if q.dont_know
                .is_some_and(|d| d.iter().any(|f| facts.contains(f)))
            {
                words.push("weet ik niet".into());
            }
            words
        };
        add(Point::Question(i), chosen(&pos), chosen(&neg));
    }
    found
}

/// `a / b · niet c`, or `None` when there are no answers at all.
fn answer_words(present: Vec<String>, absent: Vec<String>) -> Option<String> {
    let mut parts = Vec::new();
    if !present.is_empty() {
        parts.push(present.join(" / "));
    }
    if !absent.is_empty() {
        parts.push(format!("niet {}", absent.join(" / ")));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The tips grouped by the last point that can change their condition.
fn tips_by_point(topic: &'static Topic) -> Vec<(Point, Vec<&'static Tip>)> {
    let mut groups: Vec<(Point, Vec<&'static Tip>)> = Vec::new();
    for tip in topic.tips {
        let mut facts = Vec::new();
        tip.when.for_each_fact(&mut |f| facts.push(f));
        let point = topic
            .questions
            .iter()
            .rposition(|q| q.recordable_facts().any(|f| facts.contains(&f)))
            .map_or(Point::Start, Point::Question);
        match groups.iter_mut().find(|(p, _)| *p == point) {
            Some((_, list)) => list.push(tip),
            None => groups.push((point, vec![tip])),
        }
    }
    groups.sort_by_key(|(p, _)| match p {
        Point::Start => 0,
        Point::Question(i) => i + 1,
        Point::End => usize::MAX,
    });
    groups
}

/// `alleen po, so · rol ib` for the limits of a question.
pub fn filters(sectors: &[Sector], roles: &[Role]) -> String {
    let mut parts = Vec::new();
    if !sectors.is_empty() {
        let ids: Vec<&str> = sectors.iter().map(|s| s.id()).collect();
        parts.push(ids.join(", "));
    }
    if !roles.is_empty() {
        let ids: Vec<&str> = roles.iter().map(|r| r.id()).collect();
        parts.push(format!("rol {}", ids.join(", ")));
    }
    format!("alleen {}", parts.join(" · "))
}

/// A condition in short form: `soort=kamp OF NIET (vervoer=bus EN vervoer=trein)`.
pub fn short_condition(c: &Condition) -> String {
    let inner = |p: &Condition| match p {
        Condition::All(_) | Condition::Any(_) => format!("({})", short_condition(p)),
        _ => short_condition(p),
    };
    match c {
        Condition::Fact(f) => f.replacen('.', "=", 1),
        Condition::All([]) => "altijd".into(),
        Condition::All(parts) => parts.iter().map(inner).collect::<Vec<_>>().join(" EN "),
        Condition::Any(parts) => parts.iter().map(inner).collect::<Vec<_>>().join(" OF "),
        Condition::Not(p) => format!("NIET {}", inner(p)),
    }
}

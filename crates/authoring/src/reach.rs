//! Searches the possible ways through a topic, for every sector and role: which questions
//! can be asked, which tips can be given, and whether some way ends without any tip.
//!
//! Trying every combination of answers would explode, so each search remembers the states it
//! has seen, keeping only the facts that can still change what happens next: the facts later
//! questions look at, plus the facts of the tips the search is about.

use std::collections::{HashMap, HashSet};

use zelfcheck_engine::walk::is_asked;
use zelfcheck_engine::*;

/// One possible answer to a question, with a label for messages.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The answer as the engine stores it.
    pub answer: Answer,
    /// `option` or `a+b` or `weet_niet`.
    pub label: String,
}

/// Every answer a user can give to the question.
pub fn choices(question: &'static Question) -> Vec<Choice> {
    let mut all = Vec::new();
    let one = |o: &AnswerOption| Choice {
        answer: Answer::Chosen(vec![o.id]),
        label: o.id.to_string(),
    };
    match question.kind {
        QuestionKind::Single => all.extend(question.options.iter().map(one)),
        QuestionKind::Multiple => {
            let free: Vec<&AnswerOption> =
                question.options.iter().filter(|o| !o.exclusive).collect();
            // Capped so a very long list cannot make the check run for ages; the
            // convert step reports such a question.
            let n = free.len().min(12);
            for mask in 1u32..(1 << n) {
                let ids: Vec<&'static str> = (0..n)
                    .filter(|bit| mask & (1 << bit) != 0)
                    .map(|bit| free[bit].id)
                    .collect();
                all.push(Choice {
                    label: ids.join("+"),
                    answer: Answer::Chosen(ids),
                });
            }
            all.extend(question.options.iter().filter(|o| o.exclusive).map(one));
        }
    }
    if question.dont_know.is_some() {
        all.push(Choice {
            answer: Answer::DontKnow,
            label: DONT_KNOW.into(),
        });
    }
    all
}

/// What searching a topic found.
#[derive(Debug, Clone, Default)]
pub struct Reach {
    /// Ids of the questions some path asks.
    pub questions: HashSet<&'static str>,
    /// The tips some path gives, each with the first profile and path found that gives it.
    pub tips: HashMap<&'static str, (Profile, Vec<String>)>,
    /// The interrupts some path raises, each with the first profile and path found.
    pub interrupts: HashMap<&'static str, (Profile, Vec<String>)>,
    /// Per profile with a path that ends without any tip: one such path, as `question=answer`.
    pub dead_ends: Vec<(Profile, Vec<String>)>,
}

/// Searches the topic for every sector and role.
pub fn reach(topic: &'static Topic) -> Reach {
    let map = FactMap::new(topic);
    let mut found = Reach::default();
    for sector in Sector::ALL {
        for role in Role::ALL {
            let profile = Profile { sector, role };
            let search = |goal| Search::new(topic, profile, &map, goal);

            let mut all = search(Goal::AskEverything);
            all.run(0, profile.facts());
            found.questions.extend(all.asked);

            for tip in topic.tips.iter().filter(|t| profile.fits_tip(t)) {
                if found.tips.contains_key(tip.id) {
                    continue;
                }
                let mut give = search(Goal::Give(Rule::of_tip(tip)));
                if give.run(0, profile.facts()) {
                    found.tips.insert(tip.id, (profile, give.path));
                }
            }
            for interrupt in topic.interrupts {
                if found.interrupts.contains_key(interrupt.id)
                    || !profile.fits(interrupt.sectors, interrupt.roles)
                {
                    continue;
                }
                let rule = Rule {
                    id: interrupt.id,
                    when: &interrupt.when,
                };
                let mut raise = search(Goal::Give(rule));
                if raise.run(0, profile.facts()) {
                    found.interrupts.insert(interrupt.id, (profile, raise.path));
                }
            }

            let mut dead = search(Goal::NoTip);
            if dead.run(0, profile.facts()) {
                found.dead_ends.push((profile, dead.path));
            }
        }
    }
    found
}

/// A path (as `question=answer` steps) on which `when` holds at the end for this profile, if
/// there is one.
pub fn find_path(
    topic: &'static Topic,
    profile: Profile,
    when: &'static Condition,
) -> Option<Vec<String>> {
    let map = FactMap::new(topic);
    let mut search = Search::new(topic, profile, &map, Goal::Give(Rule { id: "", when }));
    search.run(0, profile.facts()).then_some(search.path)
}

/// How many different results (sets of tips) the topic can give over all sectors and roles,
/// counted up to `limit`; `None` when there are more.
pub fn distinct_outcomes(topic: &'static Topic, limit: usize) -> Option<usize> {
    let map = FactMap::new(topic);
    let mut outcomes = HashSet::new();
    for sector in Sector::ALL {
        for role in Role::ALL {
            let profile = Profile { sector, role };
            let mut search = Search::new(topic, profile, &map, Goal::Outcomes);
            search.limit = limit;
            search.outcomes = std::mem::take(&mut outcomes);
            search.run(0, profile.facts());
            outcomes = search.outcomes;
            if outcomes.len() > limit {
                return None;
            }
        }
    }
    Some(outcomes.len())
}

/// Which facts matter where.
struct FactMap {
    /// For each question index: the facts the conditions of it and later questions use.
    ahead: Vec<HashSet<&'static str>>,
    /// For each fact: the last question that can record it.
    last_recorded: HashMap<&'static str, usize>,
}

impl FactMap {
    fn new(topic: &Topic) -> FactMap {
        let mut ahead = vec![HashSet::new(); topic.questions.len() + 1];
        for i in (0..topic.questions.len()).rev() {
            let mut here = ahead[i + 1].clone();
            if let Some(when) = topic.questions[i].when {
                when.for_each_fact(&mut |f| {
                    here.insert(f);
                });
            }
            ahead[i] = here;
        }
        let mut last_recorded = HashMap::new();
        for (i, q) in topic.questions.iter().enumerate() {
            for fact in q.recordable_facts() {
                last_recorded.insert(fact, i);
            }
        }
        FactMap {
            ahead,
            last_recorded,
        }
    }

    /// Whether no question at `index` or later can change the rule's condition.
    fn settled(&self, rule: &Rule, index: usize) -> bool {
        let mut settled = true;
        rule.when.for_each_fact(&mut |f| {
            if self.last_recorded.get(f).is_some_and(|last| *last >= index) {
                settled = false;
            }
        });
        settled
    }
}

/// A tip or interrupt, as far as the search cares: a name and a condition.
#[derive(Clone, Copy)]
struct Rule {
    id: &'static str,
    when: &'static Condition,
}

impl Rule {
    fn of_tip(tip: &'static Tip) -> Rule {
        Rule {
            id: tip.id,
            when: &tip.when,
        }
    }
}

/// What a search looks for.
#[derive(Clone, Copy)]
enum Goal {
    /// Visit every question that can be asked.
    AskEverything,
    /// A path on which this tip or interrupt holds.
    Give(Rule),
    /// A path that gives no tip at all.
    NoTip,
    /// Collect every different set of tips.
    Outcomes,
}

struct Search<'a> {
    topic: &'static Topic,
    profile: Profile,
    map: &'a FactMap,
    goal: Goal,
    tips: Vec<Rule>,
    seen: HashSet<(usize, FactSet, Vec<&'static str>)>,
    outcomes: HashSet<Vec<&'static str>>,
    limit: usize,
    asked: HashSet<&'static str>,
    path: Vec<String>,
}

impl<'a> Search<'a> {
    fn new(topic: &'static Topic, profile: Profile, map: &'a FactMap, goal: Goal) -> Search<'a> {
        let tips = match goal {
            Goal::AskEverything => Vec::new(),
            Goal::Give(tip) => vec![tip],
            Goal::NoTip | Goal::Outcomes => topic
                .tips
                .iter()
                .filter(|t| profile.fits_tip(t))
                .map(Rule::of_tip)
                .collect(),
        };
        Search {
            topic,
            profile,
            map,
            goal,
            tips,
            seen: HashSet::new(),
            outcomes: HashSet::new(),
            limit: usize::MAX,
            asked: HashSet::new(),
            path: Vec::new(),
        }
    }

    /// Explores from question `index` with `facts` recorded; true when the goal is met (then
    /// `path` holds the way there).
    fn run(&mut self, index: usize, facts: FactSet) -> bool {
        let settled_holding = self
            .tips
            .iter()
            .any(|t| self.map.settled(t, index) && t.when.holds(&facts));
        let settled_failing = self
            .tips
            .iter()
            .any(|t| self.map.settled(t, index) && !t.when.holds(&facts));
        match self.goal {
            Goal::Give(_) if settled_holding => return true,
            Goal::Give(_) if settled_failing => return false,
            Goal::NoTip if settled_holding => return false,
            _ => {}
        }
        let Some(question) = self.topic.questions.get(index) else {
            return match self.goal {
                Goal::AskEverything => false,
                Goal::Outcomes => {
                    let given = self.tips.iter().filter(|t| t.when.holds(&facts));
                    self.outcomes.insert(given.map(|t| t.id).collect());
                    self.outcomes.len() > self.limit
                }
                Goal::Give(tip) => tip.when.holds(&facts),
                Goal::NoTip => !self.tips.iter().any(|t| t.when.holds(&facts)),
            };
        };
        let key = self.key(index, &facts);
        // Only counting outcomes needs to tell apart states whose settled tips differ.
        let settled_given = match self.goal {
            Goal::Outcomes => self
                .tips
                .iter()
                .filter(|t| self.map.settled(t, index) && t.when.holds(&facts))
                .map(|t| t.id)
                .collect(),
            _ => Vec::new(),
        };
        if !self.seen.insert((index, key, settled_given)) {
            return false;
        }
        if !is_asked(question, &self.profile, &facts) {
            return self.run(index + 1, facts);
        }
        self.asked.insert(question.id);
        for choice in choices(question) {
            let mut next = facts.clone();
            choice.answer.record(question, &mut next);
            self.path.push(format!("{}={}", question.id, choice.label));
            if self.run(index + 1, next) {
                return true;
            }
            self.path.pop();
        }
        false
    }

    /// The facts that can still matter from `index` on.
    fn key(&self, index: usize, facts: &FactSet) -> FactSet {
        let mut goal_facts = HashSet::new();
        for tip in self.tips.iter().filter(|t| !self.map.settled(t, index)) {
            tip.when.for_each_fact(&mut |f| {
                goal_facts.insert(f);
            });
        }
        facts.filtered(|f| self.map.ahead[index].contains(f) || goal_facts.contains(f))
    }
}

//! Walks every possible way through a topic, for every sector and role.
//!
//! Paths that end in the same facts (as far as later questions and tips can tell) are
//! explored once, so even topics with many multiple-choice questions stay quick.

use std::collections::HashSet;

use crate::engine::walk::is_asked;
use crate::engine::*;

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
    match question.kind {
        QuestionKind::Single => {
            for o in question.options {
                all.push(Choice {
                    answer: Answer::Chosen(vec![o.id]),
                    label: o.id.to_string(),
                });
            }
        }
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
            for o in question.options.iter().filter(|o| o.exclusive) {
                all.push(Choice {
                    answer: Answer::Chosen(vec![o.id]),
                    label: o.id.to_string(),
                });
            }
        }
    }
    if question.dont_know.is_some() {
        all.push(Choice {
            answer: Answer::DontKnow,
            label: "weet_niet".into(),
        });
    }
    all
}

/// What walking every path of a topic found.
#[derive(Debug, Clone, Default)]
pub struct Reach {
    /// Ids of the questions some path asks.
    pub questions: HashSet<&'static str>,
    /// Ids of the tips some path gives.
    pub tips: HashSet<&'static str>,
    /// Paths that end without any tip: the profile and the answers, as `question=answer`.
    pub dead_ends: Vec<(Profile, Vec<String>)>,
}

/// Walks every path through the topic for every sector and role.
pub fn reach(topic: &'static Topic) -> Reach {
    let mut found = Reach::default();
    let relevant = relevant_facts(topic);
    for sector in Sector::ALL {
        for role in Role::ALL {
            let profile = Profile { sector, role };
            let mut explorer = Explorer {
                topic,
                profile,
                relevant: &relevant,
                seen: HashSet::new(),
                path: Vec::new(),
                found: &mut found,
            };
            explorer.explore(0, FactSet::new());
        }
    }
    found
}

/// For each question index, the facts that a later question or any tip looks at.
fn relevant_facts(topic: &Topic) -> Vec<HashSet<&'static str>> {
    let mut from_tips = HashSet::new();
    for tip in topic.tips {
        tip.when.for_each_fact(&mut |f| {
            from_tips.insert(f);
        });
    }
    let mut relevant = vec![from_tips; topic.questions.len() + 1];
    for i in (0..topic.questions.len()).rev() {
        let mut here = relevant[i + 1].clone();
        if let Some(when) = topic.questions[i].when {
            when.for_each_fact(&mut |f| {
                here.insert(f);
            });
        }
        relevant[i] = here;
    }
    relevant
}

struct Explorer<'a> {
    topic: &'static Topic,
    profile: Profile,
    relevant: &'a [HashSet<&'static str>],
    seen: HashSet<(usize, FactSet)>,
    path: Vec<String>,
    found: &'a mut Reach,
}

impl Explorer<'_> {
    fn explore(&mut self, index: usize, facts: FactSet) {
        let key = facts.filtered(|f| self.relevant[index].contains(f));
        if !self.seen.insert((index, key)) {
            return;
        }
        let Some(question) = self.topic.questions.get(index) else {
            let outcome = Outcome::for_facts(self.topic, &self.profile, &facts);
            self.found
                .tips
                .extend(outcome.todo.iter().chain(&outcome.good).map(|t| t.id));
            if outcome.is_empty() {
                self.found.dead_ends.push((self.profile, self.path.clone()));
            }
            return;
        };
        if !is_asked(question, &self.profile, &facts) {
            self.explore(index + 1, facts);
            return;
        }
        self.found.questions.insert(question.id);
        for choice in choices(question) {
            let mut next = facts.clone();
            choice.answer.record(question, &mut next);
            self.path.push(format!("{}={}", question.id, choice.label));
            self.explore(index + 1, next);
            self.path.pop();
        }
    }
}

//! The state machine of one self-check: intro → profile → topic → questions → result.
//! In training mode: the cases → one case's questions → its result, or a case's hand-out.

use super::answer::{Answer, Reply};
use super::error::EngineError;
use super::facts::FactSet;
use super::hands::{Hands, parse_hands};
use super::model::{Case, Condition, ContactRef, Content, Interrupt, Prompt, Question, Tip, Topic};
use super::outcome::Outcome;
use super::preset::Preset;
use super::profile::Profile;
use super::walk::Walk;

mod cases;
mod hands;

/// The screen the session is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// What this is, and that nothing leaves the browser.
    Intro,
    /// Choose sector and role.
    Profile,
    /// Choose a topic.
    Topics,
    /// One question, by its index in the topic.
    Question(usize),
    /// The tips.
    Result,
    /// Training mode: every topic's cases, to discuss one or print its hand-out.
    Cases,
    /// Training mode: the printable hand-out of the chosen case.
    Handout,
}

/// Something the user does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    /// Leave the intro.
    Start,
    /// Choose sector and role.
    ChooseProfile(Profile),
    /// Choose a topic by id.
    ChooseTopic(&'a str),
    /// Answer the current question and go on.
    Answer(Reply<'a>),
    /// Go one screen back, keeping the answers.
    Back,
    /// From the result: change the answer to this question (by id), then return to the
    /// result as soon as every question asked has an answer.
    Revisit(&'a str),
    /// On the result: mark a to-do tip (by id) as done, or not done again.
    Tick(&'a str),
    /// From the result: start the check of another topic (by id) that a tip points to,
    /// with the same sector and role.
    OpenTopic(&'a str),
    /// Forget everything and return to the intro (in training mode: to the cases).
    Restart,
    /// Training mode, on the cases: discuss this case (of this topic), from its first
    /// question.
    OpenCase {
        /// The topic's id.
        topic: &'a str,
        /// The case's id, unique within its topic.
        case: &'a str,
    },
    /// Training mode, on the cases: show the hand-out of this case (of this topic).
    OpenHandout {
        /// The topic's id.
        topic: &'a str,
        /// The case's id, unique within its topic.
        case: &'a str,
    },
    /// Training mode, on a question: show the case's answer and what each answer leads to.
    Reveal,
    /// Training mode, on a question: hide the case's answer again.
    Hide,
    /// Training mode, in a case: give every answer of the case and show its tips.
    PlayCase,
    /// Training mode: leave the case (or its hand-out) for the list of cases.
    LeaveCase,
    /// Training mode, on a question: one more hand for this option (by id, or `weet_niet`).
    AddHand(&'a str),
    /// Training mode, on a question: one hand less for this option; never below none.
    RemoveHand(&'a str),
    /// Training mode, on a question: the hands for this option, as typed. A number from 0
    /// to 999 is taken; anything else is refused and the count stays as it was.
    SetHands {
        /// The option's id, or `weet_niet`.
        option: &'a str,
        /// The number as typed.
        count: &'a str,
    },
}

impl Event<'_> {
    fn name(&self) -> &'static str {
        match self {
            Event::Start => "start",
            Event::ChooseProfile(_) => "choose profile",
            Event::ChooseTopic(_) => "choose topic",
            Event::Answer(_) => "answer",
            Event::Back => "back",
            Event::Revisit(_) => "revisit",
            Event::Tick(_) => "tick",
            Event::OpenTopic(_) => "open topic",
            Event::Restart => "restart",
            Event::OpenCase { .. } => "open case",
            Event::OpenHandout { .. } => "open hand-out",
            Event::Reveal => "reveal",
            Event::Hide => "hide",
            Event::PlayCase => "play case",
            Event::LeaveCase => "leave case",
            Event::AddHand(_) => "add a hand",
            Event::RemoveHand(_) => "remove a hand",
            Event::SetHands { .. } => "set hands",
        }
    }
}

/// One user's way through the check.
///
/// Facts are never stored: they are derived from the answers to the questions that are
/// still asked, so changing an earlier answer cannot leave a stale fact behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    content: &'static Content,
    step: Step,
    profile: Option<Profile>,
    topic: Option<&'static Topic>,
    answers: Vec<Option<Answer>>,
    revisiting: bool,
    ticked: Vec<&'static str>,
    preset: Preset,
    /// Runs cases for a team (training mode) instead of one user's check.
    training: bool,
    /// Training mode: the case being discussed or printed, with its topic.
    case: Option<(&'static Topic, &'static Case)>,
    /// Training mode: the case's answer to the question on screen is shown.
    revealed: bool,
    /// Topics finished earlier in this session and left for another from a tip, with their
    /// answers, oldest first: the result reads them with the current one as one report.
    earlier: Vec<(&'static Topic, Vec<Option<Answer>>)>,
    /// Training mode: the team's hands per question and option of the case. Never saved.
    hands: Hands,
    /// The content's fingerprint (`hash::fingerprint`), worked out once: the widget saves
    /// the session on every step.
    fingerprint: String,
}

impl Session {
    /// A new session on the intro screen.
    pub fn new(content: &'static Content) -> Session {
        Session::with_preset(content, Preset::default())
    }

    /// A new session on the intro screen, with the choices the embedding page made.
    pub fn with_preset(content: &'static Content, preset: Preset) -> Session {
        Session {
            content,
            step: Step::Intro,
            profile: None,
            topic: None,
            answers: Vec::new(),
            revisiting: false,
            ticked: Vec::new(),
            preset,
            training: false,
            case: None,
            revealed: false,
            earlier: Vec::new(),
            hands: Hands::default(),
            fingerprint: crate::hash::fingerprint(content),
        }
    }

    /// The fingerprint of the content this session runs on (`hash::fingerprint`).
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The choices the embedding page made.
    pub fn preset(&self) -> &Preset {
        &self.preset
    }

    /// The topics offered on the topic screen.
    pub fn offered_topics(&self) -> Vec<&'static Topic> {
        self.preset.offered(self.content)
    }

    /// The content this session runs on.
    pub fn content(&self) -> &'static Content {
        self.content
    }

    /// Whether the result may open this other topic: a tip on it points there, and the
    /// embedding page offers that topic.
    pub fn can_open(&self, id: &str) -> bool {
        self.step == Step::Result
            && self.topic.is_some_and(|t| t.id != id)
            && self.preset.offers(id)
            && self.outcome().all().any(|t| t.see_topic == Some(id))
    }

    /// The current screen.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The chosen sector and role.
    pub fn profile(&self) -> Option<Profile> {
        self.profile
    }

    /// The chosen topic.
    pub fn topic(&self) -> Option<&'static Topic> {
        self.topic
    }

    /// The question on screen, if the step is a question.
    pub fn current_question(&self) -> Option<&'static Question> {
        match (self.step, self.topic) {
            (Step::Question(i), Some(topic)) => topic.questions.get(i),
            _ => None,
        }
    }

    /// The stored answer to the question at this index.
    pub fn answer(&self, index: usize) -> Option<&Answer> {
        self.answers.get(index).and_then(Option::as_ref)
    }

    /// The questions asked so far with their answers, in order.
    pub fn answered(&self) -> Vec<(&'static Question, &Answer)> {
        let Some(topic) = self.topic else {
            return Vec::new();
        };
        topic
            .questions
            .iter()
            .zip(&self.answers)
            .filter_map(|(q, a)| a.as_ref().map(|a| (q, a)))
            .collect()
    }

    /// The 1-based number of the current question, and how many questions there will be at
    /// most: later questions count unless the answers so far already rule them out.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let (Step::Question(index), Some(topic), Some(profile)) =
            (self.step, self.topic, self.profile)
        else {
            return None;
        };
        let so_far = Walk::new(topic, &profile, &self.answers[..index]);
        let number = so_far.asked[..index].iter().filter(|asked| **asked).count() + 1;
        let still_open = |fact: &str| {
            topic.questions[index..]
                .iter()
                .any(|q| q.recordable_facts().any(|f| f == fact))
        };
        let later = topic.questions[index + 1..]
            .iter()
            .filter(|q| {
                profile.fits_question(q)
                    && q.when
                        .is_none_or(|c| c.evaluate(&so_far.facts, &still_open) != Some(false))
            })
            .count();
        Some((number, number + later))
    }

    /// The facts recorded by the current answers.
    pub fn facts(&self) -> FactSet {
        self.walk().map(|w| w.facts).unwrap_or_default()
    }

    /// The tips for the answers so far.
    pub fn outcome(&self) -> Outcome {
        match (self.topic, self.profile) {
            (Some(topic), Some(profile)) => Outcome::for_facts(topic, &profile, &self.facts()),
            _ => Outcome::default(),
        }
    }

    /// Whether the user ticked this to-do tip off as done.
    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.contains(&id)
    }

    /// The ids of the tips ticked off, in the order ticked.
    pub fn ticked(&self) -> &[&'static str] {
        &self.ticked
    }

    /// The team questions that fit the answers so far.
    pub fn discussion(&self) -> Vec<&'static Prompt> {
        self.holding(|t| t.discuss)
    }

    /// What to have ready when calling the Adviespunt, for the answers so far.
    pub fn prepare(&self) -> Vec<&'static Prompt> {
        self.holding(|t| t.prepare)
    }

    /// The prompts of one list of the topic whose condition holds over the answers so far.
    fn holding(&self, list: fn(&'static Topic) -> &'static [Prompt]) -> Vec<&'static Prompt> {
        let Some(topic) = self.topic else {
            return Vec::new();
        };
        let facts = self.facts();
        list(topic)
            .iter()
            .filter(|d| d.when.is_none_or(|c| c.holds(&facts)))
            .collect()
    }

    fn tick(&mut self, id: &str) -> Result<(), EngineError> {
        let tip = self
            .outcome()
            .to_do()
            .find(|t| t.id == id)
            .ok_or_else(|| EngineError::UnknownTip(id.to_string()))?;
        match self.ticked.iter().position(|t| *t == tip.id) {
            Some(at) => {
                self.ticked.remove(at);
            }
            None => self.ticked.push(tip.id),
        }
        Ok(())
    }

    /// Why a condition (of a tip or interrupt) came out as it did: every answered question
    /// whose answers the condition looks at, with the answer given.
    pub fn why(&self, condition: &Condition) -> Vec<(&'static Question, &Answer)> {
        let mut looked_at = Vec::new();
        condition.for_each_fact(&mut |fact| looked_at.push(fact));
        self.answered()
            .into_iter()
            .filter(|(q, _)| q.recordable_facts().any(|f| looked_at.contains(&f)))
            .collect()
    }

    /// The questions answered "weet ik niet", in the order asked, each with the tips to do
    /// that this answer led to: the user's own questions for the Adviespunt.
    pub fn open_questions(&self) -> Vec<(&'static Question, Vec<&'static Tip>)> {
        let outcome = self.outcome();
        self.answered()
            .into_iter()
            .filter(|(_, a)| **a == Answer::DontKnow)
            .map(|(q, _)| {
                let facts = q.dont_know.unwrap_or_default();
                let tips = outcome
                    .to_do()
                    .filter(|t| {
                        let mut uses = false;
                        t.when.for_each_fact(&mut |f| uses |= facts.contains(&f));
                        uses
                    })
                    .collect();
                (q, tips)
            })
            .collect()
    }

    /// The topics finished earlier in this session (left for another topic from a tip's
    /// button), oldest first, each with its tips for the answers given there.
    pub fn earlier(&self) -> Vec<(&'static Topic, Outcome)> {
        let Some(profile) = self.profile else {
            return Vec::new();
        };
        self.earlier
            .iter()
            .map(|(topic, answers)| {
                let facts = Walk::new(topic, &profile, answers).facts;
                (*topic, Outcome::for_facts(topic, &profile, &facts))
            })
            .collect()
    }

    /// The interrupts that hold for the answers so far, in content order.
    pub fn interrupts(&self) -> Vec<&'static Interrupt> {
        let (Some(topic), Some(profile)) = (self.topic, self.profile) else {
            return Vec::new();
        };
        let facts = self.facts();
        topic
            .interrupts
            .iter()
            .filter(|i| profile.fits(i.sectors, i.roles) && i.when.holds(&facts))
            .collect()
    }

    /// Whether the answers describe danger now: a banner that says to call 112 shows. The
    /// result then puts what helps now first and folds the rest away.
    pub fn is_acute(&self) -> bool {
        self.interrupts()
            .iter()
            .any(|i| i.contact == ContactRef::Emergency)
    }

    /// Handles one event. On an error the session is unchanged.
    pub fn handle(&mut self, event: Event<'_>) -> Result<(), EngineError> {
        let before = self.step;
        self.transition(event)?;
        // In a case, each new screen hides the case's answer again, except on a question
        // already answered: its answer is on screen, so the rest is shown with it.
        if self.step != before {
            self.revealed = self.case.is_some() && self.current_answer().is_some();
        }
        Ok(())
    }

    /// Moves to the step the event leads to, or refuses it.
    fn transition(&mut self, event: Event<'_>) -> Result<(), EngineError> {
        let wrong = || EngineError::WrongStep {
            event: event.name(),
        };
        let in_case = self.case.is_some();
        match (self.step, event) {
            (_, Event::Restart) if self.training => *self = Session::for_training(self.content),
            (_, Event::Restart) => {
                *self = Session::with_preset(self.content, self.preset.clone());
            }
            (Step::Intro, Event::Start) => match self.preset.profile() {
                Some(profile) => self.enter_profile(profile)?,
                None => self.step = Step::Profile,
            },
            (Step::Profile, Event::ChooseProfile(profile)) => self.enter_profile(profile)?,
            (Step::Topics, Event::ChooseTopic(id)) => self.choose_topic(id)?,
            (Step::Question(i), Event::Answer(reply)) => self.answer_current(i, reply)?,
            (Step::Result, Event::Revisit(id)) => self.revisit(id)?,
            (Step::Result, Event::Tick(id)) => self.tick(id)?,
            (Step::Result, Event::OpenTopic(id)) if self.can_open(id) => {
                self.revisiting = false;
                let left = self.topic.map(|t| (t, self.answers.clone()));
                self.choose_topic(id)?;
                if let Some((topic, answers)) = left {
                    // Each topic once, with its latest answers; not the one now open.
                    self.earlier.retain(|(t, _)| t.id != topic.id && t.id != id);
                    self.earlier.push((topic, answers));
                }
            }
            (Step::Cases, Event::OpenCase { topic, case }) => self.open_case(topic, case)?,
            (Step::Cases, Event::OpenHandout { topic, case }) => self.open_handout(topic, case)?,
            (Step::Question(_), Event::Reveal) if in_case => self.revealed = true,
            (Step::Question(_), Event::Hide) if in_case => self.revealed = false,
            (Step::Question(_), Event::AddHand(option)) if in_case => {
                let (question, option) = self.hand_option(option)?;
                self.hands.add(question, option);
            }
            (Step::Question(_), Event::RemoveHand(option)) if in_case => {
                let (question, option) = self.hand_option(option)?;
                self.hands.remove(question, option);
            }
            (Step::Question(_), Event::SetHands { option, count }) if in_case => {
                let (question, option) = self.hand_option(option)?;
                let count = parse_hands(count)
                    .ok_or_else(|| EngineError::BadHandCount(count.to_string()))?;
                self.hands.set(question, option, count);
            }
            (Step::Question(_) | Step::Result, Event::PlayCase) if in_case => self.play_case()?,
            (Step::Question(_) | Step::Result | Step::Handout, Event::LeaveCase) if in_case => {
                self.leave_case()
            }
            (_, Event::Back) if self.training => self.back_in_case()?,
            (_, Event::Back) => {
                self.back()?;
                self.revisiting = false;
            }
            _ => return Err(wrong()),
        }
        Ok(())
    }

    /// The stored answer to the question on screen.
    fn current_answer(&self) -> Option<&Answer> {
        match self.step {
            Step::Question(index) => self.answer(index),
            _ => None,
        }
    }

    fn walk(&self) -> Option<Walk> {
        let (topic, profile) = (self.topic?, self.profile?);
        Some(Walk::new(topic, &profile, &self.answers))
    }

    /// Takes the profile and moves on to the topic list, or straight into the fixed topic.
    fn enter_profile(&mut self, profile: Profile) -> Result<(), EngineError> {
        if !self.preset.admits(profile) {
            return Err(EngineError::WrongStep {
                event: "choose profile",
            });
        }
        let before = (self.profile, self.step);
        self.profile = Some(profile);
        self.prune();
        match self.preset.fixed_topic() {
            Some(id) => {
                if let Err(e) = self.choose_topic(id) {
                    (self.profile, self.step) = before;
                    return Err(e);
                }
            }
            None => self.step = Step::Topics,
        }
        Ok(())
    }

    fn choose_topic(&mut self, id: &str) -> Result<(), EngineError> {
        let topic = self
            .content
            .topic(id)
            .filter(|t| self.preset.offers(t.id))
            .ok_or_else(|| EngineError::UnknownTopic(id.to_string()))?;
        let profile = self.profile.ok_or(EngineError::WrongStep {
            event: "choose topic",
        })?;
        let same = self.topic.is_some_and(|t| t.id == topic.id);
        let answers = if same {
            self.answers.clone()
        } else {
            self.ticked.clear();
            vec![None; topic.questions.len()]
        };
        let first = Walk::new(topic, &profile, &answers)
            .next_after(None)
            .ok_or(EngineError::NothingToAsk { topic: topic.id })?;
        self.topic = Some(topic);
        self.answers = answers;
        self.step = Step::Question(first);
        Ok(())
    }

    fn answer_current(&mut self, index: usize, reply: Reply<'_>) -> Result<(), EngineError> {
        let question = self
            .current_question()
            .ok_or(EngineError::WrongStep { event: "answer" })?;
        let answer = Answer::check(question, reply)?;
        self.answers[index] = Some(answer);
        self.prune();
        let walk = self.walk();
        let next = if self.revisiting {
            // Straight back to the result, unless the change brought up a new question.
            walk.and_then(|w| (0..w.asked.len()).find(|&i| w.asked[i] && self.answers[i].is_none()))
        } else {
            walk.and_then(|w| w.next_after(Some(index)))
        };
        self.step = next.map_or(Step::Result, Step::Question);
        if self.step == Step::Result {
            self.revisiting = false;
        }
        Ok(())
    }

    /// Stores an answer to a question of the chosen topic without moving on; for restoring
    /// a saved session. False when the question or answer does not fit the content.
    pub(crate) fn set_answer(&mut self, id: &str, reply: Reply<'_>) -> bool {
        let Some((index, question)) = self.topic.and_then(|t| t.question(id)) else {
            return false;
        };
        match Answer::check(question, reply) {
            Ok(answer) => {
                self.answers[index] = Some(answer);
                true
            }
            Err(_) => false,
        }
    }

    /// The topics finished earlier, with their answers as given, for saving.
    pub(crate) fn earlier_answers(&self) -> &[(&'static Topic, Vec<Option<Answer>>)] {
        &self.earlier
    }

    /// After restoring: puts back a topic finished earlier with the answers that still fit
    /// its questions. A topic that is unknown, not offered or open now is left out. Returns
    /// how many answers did not fit.
    pub(crate) fn restore_earlier(&mut self, id: &str, answers: &[(&str, Vec<&str>)]) -> usize {
        let offered = self.offered_topics();
        let Some(topic) = offered.iter().find(|t| t.id == id).copied() else {
            return answers.len();
        };
        if self.topic.is_some_and(|t| t.id == id) || self.earlier.iter().any(|(t, _)| t.id == id) {
            return answers.len();
        }
        let mut given: Vec<Option<Answer>> = vec![None; topic.questions.len()];
        let mut dropped = 0;
        for (question, options) in answers {
            let checked = topic.question(question).and_then(|(i, q)| {
                Answer::check(q, Reply::from_ids(options))
                    .ok()
                    .map(|a| (i, a))
            });
            match checked {
                Some((i, answer)) => given[i] = Some(answer),
                None => dropped += 1,
            }
        }
        self.earlier.push((topic, given));
        dropped
    }

    /// After restoring: drops answers to questions that are no longer asked and picks the
    /// screen to show. Returns how many answers were dropped.
    pub(crate) fn resume(&mut self, at_result: bool, question: &str) -> usize {
        let count = |answers: &[Option<Answer>]| answers.iter().filter(|a| a.is_some()).count();
        let before = count(&self.answers);
        self.prune();
        let dropped = before - count(&self.answers);
        let (Some(walk), Some(topic)) = (self.walk(), self.topic) else {
            return dropped;
        };
        let first_open =
            (0..walk.asked.len()).find(|&i| walk.asked[i] && self.answers[i].is_none());
        let saved_question = topic
            .question(question)
            .map(|(i, _)| i)
            .filter(|&i| walk.asked[i]);
        self.step = match (first_open, at_result, saved_question) {
            (None, true, _) => Step::Result,
            (_, _, Some(i)) => Step::Question(i),
            (Some(i), _, None) => Step::Question(i),
            (None, false, None) => Step::Result,
        };
        dropped
    }

    fn revisit(&mut self, id: &str) -> Result<(), EngineError> {
        let topic = self
            .topic
            .ok_or(EngineError::WrongStep { event: "revisit" })?;
        let (index, _) = topic
            .question(id)
            .filter(|(i, _)| self.answers.get(*i).is_some_and(Option::is_some))
            .ok_or_else(|| EngineError::NotAnswered(id.to_string()))?;
        self.step = Step::Question(index);
        self.revisiting = true;
        Ok(())
    }

    fn back(&mut self) -> Result<(), EngineError> {
        let before_questions = self.screen_before(Step::Topics);
        self.step = match self.step {
            Step::Intro | Step::Cases => return Err(EngineError::NothingBefore),
            Step::Handout => Step::Cases,
            Step::Profile => Step::Intro,
            Step::Topics => self.screen_before(Step::Profile),
            Step::Question(i) => match self.walk().and_then(|w| w.previous_before(i)) {
                Some(previous) => Step::Question(previous),
                None => before_questions,
            },
            Step::Result => {
                let len = self.answers.len();
                match self.walk().and_then(|w| w.previous_before(len)) {
                    Some(last) => Step::Question(last),
                    None => before_questions,
                }
            }
        };
        Ok(())
    }

    /// The screen shown before `step`, passing over screens whose choice the preset fixed.
    fn screen_before(&self, step: Step) -> Step {
        let skip_topics = self.preset.fixed_topic().is_some();
        let skip_profile = self.preset.profile().is_some();
        match step {
            Step::Topics if skip_topics => self.screen_before(Step::Profile),
            Step::Profile if skip_profile => Step::Intro,
            other => other,
        }
    }

    /// Drops every answer to a question that is no longer asked, e.g. a follow-up whose
    /// condition stopped holding after an earlier answer changed.
    /// Ticks on tips that no longer apply go too.
    fn prune(&mut self) {
        if let Some(walk) = self.walk() {
            for (answer, asked) in self.answers.iter_mut().zip(walk.asked) {
                if !asked {
                    *answer = None;
                }
            }
        }
        if !self.ticked.is_empty() {
            let outcome = self.outcome();
            self.ticked
                .retain(|id| outcome.to_do().any(|t| t.id == *id));
        }
    }
}

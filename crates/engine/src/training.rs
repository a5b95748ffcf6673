//! Training mode: a case played through the real check, what each answer option leads to
//! for the case's sector and role, the adviser's reasoning behind each question, the
//! sources of a case's hand-out, and what the presenter keys do.

use super::answer::{Answer, Reply};
use super::facts::FactSet;
use super::model::{
    Case, Condition, Content, Interrupt, Question, QuestionKind, Source, Text, Tip, Topic,
};
use super::preset::Preset;
use super::profile::Profile;
use super::session::{Event, Session, Step};
use super::walk::is_asked;

pub use super::answer::DONT_KNOW;

/// The preset a case runs under: its sector, role and topic are fixed.
pub fn case_preset(topic: &Topic, case: &Case) -> Preset {
    Preset {
        sector: Some(case.sector),
        role: Some(case.role),
        topics: Vec::new(),
        topic: Some(topic.id),
    }
}

/// The case with this id in the topic with this id, if there is one.
pub fn find_case(
    content: &'static Content,
    topic: &str,
    case: &str,
) -> Option<(&'static Topic, &'static Case)> {
    let topic = content.topic(topic)?;
    let case = topic.cases.iter().find(|c| c.id == case)?;
    Some((topic, case))
}

/// The sector and role of a case.
pub fn case_profile(case: &Case) -> Profile {
    Profile {
        sector: case.sector,
        role: case.role,
    }
}

/// A session past the intro of a case, on its first question.
pub fn start_case(content: &'static Content, topic: &Topic, case: &Case) -> Session {
    let mut session = Session::with_preset(content, case_preset(topic, case));
    let _ = session.handle(Event::Start);
    session
}

/// Plays every answer of the case through the check and returns the session on the result
/// page, or says where the case's answers stop fitting the topic.
pub fn play_case(content: &'static Content, topic: &Topic, case: &Case) -> Result<Session, String> {
    let mut session = start_case(content, topic, case);
    for answer in case.answers {
        let asked = session.current_question().map(|q| q.id);
        if asked != Some(answer.question) {
            return Err(match asked {
                Some(q) => format!(
                    "the check asks '{q}' where the case answers '{}'",
                    answer.question
                ),
                None => format!(
                    "the check has ended before the case answers '{}'",
                    answer.question
                ),
            });
        }
        let reply = if answer.options == [DONT_KNOW] {
            Reply::DontKnow
        } else {
            Reply::Options(answer.options)
        };
        session
            .handle(Event::Answer(reply))
            .map_err(|e| format!("answer to '{}': {e}", answer.question))?;
    }
    match session.step() {
        Step::Result => Ok(session),
        _ => Err(format!(
            "the check asks '{}' after the case's last answer",
            session.current_question().map_or("?", |q| q.id)
        )),
    }
}

/// The case's answer to a question, if the case answers it.
pub fn case_answer(case: &Case, question: &str) -> Option<&'static [&'static str]> {
    case.answers
        .iter()
        .find(|a| a.question == question)
        .map(|a| a.options)
}

/// The adviser's reasoning behind a question: from this case, or else from another case of
/// the topic that answers it (a team may take another turn than the case).
pub fn why(topic: &Topic, case: &Case, question: &str) -> Option<Text> {
    case.answers
        .iter()
        .chain(topic.cases.iter().flat_map(|c| c.answers))
        .find(|a| a.question == question)
        .map(|a| a.why)
}

/// The answer options of a question as a facilitator sees them: its options, then
/// "weet ik niet" when it offers that.
pub fn option_ids(question: &Question) -> Vec<&'static str> {
    question
        .options
        .iter()
        .map(|o| o.id)
        .chain(question.dont_know.map(|_| DONT_KNOW))
        .collect()
}

/// What an answer leads to: follow-up questions, tips and urgent banners.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Leads {
    /// Later questions the check then asks.
    pub questions: Vec<&'static Question>,
    /// Tips on the result: to-dos and things already done well.
    pub tips: Vec<&'static Tip>,
    /// Urgent banners that then appear.
    pub interrupts: Vec<&'static Interrupt>,
}

impl Leads {
    /// Whether it leads to nothing.
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty() && self.tips.is_empty() && self.interrupts.is_empty()
    }
}

/// What one answer option leads to, for one profile and the answers above it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OptionLeads {
    /// The option id, or `weet_niet`.
    pub option: &'static str,
    /// What this answer brings for sure, given the answers above.
    pub sure: Leads,
    /// What this answer makes possible, depending on the answers still to come.
    pub maybe: Leads,
}

/// The facts known on reaching the question at `index`: the profile's and those of the
/// answers to the questions above it that are asked.
pub fn known_before(topic: &Topic, profile: &Profile, session: &Session, index: usize) -> FactSet {
    let mut facts = profile.facts();
    for (i, question) in topic.questions.iter().enumerate().take(index) {
        if is_asked(question, profile, &facts)
            && let Some(answer) = session.answer(i)
        {
            answer.record(question, &mut facts);
        }
    }
    facts
}

/// The facts known on reaching a question when the case's own answers are given above it.
pub fn known_in_case(topic: &Topic, case: &Case, index: usize) -> FactSet {
    let profile = case_profile(case);
    let mut facts = profile.facts();
    for question in topic.questions.iter().take(index) {
        if !is_asked(question, &profile, &facts) {
            continue;
        }
        if let Some(options) = case_answer(case, question.id) {
            let answer = if options == [DONT_KNOW] {
                Answer::DontKnow
            } else {
                Answer::Chosen(options.to_vec())
            };
            answer.record(question, &mut facts);
        }
    }
    facts
}

/// For every answer option of the question at `index`: what it leads to for this profile,
/// given the facts known above it. Only what the answer to this question changes is listed
/// under an option: an item appears where it is most likely (sure, or possible where other
/// options rule it out), never where another option makes it likelier. Tips, questions and
/// banners meant for other sectors or roles never appear.
pub fn answer_leads(
    topic: &'static Topic,
    profile: &Profile,
    known: &FactSet,
    index: usize,
) -> Vec<OptionLeads> {
    let Some(question) = topic.questions.get(index) else {
        return Vec::new();
    };
    let later = &topic.questions[index + 1..];
    let options = option_ids(question);
    // Per option: the facts it adds, and which facts are still open after choosing it.
    let worlds: Vec<(FactSet, Vec<&'static str>)> = options
        .iter()
        .map(|&id| {
            let own = option_facts(question, id);
            let mut facts = known.clone();
            facts.extend(own);
            let mut open: Vec<&'static str> = later
                .iter()
                .filter(|q| profile.fits_question(q))
                .flat_map(|q| q.recordable_facts())
                .collect();
            // In a multiple-choice question other options can still be ticked beside this
            // one, unless this one excludes them.
            let excludes =
                id == DONT_KNOW || question.options.iter().any(|o| o.id == id && o.exclusive);
            if question.kind == QuestionKind::Multiple && !excludes {
                open.extend(
                    question
                        .options
                        .iter()
                        .filter(|o| o.id != id && !o.exclusive)
                        .flat_map(|o| o.facts.iter().copied()),
                );
            }
            (facts, open)
        })
        .collect();
    let mut leads: Vec<OptionLeads> = options
        .iter()
        .map(|&option| OptionLeads {
            option,
            ..OptionLeads::default()
        })
        .collect();
    // Places each item under the options where it is likeliest, when the answer matters.
    let mut place = |when: &Condition, add: &mut dyn FnMut(&mut Leads)| {
        let values: Vec<u8> = worlds
            .iter()
            .map(
                |(facts, open)| match when.evaluate(facts, &|f| open.contains(&f)) {
                    Some(false) => 0,
                    None => 1,
                    Some(true) => 2,
                },
            )
            .collect();
        let (Some(&low), Some(&high)) = (values.iter().min(), values.iter().max()) else {
            return;
        };
        if low == high {
            return;
        }
        for (lead, value) in leads.iter_mut().zip(&values) {
            match *value {
                2 if high == 2 => add(&mut lead.sure),
                1 if high == 1 => add(&mut lead.maybe),
                _ => {}
            }
        }
    };
    for q in later.iter().filter(|q| profile.fits_question(q)) {
        if let Some(when) = &q.when {
            place(when, &mut |l| l.questions.push(q));
        }
    }
    for tip in topic.tips.iter().filter(|t| profile.fits_tip(t)) {
        place(&tip.when, &mut |l| {
            if !l.tips.iter().any(|t| t.id == tip.id) {
                l.tips.push(tip);
            }
        });
    }
    for interrupt in topic
        .interrupts
        .iter()
        .filter(|i| profile.fits(i.sectors, i.roles))
    {
        place(&interrupt.when, &mut |l| l.interrupts.push(interrupt));
    }
    // What an option brings for sure is not repeated as possible.
    for lead in &mut leads {
        let sure = lead.sure.clone();
        lead.maybe
            .tips
            .retain(|t| !sure.tips.iter().any(|s| s.id == t.id));
    }
    leads
}

/// The facts an option (or `weet_niet`) of the question records.
fn option_facts(question: &Question, option: &str) -> &'static [&'static str] {
    if option == DONT_KNOW {
        question.dont_know.unwrap_or_default()
    } else {
        question
            .options
            .iter()
            .find(|o| o.id == option)
            .map_or(&[], |o| o.facts)
    }
}

/// The sources behind a case: those of the tips and banners its answers lead to, in the
/// order they appear on the result, each once.
pub fn case_sources(content: &'static Content, topic: &Topic, case: &Case) -> Vec<&'static Source> {
    let Ok(session) = play_case(content, topic, case) else {
        return Vec::new();
    };
    let outcome = session.outcome();
    let mut sources: Vec<&'static Source> = Vec::new();
    let from_banners = session.interrupts().into_iter().flat_map(|i| i.sources);
    let from_tips = outcome
        .urgent
        .iter()
        .chain(&outcome.todo)
        .chain(&outcome.good)
        .flat_map(|t| t.sources);
    for source in from_banners.chain(from_tips) {
        if !sources.iter().any(|s| s.id == source.id) {
            sources.push(source);
        }
    }
    sources
}

/// A presenter key in training mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresenterKey {
    /// Page Down or the right arrow.
    Forward,
    /// Page Up or the left arrow.
    Backward,
    /// End: straight to the tips.
    End,
}

/// Where the screen stands when a presenter key is pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenState {
    /// Part of the screen is below the window.
    pub more_below: bool,
    /// Part of the screen is above the window.
    pub more_above: bool,
    /// The question has a case answer the facilitator has not revealed yet.
    pub unrevealed: bool,
    /// The team has chosen an answer on the screen.
    pub answered: bool,
}

/// What a presenter key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresenterAction {
    /// Scroll down by about a screen.
    ScrollDown,
    /// Scroll up by about a screen.
    ScrollUp,
    /// Reveal the case's answer and what each answer leads to.
    Reveal,
    /// Go on to the next question (or the result).
    Next,
    /// Go back one question.
    Back,
    /// Show the tips of the whole case.
    Result,
}

/// What a presenter key does on a screen: a long screen is scrolled through first; on a
/// question nobody has answered yet, the end of the screen first reveals the case's answer.
pub fn presenter_action(key: PresenterKey, screen: ScreenState) -> PresenterAction {
    match key {
        PresenterKey::Forward if screen.more_below => PresenterAction::ScrollDown,
        PresenterKey::Forward if screen.unrevealed && !screen.answered => PresenterAction::Reveal,
        PresenterKey::Forward => PresenterAction::Next,
        PresenterKey::Backward if screen.more_above => PresenterAction::ScrollUp,
        PresenterKey::Backward => PresenterAction::Back,
        PresenterKey::End => PresenterAction::Result,
    }
}

//! Saving a session as a short text and restoring it, safely, whatever the text holds.
//!
//! The text names ids only (topic, questions, options), never the user's words, so it holds
//! nothing but the answers given. It carries a schema version and a fingerprint of the
//! content it was made with: after a content update, answers that still fit are kept and
//! the rest are dropped.

use std::fmt::Write;

use super::answer::Reply;
use super::model::{Content, Lang, Role, Sector};
use super::preset::Preset;
use super::profile::Profile;
use super::session::{Event, Session, Step};

/// The version of the saved format.
pub const SCHEMA: u32 = 1;

/// A saved answer: the question's id and the ids chosen.
type SavedAnswer<'a> = (&'a str, Vec<&'a str>);

/// What was restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The session, as far as the saved text still fits the content.
    pub session: Session,
    /// The language saved with it.
    pub lang: Lang,
    /// How many saved answers no longer fit the content and were dropped.
    pub dropped: usize,
    /// Whether the content changed since the text was saved.
    pub content_changed: bool,
}

impl Session {
    /// The session as a short text, with the language shown.
    pub fn save(&self, lang: Lang) -> String {
        let mut out = format!(
            "zelfcheck {SCHEMA}\ncontent {}\nlang {}\n",
            self.fingerprint(),
            lang.code()
        );
        if let Some(p) = self.profile() {
            let _ = writeln!(out, "profile {} {}", p.sector.id(), p.role.id());
        }
        if let Some(topic) = self.topic() {
            let _ = writeln!(out, "topic {}", topic.id);
            for (q, a) in self.answered() {
                let _ = writeln!(out, "answer {} {}", q.id, a.ids().join(" "));
            }
        }
        for id in self.ticked() {
            let _ = writeln!(out, "tick {id}");
        }
        // A topic left for another from a tip: `earlier <topic> <question>:<option>,<option> …`.
        // Readers of this schema that do not know the line pass over it.
        for (topic, answers) in self.earlier_answers() {
            let _ = write!(out, "earlier {}", topic.id);
            for (q, a) in topic.questions.iter().zip(answers) {
                if let Some(a) = a {
                    let _ = write!(out, " {}:{}", q.id, a.ids().join(","));
                }
            }
            out.push('\n');
        }
        let step = match self.step() {
            Step::Intro => "intro".to_string(),
            Step::Profile => "profile".to_string(),
            Step::Topics => "topics".to_string(),
            Step::Question(_) => {
                format!("question {}", self.current_question().map_or("", |q| q.id))
            }
            Step::Result => "result".to_string(),
            // Training mode is never stored; its own screens read as the start.
            Step::Cases | Step::Handout => "intro".to_string(),
        };
        let _ = writeln!(out, "step {step}");
        out
    }

    /// Restores a saved text. Anything that does not fit is left out; text that is not a
    /// saved session at all gives `None`. Never panics.
    pub fn restore(content: &'static Content, text: &str) -> Option<Restored> {
        Session::restore_with(content, &Preset::default(), text)
    }

    /// Restores a saved text for a widget with this preset. A saved profile the preset
    /// does not admit gives `None` (the text belongs to another configuration); a saved
    /// topic it does not offer loses its answers.
    pub fn restore_with(
        content: &'static Content,
        preset: &Preset,
        text: &str,
    ) -> Option<Restored> {
        let mut lines = text.lines();
        if lines.next()?.trim() != format!("zelfcheck {SCHEMA}") {
            return None;
        }
        let mut restored = Restored {
            session: Session::with_preset(content, preset.clone()),
            lang: Lang::Nl,
            dropped: 0,
            content_changed: false,
        };
        let mut profile = None;
        let mut topic = None;
        let mut answers: Vec<(&str, Vec<&str>)> = Vec::new();
        let mut ticks: Vec<&str> = Vec::new();
        let mut earlier: Vec<(&str, Vec<SavedAnswer>)> = Vec::new();
        let mut step = "intro";
        let mut step_question = "";
        for line in lines {
            let mut words = line.split_whitespace();
            match (words.next(), words.next()) {
                (Some("content"), Some(f)) => {
                    restored.content_changed = f != restored.session.fingerprint();
                }
                (Some("lang"), Some("en")) => restored.lang = Lang::En,
                (Some("profile"), Some(sector)) => {
                    profile = Sector::from_id(sector)
                        .zip(words.next().and_then(Role::from_id))
                        .map(|(sector, role)| Profile { sector, role });
                }
                (Some("topic"), Some(id)) => topic = Some(id),
                (Some("answer"), Some(q)) => answers.push((q, words.collect())),
                (Some("tick"), Some(id)) => ticks.push(id),
                (Some("earlier"), Some(id)) => earlier.push((
                    id,
                    words
                        .filter_map(|w| w.split_once(':'))
                        .map(|(q, options)| (q, options.split(',').collect()))
                        .collect(),
                )),
                (Some("step"), Some(s)) => {
                    step = s;
                    step_question = words.next().unwrap_or("");
                }
                _ => {}
            }
        }
        let s = &mut restored.session;
        if step == "intro" {
            return Some(restored);
        }
        let _ = s.handle(Event::Start);
        let Some(profile) = profile else {
            return Some(restored);
        };
        if !preset.admits(profile) {
            return None;
        }
        if s.step() == Step::Profile {
            let _ = s.handle(Event::ChooseProfile(profile));
        }
        let Some(topic_id) = topic else {
            return Some(restored);
        };
        if s.step() == Step::Topics {
            let _ = s.handle(Event::ChooseTopic(topic_id));
        }
        if s.topic().is_none_or(|t| t.id != topic_id) {
            restored.dropped = answers.len();
            return Some(restored);
        }
        for (question, options) in &answers {
            let reply = Reply::from_ids(options);
            if !s.set_answer(question, reply) {
                restored.dropped += 1;
            }
        }
        restored.dropped += s.resume(step == "result", step_question);
        for (id, answers) in &earlier {
            restored.dropped += s.restore_earlier(id, answers);
        }
        if s.step() == Step::Result {
            for id in ticks {
                let _ = s.handle(Event::Tick(id));
            }
        }
        Some(restored)
    }
}

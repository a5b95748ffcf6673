//! The answer being chosen on a question screen, until "Volgende" or a presenter key sends
//! it. Kept apart from the screens so the shared state can hold it without importing them.

use leptos::prelude::*;
use zelfcheck_engine::{EngineError, Event, Selection};

/// What is ticked on the question on screen, and whether "Volgende" found nothing ticked.
#[derive(Debug, Clone, Copy)]
pub struct AnswerForm {
    /// What is ticked.
    pub selected: RwSignal<Selection>,
    /// "Volgende" was pressed with nothing ticked.
    pub missing: RwSignal<bool>,
}

impl AnswerForm {
    /// Sends what is ticked as the answer through `send`, or has the screen say that an
    /// answer is needed.
    pub fn submit(self, send: impl FnOnce(Event<'_>) -> Result<(), EngineError>) {
        let sent = self
            .selected
            .try_with_untracked(|chosen| chosen.reply().map(|reply| send(Event::Answer(reply))));
        // A form whose screen is already gone sends nothing and says nothing.
        if matches!(sent, Some(None)) {
            self.missing.set(true);
        }
    }

    /// Whether anything is ticked.
    pub fn has_choice(self) -> bool {
        self.selected
            .try_with_untracked(|chosen| !chosen.ids().is_empty())
            .unwrap_or(false)
    }
}

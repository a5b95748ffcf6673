//! The state every screen shares: the engine's session and the language.

use leptos::prelude::*;

use crate::content::CONTENT;
use crate::ui::answer_form::AnswerForm;
use crate::ui::language::Later;
use crate::ui::setup::Setup;
use zelfcheck_engine::{EngineError, Event, Lang, Session};

/// Shared state, provided by the app and read by every screen.
#[derive(Debug, Clone, Copy)]
pub struct Zelfcheck {
    /// The engine's session; every change goes through [`Zelfcheck::send`].
    pub session: RwSignal<Session>,
    /// The language shown.
    pub lang: RwSignal<Lang>,
    /// Whether the later part of the texts (tips, cases, quick answers) is there.
    pub later: RwSignal<Later>,
    /// Whether the user has done anything yet; until then the widget leaves focus alone,
    /// so a host page does not jump to it on load.
    pub interacted: RwSignal<bool>,
    /// Keep progress on this device (localStorage) instead of this tab only.
    pub remember: RwSignal<bool>,
    /// False when the browser does not let the widget save.
    pub storage_ok: RwSignal<bool>,
    /// Shown once after restoring: the content changed and answers were dropped.
    pub content_updated: RwSignal<bool>,
    /// This widget's settings and storage key.
    pub setup: StoredValue<Setup>,
    /// The last step change came from "Terug": focus then returns to the answer chosen
    /// on the screen shown, not to its heading.
    pub went_back: RwSignal<bool>,
    /// Training mode: the answer being chosen on the question on screen, so a presenter
    /// key can go on with it as "Volgende" does.
    pub answer_form: StoredValue<Option<AnswerForm>>,
    /// The widget is (about to be) printed: every fold's body is built, so the printout
    /// holds what the folds hold (see `parts::fold`).
    pub unfold: RwSignal<bool>,
}

impl Zelfcheck {
    /// The state provided by the app.
    pub fn expect() -> Zelfcheck {
        expect_context::<Zelfcheck>()
    }

    /// A fresh session with this widget's preset; in training mode, on the list of cases.
    pub fn fresh_session(&self) -> Session {
        if self.training() {
            return Session::for_training(&CONTENT);
        }
        Session::with_preset(
            &CONTENT,
            self.setup.with_value(|s| s.settings.preset.clone()),
        )
    }

    /// Whether this widget runs in training mode.
    pub fn training(&self) -> bool {
        self.setup.with_value(|s| s.settings.training)
    }

    /// The key this widget saves its progress under.
    pub fn key(&self) -> String {
        self.setup.with_value(|s| s.key.clone())
    }

    /// Hands an event to the engine: every change of the session goes through here. A
    /// refused event changes nothing; it is logged because the screens only offer events
    /// that fit. Where focus goes on the next screen follows from how the step changed.
    pub fn send(&self, event: Event<'_>) -> Result<(), EngineError> {
        self.interacted.set(true);
        let before = self.session.with_untracked(Session::step);
        let mut result = Ok(());
        self.session.update(|s| result = s.handle(event));
        match &result {
            Ok(()) if self.session.with_untracked(Session::step) != before => {
                self.went_back.set(event == Event::Back);
            }
            Ok(()) => {}
            Err(e) => leptos::logging::warn!("zelfcheck: {e}"),
        }
        result
    }
}

//! The shape of the TOML files, as an author writes them.

use serde::Deserialize;
use toml::Spanned;
use zelfcheck_engine::*;

use super::mirror::{Choice, mirror, optional_mirror};
pub use super::mirror::{OpeningSrc, TextSrc};

/// `sources.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub sources: Vec<SourceSrc>,
}

zelfcheck_engine::source_fields!(mirror {
    /// One citable source.
    pub struct SourceSrc {}
});

/// `contacts.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactsFile {
    pub adviespunt: ContactSrc,
    pub calamiteitenteam: ContactSrc,
    pub emergency: ContactSrc,
    pub veilig_thuis: ContactSrc,
    pub vertrouwensinspecteur: ContactSrc,
    pub csg: ContactSrc,
}

zelfcheck_engine::contact_fields!(mirror {
    /// One contact.
    pub struct ContactSrc {}
});

/// A file under `topics/`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicFile {
    pub id: Spanned<String>,
    pub order: i64,
    pub title: TextSrc,
    pub summary: TextSrc,
    pub edition: Spanned<toml::value::Datetime>,
    pub review: Option<ReviewSrc>,
    pub for_yourself: Option<TextSrc>,
    #[serde(default)]
    pub questions: Vec<QuestionSrc>,
    #[serde(default)]
    pub tips: Vec<TipSrc>,
    #[serde(default)]
    pub interrupts: Vec<InterruptSrc>,
    #[serde(default)]
    pub phases: Vec<PhaseSrc>,
    #[serde(default)]
    pub discuss: Vec<PromptSrc>,
    #[serde(default)]
    pub prepare: Vec<PromptSrc>,
}

/// One phase of a topic.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseSrc {
    pub id: Spanned<String>,
    pub nl: Spanned<String>,
    pub en: Spanned<String>,
}

/// One question for the team, or one thing to have ready for a call.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromptSrc {
    pub when: Option<Spanned<String>>,
    pub text: TextSrc,
}

/// One question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSrc {
    pub id: Spanned<String>,
    #[serde(rename = "type")]
    pub kind: Choice<QuestionKind>,
    pub text: TextSrc,
    pub help: Option<TextSrc>,
    #[serde(default)]
    pub dont_know: bool,
    pub when: Option<Spanned<String>>,
    #[serde(default)]
    pub sectors: Vec<Spanned<String>>,
    #[serde(default)]
    pub roles: Vec<Spanned<String>>,
    #[serde(default)]
    pub options: Vec<OptionSrc>,
}

/// One answer option.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionSrc {
    pub id: Spanned<String>,
    pub text: TextSrc,
    #[serde(default)]
    pub facts: Vec<Spanned<String>>,
    #[serde(default)]
    pub exclusive: bool,
}

zelfcheck_engine::tip_fields!(optional_mirror {
    /// One tip: written out in full, or a reference to a shared rule (`rule = "..."`) with
    /// only `id`, `when`, `phase` and `see_topic` beside it. Its other fields are the model's
    /// (`Tip`), each as an author writes it.
    pub struct TipSrc {
        pub rule: Option<Spanned<String>>,
        pub checked: Option<Spanned<toml::value::Datetime>>,
    }
});

zelfcheck_engine::interrupt_fields!(optional_mirror {
    /// One interrupt: written out in full, or a reference to a shared rule (`rule = "..."`)
    /// with only `id` and `when` beside it. Its other fields are the model's (`Interrupt`).
    pub struct InterruptSrc {
        pub rule: Option<Spanned<String>>,
    }
});

/// `rules.toml`: legal rules that recur in several topics, written once.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    #[serde(default)]
    pub official_hosts: Vec<String>,
    #[serde(default)]
    pub facts: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    pub conditions: std::collections::BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    pub tips: Vec<TipSrc>,
    #[serde(default)]
    pub interrupts: Vec<InterruptSrc>,
    #[serde(default)]
    pub guards: Vec<GuardSrc>,
}

/// A promise checked over every path of every topic: when `when` holds, no tip or banner
/// from `never_rules`, and none whose Dutch title or text holds one of `never_words`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuardSrc {
    pub id: Spanned<String>,
    pub when: Spanned<String>,
    #[serde(default)]
    pub never_rules: Vec<Spanned<String>>,
    #[serde(default)]
    pub never_words: Vec<String>,
    pub why: String,
}

/// `glossary.toml`: one English rendering per Dutch term, and English to avoid.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    #[serde(default)]
    pub terms: Vec<TermSrc>,
}

/// One Dutch term, its English rendering, renderings that must not be used, and, for a
/// term a reader may not know, the forms to find in texts and what it means.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermSrc {
    pub nl: Spanned<String>,
    pub en: String,
    /// Per language, the forms that get the explanation where they stand in a text.
    #[serde(default)]
    pub find: Option<FormsSrc>,
    /// What the term means, in both languages.
    #[serde(default)]
    pub explain: Option<TextSrc>,
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Match `avoid` with its capitals as written (for calques like "Good that").
    #[serde(default)]
    pub exact_case: bool,
}

/// The forms of a glossary term, per language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormsSrc {
    pub nl: Spanned<Vec<String>>,
    pub en: Spanned<Vec<String>>,
}

/// A review of a topic by an adviser of the Adviespunt.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewSrc {
    pub by: Spanned<String>,
    pub date: Spanned<toml::value::Datetime>,
    pub edition: Spanned<toml::value::Datetime>,
}

/// A file under `cases/`, named after its topic.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CasesFile {
    #[serde(default)]
    pub cases: Vec<CaseSrc>,
    /// Per question the cases answer: what the adviser wants to know, and why.
    #[serde(default)]
    pub why: Vec<WhySrc>,
}

/// The adviser's reasoning behind one question, shown when a facilitator reveals it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhySrc {
    pub question: Spanned<String>,
    pub text: TextSrc,
}

/// One training case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseSrc {
    pub id: Spanned<String>,
    pub sector: Spanned<String>,
    pub role: Spanned<String>,
    pub title: TextSrc,
    pub text: TextSrc,
    pub answers: Spanned<Vec<Vec<String>>>,
}

/// A file under `quick/`, named after its topic.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuickFile {
    #[serde(default)]
    pub quick: Vec<QuickSrc>,
}

/// One quick question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuickSrc {
    pub id: Spanned<String>,
    pub question: TextSrc,
    pub answer: TextSrc,
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub keywords: Option<KeywordsSrc>,
}

/// Extra search words per language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeywordsSrc {
    #[serde(default)]
    pub nl: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

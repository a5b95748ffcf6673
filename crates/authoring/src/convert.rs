//! Reads the content files and turns them into the engine's model, checking every field
//! and reference on the way.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::de::DeserializeOwned;
use toml::Spanned;

use super::condition::parse_condition;
use super::error::{ContentError, SourceFile};
use super::leak::{leak, leak_slice, leak_str};
use super::opening::opening;
pub use super::places::Places;
use super::source::*;
use zelfcheck_engine::*;

mod rules;

use rules::{RuleBook, host, is_profile_fact};

/// The checked content, and the screen texts from `ui.toml`.
#[derive(Debug, Clone)]
pub struct Converted {
    /// The model the engine runs on.
    pub content: &'static Content,
    /// Screen texts by key, sorted by key.
    pub ui: Vec<(String, Text)>,
    /// Where each question and tip is written.
    pub places: Places,
    /// Per topic and tip (or `!interrupt`): the shared rule of `rules.toml` it uses.
    pub rule_of: HashMap<(String, String), &'static str>,
    /// The guards of `rules.toml`, checked over every path by `check_dir`.
    pub guards: Vec<Guard>,
    /// The hosts of official sources (`official_hosts` in `rules.toml`).
    pub official_hosts: Vec<String>,
    /// The words of the printable pages (`print.toml`); `None` when there is no such file.
    pub print: Option<super::print_texts::PrintTexts>,
}

impl Converted {
    /// Whether a source is on one of the official hosts (a law, the Inspectie, ...).
    pub fn is_official(&self, source: &Source) -> bool {
        rules::on_official_host(&self.official_hosts, source.url)
    }
}

/// A promise of `rules.toml` that every path of every topic must keep.
#[derive(Debug, Clone)]
pub struct Guard {
    /// Its id, for messages.
    pub id: &'static str,
    /// When it applies.
    pub when: &'static Condition,
    /// Rules whose tips and banners may not show when it applies.
    pub never_rules: Vec<&'static str>,
    /// Lower-case words no Dutch title or text may hold when it applies.
    pub never_words: Vec<String>,
    /// Why, in plain words.
    pub why: String,
}

/// Reads `dir` (the `content/` folder) and converts it; all problems are returned at once.
pub fn convert_dir(dir: &Path) -> Result<Converted, Vec<ContentError>> {
    let mut c = Converter::default();
    let ui = c.ui(dir);
    let sources = c.sources(dir);
    let guards = c.rules(dir, sources);
    let contacts = c.contacts(dir, sources);
    let topics = c.topics(dir, sources);
    let quick = c.quick(dir, topics, sources);
    let editions = super::editions::read_dir(dir, topics)
        .map_err(|errors| c.errors.extend(errors))
        .ok();
    let documents = super::documents::read_dir(dir, topics, &c.places)
        .map_err(|errors| c.errors.extend(errors))
        .unwrap_or_default();
    let triage = super::triage::read_dir(dir, topics)
        .map_err(|errors| c.errors.extend(errors))
        .unwrap_or_default();
    let print = super::print_texts::read_dir(dir, topics)
        .map_err(|errors| c.errors.extend(errors))
        .unwrap_or_default();
    let (glossary, glossary_errors) = super::glossary::read_dir(dir);
    c.errors.extend(glossary_errors);
    let (synonyms, synonym_errors) = super::synonyms::read_dir(dir);
    c.errors.extend(synonym_errors);
    c.errors.extend(super::phones::check_dir(dir));
    c.errors.extend(super::claims::check_dir(dir));
    c.errors.extend(super::instructions::check_dir(dir));
    match (c.errors.is_empty(), contacts, editions) {
        (true, Some(contacts), Some(editions)) => Ok(Converted {
            content: leak(Content {
                topics,
                sources,
                contacts,
                quick,
                glossary: leak_slice(glossary),
                synonyms: leak_slice(synonyms),
                editions: editions.editions,
                feedback_email: editions.feedback_email,
                documents,
                triage,
            }),
            ui,
            places: c.places,
            rule_of: c.rule_of,
            guards,
            official_hosts: c.book.official_hosts,
            print,
        }),
        _ => Err(c.errors),
    }
}

#[derive(Default)]
struct Converter {
    errors: Vec<ContentError>,
    places: Places,
    tip_ids: HashSet<String>,
    book: RuleBook,
    rule_of: HashMap<(String, String), &'static str>,
}

/// A TOML date (no time) as YYYY-MM-DD.
fn day(value: &toml::value::Datetime) -> Option<String> {
    match (value.date, value.time) {
        (Some(day), None) => Some(day.to_string()),
        _ => None,
    }
}

/// The fields a tip that uses a shared rule may write beside `rule = ...`.
const BESIDE_TIP_RULE: [&str; 4] = ["id", "when", "phase", "see_topic"];

/// The fields a banner that uses a shared rule may write beside `rule = ...`.
const BESIDE_INTERRUPT_RULE: [&str; 2] = ["id", "when"];

/// A list an author may leave out.
fn or_none<T>(list: &Option<Vec<T>>) -> &[T] {
    list.as_deref().unwrap_or_default()
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

impl Converter {
    fn read<T: DeserializeOwned>(&mut self, path: &Path) -> Option<(SourceFile, T)> {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                self.errors.push(ContentError {
                    file: name,
                    line: 1,
                    message: format!("cannot read the file: {e}"),
                });
                return None;
            }
        };
        let file = SourceFile { name, text };
        match toml::from_str::<T>(&file.text) {
            Ok(value) => Some((file, value)),
            Err(e) => {
                let offset = e.span().map_or(0, |s| s.start);
                let message = e.message().trim().to_string();
                self.errors.push(file.error(offset, message));
                None
            }
        }
    }

    fn id(&mut self, file: &SourceFile, id: &Spanned<String>, what: &str) -> &'static str {
        if !valid_id(id.get_ref()) {
            self.errors.push(file.error(
                id.span().start,
                format!(
                    "{what} id '{}' may only hold lower-case letters, digits, '-' and '_'",
                    id.get_ref()
                ),
            ));
        }
        leak_str(id.get_ref().as_str())
    }

    fn string(&mut self, file: &SourceFile, s: &Spanned<String>, what: &str) -> &'static str {
        if s.get_ref().trim().is_empty() {
            self.errors
                .push(file.error(s.span().start, format!("{what} is empty")));
        }
        leak_str(s.get_ref().as_str())
    }

    fn text(&mut self, file: &SourceFile, t: &TextSrc, what: &str) -> Text {
        t.checked(file, what, &mut self.errors)
    }

    fn ui(&mut self, dir: &Path) -> Vec<(String, Text)> {
        let Some((file, table)) =
            self.read::<std::collections::BTreeMap<Spanned<String>, TextSrc>>(&dir.join("ui.toml"))
        else {
            return Vec::new();
        };
        let mut texts = Vec::new();
        for (key, text) in &table {
            let valid = key
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_')
                && key.get_ref().starts_with(|c: char| c.is_ascii_lowercase());
            if !valid {
                self.errors.push(file.error(
                    key.span().start,
                    format!(
                        "screen text key '{}' may only hold lower-case letters and '_'",
                        key.get_ref()
                    ),
                ));
            }
            let converted = self.text(&file, text, &format!("'{}'", key.get_ref()));
            texts.push((key.get_ref().clone(), converted));
        }
        texts
    }

    /// `sources.toml`, then every file in the optional `sources/` folder (one per topic,
    /// so authors of different topics do not edit the same file).
    fn sources(&mut self, dir: &Path) -> &'static [Source] {
        let mut files = vec![dir.join("sources.toml")];
        files.extend(toml_files(&dir.join("sources")).unwrap_or_default());
        let mut seen = HashSet::new();
        let mut sources = Vec::new();
        for path in files {
            if let Some((file, parsed)) = self.read::<SourcesFile>(&path) {
                self.add_sources(&file, &parsed, &mut seen, &mut sources);
            }
        }
        leak_slice(sources)
    }

    fn add_sources(
        &mut self,
        file: &SourceFile,
        parsed: &SourcesFile,
        seen: &mut HashSet<&'static str>,
        sources: &mut Vec<Source>,
    ) {
        for s in &parsed.sources {
            let id = self.id(file, &s.id, "source");
            if !seen.insert(id) {
                self.errors
                    .push(file.error(s.id.span().start, format!("source id '{id}' is used twice")));
            }
            if !s.url.get_ref().starts_with("https://") {
                self.errors.push(file.error(
                    s.url.span().start,
                    format!("the link of source '{id}' must start with https://"),
                ));
            }
            sources.push(Source {
                id,
                title: self.string(file, &s.title, "the title"),
                publisher: self.string(file, &s.publisher, "the publisher"),
                url: leak_str(s.url.get_ref().as_str()),
            });
        }
    }

    fn source_ref(
        &mut self,
        file: &SourceFile,
        sources: &'static [Source],
        id: &Spanned<String>,
    ) -> Option<&'static Source> {
        let found = sources.iter().find(|s| s.id == id.get_ref().as_str());
        if found.is_none() {
            self.errors.push(file.error(
                id.span().start,
                format!("source '{}' is not in sources.toml", id.get_ref()),
            ));
        }
        found
    }

    fn contacts(&mut self, dir: &Path, sources: &'static [Source]) -> Option<Contacts> {
        let (file, parsed) = self.read::<ContactsFile>(&dir.join("contacts.toml"))?;
        let mut contact = |c: &ContactSrc, what: &str| -> Option<Contact> {
            let link_ok = c.phone_link.get_ref().starts_with('+')
                || c.phone_link.get_ref().chars().all(|ch| ch.is_ascii_digit());
            if !link_ok || c.phone_link.get_ref().is_empty() {
                self.errors.push(file.error(
                    c.phone_link.span().start,
                    format!("phone_link of {what} must be digits, optionally starting with +"),
                ));
            }
            let open = opening(&file, &c.open, &c.hours, what)
                .map_err(|errors| self.errors.extend(errors))
                .ok()?;
            Some(Contact {
                name: self.text(&file, &c.name, &format!("the name of {what}")),
                purpose: self.text(&file, &c.purpose, &format!("the purpose of {what}")),
                phone: self.string(&file, &c.phone, "the phone number"),
                phone_link: leak_str(c.phone_link.get_ref().as_str()),
                hours: self.text(&file, &c.hours, &format!("the hours of {what}")),
                open,
                email: c.email.as_ref().map(|e| leak_str(e.get_ref().as_str())),
                url: c.url.as_ref().map(|u| leak_str(u.get_ref().as_str())),
                source: self.source_ref(&file, sources, &c.source)?,
            })
        };
        Some(Contacts {
            adviespunt: contact(&parsed.adviespunt, "the Adviespunt")?,
            calamiteitenteam: contact(&parsed.calamiteitenteam, "the Calamiteitenteam")?,
            emergency: contact(&parsed.emergency, "the emergency number")?,
            veilig_thuis: contact(&parsed.veilig_thuis, "Veilig Thuis")?,
            vertrouwensinspecteur: contact(
                &parsed.vertrouwensinspecteur,
                "the vertrouwensinspecteur",
            )?,
            csg: contact(&parsed.csg, "the Centrum Seksueel Geweld")?,
        })
    }

    /// The TOML files in a folder, sorted; `None` (with an error) when it cannot be read.
    fn folder(&mut self, dir: &Path, name: &str) -> Option<Vec<std::path::PathBuf>> {
        match toml_files(dir) {
            Ok(paths) => Some(paths),
            Err(e) => {
                self.errors.push(ContentError {
                    file: dir.display().to_string(),
                    line: 1,
                    message: format!("cannot read the {name} folder: {e}"),
                });
                None
            }
        }
    }

    fn topics(&mut self, dir: &Path, sources: &'static [Source]) -> &'static [Topic] {
        let topic_dir = dir.join("topics");
        let Some(paths) = self.folder(&topic_dir, "topics") else {
            return &[];
        };
        if paths.is_empty() {
            self.errors.push(ContentError {
                file: topic_dir.display().to_string(),
                line: 1,
                message: "there is no topic file (*.toml)".into(),
            });
        }
        let mut topics: Vec<(i64, Topic)> = Vec::new();
        for path in paths {
            let Some((file, parsed)) = self.read::<TopicFile>(&path) else {
                continue;
            };
            let mut topic = self.topic(&file, &parsed, sources);
            topic.cases = self.cases(dir, topic.id, topic.questions);
            if topics.iter().any(|(_, t)| t.id == topic.id) {
                self.errors.push(file.error(
                    parsed.id.span().start,
                    format!("topic id '{}' is used twice", topic.id),
                ));
            }
            topics.push((parsed.order, topic));
        }
        topics.sort_by_key(|(order, _)| *order);
        for (_, topic) in &topics {
            for tip in topic.tips {
                let Some(other) = tip.see_topic else { continue };
                if other == topic.id || !topics.iter().any(|(_, t)| t.id == other) {
                    self.errors.push(self.places.error(
                        topic.id,
                        tip.id,
                        format!(
                            "tip '{}' points to topic '{other}' (see_topic), which is not another topic",
                            tip.id
                        ),
                    ));
                }
            }
        }
        leak_slice(topics.into_iter().map(|(_, t)| t).collect())
    }

    fn topic(&mut self, file: &SourceFile, t: &TopicFile, sources: &'static [Source]) -> Topic {
        let id = self.id(file, &t.id, "topic");
        self.places.add(id, "", file, t.id.span().start);
        let title = self.text(file, &t.title, "the topic title");
        let summary = self.text(file, &t.summary, "the topic summary");
        if t.questions.is_empty() {
            self.errors.push(file.error(
                t.id.span().start,
                format!("topic '{id}' has no [[questions]]"),
            ));
        }
        // Tip ids are unique within their topic; each topic is its own namespace.
        self.tip_ids.clear();
        let mut recorded: HashSet<&'static str> = HashSet::new();
        let mut questions: Vec<Question> = Vec::new();
        for q in &t.questions {
            let question = self.question(file, id, q, &recorded);
            if questions.iter().any(|other| other.id == question.id) {
                self.errors.push(file.error(
                    q.id.span().start,
                    format!("question id '{}' is used twice in this topic", question.id),
                ));
            }
            recorded.extend(question.recordable_facts());
            questions.push(question);
        }
        let phases: Vec<Phase> = t
            .phases
            .iter()
            .map(|p| Phase {
                id: self.id(file, &p.id, "phase"),
                title: Text::new(
                    self.string(file, &p.nl, "the Dutch name of a phase"),
                    self.string(file, &p.en, "the English name of a phase"),
                ),
            })
            .collect();
        let phases = leak_slice(phases);
        let tips = t
            .tips
            .iter()
            .filter_map(|tip| {
                let mut converted = self.tip(file, id, tip, &recorded, sources)?;
                converted.phase = tip.phase.as_ref().and_then(|p| {
                    let found = phases.iter().position(|x| x.id == p.get_ref().as_str());
                    if found.is_none() {
                        self.errors.push(file.error(
                            p.span().start,
                            format!("phase '{}' is not in this topic's phases", p.get_ref()),
                        ));
                    }
                    found.and_then(|i| u8::try_from(i).ok())
                });
                Some(converted)
            })
            .collect();
        let discuss = self.prompts(file, &t.discuss, &recorded, "a discussion question");
        let prepare = self.prompts(file, &t.prepare, &recorded, "a thing to have ready");
        if t.prepare.is_empty() {
            self.errors.push(file.error(
                t.id.span().start,
                format!("topic '{id}' has no [[prepare]]: say what to have ready when calling the Adviespunt"),
            ));
        }
        let mut interrupt_ids: HashSet<&'static str> = HashSet::new();
        let interrupts: Vec<Interrupt> = t
            .interrupts
            .iter()
            .filter_map(|i| {
                let converted = self.interrupt(file, id, i, &recorded, sources)?;
                if !interrupt_ids.insert(converted.id) {
                    let at =
                        i.id.as_ref()
                            .or(i.rule.as_ref())
                            .map_or(0, |s| s.span().start);
                    self.errors.push(file.error(
                        at,
                        format!(
                            "interrupt id '{}' is used twice in this topic",
                            converted.id
                        ),
                    ));
                }
                Some(converted)
            })
            .collect();
        let edition = self.date(file, &t.edition, "the edition");
        let review = t.review.as_ref().map(|r| Review {
            by: self.string(file, &r.by, "the reviewer's name"),
            date: self.date(file, &r.date, "the review date"),
            edition: self.date(file, &r.edition, "the reviewed edition"),
        });
        let for_yourself = t
            .for_yourself
            .as_ref()
            .map(|text| self.text(file, text, "the line for yourself"));
        Topic {
            id,
            title,
            summary,
            edition,
            review,
            for_yourself,
            questions: leak_slice(questions),
            tips: leak_slice(tips),
            interrupts: leak_slice(interrupts),
            phases,
            discuss,
            prepare,
            cases: &[],
        }
    }

    /// Texts with an optional condition over this topic's answers.
    fn prompts(
        &mut self,
        file: &SourceFile,
        list: &[PromptSrc],
        recorded: &HashSet<&'static str>,
        what: &str,
    ) -> &'static [Prompt] {
        let prompts = list
            .iter()
            .map(|d| Prompt {
                when: d.when.as_ref().and_then(|w| {
                    self.condition(file, w, recorded, "but no answer in this topic records it")
                }),
                text: self.text(file, &d.text, what),
            })
            .collect();
        leak_slice(prompts)
    }

    fn date(
        &mut self,
        file: &SourceFile,
        value: &Spanned<toml::value::Datetime>,
        what: &str,
    ) -> &'static str {
        match day(value.get_ref()) {
            Some(d) => leak_str(d),
            None => {
                self.errors.push(file.error(
                    value.span().start,
                    format!("{what} must be a date like 2026-12-04"),
                ));
                ""
            }
        }
    }

    /// The cases in `cases/<topic>.toml`, if that file exists. Their answers are checked
    /// against the topic after conversion (see `check_dir`).
    fn cases(
        &mut self,
        dir: &Path,
        topic: &'static str,
        questions: &[Question],
    ) -> &'static [Case] {
        let path = dir.join("cases").join(format!("{topic}.toml"));
        if !path.exists() {
            return &[];
        }
        let Some((file, parsed)) = self.read::<CasesFile>(&path) else {
            return &[];
        };
        // The adviser's reasoning per question, shared by the file's cases.
        let mut whys: Vec<(&'static str, Text)> = Vec::new();
        for w in &parsed.why {
            let question = w.question.get_ref().as_str();
            let at = w.question.span().start;
            if !questions.iter().any(|q| q.id == question) {
                self.errors.push(file.error(
                    at,
                    format!(
                        "[[why]] names question '{question}', which topic '{topic}' does not have"
                    ),
                ));
            }
            if whys.iter().any(|(q, _)| *q == question) {
                self.errors.push(file.error(
                    at,
                    format!("question '{question}' has two [[why]] entries in this file"),
                ));
            }
            let text = self.text(
                &file,
                &w.text,
                &format!("the [[why]] of question '{question}'"),
            );
            whys.push((leak_str(question), text));
        }
        let mut cases: Vec<Case> = Vec::new();
        for c in &parsed.cases {
            let id = self.id(&file, &c.id, "case");
            self.places
                .add(topic, &format!("case:{id}"), &file, c.id.span().start);
            if cases.iter().any(|other| other.id == id) {
                self.errors.push(file.error(
                    c.id.span().start,
                    format!("case id '{id}' is used twice in this topic"),
                ));
            }
            let sector = Sector::from_id(c.sector.get_ref());
            if sector.is_none() {
                self.errors.push(file.error(
                    c.sector.span().start,
                    format!(
                        "sector '{}' is not one of {}",
                        c.sector.get_ref(),
                        ids_of::<Sector>()
                    ),
                ));
            }
            let role = Role::from_id(c.role.get_ref());
            if role.is_none() {
                self.errors.push(file.error(
                    c.role.span().start,
                    format!(
                        "role '{}' is not one of {}",
                        c.role.get_ref(),
                        ids_of::<Role>()
                    ),
                ));
            }
            let mut answers = Vec::new();
            for answer in c.answers.get_ref() {
                match answer.split_first() {
                    Some((question, options)) if !options.is_empty() => {
                        let why = whys.iter().find(|(q, _)| q == question).map(|(_, t)| *t);
                        if why.is_none() {
                            // The line of this answer inside the case's list of answers.
                            let span = c.answers.span();
                            let at = file.text[span.clone()]
                                .find(&format!("\"{question}\""))
                                .map_or(span.start, |i| span.start + i);
                            self.errors.push(file.error(
                                at,
                                format!(
                                    "case '{id}' answers question '{question}', but this file has no [[why]] for it: add one that says, as an adviser would, why the question matters and what the answers change"
                                ),
                            ));
                        }
                        answers.push(CaseAnswer {
                            question: leak_str(question),
                            options: leak_slice(options.iter().map(|o| leak_str(o)).collect()),
                            why: why.unwrap_or(Text::new("", "")),
                        });
                    }
                    _ => self.errors.push(file.error(
                        c.answers.span().start,
                        format!(
                            "case '{id}': each answer is [\"question-id\", \"option-id\", ...]"
                        ),
                    )),
                }
            }
            if answers.is_empty() {
                self.errors.push(file.error(
                    c.answers.span().start,
                    format!("case '{id}' has no answers"),
                ));
            }
            cases.push(Case {
                id,
                sector: sector.unwrap_or(Sector::Po),
                role: role.unwrap_or(Role::Docent),
                title: self.text(&file, &c.title, &format!("the title of case '{id}'")),
                text: self.text(&file, &c.text, &format!("case '{id}'")),
                answers: leak_slice(answers),
            });
        }
        leak_slice(cases)
    }

    /// Every file in `quick/` (optional), each named after the topic its questions belong to.
    fn quick(
        &mut self,
        dir: &Path,
        topics: &'static [Topic],
        sources: &'static [Source],
    ) -> &'static [Quick] {
        let quick_dir = dir.join("quick");
        if !quick_dir.exists() {
            return &[];
        }
        let Some(paths) = self.folder(&quick_dir, "quick") else {
            return &[];
        };
        let mut all: Vec<Quick> = Vec::new();
        for path in paths {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let Some((file, parsed)) = self.read::<QuickFile>(&path) else {
                continue;
            };
            let Some(topic) = topics.iter().find(|t| t.id == stem) else {
                self.errors.push(file.error(
                    0,
                    format!("the file name must be a topic id; there is no topic '{stem}'"),
                ));
                continue;
            };
            for q in &parsed.quick {
                let id = self.id(&file, &q.id, "quick question");
                if all.iter().any(|other| other.id == id) {
                    self.errors.push(file.error(
                        q.id.span().start,
                        format!("quick question id '{id}' is used twice"),
                    ));
                }
                let what = format!("quick question '{id}'");
                let words = |list: &[String]| -> &'static [&'static str] {
                    leak_slice(list.iter().map(|w| leak_str(w.trim())).collect())
                };
                all.push(Quick {
                    id,
                    topic: topic.id,
                    question: self.text(&file, &q.question, &format!("the question of {what}")),
                    answer: self.text(&file, &q.answer, &format!("the answer of {what}")),
                    keywords_nl: q.keywords.as_ref().map_or(&[], |k| words(&k.nl)),
                    keywords_en: q.keywords.as_ref().map_or(&[], |k| words(&k.en)),
                    sources: self.cited(&file, q.id.span().start, &what, &q.sources, sources),
                });
            }
        }
        leak_slice(all)
    }

    fn condition(
        &mut self,
        file: &SourceFile,
        when: &Spanned<String>,
        known: &HashSet<&'static str>,
        unknown_hint: &str,
    ) -> Option<Condition> {
        let parsed = self
            .expand(when.get_ref(), 0)
            .and_then(|text| parse_condition(&text));
        let condition = match parsed {
            Ok(c) => c,
            Err(message) => {
                self.errors.push(file.error(when.span().start, message));
                return None;
            }
        };
        let mut missing = Vec::new();
        condition.for_each_fact(&mut |fact| {
            let global = is_profile_fact(fact) || self.book.shared_facts.contains(fact);
            if !known.contains(fact) && !global && !missing.contains(&fact) {
                missing.push(fact);
            }
        });
        for fact in missing {
            self.errors.push(file.error(
                when.span().start,
                format!("the condition uses fact '{fact}', {unknown_hint}"),
            ));
        }
        Some(condition)
    }

    fn filters(
        &mut self,
        file: &SourceFile,
        sectors: &[Spanned<String>],
        roles: &[Spanned<String>],
    ) -> (&'static [Sector], &'static [Role]) {
        let mut found_sectors = Vec::new();
        for s in sectors {
            match Sector::from_id(s.get_ref()) {
                Some(sector) => found_sectors.push(sector),
                None => self.errors.push(file.error(
                    s.span().start,
                    format!(
                        "unknown sector '{}'; use {}",
                        s.get_ref(),
                        ids_of::<Sector>()
                    ),
                )),
            }
        }
        let mut found_roles = Vec::new();
        for r in roles {
            match Role::from_id(r.get_ref()) {
                Some(role) => found_roles.push(role),
                None => self.errors.push(file.error(
                    r.span().start,
                    format!("unknown role '{}'; use {}", r.get_ref(), ids_of::<Role>()),
                )),
            }
        }
        (leak_slice(found_sectors), leak_slice(found_roles))
    }

    fn question(
        &mut self,
        file: &SourceFile,
        topic: &str,
        q: &QuestionSrc,
        recorded_above: &HashSet<&'static str>,
    ) -> Question {
        let id = self.id(file, &q.id, "question");
        self.places.add(topic, id, file, q.id.span().start);
        let what = format!("question '{id}'");
        let text = self.text(file, &q.text, &what);
        let help = q.help.as_ref().map(|h| self.text(file, h, &what));
        let when = q.when.as_ref().and_then(|w| {
            self.condition(
                file,
                w,
                recorded_above,
                "but no answer above this question records it",
            )
        });
        let (sectors, roles) = self.filters(file, &q.sectors, &q.roles);
        let mut options = Vec::new();
        for o in &q.options {
            let option_id = self.id(file, &o.id, "option");
            if options.iter().any(|x: &AnswerOption| x.id == option_id) {
                self.errors.push(file.error(
                    o.id.span().start,
                    format!("option id '{option_id}' is used twice in {what}"),
                ));
            }
            if q.dont_know && option_id == DONT_KNOW {
                self.errors.push(file.error(
                    o.id.span().start,
                    format!("option id '{DONT_KNOW}' is reserved for 'Weet ik niet'; use dont_know = true"),
                ));
            }
            if o.exclusive && q.kind.0 == QuestionKind::Single {
                self.errors.push(file.error(
                    o.id.span().start,
                    "exclusive only makes sense in a 'multiple' question",
                ));
            }
            let mut facts = vec![leak_str(format!("{id}.{option_id}"))];
            for fact in &o.facts {
                if fact.get_ref().is_empty() || fact.get_ref().contains(char::is_whitespace) {
                    self.errors.push(file.error(
                        fact.span().start,
                        format!("fact name '{}' must be one word", fact.get_ref()),
                    ));
                }
                facts.push(leak_str(fact.get_ref().as_str()));
            }
            options.push(AnswerOption {
                id: option_id,
                text: self.text(file, &o.text, &format!("option '{option_id}'")),
                facts: leak_slice(facts),
                exclusive: o.exclusive,
            });
        }
        if q.kind.0 == QuestionKind::Multiple
            && options.iter().filter(|o| !o.exclusive).count() > 12
        {
            self.errors.push(file.error(
                q.id.span().start,
                format!("{what} has more than 12 options to combine; split it up"),
            ));
        }
        let choices = options.len() + usize::from(q.dont_know);
        if choices < 2 {
            self.errors.push(file.error(
                q.id.span().start,
                format!("{what} needs at least two answers to choose from"),
            ));
        }
        Question {
            id,
            kind: q.kind.0,
            text,
            help,
            options: leak_slice(options),
            dont_know: q
                .dont_know
                .then(|| leak_slice(vec![leak_str(format!("{id}.{DONT_KNOW}"))])),
            when,
            sectors,
            roles,
        }
    }

    fn cited(
        &mut self,
        file: &SourceFile,
        at: usize,
        what: &str,
        ids: &[Spanned<String>],
        sources: &'static [Source],
    ) -> &'static [&'static Source] {
        if ids.is_empty() {
            self.errors
                .push(file.error(at, format!("{what} needs at least one source")));
        }
        let cited: Vec<&'static Source> = ids
            .iter()
            .filter_map(|s| self.source_ref(file, sources, s))
            .collect();
        leak_slice(cited)
    }

    /// A required field of a full tip or interrupt; an error names what is missing.
    fn required<T>(
        &mut self,
        file: &SourceFile,
        at: usize,
        value: Option<T>,
        message: impl FnOnce() -> String,
    ) -> Option<T> {
        if value.is_none() {
            self.errors.push(file.error(at, message()));
        }
        value
    }

    /// A banner: written out, or taken from a shared rule.
    fn interrupt(
        &mut self,
        file: &SourceFile,
        topic: &str,
        i: &InterruptSrc,
        recorded: &HashSet<&'static str>,
        sources: &'static [Source],
    ) -> Option<Interrupt> {
        let Some(rule) = &i.rule else {
            return self.full_interrupt(file, topic, i, recorded, sources);
        };
        let found = self.book.interrupts.get(rule.get_ref().as_str()).copied();
        let extra: Vec<&str> = i
            .written()
            .filter(|field| !BESIDE_INTERRUPT_RULE.contains(field))
            .collect();
        let base = self.shared(file, rule, found, "banner", &extra)?;
        let (id, at) = self.own_id(file, i.id.as_ref(), rule, base.id, "interrupt");
        self.places.add(topic, &format!("!{id}"), file, at);
        self.rule_of
            .insert((topic.to_string(), format!("!{id}")), base.id);
        let when = self.narrowed(file, base.when, i.when.as_ref(), recorded);
        Some(Interrupt { id, when, ..base })
    }

    fn full_interrupt(
        &mut self,
        file: &SourceFile,
        topic: &str,
        i: &InterruptSrc,
        recorded: &HashSet<&'static str>,
        sources: &'static [Source],
    ) -> Option<Interrupt> {
        let Some(id_src) = &i.id else {
            self.errors.push(file.error(
                0,
                format!("an interrupt in {topic} has neither an id nor a rule"),
            ));
            return None;
        };
        let id = self.id(file, id_src, "interrupt");
        let at = id_src.span().start;
        self.places.add(topic, &format!("!{id}"), file, at);
        let what = format!("interrupt '{id}'");
        let when_src = self.required(file, at, i.when.as_ref(), || format!("{what} needs a when"));
        let contact = self.required(file, at, i.contact, || format!("{what} needs a contact"));
        let contact = contact.map(|c| c.0);
        let title = self.required(file, at, i.title.as_ref(), || {
            format!("{what} needs a title")
        });
        let text = self.required(file, at, i.text.as_ref(), || format!("{what} needs a text"));
        let when = when_src
            .and_then(|w| {
                self.condition(file, w, recorded, "but no answer in this topic records it")
            })
            .unwrap_or(Condition::All(&[]));
        let (sectors, roles) = self.filters(file, or_none(&i.sectors), or_none(&i.roles));
        let sources = self.cited(file, at, &what, or_none(&i.sources), sources);
        Some(Interrupt {
            id,
            when,
            sectors,
            roles,
            contact: contact?,
            title: self.text(file, title?, &what),
            text: self.text(file, text?, &what),
            sources,
        })
    }

    /// Records where a tip is written, and reports an id its topic already used.
    fn place_tip(&mut self, file: &SourceFile, topic: &str, id: &'static str, at: usize) {
        self.places.add(topic, id, file, at);
        if !self.tip_ids.insert(id.to_string()) {
            self.errors
                .push(file.error(at, format!("tip id '{id}' is used twice in this topic")));
        }
    }

    /// A tip: written out, or taken from a shared rule.
    fn tip(
        &mut self,
        file: &SourceFile,
        topic: &str,
        t: &TipSrc,
        recorded: &HashSet<&'static str>,
        sources: &'static [Source],
    ) -> Option<Tip> {
        let Some(rule) = &t.rule else {
            return self.full_tip(file, topic, t, recorded, sources);
        };
        let found = self.book.tips.get(rule.get_ref().as_str()).copied();
        let extra: Vec<&str> = t
            .written()
            .filter(|field| !BESIDE_TIP_RULE.contains(field))
            .chain(t.checked.is_some().then_some("checked"))
            .collect();
        let base = self.shared(file, rule, found, "tip", &extra)?;
        let (id, at) = self.own_id(file, t.id.as_ref(), rule, base.id, "tip");
        self.place_tip(file, topic, id, at);
        self.rule_of
            .insert((topic.to_string(), id.to_string()), base.id);
        let when = self.narrowed(file, base.when, t.when.as_ref(), recorded);
        let see_topic = t
            .see_topic
            .as_ref()
            .map(|s| leak_str(s.get_ref().as_str()))
            .or(base.see_topic);
        Some(Tip {
            id,
            when,
            see_topic,
            ..base
        })
    }

    fn full_tip(
        &mut self,
        file: &SourceFile,
        topic: &str,
        t: &TipSrc,
        recorded: &HashSet<&'static str>,
        sources: &'static [Source],
    ) -> Option<Tip> {
        let Some(id_src) = &t.id else {
            self.errors
                .push(file.error(0, format!("a tip in {topic} has neither an id nor a rule")));
            return None;
        };
        let id = self.id(file, id_src, "tip");
        let at = id_src.span().start;
        self.place_tip(file, topic, id, at);
        let what = format!("tip '{id}'");
        if let Some(checked) = &t.checked {
            self.errors.push(file.error(
                checked.span().start,
                format!("{what}: 'checked' is no longer used; the topic's edition says when its content last changed. Remove this line"),
            ));
        }
        let group = self.required(file, at, t.group.map(|g| g.0), || {
            format!("{what} needs a group: todo or good")
        });
        let kind = self.required(file, at, t.kind.map(|k| k.0), || {
            format!("{what} needs a kind: duty, advice or in_preparation")
        });
        let title = self.required(file, at, t.title.as_ref(), || {
            format!("{what} needs a title")
        });
        let text = self.required(file, at, t.text.as_ref(), || format!("{what} needs a text"));
        let when = t
            .when
            .as_ref()
            .and_then(|w| {
                self.condition(file, w, recorded, "but no answer in this topic records it")
            })
            .unwrap_or(Condition::All(&[]));
        let (sectors, roles) = self.filters(file, or_none(&t.sectors), or_none(&t.roles));
        let cited = self.cited(file, at, &what, or_none(&t.sources), sources);
        if kind == Some(TipKind::Duty) && !cited.is_empty() && !self.official(cited) {
            self.errors.push(file.error(
                at,
                format!(
                    "{what} is a legal duty, so it must cite at least one official source (a link on {}); it cites only {}",
                    self.book.official_hosts.join(", "),
                    cited.iter().map(|s| host(s.url)).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        let urgency = match (group?, t.urgency.map(|u| u.0)) {
            (TipGroup::Todo, None) => {
                self.errors.push(file.error(
                    at,
                    format!("{what} is a todo and needs an urgency: urgent, high or normal"),
                ));
                Urgency::Normal
            }
            (_, urgency) => urgency.unwrap_or(Urgency::Normal),
        };
        Some(Tip {
            id,
            group: group?,
            kind: kind?,
            urgency,
            when,
            sectors,
            roles,
            sources: cited,
            see_topic: t.see_topic.as_ref().map(|s| leak_str(s.get_ref().as_str())),
            title: self.text(file, title?, &what),
            text: self.text(file, text?, &what),
            phase: None,
        })
    }
}

/// The `*.toml` files in a folder, sorted by name.
fn toml_files(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// The ids a content enum accepts, for a message: "po, so, vo or mbo".
fn ids_of<T: Named>() -> String {
    match T::IDS.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => T::IDS.join(""),
    }
}

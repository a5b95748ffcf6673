//! The content model: topics, questions, answers, tips and sources.
//!
//! All content is `'static`: the widget unpacks the packed content once, on first use, and
//! keeps it; native tools build the same types from files at run time.

use super::codec::{Pack, Writer};
pub use super::declare::Named;
use super::declare::{content_enum, content_struct};
pub use super::lang::Lang;
use super::packed::Unpacker;
pub use super::texts::Text;

content_enum! {
    /// A school sector; the law differs between them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Sector {
        /// Primair onderwijs.
        Po = "po",
        /// Speciaal (voortgezet) onderwijs.
        So = "so",
        /// Voortgezet onderwijs.
        Vo = "vo",
        /// Middelbaar beroepsonderwijs.
        Mbo = "mbo",
    }
}

impl Sector {
    /// The fact every condition can use for this sector: `sector.<id>`.
    pub fn fact(self) -> &'static str {
        match self {
            Sector::Po => "sector.po",
            Sector::So => "sector.so",
            Sector::Vo => "sector.vo",
            Sector::Mbo => "sector.mbo",
        }
    }
}

content_enum! {
    /// The role of the person doing the check; it tailors which tips apply.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Role {
        /// Leerkracht, docent or mentor.
        Docent = "docent",
        /// Intern begeleider or zorgcoördinator.
        Ib = "ib",
        /// Conciërge and other support staff.
        Ondersteuning = "ondersteuning",
        /// Schoolleider or directeur.
        Schoolleiding = "schoolleiding",
        /// Member of the school board.
        Bestuur = "bestuur",
        /// Internal vertrouwenspersoon.
        Vertrouwenspersoon = "vertrouwenspersoon",
    }
}

impl Role {
    /// The fact every condition can use for this role: `rol.<id>`.
    pub fn fact(self) -> &'static str {
        match self {
            Role::Docent => "rol.docent",
            Role::Ib => "rol.ib",
            Role::Ondersteuning => "rol.ondersteuning",
            Role::Schoolleiding => "rol.schoolleiding",
            Role::Bestuur => "rol.bestuur",
            Role::Vertrouwenspersoon => "rol.vertrouwenspersoon",
        }
    }
}

/// A condition over the facts recorded by earlier answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// Holds when this fact was recorded.
    Fact(&'static str),
    /// Holds when every part holds.
    All(&'static [Condition]),
    /// Holds when at least one part holds.
    Any(&'static [Condition]),
    /// Holds when the inner condition does not.
    Not(&'static Condition),
}

/// Condition tags in the packed form.
mod condition_tag {
    pub const FACT: usize = 0;
    pub const ALL: usize = 1;
    pub const ANY: usize = 2;
    pub const NOT: usize = 3;
}

/// A tag, then the fact, the parts or the inner condition.
impl Pack for Condition {
    fn pack<W: Writer>(&self, w: &mut W) {
        match self {
            Condition::Fact(fact) => {
                w.num(condition_tag::FACT);
                fact.pack(w);
            }
            Condition::All(parts) => {
                w.num(condition_tag::ALL);
                parts.pack(w);
            }
            Condition::Any(parts) => {
                w.num(condition_tag::ANY);
                parts.pack(w);
            }
            Condition::Not(inner) => {
                w.num(condition_tag::NOT);
                inner.pack(w);
            }
        }
    }

    fn unpack(r: &mut Unpacker) -> Self {
        match r.num() {
            condition_tag::FACT => Condition::Fact(Pack::unpack(r)),
            condition_tag::ALL => Condition::All(Pack::unpack(r)),
            condition_tag::ANY => Condition::Any(Pack::unpack(r)),
            condition_tag::NOT => Condition::Not(Box::leak(Box::new(Condition::unpack(r)))),
            tag => panic!("packed content has unknown condition tag {tag}"),
        }
    }
}

content_enum! {
    /// Single or multiple choice.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum QuestionKind {
        /// Exactly one option (or "weet ik niet").
        Single = "single",
        /// One or more options (or "weet ik niet").
        Multiple = "multiple",
    }
}

content_struct! {
    /// One answer a user can pick.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct AnswerOption {
        /// Unique within its question.
        pub id: &'static str,
        /// The label shown next to the radio button or checkbox.
        pub text: Text,
        /// Every fact this answer records, starting with `question.option`.
        pub facts: &'static [&'static str],
        /// In a multiple-choice question: cannot be combined with other options.
        pub exclusive: bool,
    }
}

content_struct! {
    /// One question of a topic.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Question {
        /// Unique within its topic.
        pub id: &'static str,
        /// Single or multiple choice.
        pub kind: QuestionKind,
        /// The question itself.
        pub text: Text,
        /// An optional explanation shown below the question.
        pub help: Option<Text>,
        /// The options, in the order shown.
        pub options: &'static [AnswerOption],
        /// The facts "weet ik niet" records, when it is offered.
        pub dont_know: Option<&'static [&'static str]>,
        /// Asked only when this holds over earlier answers.
        pub when: Option<Condition>,
        /// Asked only in these sectors; empty means all.
        pub sectors: &'static [Sector],
        /// Asked only to these roles; empty means all.
        pub roles: &'static [Role],
    }
}

impl Question {
    /// Every fact some answer to this question can record, "weet ik niet" included.
    pub fn recordable_facts(&self) -> impl Iterator<Item = &'static str> + use<> {
        let options: &'static [AnswerOption] = self.options;
        let dont_know = self.dont_know.unwrap_or_default();
        options
            .iter()
            .flat_map(|o| o.facts.iter())
            .chain(dont_know)
            .copied()
    }
}

content_enum! {
    /// Which part of the result a tip belongs to.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum TipGroup {
        /// "Dit doe je al goed": a confirmation of what the user already does.
        Good = "good",
        /// "Nog doen of checken".
        Todo = "todo",
    }
}

content_enum! {
    /// How binding a tip is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum TipKind {
        /// A legal duty.
        Duty = "duty",
        /// Guidance or good practice.
        Advice = "advice",
        /// A law that is not yet in force.
        InPreparation = "in_preparation",
    }
}

content_enum! {
    /// How soon a to-do tip needs attention; orders the list.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Urgency {
        /// Act now.
        Urgent = "urgent",
        /// Soon.
        High = "high",
        /// When you can.
        Normal = "normal",
    }
}

content_struct! {
    fields_macro = tip_fields;
    /// A tip on the result page.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Tip {
        /// Unique within its topic.
        pub id: &'static str,
        /// Confirmation or to-do.
        pub group: TipGroup,
        /// Legal duty, advice or law in preparation.
        pub kind: TipKind,
        /// Orders the to-do list.
        pub urgency: Urgency,
        /// The tip applies when this holds.
        pub when: Condition,
        /// Only for these sectors; empty means all.
        pub sectors: &'static [Sector],
        /// Only for these roles; empty means all.
        pub roles: &'static [Role],
        /// The sources it is based on; at least one.
        pub sources: &'static [&'static Source],
        /// Another topic this situation also belongs to: the result offers to open it with the
        /// same sector and role.
        pub see_topic: Option<&'static str>,
        /// Short heading.
        pub title: Text,
        /// One to three sentences.
        pub text: Text,
        /// The phase of the topic it belongs to (index into the topic's phases), if any; tips
        /// without a phase are listed before the phased ones.
        pub phase: Option<u8>,
    }
}

content_struct! {
    /// A stage of a topic, such as "voor vertrek" or a step of the Meldcode; tips are shown in
    /// phase order.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Phase {
        /// Unique within its topic.
        pub id: &'static str,
        /// Heading shown above its tips.
        pub title: Text,
    }
}

content_struct! {
    /// A short text on the result that shows when its condition holds: a question for the
    /// team to discuss, or something to have ready when calling the Adviespunt.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Prompt {
        /// Shown only when this holds; `None` means always.
        pub when: Option<Condition>,
        /// The text.
        pub text: Text,
    }
}

content_struct! {
    fields_macro = source_fields;
    /// A source a tip cites.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Source {
        /// Unique id.
        pub id: &'static str,
        /// The title of the page or document.
        pub title: &'static str,
        /// Who published it.
        pub publisher: &'static str,
        /// Where to read it.
        pub url: &'static str,
    }
    pack {
        fn packed_list<W: Writer>(list: &'static [Source], w: &mut W) {
            w.keep_list(list);
        }

        fn unpacked_list(list: &'static [Source], r: &mut Unpacker) {
            r.keep_list(list);
        }
    }
}

/// A cited source, as its place in the list of all sources.
impl Pack for &'static Source {
    fn pack<W: Writer>(&self, w: &mut W) {
        w.listed(*self);
    }

    fn unpack(r: &mut Unpacker) -> Self {
        r.listed()
    }
}

content_struct! {
    fields_macro = interrupt_fields;
    /// A rule that interrupts the check with a banner as soon as it holds, e.g. acute danger.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Interrupt {
        /// Unique within its topic.
        pub id: &'static str,
        /// The banner shows while this holds over the answers given so far.
        pub when: Condition,
        /// Only for these sectors; empty means all.
        pub sectors: &'static [Sector],
        /// Only for these roles; empty means all.
        pub roles: &'static [Role],
        /// Who to call.
        pub contact: ContactRef,
        /// Short heading of the banner.
        pub title: Text,
        /// What to do now, in one to three sentences.
        pub text: Text,
        /// The sources it is based on; at least one.
        pub sources: &'static [&'static Source],
    }
}

content_enum! {
    /// One of the contacts in `contacts.toml`, by its key there.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ContactRef {
        /// The Adviespunt School & Veiligheid.
        Adviespunt = "adviespunt",
        /// The Calamiteitenteam of School & Veiligheid.
        Calamiteitenteam = "calamiteitenteam",
        /// 112.
        Emergency = "emergency",
        /// Veilig Thuis.
        VeiligThuis = "veilig_thuis",
        /// The vertrouwensinspecteurs of the Inspectie.
        Vertrouwensinspecteur = "vertrouwensinspecteur",
        /// The Centrum Seksueel Geweld, after a recent assault or rape.
        Csg = "csg",
    }
}

content_struct! {
    /// A self-check on one kind of situation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Topic {
        /// Unique id.
        pub id: &'static str,
        /// Name in the topic list.
        pub title: Text,
        /// One sentence under the name.
        pub summary: Text,
        /// The day the topic's content last changed, as YYYY-MM-DD.
        pub edition: &'static str,
        /// The last review by an adviser of the Adviespunt, if one is recorded.
        pub review: Option<Review>,
        /// One quiet line on the first question for a user this may be about themselves,
        /// with where to get help for themselves (topics on sexual violence or violence at home).
        pub for_yourself: Option<Text>,
        /// In the order they are asked.
        pub questions: &'static [Question],
        /// Every tip this topic can give.
        pub tips: &'static [Tip],
        /// Banners that interrupt the check when urgent things become clear.
        pub interrupts: &'static [Interrupt],
        /// The stages of the topic, in order; empty when it has none.
        pub phases: &'static [Phase],
        /// Questions for the team to discuss, shown on the result.
        pub discuss: &'static [Prompt],
        /// What to have ready when calling the Adviespunt about this topic.
        pub prepare: &'static [Prompt],
        /// Written situations a team walks through in training mode.
        pub cases: &'static [Case],
    }
}

content_struct! {
    /// A review of a topic's content by an adviser of the Adviespunt.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Review {
        /// Who reviewed it.
        pub by: &'static str,
        /// The day of the review, as YYYY-MM-DD.
        pub date: &'static str,
        /// The edition (YYYY-MM-DD) that was reviewed.
        pub edition: &'static str,
    }
}

content_struct! {
    /// A short written situation for a team session, with the answers that fit it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Case {
        /// Unique within its topic.
        pub id: &'static str,
        /// The sector the situation happens in.
        pub sector: Sector,
        /// The role of the person in it.
        pub role: Role,
        /// A short name.
        pub title: Text,
        /// The situation, in a few sentences.
        pub text: Text,
        /// The answers that fit the situation: every question asked, in order.
        pub answers: &'static [CaseAnswer],
    }
}

content_struct! {
    /// One answer of a case: a question id and the option ids chosen (or `weet_niet`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct CaseAnswer {
        /// The question.
        pub question: &'static str,
        /// The options chosen.
        pub options: &'static [&'static str],
        /// Why an adviser asks this question: what the answer changes (from the case file's
        /// `[[why]]` for this question).
        pub why: Text,
    }
}

content_struct! {
    /// A short practical question with a short sourced answer, found by searching.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Quick {
        /// Unique over all quick questions.
        pub id: &'static str,
        /// The topic whose check goes deeper.
        pub topic: &'static str,
        /// The question as people ask it.
        pub question: Text,
        /// The answer, in one to three sentences.
        pub answer: Text,
        /// Extra words people may search with, per language.
        pub keywords_nl: &'static [&'static str],
        /// Extra words in English.
        pub keywords_en: &'static [&'static str],
        /// Where the answer comes from.
        pub sources: &'static [&'static Source],
    }
}

impl Topic {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<(usize, &'static Question)> {
        self.questions
            .iter()
            .enumerate()
            .find(|(_, q)| q.id == id)
            .map(|(i, _)| (i, &self.questions[i]))
    }
}

content_enum! {
    /// On which days a line is answered.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OpenDays {
        /// Every day of the year.
        EveryDay = "every_day",
        /// Monday to Friday, except national public holidays.
        WorkingDays = "working_days",
        /// Monday to Friday, except national public holidays, Good Friday and the
        /// Christmas holiday (24 December to 1 January).
        SchoolDays = "school_days",
    }
}

content_struct! {
    fields_macro = opening_fields;
    /// When a line is answered, in Dutch time.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Opening {
        /// On which days.
        pub days: OpenDays,
        /// Opens at this minute of the day, e.g. 540 for 9.00.
        pub from: u16,
        /// Closes at this minute of the day, e.g. 960 for 16.00; 1440 for midnight.
        pub to: u16,
    }
}

impl Opening {
    /// A minute of the day as the Dutch write a time: `9.00`, `16.30`.
    pub fn time(minute: u16) -> String {
        format!("{}.{:02}", minute / 60, minute % 60)
    }
}

content_struct! {
    fields_macro = contact_fields;
    /// A phone line or other contact shown in the widget.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Contact {
        /// Name of the service.
        pub name: Text,
        /// What to call it for.
        pub purpose: Text,
        /// The number as people write it, e.g. `030 285 66 16`.
        pub phone: &'static str,
        /// The number for a `tel:` link, e.g. `+31302856616`.
        pub phone_link: &'static str,
        /// When it can be reached, in words (may add e.g. the rate or holidays).
        pub hours: Text,
        /// When it is answered, for "open now"; the words in `hours` name the same times.
        pub open: Opening,
        /// An email address, if any.
        pub email: Option<&'static str>,
        /// A web page, if any.
        pub url: Option<&'static str>,
        /// Where these details come from.
        pub source: &'static Source,
    }
}

content_struct! {
    /// The contacts the widget always shows.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Contacts {
        /// The Adviespunt School & Veiligheid.
        pub adviespunt: Contact,
        /// The Calamiteitenteam of School & Veiligheid.
        pub calamiteitenteam: Contact,
        /// 112 for acute danger.
        pub emergency: Contact,
        /// Veilig Thuis, for domestic violence and child abuse.
        pub veilig_thuis: Contact,
        /// The vertrouwensinspecteurs, for suspected sexual abuse by staff.
        pub vertrouwensinspecteur: Contact,
        /// The Centrum Seksueel Geweld, after a recent assault or rape.
        pub csg: Contact,
    }
}

impl Contacts {
    /// The contact an interrupt points to.
    pub fn get(&self, which: ContactRef) -> &Contact {
        match which {
            ContactRef::Emergency => &self.emergency,
            ContactRef::Calamiteitenteam => &self.calamiteitenteam,
            ContactRef::VeiligThuis => &self.veilig_thuis,
            ContactRef::Vertrouwensinspecteur => &self.vertrouwensinspecteur,
            ContactRef::Adviespunt => &self.adviespunt,
            ContactRef::Csg => &self.csg,
        }
    }
}

content_struct! {
    /// All content of the widget.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Content {
        /// Every source; first, so that what cites one can refer to it.
        pub sources: &'static [Source],
        /// In the order offered.
        pub topics: &'static [Topic],
        /// Short questions with short answers, for the search.
        pub quick: &'static [Quick],
        /// The contacts shown on every screen and result.
        pub contacts: Contacts,
        /// Terms a reader may not know, explained where they stand.
        pub glossary: &'static [Term],
        /// Words that mean the same for the search, and irregular word forms (`synonyms.toml`).
        pub synonyms: &'static [WordGroup],
        /// The editions of the content, newest first (`editions.toml`); never empty.
        pub editions: &'static [Edition],
        /// Where remarks on a tip go, unless the school names its own address.
        pub feedback_email: &'static str,
        /// Kinds of school documents tips refer to (`documents.toml`).
        pub documents: &'static [DocumentKind],
        /// The questions that help choose a topic (`triage.toml`); empty when there are none.
        pub triage: &'static [TriageQuestion],
    }
}

content_struct! {
    /// A question that helps a user who does not know which topic fits.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct TriageQuestion {
        /// Unique among the triage questions.
        pub id: &'static str,
        /// Single or multiple choice.
        pub kind: QuestionKind,
        /// The question.
        pub text: Text,
        /// Its answers.
        pub options: &'static [TriageOption],
    }
}

content_struct! {
    /// An answer to a triage question: the contacts to show first and the topics it leads to.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct TriageOption {
        /// Unique within its question.
        pub id: &'static str,
        /// The answer.
        pub text: Text,
        /// Contacts to show before any topic, in this order (112, the Calamiteitenteam).
        pub urgent: &'static [ContactRef],
        /// The topics it leads to, by id.
        pub topics: &'static [&'static str],
    }
}

content_struct! {
    /// A kind of school document that tips refer to, such as the pestprotocol. A school that
    /// embeds the check can link it to its own (`doc-<id>`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct DocumentKind {
        /// Its id, as in the setting `doc-<id>`.
        pub id: &'static str,
        /// Its name, e.g. "Pestprotocol".
        pub name: Text,
        /// Lower-case words that show a text refers to it, separated by `|`.
        pub words: Text,
    }
}

impl DocumentKind {
    /// Whether a text in `lang` names this kind of document.
    pub fn named_in(&self, text: &str, lang: Lang) -> bool {
        let text = crate::latin::lowercase(text);
        self.words
            .get(lang)
            .split('|')
            .any(|w| !w.is_empty() && text.contains(w))
    }

    /// Whether a tip names this kind of document, in its title or text.
    pub fn named_in_tip(&self, tip: &Tip, lang: Lang) -> bool {
        self.named_in(tip.title.get(lang), lang) || self.named_in(tip.text.get(lang), lang)
    }
}

content_struct! {
    /// One edition of the content: its number, its day and what changed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Edition {
        /// Counts up by one from 1.
        pub number: u16,
        /// The day it was published, as YYYY-MM-DD.
        pub date: &'static str,
        /// What changed, in plain words.
        pub changes: &'static [Change],
    }
}

content_struct! {
    /// One change in an edition.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Change {
        /// The topic it is about, if one.
        pub topic: Option<&'static str>,
        /// What changed.
        pub text: Text,
    }
}

content_struct! {
    /// A group of words the quick-question search treats as one (`synonyms.toml`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct WordGroup {
        /// Forms of one word (`schelden`, `schold`, `gescholden`): they count as the word
        /// itself. Otherwise synonyms, which count a little less.
        pub forms: bool,
        /// Dutch words or short phrases, folded to lower case.
        pub nl: &'static [&'static str],
        /// English words or short phrases.
        pub en: &'static [&'static str],
    }
}

impl WordGroup {
    /// The words of one language.
    pub fn words(&self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

content_struct! {
    /// A term of the glossary, explained where it stands in a text.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Term {
        /// The forms to find, separated by `|`, per language (e.g. `VOG|VOG's`).
        pub forms: Text,
        /// What it means, in one or two short sentences.
        pub explain: Text,
    }
}

impl Content {
    /// The edition the widget shows: the newest.
    pub fn edition(&self) -> &'static Edition {
        &self.editions[0]
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&'static Topic> {
        self.topics
            .iter()
            .position(|t| t.id == id)
            .map(|i| &self.topics[i])
    }
}

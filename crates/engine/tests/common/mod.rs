//! Small content built in code, so the engine's rules are tested without the content files.
#![allow(dead_code, unused_imports)]

pub use zelfcheck_engine::walk::is_asked;
pub use zelfcheck_engine::*;

/// A slice that lives as long as the test.
pub fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The same text in both languages.
pub fn text(s: &'static str) -> Text {
    Text::new(s, s)
}

/// `fact`.
pub fn fact(name: &'static str) -> Condition {
    Condition::Fact(name)
}

/// Every part holds.
pub fn all(parts: Vec<Condition>) -> Condition {
    Condition::All(leak(parts))
}

/// At least one part holds.
pub fn any(parts: Vec<Condition>) -> Condition {
    Condition::Any(leak(parts))
}

/// The inner condition does not hold.
pub fn not(inner: Condition) -> Condition {
    Condition::Not(Box::leak(Box::new(inner)))
}

/// A set of these facts.
pub fn facts(names: &[&'static str]) -> FactSet {
    let mut set = FactSet::new();
    set.extend(names);
    set
}

/// An option that records `question.id` and any extra facts.
pub fn option(
    question: &str,
    id: &'static str,
    extra: &[&'static str],
    exclusive: bool,
) -> AnswerOption {
    let own: &'static str = Box::leak(format!("{question}.{id}").into_boxed_str());
    AnswerOption {
        id,
        text: text(id),
        facts: leak([own].into_iter().chain(extra.iter().copied()).collect()),
        exclusive,
    }
}

/// A question with these option ids, offering "weet ik niet" (recording `id.weet_niet`).
pub fn question(id: &'static str, kind: QuestionKind, options: &[&'static str]) -> Question {
    Question {
        id,
        kind,
        text: text(id),
        help: None,
        options: leak(options.iter().map(|o| option(id, o, &[], false)).collect()),
        dont_know: Some(leak(vec![&*Box::leak(
            format!("{id}.weet_niet").into_boxed_str(),
        )])),
        when: None,
        sectors: &[],
        roles: &[],
    }
}

/// A to-do tip of normal urgency, advice, no phase, for everyone, when `when` holds.
pub fn tip(id: &'static str, when: Condition) -> Tip {
    Tip {
        id,
        group: TipGroup::Todo,
        kind: TipKind::Advice,
        urgency: Urgency::Normal,
        when,
        sectors: &[],
        roles: &[],
        sources: &[],
        see_topic: None,
        title: text(id),
        text: text(id),
        phase: None,
    }
}

/// A topic with these questions and tips.
pub fn topic(id: &'static str, questions: Vec<Question>, tips: Vec<Tip>) -> &'static Topic {
    Box::leak(Box::new(Topic {
        id,
        title: text(id),
        summary: text(id),
        edition: "2026-01-01",
        review: None,
        for_yourself: None,
        questions: leak(questions),
        tips: leak(tips),
        interrupts: &[],
        phases: &[],
        discuss: &[],
        prepare: &[],
        cases: &[],
    }))
}

/// A teacher in primary education.
pub fn teacher() -> Profile {
    Profile {
        sector: Sector::Po,
        role: Role::Docent,
    }
}

/// A source to cite.
pub fn source() -> &'static Source {
    Box::leak(Box::new(Source {
        id: "bron",
        title: "Bron",
        publisher: "Uitgever",
        url: "https://example.org/",
    }))
}

/// A contact; only its name differs.
pub fn contact(name: &'static str) -> Contact {
    Contact {
        name: text(name),
        purpose: text(name),
        phone: "030 285 66 16",
        phone_link: "+31302856616",
        hours: text("werkdagen"),
        open: Opening {
            days: OpenDays::WorkingDays,
            from: 9 * 60,
            to: 17 * 60,
        },
        email: None,
        url: None,
        source: source(),
    }
}

/// An interrupt (banner) that shows when `when` holds and names this contact.
pub fn interrupt(id: &'static str, when: Condition, contact: ContactRef) -> Interrupt {
    Interrupt {
        id,
        when,
        sectors: &[],
        roles: &[],
        contact,
        title: text(id),
        text: text(id),
        sources: &[],
    }
}

/// Content with these topics and the usual contacts.
pub fn content(topics: Vec<Topic>) -> &'static Content {
    Box::leak(Box::new(Content {
        topics: leak(topics),
        sources: &[],
        contacts: Contacts {
            adviespunt: contact("Adviespunt"),
            calamiteitenteam: contact("Calamiteitenteam"),
            emergency: contact("112"),
            veilig_thuis: contact("Veilig Thuis"),
            vertrouwensinspecteur: contact("Vertrouwensinspecteur"),
            csg: contact("CSG"),
        },
        quick: &[],
        glossary: &[],
        synonyms: &[],
        editions: leak(vec![Edition {
            number: 1,
            date: "2026-01-01",
            changes: &[],
        }]),
        feedback_email: "inhoud@voorbeeld.nl",
        documents: leak(vec![DocumentKind {
            id: "pestprotocol",
            name: text("Pestprotocol"),
            words: text("pestprotocol|pestbeleid"),
        }]),
        triage: &[],
    }))
}

/// Handles an event that must be refused, and checks the session did not change.
pub fn refused(s: &mut Session, event: Event<'_>) -> EngineError {
    let before = s.clone();
    let error = s.handle(event).unwrap_err();
    assert_eq!(*s, before, "{event:?} changed the session");
    error
}

//! The urgent label keeps its meaning: on no path through any topic, for any sector and
//! role, do more than a third of the to-dos carry it; and the content itself marks few
//! to-dos urgent, so the engine's cap rarely has to step in. Walks many seeded random paths
//! (and every scripted and audited path, in `tests/audit.rs` and `tests/paths.rs`).

use zelfcheck::content::CONTENT;
use zelfcheck_authoring::reach::choices;
use zelfcheck_engine::*;

/// Paths per topic, sector and role.
const WALKS: usize = 60;

/// A small deterministic generator, so a failure can be replayed.
struct Seeded(u64);

impl Seeded {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// Walks one random path to the result; returns the session and the steps taken.
fn random_walk(topic: &str, profile: Profile, rng: &mut Seeded) -> (Session, Vec<String>) {
    let mut s = Session::new(&CONTENT);
    s.handle(Event::Start).unwrap();
    s.handle(Event::ChooseProfile(profile)).unwrap();
    s.handle(Event::ChooseTopic(topic)).unwrap();
    let mut steps = Vec::new();
    while let Some(question) = s.current_question() {
        let all = choices(question);
        let choice = &all[rng.below(all.len())];
        steps.push(format!("{}={}", question.id, choice.label));
        let result = match &choice.answer {
            Answer::DontKnow => s.handle(Event::Answer(Reply::DontKnow)),
            Answer::Chosen(ids) => s.handle(Event::Answer(Reply::Options(ids))),
        };
        result.unwrap();
    }
    (s, steps)
}

fn profiles() -> impl Iterator<Item = Profile> {
    Sector::ALL.into_iter().flat_map(|sector| {
        Role::ALL
            .into_iter()
            .map(move |role| Profile { sector, role })
    })
}

#[test]
fn no_path_labels_more_than_a_third_of_its_to_dos_urgent() {
    let mut rng = Seeded(16);
    let mut failures = Vec::new();
    let mut report = Vec::new();
    for topic in CONTENT.topics {
        let (mut walks, mut marked_over) = (0, 0);
        let mut worst = (0.0f64, String::new());
        for profile in profiles() {
            for _ in 0..WALKS {
                let (s, steps) = random_walk(topic.id, profile, &mut rng);
                let outcome = s.outcome();
                let todo = outcome.to_do_count();
                walks += 1;
                if outcome.urgent.len() * 3 > todo {
                    failures.push(format!(
                        "{} ({} {}): {} of {todo} to-dos urgent: {}",
                        topic.id,
                        profile.sector.id(),
                        profile.role.id(),
                        outcome.urgent.len(),
                        steps.join(" → ")
                    ));
                }
                let marked = outcome
                    .ranked
                    .iter()
                    .filter(|t| t.urgency == Urgency::Urgent)
                    .count();
                if marked * 3 > todo {
                    marked_over += 1;
                }
                let share = marked as f64 / todo.max(1) as f64;
                if share > worst.0 {
                    worst = (
                        share,
                        format!(
                            "{marked}/{todo} ({} {}): {}",
                            profile.sector.id(),
                            profile.role.id(),
                            steps.join(" → ")
                        ),
                    );
                }
            }
        }
        report.push(format!(
            "{}: {marked_over} of {walks} paths mark more than a third urgent in the content; worst {}",
            topic.id, worst.1
        ));
    }
    println!("{}", report.join("\n"));
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_first_to_dos_are_urgent_then_the_next_step() {
    let mut rng = Seeded(61);
    for topic in CONTENT.topics {
        for profile in profiles() {
            let (s, steps) = random_walk(topic.id, profile, &mut rng);
            let outcome = s.outcome();
            let first = outcome.first();
            assert!(first.len() <= outcome::FIRST);
            assert_eq!(first.len(), outcome.to_do_count().min(outcome::FIRST));
            assert!(
                outcome
                    .ranked
                    .windows(2)
                    .all(|w| outcome::rank(w[0]) <= outcome::rank(w[1])),
                "{}: ranking out of order on {}",
                topic.id,
                steps.join(" → ")
            );
            for tip in &outcome.urgent {
                assert!(first.contains(tip) || outcome.urgent.len() > outcome::FIRST);
            }
        }
    }
}

//! Which tips apply, and in what order the result page shows them.

mod common;
use common::*;

fn todo(id: &'static str, urgency: Urgency, kind: TipKind, phase: Option<u8>) -> Tip {
    Tip {
        urgency,
        kind,
        phase,
        ..tip(id, fact("ja"))
    }
}

fn outcome(tips: Vec<Tip>, set: &[&'static str]) -> Outcome {
    Outcome::for_facts(topic("t", vec![], tips), &teacher(), &facts(set))
}

fn ids(tips: &[&'static Tip]) -> Vec<&'static str> {
    tips.iter().map(|t| t.id).collect()
}

#[test]
fn a_tip_applies_when_its_condition_and_profile_fit_and_only_once() {
    let mut leaders = tip("leiding", fact("ja"));
    leaders.roles = leak(vec![Role::Schoolleiding]);
    let mut vo = tip("vo", fact("ja"));
    vo.sectors = leak(vec![Sector::Vo]);
    let mut good = tip("goed", fact("ja"));
    good.group = TipGroup::Good;
    let tips = vec![
        tip("a", fact("ja")),
        tip("b", fact("nee")),
        leaders,
        vo,
        good,
        tip("a", fact("ja")),
    ];
    let o = outcome(tips, &["ja"]);
    assert_eq!(ids(&o.ranked), ["a"]);
    assert_eq!(ids(&o.good), ["goed"]);
    assert!(o.contains("a") && o.contains("goed") && !o.contains("b") && !o.contains("leiding"));
    assert!(!o.is_empty());
    assert!(outcome(vec![tip("b", fact("nee"))], &["ja"]).is_empty());
}

#[test]
fn to_dos_rank_urgent_then_phase_then_urgency_then_kind_then_file_order() {
    let tips = vec![
        todo("later-advies", Urgency::Normal, TipKind::Advice, Some(2)),
        todo("nu-advies", Urgency::Normal, TipKind::Advice, Some(0)),
        todo("nu-plicht", Urgency::Normal, TipKind::Duty, Some(0)),
        todo("nu-wet", Urgency::Normal, TipKind::InPreparation, Some(0)),
        todo("nu-hoog", Urgency::High, TipKind::Advice, Some(0)),
        todo("algemeen", Urgency::Normal, TipKind::Advice, None),
        todo("spoed", Urgency::Urgent, TipKind::Advice, Some(2)),
        todo("nu-advies-2", Urgency::Normal, TipKind::Advice, Some(0)),
        todo("fase-1", Urgency::Normal, TipKind::Advice, Some(1)),
    ];
    let o = outcome(tips, &["ja"]);
    assert_eq!(
        ids(&o.ranked),
        [
            "spoed",
            "algemeen",
            "nu-hoog",
            "nu-plicht",
            "nu-advies",
            "nu-advies-2",
            "nu-wet",
            "fase-1",
            "later-advies"
        ]
    );
    assert_eq!(ids(o.first()), ["spoed", "algemeen", "nu-hoog"]);
    assert_eq!(o.to_do_count(), 9);
    assert_eq!(ids(&o.urgent), ["spoed"]);
    assert!(o.is_urgent("spoed") && !o.is_urgent("nu-hoog"));
}

#[test]
fn the_urgent_label_goes_to_at_most_a_third_of_the_to_dos() {
    let urgent = |id| todo(id, Urgency::Urgent, TipKind::Advice, None);
    let normal = |id| todo(id, Urgency::Normal, TipKind::Advice, None);
    let o = outcome(
        vec![
            urgent("u1"),
            urgent("u2"),
            normal("n1"),
            normal("n2"),
            normal("n3"),
            normal("n4"),
        ],
        &["ja"],
    );
    assert_eq!(ids(&o.urgent), ["u1", "u2"]);
    let o = outcome(
        vec![
            urgent("u1"),
            urgent("u2"),
            urgent("u3"),
            normal("n1"),
            normal("n2"),
        ],
        &["ja"],
    );
    assert_eq!(ids(&o.urgent), ["u1"], "5 to-dos: one label");
    assert_eq!(
        ids(&o.todo),
        ["u2", "u3", "n1", "n2"],
        "the others keep their rank, without the label"
    );
    let o = outcome(vec![urgent("u1"), normal("n1")], &["ja"]);
    assert!(o.urgent.is_empty(), "2 to-dos: no label");
    assert_eq!(o.first().len(), 2);
}

#[test]
fn the_page_order_is_urgent_then_to_dos_by_phase_then_good_by_phase() {
    let mut good_late = tip("goed-laat", fact("ja"));
    good_late.group = TipGroup::Good;
    good_late.phase = Some(3);
    let mut good_early = tip("goed-vroeg", fact("ja"));
    good_early.group = TipGroup::Good;
    good_early.phase = Some(1);
    let tips = vec![
        good_late,
        todo("b", Urgency::Normal, TipKind::Advice, Some(1)),
        todo("a", Urgency::High, TipKind::InPreparation, Some(0)),
        good_early,
        todo("c", Urgency::Urgent, TipKind::Duty, None),
        todo("d", Urgency::Normal, TipKind::Duty, Some(1)),
    ];
    let o = outcome(tips, &["ja"]);
    let page: Vec<_> = o.all().map(|t| t.id).collect();
    assert_eq!(page, ["c", "a", "d", "b", "goed-vroeg", "goed-laat"]);
    let to_do: Vec<_> = o.to_do().map(|t| t.id).collect();
    assert_eq!(to_do, ["c", "a", "d", "b"]);
}

#[test]
fn rank_puts_a_phase_after_no_phase() {
    let none = todo("x", Urgency::Normal, TipKind::Advice, None);
    let zero = todo("y", Urgency::Normal, TipKind::Advice, Some(0));
    let one = todo("z", Urgency::Normal, TipKind::Advice, Some(1));
    assert!(outcome::rank(&none) < outcome::rank(&zero));
    assert!(outcome::rank(&zero) < outcome::rank(&one));
}

//! Facts and conditions over them: holding, open facts, and which facts made one hold.

mod common;
use common::*;

#[test]
fn a_fact_set_is_sorted_without_doubles() {
    let mut set = FactSet::new();
    set.insert("b");
    set.extend(&["c", "a", "b"]);
    assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "b", "c"]);
    assert!(set.contains("a") && !set.contains("d"));
    assert_eq!(set.filtered(|f| f != "b"), facts(&["a", "c"]));
    assert_eq!(facts(&["x", "y"]), facts(&["y", "x"]));
}

#[test]
fn conditions_hold_as_written() {
    let set = facts(&["a", "b"]);
    assert!(fact("a").holds(&set));
    assert!(!fact("c").holds(&set));
    assert!(all(vec![fact("a"), fact("b")]).holds(&set));
    assert!(!all(vec![fact("a"), fact("c")]).holds(&set));
    assert!(any(vec![fact("c"), fact("b")]).holds(&set));
    assert!(!any(vec![fact("c"), fact("d")]).holds(&set));
    assert!(not(fact("c")).holds(&set));
    assert!(!not(fact("a")).holds(&set));
}

#[test]
fn open_facts_leave_a_condition_undecided_only_when_they_can_change_it() {
    let set = facts(&["a"]);
    let open = |f: &str| f == "o";
    assert_eq!(fact("a").evaluate(&set, &open), Some(true));
    assert_eq!(fact("c").evaluate(&set, &open), Some(false));
    assert_eq!(fact("o").evaluate(&set, &open), None);
    assert_eq!(not(fact("o")).evaluate(&set, &open), None);
    assert_eq!(not(fact("c")).evaluate(&set, &open), Some(true));
    assert_eq!(
        all(vec![fact("c"), fact("o")]).evaluate(&set, &open),
        Some(false)
    );
    assert_eq!(all(vec![fact("a"), fact("o")]).evaluate(&set, &open), None);
    assert_eq!(
        all(vec![fact("a"), not(fact("c"))]).evaluate(&set, &open),
        Some(true)
    );
    assert_eq!(
        any(vec![fact("a"), fact("o")]).evaluate(&set, &open),
        Some(true)
    );
    assert_eq!(any(vec![fact("c"), fact("o")]).evaluate(&set, &open), None);
    assert_eq!(
        any(vec![fact("c"), fact("d")]).evaluate(&set, &open),
        Some(false)
    );
}

#[test]
fn the_matching_facts_are_the_recorded_ones_the_condition_names_each_once() {
    let condition = any(vec![
        fact("a"),
        all(vec![fact("b"), not(fact("c"))]),
        fact("a"),
    ]);
    assert_eq!(
        condition.matching_facts(&facts(&["a", "b", "z"])),
        ["a", "b"]
    );
    assert_eq!(condition.matching_facts(&facts(&["z"])), Vec::<&str>::new());
    let mut named = Vec::new();
    condition.for_each_fact(&mut |f| named.push(f));
    assert_eq!(named, ["a", "b", "c", "a"]);
}

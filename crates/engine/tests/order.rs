//! The engine's own sort orders like the standard library's stable sort.

use zelfcheck_engine::order::{sort_by, sort_by_key};

#[test]
fn sorting_by_key_keeps_equal_keys_in_their_order() {
    let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
    let mut expected = items.clone();
    expected.sort_by_key(|(k, _)| *k);
    sort_by_key(&mut items, |(k, _)| *k);
    assert_eq!(items, expected);
    assert_eq!(items.iter().map(|(_, c)| *c).collect::<String>(), "fbedac");
}

#[test]
fn sorting_by_a_comparison_matches_the_standard_sort_on_many_lists() {
    // A fixed pseudo-random sequence of lists, with many equal keys.
    let mut seed = 7u64;
    for len in 0..60 {
        let mut items: Vec<(u64, usize)> = (0..len)
            .map(|i| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((seed >> 60) % 5, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|a| std::cmp::Reverse(a.0));
        sort_by(&mut items, |a, b| b.0.cmp(&a.0));
        assert_eq!(items, expected, "list of {len}");
    }
}

//! A small stable sort for the engine's short lists (a result's tips, search hits, a few
//! contacts).
//!
//! The standard library's sorts are fast on long lists but bring several kilobytes of code
//! into the widget for every kind of list they sort. These lists hold at most a few hundred
//! items, for which insertion sort is quick and a few bytes long.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they were in.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` by the key of each, keeping items with equal keys in the order they were in.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

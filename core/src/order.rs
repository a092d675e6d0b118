//! One sort for the whole app. Each `slice::sort*` call the compiler sees with a new element type
//! or comparison is a new copy of std's driftsort or ipnsort (2–4 KB of wasm each): the worker's
//! app had ten. These helpers sort a list of positions with one shared, non-generic routine and
//! then move the elements into place, so every caller shares that one copy (issue 18).
//! Every sort here is stable: equal elements keep their order.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    // More than u32::MAX elements cannot be held in a wasm32 address space anyway.
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_positions(&mut order, &mut |a, b| cmp(&v[a as usize], &v[b as usize]));
    // order[i] is where the element that belongs at i is now: follow each cycle once, swapping.
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `v` by the key `key` gives each element, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` into ascending order, stably.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[inline(never)]
fn sort_positions(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|a, b| cmp(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as std's stable sort, equal keys included: each element carries its
        /// first position, and only the key is compared.
        #[test]
        fn same_as_std_stable_sort(keys in proptest::collection::vec(0u8..6, 0..200)) {
            let tagged: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = tagged.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = tagged;
            std.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn descending_and_strings(words in proptest::collection::vec("[a-c]{0,3}", 0..60)) {
            let mut ours = words.clone();
            sort_by(&mut ours, |a, b| b.cmp(a));
            let mut std = words.clone();
            std.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(&ours, &std);
            let mut up = words.clone();
            sort(&mut up);
            let mut std_up = words;
            std_up.sort();
            prop_assert_eq!(up, std_up);
        }
    }

    #[test]
    fn a_large_reversed_list_sorts_quickly() {
        // Hostile profiles can hold many thousands of entries: this must not be quadratic.
        let mut v: Vec<u32> = (0..200_000).rev().collect();
        sort(&mut v);
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
    }
}

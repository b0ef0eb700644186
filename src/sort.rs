//! One stable sort for the engine's few sorts, instead of the standard library's: each
//! `slice::sort*` call site on its own element type instantiated driftsort or ipnsort (quicksort,
//! partitions, small-sort networks, merges): about 16 copies, ~37 kB of wasm before optimisation
//! (~10 kB gzip in the core module). Here the order is found by one non-generic bottom-up merge
//! sort over indices with a `dyn` comparison, and only a tiny permutation is generic. Stable, and
//! O(n) on input that is already in order (trips and moves usually are), O(n log n) otherwise.

use core::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (equal elements keep their order).
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.windows(2).all(|w| cmp(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    let order = merge_order(v.len(), &mut |a, b| cmp(&v[a], &v[b]) == Ordering::Greater);
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .iter()
            .filter_map(|&i| old.get_mut(i as usize).and_then(Option::take)),
    );
}

/// Sorts `v` by the key `f` gives, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` in ascending order, stably.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The indices `0..n` in the order a stable sort puts them: `greater(a, b)` says element `a`
/// goes after element `b`.
#[inline(never)]
fn merge_order(n: usize, greater: &mut dyn FnMut(usize, usize) -> bool) -> Vec<u32> {
    let mut a: Vec<u32> = (0..n as u32).collect();
    let mut b = a.clone();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut l, mut r) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // The left run's element first unless the right one must come before it.
                if l < mid && (r >= hi || !greater(a[l] as usize, a[r] as usize)) {
                    *slot = a[l];
                    l += 1;
                } else {
                    *slot = a[r];
                    r += 1;
                }
            }
            lo = hi;
        }
        core::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, on keys with many ties.
        #[test]
        fn same_as_std(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
            let mut all = v.clone();
            sort(&mut all);
            let mut std_all = v;
            std_all.sort();
            prop_assert_eq!(all, std_all);
        }
    }
}

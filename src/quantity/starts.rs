//! Where a quantity may start: a digit, found eight bytes at a time, or a
//! number word before a unit of time (`eight weeks`), found from the
//! units with SIMD substring searches.

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

/// The start of every number word followed by a unit of time, in order:
/// found from the units (a few SIMD substring searches), not by reading
/// every word.
pub(crate) fn number_words(text: &str) -> Vec<usize> {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    static UNITS: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
        [
            " second", " minute", " hour", " day", " week", " month", " year",
        ]
        .iter()
        .map(Finder::new)
        .collect()
    });
    let mut starts = Vec::new();
    for space in UNITS.iter().flat_map(|f| f.find_iter(text.as_bytes())) {
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
    starts.sort_unstable();
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

    #[test]
    fn number_words_before_units_of_time() {
        let text = "For eight weeks, then 2 days; someone weeks; Twelve months";
        assert_eq!(number_words(text), [4, 45]);
    }
}

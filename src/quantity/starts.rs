//! Where a quantity may start: a digit, found eight bytes at a time, or a
//! number word before a unit of time (`eight weeks`), found from the
//! units with one SIMD multi-substring search.

use super::unit::is_word_char;
use super::words::NUMBER_WORDS;
use crate::needles::Needles;

/// The first ASCII digit at or after `from`. Each block of 32 bytes is
/// first asked whether it holds a digit at all, a fold the compiler turns
/// into a few vector instructions; the block that does, and the tail, are
/// read as eight-byte words, whose flags are set where a byte XOR `'0'`
/// comes out below 10: only a digit can set one, so the lowest flagged
/// byte of the first flagged word is the digit.
pub(super) fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let (blocks, tail) = rest.as_chunks::<32>();
    for (b, block) in blocks.iter().enumerate() {
        if block
            .iter()
            .fold(false, |any, &c| any | (c.wrapping_sub(b'0') < 10))
        {
            let (words, _) = block.as_chunks::<8>();
            return first_flagged(words).map(|i| from + b * 32 + i);
        }
    }
    let at = from + blocks.len() * 32;
    let (words, remainder) = tail.as_chunks::<8>();
    if let Some(i) = first_flagged(words) {
        return Some(at + i);
    }
    let at = at + words.len() * 8;
    remainder
        .iter()
        .position(u8::is_ascii_digit)
        .map(|i| at + i)
}

/// The first digit in `words`, as an offset from the first word.
fn first_flagged(words: &[[u8; 8]]) -> Option<usize> {
    words.iter().enumerate().find_map(|(k, w)| {
        let flags = digit_flags(w);
        (flags != 0).then(|| k * 8 + (flags.trailing_zeros() / 8) as usize)
    })
}

/// The high bit of each byte of `word` that may be a digit: every digit
/// sets one, and a non-digit sets one only above a digit (a borrow).
fn digit_flags(word: &[u8; 8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let shifted = u64::from_le_bytes(*word) ^ (ONES * u64::from(b'0'));
    shifted.wrapping_sub(ONES * 10) & !shifted & HIGH
}

/// The units of time a number word can stand before, each with the space
/// that separates it from the number.
pub(crate) const UNITS_OF_TIME: [&str; 7] = [
    " second", " minute", " hour", " day", " week", " month", " year",
];

/// The start of every number word followed by a unit of time, in order:
/// found from the units, not by reading every word.
pub(crate) fn number_words(text: &str) -> Vec<usize> {
    use std::sync::LazyLock;
    static UNITS: LazyLock<Needles> = LazyLock::new(|| Needles::new(&UNITS_OF_TIME));
    number_words_with(&UNITS, text)
}

fn number_words_with(units: &Needles, text: &str) -> Vec<usize> {
    number_words_at(text, units.find(text).into_iter().map(|(space, _)| space))
}

/// The number words of `text` before the units of time found at `spaces`
/// (where the space before each unit is), in order.
pub(crate) fn number_words_at(text: &str, spaces: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut starts = Vec::new();
    for space in spaces {
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
        fn next_digit_finds_the_first_digit(bytes in proptest::collection::vec(any::<u8>(), 0..160), from in 0usize..170) {
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
            prop_assert_eq!(
                number_words_with(&Needles::new(&UNITS_OF_TIME), &text),
                number_words_with(&Needles::each(&UNITS_OF_TIME), &text)
            );
        }
    }

    #[test]
    fn units_of_time_cannot_overlap() {
        assert!(crate::needles::overlap_free(&UNITS_OF_TIME));
    }

    #[test]
    fn number_words_before_units_of_time() {
        let text = "For eight weeks, then 2 days; someone weeks; Twelve months";
        assert_eq!(number_words(text), [4, 45]);
    }
}

//! Where a quantity may start: a digit or a vulgar fraction, or a number
//! word (`eight weeks`, `two capsules`, `three trials`).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::unit::is_word_char;
use crate::grammar::number::{number_word_starts, starts_with_fraction};

/// The first ASCII digit or vulgar fraction at or after `from`.
pub(super) fn next_start(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let rest = bytes.get(from..)?;
    // `½ ¼ ¾` start with 0xC2, `⅓ ⅔ ⅛` with 0xE2.
    rest.iter()
        .enumerate()
        .find(|&(i, b)| {
            b.is_ascii_digit()
                || matches!(b, 0xC2 | 0xE2)
                    && starts_with_fraction(crate::slice::from(text, from + i))
        })
        .map(|(i, _)| from + i)
}

/// Every number word of `text` that stands as a word of its own, in order.
pub(crate) fn number_words(text: &str) -> Vec<usize> {
    static WORDS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(number_word_starts())
            .ok()
    });
    let Some(words) = WORDS.as_ref() else {
        return Vec::new();
    };
    words
        .find_iter(text)
        .filter(|m| {
            let before = crate::slice::upto(text, m.start()).chars().next_back();
            let after = crate::slice::from(text, m.end()).chars().next();
            // `five` in `twenty-five` is read with `twenty`.
            let joined = before == Some('-');
            let glued_fold = crate::slice::from(text, m.end()).starts_with("fold");
            !before.is_some_and(is_word_char)
                && !joined
                && (!after.is_some_and(is_word_char) || glued_fold)
        })
        .map(|m| m.start())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_are_digits_and_fractions() {
        assert_eq!(next_start("take ½ cup", 0), Some(5));
        assert_eq!(next_start("take 2 cups", 0), Some(5));
        assert_eq!(next_start("€ and ⅔", 0), Some(8));
        assert_eq!(next_start("none", 0), None);
    }

    #[test]
    fn number_words_stand_alone() {
        let text = "For eight weeks, then 2 days; someone weeks; Twelve months; twenty-five trials";
        assert_eq!(number_words(text), [4, 45, 60]);
    }
}

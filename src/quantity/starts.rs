//! Where a quantity may start, found in one pass with the packed
//! multi-string searcher: a digit, a vulgar fraction, or a number word
//! standing as a word of its own (`eight weeks`, `two capsules`, `three
//! trials`).

use std::sync::LazyLock;

use super::unit::is_word_char;
use crate::grammar::number::{FRACTIONS, number_word, number_word_starts};
use crate::scan::needles::Needles;

/// What stands at a start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    /// A digit or a vulgar fraction.
    Digit,
    /// A number word.
    Word,
}

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The digits and the vulgar fractions.
static DIGITS_AND_FRACTIONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    DIGITS
        .iter()
        .copied()
        .chain(FRACTIONS.iter().map(|(f, _)| *f))
        .collect()
});

/// Each number word in lower case and with a capital (`Twelve trials`).
/// The packed searcher takes words and single bytes in separate sets.
static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    number_word_starts()
        .chain(number_word_starts().map(capitalised))
        .collect()
});

static DIGIT_SEARCH: LazyLock<Needles> = LazyLock::new(|| Needles::new(&DIGITS_AND_FRACTIONS));
static WORD_SEARCH: LazyLock<Needles> = LazyLock::new(|| Needles::new(&WORDS));

/// `Two` from `two`, built once for the searcher.
fn capitalised(word: &str) -> &'static str {
    let mut chars = word.chars();
    let capital: String = chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .chain(chars)
        .collect();
    Box::leak(capital.into_boxed_str())
}

/// Every place a quantity may start in `text`, in order.
pub(crate) fn starts(text: &str) -> Vec<(usize, Start)> {
    let digits = DIGIT_SEARCH.find(text);
    let words: Vec<usize> = WORD_SEARCH
        .find(text)
        .into_iter()
        .map(|(at, _)| at)
        .filter(|&at| stands_alone(text, at))
        .collect();
    // Both lists are in order, and a digit and a word never start at one
    // place: merged, they are in order.
    let mut found = Vec::with_capacity(digits.len() + words.len());
    let mut words = words.into_iter().peekable();
    for (at, _) in digits {
        while let Some(word) = words.next_if(|&word| word < at) {
            found.push((word, Start::Word));
        }
        found.push((at, Start::Digit));
    }
    found.extend(words.map(|word| (word, Start::Word)));
    found
}

/// Whether a number word stands at `at` as a word of its own: not inside
/// another (`someone`, `often`), not the second half of `twenty-five`
/// (read with `twenty`), and the whole word a number word (`seventeen`,
/// where the searcher reports `seven`), or one with `fold` glued on
/// (`twofold`).
fn stands_alone(text: &str, at: usize) -> bool {
    let before = crate::scan::slice::upto(text, at).chars().next_back();
    if before.is_some_and(|c| is_word_char(c) || c == '-') {
        return false;
    }
    let word = crate::scan::slice::from(text, at);
    let len = word
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(word.len());
    let ends_word = !crate::scan::slice::from(word, len).starts_with(is_word_char);
    let whole = crate::scan::slice::upto(word, len);
    let number = matches!(number_word(whole), Ok(("" | "fold", _)));
    // `half a cup`: `half` is read by the scanner, not by the number rule.
    (number || whole.eq_ignore_ascii_case("half")) && ends_word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<usize> {
        starts(text)
            .into_iter()
            .filter(|(_, s)| *s == Start::Word)
            .map(|(at, _)| at)
            .collect()
    }

    #[test]
    fn starts_are_digits_fractions_and_number_words() {
        let digits = |t| {
            starts(t)
                .into_iter()
                .filter(|(_, s)| *s == Start::Digit)
                .map(|(at, _)| at)
                .collect::<Vec<_>>()
        };
        assert_eq!(digits("take ½ cup, 12 mg"), [5, 13, 14]);
        assert_eq!(digits("€ and ⅔"), [8]);
        assert_eq!(digits("none"), Vec::<usize>::new());
    }

    #[test]
    fn number_words_stand_alone() {
        let text = "For eight weeks, then 2 days; someone weeks; Twelve months; twenty-five trials";
        assert_eq!(words(text), [4, 45, 60]);
        assert_eq!(words("a twofold rise, often seventeen"), [2, 22]);
    }

    #[test]
    fn one_pass() {
        #[cfg(target_arch = "x86_64")]
        assert!(matches!(*DIGIT_SEARCH, Needles::Packed(_)));
        #[cfg(target_arch = "x86_64")]
        assert!(matches!(*WORD_SEARCH, Needles::Packed(_)));
    }
}

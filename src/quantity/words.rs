//! The words of quantities in English prose.

use super::Comparator;
use std::sync::LazyLock;

/// Words and symbols before a number that bound it, longest first within
/// a shared prefix. Each word form is followed by one space in the text.
pub(crate) static COMPARATOR_WORDS: &[(&str, Comparator)] = &[
    ("approximately", Comparator::Approx),
    ("approx.", Comparator::Approx),
    ("about", Comparator::Approx),
    ("around", Comparator::Approx),
    ("roughly", Comparator::Approx),
    ("nearly", Comparator::Approx),
    ("almost", Comparator::Approx),
    ("close to", Comparator::Approx),
    ("circa", Comparator::Approx),
    ("an estimated", Comparator::Approx),
    ("estimated at", Comparator::Approx),
    ("up to a", Comparator::Le),
    ("up to", Comparator::Le),
    ("no more than", Comparator::Le),
    ("not more than", Comparator::Le),
    ("not exceeding", Comparator::Le),
    ("not to exceed", Comparator::Le),
    ("do not exceed", Comparator::Le),
    ("did not exceed", Comparator::Le),
    ("does not exceed", Comparator::Le),
    ("no faster than", Comparator::Le),
    ("no higher than", Comparator::Le),
    ("no greater than", Comparator::Le),
    ("not exceed", Comparator::Le),
    ("not above", Comparator::Le),
    ("less than or equal to", Comparator::Le),
    ("equal to or less than", Comparator::Le),
    ("a maximum of", Comparator::Le),
    ("maximum of", Comparator::Le),
    ("as much as", Comparator::Le),
    ("as many as", Comparator::Le),
    ("at most", Comparator::Le),
    ("greater than or equal to", Comparator::Ge),
    ("equal to or greater than", Comparator::Ge),
    ("more than or equal to", Comparator::Ge),
    ("no less than", Comparator::Ge),
    ("not less than", Comparator::Ge),
    ("no fewer than", Comparator::Ge),
    ("a minimum of", Comparator::Ge),
    ("minimum of", Comparator::Ge),
    ("at least", Comparator::Ge),
    ("more than", Comparator::Gt),
    ("greater than", Comparator::Gt),
    ("higher than", Comparator::Gt),
    ("older than", Comparator::Gt),
    ("longer than", Comparator::Gt),
    ("in excess of", Comparator::Gt),
    ("upwards of", Comparator::Gt),
    ("exceeding", Comparator::Gt),
    ("exceeds", Comparator::Gt),
    ("exceeded", Comparator::Gt),
    ("surpassing", Comparator::Gt),
    ("above", Comparator::Gt),
    ("beyond", Comparator::Gt),
    ("over", Comparator::Gt),
    ("less than", Comparator::Lt),
    ("fewer than", Comparator::Lt),
    ("lower than", Comparator::Lt),
    ("younger than", Comparator::Lt),
    ("shorter than", Comparator::Lt),
    ("below", Comparator::Lt),
    ("under", Comparator::Lt),
];

/// Comparators written after the value, each with the space before it:
/// `500 mg or more`, `65 years and older`.
pub(crate) static COMPARATORS_AFTER: &[(&str, Comparator)] = &[
    (" or more", Comparator::Ge),
    (" or higher", Comparator::Ge),
    (" or greater", Comparator::Ge),
    (" or above", Comparator::Ge),
    (" or over", Comparator::Ge),
    (" or older", Comparator::Ge),
    (" or longer", Comparator::Ge),
    (" and above", Comparator::Ge),
    (" and over", Comparator::Ge),
    (" and older", Comparator::Ge),
    (" and higher", Comparator::Ge),
    (" and up", Comparator::Ge),
    (" at least", Comparator::Ge),
    (" or less", Comparator::Le),
    (" or lower", Comparator::Le),
    (" or fewer", Comparator::Le),
    (" or below", Comparator::Le),
    (" or under", Comparator::Le),
    (" or younger", Comparator::Le),
    (" or shorter", Comparator::Le),
    (" and below", Comparator::Le),
    (" and under", Comparator::Le),
    (" and younger", Comparator::Le),
    (" at most", Comparator::Le),
    (" maximum", Comparator::Le),
    (" max", Comparator::Le),
    (" minimum", Comparator::Ge),
];

/// The comparator words and `between` (which opens a range): the words a
/// number's look-behind tries. The simple twin of
/// [`comparator_words_ending_with`].
pub(crate) fn comparator_words() -> impl Iterator<Item = &'static str> {
    COMPARATOR_WORDS
        .iter()
        .map(|(word, _)| *word)
        .chain(["between"])
}

/// The comparator words and `between` ending with the two bytes `last`.
///
/// Fast path: a number's look-behind tries only the words its text can
/// end with, instead of all of them ([`comparator_words`]); `analyze`
/// counts 24% fewer instructions with it. Every word is longer than two
/// bytes, so its last two are never the first letter, whose case may
/// differ.
pub(crate) fn comparator_words_ending_with(last: [u8; 2]) -> impl Iterator<Item = &'static str> {
    // Indexed by the last byte; the byte before it is compared.
    type ByLast = Vec<Vec<(u8, &'static str)>>;
    static BY_LAST: LazyLock<ByLast> = LazyLock::new(|| {
        let mut table: ByLast = vec![Vec::new(); 256];
        for word in comparator_words() {
            if let Some(&[before, end]) = word.as_bytes().last_chunk::<2>()
                && let Some(entry) = table.get_mut(usize::from(end))
            {
                entry.push((before, word));
            }
        }
        table
    });
    let [before, end] = last;
    BY_LAST
        .get(usize::from(end))
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter(move |&&(b, _)| b == before)
        .map(|&(_, word)| word)
}

/// Comparator symbols, longest first.
/// The comparator symbol that ends `text`, if any.
pub(crate) fn comparator_symbol_before(text: &str) -> Option<&'static str> {
    COMPARATOR_SYMBOLS
        .iter()
        .map(|(symbol, _)| *symbol)
        .find(|symbol| text.ends_with(symbol))
}

pub(crate) static COMPARATOR_SYMBOLS: &[(&str, Comparator)] = &[
    ("<=", Comparator::Le),
    (">=", Comparator::Ge),
    ("=<", Comparator::Le),
    ("=>", Comparator::Ge),
    ("⩽", Comparator::Le),
    ("⩾", Comparator::Ge),
    ("≦", Comparator::Le),
    ("≧", Comparator::Ge),
    ("≤", Comparator::Le),
    ("≥", Comparator::Ge),
    ("<", Comparator::Lt),
    (">", Comparator::Gt),
    ("~", Comparator::Approx),
    ("≈", Comparator::Approx),
    ("∼", Comparator::Approx),
];

/// Nouns that make a bare number a count: people, animals, studies and
/// the like (singular forms serve `62-participant`).
pub(crate) static COUNT_NOUNS: &[&str] = &[
    "participants",
    "participant",
    "patients",
    "patient",
    "adults",
    "adult",
    "subjects",
    "subject",
    "men",
    "women",
    "people",
    "persons",
    "individuals",
    "volunteers",
    "children",
    "infants",
    "adolescents",
    "users",
    "athletes",
    "smokers",
    "respondents",
    "elderly",
    "trials",
    "trial",
    "studies",
    "study",
    "RCTs",
    "RCT",
    "cohorts",
    "cases",
    "rats",
    "mice",
    "animals",
    "dogs",
    "pigs",
    "compounds",
    "genes",
    "targets",
    "reactions",
    "species",
    "strains",
    "isolates",
    "cultivars",
    "varieties",
    "countries",
    "centres",
    "centers",
    "sites",
    "hospitals",
    "clinics",
    "articles",
    "records",
    "reports",
    "papers",
    "publications",
    "outcomes",
    "meta-analyses",
    "series",
    "doses",
    "events",
    "deaths",
    "pregnancies",
    "samples",
    "households",
    "families",
    "nurses",
    "physicians",
    "workers",
    "students",
    "runners",
    "boys",
    "girls",
    "newborns",
    "neonates",
    "donors",
    "recipients",
    "controls",
    "experiments",
    "databases",
    "comparisons",
    "microorganisms",
    "organisms",
    "bacteria",
];

/// Multipliers after a count: `120 million people`.
pub(crate) static MULTIPLIERS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("Thousand", 1e3),
    ("Million", 1e6),
    ("Billion", 1e9),
    ("Trillion", 1e12),
];

/// Verbs of change before `from X to Y`: two values, not a range.
pub(crate) static CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "fell",
    "fallen",
    "increased",
    "decreased",
    "declined",
    "dropped",
    "improved",
    "reduced",
    "changed",
    "went",
    "shifted",
    "climbed",
    "grew",
    "moved",
    "raised",
    "lowered",
    "titrated",
    "escalated",
    "tapered",
    "adjusted",
    "switched",
    "reduced",
    "cut",
    "lifted",
];

/// Words after which a bare number is a label, not a quantity.
pub(crate) static LABEL_WORDS: &[&str] = &[
    "phase", "tier", "type", "grade", "stage", "class", "level", "step", "compound", "table",
    "figure", "fig.", "group", "arm", "version", "number", "no.", "day", "week", "visit",
    "chapter", "section", "model",
];

/// Comparative words after `N times` or `Nx` that make a fold change.
pub(crate) static FOLD_WORDS: &[&str] = &[
    "greater",
    "higher",
    "more",
    "lower",
    "less",
    "stronger",
    "weaker",
    "faster",
    "slower",
    "larger",
    "smaller",
    "increase",
    "increased",
    "as",
    "better",
    "the",
    "control",
    "normal",
    "baseline",
];

/// Whether `word` (any case in its first letter) is in `list`.
pub(crate) fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod symbol_tests {
    use super::*;
    use proptest::prelude::*;

    /// `comparator_after` turns away text not starting with one of these.
    #[test]
    fn comparators_after_start_with_a_space_and_o_a_or_m() {
        for (words, _) in COMPARATORS_AFTER {
            assert!(
                [" o", " a", " m"].iter().any(|s| words.starts_with(s)),
                "{words}"
            );
        }
    }

    #[test]
    fn comparator_words_by_their_last_two_bytes() {
        let words = || {
            COMPARATOR_WORDS
                .iter()
                .map(|(word, _)| *word)
                .chain(["between"])
        };
        assert!(words().all(|word| word.len() > 2));
        for word in words() {
            let last = *word.as_bytes().last_chunk::<2>().unwrap();
            let mut found: Vec<&str> = comparator_words_ending_with(last).collect();
            let mut expected: Vec<&str> =
                words().filter(|w| w.as_bytes().ends_with(&last)).collect();
            found.sort_unstable();
            expected.sort_unstable();
            assert_eq!(found, expected, "{word}");
        }
        assert_eq!(comparator_words_ending_with(*b"zz").count(), 0);
    }

    #[test]
    fn the_words_by_their_last_two_bytes_are_those_that_end_so() {
        assert!(comparator_words().all(|word| word.len() > 2));
        for word in comparator_words() {
            let last = *word.as_bytes().last_chunk::<2>().unwrap();
            let mut found: Vec<&str> = comparator_words_ending_with(last).collect();
            let mut expected: Vec<&str> = comparator_words()
                .filter(|w| w.as_bytes().ends_with(&last))
                .collect();
            found.sort_unstable();
            expected.sort_unstable();
            assert_eq!(found, expected, "{word}");
        }
        assert_eq!(comparator_words_ending_with(*b"zz").count(), 0);
    }

    proptest! {
        #[test]
        fn symbol_before_is_the_first_symbol_that_ends_the_text(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "<", ">", "=", "~", "≤", "≥", "≈", "∼", "a", "1", " ", "é", "€", "<=",
                ]),
                0..6,
            )
        ) {
            let text = parts.concat();
            let naive = COMPARATOR_SYMBOLS
                .iter()
                .find(|(s, _)| text.ends_with(s))
                .map(|(s, _)| *s);
            prop_assert_eq!(comparator_symbol_before(&text), naive);
        }
    }
}

//! The words around a number that decide what it is: its kind from its
//! unit, a count noun after a bare number, a comparator word before it.

use super::unit::is_word_char;
use super::words::{COUNT_NOUNS, MULTIPLIERS, in_list};
use super::{Dimension, QuantityKind};

/// Whether `text` ends with `word` (any case in its first letter) standing
/// as a word of its own.
pub(super) fn ends_with_word(text: &str, word: &str) -> bool {
    let Some(at) = text.len().checked_sub(word.len()) else {
        return false;
    };
    let tail = crate::slice::from(text, at);
    let same = tail == word
        || tail.get(1..) == word.get(1..)
            && tail.chars().next().map(|c| c.to_ascii_lowercase()) == word.chars().next();
    same && !crate::slice::upto(text, at)
        .chars()
        .next_back()
        .is_some_and(is_word_char)
}

pub(super) fn kind_of(dimension: Dimension) -> QuantityKind {
    match dimension {
        Dimension::Mass
        | Dimension::Volume
        | Dimension::AmountOfSubstance
        | Dimension::ArbitraryAmount
        | Dimension::MassPerBodyMass
        | Dimension::Count => QuantityKind::Dose,
        Dimension::MassConcentration
        | Dimension::MolarConcentration
        | Dimension::AmountPerMass
        | Dimension::ArbitraryConcentration
        | Dimension::MassFraction => QuantityKind::Concentration,
        Dimension::Percent => QuantityKind::Percentage,
        Dimension::Time => QuantityKind::Duration,
        Dimension::MolarMass => QuantityKind::MolecularWeight,
        Dimension::Fold => QuantityKind::FoldChange,
        Dimension::Energy | Dimension::Temperature | Dimension::Length => QuantityKind::Measurement,
    }
}

/// ` participants`, ` million people`, ` osteoarthritis patients`,
/// `-participant`: the bytes read and the multiplier.
pub(super) fn count_noun(rest: &str, single: bool) -> Option<(usize, f64)> {
    if single && let Some(after) = rest.strip_prefix('-') {
        let word = word_at(after);
        if in_list(word, COUNT_NOUNS) && !word.ends_with('s') {
            return Some((1 + word.len(), 1.0));
        }
    }
    let mut len = 0;
    let mut factor = 1.0;
    let mut tail = rest.strip_prefix(' ')?;
    len += 1;
    let first = word_at(tail);
    if let Some((_, f)) = MULTIPLIERS.iter().find(|(w, _)| *w == first) {
        factor = *f;
        tail = tail.get(first.len()..)?.strip_prefix(' ')?;
        len += first.len() + 1;
    }
    let word = word_at(tail);
    if in_list(word, COUNT_NOUNS) {
        return Some((len + word.len(), factor));
    }
    // One modifier word: `60 osteoarthritis patients`, `900 gene targets`.
    if word.chars().all(|c| c.is_lowercase()) && !word.is_empty() {
        let next = tail.get(word.len()..)?.strip_prefix(' ')?;
        let noun = word_at(next);
        if in_list(noun, COUNT_NOUNS) {
            return Some((len + word.len() + 1 + noun.len(), factor));
        }
    }
    None
}

fn word_at(text: &str) -> &str {
    let end = text.find(|c: char| !is_word_char(c)).unwrap_or(text.len());
    crate::slice::upto(text, end)
}

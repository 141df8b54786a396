//! The words around a number that decide what it is: its kind from its
//! unit, a count noun after a bare number, a comparator word before it.

use super::atoms::Role;
use super::dimension::Base;
use super::unit::is_word_char;
use super::words::{COUNT_NOUNS, MULTIPLIERS, in_list};
use super::{Dimension, QuantityKind, Unit};

/// Whether `text` ends with `word` (any case in its first letter) standing
/// as a word of its own.
pub(super) fn ends_with_word(text: &str, word: &str) -> bool {
    let Some(at) = text.len().checked_sub(word.len()) else {
        return false;
    };
    // A tail that does not start on a boundary cannot be the word.
    let Some(tail) = text.get(at..) else {
        return false;
    };
    let same = tail == word
        || tail.get(1..) == word.get(1..)
            && tail.chars().next().map(|c| c.to_ascii_lowercase()) == word.chars().next();
    same && !crate::scan::slice::upto(text, at)
        .chars()
        .next_back()
        .is_some_and(is_word_char)
}

/// The kind of a quantity with a unit, from the unit's composition:
///
/// - a percent is a percentage, a fold a fold change, a time a duration,
///   a mass per amount of substance a molecular weight;
/// - an amount one takes (mass, volume, amount of substance, arbitrary
///   units, a dose form), alone, per kilogram of body mass, per body
///   surface area (`mg/m²`, but not `kg/m²`, a body mass index) or per unit
///   of time (`mg/h`), is a dose;
/// - anything per volume with no time left in it, and an amount per mass
///   of a material (`mg/g`, `mmol/mol`, `ppm`), is a concentration;
/// - everything else (energy, temperature, length, pressure, clearance,
///   AUC, BMI) is a measurement.
pub(super) fn kind_of(unit: &Unit) -> QuantityKind {
    let dimension = unit.dimension();
    let numerator = unit.numerator_dimension();
    let divisor = unit.divisor_dimension();
    match unit.role() {
        Role::Percent => return QuantityKind::Percentage,
        Role::Fold => return QuantityKind::FoldChange,
        _ => {}
    }
    if dimension == Dimension::TIME {
        return QuantityKind::Duration;
    }
    if dimension == Dimension::MOLAR_MASS {
        return QuantityKind::MolecularWeight;
    }
    // A volume per time is a flow or a clearance (`mL/min`), a volume per
    // mass a volume of distribution (`L/kg`): measurements.
    let volume = numerator == Dimension::VOLUME;
    if unit.is_per_body_mass() && !volume {
        return QuantityKind::Dose;
    }
    if unit.is_amount_numerator() && (!volume || divisor == Dimension::DIMENSIONLESS) {
        let body_mass_index = numerator == Dimension::MASS && unit.code() == "kg/m2";
        if divisor == Dimension::DIMENSIONLESS
            || divisor == Dimension::TIME
            || divisor == Dimension::AREA && !body_mass_index
        {
            return QuantityKind::Dose;
        }
        if divisor == Dimension::MASS || divisor == Dimension::AMOUNT_OF_SUBSTANCE {
            return QuantityKind::Concentration;
        }
    }
    let per_volume = divisor == Dimension::VOLUME && numerator != Dimension::VOLUME;
    if per_volume && dimension.exponent(Base::Time) <= 0 {
        return QuantityKind::Concentration;
    }
    if dimension == Dimension::MOLAR_CONCENTRATION || dimension == Dimension::MASS_CONCENTRATION {
        return QuantityKind::Concentration;
    }
    if matches!(unit.code().as_str(), "[ppm]" | "[ppb]") {
        return QuantityKind::Concentration;
    }
    QuantityKind::Measurement
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
    // Up to two modifier words: `60 osteoarthritis patients`, `31
    // placebo-controlled trials`, `12 healthy male volunteers`.
    for _ in 0..3 {
        let word = hyphenated_word_at(tail);
        if in_list(word, COUNT_NOUNS) {
            return Some((len + word.len(), factor));
        }
        let modifier = !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c == '-');
        if !modifier {
            return None;
        }
        tail = tail.get(word.len()..)?.strip_prefix(' ')?;
        len += word.len() + 1;
    }
    None
}

/// A word that may hold hyphens (`placebo-controlled`, `meta-analyses`).
fn hyphenated_word_at(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|&(i, c)| {
            !(is_word_char(c)
                || c == '-'
                    && text
                        .get(i + 1..)
                        .is_some_and(|r| r.starts_with(char::is_alphabetic)))
        })
        .map_or(text.len(), |(i, _)| i);
    crate::scan::slice::upto(text, end)
}

fn word_at(text: &str) -> &str {
    let end = text.find(|c: char| !is_word_char(c)).unwrap_or(text.len());
    crate::scan::slice::upto(text, end)
}

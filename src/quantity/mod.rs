//! Quantities: values and ranges with comparators and units, doses with
//! frequencies, and their extraction from prose.

pub(crate) mod atoms;
mod context;
pub(crate) mod dimension;
pub(crate) mod dose;
mod extract;
mod mention;
pub(crate) mod spellings;
mod starts;
#[cfg(test)]
mod ucum_validity;
pub(crate) mod unit;
pub(crate) mod value;
pub(crate) mod words;

pub use dimension::Dimension;
pub use dose::{Dose, Frequency, Per, Period};
pub use extract::quantities;
pub(crate) use extract::quantities_among;
pub use mention::{Mention, QuantityKind};
pub(crate) use starts::starts as quantity_starts;
pub use unit::Unit;

pub(crate) use unit::is_word_char;
pub use value::{Comparator, Quantity};

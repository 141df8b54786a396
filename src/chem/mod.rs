//! Chemistry: molecular formulas and their molar masses.

mod elements;
mod formula;

pub use formula::MolecularFormula;
pub(crate) use formula::formulas;

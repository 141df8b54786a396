//! What a unit measures, computed from its composition: a vector of
//! exponents over base quantities, the way UCUM and SI compute dimensions.
//! `mg/mL` is mass × length⁻³; `ng·h/mL` is mass × time × length⁻³; `%`,
//! `mg/kg` and `fold` are dimensionless. Two units convert into each other
//! exactly when their dimensions are equal.

use std::fmt;
use std::str::FromStr;

/// The base quantities. Arbitrary units (IU, CFU, FU) measure something
/// defined by a reference preparation, not by SI: each is a base of its
/// own, convertible only to itself (UCUM's "arbitrary units").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Base {
    Mass = 0,
    Length = 1,
    Time = 2,
    Amount = 3,
    Temperature = 4,
    InternationalUnit = 5,
    ColonyFormingUnit = 6,
    FibrinolyticUnit = 7,
}

const BASES: usize = 8;

/// The symbols of the bases, in `Base` order, used in a dimension's formula.
const SYMBOLS: [&str; BASES] = ["M", "L", "T", "N", "Θ", "IU", "CFU", "FU"];

/// What a unit measures: an exponent for each base quantity.
///
/// Named constants cover the common dimensions; any other follows from a
/// unit's composition. `Display` gives the name (`mass_concentration`) or,
/// for an unnamed one, the formula (`M.L-3.T`); `FromStr` reads both.
///
/// ```
/// use hermetica::{Dimension, Unit};
///
/// let auc: Unit = "ng·h/mL".parse().unwrap();
/// assert_eq!(auc.dimension().to_string(), "M.L-3.T");
/// let conc: Unit = "mg/dL".parse().unwrap();
/// assert_eq!(conc.dimension(), Dimension::MASS_CONCENTRATION);
/// assert_eq!("µM".parse::<Unit>().unwrap().dimension(), Dimension::MOLAR_CONCENTRATION);
/// assert_eq!("mg/kg".parse::<Unit>().unwrap().dimension(), Dimension::DIMENSIONLESS);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Dimension {
    exponents: [i8; BASES],
}

/// The dimensions with names, and their names.
const NAMED: &[(Dimension, &str)] = &[
    (Dimension::DIMENSIONLESS, "dimensionless"),
    (Dimension::MASS, "mass"),
    (Dimension::LENGTH, "length"),
    (Dimension::AREA, "area"),
    (Dimension::VOLUME, "volume"),
    (Dimension::TIME, "time"),
    (Dimension::AMOUNT_OF_SUBSTANCE, "amount_of_substance"),
    (Dimension::TEMPERATURE, "temperature"),
    (Dimension::MASS_CONCENTRATION, "mass_concentration"),
    (Dimension::MOLAR_CONCENTRATION, "molar_concentration"),
    (Dimension::NUMBER_CONCENTRATION, "number_concentration"),
    (Dimension::MOLAR_MASS, "molar_mass"),
    (Dimension::ENERGY, "energy"),
    (Dimension::PRESSURE, "pressure"),
    (Dimension::INTERNATIONAL_UNITS, "international_units"),
    (Dimension::COLONY_FORMING_UNITS, "colony_forming_units"),
];

impl Dimension {
    // Indices are below `BASES` by construction: a const fn cannot use
    // iterators.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn of(pairs: &[(Base, i8)]) -> Dimension {
        let mut exponents = [0; BASES];
        let mut i = 0;
        while i < pairs.len() {
            exponents[pairs[i].0 as usize] = pairs[i].1;
            i += 1;
        }
        Dimension { exponents }
    }

    /// No dimension: `%`, `fold`, `ppm`, `mg/kg`, `mg/g`, a count.
    pub const DIMENSIONLESS: Dimension = Dimension::of(&[]);
    /// Mass (`mg`).
    pub const MASS: Dimension = Dimension::of(&[(Base::Mass, 1)]);
    /// Length (`cm`).
    pub const LENGTH: Dimension = Dimension::of(&[(Base::Length, 1)]);
    /// Area (`m²`).
    pub const AREA: Dimension = Dimension::of(&[(Base::Length, 2)]);
    /// Volume (`mL`).
    pub const VOLUME: Dimension = Dimension::of(&[(Base::Length, 3)]);
    /// Time (`h`).
    pub const TIME: Dimension = Dimension::of(&[(Base::Time, 1)]);
    /// Amount of substance (`mmol`, `mEq`).
    pub const AMOUNT_OF_SUBSTANCE: Dimension = Dimension::of(&[(Base::Amount, 1)]);
    /// Temperature (`°C`).
    pub const TEMPERATURE: Dimension = Dimension::of(&[(Base::Temperature, 1)]);
    /// Mass per volume (`ng/mL`).
    pub const MASS_CONCENTRATION: Dimension = Dimension::of(&[(Base::Mass, 1), (Base::Length, -3)]);
    /// Amount of substance per volume (`µM`, `mEq/L`).
    pub const MOLAR_CONCENTRATION: Dimension =
        Dimension::of(&[(Base::Amount, 1), (Base::Length, -3)]);
    /// A count per volume (`cells/µL`, `×10⁹/L`, `/mm³`).
    pub const NUMBER_CONCENTRATION: Dimension = Dimension::of(&[(Base::Length, -3)]);
    /// Mass per amount of substance (`g/mol`, `kDa`).
    pub const MOLAR_MASS: Dimension = Dimension::of(&[(Base::Mass, 1), (Base::Amount, -1)]);
    /// Energy (`kcal`, `kJ`).
    pub const ENERGY: Dimension =
        Dimension::of(&[(Base::Mass, 1), (Base::Length, 2), (Base::Time, -2)]);
    /// Pressure (`mmHg`).
    pub const PRESSURE: Dimension =
        Dimension::of(&[(Base::Mass, 1), (Base::Length, -1), (Base::Time, -2)]);
    /// International units (`IU`).
    pub const INTERNATIONAL_UNITS: Dimension = Dimension::of(&[(Base::InternationalUnit, 1)]);
    /// Colony-forming units (`CFU`).
    pub const COLONY_FORMING_UNITS: Dimension = Dimension::of(&[(Base::ColonyFormingUnit, 1)]);

    pub(crate) const fn base(base: Base) -> Dimension {
        Dimension::of(&[(base, 1)])
    }

    /// The exponent of one base quantity.
    pub(crate) fn exponent(self, base: Base) -> i8 {
        self.exponents.get(base as usize).copied().unwrap_or(0)
    }

    /// This dimension raised to `power` and multiplied into `self`.
    pub(crate) fn times(self, other: Dimension, power: i8) -> Dimension {
        // Exponents stay small (four atoms, each at most cubed), far from
        // `i8`'s bounds; plain arithmetic lets the loop vectorize.
        let mut exponents = self.exponents;
        for (e, o) in exponents.iter_mut().zip(other.exponents) {
            *e = e.wrapping_add(o.wrapping_mul(power));
        }
        Dimension { exponents }
    }

    /// Whether nothing is left: `%`, `mg/kg`, a count.
    pub fn is_dimensionless(self) -> bool {
        self == Dimension::DIMENSIONLESS
    }

    /// The name of a named dimension, such as `mass_concentration`.
    pub fn name(self) -> Option<&'static str> {
        NAMED.iter().find(|(d, _)| *d == self).map(|(_, n)| *n)
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(name) = self.name() {
            return f.pad(name);
        }
        let mut formula = String::new();
        for (symbol, exponent) in SYMBOLS.iter().zip(self.exponents) {
            if exponent == 0 {
                continue;
            }
            if !formula.is_empty() {
                formula.push('.');
            }
            formula.push_str(symbol);
            if exponent != 1 {
                formula.push_str(&exponent.to_string());
            }
        }
        f.pad(&formula)
    }
}

impl FromStr for Dimension {
    type Err = crate::Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Some((d, _)) = NAMED.iter().find(|(_, n)| *n == text) {
            return Ok(*d);
        }
        let invalid = || {
            crate::Error::new(
                crate::ErrorKind::InvalidValue {
                    what: "dimension",
                    found: text.to_owned(),
                    reason: "expected a name such as mass_concentration or a formula such as M.L-3.T",
                },
                0..text.len(),
                text,
            )
        };
        let mut exponents = [0i8; BASES];
        for part in text.split('.') {
            let digits = part
                .find(|c: char| c == '-' || c.is_ascii_digit())
                .unwrap_or(part.len());
            let (symbol, power) = part.split_at(digits);
            let index = SYMBOLS
                .iter()
                .position(|s| *s == symbol)
                .ok_or_else(invalid)?;
            let power: i8 = if power.is_empty() {
                1
            } else {
                power.parse().map_err(|_| invalid())?
            };
            let slot = exponents.get_mut(index).ok_or_else(invalid)?;
            *slot = power;
        }
        let dimension = Dimension { exponents };
        // One spelling per dimension: the name where there is one.
        if dimension.to_string() == text {
            Ok(dimension)
        } else {
            Err(invalid())
        }
    }
}

crate::serde_text::as_text!(Dimension);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_formulas_read_back() {
        for (d, name) in NAMED {
            assert_eq!(d.to_string(), *name);
            assert_eq!(name.parse::<Dimension>().unwrap(), *d);
        }
        let auc = Dimension::MASS_CONCENTRATION.times(Dimension::TIME, 1);
        assert_eq!(auc.to_string(), "M.L-3.T");
        assert_eq!("M.L-3.T".parse::<Dimension>().unwrap(), auc);
        assert!(
            "M.L-3".parse::<Dimension>().is_err(),
            "named: mass_concentration"
        );
        assert!("Q2".parse::<Dimension>().is_err());
    }
}

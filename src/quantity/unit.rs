//! Units as UCUM composes them: a product and quotient of prefixed atoms
//! with exponents (`mL/min/kg`, `ng·h/mL`, `mg/m²`, `×10⁹/L`), with an
//! optional annotation (`µg RAE`, `mg GAE/g`) and an optional whole number
//! in the divisor (`mg/5 mL`, `per 100 g`). The dimension and the factor
//! to base units follow from the atoms; the atoms are a table of data
//! ([`atoms`](super::atoms)); how prose writes a unit is the grammar's
//! ([`crate::grammar::unit`]).

use std::fmt;

use super::Dimension;
use super::atoms::{ANNOTATIONS, ATOMS, Atom, PREFIXES, Prefix, Role};
use super::dimension::Base;

/// The most atoms one unit holds (`ng·h/mL/kg` has four).
pub(crate) const MAX_FACTORS: usize = 4;

/// One prefixed atom with its exponent: `mL` in `mL/min` is `m`, `L`, 1;
/// `min` is `min`, -1.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Factor {
    pub(crate) prefix: Option<&'static Prefix>,
    pub(crate) atom: &'static Atom,
    pub(crate) exponent: i8,
}

impl Factor {
    pub(crate) fn dimension(&self) -> Dimension {
        Dimension::DIMENSIONLESS.times(self.atom.dimension, self.exponent)
    }

    fn scale(&self) -> f64 {
        let prefixed = self.atom.factor * self.prefix.map_or(1.0, |p| p.factor);
        prefixed.powi(i32::from(self.exponent))
    }

    /// `mg`, `umol/L`, `m2`: the UCUM code of the factor, without the sign
    /// of its exponent.
    fn code(&self, out: &mut String) {
        if let Some(p) = self.prefix {
            out.push_str(p.code);
        }
        out.push_str(self.atom.code);
        let power = self.exponent.unsigned_abs();
        if power > 1 {
            out.push_str(&power.to_string());
        }
    }

    /// `mg`, `µM`, `m²`: the usual spelling.
    fn symbol(&self, out: &mut String) {
        if let Some(p) = self.prefix {
            out.push_str(p.symbol);
        }
        out.push_str(self.atom.symbol);
        match self.exponent.unsigned_abs() {
            2 => out.push('²'),
            3 => out.push('³'),
            _ => {}
        }
    }
}

/// A unit of measure.
///
/// `FromStr` reads the spellings of prose (`mcg`, `μg/kg`, `mg per kg`,
/// `ng·h/mL`, `mg/m²`, `×10⁹/L`, `µg RAE`, `°C`); `Display`, serde and
/// [`Unit::code`] give the UCUM code; [`Unit::from_code`] reads it back.
/// Two units are equal when their codes are: `µM` is `µmol/L`.
///
/// ```
/// use hermetica::{Dimension, Unit};
///
/// let ug: Unit = "mcg".parse().unwrap();
/// assert_eq!(ug, "µg".parse().unwrap());
/// assert_eq!(ug.code(), "ug");
/// assert_eq!("μM".parse::<Unit>().unwrap(), "µmol/L".parse().unwrap());
/// assert_eq!("IU/g".parse::<Unit>().unwrap().code(), "[IU]/g");
///
/// let clearance: Unit = "mL/min/kg".parse().unwrap();
/// assert_eq!(clearance.code(), "mL/min/kg");
/// let per_area: Unit = "mg/m²".parse().unwrap();
/// assert_eq!(per_area.code(), "mg/m2");
/// assert_eq!("×10⁹/L".parse::<Unit>().unwrap().dimension(), Dimension::NUMBER_CONCENTRATION);
/// assert_eq!("250 mg/5 mL".split_at(4).1.parse::<Unit>().unwrap().code(), "mg/(5.mL)");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Unit {
    factors: [Option<Factor>; MAX_FACTORS],
    /// What the first atom counts (`RAE` in `µg RAE`).
    annotation: Option<&'static str>,
    /// A whole number standing before the first divisor (`5` in `mg/5 mL`).
    count: Option<u32>,
}

impl PartialEq for Unit {
    fn eq(&self, other: &Unit) -> bool {
        self.code() == other.code()
    }
}

impl Eq for Unit {}

impl std::hash::Hash for Unit {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

impl Unit {
    /// A unit of one atom.
    pub(crate) fn atom(prefix: Option<&'static Prefix>, atom: &'static Atom) -> Unit {
        Unit::single(Factor {
            prefix,
            atom,
            exponent: 1,
        })
    }

    /// A unit of one factor.
    pub(crate) fn single(factor: Factor) -> Unit {
        let mut factors = [None; MAX_FACTORS];
        factors[0] = Some(factor);
        Unit {
            factors,
            annotation: None,
            count: None,
        }
    }

    /// A unit with no atoms yet, for the grammar to fill.
    pub(crate) fn empty() -> Unit {
        Unit {
            factors: [None; MAX_FACTORS],
            annotation: None,
            count: None,
        }
    }

    /// Adds a factor; `None` when the unit is full.
    pub(crate) fn with(mut self, factor: Factor) -> Option<Unit> {
        let slot = self.factors.iter_mut().find(|f| f.is_none())?;
        *slot = Some(factor);
        Some(self)
    }

    pub(crate) fn annotated(mut self, annotation: &'static str) -> Unit {
        self.annotation = Some(annotation);
        self
    }

    pub(crate) fn counted(mut self, count: u32) -> Unit {
        self.count = Some(count);
        self
    }

    pub(crate) fn factors(&self) -> impl Iterator<Item = &Factor> {
        self.factors.iter().flatten()
    }

    fn numerator(&self) -> impl Iterator<Item = &Factor> {
        self.factors().filter(|f| f.exponent > 0)
    }

    fn divisors(&self) -> impl Iterator<Item = &Factor> {
        self.factors().filter(|f| f.exponent < 0)
    }

    /// The number of atoms.
    pub(crate) fn len(&self) -> usize {
        self.factors().count()
    }

    /// The UCUM code: `mg/kg`, `ng/mL`, `umol/L`, `[IU]/g`, `mL/min/kg`,
    /// `ng.h/mL`, `mg/m2`, `10*9/L`, `mg{GAE}/g`, `mg/(5.mL)`, `%`, `h`.
    pub fn code(&self) -> String {
        let mut code = String::new();
        for (i, f) in self.numerator().enumerate() {
            if i > 0 {
                code.push('.');
            }
            f.code(&mut code);
            if i == 0
                && let Some(a) = self.annotation
            {
                code.push('{');
                code.push_str(a);
                code.push('}');
            }
        }
        for (i, f) in self.divisors().enumerate() {
            code.push('/');
            match self.count.filter(|_| i == 0) {
                Some(n) => {
                    code.push('(');
                    code.push_str(&n.to_string());
                    code.push('.');
                    f.code(&mut code);
                    code.push(')');
                }
                None => f.code(&mut code),
            }
        }
        code
    }

    /// The usual spelling: `µg`, `ng/mL`, `µM`, `IU/g`, `mg GAE/g`, `%`,
    /// `ng·h/mL`, `mg/m²`, `mg/5 mL`. [`FromStr`](std::str::FromStr) reads
    /// it back to the same unit.
    pub fn symbol(&self) -> String {
        let mut out = String::new();
        for (i, f) in self.numerator().enumerate() {
            if i > 0 {
                out.push('·');
            }
            f.symbol(&mut out);
            if i == 0
                && let Some(a) = self.annotation
            {
                let spelling = ANNOTATIONS
                    .iter()
                    .find(|an| an.code == a)
                    .and_then(|an| an.spellings.first())
                    .copied()
                    .unwrap_or(a);
                if !spelling.starts_with(' ') {
                    out.push(' ');
                }
                out.push_str(spelling);
            }
        }
        let rate = self.numerator().next().is_none()
            && self
                .divisors()
                .all(|f| f.dimension() != Dimension::VOLUME.times(Dimension::VOLUME, -2));
        if rate {
            // `h⁻¹`: a rate constant has nothing above its line.
            for f in self.divisors() {
                out.push_str(f.prefix.map_or("", |p| p.symbol));
                out.push_str(f.atom.symbol);
                out.push_str(match f.exponent {
                    -2 => "⁻²",
                    -3 => "⁻³",
                    _ => "⁻¹",
                });
            }
            return out;
        }
        for (i, f) in self.divisors().enumerate() {
            out.push('/');
            if let Some(n) = self.count.filter(|_| i == 0) {
                out.push_str(&n.to_string());
                out.push(' ');
            }
            f.symbol(&mut out);
        }
        out
    }

    /// What the unit measures, computed from its atoms.
    pub fn dimension(&self) -> Dimension {
        self.factors()
            .fold(Dimension::DIMENSIONLESS, |d, f| d.times(f.dimension(), 1))
    }

    /// The dimension of the atoms before the first divisor.
    pub(crate) fn numerator_dimension(&self) -> Dimension {
        self.numerator()
            .fold(Dimension::DIMENSIONLESS, |d, f| d.times(f.dimension(), 1))
    }

    /// The dimension of the divisors (as positive exponents).
    pub(crate) fn divisor_dimension(&self) -> Dimension {
        self.divisors()
            .fold(Dimension::DIMENSIONLESS, |d, f| d.times(f.dimension(), -1))
    }

    /// The factor that turns a value in this unit into base units (g, m,
    /// s, mol, and products of them).
    pub(crate) fn factor(&self) -> f64 {
        let product: f64 = self.factors().map(Factor::scale).product();
        product / f64::from(self.count.unwrap_or(1))
    }

    /// The role of the first atom.
    pub(crate) fn role(&self) -> Role {
        self.factors().next().map_or(Role::Plain, |f| f.atom.role)
    }

    /// Whether a value in this unit lies on an interval scale (`°C`), so
    /// that it converts only to itself.
    fn has_offset(&self) -> bool {
        self.factors().any(|f| f.atom.role == Role::IntervalScale)
    }

    /// `mg/kg`, `µg/kg/min`, `IU/kg`: an amount per kilogram of body mass,
    /// possibly per unit of time.
    pub fn is_per_body_mass(&self) -> bool {
        let mut divisors = self.divisors();
        let per_kg = divisors.next().is_some_and(|f| {
            f.exponent == -1 && f.atom.code == "g" && f.prefix.is_some_and(|p| p.code == "k")
        });
        per_kg
            && self.count.is_none()
            && divisors.all(|f| f.atom.dimension == Dimension::TIME)
            && self.numerator().count() == 1
            && self.is_amount_numerator()
    }

    /// Whether the atoms before any divisor are one amount a person takes:
    /// a mass, volume, amount of substance, arbitrary units, or a dose form.
    pub(crate) fn is_amount_numerator(&self) -> bool {
        let d = self.numerator_dimension();
        let amount = [
            Dimension::MASS,
            Dimension::VOLUME,
            Dimension::AMOUNT_OF_SUBSTANCE,
            Dimension::INTERNATIONAL_UNITS,
            Dimension::COLONY_FORMING_UNITS,
            Dimension::base(Base::FibrinolyticUnit),
        ];
        self.numerator().count() == 1
            && (amount.contains(&d) || matches!(self.role(), Role::DoseForm | Role::EnzymeUnit))
    }

    /// Whether the value is an amount one takes, without a divisor other
    /// than body mass (`mg`, `IU`, `CFU`, `mg/kg`).
    pub(crate) fn is_amount(&self) -> bool {
        self.is_amount_numerator() && (self.divisors().next().is_none() || self.is_per_body_mass())
    }

    /// Whether a value in `self` converts into `other`, and by what ratio.
    pub(crate) fn ratio_to(&self, other: &Unit) -> Option<f64> {
        if self.dimension() != other.dimension() {
            return None;
        }
        if (self.has_offset() || other.has_offset()) && self != other {
            return None;
        }
        // A count of tablets is dimensionless, as a percent is, but the two
        // do not convert.
        let dose_form = |u: &Unit| u.factors().any(|f| f.atom.role == Role::DoseForm);
        if (dose_form(self) || dose_form(other)) && self != other {
            return None;
        }
        Some(self.factor() / other.factor())
    }
}

/// A prefix by its UCUM code.
pub(crate) fn prefix_by_code(code: &str) -> Option<&'static Prefix> {
    PREFIXES.iter().find(|p| p.code == code)
}

/// Every atom, for the grammar and the tests.
pub(crate) fn atoms() -> &'static [Atom] {
    ATOMS
}

/// Is the char a letter or digit that would continue a word?
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Unit::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown UCUM unit code {code:?}")))
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.code())
    }
}

//! A quantity as written: a value or a range, a comparator, a unit.

use std::fmt;

use super::dimension::Dimension;
use super::unit::Unit;
use crate::error::{Error, ErrorKind};

/// How a value relates to what it bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Comparator {
    /// `<`, less than, below, under.
    #[cfg_attr(feature = "serde", serde(rename = "<"))]
    Lt,
    /// `≤`, `<=`, up to.
    #[cfg_attr(feature = "serde", serde(rename = "<="))]
    Le,
    /// `>`, over, more than, above, exceeding.
    #[cfg_attr(feature = "serde", serde(rename = ">"))]
    Gt,
    /// `≥`, `>=`, at least.
    #[cfg_attr(feature = "serde", serde(rename = ">="))]
    Ge,
    /// `~`, approximately, about, roughly.
    #[cfg_attr(feature = "serde", serde(rename = "~"))]
    Approx,
}

impl Comparator {
    /// The ASCII symbol: `<`, `<=`, `>`, `>=`, `~`.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Lt => "<",
            Comparator::Le => "<=",
            Comparator::Gt => ">",
            Comparator::Ge => ">=",
            Comparator::Approx => "~",
        }
    }
}

impl fmt::Display for Comparator {
    /// The ASCII symbol, as [`Comparator::symbol`] gives it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.symbol())
    }
}

/// A quantity as written: a value or a range, an optional comparator, an
/// optional `±` uncertainty, and an optional unit.
///
/// `FromStr` reads it; `Display` gives back the text exactly as written.
/// A value that exists is valid: numbers are finite. They may be negative
/// (a mean difference, a temperature).
///
/// ```
/// use hermetica::{Comparator, Dimension, Quantity};
///
/// let q: Quantity = "10-50 mg/kg".parse().unwrap();
/// assert_eq!((q.low(), q.high()), (Some(10.0), Some(50.0)));
/// assert_eq!(q.unit().map(|u| u.code()).as_deref(), Some("mg/kg"));
/// assert!(q.unit().is_some_and(|u| u.is_per_body_mass()));
/// assert_eq!(q.unit().map(|u| u.dimension()), Some(Dimension::DIMENSIONLESS));
/// assert_eq!(q.to_string(), "10-50 mg/kg");
///
/// let q: Quantity = "approximately 2.2–3.8%".parse().unwrap();
/// assert_eq!(q.comparator(), Some(Comparator::Approx));
///
/// let q: Quantity = "<20 ng/mL".parse().unwrap();
/// assert_eq!((q.low(), q.high()), (None, Some(20.0)));
///
/// let half_gram: Quantity = "0.5 g".parse().unwrap();
/// let mg = half_gram.convert_to("mg".parse().unwrap()).unwrap();
/// assert_eq!(mg.to_string(), "500 mg");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    text: crate::SharedStr,
    comparator: Option<Comparator>,
    low: Option<f64>,
    high: Option<f64>,
    uncertainty: Option<f64>,
    unit: Option<Unit>,
    inverted: bool,
}

/// The parts of a quantity, as the grammar reads them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Parts {
    pub(crate) comparator: Option<Comparator>,
    pub(crate) first: f64,
    pub(crate) second: Option<f64>,
    pub(crate) uncertainty: Option<f64>,
    pub(crate) unit: Option<Unit>,
}

impl Quantity {
    pub(crate) fn from_parts(text: &str, parts: Parts) -> Quantity {
        Quantity::from_kept(crate::SharedStr::from(text), parts)
    }

    /// [`Quantity::from_parts`] with its text already kept.
    pub(crate) fn from_kept(text: crate::SharedStr, parts: Parts) -> Quantity {
        let (low, high) = match (parts.second, parts.comparator) {
            (Some(high), _) => (Some(parts.first), Some(high)),
            (None, Some(Comparator::Lt | Comparator::Le)) => (None, Some(parts.first)),
            (None, Some(Comparator::Gt | Comparator::Ge)) => (Some(parts.first), None),
            (None, _) => (Some(parts.first), Some(parts.first)),
        };
        Quantity {
            text,
            comparator: parts.comparator,
            low,
            high,
            uncertainty: parts.uncertainty,
            unit: parts.unit,
            inverted: parts.second.is_some_and(|high| high < parts.first),
        }
    }

    /// A single value in a unit, written in the canonical form (`500 mg`).
    ///
    /// # Errors
    ///
    /// A value that is not finite.
    pub fn new(value: f64, unit: Option<Unit>) -> Result<Quantity, Error> {
        Self::build(None, value, None, unit)
    }

    /// A range `low–high` in a unit (`2–4 h`).
    ///
    /// # Errors
    ///
    /// An end that is not finite.
    pub fn range(low: f64, high: f64, unit: Option<Unit>) -> Result<Quantity, Error> {
        Self::build(None, low, Some(high), unit)
    }

    /// The same quantity with a comparator, written canonically.
    ///
    /// # Errors
    ///
    /// A quantity whose canonical text with the comparator does not read
    /// back (a comparator on a range).
    pub fn with_comparator(&self, comparator: Option<Comparator>) -> Result<Quantity, Error> {
        let (first, second) = match (self.low, self.high) {
            (Some(l), Some(h)) if l == h => (l, None),
            (Some(l), Some(h)) => (l, Some(h)),
            (Some(v), None) | (None, Some(v)) => (v, None),
            (None, None) => (0.0, None),
        };
        Self::build(comparator, first, second, self.unit)
    }

    fn build(
        comparator: Option<Comparator>,
        first: f64,
        second: Option<f64>,
        unit: Option<Unit>,
    ) -> Result<Quantity, Error> {
        let text = canonical_text(comparator, first, second, unit);
        text.parse()
    }

    /// The lower bound; `None` when open (`<20`).
    pub fn low(&self) -> Option<f64> {
        self.low
    }

    /// The upper bound; `None` when open (`>100`). Equal to `low` for a
    /// single value.
    pub fn high(&self) -> Option<f64> {
        self.high
    }

    /// Whether the text gives a range (two numbers).
    pub fn is_range(&self) -> bool {
        matches!((self.low, self.high), (Some(l), Some(h)) if l != h) || self.inverted
    }

    /// Whether a range's low exceeds its high (`50-10 mg`): kept as
    /// written and reported here, never swapped.
    pub fn is_inverted(&self) -> bool {
        self.inverted
    }

    /// The comparator, if any.
    pub fn comparator(&self) -> Option<Comparator> {
        self.comparator
    }

    /// The `±` uncertainty, if any.
    pub fn uncertainty(&self) -> Option<f64> {
        self.uncertainty
    }

    /// The unit, if any.
    pub fn unit(&self) -> Option<Unit> {
        self.unit
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// Converts to another unit of the same dimension.
    ///
    /// # Errors
    ///
    /// A quantity without a unit, or a unit of another dimension or one
    /// that does not convert (an interval scale such as `°C`, a dose form).
    pub fn convert_to(&self, unit: Unit) -> Result<Quantity, Error> {
        let from = self.require_unit()?;
        match from.ratio_to(&unit) {
            Some(ratio) => self.scaled(ratio, unit),
            None => Err(self.incompatible(unit)),
        }
    }

    /// Converts between a mass concentration (`ng/mL`) and a molar one
    /// (`nmol/L`, `µM`) using a molar mass in g/mol; other pairs convert as
    /// [`Quantity::convert_to`] does.
    ///
    /// # Errors
    ///
    /// As for [`Quantity::convert_to`], and a molar mass that is not a
    /// positive finite number.
    ///
    /// ```
    /// use hermetica::Quantity;
    /// let micromolar: Quantity = "1–100 μM".parse().unwrap();
    /// let mass = micromolar.convert_with_molar_mass("ng/mL".parse().unwrap(), 784.98).unwrap();
    /// assert_eq!(mass.to_string(), "784.98–78498 ng/mL");
    /// let back = mass.convert_with_molar_mass("µM".parse().unwrap(), 784.98).unwrap();
    /// assert_eq!((back.low(), back.high()), (Some(1.0), Some(100.0)));
    /// ```
    pub fn convert_with_molar_mass(
        &self,
        unit: Unit,
        grams_per_mole: f64,
    ) -> Result<Quantity, Error> {
        const MASS: Dimension = Dimension::MASS_CONCENTRATION;
        const MOLAR: Dimension = Dimension::MOLAR_CONCENTRATION;
        let from = self.require_unit()?;
        let ratio = match (from.dimension(), unit.dimension()) {
            (MASS, MOLAR) if grams_per_mole > 0.0 => from.factor() / grams_per_mole / unit.factor(),
            (MOLAR, MASS) => from.factor() * grams_per_mole / unit.factor(),
            _ => return self.convert_to(unit),
        };
        self.scaled(ratio, unit)
    }

    fn require_unit(&self) -> Result<Unit, Error> {
        self.unit.ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidValue {
                    what: "quantity",
                    found: self.text.as_str().to_owned(),
                    reason: "a quantity without a unit cannot be converted",
                },
                0..self.text.as_str().len(),
                self.text.as_str(),
            )
        })
    }

    fn incompatible(&self, unit: Unit) -> Error {
        Error::new(
            ErrorKind::IncompatibleUnits {
                from: self.unit.map(|u| u.code()).unwrap_or_default(),
                to: unit.code(),
            },
            0..self.text.as_str().len(),
            self.text.as_str(),
        )
    }

    fn scaled(&self, ratio: f64, unit: Unit) -> Result<Quantity, Error> {
        let scale = |v: Option<f64>| v.map(|v| v * ratio);
        let (low, high) = (scale(self.low), scale(self.high));
        let (first, second) = match (low, high) {
            (Some(l), Some(h)) if l == h => (l, None),
            (Some(l), Some(h)) => (l, Some(h)),
            (Some(v), None) | (None, Some(v)) => (v, None),
            (None, None) => (0.0, None),
        };
        let mut q = Self::build(self.comparator, first, second, Some(unit))?;
        q.uncertainty = scale(self.uncertainty);
        Ok(q)
    }
}

/// `~500 mg`, `2–4 h`, `5%`.
fn canonical_text(
    comparator: Option<Comparator>,
    first: f64,
    second: Option<f64>,
    unit: Option<Unit>,
) -> String {
    let mut text = String::new();
    if let Some(c) = comparator {
        text.push_str(c.symbol());
    }
    text.push_str(&format_number(first));
    if let Some(second) = second {
        text.push('–');
        text.push_str(&format_number(second));
    }
    if let Some(unit) = unit {
        let symbol = unit.symbol();
        if !symbol.starts_with('%') {
            text.push(' ');
        }
        text.push_str(&symbol);
    }
    text
}

/// A number with at most 12 significant digits, without trailing zeros.
pub(crate) fn format_number(value: f64) -> String {
    if value == 0.0 || !value.is_finite() {
        return "0".to_owned();
    }
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = (11 - magnitude).clamp(0, 20) as usize;
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.text.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Quantity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Quantity", 7)?;
        s.serialize_field("text", self.text.as_str())?;
        s.serialize_field("low", &self.low)?;
        s.serialize_field("high", &self.high)?;
        s.serialize_field("comparator", &self.comparator)?;
        s.serialize_field("uncertainty", &self.uncertainty)?;
        s.serialize_field("unit", &self.unit)?;
        s.serialize_field("dimension", &self.unit.map(|u| u.dimension()))?;
        s.end()
    }
}

crate::serde_text::from_text_field!(Quantity);

//! Doses: an amount with, where the text gives them, a frequency
//! (`3x daily`, `twice daily`, `/day`) and a qualifier (`per dose`).

use std::fmt;

use super::Quantity;

/// The period of a frequency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Period {
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
}

/// How often a dose is taken: `times` (up to `most`) in every `every`
/// periods: `twice daily` is 2 per day, `2 to 4 times a day` 2 up to 4
/// per day, `every 3 weeks` 1 per 3 weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Frequency {
    /// How many times per period (the fewest, when a range is given).
    pub times: u32,
    /// The most times per period, when a range is given (`once or twice`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub most: Option<u32>,
    /// The period.
    pub period: Period,
    /// How many periods the count is over: 2 in `every 2 days`, else 1.
    #[cfg_attr(
        feature = "serde",
        serde(default = "one", skip_serializing_if = "is_one")
    )]
    pub every: u32,
}

#[cfg(feature = "serde")]
fn one() -> u32 {
    1
}

#[cfg(feature = "serde")]
fn is_one(n: &u32) -> bool {
    *n == 1
}

impl Frequency {
    /// `times` per one `period`: `Frequency::per(2, Period::Day)` is twice
    /// daily.
    pub fn per(times: u32, period: Period) -> Frequency {
        Frequency {
            times,
            most: None,
            period,
            every: 1,
        }
    }
}

/// What a dose is counted per, besides time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Per {
    /// Per kilogram of body weight (`mg/kg`, `mg per kg`).
    BodyWeight,
    /// `per dose`.
    Dose,
    /// `per serving`.
    Serving,
    /// `per capsule`.
    Capsule,
    /// `per tablet`.
    Tablet,
    /// `per softgel`.
    Softgel,
    /// `per scoop`.
    Scoop,
}

/// A dose: an amount, and where given what it is per and how often.
///
/// ```
/// use hermetica::{Dose, Frequency, Per, Period};
///
/// let dose: Dose = "200mg 3x daily".parse().unwrap();
/// assert_eq!(dose.amount.low(), Some(200.0));
/// assert_eq!(dose.frequency, Some(Frequency::per(3, Period::Day)));
///
/// let dose: Dose = "0.5–4 mcg three times weekly".parse().unwrap();
/// assert_eq!(dose.frequency, Some(Frequency::per(3, Period::Week)));
///
/// let dose: Dose = "5–50 mg per dose".parse().unwrap();
/// assert_eq!(dose.per, Some(Per::Dose));
///
/// let dose: Dose = "10-50 mg/kg".parse().unwrap();
/// assert_eq!(dose.per, Some(Per::BodyWeight));
/// assert_eq!(dose.to_string(), "10-50 mg/kg");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dose {
    /// The amount (its unit may be per body weight, `mg/kg`).
    pub amount: Quantity,
    /// What the amount is per, if the text says.
    pub per: Option<Per>,
    /// How often, if the text says.
    pub frequency: Option<Frequency>,
    pub(crate) text: String,
}

impl Dose {
    /// The dose as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Dose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.text)
    }
}

crate::serde_text::from_text_field!(Dose);

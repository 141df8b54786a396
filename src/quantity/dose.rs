//! Doses: an amount with, where the text gives them, a frequency
//! (`3x daily`, `twice daily`, `/day`) and a qualifier (`per dose`).

use std::fmt;
use std::str::FromStr;

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::{IResult, Parser};

use super::grammar::{quantity, strip_word};
use super::words::NUMBER_WORDS;
use super::{Quantity, number::number};
use crate::error::{Error, ErrorKind};

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

/// How often a dose is taken: `times` per `period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Frequency {
    /// How many times per period.
    pub times: u32,
    /// The period.
    pub period: Period,
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
    /// `per 100g` of a food.
    HundredGrams,
}

/// A dose: an amount, and where given what it is per and how often.
///
/// ```
/// use hermetica::{Dose, Frequency, Per, Period};
///
/// let dose: Dose = "200mg 3x daily".parse().unwrap();
/// assert_eq!(dose.amount.low(), Some(200.0));
/// assert_eq!(dose.frequency, Some(Frequency { times: 3, period: Period::Day }));
///
/// let dose: Dose = "0.5–4 mcg three times weekly".parse().unwrap();
/// assert_eq!(dose.frequency, Some(Frequency { times: 3, period: Period::Week }));
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
    text: String,
}

impl Dose {
    /// The dose as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// The parts after a dose's amount.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct DoseTail {
    pub(crate) per: Option<Per>,
    pub(crate) frequency: Option<Frequency>,
}

type Res<'a, T> = IResult<&'a str, T>;

fn fail<T>(input: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

fn period_word(input: &str) -> Res<'_, Period> {
    alt((
        alt((
            tag("daily"),
            tag("a day"),
            tag("per day"),
            tag("each day"),
            tag("every day"),
            tag("day"),
        ))
        .map(|_| Period::Day),
        alt((
            tag("weekly"),
            tag("a week"),
            tag("per week"),
            tag("each week"),
            tag("every week"),
            tag("week"),
        ))
        .map(|_| Period::Week),
        alt((
            tag("monthly"),
            tag("a month"),
            tag("per month"),
            tag("month"),
        ))
        .map(|_| Period::Month),
    ))
    .parse(input)
}

/// `/day`, `/d`, `/wk`.
fn slash_period(input: &str) -> Res<'_, Frequency> {
    let (rest, _) = tag("/").parse(input)?;
    let (rest, period) = alt((
        alt((tag("day"), tag("d"))).map(|_| Period::Day),
        alt((tag("week"), tag("wk"))).map(|_| Period::Week),
        alt((tag("month"), tag("mo"))).map(|_| Period::Month),
    ))
    .parse(rest)?;
    Ok((rest, Frequency { times: 1, period }))
}

/// `once`, `twice`, `three times`, `3 times`, `3x`, `3×`.
fn times(input: &str) -> Res<'_, u32> {
    let words: Res<'_, u32> = alt((
        tag("once").map(|_| 1),
        tag("twice").map(|_| 2),
        tag("thrice").map(|_| 3),
    ))
    .parse(input);
    if let Ok(found) = words {
        return Ok(found);
    }
    let (rest, n) = match NUMBER_WORDS
        .iter()
        .find_map(|(w, n)| strip_word(input, w).map(|r| (r, *n)))
    {
        Some(found) => found,
        None => match number(input, false) {
            Some(num) if num.value.fract() == 0.0 && (1.0..=24.0).contains(&num.value) => {
                (crate::slice::from(input, num.len), num.value as u32)
            }
            _ => return fail(input),
        },
    };
    let (rest, _) = alt((tag(" times"), tag("x"), tag(" x"), tag("×"))).parse(rest)?;
    Ok((rest, n))
}

/// ` daily`, ` twice daily`, ` 3x daily`, ` three times per week`, `/day`.
pub(crate) fn frequency(input: &str) -> Res<'_, Frequency> {
    if let Ok(found) = slash_period(input) {
        return Ok(found);
    }
    let (rest, _) = tag(" ").parse(input)?;
    let (rest, times) = opt((times, tag(" "))).parse(rest)?;
    let (after, period) = period_word(rest)?;
    let bare = matches!(
        crate::slice::upto(rest, rest.len() - after.len()),
        "day" | "week" | "month"
    );
    if rest_is_word(after) || times.is_none() && bare {
        return fail(input);
    }
    let rest = after;
    let times = times.map_or(1, |(n, _)| n);
    Ok((rest, Frequency { times, period }))
}

fn rest_is_word(rest: &str) -> bool {
    rest.chars().next().is_some_and(super::unit::is_word_char)
}

/// ` per dose`, ` per serving`, ` per 100g`, ` per kg`, ` body weight`.
fn per(input: &str) -> Res<'_, Per> {
    let (rest, per) = alt((
        tag(" per dose").map(|_| Per::Dose),
        tag(" per serving").map(|_| Per::Serving),
        tag(" per capsule").map(|_| Per::Capsule),
        tag(" per tablet").map(|_| Per::Tablet),
        alt((tag(" per 100g"), tag(" per 100 g"))).map(|_| Per::HundredGrams),
        alt((
            tag(" per kg body weight"),
            tag(" per kg"),
            tag("/kg body weight"),
        ))
        .map(|_| Per::BodyWeight),
    ))
    .parse(input)?;
    if rest_is_word(rest) {
        return fail(input);
    }
    Ok((rest, per))
}

/// What may follow an amount: ` body weight`, a frequency, a qualifier,
/// in either order.
pub(crate) fn dose_tail(input: &str) -> (usize, DoseTail) {
    let mut rest = input;
    let mut tail = DoseTail::default();
    if let Some(r) = rest
        .strip_prefix(" body weight")
        .or_else(|| rest.strip_prefix(" bw"))
        && !rest_is_word(r)
    {
        rest = r;
    }
    for _ in 0..2 {
        if tail.per.is_none()
            && let Ok((r, p)) = per(rest)
        {
            tail.per = Some(p);
            rest = r;
            continue;
        }
        if tail.frequency.is_none()
            && let Ok((r, f)) = frequency(rest)
        {
            tail.frequency = Some(f);
            rest = r;
            continue;
        }
        // Neither follows: trying again would read the same text.
        break;
    }
    (input.len() - rest.len(), tail)
}

impl FromStr for Dose {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = |reason: &'static str, at: usize| {
            Error::new(
                ErrorKind::InvalidValue {
                    what: "dose",
                    found: text.to_owned(),
                    reason,
                },
                at..text.len(),
                text,
            )
        };
        let (rest, parts) =
            quantity(text).map_err(|_| invalid("expected an amount such as 200 mg", 0))?;
        let amount_len = text.len() - rest.len();
        let amount = Quantity::from_parts(crate::slice::upto(text, amount_len), parts);
        if !amount.unit().is_some_and(|u| u.is_amount()) {
            return Err(invalid(
                "expected an amount in a unit of mass, volume or IU",
                0,
            ));
        }
        let (tail_len, tail) = dose_tail(rest);
        if tail_len != rest.len() {
            return Err(invalid(
                "unexpected text after the dose (expected a frequency such as `twice daily` or `per dose`)",
                amount_len + tail_len,
            ));
        }
        let body_weight = amount
            .unit()
            .is_some_and(|u| u.dimension() == super::Dimension::MassPerBodyMass);
        Ok(Dose {
            per: tail.per.or(body_weight.then_some(Per::BodyWeight)),
            frequency: tail.frequency,
            amount,
            text: text.to_owned(),
        })
    }
}

impl fmt::Display for Dose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

crate::serde_text::from_text_field!(Dose);

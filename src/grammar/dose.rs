//! What follows a dose's amount: a frequency and what the amount is per.
//!
//! ```text
//! dose-tail  = [" body weight" | " bw"] { per | frequency }     (each at most once)
//! per        = " per " ("dose" | "serving" | "capsule" | "tablet" | "softgel" | "scoop")
//!            | " per kg body weight"
//! frequency  = "/" period-abbreviation
//!            | " " [times " "] period-word
//!            | " " ("BID" | "b.i.d." | "TID" | "t.i.d." | "QID" | "q.i.d." | "QD" | "q.d.")
//!            | " every " (count | "other") " " ("hours" | "days" | "weeks" | "months") | " q" count "h"
//! times      = times-word [" or " times-word] | count [range count] (" times" | "x" | " x" | "×")
//! times-word = "once" | "twice" | "thrice"
//! count      = number-word | whole-number                    (1 to 24)
//! period-word = "daily" | "a day" | "per day" | "each day" | "every day" | "weekly" | "a week" | …
//! ```
//!
//! `every 8 hours` is three times a day: an interval that divides a day
//! is read as the times per day it makes; `every 3 weeks` is once in
//! three weeks.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;

use super::number::{number, number_word};
use super::quantity::quantity;
use super::{Res, fail};
use crate::error::{Error, ErrorKind};
use crate::quantity::dose::{Dose, Frequency, Per, Period};
use crate::quantity::value::Quantity;

/// The parts after a dose's amount.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct DoseTail {
    pub(crate) per: Option<Per>,
    pub(crate) frequency: Option<Frequency>,
}

/// `period-word`
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

/// `"/" period-abbreviation`: `/day`, `/d`, `/wk`.
fn slash_period(input: &str) -> Res<'_, Frequency> {
    let (rest, _) = alt((tag("/"), tag(" / "))).parse(input)?;
    let (rest, period) = alt((
        alt((tag("day"), tag("d"))).map(|_| Period::Day),
        alt((tag("week"), tag("wk"))).map(|_| Period::Week),
        alt((tag("month"), tag("mo"))).map(|_| Period::Month),
    ))
    .parse(rest)?;
    if rest_is_word(rest) {
        return fail(input);
    }
    Ok((rest, Frequency::per(1, period)))
}

/// `" " ("BID" | "b.i.d." | …)`: the prescriber's abbreviations.
fn abbreviation(input: &str) -> Res<'_, Frequency> {
    let (rest, _) = tag(" ").parse(input)?;
    let (rest, times) = alt((
        alt((tag("QD"), tag("q.d."), tag("qd"), tag("OD"))).map(|_| 1),
        alt((
            tag("BID"),
            tag("b.i.d."),
            tag("bid"),
            tag("BD"),
            tag("b.d."),
        ))
        .map(|_| 2),
        alt((
            tag("TID"),
            tag("t.i.d."),
            tag("tid"),
            tag("TDS"),
            tag("t.d.s."),
        ))
        .map(|_| 3),
        alt((tag("QID"), tag("q.i.d."), tag("qid"), tag("QDS"))).map(|_| 4),
    ))
    .parse(rest)?;
    if rest_is_word(rest) {
        return fail(input);
    }
    Ok((rest, Frequency::per(times, Period::Day)))
}

/// `" every " (count | "other") " " ("hours" | "h" | "days" | "weeks" | "months")
/// | " q" whole-number "h"`: an interval. Hours that divide a day are read
/// as times per day (`every 8 hours` is three times a day); days, weeks
/// and months as once in so many periods (`every 3 weeks`).
fn interval(input: &str) -> Res<'_, Frequency> {
    if let Ok((rest, (_, hours, _))) = (tag(" q"), count, tag("h")).parse(input) {
        return per_day_every(input, rest, hours);
    }
    let (rest, _) = tag(" every ").parse(input)?;
    let (rest, n) = match tag::<_, _, super::Expected>("other").parse(rest) {
        Ok((rest, _)) => (rest, 2),
        Err(_) => count(rest)?,
    };
    let (rest, unit) = alt((
        alt((tag(" hours"), tag(" hour"), tag(" h"), tag(" hrs"))).map(|_| None),
        alt((tag(" days"), tag(" day"))).map(|_| Some(Period::Day)),
        alt((tag(" weeks"), tag(" week"))).map(|_| Some(Period::Week)),
        alt((tag(" months"), tag(" month"))).map(|_| Some(Period::Month)),
    ))
    .parse(rest)?;
    match unit {
        None => per_day_every(input, rest, n),
        Some(_) if rest_is_word(rest) => fail(input),
        Some(period) => Ok((
            rest,
            Frequency {
                every: n,
                ..Frequency::per(1, period)
            },
        )),
    }
}

/// Every `hours` hours, as times a day; `None` unless they divide a day.
fn per_day_every<'a>(input: &'a str, rest: &'a str, hours: u32) -> Res<'a, Frequency> {
    if rest_is_word(rest) || hours == 0 || 24 % hours != 0 {
        return fail(input);
    }
    Ok((rest, Frequency::per(24 / hours, Period::Day)))
}

/// `" in 24 hours" | " per 24 hours" | " in any 24-hour period"`: once a day.
fn in_a_day(input: &str) -> Res<'_, Frequency> {
    let (rest, _) = alt((
        tag(" in 24 hours"),
        tag(" per 24 hours"),
        tag(" in any 24-hour period"),
        tag(" in a 24-hour period"),
    ))
    .parse(input)?;
    Ok((rest, Frequency::per(1, Period::Day)))
}

/// `count = number-word | whole-number`, from 1 to 24.
fn count(input: &str) -> Res<'_, u32> {
    if let Ok((rest, n)) = number_word(input)
        && (1..=24).contains(&n)
    {
        return Ok((rest, n));
    }
    match number(input, false) {
        Some(n) if n.value.fract() == 0.0 && (1.0..=24.0).contains(&n.value) => {
            Ok((crate::scan::slice::from(input, n.len), n.value as u32))
        }
        _ => fail(input),
    }
}

/// `times-word = "once" | "twice" | "thrice"`
fn times_word(input: &str) -> Res<'_, u32> {
    alt((
        tag("once").map(|_| 1),
        tag("twice").map(|_| 2),
        tag("thrice").map(|_| 3),
    ))
    .parse(input)
}

/// `times = times-word [" or " times-word] | count [range count] (" times" | "x" | " x" | "×")`:
/// how many times, and the most when a range is given (`once or twice`,
/// `2 to 4 times`, `two or three times`).
fn times(input: &str) -> Res<'_, (u32, Option<u32>)> {
    if let Ok((rest, fewest)) = times_word(input) {
        return match (tag(" or "), times_word).parse(rest) {
            Ok((rest, (_, most))) if most > fewest => Ok((rest, (fewest, Some(most)))),
            _ => Ok((rest, (fewest, None))),
        };
    }
    let (rest, fewest) = count(input)?;
    let separator = alt((tag(" or "), tag(" to "), tag("-"), tag("–")));
    let (rest, most) = match (separator, count).parse(rest) {
        Ok((after, (_, most))) if most > fewest => (after, Some(most)),
        _ => (rest, None),
    };
    let (rest, _) = alt((tag(" times"), tag("x"), tag(" x"), tag("×"))).parse(rest)?;
    Ok((rest, (fewest, most)))
}

/// `frequency`: ` daily`, ` twice daily`, ` 3x daily`, ` three times per
/// week`, `/day`, ` BID`, ` every 8 hours`.
pub(crate) fn frequency(input: &str) -> Res<'_, Frequency> {
    if let Ok(found) = alt((slash_period, abbreviation, interval, in_a_day)).parse(input) {
        return Ok(found);
    }
    let (rest, _) = tag(" ").parse(input)?;
    let (rest, times) = opt((times, tag(" "))).parse(rest)?;
    let (after, period) = period_word(rest)?;
    let bare = matches!(
        crate::scan::slice::upto(rest, rest.len() - after.len()),
        "day" | "week" | "month"
    );
    if rest_is_word(after) || times.is_none() && bare {
        return fail(input);
    }
    let (times, most) = times.map_or((1, None), |(n, _)| n);
    Ok((
        after,
        Frequency {
            most,
            ..Frequency::per(times, period)
        },
    ))
}

fn rest_is_word(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(crate::quantity::is_word_char)
}

/// `per`: ` per dose`, ` per serving`, ` per kg body weight`.
fn per(input: &str) -> Res<'_, Per> {
    let (rest, per) = alt((
        tag(" per dose").map(|_| Per::Dose),
        tag(" per serving").map(|_| Per::Serving),
        tag(" per capsule").map(|_| Per::Capsule),
        tag(" per tablet").map(|_| Per::Tablet),
        tag(" per softgel").map(|_| Per::Softgel),
        tag(" per scoop").map(|_| Per::Scoop),
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

/// `dose-tail`: what may follow an amount: ` body weight`, a frequency, a qualifier,
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
impl std::str::FromStr for Dose {
    type Err = crate::Error;

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
        let amount = Quantity::from_parts(crate::scan::slice::upto(text, amount_len), parts);
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
        let body_weight = amount.unit().is_some_and(|u| u.is_per_body_mass());
        Ok(Dose {
            per: tail.per.or(body_weight.then_some(Per::BodyWeight)),
            frequency: tail.frequency,
            amount,
            text: text.to_owned(),
        })
    }
}

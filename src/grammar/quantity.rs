//! The grammar of one quantity:
//!
//! ```text
//! quantity    = between-range | [comparator] value [range-tail] [after-value]
//! between-range = "between " value " and " value
//! comparator  = comparator-symbol [" "] | comparator-word " "
//! value       = scaled-number ["+"] [uncertainty | " (" number ")"] [unit-after]
//! scaled-number = number [" " ("thousand" | "million" | "billion" | "trillion") | "B" | "M"]
//!               (the word before a unit or a range that ends in one; `B`, `M` glued, before a unit)
//! uncertainty = [" "] "±" [" "] number
//! unit-after  = [" " | no-break-space | thin-space | "-"] unit
//! range-tail  = range-separator scaled-number [uncertainty] [unit-after]
//! range-separator = "- to " | " to " | " – " | " - " | "–" | "—" | "-" | "~" | " and " (after `between`)
//! after-value = " or more" | " or less" | " and above" | " at most" | …   (`COMPARATORS_AFTER`)
//! ```
//!
//! A range whose ends are in two units of one dimension is read in the
//! first unit (`500 mg to 1 g` is 500–1000 mg); ends in units that do not
//! convert end the quantity before the separator. With ranges turned off
//! (after a verb of change, `rose from 18 to 34 ng/mL`), a value without
//! a unit takes the unit of the value after ` to `.

use nom::Parser;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::error::context;

use super::number::{Number, signed, value as num};
use super::unit::unit;
use super::{Res, fail, strip_word};
use crate::error::{ErrorKind, Fault};
use crate::quantity::unit::Unit;
use crate::quantity::value::{Comparator, Parts, Quantity};
use crate::quantity::words::{
    COMPARATOR_SYMBOLS, COMPARATOR_WORDS, COMPARATORS_AFTER, MULTIPLIERS,
};

/// `unit-after = [" " | no-break-space | thin-space | "-"] unit`
pub(crate) fn unit_after(input: &str) -> Res<'_, Unit> {
    let rest = [" ", "\u{a0}", "\u{202f}", "\u{2009}", "-"]
        .iter()
        .find_map(|space| input.strip_prefix(space))
        .unwrap_or(input);
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(input);
    }
    unit(rest)
}

/// `comparator = comparator-symbol [" "] | comparator-word " "`. A capital
/// first letter is accepted.
pub(crate) fn comparator(input: &str) -> Res<'_, Comparator> {
    for (symbol, c) in COMPARATOR_SYMBOLS {
        if let Some(rest) = input.strip_prefix(symbol) {
            return Ok((rest.strip_prefix(' ').unwrap_or(rest), *c));
        }
    }
    for (word, c) in COMPARATOR_WORDS {
        if let Some(rest) = strip_word(input, word).and_then(|r| r.strip_prefix(' ')) {
            return Ok((rest, *c));
        }
    }
    fail(input)
}

/// `after-value`: a comparator written after the value (`or more`).
pub(crate) fn comparator_after(input: &str) -> Res<'_, Comparator> {
    // Every one starts ` o`, ` a` or ` m`: most text is turned away here.
    if !matches!(input.as_bytes().get(..2), Some([b' ', b'o' | b'a' | b'm'])) {
        return fail(input);
    }
    for (words, c) in COMPARATORS_AFTER {
        if let Some(rest) = input.strip_prefix(words)
            && !rest.starts_with(|c: char| c.is_alphanumeric())
        {
            return Ok((rest, *c));
        }
    }
    fail(input)
}

/// `uncertainty = [" "] "±" [" "] number`
fn uncertainty(input: &str) -> Res<'_, f64> {
    let (rest, _) = (opt(tag(" ")), tag("±"), opt(tag(" "))).parse(input)?;
    num(rest)
}

/// `" (" number ")"`
fn bracketed_deviation(input: &str) -> Res<'_, f64> {
    let (rest, (_, sd, _)) = (tag(" ("), num, tag(")")).parse(input)?;
    Ok((rest, sd))
}

/// `range-separator`; ` and ` only after `between`.
fn range_separator(between: bool) -> impl Fn(&str) -> Res<'_, &str> {
    move |input| {
        // `2.7- to 4.1-fold`: the first unit left to the second.
        let separators = [
            "- to ", " to ", " – ", " - ", " — ", "–", "—", "-", "~", " and ",
        ];
        let found = separators
            .iter()
            .find_map(|sep| input.strip_prefix(sep).map(|rest| (rest, *sep)));
        match found {
            Some((_, " and ")) if !between => fail(input),
            Some(found) => Ok(found),
            None => fail(input),
        }
    }
}

/// One quantity at the start of `input`.
pub(crate) fn quantity(input: &str) -> Res<'_, Parts> {
    quantity_with(input, true)
}

/// `scaled-number`: a number scaled by `thousand`/`million`/`billion`
/// before a unit (`10 billion CFU`).
fn scaled_num(input: &str) -> Res<'_, f64> {
    scaled(input).map(|(rest, n)| (rest, n.value))
}

/// [`scaled_num`], with the power of ten the number was written with.
fn scaled(input: &str) -> Res<'_, Number> {
    let (rest, number) = signed(input)?;
    let value = number.value;
    // `50B CFU`, `500M cells/mL`: a label's short multipliers, glued.
    for (letter, factor) in [("B", 1e9), ("M", 1e6)] {
        if let Some(after) = rest.strip_prefix(letter)
            && after.starts_with(' ')
            && unit_after(after).is_ok()
        {
            let value = value * factor;
            return Ok((after, Number { value, ..number }));
        }
    }
    let multiplied = rest
        .strip_prefix(' ')
        .is_some_and(|r| super::may_start(r, b"tmbTMB"));
    for (word, factor) in MULTIPLIERS.iter().filter(|_| multiplied) {
        // The word scales a number before a unit, or before the other end
        // of a range that has one (`1 billion to 10 billion CFU`).
        if let Some(after) = rest.strip_prefix(' ').and_then(|r| r.strip_prefix(word))
            && (unit_after(after).is_ok()
                || (range_separator(false), scaled_num, unit_after)
                    .parse(after)
                    .is_ok())
        {
            // A number that the word scales beyond `f64` is not read.
            let scaled = value * factor;
            return if scaled.is_finite() {
                Ok((
                    after,
                    Number {
                        value: scaled,
                        ..number
                    },
                ))
            } else {
                fail(input)
            };
        }
    }
    Ok((rest, number))
}

/// One value as the `value` rule reads it.
#[derive(Clone, Copy)]
struct Value {
    number: f64,
    /// The power of ten the number was written with (`8 × 10⁸`).
    power: Option<i32>,
    /// `7+ days`: the value is a lower bound.
    plus: bool,
    uncertainty: Option<f64>,
    unit: Option<Unit>,
}

/// `value = scaled-number ["+"] [uncertainty | " (" number ")"] [unit-after]`
fn value(input: &str) -> Res<'_, Value> {
    let (
        rest,
        Number {
            value: number,
            power,
            ..
        },
    ) = scaled(input)?;
    let (rest, plus) = opt(tag("+")).parse(rest)?;
    let (rest, uncertainty) = opt(uncertainty).parse(rest)?;
    // `6.0 (3.1) min`: a standard deviation in brackets before the unit.
    let (rest, uncertainty) = match (uncertainty, bracketed_deviation(rest)) {
        (None, Ok((after, sd))) if unit_after(after).is_ok() => (after, Some(sd)),
        _ => (rest, uncertainty),
    };
    let (rest, unit) = opt(unit_after).parse(rest)?;
    Ok((
        rest,
        Value {
            number,
            power,
            plus: plus.is_some(),
            uncertainty,
            unit,
        },
    ))
}

/// The second value of a range in the unit of the first (`500 mg to 1 g`
/// is 500–1000 mg); `None` when the two units do not convert.
fn in_first_unit(first: Value, second: Value) -> Option<(Option<Unit>, f64)> {
    match (first.unit, second.unit) {
        (Some(a), Some(b)) if a == b => Some((Some(a), second.number)),
        // A value converted beyond `f64` is no value: the range is not read.
        (Some(a), Some(b)) => b
            .ratio_to(&a)
            .map(|ratio| second.number * ratio)
            .filter(|high| high.is_finite())
            .map(|high| (Some(a), high)),
        (None, b) => Some((b, second.number)),
        (Some(_), None) => None,
    }
}

/// `1 to 8 × 10⁸ CFU`: a power of ten written after the second end of a
/// range, and not after the first, scales both, as long as the first stays
/// a number (`5 trillion–2e304 h` would not).
fn shared_power(first: Value, second: Value) -> Value {
    match (first.power, second.power, first.unit) {
        (None, Some(p), None) if (first.number * 10f64.powi(p)).is_finite() => Value {
            number: first.number * 10f64.powi(p),
            power: Some(p),
            ..first
        },
        _ => first,
    }
}

/// One quantity; with `ranges` false, a range tail is left unread.
pub(crate) fn quantity_with(input: &str, ranges: bool) -> Res<'_, Parts> {
    let (rest, between) = match strip_word(input, "between ") {
        Some(rest) => (rest, true),
        None => (input, false),
    };
    let (rest, comparator) = if between || rest.starts_with(|c: char| c.is_ascii_digit()) {
        (rest, None)
    } else {
        opt(comparator).parse(rest)?
    };
    let (rest, first) = context(EXPECTED_NUMBER, value).parse(rest)?;
    // `20° to 25°C`: a degree sign before the range's unit.
    let rest = match rest.strip_prefix('°') {
        Some(after) if first.unit.is_none() => {
            let tail = (range_separator(between), value).parse(after);
            let temperature = tail.is_ok_and(|(_, (_, second))| {
                second
                    .unit
                    .is_some_and(|u| u.dimension() == crate::quantity::Dimension::TEMPERATURE)
            });
            if temperature { after } else { rest }
        }
        _ => rest,
    };
    let single = Parts {
        comparator: None,
        first: first.number,
        second: None,
        uncertainty: first.uncertainty,
        unit: first.unit,
    };
    let tail = (range_separator(between), value).parse(rest).ok();
    let (rest, parts) = match tail {
        // `rose from 18 to 34 ng/mL`: the first value alone, in the unit
        // of the second.
        Some((_, (_, second))) if !ranges => (
            rest,
            Parts {
                unit: first.unit.or(second.unit),
                ..single
            },
        ),
        Some((after, (_, second))) => match in_first_unit(first, second) {
            Some((unit, high)) => (
                after,
                Parts {
                    first: shared_power(first, second).number,
                    second: Some(high),
                    uncertainty: first.uncertainty.or(second.uncertainty),
                    unit,
                    ..single
                },
            ),
            None if between => return unfinished_between(rest),
            None => (rest, single),
        },
        None if between => return unfinished_between(rest),
        None => (rest, single),
    };
    let (rest, after) = match comparator_after(rest) {
        Ok((rest, c)) => (rest, Some(c)),
        Err(_) => (rest, None),
    };
    let plus = first.plus.then_some(Comparator::Ge);
    Ok((
        rest,
        Parts {
            comparator: comparator.or(plus).or(after),
            ..parts
        },
    ))
}

/// Parses a whole string as one quantity.
impl std::str::FromStr for Quantity {
    type Err = crate::Error;

    /// Reads all of `text` as a quantity.
    fn from_str(text: &str) -> Result<Quantity, crate::Error> {
        parse_exact(text).map_err(|fault| fault.with_source(text))
    }
}

/// Reads all of `text` as a quantity.
fn parse_exact(text: &str) -> Result<Quantity, Fault> {
    let invalid = |reason: &'static str, at: usize| {
        Fault::new(
            ErrorKind::InvalidValue {
                what: "quantity",
                found: text.to_owned(),
                reason,
            },
            at..text.len(),
        )
    };
    match quantity(text) {
        Ok(("", parts)) => Ok(Quantity::from_parts(text, parts)),
        Ok((rest, _)) => Err(invalid(
            "unexpected text after the quantity (expected a unit such as mg, ng/mL, µM, %, h, or a range)",
            text.len() - rest.len(),
        )),
        // Where the innermost rule with a context failed, and what it
        // expected there.
        Err(nom::Err::Error(e) | nom::Err::Failure(e)) => Err(invalid(
            e.what.unwrap_or(EXPECTED_NUMBER),
            text.len() - e.at.len(),
        )),
        Err(nom::Err::Incomplete(_)) => Err(invalid(EXPECTED_NUMBER, text.len())),
    }
}

/// After `between` and a value, a range must follow: the error points
/// where its second end was expected.
fn unfinished_between<T>(at: &str) -> Res<'_, T> {
    Err(nom::Err::Failure(super::Expected {
        at,
        what: Some("expected ` and ` and a second value after `between` and the first"),
    }))
}

const EXPECTED_NUMBER: &str =
    "expected a number, optionally after a comparator such as < or approximately";

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Parts {
        match quantity(text) {
            Ok(("", p)) => p,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn ranges_and_units() {
        let p = parts("2 mg–4 mg");
        assert_eq!((p.first, p.second), (2.0, Some(4.0)));
        assert_eq!(p.unit.map(|u| u.code()).as_deref(), Some("mg"));
        assert_eq!(parts("200mg").unit.map(|u| u.code()).as_deref(), Some("mg"));
        assert_eq!(parts("2 to 4 hours").second, Some(4.0));
        assert_eq!(parts("between 20 and 50 ng/mL").second, Some(50.0));
        assert_eq!(parts("61.21 ± 9.61%").uncertainty, Some(9.61));
        assert_eq!(
            parts("5-minute").unit.map(|u| u.code()).as_deref(),
            Some("min")
        );
        assert_eq!(parts("≥ 40 ng/mL").comparator, Some(Comparator::Ge));
        assert_eq!(
            parts("Approximately 5%").comparator,
            Some(Comparator::Approx)
        );
    }

    #[test]
    fn a_number_scaled_beyond_f64_is_not_read() {
        let huge = format!("{} trillion g", "9".repeat(300));
        assert!(quantity(&huge).is_err());
        assert!(huge.parse::<Quantity>().is_err());
        assert_eq!(parts("10 billion CFU").first, 1e10);
    }

    #[test]
    fn mismatched_units_end_the_quantity_early() {
        assert!(matches!(quantity("2 mg–4 h"), Ok(("–4 h", _))));
        let p = parts("500 mg to 1 g");
        assert_eq!(
            (p.first, p.second),
            (500.0, Some(1000.0)),
            "in the first unit"
        );
    }
}

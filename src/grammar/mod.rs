//! The grammar of the prose language, as nom rules, one function per rule
//! with the rule written above it:
//!
//! - [`number`]: numbers as prose writes them (`1,000`, `2 500`, `.25`,
//!   `½`, `3 × 10^9`, `2.5e6`, `10⁷`, number words);
//! - [`unit`]: units composed of prefixed atoms (`mL/min/kg`, `ng·h/mL`,
//!   `mg/m²`, `×10⁹/L`, `µg RAE`);
//! - [`ucum`]: UCUM codes, as the crate writes them, read back;
//! - [`quantity`]: comparators before and after a value, ranges, the
//!   quantity;
//! - [`citation`]: the forms of a citation (`PMID: …`, DOIs, URLs,
//!   `Lee et al. (2019)`);
//! - [`dose`]: what follows a dose's amount (frequency, `per dose`);
//! - [`line`]: a page's heading and `**Key:** value` lines;
//! - [`link`]: the inline link `[text](target)`.
//!
//! What the atoms, words and comparators are is data, kept beside the
//! types they build (`quantity::atoms`, `quantity::words`); what a
//! quantity *is* is decided here. The scanner in `quantity::extract`
//! finds where a quantity may start and asks these rules.

pub(crate) mod citation;
pub(crate) mod dose;
pub(crate) mod line;
pub(crate) mod link;
pub(crate) mod number;
pub(crate) mod quantity;
pub(crate) mod ucum;
pub(crate) mod unit;

use nom::IResult;
use nom::error::{ContextError, ErrorKind, FromExternalError, ParseError};

/// Where a rule failed, and what it expected there.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Expected<'a> {
    /// The input left where the rule failed.
    pub(crate) at: &'a str,
    /// What the innermost rule with a context expected there.
    pub(crate) what: Option<&'static str>,
}

impl<'a> ParseError<&'a str> for Expected<'a> {
    fn from_error_kind(input: &'a str, _kind: ErrorKind) -> Self {
        Expected {
            at: input,
            what: None,
        }
    }

    fn append(_input: &'a str, _kind: ErrorKind, other: Self) -> Self {
        other
    }
}

impl<'a, E> FromExternalError<&'a str, E> for Expected<'a> {
    fn from_external_error(input: &'a str, _kind: ErrorKind, _error: E) -> Self {
        Expected {
            at: input,
            what: None,
        }
    }
}

impl<'a> ContextError<&'a str> for Expected<'a> {
    fn add_context(_input: &'a str, context: &'static str, mut other: Self) -> Self {
        other.what.get_or_insert(context);
        other
    }
}

/// The result of a rule.
pub(crate) type Res<'a, T> = IResult<&'a str, T, Expected<'a>>;

/// Whether `input` starts with one of `firsts`: the bytes a rule's
/// alternatives can start with (its FIRST set), checked before they are
/// tried one by one, as the document layer dispatches a line on its first
/// byte. Most of prose starts none of them.
pub(crate) fn may_start(input: &str, firsts: &[u8]) -> bool {
    input.as_bytes().first().is_some_and(|b| firsts.contains(b))
}

/// A rule that does not match at `input`.
pub(crate) fn fail<T>(input: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Expected {
        at: input,
        what: None,
    }))
}

/// The error of a whole-text parse of `what` that stopped at byte `at`.
pub(crate) fn expected(
    text: &str,
    at: usize,
    what: &'static str,
    reason: &'static str,
) -> crate::Error {
    crate::Error::new(
        crate::ErrorKind::InvalidValue {
            what,
            found: text.to_owned(),
            reason,
        },
        at..text.len(),
        text,
    )
}

/// `word` at the start of `input`, any case in its first letter.
pub(crate) fn strip_word<'a>(input: &'a str, word: &str) -> Option<&'a str> {
    let (first, tail) = word.as_bytes().split_first()?;
    let bytes = input.as_bytes();
    let same = bytes
        .first()
        .is_some_and(|b| b == first || b.to_ascii_lowercase() == *first)
        && bytes.get(1..word.len()) == Some(tail);
    if same { input.get(word.len()..) } else { None }
}

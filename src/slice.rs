//! Slicing that cannot panic. The library computes its offsets from
//! searches in the same text, so they fall on character boundaries; these
//! helpers make that a non-panicking fact rather than an assumption (an
//! offset off a boundary gives an empty slice).

use std::ops::Range;

/// `text[at..]`, or `""` if `at` is not a boundary.
pub(crate) fn from(text: &str, at: usize) -> &str {
    text.get(at..).unwrap_or_default()
}

/// `text[..at]`, or `""` if `at` is not a boundary.
pub(crate) fn upto(text: &str, at: usize) -> &str {
    text.get(..at).unwrap_or_default()
}

/// `text[range]`, or `""` if the range is not on boundaries.
pub(crate) fn within(text: &str, range: Range<usize>) -> &str {
    text.get(range).unwrap_or_default()
}

//! Slicing that cannot panic in a release build.
//!
//! The library computes its offsets from searches in the same text, so
//! they fall on character boundaries. In a release build these helpers
//! give an empty slice for an offset off a boundary rather than panic; in
//! tests and fuzzing (debug builds) such an offset is a logic error and
//! panics, so the bug is found rather than hidden.

use std::ops::Range;

/// `text[at..]`, or `""` if `at` is not a boundary.
pub(crate) fn from(text: &str, at: usize) -> &str {
    let slice = text.get(at..);
    debug_assert!(slice.is_some(), "offset {at} is off a boundary of {text:?}");
    slice.unwrap_or_default()
}

/// `text[..at]`, or `""` if `at` is not a boundary.
pub(crate) fn upto(text: &str, at: usize) -> &str {
    let slice = text.get(..at);
    debug_assert!(slice.is_some(), "offset {at} is off a boundary of {text:?}");
    slice.unwrap_or_default()
}

/// `text[range]`, or `""` if the range is not on boundaries.
pub(crate) fn within(text: &str, range: Range<usize>) -> &str {
    let slice = text.get(range.clone());
    debug_assert!(
        slice.is_some(),
        "range {range:?} is off a boundary of {text:?}"
    );
    slice.unwrap_or_default()
}

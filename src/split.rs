//! Fixed separators in the short texts of a page (`, `, ` — `, `**: `),
//! found from one of their bytes with `memchr`. The `str` methods build a
//! two-way searcher for every call, which costs more than the search
//! itself on texts of a line or two; these give the same answers.
//!
//! An occurrence of a separator (a whole `str`) in a `str` starts and ends
//! on char boundaries, so the offsets returned can slice the text.

use crate::slice::{from, upto, within};

/// The byte `memchr` looks for, and its offset in `sep`: the first byte
/// that is not a space, since spaces are the commonest bytes of prose.
fn key(sep: &str) -> Option<(usize, u8)> {
    let bytes = sep.as_bytes();
    let k = bytes.iter().position(|&b| b != b' ').unwrap_or(0);
    Some((k, *bytes.get(k)?))
}

/// Where the separator's key byte may stand for a whole occurrence to fit
/// in a text of `len` bytes: `k..hi`.
fn key_range(len: usize, sep: &str, k: usize) -> Option<(usize, usize)> {
    let hi = (len + k + 1).checked_sub(sep.len())?;
    Some((k, hi))
}

/// The first occurrence of `sep` in `text` (`sep` not empty).
pub(crate) fn find(text: &str, sep: &str) -> Option<usize> {
    let (k, byte) = key(sep)?;
    let (mut lo, hi) = key_range(text.len(), sep, k)?;
    let bytes = text.as_bytes();
    while lo < hi {
        let p = lo + memchr::memchr(byte, bytes.get(lo..hi)?)?;
        let start = p - k;
        if bytes.get(start..start + sep.len()) == Some(sep.as_bytes()) {
            return Some(start);
        }
        lo = p + 1;
    }
    None
}

/// The last occurrence of `sep` in `text` (`sep` not empty).
pub(crate) fn rfind(text: &str, sep: &str) -> Option<usize> {
    let (k, byte) = key(sep)?;
    let (lo, mut hi) = key_range(text.len(), sep, k)?;
    let bytes = text.as_bytes();
    while lo < hi {
        let p = lo + memchr::memrchr(byte, bytes.get(lo..hi)?)?;
        let start = p - k;
        if bytes.get(start..start + sep.len()) == Some(sep.as_bytes()) {
            return Some(start);
        }
        hi = p;
    }
    None
}

/// `str::split_once`.
pub(crate) fn split_once<'a>(text: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, sep)?;
    Some((upto(text, at), from(text, at + sep.len())))
}

/// `str::rsplit_once`.
pub(crate) fn rsplit_once<'a>(text: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let at = rfind(text, sep)?;
    Some((upto(text, at), from(text, at + sep.len())))
}

/// `str::split`: the parts of `text` between occurrences of `sep`, left
/// to right (`sep` not empty).
pub(crate) fn split<'a>(text: &'a str, sep: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let part = rest?;
        match find(part, sep) {
            Some(at) => {
                rest = Some(from(part, at + sep.len()));
                Some(within(part, 0..at))
            }
            None => {
                rest = None;
                Some(part)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn separators_of_a_page() {
        let footer = "Encyclopedia — https://example.org";
        assert_eq!(
            rsplit_once(footer, " — "),
            Some(("Encyclopedia", "https://example.org"))
        );
        assert_eq!(
            split("a, b,c, d", ", ").collect::<Vec<_>>(),
            ["a", "b,c", "d"]
        );
        assert_eq!(find("**Heart**: text", "**: "), Some(7));
        assert_eq!(find("  ", " "), Some(0));
        assert_eq!(rfind("  ", " "), Some(1));
        assert_eq!(find("ab", "abc"), None);
        assert_eq!(find("ab", ""), None);
    }

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec![" ", ",", "a", "—", "*", ":", "é", "aa"]),
            0..24,
        )
        .prop_map(|parts| parts.concat())
    }

    fn separator() -> impl Strategy<Value = String> {
        proptest::sample::select(vec![", ", " — ", "**: ", " ", "a", "aa", " , ", "—"])
            .prop_map(str::to_owned)
    }

    proptest! {
        #[test]
        fn the_same_answers_as_str(text in text(), sep in separator()) {
            prop_assert_eq!(find(&text, &sep), text.find(sep.as_str()));
            prop_assert_eq!(rfind(&text, &sep), text.rfind(sep.as_str()));
            prop_assert_eq!(split_once(&text, &sep), text.split_once(sep.as_str()));
            prop_assert_eq!(rsplit_once(&text, &sep), text.rsplit_once(sep.as_str()));
            prop_assert_eq!(
                split(&text, &sep).collect::<Vec<_>>(),
                text.split(sep.as_str()).collect::<Vec<_>>()
            );
        }
    }
}

//! The line grammar of a page: a heading and a `**Key:** value` field.
//! The document layer classifies each line by its first byte and asks
//! these rules.
//!
//! ```text
//! heading = 1*6"#" " " text
//! field   = "**" key ":** " value      (key: not empty, no `*`, up to the first `:** `)
//! ```

use nom::Parser;
use nom::bytes::complete::{tag, take_until, take_while_m_n};
use nom::combinator::{rest, verify};

use super::Res;

/// `heading = 1*6"#" " " text`: the level and the text.
pub(crate) fn heading(input: &str) -> Res<'_, (u8, &str)> {
    (take_while_m_n(1, 6, |c| c == '#'), tag(" "), rest)
        .map(|(hashes, _, text): (&str, &str, &str)| (hashes.len() as u8, text))
        .parse(input)
}

/// `field = "**" key ":** " value`: the key and the value.
pub(crate) fn field(input: &str) -> Res<'_, (&str, &str)> {
    (
        tag("**"),
        verify(take_until(":** "), |k: &str| {
            !k.is_empty() && !k.contains('*')
        }),
        tag(":** "),
        rest,
    )
        .map(|(_, key, _, value): (&str, &str, &str, &str)| (key, value))
        .parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(heading("## Overview"), Ok(("", (2, "Overview"))));
        assert!(heading("####### Seven").is_err());
        assert!(heading("#tag").is_err());
        assert_eq!(field("**Key:** v"), Ok(("", ("Key", "v"))));
        assert_eq!(field("**A:** b:** c"), Ok(("", ("A", "b:** c"))));
        assert!(field("**:** v").is_err());
        assert!(field("**a*b:** v").is_err());
        assert!(field("**Key:**v").is_err());
    }
}

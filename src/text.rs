//! Inline text: prose with its markdown links, `[text](target)`.

use std::fmt;

/// An inline markdown link, `[text](target)`, exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Link {
    /// The link text between the brackets.
    pub text: String,
    /// The target between the parentheses, usually a site-relative path.
    pub target: String,
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}]({})", self.text, self.target)
    }
}

/// A piece of inline text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Inline {
    /// Plain text, kept as written.
    Text(String),
    /// An inline link.
    Link(Link),
}

/// Prose with inline links: a sequence of text runs and links.
///
/// Parsing never fails: anything that is not a well-formed link stays text.
/// `Display` gives back the text as written.
///
/// ```
/// let text: hermetica::RichText = "Eases [stress](/condition/stress) a little".parse().unwrap();
/// assert_eq!(text.links().count(), 1);
/// assert_eq!(text.plain(), "Eases stress a little");
/// assert_eq!(text.to_string(), "Eases [stress](/condition/stress) a little");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct RichText {
    /// Text runs and links in reading order. Parsing never yields two
    /// adjacent text runs or an empty one.
    pub inlines: Vec<Inline>,
}

impl RichText {
    /// Reads inline text. Never fails.
    pub fn parse(text: &str) -> RichText {
        let mut inlines = Vec::new();
        let mut plain_start = 0;
        let mut pos = 0;
        while let Some(i) = memchr::memchr(b'[', crate::slice::from(text, pos).as_bytes()) {
            let at = pos + i;
            match link(crate::slice::from(text, at)) {
                Some((link, len)) => {
                    if plain_start < at {
                        inlines.push(Inline::Text(
                            crate::slice::within(text, plain_start..at).to_owned(),
                        ));
                    }
                    inlines.push(Inline::Link(link));
                    pos = at + len;
                    plain_start = pos;
                }
                None => pos = at + 1,
            }
        }
        if plain_start < text.len() {
            inlines.push(Inline::Text(
                crate::slice::from(text, plain_start).to_owned(),
            ));
        }
        RichText { inlines }
    }

    /// Text taken as one run, without looking for links: for text built
    /// to be written out, whose page form is the same either way.
    pub(crate) fn verbatim(text: String) -> RichText {
        let inlines = if text.is_empty() {
            Vec::new()
        } else {
            vec![Inline::Text(text)]
        };
        RichText { inlines }
    }

    /// The links, in order.
    pub fn links(&self) -> impl Iterator<Item = &Link> {
        self.inlines.iter().filter_map(|inline| match inline {
            Inline::Link(link) => Some(link),
            Inline::Text(_) => None,
        })
    }

    /// The text as a reader sees it: link texts without their targets.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        for inline in &self.inlines {
            match inline {
                Inline::Text(text) => out.push_str(text),
                Inline::Link(link) => out.push_str(&link.text),
            }
        }
        out
    }

    /// The text as written, borrowed when it is one text run.
    pub(crate) fn as_text(&self) -> std::borrow::Cow<'_, str> {
        match self.inlines.as_slice() {
            [] => std::borrow::Cow::Borrowed(""),
            [Inline::Text(text)] => std::borrow::Cow::Borrowed(text),
            _ => std::borrow::Cow::Owned(self.to_string()),
        }
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.inlines.is_empty()
    }
}

impl From<&str> for RichText {
    fn from(text: &str) -> Self {
        RichText::parse(text)
    }
}

impl std::str::FromStr for RichText {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(RichText::parse(text))
    }
}

impl fmt::Display for RichText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for inline in &self.inlines {
            match inline {
                Inline::Text(text) => f.write_str(text)?,
                Inline::Link(link) => link.fmt(f)?,
            }
        }
        Ok(())
    }
}

/// Every well-formed link in `text` with its byte span, as
/// [`RichText::parse`] reads them.
pub(crate) fn links_with_spans(
    text: &str,
) -> impl Iterator<Item = (std::ops::Range<usize>, Link)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some(i) = memchr::memchr(b'[', crate::slice::from(text, pos).as_bytes()) {
            let at = pos + i;
            match link(crate::slice::from(text, at)) {
                Some((link, len)) => {
                    pos = at + len;
                    return Some((at..pos, link));
                }
                None => pos = at + 1,
            }
        }
        None
    })
}

/// `[text](target)` at the start of `input`, and its length: text
/// without brackets or line breaks, target without whitespace or
/// parentheses, neither empty. The delimiters are ASCII, so both are
/// read by bytes; only a non-ASCII character in the target is decoded,
/// since a non-ASCII space also ends it.
fn link(input: &str) -> Option<(Link, usize)> {
    let bytes = input.as_bytes();
    if bytes.first() != Some(&b'[') {
        return None;
    }
    let text_len = bytes
        .get(1..)?
        .iter()
        .position(|b| matches!(b, b'[' | b']' | b'\n' | b'\r'))?;
    let close = 1 + text_len;
    if text_len == 0 || bytes.get(close..close + 2) != Some(b"](") {
        return None;
    }
    let target_at = close + 2;
    let target = crate::slice::from(input, target_at);
    let (target_len, end) = target_end(target)?;
    if target_len == 0 || end != b')' {
        return None;
    }
    let link = Link {
        text: crate::slice::within(input, 1..close).to_owned(),
        target: crate::slice::upto(target, target_len).to_owned(),
    };
    Some((link, target_at + target_len + 1))
}

/// Where a link target ends: the first whitespace character, `(` or `)`,
/// with its first byte. ASCII bytes are checked as they are; a non-ASCII
/// character is decoded and checked with [`char::is_whitespace`].
fn target_end(target: &str) -> Option<(usize, u8)> {
    let bytes = target.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            if b.is_ascii_whitespace() || matches!(b, b'\x0b' | b'(' | b')') {
                return Some((at, b));
            }
            at += 1;
        } else {
            let c = crate::slice::from(target, at).chars().next()?;
            if c.is_whitespace() {
                return Some((at, b));
            }
            at += c.len_utf8();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The link grammar written with nom combinators, as the reference
    /// for the byte-level reader.
    fn nom_link(input: &str) -> Option<(Link, usize)> {
        use nom::Parser;
        use nom::bytes::complete::{tag, take_while1};
        use nom::sequence::delimited;
        let text = delimited(
            tag::<_, _, nom::error::Error<&str>>("["),
            take_while1(|c| !matches!(c, '[' | ']' | '\n' | '\r')),
            tag("]"),
        );
        let target = delimited(
            tag("("),
            take_while1(|c: char| !c.is_whitespace() && !matches!(c, '(' | ')')),
            tag(")"),
        );
        let (rest, (text, target)) = (text, target).parse(input).ok()?;
        let link = Link {
            text: text.to_owned(),
            target: target.to_owned(),
        };
        Some((link, input.len() - rest.len()))
    }

    proptest! {
        #[test]
        fn reads_links_as_the_grammar_does(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "[", "]", "(", ")", "](", "a", "é", " ", "\n", "\r", "\t", "\u{b}",
                    "\u{a0}", "\u{2003}", "\u{85}", "/x",
                ]),
                0..16,
            )
        ) {
            let text = parts.concat();
            for at in text.char_indices().map(|(i, _)| i) {
                let rest = crate::slice::from(&text, at);
                prop_assert_eq!(link(rest), nom_link(rest));
            }
        }
    }

    #[test]
    fn a_target_ends_where_a_character_reader_would_end_it() {
        for c in (0..=0x3100).filter_map(char::from_u32) {
            let target = format!("a{c}b");
            let ends = c.is_whitespace() || matches!(c, '(' | ')');
            let expected = ends.then(|| (1, target.as_bytes()[1]));
            assert_eq!(target_end(&target), expected, "{c:?}");
        }
    }

    #[test]
    fn keeps_broken_links_as_text() {
        for text in [
            "[a](b",
            "[a] (b)",
            "[](x)",
            "[a]()",
            "[[a](b)",
            "a [b](c d)",
        ] {
            let rich = RichText::parse(text);
            assert_eq!(rich.to_string(), text);
        }
        assert_eq!(RichText::parse("[[a](b)").links().count(), 1);
        assert_eq!(RichText::parse("a [b](c d)").links().count(), 0);
    }
}

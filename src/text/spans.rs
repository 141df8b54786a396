//! Where links stand in inline text: `[text](target)` read by bytes, as
//! the grammar in the tests (nom combinators) reads it.

use std::ops::Range;

use super::LinkRef;

/// Where a link stands in its text: `[` at `start`, `]` at `close`, and
/// `end` just past the `)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct LinkAt {
    pub(super) start: usize,
    pub(super) close: usize,
    pub(super) end: usize,
}

impl LinkAt {
    pub(super) fn read(self, text: &str) -> LinkRef<'_> {
        LinkRef {
            text: crate::slice::within(text, self.start + 1..self.close),
            target: crate::slice::within(text, self.close + 2..self.end - 1),
        }
    }

    /// The link moved so that offset `from` becomes `to`; the link does
    /// not start before `from`.
    pub(super) fn moved(self, from: usize, to: usize) -> LinkAt {
        let at = |i: usize| i.saturating_sub(from) + to;
        LinkAt {
            start: at(self.start),
            close: at(self.close),
            end: at(self.end),
        }
    }
}

/// Every well-formed link in `text`, where it stands, as
/// [`RichText::parse`] reads them.
pub(super) fn link_spans(text: &str) -> impl Iterator<Item = LinkAt> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some(i) = memchr::memchr(b'[', crate::slice::from(text, pos).as_bytes()) {
            let start = pos + i;
            match link_span(text, start) {
                Some(at) => {
                    pos = at.end;
                    return Some(at);
                }
                None => pos = start + 1,
            }
        }
        None
    })
}

/// The well-formed link at byte `start` of `text`, if one starts there,
/// with its byte span, as [`RichText::parse`] reads it.
pub(crate) fn link_at(text: &str, start: usize) -> Option<(Range<usize>, LinkRef<'_>)> {
    let at = link_span(text, start)?;
    Some((at.start..at.end, at.read(text)))
}

/// Where the well-formed link at byte `start` of `text` stands, if one
/// starts there.
fn link_span(text: &str, start: usize) -> Option<LinkAt> {
    let (close, len) = link(crate::slice::from(text, start))?;
    Some(LinkAt {
        start,
        close: start + close,
        end: start + len,
    })
}

/// `[text](target)` at the start of `input`, and its length: text
/// without brackets or line breaks, target without whitespace or
/// parentheses, neither empty. The delimiters are ASCII, so both are
/// read by bytes; only a non-ASCII character in the target is decoded,
/// since a non-ASCII space also ends it.
fn link(input: &str) -> Option<(usize, usize)> {
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
    Some((close, target_at + target_len + 1))
}

/// How far ahead of a target the first `)` is looked for at once.
const TARGET_WINDOW: usize = 256;

/// Where a link target ends: the first whitespace character, `(` or `)`,
/// with its first byte. Most targets are printable ASCII up to their `)`,
/// which one byte search and one check of the bytes before it settle;
/// otherwise ASCII bytes are checked as they are, and a non-ASCII
/// character is decoded and checked with [`char::is_whitespace`].
fn target_end(target: &str) -> Option<(usize, u8)> {
    let bytes = target.as_bytes();
    let window = bytes.get(..bytes.len().min(TARGET_WINDOW))?;
    if let Some(close) = memchr::memchr(b')', window) {
        let head = window.get(..close)?;
        // Every byte printable ASCII and not `(`: none ends the target
        // before the `)`. (A byte this check refuses may still not end
        // it; the reading below settles those.)
        let plain = head.iter().fold(true, |plain, &b| {
            plain & (b > b' ' && b < 0x7f && b != b'(')
        });
        if plain {
            return Some((close, b')'));
        }
    }
    let mut at = 0;
    loop {
        let rest = bytes.get(at..)?;
        let stop = rest.iter().position(|&b| {
            matches!(
                b,
                b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ' | b'(' | b')'
            ) || !b.is_ascii()
        })?;
        at += stop;
        let b = *bytes.get(at)?;
        if b.is_ascii() {
            return Some((at, b));
        }
        let c = crate::slice::from(target, at).chars().next()?;
        if c.is_whitespace() {
            return Some((at, b));
        }
        at += c.len_utf8();
    }
}

/// Whether no link of `text` can cross either end of `range`, seen from
/// the bytes outside it: a link crossing the start has its `[` before
/// it; one crossing the end has its `]` after it, since its target cannot
/// hold the whitespace that follows the end.
pub(super) fn no_link_crosses(text: &[u8], range: &Range<usize>) -> bool {
    let before = text.get(..range.start).unwrap_or_default();
    let after = text.get(range.end..).unwrap_or_default();
    let end_clear = match after.first() {
        None => true,
        Some(b) => b.is_ascii_whitespace() && memchr::memchr(b']', after).is_none(),
    };
    end_clear && memchr::memchr(b'[', before).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The link grammar written with nom combinators, as the reference
    /// for the byte-level reader.
    fn nom_link(input: &str) -> Option<(usize, usize)> {
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
        let (rest, (text, _)) = (text, target).parse(input).ok()?;
        Some((1 + text.len(), input.len() - rest.len()))
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
}

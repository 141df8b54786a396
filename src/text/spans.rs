//! Where links stand in inline text, as the link rule
//! ([`crate::grammar::link`]) reads them.

use std::ops::Range;

use super::link::LinkRef;

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
            text: crate::scan::slice::within(text, self.start + 1..self.close),
            target: crate::scan::slice::within(text, self.close + 2..self.end - 1),
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
/// [`RichText::from`] reads them.
pub(super) fn link_spans(text: &str) -> impl Iterator<Item = LinkAt> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some(i) = memchr::memchr(b'[', crate::scan::slice::from(text, pos).as_bytes()) {
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
/// with its byte span, as [`RichText::from`] reads it.
pub(crate) fn link_at(text: &str, start: usize) -> Option<(Range<usize>, LinkRef<'_>)> {
    let at = link_span(text, start)?;
    Some((at.start..at.end, at.read(text)))
}

/// Where the well-formed link at byte `start` of `text` stands, if one
/// starts there.
fn link_span(text: &str, start: usize) -> Option<LinkAt> {
    let (close, len) = link(crate::scan::slice::from(text, start))?;
    Some(LinkAt {
        start,
        close: start + close,
        end: start + len,
    })
}

/// The link at the start of `input` ([`crate::grammar::link`]): where
/// its `]` stands, and its length.
fn link(input: &str) -> Option<(usize, usize)> {
    let (rest, (text, _)) = crate::grammar::link::link(input).ok()?;
    Some((1 + text.len(), input.len() - rest.len()))
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

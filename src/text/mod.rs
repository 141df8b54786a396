//! Inline text: prose with its markdown links, `[text](target)`.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use crate::SharedStr;

mod link;
mod spans;

pub use link::{Link, LinkRef};
pub(crate) use spans::link_at;
use spans::{LinkAt, link_spans, no_link_crosses};

/// A piece of inline text, borrowed from its [`RichText`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Inline<'a> {
    /// Plain text, as written.
    Text(&'a str),
    /// An inline link.
    Link(LinkRef<'a>),
}

/// Prose with inline links: the text as written and where its links are.
///
/// Parsing never fails: anything that is not a well-formed link stays text.
/// `Display` gives back the text as written.
///
/// ```
/// let text: hermetica::RichText = "Eases [stress](/condition/stress) a little".parse().unwrap();
/// assert_eq!(text.links().count(), 1);
/// assert_eq!(text.links().next().map(|l| l.target), Some("/condition/stress"));
/// assert_eq!(text.plain(), "Eases stress a little");
/// assert_eq!(text.as_str(), "Eases [stress](/condition/stress) a little");
/// ```
///
/// The links are found when first asked for (by [`RichText::links`],
/// [`RichText::inlines`], comparison or serialization), so reading a page
/// does not look for links in text nobody reads.
#[derive(Clone, Default)]
pub struct RichText {
    text: SharedStr,
    /// Where the links stand, in order and not overlapping: read from the
    /// text on first use, unless the text came with its links.
    links: OnceLock<Vec<LinkAt>>,
}

impl RichText {
    /// Reads inline text kept in a shared buffer, without a copy.
    pub fn shared(text: SharedStr) -> RichText {
        RichText {
            text,
            links: OnceLock::new(),
        }
    }

    /// Text taken as one run, without looking for links: for text built
    /// to be written out, whose page form is the same either way.
    pub(crate) fn verbatim(text: String) -> RichText {
        RichText {
            text: text.into(),
            links: OnceLock::from(Vec::new()),
        }
    }

    /// Where the links stand, read on first use.
    fn spans(&self) -> &[LinkAt] {
        self.links.get_or_init(|| link_spans(&self.text).collect())
    }

    /// The text as written, links included, in its shared buffer.
    pub fn as_shared(&self) -> &SharedStr {
        &self.text
    }

    /// The text as written, links included.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Text runs and links in reading order. There are never two text
    /// runs in a row, nor an empty one.
    pub fn inlines(&self) -> impl Iterator<Item = Inline<'_>> {
        let mut pos = 0;
        let mut links = self.spans().iter().peekable();
        std::iter::from_fn(move || {
            let next = links.peek().map_or(self.text.len(), |l| l.start);
            if pos < next {
                let run = crate::scan::slice::within(&self.text, pos..next);
                pos = next;
                return Some(Inline::Text(run));
            }
            let link = links.next()?;
            pos = link.end;
            Some(Inline::Link(link.read(&self.text)))
        })
    }

    /// The links, in order.
    pub fn links(&self) -> impl Iterator<Item = LinkRef<'_>> {
        self.spans().iter().map(|l| l.read(&self.text))
    }

    /// The text as a reader sees it: link texts without their targets.
    pub fn plain(&self) -> String {
        let mut out = String::with_capacity(self.text.len());
        for inline in self.inlines() {
            match inline {
                Inline::Text(text) => out.push_str(text),
                Inline::Link(link) => out.push_str(link.text),
            }
        }
        out
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The part of the text in `range`, its buffer shared, when no link
    /// crosses either end of it: then its links are the ones reading that
    /// part alone would find. Otherwise the text is handed back.
    pub(crate) fn cut(self, range: Range<usize>) -> Result<RichText, RichText> {
        if self.links.get().is_none()
            && let Some(text) = self.text.slice(range.clone())
            && no_link_crosses(self.text.as_bytes(), &range)
        {
            // The part's links are found when they are asked for.
            return Ok(RichText::shared(text));
        }
        let spans = self.spans();
        let crosses = |at: usize| spans.iter().any(|l| l.start < at && at < l.end);
        let part = self.text.slice(range.clone());
        let Some(text) = part.filter(|_| !crosses(range.start) && !crosses(range.end)) else {
            return Err(self);
        };
        // The whole text's links, found above, are kept in their vector.
        let mut links = self.links.into_inner().unwrap_or_default();
        links.retain(|l| range.start <= l.start && l.end <= range.end);
        for link in &mut links {
            *link = link.moved(range.start, 0);
        }
        Ok(RichText {
            text,
            links: OnceLock::from(links),
        })
    }

    /// The text between `before` and `after`, its links kept in place; the
    /// two are taken as text.
    pub(crate) fn framed(&self, before: &str, after: &str) -> RichText {
        let text = [before, &self.text, after].concat().into();
        let links: Vec<LinkAt> = self
            .spans()
            .iter()
            .map(|l| l.moved(0, before.len()))
            .collect();
        RichText {
            text,
            links: OnceLock::from(links),
        }
    }
}

impl From<String> for RichText {
    /// Reads inline text.
    fn from(text: String) -> Self {
        RichText::shared(text.into())
    }
}

impl From<&str> for RichText {
    /// Reads inline text.
    fn from(text: &str) -> Self {
        RichText::shared(SharedStr::from(text))
    }
}

impl std::str::FromStr for RichText {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(RichText::from(text))
    }
}

impl PartialEq for RichText {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.spans() == other.spans()
    }
}

impl Eq for RichText {}

impl Hash for RichText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
        self.spans().hash(state);
    }
}

impl fmt::Debug for RichText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RichText")
            .field("text", &self.text)
            .field("links", &self.spans())
            .finish()
    }
}

impl fmt::Display for RichText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.text)
    }
}

/// Written as its inline runs: `[{"text": …}, {"link": {"text": …, "target": …}}]`.
#[cfg(feature = "serde")]
impl serde::Serialize for RichText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.inlines())
    }
}

/// Read from its inline runs, each kept as given: a text run stays text.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for RichText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Run {
            Text(String),
            Link(Link),
        }
        let runs: Vec<Run> = serde::Deserialize::deserialize(deserializer)?;
        let mut text = String::new();
        let mut links = Vec::new();
        for run in runs {
            match run {
                Run::Text(run) => text.push_str(&run),
                Run::Link(link) => {
                    let start = text.len();
                    text.push('[');
                    text.push_str(&link.text);
                    let close = text.len();
                    text.push_str("](");
                    text.push_str(&link.target);
                    text.push(')');
                    links.push(LinkAt {
                        start,
                        close,
                        end: text.len(),
                    });
                }
            }
        }
        Ok(RichText {
            text: text.into(),
            links: OnceLock::from(links),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
            let rich = RichText::from(text);
            assert_eq!(rich.to_string(), text);
        }
        assert_eq!(RichText::from("[[a](b)").links().count(), 1);
        assert_eq!(RichText::from("a [b](c d)").links().count(), 0);
    }

    #[test]
    fn inline_runs_alternate() {
        let text = RichText::from("[a](/b) and [c](/d)[e](/f) g");
        let link = |text, target| Inline::Link(LinkRef { text, target });
        assert_eq!(
            text.inlines().collect::<Vec<_>>(),
            [
                link("a", "/b"),
                Inline::Text(" and "),
                link("c", "/d"),
                link("e", "/f"),
                Inline::Text(" g"),
            ]
        );
        assert_eq!(RichText::from("").inlines().count(), 0);
        assert_eq!(text.plain(), "a and ce g");
    }

    proptest! {
        #[test]
        fn a_cut_reads_as_its_text_would(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["[a](/b)", "[", "]", "](", ")", "x", "é", " ", "\n"]),
                0..10,
            ),
            from in 0usize..40,
            len in 0usize..40,
            links_read in any::<bool>(),
        ) {
            let text = parts.concat();
            let range = from..from + len;
            let whole = RichText::from(text.as_str());
            if links_read {
                // The links found before the cut, or left for the part.
                whole.spans();
            }
            match whole.cut(range.clone()) {
                Ok(cut) => prop_assert_eq!(cut, RichText::from(&text[range])),
                Err(whole) => prop_assert_eq!(whole, RichText::from(text.as_str())),
            }
        }

        #[test]
        fn a_frame_keeps_the_links(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["[a](/b)", "[", "x", " "]),
                0..10,
            )
        ) {
            let text = RichText::from(parts.concat().as_str());
            let framed = text.framed("**T**: ", " (q)");
            prop_assert_eq!(framed.as_str(), format!("**T**: {text} (q)"));
            prop_assert_eq!(framed.links().collect::<Vec<_>>(), text.links().collect::<Vec<_>>());
        }
    }

    #[test]
    #[cfg(feature = "serde")]
    fn serialized_as_runs_and_read_back() {
        let text = RichText::from("See [a](/b) here");
        let json = serde_json::to_string(&text).unwrap();
        assert_eq!(
            json,
            r#"[{"text":"See "},{"link":{"text":"a","target":"/b"}},{"text":" here"}]"#
        );
        assert_eq!(serde_json::from_str::<RichText>(&json).unwrap(), text);
        // A run given as text stays text.
        let runs = r#"[{"text":"[a](/b)"}]"#;
        let read: RichText = serde_json::from_str(runs).unwrap();
        assert_eq!((read.as_str(), read.links().count()), ("[a](/b)", 0));
    }
}

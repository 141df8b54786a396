//! Health Benefits: bullet items, each with an optional bold title, its
//! text and links, and a trailing evidence qualifier in parentheses.

use std::fmt;

use crate::SharedStr;
use crate::document::{Block, ListItem, Marker, write_rich};
use crate::layout::LineWriter;
use crate::text::RichText;

/// The Health Benefits list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Benefits {
    /// The items, in page order.
    pub items: Vec<Benefit>,
}

/// One health benefit.
///
/// On the page: `{marker}[**{title}**: ]{text}[ ({qualifier})]`.
///
/// ```
/// use hermetica::Benefit;
///
/// let b = Benefit::from("- **Sleep**: Shortens [sleep](/c/sleep) onset (RCT, n=40)");
/// assert_eq!(b.title.as_deref(), Some("Sleep"));
/// assert_eq!(b.text.to_string(), "Shortens [sleep](/c/sleep) onset");
/// assert_eq!(b.qualifier.as_deref(), Some("RCT, n=40"));
/// assert_eq!(b.to_string(), "- **Sleep**: Shortens [sleep](/c/sleep) onset (RCT, n=40)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Benefit {
    /// The bullet marker.
    pub marker: Marker,
    /// A bold lead-in, `**Title**: `, when there is one.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<SharedStr>,
    /// The benefit's text with its inline links, without title or qualifier.
    pub text: RichText,
    /// The trailing parenthesised evidence qualifier, without parentheses.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub qualifier: Option<SharedStr>,
}

impl From<&str> for Benefit {
    /// Reads one bullet line, marker included. A line without a known
    /// marker is read as text with the `•` marker.
    fn from(line: &str) -> Benefit {
        for marker in Marker::ALL {
            if let Some(rest) = line.strip_prefix(marker.as_str()) {
                return Benefit::from_parts(marker, rest);
            }
        }
        Benefit::from_parts(Marker::Bullet, line)
    }
}

impl Benefit {
    fn from_parts(marker: Marker, text: &str) -> Benefit {
        let (title, rest) = split_title(text);
        let (body, qualifier) = split_qualifier(rest);
        Benefit {
            marker,
            title: title.map(SharedStr::from),
            text: RichText::from(body),
            qualifier: qualifier.map(SharedStr::from),
        }
    }

    /// The evidence qualifier, read: level, strength, study size and
    /// citations. `None` when the benefit has no qualifier.
    pub fn evidence_qualifier(&self) -> Option<crate::evidence::EvidenceQualifier> {
        self.qualifier
            .as_deref()
            .map(crate::evidence::EvidenceQualifier::from)
    }

    /// The inline links in the benefit's text.
    pub fn links(&self) -> impl Iterator<Item = crate::text::LinkRef<'_>> {
        self.text.links()
    }

    /// The benefit of a parsed list item, read as [`Benefit::from`]
    /// reads its line. The item's text becomes the benefit's, without a
    /// copy, when no link crosses the title's or the qualifier's edge;
    /// otherwise the text between them is read again (a property test
    /// holds the two ways to the same answer).
    pub(crate) fn from_item(item: ListItem) -> Benefit {
        let shared = item.text.as_shared();
        let line = shared.as_str();
        let (title, rest) = split_title(line);
        let (body, qualifier) = split_qualifier(rest);
        let start = line.len() - rest.len();
        let body_range = start..start + body.len();
        let title = title.map(|t| shared.share(t));
        let qualifier = qualifier.map(|q| shared.share(q));
        let text = item.text.cut(body_range.clone()).unwrap_or_else(|whole| {
            RichText::from(crate::scan::slice::within(whole.as_str(), body_range))
        });
        Benefit {
            marker: item.marker,
            title,
            text,
            qualifier,
        }
    }

    /// The bullet line as a list item: the text framed by the title and
    /// the qualifier, its links where they stand in the line.
    pub(crate) fn to_item(&self) -> ListItem {
        let title = self
            .title
            .as_ref()
            .map(|t| ["**", t, "**: "].concat())
            .unwrap_or_default();
        let qualifier = self
            .qualifier
            .as_ref()
            .map(|q| [" (", q, ")"].concat())
            .unwrap_or_default();
        ListItem {
            marker: self.marker,
            text: self.text.framed(&title, &qualifier),
        }
    }
}

impl std::fmt::Display for Benefit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let item = self.to_item();
        write!(f, "{}{}", item.marker.as_str(), item.text)
    }
}

impl Benefits {
    /// Whether `blocks` are one list, which [`Benefits::take`] can read.
    pub(crate) fn fits(blocks: &[Block]) -> bool {
        matches!(blocks, [Block::List(_)])
    }

    /// The benefits of the list that [`Benefits::fits`] accepted, by move.
    pub(crate) fn take(blocks: impl IntoIterator<Item = Block>) -> Benefits {
        // One list (`fits`): its items are collected at their known count.
        let mut items = Vec::new();
        for block in blocks {
            if let Block::List(list) = block {
                items.reserve(list.len());
                items.extend(list.into_iter().map(Benefit::from_item));
            }
        }
        Benefits { items }
    }

    pub(crate) fn to_block(&self) -> Block {
        Block::List(self.items.iter().map(Benefit::to_item).collect())
    }

    /// Writes the list's lines as [`Benefits::to_block`]'s block would be
    /// written, without building it.
    pub(crate) fn write(&self, w: &mut LineWriter<'_>) -> fmt::Result {
        for item in &self.items {
            w.start_line()?;
            w.write(item.marker.as_str())?;
            if let Some(title) = &item.title {
                w.write("**")?;
                w.write_lines(title)?;
                w.write("**: ")?;
            }
            write_rich(w, &item.text)?;
            if let Some(q) = &item.qualifier {
                w.write(" (")?;
                w.write_lines(q)?;
                w.write(")")?;
            }
            w.end_line();
        }
        Ok(())
    }
}

/// Where the group of parentheses that ends `text` opens: `None` when
/// `text` does not end with `)` or the group does not open in it.
fn open_of_last_group(text: &str) -> Option<usize> {
    if !text.ends_with(')') {
        return None;
    }
    // Parentheses are ASCII: the bytes can be read backwards without
    // decoding characters, and an ASCII byte is a character boundary.
    let mut depth = 0usize;
    for (i, &b) in text.as_bytes().iter().enumerate().rev() {
        match b {
            b')' => depth += 1,
            b'(' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `**Title**: rest` → (`Title`, `rest`).
fn split_title(text: &str) -> (Option<&str>, &str) {
    let Some(after) = text.strip_prefix("**") else {
        return (None, text);
    };
    match after.find("**: ") {
        Some(end) if end > 0 && !crate::scan::slice::upto(after, end).contains('*') => (
            Some(crate::scan::slice::upto(after, end)),
            crate::scan::slice::from(after, end + 4),
        ),
        _ => (None, text),
    }
}

/// `text (qualifier)` → (`text`, `qualifier`): the last balanced group of
/// parentheses that ends the text and follows a space.
fn split_qualifier(text: &str) -> (&str, Option<&str>) {
    let Some(open) = open_of_last_group(text) else {
        return (text, None);
    };
    match crate::scan::slice::upto(text, open).strip_suffix(' ') {
        Some(body) if !body.is_empty() => (
            body,
            Some(crate::scan::slice::within(text, open + 1..text.len() - 1)),
        ),
        _ => (text, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn an_item_reads_as_its_line_would(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "**", "**: ", "T", " ", "(", ")", " (", "RCT", "[a](/b)", "[a (b](/c)",
                    "[", "]", "*", "x",
                ]),
                0..14,
            )
        ) {
            let text = parts.concat();
            let item = ListItem { marker: Marker::Dash, text: RichText::from(text.as_str()) };
            prop_assert_eq!(Benefit::from_item(item), Benefit::from_parts(Marker::Dash, &text));
        }
    }

    #[test]
    fn items_with_links_at_the_edges() {
        for text in [
            "**Sleep**: eases [stress](/c/stress) (RCT, n=40)",
            "**Sleep**: eases [stress](/c/stress)",
            "[stress](/c/stress) (animal)",
            "**A [b](/c)**: d (e)",
            "eases [stress (mild](/c/s) x)",
            "**T**: (only)",
        ] {
            let item = ListItem {
                marker: Marker::Bullet,
                text: RichText::from(text),
            };
            assert_eq!(
                Benefit::from_item(item),
                Benefit::from_parts(Marker::Bullet, text),
                "{text}"
            );
        }
    }

    #[test]
    fn qualifiers() {
        assert_eq!(split_qualifier("a (b)"), ("a", Some("b")));
        assert_eq!(split_qualifier("a (b (c))"), ("a", Some("b (c)")));
        assert_eq!(split_qualifier("a [x](/y)"), ("a [x](/y)", None));
        assert_eq!(split_qualifier("(b)"), ("(b)", None));
        assert_eq!(split_qualifier("a b)"), ("a b)", None));
        assert_eq!(split_qualifier("a  (b)"), ("a ", Some("b")));
    }
}

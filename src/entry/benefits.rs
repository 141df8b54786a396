//! Health Benefits: bullet items, each with an optional bold title, its
//! text and links, and a trailing evidence qualifier in parentheses.

use std::fmt;

use crate::document::{Block, ListItem, Marker, write_rich};
use crate::layout::LineWriter;
use crate::text::{Inline, RichText};

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
/// let b = Benefit::parse_item("- **Sleep**: Shortens [sleep](/c/sleep) onset (RCT, n=40)");
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
    pub title: Option<String>,
    /// The benefit's text with its inline links, without title or qualifier.
    pub text: RichText,
    /// The trailing parenthesised evidence qualifier, without parentheses.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub qualifier: Option<String>,
}

impl Benefit {
    /// Reads one bullet line, marker included. A line without a known
    /// marker is read as text with the `•` marker.
    pub fn parse_item(line: &str) -> Benefit {
        for marker in Marker::ALL {
            if let Some(rest) = line.strip_prefix(marker.as_str()) {
                return Benefit::from_parts(marker, rest);
            }
        }
        Benefit::from_parts(Marker::Bullet, line)
    }

    fn from_parts(marker: Marker, text: &str) -> Benefit {
        let (title, rest) = split_title(text);
        let (body, qualifier) = split_qualifier(rest);
        Benefit {
            marker,
            title: title.map(str::to_owned),
            text: RichText::parse(body),
            qualifier: qualifier.map(str::to_owned),
        }
    }

    /// The evidence qualifier, read: level, strength, study size and
    /// citations. `None` when the benefit has no qualifier.
    pub fn evidence(&self) -> Option<crate::evidence::EvidenceQualifier> {
        self.qualifier
            .as_deref()
            .map(crate::evidence::EvidenceQualifier::parse)
    }

    /// The inline links in the benefit's text.
    pub fn links(&self) -> impl Iterator<Item = &crate::text::Link> {
        self.text.links()
    }

    /// The benefit of a parsed list item. Its runs are reused when the
    /// title lies in the first text run and the qualifier in the last;
    /// when either holds a link, the item is rendered and read again as
    /// [`Benefit::parse_item`] would (a property test holds the two ways
    /// to the same answer).
    pub(crate) fn from_item(item: ListItem) -> Benefit {
        match Cuts::find(&item.text.inlines) {
            Some(cuts) => cuts.apply(item),
            None => Benefit::from_parts(item.marker, &item.text.to_string()),
        }
    }

    /// The bullet line as a list item. Its inline runs are built, not
    /// parsed: rendering writes them in order, so adjacent text runs need no
    /// merging.
    pub(crate) fn to_item(&self) -> ListItem {
        let mut inlines = Vec::with_capacity(self.text.inlines.len() + 2);
        if let Some(title) = &self.title {
            inlines.push(Inline::Text(["**", title, "**: "].concat()));
        }
        inlines.extend(self.text.inlines.iter().cloned());
        if let Some(q) = &self.qualifier {
            inlines.push(Inline::Text([" (", q, ")"].concat()));
        }
        ListItem {
            marker: self.marker,
            text: RichText { inlines },
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
        let items = blocks
            .into_iter()
            .flat_map(|block| match block {
                Block::List(items) => items,
                _ => Vec::new(),
            })
            .map(Benefit::from_item)
            .collect();
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

/// Where the title and the qualifier of a parsed item lie in its runs,
/// when each lies within one text run.
struct Cuts {
    /// The title's length and where the text after `**Title**: ` starts,
    /// in the first run.
    title: Option<(usize, usize)>,
    /// Where the qualifier's `(` is in the last run.
    qualifier: Option<usize>,
}

impl Cuts {
    /// `None` when the title or the qualifier may cross a link. Runs from
    /// parsing are never empty and never two text runs in a row, so a run
    /// before the last is a link, and the last run's text can be cut
    /// without changing how the rest would be read.
    fn find(runs: &[Inline]) -> Option<Cuts> {
        let title = match runs.first() {
            Some(Inline::Text(first)) if first.starts_with("**") => {
                let (title, after) = split_title(first);
                Some((title?.len(), first.len() - after.len()))
            }
            _ => None,
        };
        let qualifier = match runs.last() {
            Some(Inline::Text(last)) if last.ends_with(')') => {
                // Looked for after the title; a run before this one (a
                // link) makes the benefit's text before the group not empty.
                let from = match (runs.len(), title) {
                    (1, Some((_, after))) => after,
                    _ => 0,
                };
                let alone = runs.len() == 1;
                let rest = crate::slice::from(last, from);
                match open_of_last_group(rest) {
                    Some(open) => match crate::slice::upto(rest, open).strip_suffix(' ') {
                        Some(body) if !body.is_empty() || !alone => Some(from + open),
                        _ => None,
                    },
                    None if alone => None,
                    // The group may open inside a link before the run.
                    None => return None,
                }
            }
            _ => None,
        };
        Some(Cuts { title, qualifier })
    }

    fn apply(self, item: ListItem) -> Benefit {
        let mut runs = item.text.inlines;
        let mut qualifier = None;
        if let (Some(open), Some(Inline::Text(last))) = (self.qualifier, runs.last_mut()) {
            let inner = crate::slice::within(last, open + 1..last.len() - 1);
            qualifier = Some(inner.to_owned());
            last.truncate(open.saturating_sub(1));
        }
        let mut title = None;
        if let (Some((len, after)), Some(Inline::Text(first))) = (self.title, runs.first_mut()) {
            title = Some(crate::slice::within(first, 2..2 + len).to_owned());
            first.drain(..after.min(first.len()));
        }
        runs.retain(|run| !matches!(run, Inline::Text(t) if t.is_empty()));
        Benefit {
            marker: item.marker,
            title,
            text: RichText { inlines: runs },
            qualifier,
        }
    }
}

/// Where the group of parentheses that ends `text` opens: `None` when
/// `text` does not end with `)` or the group does not open in it.
fn open_of_last_group(text: &str) -> Option<usize> {
    if !text.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
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
        Some(end) if end > 0 && !crate::slice::upto(after, end).contains('*') => (
            Some(crate::slice::upto(after, end)),
            crate::slice::from(after, end + 4),
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
    match crate::slice::upto(text, open).strip_suffix(' ') {
        Some(body) if !body.is_empty() => (
            body,
            Some(crate::slice::within(text, open + 1..text.len() - 1)),
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
        fn runs_reused_as_the_text_would_be_read(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "**", "**: ", "T", " ", "(", ")", " (", "RCT", "[a](/b)", "[a (b](/c)",
                    "[", "]", "*", "x",
                ]),
                0..14,
            )
        ) {
            let text = parts.concat();
            let item = ListItem { marker: Marker::Dash, text: RichText::parse(&text) };
            prop_assert_eq!(Benefit::from_item(item), Benefit::from_parts(Marker::Dash, &text));
        }
    }

    #[test]
    fn runs_reused_around_links() {
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
                text: RichText::parse(text),
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

//! Health Benefits: bullet items, each with an optional bold title, its
//! text and links, and a trailing evidence qualifier in parentheses.

use crate::document::{Block, ListItem, Marker};
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

    pub(crate) fn from_item(item: &ListItem) -> Benefit {
        Benefit::from_parts(item.marker, &item.text.to_string())
    }

    /// The bullet line as a list item. Its inline runs are built, not
    /// parsed: rendering writes them in order, so adjacent text runs need no
    /// merging.
    pub(crate) fn to_item(&self) -> ListItem {
        let mut inlines = Vec::with_capacity(self.text.inlines.len() + 2);
        if let Some(title) = &self.title {
            inlines.push(Inline::Text(format!("**{title}**: ")));
        }
        inlines.extend(self.text.inlines.iter().cloned());
        if let Some(q) = &self.qualifier {
            inlines.push(Inline::Text(format!(" ({q})")));
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
    pub(crate) fn from_blocks(blocks: &[Block]) -> Option<Benefits> {
        match blocks {
            [Block::List(items)] => Some(Benefits {
                items: items.iter().map(Benefit::from_item).collect(),
            }),
            _ => None,
        }
    }

    pub(crate) fn to_block(&self) -> Block {
        Block::List(self.items.iter().map(Benefit::to_item).collect())
    }
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
    if !text.ends_with(')') {
        return (text, None);
    }
    let mut depth = 0usize;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return match crate::slice::upto(text, i).strip_suffix(' ') {
                        Some(body) if !body.is_empty() => (
                            body,
                            Some(crate::slice::within(text, i + 1..text.len() - 1)),
                        ),
                        _ => (text, None),
                    };
                }
            }
            _ => {}
        }
    }
    (text, None)
}

#[cfg(test)]
mod tests {
    use super::*;

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

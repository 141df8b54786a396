//! The generic page layer: any page of the encyclopedia's family parsed into
//! blocks that keep every byte.
//!
//! A [`Document`] is a list of [`Block`]s, one per blank line, heading,
//! metadata line, rule, paragraph, bullet list or pipe table, plus the
//! page's [`Layout`] (line endings). Rendering a parsed document gives back
//! its input exactly; the typed [`Entry`](crate::Entry) is a view built from
//! it.

mod block;
mod parse;
mod render;
mod sink;

pub use block::{Block, Field, Heading, ListItem, Marker, Row, Table};
pub(crate) use parse::{parse_blocks, parse_shared};
pub(crate) use render::{render_page, write_page, write_rich};
pub(crate) use sink::Sink;

use crate::error::Error;
use crate::layout::Layout;

/// A page as generic blocks, that keep every byte: any page of the
/// encyclopedia's family reads as one.
///
/// A document is a list of [`Block`]s, one per blank run, heading,
/// metadata line, rule, paragraph, bullet list or pipe table, plus the
/// page's [`Layout`](crate::Layout) (line endings). Rendering a parsed
/// document gives back its input exactly; the typed
/// [`Entry`](crate::Entry) is a view built from it.
///
/// ```
/// use hermetica::{Block, Document};
///
/// let page = "# Notes\n\n**Total Interactions:** 121,278\n\n| Score | Tier |\n|---|---:|\n| 8 | 1 |\n";
/// let doc: Document = page.parse().unwrap();
/// assert!(matches!(&doc.blocks[2], Block::Field(f) if f.key == "Total Interactions"));
/// assert!(matches!(&doc.blocks[4], Block::Table(t) if t.rows.len() == 3));
/// assert_eq!(doc.to_string(), page);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Document {
    /// The blocks in page order.
    pub blocks: Vec<Block>,
    /// Line endings and final newline.
    pub layout: Layout,
}

impl From<&str> for Document {
    /// Reads a page. Never fails on UTF-8 text: every line is some block.
    fn from(text: &str) -> Document {
        parse_blocks(text).0
    }
}

impl Document {
    /// Parses a page given as bytes.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidUtf8`](crate::ErrorKind::InvalidUtf8) at the
    /// first byte that is not UTF-8; nothing else fails.
    pub fn from_bytes(bytes: &[u8]) -> Result<Document, Error> {
        crate::utf8(bytes).map(Document::from)
    }
}

impl std::str::FromStr for Document {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(Document::from(text))
    }
}

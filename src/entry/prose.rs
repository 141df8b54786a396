//! A section body of prose, the shape most sections have.

use crate::document::Block;
use crate::text::{LinkRef, RichText};

/// A section body of prose: paragraphs, bullet lists and tables, separated
/// by one empty line each.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Prose {
    /// The blocks; each is a paragraph, a list or a table.
    pub blocks: Vec<Block>,
}

impl Prose {
    /// Whether blocks alternate prose content (paragraphs, lists, tables)
    /// and one empty line.
    pub(crate) fn fits(blocks: &[Block]) -> bool {
        separated(blocks).is_some_and(|mut content| {
            content.all(|b| matches!(b, Block::Paragraph(_) | Block::List(_) | Block::Table(_)))
        })
    }

    /// Takes the content of blocks that [`Prose::fits`]: every other one.
    pub(crate) fn take(blocks: impl Iterator<Item = Block>) -> Prose {
        Prose {
            blocks: blocks.step_by(2).collect(),
        }
    }

    /// A single paragraph of prose.
    pub fn paragraph(text: &str) -> Prose {
        Prose {
            blocks: vec![Block::Paragraph(RichText::from(text))],
        }
    }

    /// The paragraphs' and list items' texts, in order (tables excluded).
    pub fn texts(&self) -> impl Iterator<Item = &RichText> {
        self.blocks.iter().flat_map(block_texts)
    }

    /// Every inline link, in order.
    pub fn links(&self) -> impl Iterator<Item = LinkRef<'_>> {
        self.texts().flat_map(RichText::links)
    }
}

/// The inline texts of a paragraph or a list.
pub(crate) fn block_texts(block: &Block) -> Vec<&RichText> {
    match block {
        Block::Paragraph(t) => vec![t],
        Block::List(items) => items.iter().map(|i| &i.text).collect(),
        _ => Vec::new(),
    }
}

/// The content blocks of blocks that alternate content and `Blank("")`;
/// `None` if the pattern does not hold or there is no content.
pub(crate) fn separated(blocks: &[Block]) -> Option<impl Iterator<Item = &Block>> {
    if blocks.len().is_multiple_of(2) {
        return None;
    }
    for (i, block) in blocks.iter().enumerate() {
        let blank = matches!(block, Block::Blank(t) if t.is_empty());
        let is_separator = i % 2 == 1;
        if is_separator != blank || matches!(block, Block::Blank(_)) && !is_separator {
            return None;
        }
    }
    Some(blocks.iter().step_by(2))
}

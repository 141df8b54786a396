//! Frequently Asked Questions: `### Question` headings, each followed by
//! its answer.

use crate::document::{Block, Heading};

use super::section::{Prose, interleave, separated};

/// The FAQ section.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Faq {
    /// Question and answer pairs, in page order.
    pub items: Vec<FaqItem>,
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct FaqItem {
    /// The question, the text of its `### ` heading.
    pub question: String,
    /// The answer: the prose up to the next question.
    pub answer: Prose,
}

impl Faq {
    pub(crate) fn from_blocks(blocks: &[Block]) -> Option<Faq> {
        let content = separated(blocks)?;
        let mut items: Vec<FaqItem> = Vec::new();
        for block in content {
            match block {
                Block::Heading(Heading { level: 3, text }) => items.push(FaqItem {
                    question: text.clone(),
                    answer: Prose::default(),
                }),
                Block::Paragraph(_) | Block::List(_) | Block::Table(_) => {
                    items.last_mut()?.answer.blocks.push(block.clone());
                }
                _ => return None,
            }
        }
        items
            .iter()
            .all(|i| !i.answer.blocks.is_empty())
            .then_some(Faq { items })
    }

    pub(crate) fn to_blocks(&self, out: &mut Vec<Block>) {
        let blocks = self.items.iter().flat_map(|item| {
            std::iter::once(Block::Heading(Heading {
                level: 3,
                text: item.question.clone(),
            }))
            .chain(item.answer.blocks.iter().cloned())
        });
        interleave(blocks, out);
    }
}

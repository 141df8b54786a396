//! Frequently Asked Questions: `### Question` headings, each followed by
//! its answer.

use crate::document::{Block, Heading};

use super::prose::{Prose, separated};
use crate::document::Sink;

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
    pub question: crate::SharedStr,
    /// The answer: the prose up to the next question.
    pub answer: Prose,
}

impl Faq {
    /// Whether blocks alternate with empty lines and read as questions
    /// (`### ` headings), each followed by at least one block of answer.
    pub(crate) fn fits(blocks: &[Block]) -> bool {
        let Some(content) = separated(blocks) else {
            return false;
        };
        let mut answered = false;
        for (i, block) in content.enumerate() {
            match block {
                Block::Heading(Heading { level: 3, .. }) if i == 0 || answered => answered = false,
                Block::Paragraph(_) | Block::List(_) | Block::Table(_) if i > 0 => answered = true,
                _ => return false,
            }
        }
        answered
    }

    /// Takes the questions and answers of blocks that [`Faq::fits`].
    pub(crate) fn take(blocks: impl ExactSizeIterator<Item = Block>) -> Faq {
        // Blocks alternate with empty lines, and each question is followed
        // by at least one block of answer: at most a question per four.
        let mut items: Vec<FaqItem> = Vec::with_capacity(blocks.len().div_ceil(4));
        for block in blocks.step_by(2) {
            match (block, items.last_mut()) {
                (Block::Heading(Heading { text, .. }), _) => items.push(FaqItem {
                    question: text,
                    answer: Prose::default(),
                }),
                // Most answers are one block, which is kept inline.
                (answer, Some(item)) => item.answer.blocks.push(answer),
                (_, None) => {}
            }
        }
        Faq { items }
    }

    /// Hands each question, as a `###` heading, and its answer's blocks
    /// to the page, with an empty line between any two.
    pub(crate) fn emit(&self, out: &mut Sink<'_, '_>) {
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                out.blank();
            }
            out.heading(3, &item.question);
            for block in &item.answer.blocks {
                out.blank();
                out.block(block);
            }
        }
    }
}

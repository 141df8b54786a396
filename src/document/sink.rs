//! Where a view's pieces go when it is visited in page order: written to
//! the page, or collected as the blocks of a document. Each piece says
//! both how it is written and what block it is, so the two ways cannot
//! disagree. The typed views (an entry) render through it.

use std::fmt;

use super::render::{write_block, write_field, write_heading};
use super::{Block, Field, Heading};
use crate::SharedStr;
use crate::layout::{Layout, LineWriter};
use crate::text::RichText;

/// Where the page's pieces go.
pub(crate) enum Sink<'s, 'w> {
    /// Written to the page; after an error the rest are skipped.
    Write {
        w: &'s mut LineWriter<'w>,
        result: fmt::Result,
    },
    /// Collected as blocks.
    Collect(&'s mut Vec<Block>),
}

impl Sink<'_, '_> {
    /// One piece of the page: `write` writes it, `block` builds it as a
    /// block whose rendering is the same text.
    pub(crate) fn emit(
        &mut self,
        write: impl FnOnce(&mut LineWriter<'_>) -> fmt::Result,
        block: impl FnOnce() -> Block,
    ) {
        match self {
            Sink::Write { w, result } => {
                if result.is_ok() {
                    *result = write(w);
                }
            }
            Sink::Collect(blocks) => blocks.push(block()),
        }
    }

    /// A block the entry holds.
    pub(crate) fn block(&mut self, block: &Block) {
        self.emit(|w| write_block(w, block), || block.clone());
    }

    /// An empty line.
    pub(crate) fn blank(&mut self) {
        self.emit(|w| w.line(""), || Block::Blank(SharedStr::default()));
    }

    /// A heading.
    pub(crate) fn heading(&mut self, level: u8, text: &str) {
        self.emit(
            |w| write_heading(w, level, text),
            || {
                Block::Heading(Heading {
                    level,
                    text: text.to_owned().into(),
                })
            },
        );
    }

    /// A metadata line whose value `value` writes.
    pub(crate) fn field(&mut self, key: &str, value: impl Fn(&mut dyn fmt::Write) -> fmt::Result) {
        self.emit(
            |w| write_field(w, key, &value),
            || {
                let mut text = String::new();
                // Writing to a `String` cannot fail.
                let _ = value(&mut text);
                Block::Field(Field {
                    key: key.to_owned().into(),
                    value: text.into(),
                })
            },
        );
    }

    /// A paragraph that `write` writes; collected, it is the text written,
    /// its lines joined with `\n`, as one run.
    pub(crate) fn paragraph(&mut self, write: impl Fn(&mut LineWriter<'_>) -> fmt::Result) {
        self.emit(&write, || {
            let mut text = String::new();
            let layout = Layout {
                final_newline: false,
                ..Layout::default()
            };
            let mut w = LineWriter::new(&mut text, &layout);
            // Writing to a `String` cannot fail.
            let _ = write(&mut w).and_then(|()| w.finish());
            Block::Paragraph(RichText::verbatim(text))
        });
    }

    /// The first error in writing, if any.
    pub(crate) fn result(self) -> fmt::Result {
        match self {
            Sink::Write { result, .. } => result,
            Sink::Collect(_) => Ok(()),
        }
    }

    /// Blocks with one empty line between them.
    pub(crate) fn interleave<'b>(&mut self, blocks: impl IntoIterator<Item = &'b Block>) {
        for (i, block) in blocks.into_iter().enumerate() {
            if i > 0 {
                self.blank();
            }
            self.block(block);
        }
    }
}

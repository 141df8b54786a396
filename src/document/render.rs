//! Rendering blocks back to text.

use std::fmt;

use super::Document;
use super::block::{Block, Row};
use crate::layout::{Layout, LineWriter};

impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_blocks(f, &self.layout, |write| {
            self.blocks.iter().try_for_each(write)
        })
    }
}

/// Writes a page with `layout`'s line endings: `blocks` calls its argument
/// with each block in order.
pub(crate) fn write_blocks(
    f: &mut fmt::Formatter<'_>,
    layout: &Layout,
    blocks: impl FnOnce(&mut dyn FnMut(&Block) -> fmt::Result) -> fmt::Result,
) -> fmt::Result {
    if layout.bom {
        f.write_str("\u{feff}")?;
    }
    let mut w = LineWriter::new(f, layout);
    blocks(&mut |block| write_block(&mut w, block))?;
    w.finish()
}

/// Writes one block as its lines.
pub(crate) fn write_block(w: &mut LineWriter<'_, '_>, block: &Block) -> fmt::Result {
    match block {
        Block::Blank(text) | Block::Rule(text) => w.line(text),
        Block::Heading(h) => {
            w.start_line()?;
            for _ in 0..h.level {
                w.write("#")?;
            }
            w.write(" ")?;
            w.write(&h.text)?;
            w.end_line();
            Ok(())
        }
        Block::Field(field) => {
            w.start_line()?;
            w.write("**")?;
            w.write(&field.key)?;
            w.write(":** ")?;
            w.write(&field.value)?;
            w.end_line();
            Ok(())
        }
        Block::Paragraph(text) => w.line(&text.to_string()),
        Block::List(items) => {
            for item in items {
                w.line(&format!("{}{}", item.marker.as_str(), item.text))?;
            }
            Ok(())
        }
        Block::Table(table) => {
            for row in &table.rows {
                w.line(&render_row(row))?;
            }
            Ok(())
        }
    }
}

fn render_row(row: &Row) -> String {
    let mut out = String::from("|");
    out.push_str(&row.raw_cells.join("|"));
    if row.closed {
        out.push('|');
    }
    out
}

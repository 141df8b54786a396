//! Rendering blocks back to text.

use std::fmt;

use super::Document;
use super::block::{Block, Row};
use crate::layout::{Layout, LineWriter};
use crate::text::RichText;

impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_page(f, &self.layout, |w| self.write_lines(w))
    }
}

impl Document {
    /// The page as text, as `to_string` gives it, built in place: the
    /// faster way to render (`to_string` copies the page once more).
    ///
    /// ```
    /// let page = "# Tea\r\n\r\nSteep it.\r\n";
    /// assert_eq!(hermetica::Document::from(page).to_page(), page);
    /// ```
    pub fn to_page(&self) -> String {
        render_page(&self.layout, |w| self.write_lines(w))
    }

    fn write_lines(&self, w: &mut LineWriter<'_>) -> fmt::Result {
        self.blocks
            .iter()
            .try_for_each(|block| write_block(w, block))
    }
}

/// Room reserved for a rendered page: an encyclopedia page is a few to
/// some twenty kilobytes, and growing a buffer from nothing to that size
/// reallocates and copies it a dozen times.
const RENDER_CAPACITY: usize = 16 * 1024;

/// Writes a page with `layout`'s line endings: `lines` writes its lines.
/// The page is built in one buffer and handed to the formatter in one
/// write, so that `to_string` grows its string once.
pub(crate) fn write_page(
    f: &mut fmt::Formatter<'_>,
    layout: &Layout,
    lines: impl FnOnce(&mut LineWriter<'_>) -> fmt::Result,
) -> fmt::Result {
    let mut out = String::with_capacity(RENDER_CAPACITY);
    render_into(&mut out, layout, lines)?;
    f.write_str(&out)
}

/// The page as a new string, built in place: the page text is not copied
/// again, as `to_string` copies it from [`write_page`]'s buffer into its
/// own string.
pub(crate) fn render_page(
    layout: &Layout,
    lines: impl FnOnce(&mut LineWriter<'_>) -> fmt::Result,
) -> String {
    let mut out = String::with_capacity(RENDER_CAPACITY);
    // Writing into a `String` cannot fail, and no piece of a page fails to
    // format, so there is no error to report.
    let _infallible = render_into(&mut out, layout, lines);
    out
}

fn render_into(
    out: &mut String,
    layout: &Layout,
    lines: impl FnOnce(&mut LineWriter<'_>) -> fmt::Result,
) -> fmt::Result {
    if layout.bom {
        out.push('\u{feff}');
    }
    let mut w = LineWriter::new(out, layout);
    lines(&mut w)?;
    w.finish()
}

/// Writes one block as its lines.
pub(crate) fn write_block(w: &mut LineWriter<'_>, block: &Block) -> fmt::Result {
    match block {
        Block::Blank(text) | Block::Rule(text) => w.line(text),
        Block::Heading(h) => write_heading(w, h.level, &h.text),
        Block::Field(field) => write_field(w, &field.key, |value| value.write_str(&field.value)),
        Block::Paragraph(text) => {
            w.start_line()?;
            write_rich(w, text)?;
            w.end_line();
            Ok(())
        }
        Block::List(items) => {
            for item in items {
                w.start_line()?;
                w.write(item.marker.as_str())?;
                write_rich(w, &item.text)?;
                w.end_line();
            }
            Ok(())
        }
        Block::Table(table) => table.rows.iter().try_for_each(|row| write_row(w, row)),
    }
}

/// Writes a heading line: `level` hashes, a space and the text.
pub(crate) fn write_heading(w: &mut LineWriter<'_>, level: u8, text: &str) -> fmt::Result {
    w.start_line()?;
    for _ in 0..level {
        w.write("#")?;
    }
    w.write(" ")?;
    w.write(text)?;
    w.end_line();
    Ok(())
}

/// Writes a metadata line, `**key:** value`; `value` writes the value as
/// it is, line breaks included, as a field's value is written.
pub(crate) fn write_field(
    w: &mut LineWriter<'_>,
    key: &str,
    value: impl FnOnce(&mut dyn fmt::Write) -> fmt::Result,
) -> fmt::Result {
    w.start_line()?;
    w.write("**")?;
    w.write(key)?;
    w.write(":** ")?;
    value(&mut w.raw())?;
    w.end_line();
    Ok(())
}

/// Writes inline text, links included, as written; a `\n` in it starts a
/// new line.
pub(crate) fn write_rich(w: &mut LineWriter<'_>, text: &RichText) -> fmt::Result {
    w.write_lines(text.as_str())
}

fn write_row(w: &mut LineWriter<'_>, row: &Row) -> fmt::Result {
    w.start_line()?;
    w.write("|")?;
    for (i, cell) in row.raw_cells.iter().enumerate() {
        if i > 0 {
            w.write("|")?;
        }
        w.write_lines(cell)?;
    }
    if row.closed {
        w.write("|")?;
    }
    w.end_line();
    Ok(())
}

//! JSONL: a streaming reader that skips `# ` comment lines and reports a
//! bad line by its number without stopping, and a writer of the same
//! format.

use std::io::{BufRead, Write};

use crate::error::{Error, ErrorKind};

use super::record::IngredientRecord;

/// Reads records from JSONL, one per line. Lines starting with `#` and
/// blank lines are skipped. A line that is not a record gives an `Err`
/// whose [`Error::line`] is its line number; reading goes on with the next
/// line, so the caller decides whether to stop.
pub fn read_jsonl<R: BufRead>(reader: R) -> JsonlReader<R> {
    JsonlReader {
        reader,
        line: 0,
        buffer: String::new(),
    }
}

/// The iterator of [`read_jsonl`].
#[derive(Debug)]
pub struct JsonlReader<R> {
    reader: R,
    line: usize,
    buffer: String,
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<IngredientRecord, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buffer.clear();
            self.line += 1;
            match self.reader.read_line(&mut self.buffer) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    let kind = ErrorKind::Io {
                        message: e.to_string(),
                    };
                    return Some(Err(Error::on_line(kind, self.line, 1, "")));
                }
            }
            let text = self.buffer.trim_end_matches(['\n', '\r']);
            if text.trim().is_empty() || text.starts_with('#') {
                continue;
            }
            return Some(serde_json::from_str(text).map_err(|e| {
                let kind = ErrorKind::InvalidValue {
                    what: "record",
                    found: e.to_string(),
                    reason: "expected one JSON ingredient record per line",
                };
                Error::on_line(kind, self.line, e.column().max(1), text)
            }));
        }
    }
}

/// Writes records as JSONL in the publisher's field order, after
/// `header` lines written as `# ` comments.
pub fn write_jsonl<'r, W: Write>(
    mut writer: W,
    header: &[&str],
    records: impl IntoIterator<Item = &'r IngredientRecord>,
) -> std::io::Result<()> {
    for line in header {
        writeln!(writer, "# {line}")?;
    }
    for record in records {
        serde_json::to_writer(&mut writer, record)?;
        writer.write_all(b"\n")?;
    }
    writer.flush()
}

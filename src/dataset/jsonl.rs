//! JSONL: a streaming reader that skips `# ` comment lines and reports a
//! bad line by its number without stopping, and a writer of the same
//! format, for each kind of record the publisher ships.

use std::io::{BufRead, Write};
use std::marker::PhantomData;

use crate::error::{Error, ErrorKind, Location};

use super::fields::Fields;
use super::interaction::InteractionRecord;
use super::record::IngredientRecord;

/// A kind of record of the publisher's datasets: one JSON object per
/// JSONL line, or one CSV row, its fields in the publisher's order. The
/// crate's two kinds are [`IngredientRecord`] and [`InteractionRecord`];
/// the trait is sealed.
pub trait Record: Fields + serde::Serialize + serde::de::DeserializeOwned {
    /// What a line of this kind must hold, said when it does not.
    const EXPECTED: &'static str;
}

impl Record for IngredientRecord {
    const EXPECTED: &'static str = "expected one JSON ingredient record per line";
}

impl Record for InteractionRecord {
    const EXPECTED: &'static str = "expected one JSON interaction record per line";
}

/// Reads ingredient records from JSONL, one per line. Lines starting with
/// `#` and blank lines are skipped. A line that is not a record gives an
/// `Err` whose [`Error::line`] is its line number; reading goes on with
/// the next line, so the caller decides whether to stop.
pub fn read_jsonl<R: BufRead>(reader: R) -> JsonlReader<R> {
    read_records(reader)
}

/// Reads interaction records from JSONL, as [`read_jsonl`] reads
/// ingredient records.
pub fn read_interactions<R: BufRead>(reader: R) -> JsonlReader<R, InteractionRecord> {
    read_records(reader)
}

/// Reads records of any kind from JSONL, as [`read_jsonl`] does.
pub fn read_records<R: BufRead, T: Record>(reader: R) -> JsonlReader<R, T> {
    JsonlReader {
        reader,
        line: 0,
        buffer: Vec::new(),
        failed: false,
        kind: PhantomData,
    }
}

/// The iterator of [`read_jsonl`], [`read_interactions`] and
/// [`read_records`].
#[derive(Debug)]
pub struct JsonlReader<R, T = IngredientRecord> {
    reader: R,
    line: usize,
    buffer: Vec<u8>,
    /// Set by a failed read: the stream has ended.
    failed: bool,
    kind: PhantomData<fn() -> T>,
}

impl<R, T> JsonlReader<R, T> {
    /// The line (1-based) of the record or error returned last: where a
    /// record came from, for messages about it.
    pub fn line(&self) -> usize {
        self.line
    }
}

impl<R: BufRead, T: Record> Iterator for JsonlReader<R, T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.failed {
            self.buffer.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buffer) {
                Ok(0) => return None,
                Ok(_) => {}
                // A failed read may consume nothing (a directory, EIO):
                // reading again would fail again, forever. The failure is
                // reported once and ends the stream.
                Err(e) => {
                    self.failed = true;
                    return Some(Err(Error::io(e, Some(self.line))));
                }
            }
            let text = match std::str::from_utf8(&self.buffer) {
                Ok(text) => text,
                Err(e) => {
                    let kind = ErrorKind::InvalidUtf8 {
                        valid_up_to: e.valid_up_to(),
                    };
                    let shown = String::from_utf8_lossy(&self.buffer);
                    return Some(Err(Error::on_line(kind, self.line, 1, shown.trim_end())));
                }
            };
            // A byte order mark before the first line is how some editors
            // save UTF-8; it is not part of the record.
            let text = match self.line {
                1 => text.strip_prefix('\u{feff}').unwrap_or(text),
                _ => text,
            };
            let text = text.trim_end_matches(['\n', '\r']);
            if text.trim().is_empty() || text.starts_with('#') {
                continue;
            }
            return Some(serde_json::from_str(text).map_err(|e| {
                let kind = ErrorKind::InvalidValue {
                    what: "record",
                    found: json_message(&e),
                    reason: T::EXPECTED,
                };
                // serde_json counts bytes; the crate's columns count
                // characters.
                let at = Location::of(text, e.column().saturating_sub(1));
                Error::on_line(kind, self.line, at.column, text)
            }));
        }
        None
    }
}

/// serde_json's message without its ` at line 1 column N`: the error's
/// own position says where, in the file's lines.
pub(crate) fn json_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rsplit_once(" at line ") {
        Some((text, _)) if error.line() > 0 => text.to_owned(),
        _ => message,
    }
}

/// Writes records of any kind as JSONL in the publisher's field order, after
/// `header` lines written as `# ` comments.
///
/// # Errors
///
/// [`ErrorKind::Io`] when writing fails; the underlying error is its
/// [`source`](std::error::Error::source). [`ErrorKind::InvalidValue`],
/// naming the record by its number from 1, for a record whose line would
/// not read back (an unknown field under a known field's name).
pub fn write_jsonl<'r, W: Write, T: Record + 'r>(
    mut writer: W,
    header: &[&str],
    records: impl IntoIterator<Item = &'r T>,
) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::io(e, None);
    for line in header {
        writeln!(writer, "# {line}").map_err(io)?;
    }
    for (at, record) in records.into_iter().enumerate() {
        serde_json::to_writer(&mut writer, record).map_err(|e| write_error(e, at))?;
        writer.write_all(b"\n").map_err(io)?;
    }
    writer.flush().map_err(io)
}

/// The error of writing the record at `at` (from 0): the writer's own
/// failure, or a record its format cannot hold.
pub(crate) fn write_error(error: serde_json::Error, at: usize) -> Error {
    if error.is_io() {
        return Error::io(error, None);
    }
    Error::unplaced(ErrorKind::InvalidValue {
        what: "record to write",
        found: format!("record {}: {error}", at + 1),
        reason: "its line would not read back",
    })
}

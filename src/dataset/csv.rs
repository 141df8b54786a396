//! CSV: the same records, one row each, under a header of the field names
//! in the publisher's order.
//!
//! A text field is its text. Any other field is its JSON (`8`, an alias
//! list `["a","b"]`). A null `canonical_name` is an empty cell; a name that
//! is empty, or starts with `"`, is written as a JSON string (`""`), so
//! that null and the empty string stay apart. A field this crate does not
//! know is a column of its own, after the field it followed, its cells
//! JSON, empty where a record lacks it. A CSV row has every column, so a
//! record that left out `canonical_name` comes back with it `null`.

use std::fmt::Write as _;
use std::io::{Read, Write};

use serde_json::value::RawValue;

use crate::error::{Error, ErrorKind};

use super::fields::{Cell, Entries, Fields, one_line};
use super::jsonl::{Record, json_message, write_error};
use super::record::IngredientRecord;

/// Writes records of any kind as CSV with a header row.
///
/// # Errors
///
/// [`ErrorKind::Io`] when writing fails; the underlying error is its
/// [`source`](std::error::Error::source). [`ErrorKind::InvalidValue`]
/// for records a CSV file cannot hold: one with an unknown field twice,
/// more than 1,024 different unknown fields among the records (a column
/// each, a cell in every row), or a record whose line would not read
/// back.
pub fn write_csv<'r, W: Write, T: Record + 'r>(
    writer: W,
    records: impl IntoIterator<Item = &'r T>,
) -> Result<(), Error> {
    let records: Vec<&T> = records.into_iter().collect();
    let columns = columns(&records)?;
    let mut out = csv::Writer::from_writer(writer);
    out.write_record(columns.iter().map(|c| c.name))
        .map_err(csv_error)?;
    let mut cells: Vec<String> = Vec::with_capacity(columns.len());
    for (at, record) in records.into_iter().enumerate() {
        // A record's cells come from its JSON line: the same names and
        // values, unknown fields included, whatever the record's kind.
        let json = serde_json::to_string(record).map_err(|e| write_error(e, at))?;
        let fields: Entries = serde_json::from_str(&json).map_err(|e| Error::io(e, None))?;
        let fields: std::collections::HashMap<&str, &RawValue> = fields
            .0
            .iter()
            .map(|(name, value)| (name.as_str(), &**value))
            .collect();
        cells.clear();
        for column in &columns {
            let value = fields.get(column.name);
            cells.push(value.map_or_else(String::new, |v| cell(column.cell, v.get())));
        }
        out.write_record(&cells).map_err(csv_error)?;
    }
    out.flush().map_err(|e| Error::io(e, None))
}

/// Reads ingredient records from CSV written by [`write_csv`]: one result
/// per row, a bad row reported with its line number.
pub fn read_csv<R: Read>(reader: R) -> impl Iterator<Item = Result<IngredientRecord, Error>> {
    read_csv_records(reader)
}

/// Reads records of any kind from CSV written by [`write_csv`], as
/// [`read_csv`] reads ingredient records.
pub fn read_csv_records<R: Read, T: Record>(reader: R) -> impl Iterator<Item = Result<T, Error>> {
    let mut rows = csv::Reader::from_reader(reader);
    let columns = match rows.headers() {
        Err(e) => Err(csv_error(e)),
        Ok(header) => columns_of_header::<T>(header).map_err(|missing| {
            let kind = ErrorKind::InvalidValue {
                what: "CSV header",
                found: missing.to_owned(),
                reason: "expected the record's fields in order; this one is missing or out of place",
            };
            Error::on_line(kind, 1, 1, "")
        }),
    };
    let (columns, header_error) = match columns {
        Ok(columns) => (columns, None),
        Err(error) => (Vec::new(), Some(Err(error))),
    };
    let header_ok = header_error.is_none();
    let records = rows
        .into_records()
        .filter(move |_| header_ok)
        .map(move |row| {
            let row = row.map_err(csv_error)?;
            let line = row.position().map_or(0, |p| p.line() as usize);
            let bad = |found: String, reason| {
                let kind = ErrorKind::InvalidValue {
                    what: "CSV row",
                    found,
                    reason,
                };
                Error::on_line(kind, line, 1, "")
            };
            let (object, starts) = json_object(&columns, &row).map_err(|(column, reason)| {
                let cell = row.get(column.at).unwrap_or("");
                bad(format!("{}: {cell}", column.name), reason)
            })?;
            serde_json::from_str::<T>(&object).map_err(|e| {
                // The column whose value the error is in: the last one that
                // starts at or before the error's byte in the object. An
                // error at the closing brace (a missing field) is in none.
                let byte = e.column().saturating_sub(1);
                let inside = e.column() > 0 && byte + 1 < object.len();
                let column = starts.iter().rev().find(|(start, _)| *start <= byte);
                let found = match column {
                    Some((_, column)) if inside => {
                        let cell = row.get(column.at).unwrap_or("");
                        format!("{}: {cell} ({})", column.name, json_message(&e))
                    }
                    _ => json_message(&e),
                };
                bad(found, "expected the fields of a record")
            })
        });
    header_error.into_iter().chain(records)
}

/// A column to write: the field's name and how its cells are written.
#[derive(Clone, Copy)]
struct Column<'n> {
    name: &'n str,
    cell: Cell,
}

/// The most columns of unknown fields a CSV file gets: each is a cell in
/// every row, so records that each bring their own would make the file
/// grow as the square of their number.
const MAX_UNKNOWN_COLUMNS: usize = 1024;

/// The columns for `records`: the known fields in order, each unknown
/// field after the known field it followed where it first appeared. An
/// error when a record holds two unknown fields of one name (a row has one
/// cell per name), or when there are more than [`MAX_UNKNOWN_COLUMNS`].
fn columns<'r, T: Record>(records: &[&'r T]) -> Result<Vec<Column<'r>>, Error> {
    let mut columns: Vec<Column<'r>> = Vec::new();
    let known = |name: &'static str| Column {
        name,
        cell: T::cell(name),
    };
    let mut unknown: Vec<(Option<&'static str>, &'r str)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for record in records {
        let mut names = std::collections::HashSet::new();
        let twice = record.unknown().iter().find(|f| !names.insert(f.name()));
        if let Some(field) = twice {
            let name = field.name();
            return Err(Error::unplaced(ErrorKind::InvalidValue {
                what: "record for CSV",
                found: name.to_owned(),
                reason: "a CSV row has one cell per field, and this record has the field twice",
            }));
        }
        for field in record.unknown().iter() {
            if seen.insert(field.name()) {
                unknown.push((field.after(), field.name()));
            }
        }
        if unknown.len() > MAX_UNKNOWN_COLUMNS {
            return Err(Error::unplaced(ErrorKind::InvalidValue {
                what: "records for CSV",
                found: format!("more than {MAX_UNKNOWN_COLUMNS} different unknown fields"),
                reason: "each would be a column with a cell in every row; write JSONL instead",
            }));
        }
    }
    let json = |name| Column {
        name,
        cell: Cell::Json,
    };
    let following = |after: Option<&'static str>| {
        unknown
            .iter()
            .filter(move |(a, _)| *a == after)
            .map(move |(_, name)| json(*name))
    };
    columns.extend(following(None));
    for &name in T::NAMES {
        columns.push(known(name));
        columns.extend(following(Some(name)));
    }
    Ok(columns)
}

/// The columns a header names: the known fields in order, any others
/// between them; `Err` names the first known field missing or out of
/// order.
fn columns_of_header<T: Fields>(
    header: &csv::StringRecord,
) -> Result<Vec<HeaderColumn>, &'static str> {
    let mut names = T::NAMES.iter().peekable();
    let mut columns = Vec::with_capacity(header.len());
    for (at, name) in header.iter().enumerate() {
        let (known, cell) = match names.next_if(|known| **known == name) {
            Some(known) => (true, T::cell(known)),
            None if T::NAMES.contains(&name) => return Err(names.next().unwrap_or(&"")),
            None => (false, Cell::Json),
        };
        let name = name.to_owned();
        columns.push(HeaderColumn {
            at,
            name,
            known,
            cell,
        });
    }
    match names.next() {
        Some(missing) => Err(missing),
        None => Ok(columns),
    }
}

/// A column read from a header.
struct HeaderColumn {
    at: usize,
    name: String,
    /// Whether the column is a field this crate knows; an unknown field's
    /// cell is empty where a record lacks it.
    known: bool,
    cell: Cell,
}

/// The row as the JSON object of its record, with where each column's
/// value starts in it; `Err` names the column whose cell is not what the
/// column holds.
fn json_object<'c>(
    columns: &'c [HeaderColumn],
    row: &csv::StringRecord,
) -> Result<(String, ValueStarts<'c>), (&'c HeaderColumn, &'static str)> {
    let mut object = String::from("{");
    let mut starts = Vec::with_capacity(columns.len());
    for column in columns {
        let text = row.get(column.at).unwrap_or("");
        let fault = |reason| Err((column, reason));
        let value = match (column.cell, text) {
            (_, "") if !column.known => continue,
            (Cell::Json, text) => match RawValue::from_string(text.to_owned()) {
                Ok(_) => one_line(text).into_owned(),
                Err(_) => return fault("expected a JSON value in this column"),
            },
            (Cell::OptionalText, "") => "null".to_owned(),
            (Cell::OptionalText, quoted) if quoted.starts_with('"') => {
                match serde_json::from_str::<String>(quoted) {
                    Ok(_) => quoted.to_owned(),
                    Err(_) => return fault("a cell starting with `\"` is a JSON string"),
                }
            }
            (Cell::Text | Cell::OptionalText, text) => serde_json::Value::from(text).to_string(),
        };
        if object.len() > 1 {
            object.push(',');
        }
        let name = serde_json::Value::from(column.name.as_str());
        let _ = write!(object, "{name}:");
        starts.push((object.len(), column));
        object.push_str(&value);
    }
    object.push('}');
    Ok((object, starts))
}

/// Where each column's value starts in a row's JSON object, in order.
type ValueStarts<'c> = Vec<(usize, &'c HeaderColumn)>;

/// The cell of a field whose JSON text is `json`.
fn cell(kind: Cell, json: &str) -> String {
    let text = || serde_json::from_str::<String>(json).unwrap_or_else(|_| json.to_owned());
    match kind {
        Cell::Json => json.to_owned(),
        Cell::OptionalText if json == "null" => String::new(),
        Cell::OptionalText => {
            let name = text();
            if name.is_empty() || name.starts_with('"') {
                json.to_owned()
            } else {
                name
            }
        }
        Cell::Text => text(),
    }
}

fn csv_error(e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line() as usize);
    Error::io(e, line)
}

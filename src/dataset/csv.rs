//! CSV: the same records, one row each, under a header of the field names;
//! `also_known_as` is a JSON array in its cell. A null `canonical_name` is
//! an empty cell; a name that is empty, or starts with `"`, is written as
//! a JSON string (`""`), so that null and the empty string stay apart.

use std::io::{Read, Write};

use crate::error::{Error, ErrorKind};

use super::record::IngredientRecord;

const HEADER: [&str; 12] = [
    "ingredient_key",
    "ingredient_name",
    "canonical_name",
    "category_primary",
    "category_group",
    "evidence_score",
    "short_answer",
    "health_benefits",
    "mechanism_of_action",
    "clinical_summary",
    "also_known_as",
    "updated_at",
];

/// Writes records as CSV with a header row.
///
/// # Errors
///
/// [`ErrorKind::Io`] when writing fails; the underlying error is its
/// [`source`](std::error::Error::source).
pub fn write_csv<'r, W: Write>(
    writer: W,
    records: impl IntoIterator<Item = &'r IngredientRecord>,
) -> Result<(), Error> {
    let mut out = csv::Writer::from_writer(writer);
    out.write_record(HEADER).map_err(csv_error)?;
    for r in records {
        let aliases = serde_json::to_string(&r.also_known_as).map_err(|e| Error::io(e, None))?;
        let canonical = canonical_name_cell(r.canonical_name.as_deref());
        let score = r.evidence_score.to_string();
        let updated = r.updated_at.to_string();
        out.write_record([
            r.ingredient_key.as_str(),
            &r.ingredient_name,
            &canonical,
            &r.category_primary,
            &r.category_group,
            &score,
            &r.short_answer,
            &r.health_benefits,
            &r.mechanism_of_action,
            &r.clinical_summary,
            &aliases,
            &updated,
        ])
        .map_err(csv_error)?;
    }
    out.flush().map_err(|e| Error::io(e, None))
}

/// Reads records from CSV written by [`write_csv`]: one result per row,
/// a bad row reported with its line number.
pub fn read_csv<R: Read>(reader: R) -> impl Iterator<Item = Result<IngredientRecord, Error>> {
    let mut rows = csv::Reader::from_reader(reader);
    let header_ok = rows.headers().is_ok_and(|h| h.iter().eq(HEADER));
    let header_error = (!header_ok).then(|| {
        let kind = ErrorKind::InvalidValue {
            what: "CSV header",
            found: String::new(),
            reason: "expected the dataset's field names",
        };
        Err(Error::on_line(kind, 1, 1, ""))
    });
    let records = rows.into_records().filter(move |_| header_ok).map(|row| {
        let row = row.map_err(csv_error)?;
        let line = row.position().map_or(0, |p| p.line() as usize);
        record(&row).map_err(|reason| {
            let kind = ErrorKind::InvalidValue {
                what: "CSV row",
                found: row.iter().collect::<Vec<_>>().join(","),
                reason,
            };
            Error::on_line(kind, line, 1, "")
        })
    });
    header_error.into_iter().chain(records)
}

fn record(row: &csv::StringRecord) -> Result<IngredientRecord, &'static str> {
    let cell = |i: usize| row.get(i).ok_or("a row has 12 cells");
    Ok(IngredientRecord {
        ingredient_key: cell(0)?.to_owned(),
        ingredient_name: cell(1)?.to_owned(),
        canonical_name: canonical_name(cell(2)?)?,
        category_primary: cell(3)?.to_owned(),
        category_group: cell(4)?.to_owned(),
        evidence_score: cell(5)?
            .parse()
            .map_err(|_| "evidence_score is an integer 0–10")?,
        short_answer: cell(6)?.to_owned(),
        health_benefits: cell(7)?.to_owned(),
        mechanism_of_action: cell(8)?.to_owned(),
        clinical_summary: cell(9)?.to_owned(),
        also_known_as: serde_json::from_str(cell(10)?)
            .map_err(|_| "also_known_as is a JSON array")?,
        updated_at: cell(11)?
            .parse()
            .map_err(|_| "updated_at is an RFC 3339 timestamp")?,
    })
}

/// The cell of a canonical name: empty for null; a JSON string for a name
/// that would read back otherwise (empty, or starting with `"`); else the
/// name as it is.
fn canonical_name_cell(name: Option<&str>) -> std::borrow::Cow<'_, str> {
    match name {
        None => "".into(),
        Some(name) if name.is_empty() || name.starts_with('"') => {
            serde_json::Value::from(name).to_string().into()
        }
        Some(name) => name.into(),
    }
}

/// A canonical name from its cell, as [`canonical_name_cell`] writes it.
fn canonical_name(cell: &str) -> Result<Option<String>, &'static str> {
    match cell {
        "" => Ok(None),
        quoted if quoted.starts_with('"') => serde_json::from_str(quoted)
            .map(Some)
            .map_err(|_| "canonical_name starting with `\"` is a JSON string"),
        name => Ok(Some(name.to_owned())),
    }
}

fn csv_error(e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line() as usize);
    Error::io(e, line)
}

//! The metadata block: `**Key:** value` lines under the title.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::SharedStr;
use crate::document::{Block, Field};
use crate::error::{Error, ErrorKind};
use crate::evidence::EvidenceScore;
use crate::web::address::AbsoluteUrl;

use crate::document::Sink;

/// One line of the metadata block. Known keys are typed; any other key, and
/// any other line, is kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MetaLine {
    /// `**Canonical URL:**`
    CanonicalUrl(AbsoluteUrl),
    /// `**URL:**`, the page's address on the site's other pages (the
    /// methodology page); read as its canonical URL.
    Url(AbsoluteUrl),
    /// `**Data Source:**`
    DataSource(SharedStr),
    /// `**Updated:**`, an ISO date.
    Updated(NaiveDate),
    /// `**Evidence Score:** N / 10`
    EvidenceScore(EvidenceScore),
    /// `**Category:**`
    Category(SharedStr),
    /// `**Also Known As:**`
    AlsoKnownAs(Aliases),
    /// `**Primary Category:**`, the dataset's `category_primary`.
    PrimaryCategory(SharedStr),
    /// `**Canonical Name:**`, the dataset's `canonical_name`.
    CanonicalName(SharedStr),
    /// `**Updated At:**`, the dataset's full `updated_at` timestamp.
    UpdatedAt(crate::timestamp::Timestamp),
    /// A metadata line with another key, e.g. `**Total Interactions:**`.
    Field(Field),
    /// Any other line between the title and the first section.
    Other(Block),
}

/// The key of a dataset field this crate does not type, on a record's
/// page (`**Record Field:** {"pubmed_ids":[101]} after clinical_summary`).
/// The line stays a [`MetaLine::Field`]; the dataset reads it back.
pub(crate) const RECORD_FIELD_KEY: &str = "Record Field";
/// The key of an optional dataset field the record left out.
pub(crate) const OMITTED_FIELD_KEY: &str = "Omitted Field";

/// Whether `key` is one this crate knows though it keeps the line as a
/// [`MetaLine::Field`]: the page form of the dataset's record fields.
pub(crate) fn is_record_key(key: &str) -> bool {
    key == RECORD_FIELD_KEY || key == OMITTED_FIELD_KEY
}

impl MetaLine {
    /// Reads a metadata line. `Err` holds the error and the byte offset of
    /// the value within the line.
    pub(crate) fn from_field(field: Field) -> Result<MetaLine, (ErrorKind, usize)> {
        let at = 2 + field.key.len() + 4;
        let value = field.value.as_str();
        let line = match &*field.key {
            "Canonical URL" => MetaLine::CanonicalUrl(
                AbsoluteUrl::parse_shared(&field.value, "canonical URL").map_err(|e| (e, at))?,
            ),
            "URL" => MetaLine::Url(
                AbsoluteUrl::parse_shared(&field.value, "page URL").map_err(|e| (e, at))?,
            ),
            "Data Source" => MetaLine::DataSource(field.value),
            "Updated" => MetaLine::Updated(parse_date(value).map_err(|e| (e, at))?),
            "Evidence Score" => MetaLine::EvidenceScore(
                EvidenceScore::parse_out_of_ten(value).map_err(|e| (e, at))?,
            ),
            "Category" => MetaLine::Category(field.value),
            "Also Known As" => MetaLine::AlsoKnownAs(Aliases::parse(&field.value)),
            "Primary Category" => MetaLine::PrimaryCategory(field.value),
            "Canonical Name" => MetaLine::CanonicalName(field.value),
            "Updated At" => MetaLine::UpdatedAt(
                crate::timestamp::Timestamp::parse_kind(value).map_err(|e| (e, at))?,
            ),
            _ => MetaLine::Field(field),
        };
        Ok(line)
    }

    /// Hands the line to a page being rendered or collected.
    pub(crate) fn emit(&self, out: &mut Sink<'_, '_>) {
        match self {
            MetaLine::CanonicalUrl(url) => {
                out.field("Canonical URL", |w| w.write_str(url.as_str()))
            }
            MetaLine::Url(url) => out.field("URL", |w| w.write_str(url.as_str())),
            MetaLine::DataSource(text) => out.field("Data Source", |w| w.write_str(text)),
            // `NaiveDate`'s Display is `%Y-%m-%d` without parsing a format.
            MetaLine::Updated(date) => out.field("Updated", |w| write!(w, "{date}")),
            MetaLine::EvidenceScore(score) => {
                out.field("Evidence Score", |w| write!(w, "{score} / 10"));
            }
            MetaLine::Category(text) => out.field("Category", |w| w.write_str(text)),
            MetaLine::AlsoKnownAs(aliases) => {
                out.field("Also Known As", |w| write!(w, "{aliases}"))
            }
            MetaLine::PrimaryCategory(text) => out.field("Primary Category", |w| w.write_str(text)),
            MetaLine::CanonicalName(text) => out.field("Canonical Name", |w| w.write_str(text)),
            MetaLine::UpdatedAt(time) => out.field("Updated At", |w| write!(w, "{time}")),
            MetaLine::Field(f) => out.field(&f.key, |w| w.write_str(&f.value)),
            MetaLine::Other(block) => out.block(block),
        }
    }
}

/// `YYYY-MM-DD`, zero-padded, a real calendar date.
fn parse_date(text: &str) -> Result<NaiveDate, ErrorKind> {
    let invalid = || ErrorKind::InvalidDate {
        found: text.to_owned(),
    };
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-')
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(invalid());
    }
    let number = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (number(0..4), number(5..7), number(8..10)) else {
        return Err(invalid());
    };
    i32::try_from(y)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
        .ok_or_else(invalid)
}

/// The aliases of `Also Known As`: separated by `, ` (comma and space). A
/// comma without a space belongs to the alias (`1,8-Cineole`), and so does
/// `, ` inside brackets (`Girar (Amharic, Ethiopia)`) or escaped as `\, `
/// (`Benzoic acid\, 4-hydroxy-`, which a markdown reader sees as
/// `Benzoic acid, 4-hydroxy-`).
///
/// ```
/// let aliases: hermetica::Aliases = "1,8-Cineole, Eucalyptol, Girar (Amharic, Ethiopia), Benzoic acid\\, 4-hydroxy-".parse().unwrap();
/// assert_eq!(aliases.names, ["1,8-Cineole", "Eucalyptol", "Girar (Amharic, Ethiopia)", "Benzoic acid, 4-hydroxy-"]);
/// assert_eq!(aliases.to_string(), "1,8-Cineole, Eucalyptol, Girar (Amharic, Ethiopia), Benzoic acid\\, 4-hydroxy-");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Aliases {
    /// The aliases in page order, unescaped. None contains a line break or
    /// `\, `, and brackets in each are balanced.
    pub names: Vec<SharedStr>,
}

/// The bytes an alias list is split on or escaped with, or that open or
/// close brackets, looked up rather than matched.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
static MATTERS: [bool; 256] = {
    let mut matters = [false; 256];
    let bytes = *b"\\,()[]{}";
    let mut i = 0;
    while i < bytes.len() {
        matters[bytes[i] as usize] = true;
        i += 1;
    }
    matters
};

impl Aliases {
    /// Splits a value into aliases: each shares the value's buffer unless
    /// it holds an escaped `\\, `.
    pub(crate) fn parse(value: &SharedStr) -> Aliases {
        let text = value.as_str();
        if text.is_empty() {
            return Aliases { names: Vec::new() };
        }
        // At most one alias more than there are commas: room at once.
        let mut names = Vec::with_capacity(memchr::memchr_iter(b',', text.as_bytes()).count() + 1);
        // Every byte that matters is ASCII, so the runs between them are
        // taken whole and every cut falls on a character boundary.
        let bytes = text.as_bytes();
        // The alias being read: where it starts, and its unescaped text
        // once it holds an escape.
        let (mut start, mut unescaped) = (0, None::<String>);
        let (mut depth, mut run, mut at) = (0usize, 0, 0);
        let mut finish = |start: usize, end: usize, unescaped: Option<String>, run: usize| {
            names.push(match unescaped {
                Some(mut name) => {
                    name.push_str(crate::scan::slice::within(text, run..end));
                    SharedStr::from(name)
                }
                None => value.share(crate::scan::slice::within(text, start..end)),
            });
        };
        while let Some(rest @ [b, ..]) = bytes.get(at..) {
            match b {
                b'\\' if depth == 0 && rest.starts_with(b"\\, ") => {
                    let name = unescaped.get_or_insert_with(String::new);
                    name.push_str(crate::scan::slice::within(text, run..at));
                    name.push_str(", ");
                    at += 3;
                    run = at;
                    continue;
                }
                b',' if depth == 0 && rest.get(1) == Some(&b' ') => {
                    finish(start, at, unescaped.take(), run);
                    at += 2;
                    (start, run) = (at, at);
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            // On to the next byte that matters, past the run of others.
            at += 1 + rest
                .get(1..)
                .unwrap_or_default()
                .iter()
                .position(|&b| MATTERS.get(usize::from(b)).copied().unwrap_or(true))
                .unwrap_or(rest.len() - 1);
        }
        finish(start, text.len(), unescaped, run);
        Aliases { names }
    }

    /// One alias as written: `, ` outside brackets escaped as `\, `. The
    /// bytes that matter are ASCII, so the runs between escapes are
    /// written whole.
    fn write_alias(alias: &str, out: &mut impl fmt::Write) -> fmt::Result {
        let bytes = alias.as_bytes();
        let (mut depth, mut run) = (0usize, 0);
        for (at, b) in bytes.iter().enumerate() {
            match b {
                b',' if depth == 0 && bytes.get(at + 1) == Some(&b' ') => {
                    out.write_str(crate::scan::slice::within(alias, run..at))?;
                    out.write_str("\\")?;
                    run = at;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        out.write_str(crate::scan::slice::from(alias, run))
    }

    /// The aliases, in page order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(SharedStr::as_str)
    }

    /// How many aliases there are.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl FromStr for Aliases {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Some(i) = text.find(['\n', '\r']) {
            return Err(Error::new(
                ErrorKind::InvalidValue {
                    what: "alias list",
                    found: text.to_owned(),
                    reason: "an alias list is one line",
                },
                i..i + 1,
                text,
            ));
        }
        Ok(Aliases::parse(&SharedStr::from(text)))
    }
}

impl fmt::Display for Aliases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, alias) in self.names.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            Aliases::write_alias(alias, f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The keys of the typed metadata lines, as written.
    const KNOWN_KEYS: [&str; 10] = [
        "Canonical URL",
        "URL",
        "Data Source",
        "Updated",
        "Evidence Score",
        "Category",
        "Also Known As",
        "Primary Category",
        "Canonical Name",
        "Updated At",
    ];

    /// Every known key is read by a typed line (an empty value either reads
    /// or is an error of that line), and any other key is kept as a field.
    #[test]
    fn known_keys_are_the_typed_lines() {
        for key in KNOWN_KEYS.into_iter().chain(["Total Interactions"]) {
            let field = Field {
                key: key.into(),
                value: SharedStr::default(),
            };
            let kept = matches!(MetaLine::from_field(field), Ok(MetaLine::Field(_)));
            assert_eq!(kept, !KNOWN_KEYS.contains(&key), "{key}");
        }
    }

    /// The splitting rule read one character at a time: the model the
    /// run-copying parser must agree with.
    fn aliases_by_char(text: &str) -> Vec<String> {
        if text.is_empty() {
            return Vec::new();
        }
        let (mut names, mut current, mut depth) = (Vec::new(), String::new(), 0usize);
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if depth == 0 {
                if let Some(after) = rest.strip_prefix("\\, ") {
                    current.push_str(", ");
                    rest = after;
                    continue;
                }
                if let Some(after) = rest.strip_prefix(", ") {
                    names.push(std::mem::take(&mut current));
                    rest = after;
                    continue;
                }
            }
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            current.push(c);
            rest = &rest[c.len_utf8()..];
        }
        names.push(current);
        names
    }

    /// The escaping rule written one character at a time: the model the
    /// run-copying writer must agree with.
    fn alias_by_char(alias: &str) -> String {
        let (mut out, mut depth) = (String::new(), 0usize);
        let mut rest = alias;
        while let Some(c) = rest.chars().next() {
            if depth == 0 && rest.starts_with(", ") {
                out.push('\\');
            }
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }

    proptest! {
        #[test]
        fn aliases_split_as_read_by_character(text in "[a\\\\, ()\\[\\]{}é€]{0,24}") {
            prop_assert_eq!(Aliases::parse(&SharedStr::from(text.as_str())).names, aliases_by_char(&text));
        }

        #[test]
        fn aliases_written_as_by_character(alias in "[a\\\\, ()\\[\\]{}é€]{0,24}") {
            let mut out = String::new();
            Aliases::write_alias(&alias, &mut out).unwrap();
            prop_assert_eq!(out, alias_by_char(&alias));
        }
    }

    #[test]
    fn dates_display_as_their_format() {
        for (y, m, d) in [
            (2026, 3, 19),
            (1, 1, 1),
            (0, 12, 31),
            (-44, 3, 15),
            (12345, 6, 7),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(date.to_string(), date.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn dates_are_strict() {
        assert!(parse_date("2026-03-19").is_ok());
        for bad in [
            "2026-13-45",
            "2026-3-19",
            "2026-02-30",
            "26-03-19",
            "2026-03-19 ",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}

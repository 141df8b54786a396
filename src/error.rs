//! The crate's one error type: what went wrong, and where.

use std::fmt;
use std::ops::Range;

/// What went wrong. Messages are lowercase and name what was being parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input holds nothing (or only whitespace).
    #[error("empty input: expected an entry page starting with `# Title`")]
    Empty,
    /// The first line of a page is not a `# Title` heading.
    #[error("expected the page title as `# Name` on the first line")]
    MissingTitle,
    /// A structural line was expected but something else was found.
    #[error("expected {expected}")]
    Expected {
        /// What the grammar expected at this point.
        expected: &'static str,
    },
    /// The bytes are not UTF-8.
    #[error("invalid UTF-8 at byte {valid_up_to}")]
    InvalidUtf8 {
        /// Length of the valid UTF-8 prefix.
        valid_up_to: usize,
    },
    /// An evidence score that is not an integer 0–10.
    #[error("invalid evidence score {found:?}: expected `N / 10` with N an integer from 0 to 10")]
    InvalidEvidenceScore {
        /// The text found.
        found: String,
    },
    /// A date that is not a real `YYYY-MM-DD` calendar date.
    #[error("invalid date {found:?}: expected a calendar date `YYYY-MM-DD`")]
    InvalidDate {
        /// The text found.
        found: String,
    },
    /// A URL that does not parse as an absolute URL.
    #[error("invalid URL {found:?} in {context}: {reason}")]
    InvalidUrl {
        /// The text found.
        found: String,
        /// Where the URL stood (e.g. `canonical URL`).
        context: &'static str,
        /// Why it was rejected.
        reason: String,
    },
    /// A conversion between units of different dimensions.
    #[error("cannot convert {from:?} to {to:?}: the units measure different things")]
    IncompatibleUnits {
        /// The UCUM code converted from.
        from: String,
        /// The UCUM code asked for.
        to: String,
    },
    /// Reading or writing failed.
    #[error("input/output error: {message}")]
    Io {
        /// What the system said.
        message: String,
    },
    /// A value of a typed field that does not follow its grammar.
    #[error("invalid {what} {found:?}: {reason}")]
    InvalidValue {
        /// What was being parsed (e.g. `alias list`).
        what: &'static str,
        /// The text found.
        found: String,
        /// Why it was rejected.
        reason: &'static str,
    },
}

/// A parse error with its location: byte offset, line and column (both
/// 1-based, columns counted in characters), and the offending line.
///
/// `Display` shows the message, the location, the source line and a caret
/// under the column, like rustc:
///
/// ```
/// let err = "# Tea\n\n**Evidence Score:** 11 / 10\n"
///     .parse::<hermetica::Entry>()
///     .unwrap_err();
/// assert_eq!(err.line(), 3);
/// assert_eq!(err.column(), 21);
/// assert_eq!(
///     err.to_string(),
///     "invalid evidence score \"11 / 10\": expected `N / 10` with N an integer from 0 to 10\n \
///      --> 3:21\n  |\n3 | **Evidence Score:** 11 / 10\n  |                     ^\n"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    span: Range<usize>,
    line: usize,
    column: usize,
    line_text: String,
}

impl Error {
    /// Builds an error for `span` (byte offsets) in `source`, computing the
    /// line, column and offending line. Out-of-range spans are clamped.
    pub fn new(kind: ErrorKind, span: Range<usize>, source: &str) -> Self {
        let at = Location::of(source, span.start);
        Error {
            kind,
            span: at.offset..span.end.clamp(at.offset, source.len()),
            line: at.line,
            column: at.column,
            line_text: at.line_text.to_owned(),
        }
    }

    /// An error on a known line of a larger input (a JSONL or CSV file):
    /// `line` and `column` are 1-based, `line_text` the line itself.
    pub fn on_line(kind: ErrorKind, line: usize, column: usize, line_text: &str) -> Self {
        Error {
            kind,
            span: 0..0,
            line,
            column,
            line_text: line_text.to_owned(),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The byte range of the offending text in the input.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// Byte offset of the error in the input.
    pub fn offset(&self) -> usize {
        self.span.start
    }

    /// 1-based line of the error.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column of the error, in characters.
    pub fn column(&self) -> usize {
        self.column
    }

    /// The text of the offending line, without its line ending.
    pub fn line_text(&self) -> &str {
        &self.line_text
    }
}

/// Where a byte offset stands in a text: 1-based line and column (in
/// characters) and the line's text without its ending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Location<'a> {
    pub(crate) offset: usize,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) line_text: &'a str,
}

impl<'a> Location<'a> {
    /// Locates `offset` (clamped into the text, moved back onto a char
    /// boundary).
    pub(crate) fn of(source: &'a str, offset: usize) -> Self {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let line_start = crate::scan::slice::upto(source, offset)
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let line_end = crate::scan::slice::from(source, offset)
            .find('\n')
            .map_or(source.len(), |i| offset + i);
        Location {
            offset,
            line: crate::scan::slice::upto(source, line_start)
                .matches('\n')
                .count()
                + 1,
            column: crate::scan::slice::within(source, line_start..offset)
                .chars()
                .count()
                + 1,
            line_text: crate::scan::slice::within(source, line_start..line_end)
                .trim_end_matches('\r'),
        }
    }

    /// The rustc-style snippet: ` --> name:line:column`, the line, a caret.
    pub(crate) fn snippet(&self, name: &str) -> String {
        let number = self.line.to_string();
        let pad = " ".repeat(number.len());
        let marker: String = self
            .line_text
            .chars()
            .take(self.column.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "{pad}--> {name}{}{}:{}\n{pad} |\n{number} | {}\n{pad} | {marker}^\n",
            if name.is_empty() { "" } else { ":" },
            self.line,
            self.column,
            self.line_text
        )
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = Location {
            offset: self.span.start,
            line: self.line,
            column: self.column,
            line_text: &self.line_text,
        };
        writeln!(f, "{}", self.kind)?;
        f.write_str(&at.snippet(""))
    }
}

impl std::error::Error for Error {}

/// An error without its source text yet: a kind and a byte span relative
/// to the text being parsed. Turned into [`Error`] at the public boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fault {
    pub(crate) kind: ErrorKind,
    pub(crate) span: Range<usize>,
}

impl Fault {
    pub(crate) fn new(kind: ErrorKind, span: Range<usize>) -> Self {
        Fault { kind, span }
    }

    pub(crate) fn with_source(self, source: &str) -> Error {
        Error::new(self.kind, self.span, source)
    }
}

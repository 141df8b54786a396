//! The crate's one error type: what went wrong, and where.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

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
    /// An entry built or edited in code that would not read back from its
    /// page (see `Entry::check`).
    #[error("the entry would not read back from its page: {what}")]
    WouldNotReadBack {
        /// The first part that would read back differently, and how.
        what: String,
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
///
/// An error that has no place in a text (an input/output failure before
/// any line was read) shows its message alone, and
/// [`std::error::Error::source`] gives the underlying error.
#[derive(Debug, Clone)]
pub struct Error(Box<Inner>);

/// What an [`Error`] holds, boxed so that a `Result` stays small.
#[derive(Debug, Clone)]
struct Inner {
    kind: ErrorKind,
    span: Range<usize>,
    /// 1-based; 0 when the error has no place in a text.
    line: usize,
    column: usize,
    line_text: String,
    /// The error this one reports, such as the I/O error of a read.
    cause: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

/// Two errors are equal when they say the same thing at the same place;
/// the underlying error, which is seldom comparable, is not compared.
impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        let (a, b) = (&self.0, &other.0);
        (&a.kind, &a.span, a.line, a.column, &a.line_text)
            == (&b.kind, &b.span, b.line, b.column, &b.line_text)
    }
}

impl Eq for Error {}

impl Error {
    /// Builds an error for `span` (byte offsets) in `source`, computing the
    /// line, column and offending line. Out-of-range spans are clamped.
    pub fn new(kind: ErrorKind, span: Range<usize>, source: &str) -> Self {
        let at = Location::of(source, span.start);
        Error(Box::new(Inner {
            kind,
            span: at.offset..span.end.clamp(at.offset, source.len()),
            line: at.line,
            column: at.column,
            line_text: at.line_text.to_owned(),
            cause: None,
        }))
    }

    /// An error on a known line of a larger input (a JSONL or CSV file):
    /// `line` and `column` are 1-based, `line_text` the line itself.
    pub fn on_line(kind: ErrorKind, line: usize, column: usize, line_text: &str) -> Self {
        Error(Box::new(Inner {
            kind,
            span: 0..0,
            line,
            column,
            line_text: line_text.to_owned(),
            cause: None,
        }))
    }

    /// An error about a value as a whole, with no place in a text (an
    /// entry that lacks what a record needs).
    #[cfg(feature = "dataset")]
    pub(crate) fn unplaced(kind: ErrorKind) -> Self {
        Error::on_line(kind, 0, 0, "")
    }

    /// An [`ErrorKind::Io`] error that keeps `cause` as its
    /// [`source`](std::error::Error::source), on `line` of the input when
    /// the failure has a place (1-based; `None` when it has none).
    #[cfg(feature = "dataset")]
    pub(crate) fn io(
        cause: impl std::error::Error + Send + Sync + 'static,
        line: Option<usize>,
    ) -> Self {
        let kind = ErrorKind::Io {
            message: cause.to_string(),
        };
        let mut error = match line {
            Some(line) => Error::on_line(kind, line, 1, ""),
            None => Error::unplaced(kind),
        };
        error.0.cause = Some(Arc::new(cause));
        error
    }

    /// Whether the error has a place in a text: a line, a column and the
    /// line's text. An I/O failure before any line was read has none.
    pub fn has_position(&self) -> bool {
        self.0.line > 0
    }

    /// The value of `names` whose name is `text` (ASCII case ignored), or
    /// an [`ErrorKind::InvalidValue`] listing what was expected: the reader
    /// of a closed set of words such as severities or tiers.
    pub(crate) fn named<T: Copy>(
        text: &str,
        names: &[(&str, T)],
        what: &'static str,
        expected: &'static str,
    ) -> Result<T, Error> {
        names
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(text))
            .map(|&(_, value)| value)
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidValue {
                        what,
                        found: text.to_owned(),
                        reason: expected,
                    },
                    0..text.len(),
                    text,
                )
            })
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// The byte range of the offending text in the input.
    pub fn span(&self) -> Range<usize> {
        self.0.span.clone()
    }

    /// Byte offset of the error in the input.
    pub fn offset(&self) -> usize {
        self.0.span.start
    }

    /// 1-based line of the error; 0 when it has no place in a text.
    pub fn line(&self) -> usize {
        self.0.line
    }

    /// 1-based column of the error, in characters.
    pub fn column(&self) -> usize {
        self.0.column
    }

    /// The text of the offending line, without its line ending.
    pub fn line_text(&self) -> &str {
        &self.0.line_text
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
            offset: self.0.span.start,
            line: self.0.line,
            column: self.0.column,
            line_text: &self.0.line_text,
        };
        writeln!(f, "{}", self.0.kind)?;
        if self.has_position() {
            f.write_str(&at.snippet(""))?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0
            .cause
            .as_deref()
            .map(|cause| cause as &(dyn std::error::Error + 'static))
    }
}

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

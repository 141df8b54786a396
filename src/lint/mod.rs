//! Lint: checks of a page's content, each with a stable code, that report
//! like a compiler (file:line:column, code, message, the line).
//!
//! Which checks apply depends on the page's [`PageKind`](crate::PageKind):
//! an ingredient entry gets them all; the site's other pages (the
//! methodology, the interaction index) only those marked "any page", and
//! the index page H013 as well.
//!
//! | code | name | level | pages | what |
//! |---|---|---|---|---|
//! | H000 | parse-error | error | any page | the page does not parse in the page layout |
//! | H001 | score-evidence | warning | ingredient | the evidence score claims more than the text supports (note when less) |
//! | H002 | molecular-weight | warning | ingredient | the stated molecular weight differs from the formula's mass |
//! | H003 | inverted-range | warning | any page | a range whose low exceeds its high |
//! | H004 | unit-context | warning | ingredient | a unit whose dimension does not fit its context (a dose as a concentration, a per-kg dose in cell culture) |
//! | H005 | duplicate-alias | warning | ingredient | an alias listed twice |
//! | H006 | pmc-as-pmid | warning | any page | a PMC id written as a PMID |
//! | H007 | unknown-link | warning | any page | a relative link outside the site's known paths |
//! | H008 | missing-part | warning | ingredient | a required metadata key or section is missing |
//! | H009 | future-date | warning | any page | the `Updated` date is in the future |
//! | H010 | untyped-section | warning | ingredient | a known section kept as written: its body has another shape |
//! | H011 | unknown-key | note | ingredient | a metadata key this crate does not know |
//! | H012 | stray-line | note | any page | a line in the metadata block that is not `**Key:** value` |
//! | H013 | index-totals | warning | interaction index | the counts by severity do not add up to `Total Interactions`, or the page lacks one of them (with the `dataset` feature) |
//!
//! ```
//! let page = "# Tea\n\n**Canonical URL:** https://example.org/ingredients/tea\n**Updated:** 2026-01-05\n\
//!     **Evidence Score:** 9 / 10\n**Category:** Herb\n\n## Overview\n\nOnly rodent studies exist.\n\n## Health \
//!     Benefits\n\n• Calms (animal studies)\n";
//! let diagnostics = hermetica::lint::lint(page, chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
//! assert_eq!(diagnostics.len(), 1);
//! assert_eq!(diagnostics[0].code, "H001");
//! assert!(diagnostics[0].render("tea.md", page).starts_with("warning[H001]: evidence score 9 / 10"));
//! ```

mod checks;
#[cfg(feature = "dataset")]
mod index_page;
#[cfg(feature = "dataset")]
mod interactions;

#[cfg(feature = "dataset")]
pub use interactions::lint_interactions;

use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;

use crate::error::Location;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing; not a problem.
    Note,
    /// Probably wrong.
    Warning,
    /// The page cannot be read as an entry.
    Error,
}

impl std::str::FromStr for Severity {
    type Err = crate::Error;

    /// Reads a severity by the name `Display` gives it (`note`, `warning`,
    /// `error`), in any ASCII case.
    ///
    /// ```
    /// use hermetica::lint::Severity;
    /// assert_eq!("warning".parse::<Severity>().unwrap(), Severity::Warning);
    /// assert!("fatal".parse::<Severity>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        const NAMES: [(&str, Severity); 3] = [
            ("note", Severity::Note),
            ("warning", Severity::Warning),
            ("error", Severity::Error),
        ];
        crate::Error::named(text, &NAMES, "severity", "expected note, warning or error")
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One finding, with the byte span in the page it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Diagnostic {
    /// The stable code, `H001`.
    pub code: &'static str,
    /// The check's name, `score-evidence`.
    pub name: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The byte range in the page.
    pub span: Range<usize>,
}

impl Diagnostic {
    /// A finding of one check, as every check makes it.
    pub(crate) fn new(
        code: &'static str,
        name: &'static str,
        severity: Severity,
        message: String,
        span: Range<usize>,
    ) -> Diagnostic {
        Diagnostic {
            code,
            name,
            severity,
            message,
            span,
        }
    }

    /// Renders like a compiler: `warning[H001]: message`, then
    /// ` --> file:line:column`, the line and a caret under the column.
    pub fn render(&self, file: &str, page: &str) -> String {
        let at = Location::of(page, self.span.start);
        format!(
            "{}[{}]: {}\n{}",
            self.severity,
            self.code,
            self.message,
            at.snippet(file)
        )
    }

    /// The 1-based line and column of the span's start in `page`.
    pub fn line_column(&self, page: &str) -> (usize, usize) {
        let at = Location::of(page, self.span.start);
        (at.line, at.column)
    }
}

/// Checks a page; `today` is the date `Updated` is compared with. A page
/// that does not parse gives one `H000` error.
pub fn lint(page: &str, today: NaiveDate) -> Vec<Diagnostic> {
    match crate::analyze(page) {
        Ok(analysis) => checks::all(&analysis, today),
        Err(error) => vec![Diagnostic::new(
            "H000",
            "parse-error",
            Severity::Error,
            error.kind().to_string(),
            error.span(),
        )],
    }
}

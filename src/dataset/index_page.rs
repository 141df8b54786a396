//! The interaction index page, typed: the totals it states in its metadata
//! (`**Total Interactions:** 121,278`, `**Total Substances:** 493`) and its
//! table of counts by severity (`| CONTRAINDICATED | 63 |`).

use crate::document::{Block, Table};
use crate::entry::{Entry, MetaLine, Section};
use crate::error::{Error, ErrorKind};
use crate::grammar::number::count;
use crate::site::TOTAL_INTERACTIONS_KEY;

use super::interaction::InteractionSeverity;

/// The metadata key of the number of substances the database covers.
const TOTAL_SUBSTANCES_KEY: &str = "Total Substances";

/// The figures of the interaction index page.
///
/// ```
/// use hermetica::dataset::{InteractionIndexPage, InteractionSeverity};
///
/// let page = "# Interactions\n\n**URL:** https://example.org/interactions\n\
///     **Total Interactions:** 1,210\n**Total Substances:** 50\n\n## By severity\n\n\
///     | Severity | Interactions |\n|---|---:|\n| 🔴 CONTRAINDICATED | 10 |\n| MAJOR | 200 |\n| SAFE | 1,000 |\n";
/// let index = InteractionIndexPage::from_entry(&page.parse().unwrap()).unwrap();
/// assert_eq!(index.total_interactions, Some(1_210));
/// assert_eq!(index.count(InteractionSeverity::Major), Some(200));
/// assert_eq!(index.severity_total(), 1_210);
/// assert_eq!(index.adds_up(), Some(true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InteractionIndexPage {
    /// `Total Interactions`, the number of records.
    pub total_interactions: Option<u64>,
    /// `Total Substances`, the number of substances they pair.
    pub total_substances: Option<u64>,
    /// The rows of the table of counts by severity, in page order: the
    /// first table whose rows name a severity and a count.
    pub by_severity: Vec<(InteractionSeverity, u64)>,
}

impl InteractionIndexPage {
    /// Reads the figures of an index page. A total or a table that the
    /// page lacks is `None` or empty.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidValue`] when a total is written but is not a
    /// count (`121,278` or `121278`).
    pub fn from_entry(entry: &Entry) -> Result<InteractionIndexPage, Error> {
        let total = |key: &'static str| -> Result<Option<u64>, Error> {
            let Some(value) = field_value(entry, key) else {
                return Ok(None);
            };
            count(value).map(Some).ok_or_else(|| {
                Error::unplaced(ErrorKind::InvalidValue {
                    what: key,
                    found: value.to_owned(),
                    reason: "expected a count such as `121,278`",
                })
            })
        };
        Ok(InteractionIndexPage {
            total_interactions: total(TOTAL_INTERACTIONS_KEY)?,
            total_substances: total(TOTAL_SUBSTANCES_KEY)?,
            by_severity: tables(entry)
                .map(severity_counts)
                .find(|rows| !rows.is_empty())
                .unwrap_or_default(),
        })
    }

    /// The count the table gives `severity` (the first row naming it).
    pub fn count(&self, severity: InteractionSeverity) -> Option<u64> {
        self.by_severity
            .iter()
            .find(|(s, _)| *s == severity)
            .map(|(_, n)| *n)
    }

    /// The sum of the table's counts.
    pub fn severity_total(&self) -> u64 {
        self.by_severity
            .iter()
            .fold(0u64, |sum, (_, n)| sum.saturating_add(*n))
    }

    /// Whether the table's counts add up to `Total Interactions`; `None`
    /// when the page lacks either.
    pub fn adds_up(&self) -> Option<bool> {
        let total = self.total_interactions?;
        (!self.by_severity.is_empty()).then(|| self.severity_total() == total)
    }
}

/// The value of the first metadata line with `key`, kept as a field.
fn field_value<'e>(entry: &'e Entry, key: &str) -> Option<&'e str> {
    entry.metadata.iter().find_map(|line| match line {
        MetaLine::Field(field) if &*field.key == key => Some(field.value.as_str()),
        _ => None,
    })
}

/// Every table in the page's sections, in page order.
fn tables(entry: &Entry) -> impl Iterator<Item = &Table> {
    entry
        .sections
        .iter()
        .flat_map(|section| {
            let blocks: &[Block] = match section {
                Section::Other(other) => &other.blocks,
                typed => typed.prose().map_or(&[], |prose| &prose.blocks),
            };
            blocks
        })
        .filter_map(|block| match block {
            Block::Table(table) => Some(table),
            _ => None,
        })
}

/// The rows of `table` that name a severity and a count: a cell with a
/// severity's name among its words (`🔴 CONTRAINDICATED`, `**Major**`),
/// and after it the first cell that starts with a count (`63`, `120,645
/// (99.5%)`).
fn severity_counts(table: &Table) -> Vec<(InteractionSeverity, u64)> {
    let words = |cell: &str| -> Vec<String> {
        cell.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != ','))
            .map(str::to_owned)
            .collect()
    };
    table
        .body()
        .filter_map(|row| {
            let cells: Vec<&str> = row.cells().collect();
            let (at, severity) = cells.iter().enumerate().find_map(|(at, cell)| {
                let severity = words(cell).iter().find_map(|w| w.parse().ok())?;
                Some((at, severity))
            })?;
            let number = cells.iter().skip(at + 1).find_map(|cell| {
                let first = words(cell).into_iter().next()?;
                count(&first)
            })?;
            Some((severity, number))
        })
        .collect()
}

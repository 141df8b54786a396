//! H013, the check of the interaction index page: its counts by severity
//! add up to the total it states.

use super::{Diagnostic, Severity};
use crate::analysis::Analysis;
use crate::dataset::InteractionIndexPage;
use crate::entry::MetaLine;
use crate::error::ErrorKind;
use crate::site::TOTAL_INTERACTIONS_KEY;

/// H013: the page states `Total Interactions` as a count, has a table of
/// counts by severity, and the counts add up to the total.
pub(super) fn index_totals(a: &Analysis, out: &mut Vec<Diagnostic>) {
    // A finding points at the value of the total it is about, or at the
    // page's start.
    let value_of = |key: &str| {
        let line = a
            .entry()
            .metadata
            .iter()
            .position(|line| matches!(line, MetaLine::Field(field) if &*field.key == key));
        line.and_then(|i| a.metadata_value(i)).unwrap_or(0..0)
    };
    let (message, span) = match InteractionIndexPage::from_entry(a.entry()) {
        Err(error) => {
            let key = match error.kind() {
                ErrorKind::InvalidValue { what, .. } => what,
                _ => TOTAL_INTERACTIONS_KEY,
            };
            (error.kind().to_string(), value_of(key))
        }
        Ok(page) => {
            let message = match (page.total_interactions, page.adds_up()) {
                (None, _) => format!("the index page does not state `{TOTAL_INTERACTIONS_KEY}`"),
                (Some(_), None) => "the index page has no table of counts by severity".to_owned(),
                (Some(total), Some(false)) => format!(
                    "the counts by severity add up to {}, not to the stated total {}",
                    grouped(page.severity_total()),
                    grouped(total)
                ),
                (Some(_), Some(true)) => return,
            };
            (message, value_of(TOTAL_INTERACTIONS_KEY))
        }
    };
    out.push(Diagnostic::new(
        "H013",
        "index-totals",
        Severity::Warning,
        message,
        span,
    ));
}

/// A count as the page writes it, in groups of three: `121,278`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::missing_errors_doc, clippy::missing_panics_doc)]
// No panics on input-dependent paths: the library never unwraps, indexes
// or slices in ways that can panic (unit tests may). The slicing helpers of
// `scan::slice` assert their offsets in debug builds only, so that a wrong
// offset fails the tests and the fuzzers instead of passing unseen.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]

mod analysis;
mod check;
mod chem;
#[cfg(feature = "dataset")]
pub mod dataset;
mod document;
mod entry;
mod error;
mod evidence;
mod grammar;
mod layout;
pub mod lint;
mod quantity;
mod reference;
mod scan;
mod serde_text;
mod shared_str;
mod site;
mod text;
mod timestamp;
mod web;

/// The date and time crate whose types the API takes and gives
/// ([`Timestamp::datetime`], the `today` of [`lint::lint`]), re-exported so
/// that callers use the same version.
pub use chrono;
/// The URL crate whose [`Url`](url::Url) the API gives
/// ([`AbsoluteUrl::as_url`], [`Link::resolve`]), re-exported so
/// that callers use the same version.
pub use url;

pub use analysis::{
    Agreement, Analysis, EvidenceAssessment, Located, Profile, StudyDose, StudyModel, Warning,
    analyze,
};
pub use chem::MolecularFormula;
pub use document::{Block, Document, Field, Heading, ListItem, Marker, Row, Table};
pub use entry::{
    Aliases, Benefit, Benefits, Combinations, Entry, Faq, FaqItem, Footer, FooterLine, MetaLine,
    OtherSection, Prose, References, Section, SectionKind,
};
pub use error::{Error, ErrorKind};
pub use evidence::{EvidenceLevel, EvidenceQualifier, EvidenceScore, Strength, Tier};
pub use layout::{Layout, Newline};
pub use quantity::{
    Comparator, Dimension, Dose, Frequency, Mention, Per, Period, Quantity, QuantityKind, Unit,
    quantities,
};
pub use reference::{
    Citation, CitationTarget, Doi, Identifier, NctId, Pmcid, Pmid, Reference, ResolvedLink,
    citations,
};
pub use shared_str::SharedStr;
pub use site::PageKind;
pub use text::{Inline, Link, LinkRef, RichText};
pub use timestamp::Timestamp;
pub use web::AbsoluteUrl;

/// Parses an entry page. Same as `text.parse::<Entry>()`.
///
/// # Errors
///
/// A page that is empty, has no `# Title` first line, lacks the empty line
/// after the title or before the first section, or has a known metadata
/// key with an invalid value. The error says what and where.
///
/// ```
/// let entry = hermetica::parse("# Turmeric\n\n**Category:** Herb\n")?;
/// assert_eq!(entry.category().map(hermetica::SharedStr::as_str), Some("Herb"));
/// # Ok::<(), hermetica::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Entry, Error> {
    entry::parse_entry(text)
}

/// Checks that `bytes` are UTF-8, with an error at the first bad byte.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        let prefix = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
        Error::new(
            ErrorKind::InvalidUtf8 { valid_up_to: valid },
            valid..valid,
            &prefix,
        )
    })
}

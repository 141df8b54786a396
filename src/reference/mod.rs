//! References: identifiers (PMID, PMCID, DOI, NCT), references as written
//! in a References section, citations found in prose, and inline links
//! resolved against the site.

mod citation;
pub(crate) mod ids;
mod link;
mod source;

pub use citation::{Citation, CitationTarget, citations};
pub(crate) use citation::{citation_starts, citations_at};
pub use ids::{Doi, Identifier, NctId, Pmcid, Pmid};
pub use link::ResolvedLink;
pub use source::Reference;

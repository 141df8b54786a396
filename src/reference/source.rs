//! `Reference`: a source as written in a References section — a typed
//! identifier, or a URL (typed when it names a PubMed, PMC, DOI or
//! ClinicalTrials.gov record).

use std::fmt;
use std::str::FromStr;

use super::ids::{Doi, Identifier};
use crate::error::{Error, ErrorKind};
use crate::web::address::AbsoluteUrl;

/// A reference as written: an identifier, or a URL with the identifier it
/// names, if any. `Display` gives back the text exactly.
///
/// ```
/// use hermetica::{Identifier, Reference};
///
/// let r: Reference = "https://pubmed.ncbi.nlm.nih.gov/36638594/".parse().unwrap();
/// assert_eq!(r.identifier().map(|i| i.to_string()).as_deref(), Some("36638594"));
/// assert!(matches!(r.identifier(), Some(Identifier::Pmid(_))));
/// assert_eq!(r.to_string(), "https://pubmed.ncbi.nlm.nih.gov/36638594/");
///
/// let r: Reference = "https://doi.org/10.1000/xyz123".parse().unwrap();
/// assert!(matches!(r.identifier(), Some(Identifier::Doi(_))));
/// let r: Reference = "NCT01990872".parse().unwrap();
/// assert!(matches!(r, Reference::Id(Identifier::Nct(_))));
/// ```
///
/// In JSON a reference is `{"text": …, "id": …}`; it is read back from
/// its text alone.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reference {
    /// An identifier written on its own.
    Id(Identifier),
    /// A URL; `id` is the identifier it names, if it names one.
    Url {
        /// The URL as written.
        url: AbsoluteUrl,
        /// The identifier it names.
        id: Option<Identifier>,
    },
}

impl Reference {
    /// The identifier, written or named by the URL.
    pub fn identifier(&self) -> Option<&Identifier> {
        match self {
            Reference::Id(id) => Some(id),
            Reference::Url { id, .. } => id.as_ref(),
        }
    }

    /// The reference as a URL, if it is one.
    pub fn as_url(&self) -> Option<&AbsoluteUrl> {
        match self {
            Reference::Url { url, .. } => Some(url),
            Reference::Id(_) => None,
        }
    }

    pub(crate) fn from_url(url: AbsoluteUrl) -> Reference {
        let id = url.host().and_then(|host| identify(host, url.path()));
        Reference::Url { url, id }
    }
}

/// The identifier a URL (its host and path) names: PubMed, PMC, doi.org,
/// ClinicalTrials.gov.
pub(crate) fn identify(host: &str, path: &str) -> Option<Identifier> {
    let mut host = host;
    while let Some(rest) = host.strip_prefix("www.") {
        host = rest;
    }
    // The path's first three segments, and how many there are: no form
    // has more but a DOI's, which is read from the whole path.
    let (mut first, mut count) = ([""; 3], 0);
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if let Some(slot) = first.get_mut(count) {
            *slot = segment;
        }
        count += 1;
    }
    match first.get(..count) {
        Some(segments) => identify_segments(host, segments, path),
        None if matches!(host, "doi.org" | "dx.doi.org") => identify_segments(host, &first, path),
        None => None,
    }
}

/// The identifier of a URL on `host` whose `path` has the non-empty
/// `segments` (all of them, or the first three of a DOI's).
fn identify_segments(host: &str, segments: &[&str], path: &str) -> Option<Identifier> {
    match (host, segments) {
        ("pubmed.ncbi.nlm.nih.gov", [id]) | ("ncbi.nlm.nih.gov", ["pubmed", id]) => {
            id.parse().ok().map(Identifier::Pmid)
        }
        ("pmc.ncbi.nlm.nih.gov", ["articles", id])
        | ("ncbi.nlm.nih.gov", ["pmc", "articles", id]) => id.parse().ok().map(Identifier::Pmcid),
        ("doi.org" | "dx.doi.org", [_, ..]) => {
            let path = path.trim_start_matches('/');
            let decoded = crate::web::address::percent_decode(path)?;
            decoded.parse::<Doi>().ok().map(Identifier::Doi)
        }
        ("clinicaltrials.gov", ["study", id] | ["ct2", "show", id]) => {
            id.parse().ok().map(Identifier::Nct)
        }
        _ => None,
    }
}

impl Reference {
    /// A reference read from a part of a page: a URL shares the page's
    /// buffer instead of being copied. `None` where [`str::parse`] fails.
    pub(crate) fn from_shared(text: &crate::SharedStr) -> Option<Reference> {
        if is_url(text) {
            let url = AbsoluteUrl::parse_shared(text, "reference").ok()?;
            return Some(Reference::from_url(url));
        }
        text.parse().ok().map(Reference::Id)
    }
}

/// Whether a reference is written as a URL (it holds `://`) rather than
/// as an identifier.
fn is_url(text: &str) -> bool {
    text.as_bytes().windows(3).any(|w| w == b"://")
}

impl FromStr for Reference {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        if is_url(text) {
            let url = AbsoluteUrl::parse_in(text, "reference")
                .map_err(|kind| Error::new(kind, 0..text.len(), text))?;
            return Ok(Reference::from_url(url));
        }
        text.parse().map(Reference::Id).map_err(|_| {
            Error::new(
                ErrorKind::InvalidValue {
                    what: "reference",
                    found: text.to_owned(),
                    reason: "expected a URL, a PMID, a PMCID, a DOI or an NCT id",
                },
                0..text.len(),
                text,
            )
        })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reference::Id(id) => id.fmt(f),
            Reference::Url { url, .. } => url.fmt(f),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Reference {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Reference", 2)?;
        s.serialize_field("text", &self.to_string())?;
        s.serialize_field("id", &self.identifier())?;
        s.end()
    }
}

crate::serde_text::from_text_field!(Reference);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`identify`] with every segment collected, as first written: the
    /// reference for the one that keeps three.
    fn identify_collected(host: &str, path: &str) -> Option<Identifier> {
        let host = host.trim_start_matches("www.");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        identify_segments(host, &segments, path)
    }

    #[test]
    fn identifies_the_forms() {
        let id = |host, path| identify(host, path).map(|id| id.to_string());
        assert_eq!(
            id("pubmed.ncbi.nlm.nih.gov", "/36638594/").as_deref(),
            Some("36638594")
        );
        assert_eq!(
            id("www.ncbi.nlm.nih.gov", "/pmc/articles/PMC3736918/").as_deref(),
            Some("PMC3736918")
        );
        assert_eq!(
            id("clinicaltrials.gov", "/study/NCT01990872").as_deref(),
            Some("NCT01990872")
        );
        assert_eq!(
            id("doi.org", "/10.1000/a/b/c/d").as_deref(),
            Some("10.1000/a/b/c/d")
        );
        assert_eq!(id("pubmed.ncbi.nlm.nih.gov", "/1/2/3/4"), None);
    }

    proptest! {
        #[test]
        fn keeping_three_segments_identifies_as_collecting_them(
            host in proptest::sample::select(vec![
                "pubmed.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov",
                "pmc.ncbi.nlm.nih.gov", "doi.org", "www.dx.doi.org", "clinicaltrials.gov",
                "www.www.clinicaltrials.gov", "example.org",
            ]),
            segments in proptest::collection::vec(
                proptest::sample::select(vec![
                    "", "pubmed", "pmc", "articles", "study", "ct2", "show", "36638594",
                    "PMC3736918", "NCT01990872", "10.1000", "x%2Fy", "a",
                ]),
                0..6,
            ),
        ) {
            let path = format!("/{}", segments.join("/"));
            prop_assert_eq!(identify(host, &path), identify_collected(host, &path));
        }
    }
}

//! Citations in prose: `PMID: 25028591`, `PMID:11049757`, `PMID 24342779`,
//! `PMC3736918` (also when written after `PMID:`, reported as
//! mislabelled), `NCT01990872`, DOIs, URLs, and author–year citations
//! such as `Castillo et al. (2020)`.

use std::ops::Range;
use std::sync::LazyLock;

use super::ids::Identifier;
use super::source::Reference;
use crate::grammar::citation as grammar;
use crate::scan::needles::Needles;
use crate::web::address::AbsoluteUrl;

/// What a citation points at.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CitationTarget {
    /// An identifier or a URL.
    Reference(Reference),
    /// An author–year citation.
    AuthorYear {
        /// The first author's name (and a second one for `A and B (2019)`).
        authors: String,
        /// Whether `et al.` follows the name.
        et_al: bool,
        /// The year.
        year: u16,
    },
}

/// A citation found in prose.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Citation {
    /// Byte range in the scanned text.
    pub span: Range<usize>,
    /// The text of the span.
    pub text: String,
    /// What it points at.
    pub target: CitationTarget,
    /// Whether it is written under the wrong label (`PMID: PMC3736918`).
    pub mislabelled: bool,
}

impl Citation {
    /// The identifier cited, if any.
    pub fn identifier(&self) -> Option<&Identifier> {
        match &self.target {
            CitationTarget::Reference(r) => r.identifier(),
            CitationTarget::AuthorYear { .. } => None,
        }
    }
}

/// Finds every citation in `text`, in order, without overlaps.
///
/// ```
/// use hermetica::{citations, Identifier};
///
/// let text = "Shown in an RCT (PMID: 25028591) and by Lee et al. (2019); see PMID: PMC3736918.";
/// let found: Vec<_> = citations(text).collect();
/// assert_eq!(found.len(), 3);
/// assert!(matches!(found[0].identifier(), Some(Identifier::Pmid(p)) if p.get() == 25028591));
/// assert_eq!(found[1].text, "Lee et al. (2019)");
/// assert!(found[2].mislabelled);
/// ```
pub fn citations(text: &str) -> impl Iterator<Item = Citation> + '_ {
    citations_at(text, citation_starts(text))
}

/// The form of citation a start string opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CitationStart {
    /// `PMID`: a PubMed id, or a PMC id written under that label.
    Pmid,
    /// `PMC`: a PubMed Central id.
    Pmc,
    /// `NCT`: a ClinicalTrials.gov id.
    Nct,
    /// `10.`: a DOI.
    Doi,
    /// ` et al.`: an author–year citation (the name stands before it).
    EtAl,
    /// `http`: a URL.
    Url,
}

/// The strings a citation starts with, searched for in one pass. No
/// occurrence of one can overlap an occurrence of another or of itself,
/// so the one pass finds every one.
const STARTS: [(&str, CitationStart); 6] = [
    ("PMID", CitationStart::Pmid),
    ("PMC", CitationStart::Pmc),
    ("NCT", CitationStart::Nct),
    ("10.", CitationStart::Doi),
    (" et al.", CitationStart::EtAl),
    ("http", CitationStart::Url),
];

static SEARCH: LazyLock<Needles> = LazyLock::new(|| Needles::new(&STARTS.map(|(s, _)| s)));

/// Where citations may start in `text`, in order.
pub(crate) fn citation_starts(text: &str) -> Vec<(usize, CitationStart)> {
    SEARCH
        .find(text)
        .into_iter()
        .filter_map(|(at, i)| Some((at, STARTS.get(i)?.1)))
        .collect()
}

/// The citations of `text` that start where [`citation_starts`] found a
/// start, in order.
pub(crate) fn citations_at(
    text: &str,
    starts: impl IntoIterator<Item = (usize, CitationStart)>,
) -> std::vec::IntoIter<Citation> {
    let mut found: Vec<Citation> = Vec::new();
    let mut doi_after = 0;
    let mut url_after = 0;
    for (at, form) in starts {
        match form {
            CitationStart::Pmid | CitationStart::Pmc => at_p(text, at, &mut found),
            CitationStart::Nct => nct(text, at, &mut found),
            CitationStart::Doi => doi(text, at, &mut doi_after, &mut found),
            CitationStart::EtAl => author_year(text, at, &mut found),
            CitationStart::Url => url(text, at, &mut url_after, &mut found),
        }
    }
    found.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut end = 0;
    found.retain(|c| {
        let keep = c.span.start >= end;
        if keep {
            end = c.span.end;
        }
        keep
    });
    found.into_iter()
}

fn cite(text: &str, span: Range<usize>, target: CitationTarget, mislabelled: bool) -> Citation {
    Citation {
        text: crate::scan::slice::within(text, span.clone()).to_owned(),
        span,
        target,
        mislabelled,
    }
}

fn id(identifier: Identifier) -> CitationTarget {
    CitationTarget::Reference(Reference::Id(identifier))
}

fn word_start(text: &str, at: usize) -> bool {
    !crate::scan::slice::upto(text, at)
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric())
}

fn word_end(text: &str, at: usize) -> bool {
    !crate::scan::slice::from(text, at)
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric())
}

/// Where the citation read from `at` ends, given what is left after it.
fn end_of(text: &str, rest: &str) -> usize {
    text.len() - rest.len()
}

/// At a `P`: `PMID: 123`, `PMCID: PMC123`, or a bare `PMC123`.
fn at_p(text: &str, at: usize, out: &mut Vec<Citation>) {
    if !word_start(text, at) {
        return;
    }
    let from = crate::scan::slice::from(text, at);
    let (rest, identifier, mislabelled) = match grammar::labelled_id(from) {
        Ok((rest, (identifier, mislabelled))) => (rest, identifier, mislabelled),
        // `PMID…` that is no citation is not read again as a `PMC…`.
        Err(_) if from.starts_with("PMID") || from.starts_with("PMCID") => return,
        Err(_) => match grammar::pmcid(from) {
            Ok((rest, id)) => (rest, Identifier::Pmcid(id), false),
            Err(_) => return,
        },
    };
    let end = end_of(text, rest);
    if word_end(text, end) {
        out.push(cite(text, at..end, id(identifier), mislabelled));
    }
}

/// `NCT01990872` standing on its own at `at`.
fn nct(text: &str, at: usize, out: &mut Vec<Citation>) {
    if !word_start(text, at) {
        return;
    }
    if let Ok((rest, nct)) = grammar::nct_id(crate::scan::slice::from(text, at)) {
        let end = end_of(text, rest);
        if word_end(text, end) {
            out.push(cite(text, at..end, id(Identifier::Nct(nct)), false));
        }
    }
}

/// `10.1000/xyz` at `at`, with a `doi:` label before it. A DOI inside
/// one already read (before `after`) is not read again.
fn doi(text: &str, at: usize, after: &mut usize, out: &mut Vec<Citation>) {
    if at < *after || !word_start(text, at) || crate::scan::slice::upto(text, at).ends_with('/') {
        return;
    }
    if let Ok((rest, doi)) = grammar::doi(crate::scan::slice::from(text, at)) {
        let start = at - grammar::doi_label_before(crate::scan::slice::upto(text, at));
        let end = end_of(text, rest);
        out.push(cite(text, start..end, id(Identifier::Doi(doi)), false));
        *after = end;
    }
}

/// `https://…` at `at`. Text inside a URL already read (before `after`)
/// is not searched again, which keeps the work linear.
fn url(text: &str, at: usize, after: &mut usize, out: &mut Vec<Citation>) {
    if at < *after {
        return;
    }
    let Ok((rest, written)) = grammar::url(crate::scan::slice::from(text, at)) else {
        return;
    };
    let end = end_of(text, rest);
    *after = end.max(at + 1);
    if grammar::is_template(written) {
        return;
    }
    if let Ok(url) = AbsoluteUrl::parse_in(written, "citation") {
        out.push(cite(
            text,
            at..end,
            CitationTarget::Reference(Reference::from_url(url)),
            false,
        ));
    }
}

/// `Castillo et al. (2020)`, `Meira et al., 2014`, `Smith et al. 2019`:
/// the name before ` et al.` at `at`, and the year after it.
fn author_year(text: &str, at: usize, out: &mut Vec<Citation>) {
    let before = crate::scan::slice::upto(text, at);
    let name_start = before
        .rfind(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        .map_or(0, |i| {
            i + crate::scan::slice::from(before, i)
                .chars()
                .next()
                .map_or(1, char::len_utf8)
        });
    let name = crate::scan::slice::from(before, name_start);
    if !name.starts_with(|c: char| c.is_uppercase()) {
        return;
    }
    let Ok((rest, year)) = grammar::et_al_year(crate::scan::slice::from(text, at)) else {
        return;
    };
    let target = CitationTarget::AuthorYear {
        authors: name.to_owned(),
        et_al: true,
        year,
    };
    out.push(cite(text, name_start..end_of(text, rest), target, false));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_forms_cannot_overlap() {
        assert!(crate::scan::needles::overlap_free(&STARTS.map(|(s, _)| s)));
    }

    /// The citations found from the starts `needles` finds.
    fn citations_with(needles: &Needles, text: &str) -> Vec<Citation> {
        let starts = needles
            .find(text)
            .into_iter()
            .map(|(at, i)| (at, STARTS[i].1));
        citations_at(text, starts).collect()
    }

    proptest! {
        #[test]
        fn one_pass_finds_what_one_search_per_form_finds(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "PMID: 1", "PMID:", "PMCID: PMC2", "PMC3", "NCT0123", "10.1000/x", "doi:",
                    " et al. (2019)", "Lee", "https://a.org/10.1/b", "http://", "https:",
                    " ", ".", "(", ")", "9", "é", "h", "t", "ttps://", " month",
                ]),
                0..30,
            )
        ) {
            let text = parts.concat();
            let strings = STARTS.map(|(s, _)| s);
            let one_pass = citations_with(&Needles::new(&strings), &text);
            let each = citations_with(&Needles::each(&strings), &text);
            prop_assert_eq!(one_pass, each);
        }
    }
}

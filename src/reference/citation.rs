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
    citations_with(&FORMS, text)
}

/// Where each form of citation starts: one string per form (two for URLs),
/// searched for in one pass. None can overlap another, nor a unit of time
/// searched for in the same pass (`quantity::UNITS_OF_TIME`): a URL is
/// found from its `ttps:` or `ttp:`, since `h` ends ` month`.
pub(crate) const STARTS: [&str; 7] = ["PMID", "PMC", "NCT", "10.", " et al.", "ttps:", "ttp:"];
const PMID: usize = 0;
const PMC: usize = 1;
const NCT: usize = 2;
const DOI: usize = 3;
const ET_AL: usize = 4;

static FORMS: LazyLock<Needles> = LazyLock::new(|| Needles::new(&STARTS));

fn citations_with(forms: &Needles, text: &str) -> std::vec::IntoIter<Citation> {
    citations_at(text, forms.find(text))
}

/// The citations of `text` that start where [`STARTS`] were found: each
/// occurrence's position and its index in `STARTS`, in order.
pub(crate) fn citations_at(
    text: &str,
    starts: impl IntoIterator<Item = (usize, usize)>,
) -> std::vec::IntoIter<Citation> {
    let mut found: Vec<Citation> = Vec::new();
    let mut doi_after = 0;
    let mut url_after = 0;
    for (at, form) in starts {
        match form {
            PMID | PMC => at_p(text, at, &mut found),
            NCT => nct(text, at, &mut found),
            DOI => doi(text, at, &mut doi_after, &mut found),
            ET_AL => author_year(text, at, &mut found),
            _ => {
                let h = at
                    .checked_sub(1)
                    .filter(|&h| text.as_bytes().get(h) == Some(&b'h'));
                if let Some(h) = h {
                    url(text, h, &mut url_after, &mut found);
                }
            }
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
        assert!(crate::scan::needles::overlap_free(&STARTS));
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
            let one_pass: Vec<Citation> = citations_with(&Needles::new(&STARTS), &text).collect();
            let each: Vec<Citation> = citations_with(&Needles::each(&STARTS), &text).collect();
            prop_assert_eq!(one_pass, each);
        }
    }
}

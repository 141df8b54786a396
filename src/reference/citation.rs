//! Citations in prose: `PMID: 25028591`, `PMID:11049757`, `PMID 24342779`,
//! `PMC3736918` (also when written after `PMID:`, reported as
//! mislabelled), `NCT01990872`, DOIs, URLs, and author–year citations
//! such as `Castillo et al. (2020)`.

use std::ops::Range;

use super::ids::{Doi, Identifier, Pmcid};
use super::source::Reference;
use crate::address::AbsoluteUrl;

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
    let mut found: Vec<Citation> = Vec::new();
    labelled(text, &mut found);
    bare_ids(text, &mut found);
    urls(text, &mut found);
    author_year(text, &mut found);
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

/// Every occurrence of `needle` in `text`, with SIMD substring search
/// (the searchers are built once).
fn find_all<'t>(
    text: &'t str,
    needle: &'static str,
) -> impl Iterator<Item = (usize, &'static str)> + use<'t> {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    static FINDERS: LazyLock<Vec<Finder<'static>>> =
        LazyLock::new(|| NEEDLES.iter().map(Finder::new).collect());
    let finder = NEEDLES
        .iter()
        .position(|n| *n == needle)
        .and_then(|i| FINDERS.get(i));
    finder
        .into_iter()
        .flat_map(move |f| f.find_iter(text.as_bytes()))
        .map(move |at| (at, needle))
}

/// The strings citations are searched by.
const NEEDLES: [&str; 7] = ["PMID", "PMCID", "PMC", "NCT", "10.", "http", " et al."];

fn cite(text: &str, span: Range<usize>, target: CitationTarget, mislabelled: bool) -> Citation {
    Citation {
        text: crate::slice::within(text, span.clone()).to_owned(),
        span,
        target,
        mislabelled,
    }
}

fn id(identifier: Identifier) -> CitationTarget {
    CitationTarget::Reference(Reference::Id(identifier))
}

fn word_start(text: &str, at: usize) -> bool {
    !crate::slice::upto(text, at)
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric())
}

fn word_end(text: &str, at: usize) -> bool {
    !crate::slice::from(text, at)
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric())
}

fn digit_run(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
}

/// `PMID: 123`, `PMID:123`, `PMID 123`, `PMID: PMC123`, `PMCID: PMC123`.
fn labelled(text: &str, out: &mut Vec<Citation>) {
    for (at, label) in text
        .match_indices("PMID")
        .chain(text.match_indices("PMCID"))
    {
        if !word_start(text, at) {
            continue;
        }
        let after = crate::slice::from(text, at + label.len());
        let value = after.strip_prefix(':').unwrap_or(after);
        let value = value.trim_start_matches(' ');
        let value_at = text.len() - value.len();
        if value_at == at + label.len() {
            continue; // `PMID123`: no separator
        }
        if let Some(digits) = value.strip_prefix("PMC") {
            let len = 3 + digit_run(digits);
            if let Ok(pmcid) = crate::slice::upto(value, len).parse::<Pmcid>() {
                let span = at..value_at + len;
                if word_end(text, span.end) {
                    out.push(cite(
                        text,
                        span,
                        id(Identifier::Pmcid(pmcid)),
                        label == "PMID",
                    ));
                }
            }
        } else if label == "PMID" {
            let len = digit_run(value);
            if let Ok(pmid) = crate::slice::upto(value, len).parse() {
                let span = at..value_at + len;
                if word_end(text, span.end) {
                    out.push(cite(text, span, id(Identifier::Pmid(pmid)), false));
                }
            }
        }
    }
}

/// `PMC3736918`, `NCT01990872`, `10.1000/xyz` standing on their own.
fn bare_ids(text: &str, out: &mut Vec<Citation>) {
    for (prefix, make) in [
        (
            "PMC",
            (|s: &str| s.parse().ok().map(Identifier::Pmcid)) as fn(&str) -> Option<Identifier>,
        ),
        ("NCT", |s: &str| s.parse().ok().map(Identifier::Nct)),
    ] {
        for (at, _) in find_all(text, prefix) {
            let len = prefix.len() + digit_run(crate::slice::from(text, at + prefix.len()));
            if word_start(text, at)
                && word_end(text, at + len)
                && let Some(identifier) = make(crate::slice::within(text, at..at + len))
            {
                out.push(cite(text, at..at + len, id(identifier), false));
            }
        }
    }
    let mut after = 0;
    for (at, _) in find_all(text, "10.") {
        if at < after || !word_start(text, at) || crate::slice::upto(text, at).ends_with('/') {
            continue;
        }
        if let Some(len) = Doi::read(crate::slice::from(text, at))
            && let Ok(doi) = crate::slice::within(text, at..at + len).parse()
        {
            let start = ["doi: ", "doi:", "DOI: ", "DOI:"]
                .iter()
                .find(|p| crate::slice::upto(text, at).ends_with(*p))
                .map_or(at, |p| at - p.len());
            out.push(cite(text, start..at + len, id(Identifier::Doi(doi)), false));
            after = at + len;
        }
    }
}

/// `https://…` up to a space, a closing bracket or trailing punctuation.
/// Text inside a token already read is not searched again, which keeps
/// the work linear.
fn urls(text: &str, out: &mut Vec<Citation>) {
    let mut after = 0;
    for (at, _) in find_all(text, "http") {
        let rest = crate::slice::from(text, at);
        if at < after || !(rest.starts_with("https://") || rest.starts_with("http://")) {
            continue;
        }
        let mut end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | ')' | ']'))
            .unwrap_or(rest.len());
        after = at + end.max(1);
        while crate::slice::upto(rest, end).ends_with(['.', ',', ';', ':']) {
            end -= 1;
        }
        if let Ok(url) = AbsoluteUrl::parse_in(crate::slice::upto(rest, end), "citation") {
            out.push(cite(
                text,
                at..at + end,
                CitationTarget::Reference(Reference::from_url(url)),
                false,
            ));
        }
    }
}

/// `Castillo et al. (2020)`, `Meira et al., 2014`, `Smith et al. 2019`.
fn author_year(text: &str, out: &mut Vec<Citation>) {
    for (at, marker) in find_all(text, " et al.") {
        let before = crate::slice::upto(text, at);
        let name_start = before
            .rfind(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
            .map_or(0, |i| {
                i + crate::slice::from(before, i)
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8)
            });
        let name = crate::slice::from(before, name_start);
        if !name.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let mut rest = crate::slice::from(text, at + marker.len());
        rest = rest.strip_prefix(',').unwrap_or(rest);
        rest = rest.strip_prefix(' ').unwrap_or(rest);
        let open = rest.starts_with('(');
        if open {
            rest = crate::slice::from(rest, 1);
        }
        if digit_run(rest) != 4 {
            continue;
        }
        let Ok(year) = crate::slice::upto(rest, 4).parse::<u16>() else {
            continue;
        };
        if !(1800..=2100).contains(&year) {
            continue;
        }
        rest = crate::slice::from(rest, 4);
        if open {
            match rest.strip_prefix(')') {
                Some(r) => rest = r,
                None => continue,
            }
        }
        let end = text.len() - rest.len();
        let target = CitationTarget::AuthorYear {
            authors: name.to_owned(),
            et_al: true,
            year,
        };
        out.push(cite(text, name_start..end, target, false));
    }
}

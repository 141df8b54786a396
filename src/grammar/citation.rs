//! The forms of a citation in prose, each read where the scanner in
//! `reference::citation` found its start.
//!
//! ```text
//! labelled-id = ("PMID" | "PMCID") [":"] *" " (pmcid | 1*digit)   (a ":" or a " " after the label)
//! pmcid       = "PMC" 1*digit
//! nct-id      = "NCT" 1*digit
//! doi         = "10." registrant "/" suffix                  (see `Doi::read`)
//! doi-label   = "doi:" [" "] | "DOI:" [" "]                   (read back from the DOI)
//! url         = ("https://" | "http://") 1*url-char           (without trailing `.` `,` `;` `:`)
//! url-char    = any character but whitespace, `"`, `<`, `>`, `)`, `]`
//! et-al-year  = " et al." [","] [" "] ("(" year ")" | year)   (after the first author's name)
//! year        = 4digit                                        (1800 to 2100)
//! ```
//!
//! Each rule reads one form and stops; whether a word starts before it and
//! ends after it is the scanner's to check.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1};
use nom::combinator::{map_res, opt, verify};
use nom::sequence::delimited;

use super::{Res, fail};
use crate::reference::ids::{Doi, Identifier, NctId, Pmcid, Pmid};

fn digits(input: &str) -> Res<'_, &str> {
    take_while1(|c: char| c.is_ascii_digit()).parse(input)
}

/// `pmcid = "PMC" 1*digit`
pub(crate) fn pmcid(input: &str) -> Res<'_, Pmcid> {
    let (rest, _) = tag("PMC").parse(input)?;
    let (rest, n) = digits(rest)?;
    match crate::scan::slice::upto(input, 3 + n.len()).parse() {
        Ok(id) => Ok((rest, id)),
        Err(_) => fail(input),
    }
}

/// `nct-id = "NCT" 1*digit`
pub(crate) fn nct_id(input: &str) -> Res<'_, NctId> {
    let (rest, _) = tag("NCT").parse(input)?;
    let (rest, n) = digits(rest)?;
    match crate::scan::slice::upto(input, 3 + n.len()).parse() {
        Ok(id) => Ok((rest, id)),
        Err(_) => fail(input),
    }
}

/// `labelled-id = ("PMID" | "PMCID") [":"] *" " (pmcid | 1*digit)`: the
/// identifier, and whether its label is the wrong one (a PMC id written
/// after `PMID`).
pub(crate) fn labelled_id(input: &str) -> Res<'_, (Identifier, bool)> {
    let (rest, label) = alt((tag("PMCID"), tag("PMID"))).parse(input)?;
    let (after, _) = (opt(tag(":")), take_while(|c| c == ' ')).parse(rest)?;
    if after.len() == rest.len() {
        return fail(input); // `PMID123`: no separator
    }
    if let Ok((rest, id)) = pmcid(after) {
        return Ok((rest, (Identifier::Pmcid(id), label == "PMID")));
    }
    if label == "PMCID" {
        return fail(input);
    }
    let (rest, id) = map_res(digits, str::parse::<Pmid>).parse(after)?;
    Ok((rest, (Identifier::Pmid(id), false)))
}

/// `doi = "10." registrant "/" suffix`
pub(crate) fn doi(input: &str) -> Res<'_, Doi> {
    let Some(len) = Doi::read(input) else {
        return fail(input);
    };
    match crate::scan::slice::upto(input, len).parse() {
        Ok(doi) => Ok((crate::scan::slice::from(input, len), doi)),
        Err(_) => fail(input),
    }
}

/// `doi-label`, read back from the end of `before`: its length.
pub(crate) fn doi_label_before(before: &str) -> usize {
    ["doi: ", "doi:", "DOI: ", "DOI:"]
        .iter()
        .find(|label| before.ends_with(*label))
        .map_or(0, |label| label.len())
}

/// `url = ("https://" | "http://") 1*url-char`, where a `url-char` is any
/// character but a space, `"`, `<`, `>`, `)`, `]` and the backtick that
/// closes a code span; without the sentence punctuation and emphasis
/// stars that end it (`.`, `,`, `;`, `:`, `*`). A URL with `{` or `}` is a
/// template (`https://site/{slug}`), not an address: see [`is_template`].
pub(crate) fn url(input: &str) -> Res<'_, &str> {
    let (_, (scheme, body)) = (
        alt((tag("https://"), tag("http://"))),
        take_while1(|c: char| {
            !c.is_whitespace() && !matches!(c, '"' | '<' | '>' | ')' | ']' | '`')
        }),
    )
        .parse(input)?;
    let whole = crate::scan::slice::upto(input, scheme.len() + body.len());
    let text = whole.trim_end_matches(['.', ',', ';', ':', '*']);
    Ok((crate::scan::slice::from(input, text.len()), text))
}

/// Whether a URL read by [`url`] is a template (`https://site/{slug}`),
/// which names no page and is no citation.
pub(crate) fn is_template(url: &str) -> bool {
    url.contains(['{', '}'])
}

/// `year = 4digit`, from 1800 to 2100.
fn year(input: &str) -> Res<'_, u16> {
    let (rest, y) = verify(
        map_res(take_while_m_n_digits, str::parse::<u16>),
        |y: &u16| (1800..=2100).contains(y),
    )
    .parse(input)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(input);
    }
    Ok((rest, y))
}

fn take_while_m_n_digits(input: &str) -> Res<'_, &str> {
    nom::bytes::complete::take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(input)
}

/// `et-al-year = " et al." [","] [" "] ("(" year ")" | year)`: the year.
pub(crate) fn et_al_year(input: &str) -> Res<'_, u16> {
    let (rest, _) = (tag(" et al."), opt(tag(",")), opt(tag(" "))).parse(input)?;
    alt((delimited(tag("("), year, tag(")")), year)).parse(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let id = |t| labelled_id(t).map(|(rest, (id, wrong))| (rest, id.to_string(), wrong));
        assert_eq!(id("PMID: 123 x"), Ok((" x", "123".into(), false)));
        assert_eq!(id("PMID:123"), Ok(("", "123".into(), false)));
        assert!(matches!(id("PMID: PMC9"), Ok(("", _, true))));
        assert!(matches!(id("PMCID: PMC9"), Ok(("", _, false))));
        assert!(id("PMID123").is_err());
        assert!(id("PMCID: 9").is_err());
        assert_eq!(
            url("https://a.org/x. Next"),
            Ok((". Next", "https://a.org/x"))
        );
        assert_eq!(url("http://a.org)"), Ok((")", "http://a.org")));
        assert_eq!(et_al_year(" et al. (2020) x"), Ok((" x", 2020)));
        assert_eq!(et_al_year(" et al., 2014"), Ok(("", 2014)));
        assert!(et_al_year(" et al. (2020").is_err());
        assert!(et_al_year(" et al. 20201").is_err());
        assert!(et_al_year(" et al. 1700").is_err());
        assert_eq!(doi_label_before("see doi: "), 5);
    }
}

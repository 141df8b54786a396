//! Identifier types: each validates on construction, reads with
//! `FromStr`, writes with `Display`, and serializes as its text.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

fn invalid(what: &'static str, text: &str, reason: &'static str) -> Error {
    Error::new(
        ErrorKind::InvalidValue {
            what,
            found: text.to_owned(),
            reason,
        },
        0..text.len(),
        text,
    )
}

/// Digits only, no leading zero, at most `max` of them.
fn digits(text: &str, max: usize) -> Option<u32> {
    let ok = !text.is_empty()
        && text.len() <= max
        && text.bytes().all(|b| b.is_ascii_digit())
        && !text.starts_with('0');
    if ok { text.parse().ok() } else { None }
}

/// A PubMed identifier: 1 to 8 digits, no leading zero.
///
/// ```
/// let pmid: hermetica::Pmid = "25028591".parse().unwrap();
/// assert_eq!(pmid.get(), 25028591);
/// assert_eq!(pmid.to_url(), "https://pubmed.ncbi.nlm.nih.gov/25028591/");
/// assert!("PMC3736918".parse::<hermetica::Pmid>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pmid(u32);

impl Pmid {
    /// The number.
    pub fn get(self) -> u32 {
        self.0
    }

    /// The article's PubMed URL.
    pub fn to_url(self) -> String {
        format!("https://pubmed.ncbi.nlm.nih.gov/{}/", self.0)
    }
}

impl FromStr for Pmid {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        digits(text, 8).map(Pmid).ok_or_else(|| {
            invalid(
                "PMID",
                text,
                "expected 1 to 8 digits without a leading zero",
            )
        })
    }
}

impl fmt::Display for Pmid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0.to_string())
    }
}

crate::serde_text::as_text!(Pmid);

/// A PubMed Central identifier: `PMC` and 1 to 9 digits.
///
/// ```
/// let pmcid: hermetica::Pmcid = "PMC3736918".parse().unwrap();
/// assert_eq!(pmcid.get(), 3736918);
/// assert_eq!(pmcid.to_string(), "PMC3736918");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pmcid(u32);

impl Pmcid {
    /// The number after `PMC`.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl FromStr for Pmcid {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        text.strip_prefix("PMC")
            .and_then(|d| digits(d, 9))
            .map(Pmcid)
            .ok_or_else(|| invalid("PMCID", text, "expected `PMC` and 1 to 9 digits"))
    }
}

impl fmt::Display for Pmcid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("PMC{}", self.0))
    }
}

crate::serde_text::as_text!(Pmcid);

/// A ClinicalTrials.gov identifier: `NCT` and exactly 8 digits.
///
/// ```
/// let nct: hermetica::NctId = "NCT01990872".parse().unwrap();
/// assert_eq!(nct.to_string(), "NCT01990872");
/// assert!("NCT1990872".parse::<hermetica::NctId>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NctId(u32);

impl NctId {
    /// The number after `NCT`.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl FromStr for NctId {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        text.strip_prefix("NCT")
            .filter(|d| d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse().ok())
            .map(NctId)
            .ok_or_else(|| invalid("NCT id", text, "expected `NCT` and exactly 8 digits"))
    }
}

impl fmt::Display for NctId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("NCT{:08}", self.0))
    }
}

crate::serde_text::as_text!(NctId);

/// A DOI: `10.`, a registrant code of 4 to 9 digits (with optional
/// `.`-separated sub-codes), `/`, and a suffix without spaces.
///
/// ```
/// let doi: hermetica::Doi = "10.1016/j.phymed.2014.06.004".parse().unwrap();
/// assert_eq!(doi.prefix(), "10.1016");
/// assert_eq!(doi.suffix(), "j.phymed.2014.06.004");
/// assert!("10.12/x".parse::<hermetica::Doi>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Doi(String);

impl Doi {
    /// `10.xxxx`.
    pub fn prefix(&self) -> &str {
        self.0.split_once('/').map_or("", |(p, _)| p)
    }

    /// What follows the first `/`.
    pub fn suffix(&self) -> &str {
        self.0.split_once('/').map_or("", |(_, s)| s)
    }

    /// The `https://doi.org/` URL.
    pub fn to_url(&self) -> String {
        format!("https://doi.org/{}", self.0)
    }

    /// The length of a DOI at the start of `text`, if one stands there.
    /// Trailing sentence punctuation is not part of it.
    pub(crate) fn read(text: &str) -> Option<usize> {
        let rest = text.strip_prefix("10.")?;
        // The registrant code is digits and dots, up to the `/`. Real
        // codes are a few digits with at most a few subdivisions; the
        // search stops after `LONGEST_CODE` bytes, so that a long run of
        // `10.10.10.` is not read again from each of its `10.`.
        const LONGEST_CODE: usize = 64;
        let registrant = rest
            .bytes()
            .take(LONGEST_CODE + 1)
            .position(|b| !(b.is_ascii_digit() || b == b'.'))
            .filter(|&i| rest.as_bytes().get(i) == Some(&b'/'))?;
        let code = crate::scan::slice::upto(rest, registrant);
        let first = code.split('.').next()?;
        let valid_code = (4..=9).contains(&first.len())
            && code
                .split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if !valid_code {
            return None;
        }
        let suffix = crate::scan::slice::from(rest, registrant + 1);
        let mut end = suffix
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '`'))
            .unwrap_or(suffix.len());
        // Trailing sentence punctuation and emphasis stars are not part of
        // a DOI, nor the backtick that closes a code span; a closing
        // parenthesis is, when it closes one opened inside the DOI.
        let body = crate::scan::slice::upto(suffix, end);
        let open = body.matches('(').count();
        let mut close = body.matches(')').count();
        while let Some(last) = crate::scan::slice::upto(suffix, end).chars().next_back() {
            match last {
                ')' if open >= close => break,
                ')' => close -= 1,
                '.' | ',' | ';' | ':' | ']' | '*' => {}
                _ => break,
            }
            end -= 1;
        }
        (end > 0).then_some(3 + registrant + 1 + end)
    }
}

impl FromStr for Doi {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        match Doi::read(text) {
            Some(len) if len == text.len() => Ok(Doi(text.to_owned())),
            _ => Err(invalid(
                "DOI",
                text,
                "expected `10.`, a registrant code of 4 to 9 digits, `/` and a suffix",
            )),
        }
    }
}

impl fmt::Display for Doi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

crate::serde_text::as_text!(Doi);

/// A typed identifier of a publication or trial.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Identifier {
    /// PubMed.
    Pmid(Pmid),
    /// PubMed Central.
    Pmcid(Pmcid),
    /// DOI.
    Doi(Doi),
    /// ClinicalTrials.gov.
    Nct(NctId),
}

impl fmt::Display for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Identifier::Pmid(id) => id.fmt(f),
            Identifier::Pmcid(id) => id.fmt(f),
            Identifier::Doi(id) => id.fmt(f),
            Identifier::Nct(id) => id.fmt(f),
        }
    }
}

impl FromStr for Identifier {
    type Err = Error;

    /// Reads `PMC…`, `NCT…`, `10.…/…` or PMID digits.
    fn from_str(text: &str) -> Result<Self, Error> {
        if text.starts_with("PMC") {
            text.parse().map(Identifier::Pmcid)
        } else if text.starts_with("NCT") {
            text.parse().map(Identifier::Nct)
        } else if text.starts_with("10.") {
            text.parse().map(Identifier::Doi)
        } else {
            text.parse().map(Identifier::Pmid).map_err(|_| {
                invalid(
                    "identifier",
                    text,
                    "expected a PMID, a PMCID (PMC…), a DOI (10.…/…) or an NCT id",
                )
            })
        }
    }
}

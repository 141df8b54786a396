//! `EvidenceScore` (0–10) and the tier it falls in.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

/// An evidence score: an integer from 0 to 10, nothing else.
///
/// `FromStr` reads the number (`"8"`); on a page it stands as `8 / 10`.
///
/// ```
/// use hermetica::{EvidenceScore, Tier};
///
/// let score: EvidenceScore = "8".parse().unwrap();
/// assert_eq!(score.get(), 8);
/// assert_eq!(score.tier(), Tier::Strong);
/// assert!(EvidenceScore::new(11).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "u8", into = "u8"))]
pub struct EvidenceScore(u8);

/// The site's evidence tiers (its methodology page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Tier {
    /// Score 0: insufficient data.
    Unscored,
    /// Tier 3, scores 1–3: in vitro or animal studies only.
    Preliminary,
    /// Tier 2, scores 4–6: limited RCTs or observational data.
    Moderate,
    /// Tier 1, scores 7–10: multiple high-quality RCTs.
    Strong,
}

impl EvidenceScore {
    /// The highest score.
    pub const MAX: u8 = 10;

    /// A score from 0 to 10.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidEvidenceScore`] for a score above 10.
    pub fn new(score: u8) -> Result<Self, Error> {
        if score <= Self::MAX {
            Ok(EvidenceScore(score))
        } else {
            let text = score.to_string();
            Err(Error::new(
                ErrorKind::InvalidEvidenceScore {
                    found: text.clone(),
                },
                0..text.len(),
                &text,
            ))
        }
    }

    /// The score as a number.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The tier the score falls in.
    pub fn tier(self) -> Tier {
        match self.0 {
            0 => Tier::Unscored,
            1..=3 => Tier::Preliminary,
            4..=6 => Tier::Moderate,
            _ => Tier::Strong,
        }
    }

    /// Reads a page's `N / 10`.
    pub(crate) fn parse_out_of_ten(text: &str) -> Result<Self, ErrorKind> {
        let invalid = || ErrorKind::InvalidEvidenceScore {
            found: text.to_owned(),
        };
        let number = text.strip_suffix(" / 10").ok_or_else(invalid)?;
        Self::parse_number(number).ok_or_else(invalid)
    }

    /// `0`–`10`, digits only, no leading zero.
    fn parse_number(text: &str) -> Option<Self> {
        let canonical = !text.is_empty()
            && text.bytes().all(|b| b.is_ascii_digit())
            && (text == "0" || !text.starts_with('0'));
        let value: u8 = if canonical {
            text.parse().ok()?
        } else {
            return None;
        };
        (value <= Self::MAX).then_some(EvidenceScore(value))
    }
}

impl TryFrom<u8> for EvidenceScore {
    type Error = Error;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        EvidenceScore::new(value)
    }
}

impl From<EvidenceScore> for u8 {
    fn from(score: EvidenceScore) -> u8 {
        score.0
    }
}

impl FromStr for EvidenceScore {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse_number(text).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidEvidenceScore {
                    found: text.to_owned(),
                },
                0..text.len(),
                text,
            )
        })
    }
}

impl fmt::Display for EvidenceScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0.to_string())
    }
}

impl FromStr for Tier {
    type Err = Error;

    /// Reads a tier by the name `Display` gives it (`strong`, `moderate`,
    /// `preliminary`, `unscored`), in any ASCII case.
    ///
    /// ```
    /// use hermetica::Tier;
    /// assert_eq!("Strong".parse::<Tier>().unwrap(), Tier::Strong);
    /// assert!("tier 1".parse::<Tier>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        const NAMES: [(&str, Tier); 4] = [
            ("unscored", Tier::Unscored),
            ("preliminary", Tier::Preliminary),
            ("moderate", Tier::Moderate),
            ("strong", Tier::Strong),
        ];
        Error::named(
            text,
            &NAMES,
            "tier",
            "expected strong, moderate, preliminary or unscored",
        )
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Tier::Unscored => "unscored",
            Tier::Preliminary => "preliminary",
            Tier::Moderate => "moderate",
            Tier::Strong => "strong",
        })
    }
}

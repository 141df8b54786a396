//! Evidence levels, read from the qualifiers of benefits and from prose.

use std::fmt;

use super::Tier;
use crate::reference::{Citation, citations};

/// The kind of evidence a statement rests on, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EvidenceLevel {
    /// The text does not say.
    Unspecified,
    /// Proposed or theoretical mechanisms only.
    MechanisticOnly,
    /// Traditional or folk use.
    TraditionalUse,
    /// In vitro studies or cell culture.
    InVitro,
    /// Preclinical, without saying which models.
    Preclinical,
    /// Animal studies.
    Animal,
    /// Observational human data (cohorts, case series, uncontrolled pilots).
    Observational,
    /// Human trials (randomised controlled trials and other clinical trials).
    HumanRct,
    /// Meta-analyses and systematic reviews.
    MetaAnalysis,
}

impl EvidenceLevel {
    /// The site's tier that this level of evidence supports: human trials
    /// support Tier 1 (strong), observational data Tier 2 (moderate),
    /// in vitro, animal, traditional or mechanistic evidence Tier 3
    /// (preliminary); unspecified evidence supports no tier.
    pub fn supported_tier(self) -> Tier {
        match self {
            EvidenceLevel::MetaAnalysis | EvidenceLevel::HumanRct => Tier::Strong,
            EvidenceLevel::Observational => Tier::Moderate,
            EvidenceLevel::Animal
            | EvidenceLevel::Preclinical
            | EvidenceLevel::InVitro
            | EvidenceLevel::TraditionalUse
            | EvidenceLevel::MechanisticOnly => Tier::Preliminary,
            EvidenceLevel::Unspecified => Tier::Unscored,
        }
    }
}

/// Each level with the name `Display` gives it and the name it has in
/// serde's snake case.
const NAMES: [(EvidenceLevel, &str, &str); 9] = [
    (EvidenceLevel::Unspecified, "unspecified", "unspecified"),
    (
        EvidenceLevel::MechanisticOnly,
        "mechanistic only",
        "mechanistic_only",
    ),
    (
        EvidenceLevel::TraditionalUse,
        "traditional use",
        "traditional_use",
    ),
    (
        EvidenceLevel::InVitro,
        "in vitro / cell culture",
        "in_vitro",
    ),
    (EvidenceLevel::Preclinical, "preclinical", "preclinical"),
    (EvidenceLevel::Animal, "animal", "animal"),
    (
        EvidenceLevel::Observational,
        "observational",
        "observational",
    ),
    (EvidenceLevel::HumanRct, "human RCT", "human_rct"),
    (
        EvidenceLevel::MetaAnalysis,
        "meta-analysis or systematic review",
        "meta_analysis",
    ),
];

impl fmt::Display for EvidenceLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = NAMES
            .iter()
            .find(|(level, _, _)| level == self)
            .map_or("unspecified", |(_, name, _)| name);
        f.pad(name)
    }
}

impl std::str::FromStr for EvidenceLevel {
    type Err = crate::Error;

    /// Reads a level by the name `Display` gives it or by its snake-case
    /// name (`human RCT`, `human_rct`), in any ASCII case.
    ///
    /// ```
    /// use hermetica::EvidenceLevel;
    /// assert_eq!("in vitro / cell culture".parse::<EvidenceLevel>().unwrap(), EvidenceLevel::InVitro);
    /// assert_eq!("meta_analysis".parse::<EvidenceLevel>().unwrap(), EvidenceLevel::MetaAnalysis);
    /// assert!("anecdote".parse::<EvidenceLevel>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let names: Vec<(&str, EvidenceLevel)> = NAMES
            .iter()
            .flat_map(|&(level, shown, snake)| [(shown, level), (snake, level)])
            .collect();
        crate::Error::named(
            text,
            &names,
            "evidence level",
            "expected a level such as human RCT, observational, animal or in_vitro",
        )
    }
}

/// Keywords of each level (lowercase), strongest level first.
const KEYWORDS: &[(EvidenceLevel, &[&str])] = &[
    (
        EvidenceLevel::MetaAnalysis,
        &["meta-analys", "meta analys", "systematic review"],
    ),
    (
        EvidenceLevel::HumanRct,
        &[
            "rct",
            "randomized",
            "randomised",
            "controlled trial",
            "clinical trial",
            "human trial",
            "human studies",
            "human study",
            "double-blind",
            "placebo-controlled",
        ],
    ),
    (
        EvidenceLevel::Observational,
        &[
            "observational",
            "cohort",
            "epidemiolog",
            "cross-sectional",
            "case-control",
            "case series",
            "pilot",
            "uncontrolled",
        ],
    ),
    (
        EvidenceLevel::Animal,
        &[
            "animal", "rodent", "rats", "mice", "mouse", "murine", "in vivo",
        ],
    ),
    (EvidenceLevel::Preclinical, &["preclinical", "pre-clinical"]),
    (
        EvidenceLevel::InVitro,
        &["in vitro", "cell culture", "cell line", "cellular"],
    ),
    (
        EvidenceLevel::TraditionalUse,
        &["traditional", "folk", "ethnobotanical", "ayurved"],
    ),
    (
        EvidenceLevel::MechanisticOnly,
        &[
            "mechanistic",
            "theoretical",
            "proposed mechanism",
            "hypothes",
        ],
    ),
];

/// Words that deny or defer what follows them in a sentence.
const NEGATIONS: &[&str] = &[
    "no ",
    "not ",
    "lack",
    "without",
    "pending",
    "absence of",
    "none ",
    "needed",
    "required",
    "calling for",
    "call for",
    "calls for",
    "until",
    "future",
    "await",
    "yet to",
    "would ",
    "should ",
    "no human",
    "unlike",
];

/// How strongly a qualifier words its evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Strength {
    /// `preliminary`, `limited`, `emerging`, `weak`.
    Preliminary,
    /// `moderate`.
    Moderate,
    /// `strong`, `robust`, `high-quality`.
    Strong,
}

/// A benefit's evidence qualifier, read: its level, its wording of
/// strength, its study size and its citations.
///
/// ```
/// use hermetica::{EvidenceLevel, EvidenceQualifier, Strength};
///
/// let q = EvidenceQualifier::from("moderate evidence from RCT with n=63, PMID: 30841659");
/// assert_eq!(q.level, EvidenceLevel::HumanRct);
/// assert_eq!(q.strength, Some(Strength::Moderate));
/// assert_eq!(q.sample_size, Some(63));
/// assert_eq!(q.citations.len(), 1);
///
/// let q = EvidenceQualifier::from("traditional use, lacks clinical validation");
/// assert_eq!(q.level, EvidenceLevel::TraditionalUse);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EvidenceQualifier {
    /// The strongest level the qualifier affirms.
    pub level: EvidenceLevel,
    /// Its wording of strength, if any.
    pub strength: Option<Strength>,
    /// The study size (`n=63`), if given.
    pub sample_size: Option<u64>,
    /// Citations inside it, with spans relative to the qualifier text.
    pub citations: Vec<Citation>,
}

impl From<&str> for EvidenceQualifier {
    /// Reads a qualifier (the text inside the parentheses).
    fn from(text: &str) -> EvidenceQualifier {
        let lower = text.to_lowercase();
        let strength = if ["strong", "robust", "high-quality", "high quality"]
            .iter()
            .any(|w| lower.contains(w))
        {
            Some(Strength::Strong)
        } else if lower.contains("moderate") {
            Some(Strength::Moderate)
        } else if ["preliminary", "limited", "emerging", "weak", "early"]
            .iter()
            .any(|w| lower.contains(w))
        {
            Some(Strength::Preliminary)
        } else {
            None
        };
        let sample_size = crate::quantities(text)
            .find(|m| m.kind == crate::QuantityKind::SampleSize)
            .and_then(|m| m.quantity.low())
            .filter(|n| *n >= 1.0 && n.fract() == 0.0)
            .map(|n| n as u64);
        EvidenceQualifier {
            level: classify(&lower),
            strength,
            sample_size,
            citations: citations(text).collect(),
        }
    }
}

/// The strongest level affirmed in lowercase `text`: a keyword counts
/// unless a negation precedes it in its sentence (split at `.`, `;`,
/// parentheses), so `no human trials, RCTs, or meta-analyses` affirms none.
pub(crate) fn classify(lower: &str) -> EvidenceLevel {
    lower
        .split(['.', ';', '(', ')'])
        .map(|clause| {
            KEYWORDS
                .iter()
                .find(|(_, words)| {
                    words.iter().any(|w| {
                        clause.find(w).is_some_and(|at| {
                            let head = crate::scan::slice::upto(clause, at);
                            !NEGATIONS.iter().any(|n| head.contains(n))
                        })
                    })
                })
                .map_or(EvidenceLevel::Unspecified, |(level, _)| *level)
        })
        .max()
        .unwrap_or(EvidenceLevel::Unspecified)
}

/// Whether lowercase `sentence` says that human trials are missing:
/// `no human clinical trials`, `lack of clinical trials`.
pub(crate) fn denies_human_trials(sentence: &str) -> bool {
    const TRIALS: &[&str] = &[
        "human trial",
        "clinical trial",
        "human clinical trial",
        "rct",
        "human studies",
    ];
    TRIALS.iter().any(|t| {
        sentence.find(t).is_some_and(|at| {
            let head = crate::scan::slice::upto(sentence, at);
            ["no ", "lack", "without", "absence of", "none "]
                .iter()
                .any(|n| head.contains(n))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_of_the_format() {
        for (text, level) in [
            ("preclinical evidence only", EvidenceLevel::Preclinical),
            ("in vitro studies", EvidenceLevel::InVitro),
            ("cell culture models", EvidenceLevel::InVitro),
            ("animal studies only", EvidenceLevel::Animal),
            (
                "traditional use, lacks clinical validation",
                EvidenceLevel::TraditionalUse,
            ),
            (
                "moderate evidence, PMID: 30681787",
                EvidenceLevel::Unspecified,
            ),
            (
                "moderate evidence from RCT with n=63, PMID: 30841659",
                EvidenceLevel::HumanRct,
            ),
            ("preliminary evidence only", EvidenceLevel::Unspecified),
            ("PMID:11049757", EvidenceLevel::Unspecified),
            (
                "evidence from meta-analysis of 10 RCTs, n=1,000+",
                EvidenceLevel::MetaAnalysis,
            ),
            ("pilot RCT n=12", EvidenceLevel::HumanRct),
            ("observational study, n=118", EvidenceLevel::Observational),
            (
                "no human trials; mechanistic rationale only",
                EvidenceLevel::MechanisticOnly,
            ),
            (
                "no human clinical trials, rcts, or meta-analyses were identified",
                EvidenceLevel::Unspecified,
            ),
            (
                "researchers calling for human trials to validate effects",
                EvidenceLevel::Unspecified,
            ),
        ] {
            assert_eq!(EvidenceQualifier::from(text).level, level, "{text}");
        }
    }
}

//! `InteractionRecord`: one line of the publisher's supplement–drug
//! interaction database, with its severity and evidence typed.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;
use crate::timestamp::Timestamp;
use crate::web::address::AbsoluteUrl;

/// How serious an interaction is, ordered by risk: `Beneficial` lowest,
/// `Contraindicated` highest. The data writes the names in lower case,
/// the site's pages in capitals; `FromStr` reads either.
///
/// ```
/// use hermetica::dataset::InteractionSeverity;
///
/// let major: InteractionSeverity = "MAJOR".parse().unwrap();
/// assert!(major > InteractionSeverity::Moderate);
/// assert!(InteractionSeverity::Contraindicated > major);
/// assert_eq!(major.to_string(), "major");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum InteractionSeverity {
    /// The pair helps: taken together they work better.
    Beneficial,
    /// No interaction of concern.
    Safe,
    /// Low risk.
    Minor,
    /// Use with caution.
    Moderate,
    /// Serious: avoid or take under supervision.
    Major,
    /// Do not combine.
    Contraindicated,
}

/// The severities, lowest risk first, with their names.
const SEVERITIES: [(&str, InteractionSeverity); 6] = [
    ("beneficial", InteractionSeverity::Beneficial),
    ("safe", InteractionSeverity::Safe),
    ("minor", InteractionSeverity::Minor),
    ("moderate", InteractionSeverity::Moderate),
    ("major", InteractionSeverity::Major),
    ("contraindicated", InteractionSeverity::Contraindicated),
];

impl InteractionSeverity {
    /// Every severity, lowest risk first.
    pub const ALL: [InteractionSeverity; 6] = [
        InteractionSeverity::Beneficial,
        InteractionSeverity::Safe,
        InteractionSeverity::Minor,
        InteractionSeverity::Moderate,
        InteractionSeverity::Major,
        InteractionSeverity::Contraindicated,
    ];

    /// The name as the data writes it (`contraindicated`).
    pub fn as_str(self) -> &'static str {
        SEVERITIES
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("", |(name, _)| name)
    }

    /// Whether the pair interacts: any severity from minor up.
    pub fn is_interaction(self) -> bool {
        self >= InteractionSeverity::Minor
    }
}

impl FromStr for InteractionSeverity {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Error::named(
            text,
            &SEVERITIES,
            "interaction severity",
            "expected contraindicated, major, moderate, minor, safe or beneficial",
        )
    }
}

impl fmt::Display for InteractionSeverity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// How well an interaction is established, ordered from weakest
/// (`Theoretical`) to strongest (`Strong`).
///
/// ```
/// use hermetica::dataset::InteractionEvidence;
///
/// let limited: InteractionEvidence = "limited".parse().unwrap();
/// assert!(limited < InteractionEvidence::Strong);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum InteractionEvidence {
    /// Expected from the mechanism, not observed.
    Theoretical,
    /// Case reports or small studies.
    Limited,
    /// Consistent studies.
    Moderate,
    /// Well established in humans.
    Strong,
}

/// The evidence levels, weakest first, with their names.
const EVIDENCE: [(&str, InteractionEvidence); 4] = [
    ("theoretical", InteractionEvidence::Theoretical),
    ("limited", InteractionEvidence::Limited),
    ("moderate", InteractionEvidence::Moderate),
    ("strong", InteractionEvidence::Strong),
];

impl InteractionEvidence {
    /// Every level, weakest first.
    pub const ALL: [InteractionEvidence; 4] = [
        InteractionEvidence::Theoretical,
        InteractionEvidence::Limited,
        InteractionEvidence::Moderate,
        InteractionEvidence::Strong,
    ];

    /// The name as the data writes it (`strong`).
    pub fn as_str(self) -> &'static str {
        EVIDENCE
            .iter()
            .find(|(_, e)| *e == self)
            .map_or("", |(name, _)| name)
    }
}

impl FromStr for InteractionEvidence {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Error::named(
            text,
            &EVIDENCE,
            "interaction evidence level",
            "expected strong, moderate, limited or theoretical",
        )
    }
}

impl fmt::Display for InteractionEvidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One side of an interaction: a supplement or a drug.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Substance {
    /// The slug, as in the interaction's URL (`st-johns-wort`).
    pub slug: String,
    /// The display name (`St. Johns Wort`); not derived from the slug.
    pub name: String,
}

/// One interaction record, with the publisher's fields in the publisher's
/// order (the JSON writer keeps it, so that a record read from a line is
/// written back as that line).
///
/// The quantities and citations in its texts are read by
/// [`quantities`](crate::quantities) and [`citations`](crate::citations).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(from = "Line", into = "Line")]
pub struct InteractionRecord {
    /// The record's number in the database.
    pub id: u64,
    /// The first substance of the pair (the data stores the smaller slug
    /// first; see [`InteractionRecord::is_ordered`]).
    pub a: Substance,
    /// The second substance of the pair.
    pub b: Substance,
    /// How serious the interaction is.
    pub severity: InteractionSeverity,
    /// How well it is established.
    pub evidence_level: InteractionEvidence,
    /// How the two act on each other.
    pub mechanism: String,
    /// The verdict: a label for the severity, then a sentence.
    pub verdict_summary: String,
    /// The same for a reader without pharmacology.
    pub plain_english: String,
    /// The interaction's page.
    pub url: AbsoluteUrl,
    /// When the record was last updated, kept as written.
    pub updated_at: Timestamp,
}

impl InteractionRecord {
    /// Whether the pair is stored in the data's order: `a`'s slug before
    /// `b`'s.
    pub fn is_ordered(&self) -> bool {
        self.a.slug < self.b.slug
    }

    /// The path the record's URL should have: `/interactions/{a}/{b}`.
    pub fn expected_path(&self) -> String {
        format!("/interactions/{}/{}", self.a.slug, self.b.slug)
    }

    /// Whether the URL's path names this pair, in this order.
    pub fn url_matches_pair(&self) -> bool {
        self.url.path() == self.expected_path()
    }

    /// The other substance of the pair, when `slug` is one of them.
    pub fn other(&self, slug: &str) -> Option<&Substance> {
        if self.a.slug == slug {
            Some(&self.b)
        } else if self.b.slug == slug {
            Some(&self.a)
        } else {
            None
        }
    }
}

/// The record as the data writes it: the pair's fields flat, in order.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    id: u64,
    substance_a_slug: String,
    substance_a_name: String,
    substance_b_slug: String,
    substance_b_name: String,
    severity: InteractionSeverity,
    evidence_level: InteractionEvidence,
    mechanism: String,
    verdict_summary: String,
    plain_english: String,
    url: AbsoluteUrl,
    updated_at: Timestamp,
}

impl From<Line> for InteractionRecord {
    fn from(line: Line) -> InteractionRecord {
        InteractionRecord {
            id: line.id,
            a: Substance {
                slug: line.substance_a_slug,
                name: line.substance_a_name,
            },
            b: Substance {
                slug: line.substance_b_slug,
                name: line.substance_b_name,
            },
            severity: line.severity,
            evidence_level: line.evidence_level,
            mechanism: line.mechanism,
            verdict_summary: line.verdict_summary,
            plain_english: line.plain_english,
            url: line.url,
            updated_at: line.updated_at,
        }
    }
}

impl From<InteractionRecord> for Line {
    fn from(record: InteractionRecord) -> Line {
        Line {
            id: record.id,
            substance_a_slug: record.a.slug,
            substance_a_name: record.a.name,
            substance_b_slug: record.b.slug,
            substance_b_name: record.b.name,
            severity: record.severity,
            evidence_level: record.evidence_level,
            mechanism: record.mechanism,
            verdict_summary: record.verdict_summary,
            plain_english: record.plain_english,
            url: record.url,
            updated_at: record.updated_at,
        }
    }
}

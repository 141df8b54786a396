//! The typed view of an ingredient page.

mod benefits;
mod build;
mod faq;
mod footer;
mod metadata;
mod outline;
mod prose;
mod references;
mod render;
mod section;

pub use benefits::{Benefit, Benefits};
pub(crate) use build::{build, parse_entry};
pub use faq::{Faq, FaqItem};
pub use footer::{Footer, FooterLine};
pub(crate) use metadata::is_record_key;
pub use metadata::{Aliases, MetaLine};
#[cfg(feature = "dataset")]
pub(crate) use metadata::{OMITTED_FIELD_KEY, RECORD_FIELD_KEY};
pub(crate) use outline::Outline;
pub use prose::Prose;
pub use references::References;
pub use section::{Combinations, OtherSection, Section, SectionKind};

use chrono::NaiveDate;

use crate::SharedStr;
use crate::error::Error;
use crate::evidence::EvidenceScore;
use crate::layout::Layout;
use crate::web::address::AbsoluteUrl;

/// An ingredient entry page, typed.
///
/// Build one with [`str::parse`], [`crate::parse`] or [`Entry::from_bytes`];
/// render it with `to_string()`. A parsed entry renders back to its input
/// byte for byte.
///
/// ```
/// let page = "# Ginger\n\n**Evidence Score:** 5 / 10\n**Also Known As:** Zingiber officinale, Adrak\n\n## Overview\n\nA pungent root.\n";
/// let entry: hermetica::Entry = page.parse()?;
/// assert_eq!(entry.title, "Ginger");
/// assert_eq!(entry.evidence_score().map(|s| s.get()), Some(5));
/// assert_eq!(entry.aliases().map(|a| a.len()), Some(2));
/// assert_eq!(entry.overview().map(|p| p.blocks.len()), Some(1));
/// assert_eq!(entry.to_string(), page);
/// # Ok::<(), hermetica::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entry {
    /// The ingredient's name, from `# Title`.
    pub title: SharedStr,
    /// The lines between the title and the first section.
    #[cfg_attr(feature = "serde", serde(default))]
    pub metadata: Vec<MetaLine>,
    /// The sections, in page order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub sections: Vec<Section>,
    /// The footer under the closing `---` rule, if the page has one.
    #[cfg_attr(feature = "serde", serde(default))]
    pub footer: Option<Footer>,
    /// Line endings and the final newline.
    #[cfg_attr(feature = "serde", serde(default))]
    pub layout: Layout,
}

macro_rules! section_accessors {
    ($($(#[$doc:meta])* $name:ident => $variant:ident: $ty:ty;)*) => {$(
        $(#[$doc])*
        pub fn $name(&self) -> Option<&$ty> {
            self.sections.iter().find_map(|s| match s {
                Section::$variant(body) => Some(body),
                _ => None,
            })
        }
    )*};
}

macro_rules! meta_accessors {
    ($($(#[$doc:meta])* $name:ident => $variant:ident: $ty:ty;)*) => {$(
        $(#[$doc])*
        pub fn $name(&self) -> Option<&$ty> {
            self.metadata.iter().find_map(|m| match m {
                MetaLine::$variant(value) => Some(value),
                _ => None,
            })
        }
    )*};
}

impl Entry {
    /// Parses a page given as bytes; invalid UTF-8 is an error that points
    /// at the first bad byte.
    ///
    /// # Errors
    ///
    /// Invalid UTF-8, or a page that is not an entry (see [`crate::parse`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Entry, Error> {
        crate::utf8(bytes).and_then(crate::parse)
    }

    /// The page's address: `Canonical URL`, or `URL` as the site's other
    /// pages write it.
    pub fn canonical_url(&self) -> Option<&AbsoluteUrl> {
        self.metadata.iter().find_map(|m| match m {
            MetaLine::CanonicalUrl(url) | MetaLine::Url(url) => Some(url),
            _ => None,
        })
    }

    meta_accessors! {
        /// `Data Source`.
        data_source => DataSource: SharedStr;
        /// `Category`.
        category => Category: SharedStr;
        /// `Also Known As`.
        aliases => AlsoKnownAs: Aliases;
        /// `Primary Category` (pages made from dataset records).
        primary_category => PrimaryCategory: SharedStr;
        /// `Canonical Name` (pages made from dataset records).
        canonical_name => CanonicalName: SharedStr;
        /// `Updated At`, the full timestamp (pages made from dataset records).
        updated_at => UpdatedAt: crate::timestamp::Timestamp;
    }

    /// `Updated`.
    pub fn updated(&self) -> Option<NaiveDate> {
        self.metadata.iter().find_map(|m| match m {
            MetaLine::Updated(date) => Some(*date),
            _ => None,
        })
    }

    /// `Evidence Score`.
    pub fn evidence_score(&self) -> Option<EvidenceScore> {
        self.metadata.iter().find_map(|m| match m {
            MetaLine::EvidenceScore(score) => Some(*score),
            _ => None,
        })
    }

    /// The entry's slug: the path segment after `ingredients` in its
    /// canonical URL (else the last non-empty one), percent-decoded.
    pub fn slug(&self) -> Option<String> {
        let url = self.canonical_url()?;
        let segments: Vec<&str> = url.path().strip_prefix('/')?.split('/').collect();
        let segment = match segments.iter().position(|s| *s == "ingredients") {
            Some(i) => segments.get(i + 1).copied(),
            None => segments.iter().rev().find(|s| !s.is_empty()).copied(),
        }?;
        crate::web::address::percent_decode(segment)
    }

    section_accessors! {
        /// Overview.
        overview => Overview: Prose;
        /// Health Benefits.
        health_benefits => HealthBenefits: Benefits;
        /// Mechanism of Action.
        mechanism_of_action => MechanismOfAction: Prose;
        /// Clinical Summary.
        clinical_summary => ClinicalSummary: Prose;
        /// Nutritional Profile.
        nutritional_profile => NutritionalProfile: Prose;
        /// Dosage & Preparation.
        dosage_and_preparation => DosageAndPreparation: Prose;
        /// Safety & Drug Interactions.
        safety_and_drug_interactions => SafetyAndDrugInteractions: Prose;
        /// Scientific Research.
        scientific_research => ScientificResearch: Prose;
        /// Historical & Cultural Context.
        historical_and_cultural_context => HistoricalAndCulturalContext: Prose;
        /// Synergistic Combinations.
        synergistic_combinations => SynergisticCombinations: Combinations;
        /// Frequently Asked Questions.
        faq => FrequentlyAskedQuestions: Faq;
        /// References.
        references => References: References;
    }

    /// Every inline link in the sections, in page order.
    pub fn links(&self) -> impl Iterator<Item = crate::text::LinkRef<'_>> {
        self.sections
            .iter()
            .flat_map(Section::texts)
            .flat_map(crate::text::RichText::links)
    }

    /// The section with this heading text, typed or not.
    pub fn section(&self, heading: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.heading() == heading)
    }
}

impl std::str::FromStr for Entry {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        crate::parse(text)
    }
}

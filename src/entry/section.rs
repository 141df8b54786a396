//! Sections: the twelve an ingredient page has, typed, and any other kept
//! as written.

use crate::document::Block;
use crate::text::RichText;

use super::benefits::Benefits;
use super::faq::Faq;
use super::prose::{Prose, block_texts};
use super::references::References;

/// The known sections of an ingredient page, in the site's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SectionKind {
    /// `## Overview`
    Overview,
    /// `## Health Benefits`
    HealthBenefits,
    /// `## Mechanism of Action`
    MechanismOfAction,
    /// `## Clinical Summary`
    ClinicalSummary,
    /// `## Nutritional Profile`
    NutritionalProfile,
    /// `## Dosage & Preparation`
    DosageAndPreparation,
    /// `## Safety & Drug Interactions`
    SafetyAndDrugInteractions,
    /// `## Scientific Research`
    ScientificResearch,
    /// `## Historical & Cultural Context`
    HistoricalAndCulturalContext,
    /// `## Synergistic Combinations`
    SynergisticCombinations,
    /// `## Frequently Asked Questions`
    FrequentlyAskedQuestions,
    /// `## References`
    References,
}

impl SectionKind {
    /// All known sections, in the site's order.
    pub const ALL: [SectionKind; 12] = [
        SectionKind::Overview,
        SectionKind::HealthBenefits,
        SectionKind::MechanismOfAction,
        SectionKind::ClinicalSummary,
        SectionKind::NutritionalProfile,
        SectionKind::DosageAndPreparation,
        SectionKind::SafetyAndDrugInteractions,
        SectionKind::ScientificResearch,
        SectionKind::HistoricalAndCulturalContext,
        SectionKind::SynergisticCombinations,
        SectionKind::FrequentlyAskedQuestions,
        SectionKind::References,
    ];

    /// The heading text, as on the page.
    pub fn heading(self) -> &'static str {
        match self {
            SectionKind::Overview => "Overview",
            SectionKind::HealthBenefits => "Health Benefits",
            SectionKind::MechanismOfAction => "Mechanism of Action",
            SectionKind::ClinicalSummary => "Clinical Summary",
            SectionKind::NutritionalProfile => "Nutritional Profile",
            SectionKind::DosageAndPreparation => "Dosage & Preparation",
            SectionKind::SafetyAndDrugInteractions => "Safety & Drug Interactions",
            SectionKind::ScientificResearch => "Scientific Research",
            SectionKind::HistoricalAndCulturalContext => "Historical & Cultural Context",
            SectionKind::SynergisticCombinations => "Synergistic Combinations",
            SectionKind::FrequentlyAskedQuestions => "Frequently Asked Questions",
            SectionKind::References => "References",
        }
    }

    /// The known section with this exact heading text.
    pub fn from_heading(text: &str) -> Option<SectionKind> {
        SectionKind::ALL.into_iter().find(|k| k.heading() == text)
    }
}

/// A section of an entry.
///
/// A known heading gives its typed variant when the body has the section's
/// shape (a body separated from its heading and from the next section by
/// one empty line). Otherwise, and for unknown headings, the section is
/// [`Section::Other`], kept block for block.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Section {
    /// Overview.
    Overview(Prose),
    /// Health Benefits: a bullet list.
    HealthBenefits(Benefits),
    /// Mechanism of Action.
    MechanismOfAction(Prose),
    /// Clinical Summary.
    ClinicalSummary(Prose),
    /// Nutritional Profile.
    NutritionalProfile(Prose),
    /// Dosage & Preparation.
    DosageAndPreparation(Prose),
    /// Safety & Drug Interactions.
    SafetyAndDrugInteractions(Prose),
    /// Scientific Research.
    ScientificResearch(Prose),
    /// Historical & Cultural Context.
    HistoricalAndCulturalContext(Prose),
    /// Synergistic Combinations: a list of names.
    SynergisticCombinations(Combinations),
    /// Frequently Asked Questions.
    FrequentlyAskedQuestions(Faq),
    /// References.
    References(References),
    /// Any other section, or a known one whose body has another shape.
    Other(OtherSection),
}

impl Section {
    /// The known kind, or `None` for [`Section::Other`].
    pub fn kind(&self) -> Option<SectionKind> {
        Some(match self {
            Section::Overview(_) => SectionKind::Overview,
            Section::HealthBenefits(_) => SectionKind::HealthBenefits,
            Section::MechanismOfAction(_) => SectionKind::MechanismOfAction,
            Section::ClinicalSummary(_) => SectionKind::ClinicalSummary,
            Section::NutritionalProfile(_) => SectionKind::NutritionalProfile,
            Section::DosageAndPreparation(_) => SectionKind::DosageAndPreparation,
            Section::SafetyAndDrugInteractions(_) => SectionKind::SafetyAndDrugInteractions,
            Section::ScientificResearch(_) => SectionKind::ScientificResearch,
            Section::HistoricalAndCulturalContext(_) => SectionKind::HistoricalAndCulturalContext,
            Section::SynergisticCombinations(_) => SectionKind::SynergisticCombinations,
            Section::FrequentlyAskedQuestions(_) => SectionKind::FrequentlyAskedQuestions,
            Section::References(_) => SectionKind::References,
            Section::Other(_) => return None,
        })
    }

    /// The heading text.
    pub fn heading(&self) -> &str {
        match self {
            Section::Other(other) => &other.heading,
            known => known.kind().map_or("", SectionKind::heading),
        }
    }

    /// The body as prose, for the sections whose body is prose.
    pub fn prose(&self) -> Option<&Prose> {
        match self {
            Section::Overview(p)
            | Section::MechanismOfAction(p)
            | Section::ClinicalSummary(p)
            | Section::NutritionalProfile(p)
            | Section::DosageAndPreparation(p)
            | Section::SafetyAndDrugInteractions(p)
            | Section::ScientificResearch(p)
            | Section::HistoricalAndCulturalContext(p) => Some(p),
            _ => None,
        }
    }

    /// Every piece of inline text in the section body, in page order:
    /// paragraphs, list items, benefit texts and FAQ answers.
    pub fn texts(&self) -> impl Iterator<Item = &RichText> {
        let texts: Box<dyn Iterator<Item = &RichText>> = match self {
            Section::HealthBenefits(b) => Box::new(b.items.iter().map(|i| &i.text)),
            Section::FrequentlyAskedQuestions(faq) => {
                Box::new(faq.items.iter().flat_map(|i| i.answer.texts()))
            }
            Section::SynergisticCombinations(_) | Section::References(_) => {
                Box::new(std::iter::empty())
            }
            Section::Other(other) => Box::new(other.blocks.iter().flat_map(block_texts)),
            prose => Box::new(prose.prose().into_iter().flat_map(Prose::texts)),
        };
        texts
    }

    /// The constructor of the prose section of `kind`; `None` if that kind
    /// is not prose.
    pub(crate) fn prose_variant(kind: SectionKind) -> Option<fn(Prose) -> Section> {
        Some(match kind {
            SectionKind::Overview => Section::Overview,
            SectionKind::MechanismOfAction => Section::MechanismOfAction,
            SectionKind::ClinicalSummary => Section::ClinicalSummary,
            SectionKind::NutritionalProfile => Section::NutritionalProfile,
            SectionKind::DosageAndPreparation => Section::DosageAndPreparation,
            SectionKind::SafetyAndDrugInteractions => Section::SafetyAndDrugInteractions,
            SectionKind::ScientificResearch => Section::ScientificResearch,
            SectionKind::HistoricalAndCulturalContext => Section::HistoricalAndCulturalContext,
            _ => return None,
        })
    }
}

/// Synergistic Combinations: names separated by `, `.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Combinations {
    /// Ingredient names in page order. None contains `, ` or a line break.
    pub names: Vec<crate::SharedStr>,
}

impl Combinations {
    pub(crate) fn from_blocks(blocks: &[Block]) -> Option<Combinations> {
        match blocks {
            [Block::Paragraph(text)] => {
                let text = text.as_shared();
                (!text.contains('\n')).then(|| {
                    // At most one name more than there are commas.
                    let room = memchr::memchr_iter(b',', text.as_bytes()).count() + 1;
                    let mut names = Vec::with_capacity(room);
                    names.extend(text.split(", ").map(|name| text.share(name)));
                    Combinations { names }
                })
            }
            _ => None,
        }
    }

    /// Writes the line: the names separated by `, `.
    pub(crate) fn write(&self, w: &mut crate::layout::LineWriter<'_>) -> std::fmt::Result {
        w.start_line()?;
        for (i, name) in self.names.iter().enumerate() {
            if i > 0 {
                w.write(", ")?;
            }
            w.write_lines(name)?;
        }
        w.end_line();
        Ok(())
    }
}

/// A section kept as written: its heading and every block after it, blank
/// lines included.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OtherSection {
    /// The heading text after `## `.
    pub heading: crate::SharedStr,
    /// Every block up to the next section or the footer.
    pub blocks: Vec<Block>,
}

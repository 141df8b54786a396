//! An entry's evidence: its score beside the levels its own text states.

use std::ops::Range;

use crate::evidence::{EvidenceLevel, EvidenceScore, Tier, classify, denies_human_trials};

use super::Entry;
use super::locate::{Heading, Located};
use super::profile::Spanned;

/// How an entry's score compares with what its text supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Agreement {
    /// The score's tier is the tier the text supports.
    Consistent,
    /// The score claims a higher tier than the text supports.
    Overstated,
    /// The score is in a lower tier than the text supports.
    Understated,
    /// No score, or the text states no level of evidence.
    Unknown,
}

/// The evidence an entry states, beside its score.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EvidenceAssessment {
    /// The page's evidence score.
    pub score: Option<EvidenceScore>,
    /// The strongest level the text affirms.
    pub strongest: EvidenceLevel,
    /// Each sentence or qualifier that affirms a level, with its span.
    pub statements: Vec<Located<Spanned<EvidenceLevel>>>,
    /// Sentences that say human trials are missing.
    pub denials: Vec<Located<Range<usize>>>,
    /// The score against the text.
    pub agreement: Agreement,
}

impl Entry {
    /// Reads the level of evidence each sentence of the sections (and each
    /// benefit qualifier) affirms, and compares the strongest with the
    /// score's tier. A page that scores in Tier 1 yet says no human trials
    /// exist is [`Agreement::Overstated`].
    ///
    /// ```
    /// use hermetica::{Agreement, EvidenceLevel};
    ///
    /// let page = "# X\n\n**Evidence Score:** 8 / 10\n\n## Clinical Summary\n\n\
    ///     Evidence comes from rodent studies. No human clinical trials have been published.\n";
    /// let entry: hermetica::Entry = page.parse().unwrap();
    /// let evidence = entry.evidence();
    /// assert_eq!(evidence.strongest, EvidenceLevel::Animal);
    /// assert_eq!(evidence.denials.len(), 1);
    /// assert_eq!(evidence.agreement, Agreement::Overstated);
    /// ```
    pub fn evidence(&self) -> EvidenceAssessment {
        let prose = self.page_prose();
        let mut statements = Vec::new();
        let mut denials = Vec::new();
        for (section, range) in &prose.blocks {
            let heading = Heading(self.sections.get(*section)).name();
            let block = crate::scan::slice::within(&prose.text, range.clone());
            for sentence in sentences(block) {
                let lower = crate::scan::slice::within(block, sentence.clone()).to_lowercase();
                let span = sentence.start + range.start..sentence.end + range.start;
                if denies_human_trials(&lower) {
                    denials.push(Located {
                        section: heading.clone(),
                        value: span.clone(),
                    });
                }
                let level = classify(&lower);
                if level != EvidenceLevel::Unspecified {
                    statements.push(Located {
                        section: heading.clone(),
                        value: Spanned { span, value: level },
                    });
                }
            }
        }
        let strongest = statements
            .iter()
            .map(|s| s.value.value)
            .max()
            .unwrap_or(EvidenceLevel::Unspecified);
        let score = self.evidence_score();
        let agreement = match score.map(EvidenceScore::tier) {
            None => Agreement::Unknown,
            Some(Tier::Strong) if !denials.is_empty() => Agreement::Overstated,
            Some(_) if strongest == EvidenceLevel::Unspecified => Agreement::Unknown,
            Some(tier) if tier > strongest.supported_tier() => Agreement::Overstated,
            Some(tier) if tier < strongest.supported_tier() && tier != Tier::Unscored => {
                Agreement::Understated
            }
            Some(_) => Agreement::Consistent,
        };
        EvidenceAssessment {
            score,
            strongest,
            statements,
            denials,
            agreement,
        }
    }
}

/// Byte ranges of the sentences of a block: split after `. `, `; `, `? `,
/// `! ` and line breaks.
fn sentences(block: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = block.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        let end_mark = matches!(b, b'.' | b';' | b'?' | b'!')
            && bytes.get(i + 1).is_none_or(|n| *n == b' ' || *n == b'\n')
            || *b == b'\n';
        if end_mark {
            if i + 1 > start
                && !crate::scan::slice::within(block, start..i + 1)
                    .trim()
                    .is_empty()
            {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    if start < block.len() && !crate::scan::slice::from(block, start).trim().is_empty() {
        out.push(start..block.len());
    }
    out
}

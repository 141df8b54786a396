//! An entry's evidence: its score beside the levels its own text states.

use std::ops::Range;

use crate::SharedStr;
use crate::evidence::{EvidenceLevel, EvidenceScore, Tier, classify, denies_human_trials};

use super::{Analysis, Located};

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
#[non_exhaustive]
pub struct EvidenceAssessment {
    /// The page's evidence score.
    pub score: Option<EvidenceScore>,
    /// The strongest level the text affirms.
    pub strongest: EvidenceLevel,
    /// Each sentence or qualifier that affirms a level, with its span.
    pub statements: Vec<Located<EvidenceLevel>>,
    /// Sentences that say human trials are missing, as written.
    pub denials: Vec<Located<SharedStr>>,
    /// The score against the text.
    pub agreement: Agreement,
}

/// Reads the level of evidence each sentence of the sections (and each
/// benefit qualifier) affirms, and compares the strongest with the score's
/// tier. A page that scores in Tier 1 yet says no human trials exist is
/// [`Agreement::Overstated`].
pub(super) fn evidence(a: &Analysis) -> EvidenceAssessment {
    let mut statements = Vec::new();
    let mut denials = Vec::new();
    for block in a.prose_blocks() {
        for sentence in sentences(block.text) {
            let text = crate::scan::slice::within(block.text, sentence.clone());
            let lower = text.to_lowercase();
            let span = sentence.start + block.start..sentence.end + block.start;
            if denies_human_trials(&lower) {
                denials.push(Located {
                    section: block.heading(),
                    span: span.clone(),
                    value: a.shared_page().share(text),
                });
            }
            let level = classify(&lower);
            if level != EvidenceLevel::Unspecified {
                statements.push(Located {
                    section: block.heading(),
                    span,
                    value: level,
                });
            }
        }
    }
    let strongest = statements
        .iter()
        .map(|s| s.value)
        .max()
        .unwrap_or(EvidenceLevel::Unspecified);
    let score = a.entry().evidence_score();
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

/// Byte ranges of the sentences of a block, without the spaces around
/// them: split after `. `, `; `, `? `, `! ` and line breaks.
fn sentences(block: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut push = |range: Range<usize>| {
        let text = crate::scan::slice::within(block, range.clone());
        let start = range.start + (text.len() - text.trim_start().len());
        let end = range.end - (text.len() - text.trim_end().len());
        if start < end {
            out.push(start..end);
        }
    };
    let mut start = 0;
    let bytes = block.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        let end_mark = matches!(b, b'.' | b';' | b'?' | b'!')
            && bytes.get(i + 1).is_none_or(|n| *n == b' ' || *n == b'\n')
            || *b == b'\n';
        if end_mark {
            push(start..i + 1);
            start = i + 1;
        }
    }
    push(start..block.len());
    out
}

//! A quantity found in prose, and what it measures.

use std::ops::Range;

use super::{Dimension, Frequency, Per, Quantity};

/// What a quantity in prose measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuantityKind {
    /// An amount taken or given: `200mg`, `10-50 mg/kg`, `400–800 µg daily`.
    Dose,
    /// A concentration: `50–100 ng/mL`, `1-100 μM`, `0.5–1 IU/g`.
    Concentration,
    /// A percentage: `70%`, `2.2–3.8%`.
    Percentage,
    /// A duration: `2–4 hours`, `12 weeks`, `5-minute`.
    Duration,
    /// A molar mass: `784.98 g/mol`.
    MolecularWeight,
    /// A fold change: `3–5 fold`, `100–1000 times greater`.
    FoldChange,
    /// A study's sample size: `n=62`, `(n = 76)`, `n>1,000`.
    SampleSize,
    /// A count of people, studies or things: `1,879 participants`.
    Count,
    /// A p-value: `p < 0.05`.
    PValue,
    /// A partition coefficient: `logP approximately 0.3`.
    LogP,
    /// Another measurement with a unit (energy, temperature, length).
    Measurement,
}

/// A quantity found in prose, with where it stands.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Mention {
    /// Byte range in the scanned text.
    pub span: Range<usize>,
    /// The text of the span.
    pub text: crate::SharedStr,
    /// What it measures.
    pub kind: QuantityKind,
    /// The quantity itself (without a `n=`/`p <` prefix or trailing words).
    pub quantity: Quantity,
    /// For doses: what the amount is per.
    pub per: Option<Per>,
    /// For doses: how often.
    pub frequency: Option<Frequency>,
    /// A conversion stated beside it: `1.72 ng/mL (4.3 nmol/L)`.
    pub conversion: Option<Quantity>,
}

impl std::fmt::Display for QuantityKind {
    /// The kind in words: `dose`, `molecular weight`, `p-value`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(match self {
            QuantityKind::Dose => "dose",
            QuantityKind::Concentration => "concentration",
            QuantityKind::Percentage => "percentage",
            QuantityKind::Duration => "duration",
            QuantityKind::MolecularWeight => "molecular weight",
            QuantityKind::FoldChange => "fold change",
            QuantityKind::SampleSize => "sample size",
            QuantityKind::Count => "count",
            QuantityKind::PValue => "p-value",
            QuantityKind::LogP => "logP",
            QuantityKind::Measurement => "measurement",
        })
    }
}

impl Mention {
    /// The dimension: the unit's, or `Count` for counts and sample sizes.
    pub fn dimension(&self) -> Option<Dimension> {
        match self.kind {
            QuantityKind::Count | QuantityKind::SampleSize => Some(Dimension::DIMENSIONLESS),
            QuantityKind::FoldChange => Some(Dimension::DIMENSIONLESS),
            _ => self.quantity.unit().map(|u| u.dimension()),
        }
    }
}

//! What a reader looks for in an entry's figures: molecular weight and
//! formula, oral bioavailability, Tmax, half-life, logP, the fold increase
//! of enhanced formulations, and the doses used in studies.

use std::ops::Range;

use crate::chem::{MolecularFormula, formulas};
use crate::quantity::{Mention, QuantityKind};

use super::Entry;
use super::locate::{Heading, Located};

/// A value with its byte span in the page.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Spanned<T> {
    /// Byte range in the page.
    pub span: Range<usize>,
    /// The value.
    pub value: T,
}

/// Where a dose or concentration was used, read from its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum StudyModel {
    /// People: trials, participants, patients.
    Human,
    /// Animals: rodents, rats, mice, in vivo.
    Animal,
    /// Cells: cell culture, in vitro.
    CellCulture,
    /// Commercial products and supplements.
    Product,
    /// The sentence does not say.
    Unspecified,
}

/// A dose or concentration and the model it was used in.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct StudyDose {
    /// The quantity, with its span in the page.
    pub mention: Mention,
    /// Where it was used.
    pub model: StudyModel,
}

/// The figures of an entry that a reader looks for, each with its span in
/// the page.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Profile {
    /// The stated molecular weight (`784.98 g/mol`).
    pub molecular_weight: Option<Mention>,
    /// The molecular formula (`C41H68O14`).
    pub formula: Option<Spanned<MolecularFormula>>,
    /// Oral bioavailability, a percentage or percent range.
    pub bioavailability: Option<Mention>,
    /// Time to peak plasma concentration, a duration.
    pub tmax: Option<Mention>,
    /// Elimination half-life, a duration.
    pub half_life: Option<Mention>,
    /// The partition coefficient.
    pub log_p: Option<Mention>,
    /// The fold increase in bioavailability of enhanced formulations.
    pub fold_increase: Option<Mention>,
    /// Every dose and concentration, with the model it was used in.
    pub doses: Vec<Located<StudyDose>>,
}

const BIOAVAILABILITY: &[&str] = &["bioavailability", "absorption"];
const TMAX: &[&str] = &[
    "tmax",
    "t max",
    "time to peak",
    "peak plasma",
    "peak concentration",
];
const HALF_LIFE: &[&str] = &["half-life", "half life", "t1/2", "t½"];

const MODELS: &[(StudyModel, &[&str])] = &[
    (
        StudyModel::CellCulture,
        &["cell culture", "in vitro", "cell line", "cells", "cultured"],
    ),
    (
        StudyModel::Animal,
        &[
            "animal", "rodent", "rats", "rat ", "mice", "mouse", "murine", "in vivo",
        ],
    ),
    (
        StudyModel::Human,
        &[
            "human",
            "participants",
            "patients",
            "adults",
            "volunteers",
            "clinical trial",
            "subjects",
        ],
    ),
    (
        StudyModel::Product,
        &["commercial", "supplements", "products", "preparations"],
    ),
];

impl Entry {
    /// The figures a reader looks for, found in the sections' prose.
    ///
    /// ```
    /// let page = "# X\n\n**Category:** Compound\n\n## Nutritional Profile\n\n\
    ///     Molecular weight: 180.16 g/mol (C9H8O4). Oral bioavailability is about 50%, \
    ///     with a Tmax of 1–2 hours and a half-life of 20 minutes. Rats received 10 mg/kg.\n";
    /// let entry: hermetica::Entry = page.parse().unwrap();
    /// let profile = entry.profile();
    /// assert_eq!(profile.molecular_weight.unwrap().quantity.low(), Some(180.16));
    /// assert_eq!(profile.formula.unwrap().value.to_string(), "C9H8O4");
    /// assert_eq!(profile.bioavailability.unwrap().text, "about 50%");
    /// assert_eq!(profile.tmax.unwrap().text, "1–2 hours");
    /// assert_eq!(profile.half_life.unwrap().text, "20 minutes");
    /// assert_eq!(profile.doses[0].value.model, hermetica::StudyModel::Animal);
    /// ```
    pub fn profile(&self) -> Profile {
        let prose = self.page_prose();
        let mut profile = Profile::default();
        for (section, range) in &prose.blocks {
            let block = crate::scan::slice::within(&prose.text, range.clone());
            let heading = Heading(self.sections.get(*section));
            for (span, formula) in formulas(block) {
                profile.formula.get_or_insert(Spanned {
                    span: span.start + range.start..span.end + range.start,
                    value: formula,
                });
            }
            for mut mention in crate::quantities(block) {
                let local = mention.span.clone();
                mention.span = local.start + range.start..local.end + range.start;
                let before = sentence_before(block, local.start);
                let slot = match mention.kind {
                    QuantityKind::MolecularWeight => &mut profile.molecular_weight,
                    QuantityKind::LogP => &mut profile.log_p,
                    QuantityKind::Percentage if nearest(before, &[BIOAVAILABILITY]) == Some(0) => {
                        &mut profile.bioavailability
                    }
                    QuantityKind::Duration => match nearest(before, &[TMAX, HALF_LIFE]) {
                        Some(0) => &mut profile.tmax,
                        Some(_) => &mut profile.half_life,
                        None => continue,
                    },
                    QuantityKind::FoldChange if nearest(before, &[BIOAVAILABILITY]).is_some() => {
                        &mut profile.fold_increase
                    }
                    QuantityKind::Dose | QuantityKind::Concentration => {
                        let model = model_of(block, local);
                        profile.doses.push(Located {
                            section: heading.name(),
                            value: StudyDose { mention, model },
                        });
                        continue;
                    }
                    _ => continue,
                };
                slot.get_or_insert(mention);
            }
        }
        profile
    }
}

/// How far around a quantity its context is read, in bytes: enough for a
/// sentence, and a bound that keeps the work linear in the page.
const WINDOW: usize = 400;

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The sentence up to `at`: from after the last `. ` or `; ` before it.
fn sentence_before(block: &str, at: usize) -> &str {
    let head =
        crate::scan::slice::within(block, floor_boundary(block, at.saturating_sub(WINDOW))..at);
    let start = [". ", "; ", "\n"]
        .iter()
        .filter_map(|s| head.rfind(s).map(|i| i + s.len()))
        .max()
        .unwrap_or(0);
    crate::scan::slice::from(head, start)
}

/// The clause from `at` on: up to the next `. `, `; ` or `, ` (what
/// follows a comma is usually another clause: `…, which cannot be
/// extrapolated to humans`).
fn clause_after(block: &str, at: usize) -> &str {
    let tail = crate::scan::slice::within(
        block,
        at..floor_boundary(block, (at + WINDOW).min(block.len())),
    );
    let end = [". ", "; ", ", ", "\n"]
        .iter()
        .filter_map(|s| tail.find(s))
        .min()
        .unwrap_or(tail.len());
    crate::scan::slice::upto(tail, end)
}

/// Which keyword list has the keyword nearest the end of `text`.
fn nearest(text: &str, lists: &[&[&str]]) -> Option<usize> {
    let lower = text.to_lowercase();
    lists
        .iter()
        .enumerate()
        .filter_map(|(i, list)| {
            list.iter()
                .filter_map(|k| lower.rfind(k))
                .max()
                .map(|at| (i, at))
        })
        .max_by_key(|(_, at)| *at)
        .map(|(i, _)| i)
}

/// The model named nearest the quantity: before it in its sentence, or
/// after it in its clause.
fn model_of(block: &str, span: Range<usize>) -> StudyModel {
    let before = sentence_before(block, span.start).to_lowercase();
    let after = clause_after(block, span.end).to_lowercase();
    let mut best: Option<(usize, StudyModel)> = None;
    for (model, words) in MODELS {
        for word in *words {
            let distances = [
                before.rfind(word).map(|i| before.len() - i),
                after.find(word),
            ];
            for d in distances.into_iter().flatten() {
                if best.is_none_or(|(b, _)| d < b) {
                    best = Some((d, *model));
                }
            }
        }
    }
    best.map_or(StudyModel::Unspecified, |(_, m)| m)
}

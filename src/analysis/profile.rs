//! What a reader looks for in an entry's figures: molecular weight and
//! formula, oral bioavailability, Tmax, half-life, logP, the fold increase
//! of enhanced formulations, and the doses used in studies.

use std::ops::Range;

use crate::chem::{MolecularFormula, formulas};
use crate::quantity::{Mention, QuantityKind};

use super::{Analysis, Located};

/// Where a dose or concentration was used, read from its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct StudyDose {
    /// The quantity.
    pub mention: Mention,
    /// Where it was used.
    pub model: StudyModel,
}

/// The figures of an entry that a reader looks for, each where it stands
/// in the page. The first statement of each figure is kept.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Profile {
    /// The stated molecular weight (`784.98 g/mol`).
    pub molecular_weight: Option<Located<Mention>>,
    /// The molecular formula (`C41H68O14`).
    pub formula: Option<Located<MolecularFormula>>,
    /// Oral bioavailability, a percentage or percent range.
    pub bioavailability: Option<Located<Mention>>,
    /// Time to peak plasma concentration, a duration.
    pub tmax: Option<Located<Mention>>,
    /// Elimination half-life, a duration.
    pub half_life: Option<Located<Mention>>,
    /// The partition coefficient.
    pub log_p: Option<Located<Mention>>,
    /// The fold increase in bioavailability of enhanced formulations.
    pub fold_increase: Option<Located<Mention>>,
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

/// The profile of an analysed page: each block's formulas and quantities,
/// sorted into the figures by the keywords of their sentence.
pub(super) fn profile(a: &Analysis) -> Profile {
    let mut profile = Profile::default();
    for block in a.prose_blocks() {
        let text = block.text;
        let located = |span: Range<usize>| span.start + block.start..span.end + block.start;
        for (span, formula) in formulas(text) {
            profile.formula.get_or_insert(Located {
                section: block.heading(),
                span: located(span),
                value: formula,
            });
        }
        for mut mention in crate::quantities(text) {
            let local = mention.span.clone();
            mention.span = located(local.clone());
            let before = sentence_before(text, local.start);
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
                    let model = model_of(text, local);
                    profile.doses.push(Located {
                        section: block.heading(),
                        span: mention.span.clone(),
                        value: StudyDose { mention, model },
                    });
                    continue;
                }
                _ => continue,
            };
            slot.get_or_insert(Located {
                section: block.heading(),
                span: mention.span.clone(),
                value: mention,
            });
        }
    }
    profile
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

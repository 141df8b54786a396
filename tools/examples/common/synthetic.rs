//! A synthetic interaction database with the shapes of the publisher's:
//! every pair among a number of substances (493 give the 121,278 records
//! the site's index page states), severities in the index page's
//! proportions, and texts of the sample's lengths, written for this crate.
//! Shared by the `interactions` tool (`generate`) and the benchmarks.
#![allow(dead_code)] // each user takes its part

use hermetica::dataset::{
    InteractionEvidence, InteractionRecord, InteractionSeverity, Substance, UnknownFields,
};

/// The substances of the published database.
pub const SUBSTANCES: usize = 493;

/// The index page's counts by severity, most severe first; the rest of the
/// 121,278 pairs are safe.
const PUBLISHED: [(InteractionSeverity, u64); 4] = [
    (InteractionSeverity::Contraindicated, 63),
    (InteractionSeverity::Major, 284),
    (InteractionSeverity::Moderate, 257),
    (InteractionSeverity::Minor, 29),
];
const PUBLISHED_TOTAL: u64 = 121_278;

/// Stems of substance names; numbered past the list's end.
const STEMS: [&str; 24] = [
    "Ginkgo",
    "Warfarin",
    "Magnesium",
    "Sertraline",
    "Turmeric",
    "Metformin",
    "Ashwagandha",
    "Lisinopril",
    "Rhodiola",
    "Atorvastatin",
    "Valerian",
    "Levothyroxine",
    "Green Tea",
    "Omeprazole",
    "Zinc",
    "Amlodipine",
    "Melatonin",
    "Clopidogrel",
    "Iron",
    "Digoxin",
    "Kava",
    "Lithium",
    "Vitamin K",
    "Tacrolimus",
];

/// The label each severity's verdict opens with, after its emoji.
fn label(severity: InteractionSeverity) -> &'static str {
    match severity {
        InteractionSeverity::Contraindicated => "🔴 STOP — Contraindicated.",
        InteractionSeverity::Major => "🟠 CAUTION — Major interaction.",
        InteractionSeverity::Moderate => "🟡 USE CAUTION —",
        InteractionSeverity::Minor => "🟢 LOW RISK —",
        _ => "✅ SAFE —",
    }
}

/// The substances: a name and its slug each, in slug order.
pub fn substances(count: usize) -> Vec<Substance> {
    let mut all: Vec<Substance> = (0..count)
        .map(|i| {
            let stem = STEMS[i % STEMS.len()];
            let name = match i / STEMS.len() {
                0 => stem.to_owned(),
                n => format!("{stem} {}", n + 1),
            };
            let slug = name.to_lowercase().replace(' ', "-");
            Substance { slug, name }
        })
        .collect();
    all.sort_by(|a, b| a.slug.cmp(&b.slug));
    all
}

/// Every pair among `count` substances, as records.
pub fn interactions(count: usize) -> Vec<InteractionRecord> {
    let substances = substances(count);
    let total = (count * count.saturating_sub(1) / 2) as u64;
    // Severities are dealt by a permutation of the pair numbers, so that
    // each comes out in its published share, spread over the pairs.
    let step = [7919u64, 7927, 7933]
        .into_iter()
        .find(|p| !total.is_multiple_of(*p))
        .unwrap_or(1);
    let bounds: Vec<(InteractionSeverity, u64)> = PUBLISHED
        .iter()
        .scan(0, |sum, &(severity, n)| {
            *sum += (n * total).div_ceil(PUBLISHED_TOTAL);
            Some((severity, *sum))
        })
        .collect();
    let mut records = Vec::with_capacity(total as usize);
    let mut k = 0u64;
    for (i, a) in substances.iter().enumerate() {
        for b in &substances[i + 1..] {
            let dealt = (k * step) % total.max(1);
            let severity = bounds
                .iter()
                .find(|(_, bound)| dealt < *bound)
                .map_or(InteractionSeverity::Safe, |(s, _)| *s);
            k += 1;
            records.push(record(k, a, b, severity));
        }
    }
    records
}

fn record(
    id: u64,
    a: &Substance,
    b: &Substance,
    severity: InteractionSeverity,
) -> InteractionRecord {
    let evidence = InteractionEvidence::ALL[(id % 4) as usize];
    let (x, y) = (&a.name, &b.name);
    let seconds = id % 60;
    InteractionRecord {
        id,
        a: a.clone(),
        b: b.clone(),
        severity,
        evidence_level: evidence,
        mechanism: format!(
            "{x} and {y} share a clearance pathway (CYP3A4 and P-glycoprotein); together, exposure to {y} may change by 20–50% within 2 weeks."
        ),
        verdict_summary: format!(
            "{} Review {x} with {y} before combining them; the effect depends on the dose.",
            label(severity)
        ),
        plain_english: format!(
            "If you take {y}, ask a pharmacist before adding {x}: most people notice nothing, but a few need a dose change."
        ),
        url: format!(
            "https://ingredients.hermeticasuperfoods.com/interactions/{}/{}",
            a.slug, b.slug
        )
        .parse()
        .expect("a valid URL"),
        updated_at: format!("2026-03-13T19:27:{seconds:02}.378924+00:00")
            .parse()
            .expect("a valid timestamp"),
        unknown: UnknownFields::default(),
    }
}

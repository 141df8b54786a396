//! The checks, one function each.

use std::ops::Range;

use chrono::NaiveDate;

use super::{Diagnostic, Severity};
use crate::entry::{Agreement, Analysis, Profile, SectionKind, StudyModel, Warning};
use crate::quantity::{Dimension, QuantityKind};

pub(crate) fn all(analysis: &Analysis, page: &str, today: NaiveDate) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // The profile renders and re-reads the page: read it once.
    let profile = analysis.entry.profile();
    score_evidence(analysis, page, &mut out);
    molecular_weight(analysis, &profile, &mut out);
    inverted_ranges(analysis, &mut out);
    unit_context(&profile, page, &mut out);
    duplicate_aliases(analysis, page, &mut out);
    pmc_as_pmid(analysis, &mut out);
    unknown_links(analysis, &mut out);
    missing_parts(analysis, &mut out);
    future_date(analysis, page, today, &mut out);
    structure(analysis, page, &mut out);
    out.sort_by_key(|d| (d.span.start, d.code));
    out
}

fn diagnostic(
    code: &'static str,
    name: &'static str,
    severity: Severity,
    message: String,
    span: Range<usize>,
) -> Diagnostic {
    Diagnostic {
        code,
        name,
        severity,
        message,
        span,
    }
}

/// The span of a metadata line's value: `**Key:** value`.
fn metadata_value(page: &str, key: &str) -> Option<Range<usize>> {
    let label = format!("**{key}:** ");
    let at = page.find(&label)? + label.len();
    let end = crate::scan::slice::from(page, at)
        .find(['\n', '\r'])
        .map_or(page.len(), |e| at + e);
    Some(at..end)
}

fn score_evidence(a: &Analysis, page: &str, out: &mut Vec<Diagnostic>) {
    let evidence = a.entry.evidence();
    let Some(score) = evidence.score else { return };
    let span = metadata_value(page, "Evidence Score").unwrap_or(0..0);
    let tier = score.tier();
    let supported = evidence.strongest.supported_tier();
    let denial = if evidence.denials.is_empty() {
        ""
    } else {
        ", and it says human trials are missing"
    };
    match evidence.agreement {
        Agreement::Overstated => out.push(diagnostic(
            "H001",
            "score-evidence",
            Severity::Warning,
            format!(
                "evidence score {score} / 10 ({tier} tier) is more than the text supports: the strongest evidence it states is {}{denial} ({supported} tier)",
                evidence.strongest
            ),
            span,
        )),
        Agreement::Understated => out.push(diagnostic(
            "H001",
            "score-evidence",
            Severity::Note,
            format!(
                "evidence score {score} / 10 ({tier} tier) is less than the text supports: it states {} evidence ({supported} tier)",
                evidence.strongest
            ),
            span,
        )),
        Agreement::Consistent | Agreement::Unknown => {}
    }
}

fn molecular_weight(a: &Analysis, profile: &Profile, out: &mut Vec<Diagnostic>) {
    let Some(formula) = &profile.formula else {
        return;
    };
    let Some(stated) = a
        .quantities
        .iter()
        .find(|q| q.value.kind == QuantityKind::MolecularWeight)
    else {
        return;
    };
    let Some(weight) = stated.value.quantity.low() else {
        return;
    };
    let computed = formula.value.molar_mass();
    if (weight - computed).abs() > 0.5 && (weight - computed).abs() / computed > 0.001 {
        out.push(diagnostic(
            "H002",
            "molecular-weight",
            Severity::Warning,
            format!("stated molecular weight {weight} g/mol differs from {computed:.2} g/mol computed from {}", formula.value),
            stated.value.span.clone(),
        ));
    }
}

fn inverted_ranges(a: &Analysis, out: &mut Vec<Diagnostic>) {
    for q in a
        .quantities
        .iter()
        .filter(|q| q.value.quantity.is_inverted())
    {
        out.push(diagnostic(
            "H003",
            "inverted-range",
            Severity::Warning,
            format!("range `{}` runs from high to low", q.value.text),
            q.value.span.clone(),
        ));
    }
}

const DOSE_WORDS: &[&str] = &[
    "dose",
    "doses",
    "dosed",
    "dosing",
    "administered",
    "orally",
    "intake",
    "supplemented with",
];

/// A dose per body weight read as used in cell culture, or a dose given to
/// people or animals written as a concentration.
fn unit_context(profile: &Profile, page: &str, out: &mut Vec<Diagnostic>) {
    for dose in &profile.doses {
        let mention = &dose.value.mention;
        let Some(unit) = mention.quantity.unit() else {
            continue;
        };
        let dimension = unit.dimension();
        let clause_start = crate::scan::slice::upto(page, mention.span.start)
            .rfind(['.', ';', ',', '\n', '('])
            .map_or(0, |i| i + 1);
        let before =
            crate::scan::slice::within(page, clause_start..mention.span.start).to_lowercase();
        let dosed = DOSE_WORDS.iter().any(|w| before.contains(w));
        let concentration = dimension == Dimension::MASS_CONCENTRATION
            || dimension == Dimension::MOLAR_CONCENTRATION;
        let message = match dose.value.model {
            StudyModel::Human | StudyModel::Animal if concentration && dosed => format!(
                "dose `{}` is written as a concentration; a body-weight dose is mg/kg",
                mention.text
            ),
            StudyModel::CellCulture if unit.is_per_body_mass() => format!(
                "`{}` is a dose per body weight, but it stands in a cell-culture context",
                mention.text
            ),
            _ => continue,
        };
        out.push(diagnostic(
            "H004",
            "unit-context",
            Severity::Warning,
            message,
            mention.span.clone(),
        ));
    }
}

fn duplicate_aliases(a: &Analysis, page: &str, out: &mut Vec<Diagnostic>) {
    let Some(aliases) = a.entry.aliases() else {
        return;
    };
    let span = metadata_value(page, "Also Known As").unwrap_or(0..0);
    let mut seen: Vec<String> = Vec::new();
    for alias in aliases.iter() {
        let key = alias.trim().to_lowercase();
        if seen.contains(&key) {
            let at = crate::scan::slice::within(page, span.clone())
                .rfind(alias)
                .map_or(span.start, |i| span.start + i);
            out.push(diagnostic(
                "H005",
                "duplicate-alias",
                Severity::Warning,
                format!("alias `{alias}` is listed more than once"),
                at..at + alias.len(),
            ));
        } else {
            seen.push(key);
        }
    }
}

fn pmc_as_pmid(a: &Analysis, out: &mut Vec<Diagnostic>) {
    for c in a.citations.iter().filter(|c| c.value.mislabelled) {
        out.push(diagnostic(
            "H006",
            "pmc-as-pmid",
            Severity::Warning,
            format!(
                "`{}` labels a PubMed Central id as a PMID; write `PMCID:`",
                c.value.text
            ),
            c.value.span.clone(),
        ));
    }
}

/// Site paths that relative links may point to.
const KNOWN_PATHS: &[&str] = &[
    "/ingredients/",
    "/interactions/",
    "/datasets",
    "/methodology",
    "/conditions/",
];

fn unknown_links(a: &Analysis, out: &mut Vec<Diagnostic>) {
    for l in &a.links {
        let target = &l.value.link.target;
        let relative =
            !target.contains("://") && !target.starts_with('#') && !target.starts_with("mailto:");
        if relative && !KNOWN_PATHS.iter().any(|p| target.starts_with(p)) {
            out.push(diagnostic(
                "H007",
                "unknown-link",
                Severity::Warning,
                format!("link target `{target}` is outside the site's known paths"),
                l.value.span.clone(),
            ));
        }
    }
}

const REQUIRED_KEYS: &[&str] = &["Canonical URL", "Updated", "Evidence Score", "Category"];
const REQUIRED_SECTIONS: &[SectionKind] = &[SectionKind::Overview, SectionKind::HealthBenefits];

fn missing_parts(a: &Analysis, out: &mut Vec<Diagnostic>) {
    let entry = &a.entry;
    let present = |key: &str| match key {
        "Canonical URL" => entry.canonical_url().is_some(),
        "Updated" => entry.updated().is_some(),
        "Evidence Score" => entry.evidence_score().is_some(),
        _ => entry.category().is_some(),
    };
    for key in REQUIRED_KEYS.iter().filter(|k| !present(k)) {
        out.push(diagnostic(
            "H008",
            "missing-part",
            Severity::Warning,
            format!("metadata key `{key}` is missing"),
            0..0,
        ));
    }
    for kind in REQUIRED_SECTIONS {
        if entry.section(kind.heading()).is_none() {
            out.push(diagnostic(
                "H008",
                "missing-part",
                Severity::Warning,
                format!("section `{}` is missing", kind.heading()),
                0..0,
            ));
        }
    }
}

fn future_date(a: &Analysis, page: &str, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    if let Some(updated) = a.entry.updated().filter(|d| *d > today) {
        out.push(diagnostic(
            "H009",
            "future-date",
            Severity::Warning,
            format!("`Updated` date {updated} is after today ({today})"),
            metadata_value(page, "Updated").unwrap_or(0..0),
        ));
    }
}

fn structure(a: &Analysis, page: &str, out: &mut Vec<Diagnostic>) {
    for warning in a.entry.warnings() {
        let (code, name, severity, span) = match &warning {
            Warning::UntypedSection { heading } => {
                let at = page.find(&format!("## {heading}")).unwrap_or(0);
                (
                    "H010",
                    "untyped-section",
                    Severity::Warning,
                    at..at + heading.len() + 3,
                )
            }
            Warning::UnknownKey { key } => {
                let span =
                    metadata_value(page, key).map_or(0..0, |v| v.start - key.len() - 6..v.start);
                ("H011", "unknown-key", Severity::Note, span)
            }
            _ => ("H012", "stray-line", Severity::Note, 0..0),
        };
        out.push(diagnostic(code, name, severity, warning.to_string(), span));
    }
}

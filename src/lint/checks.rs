//! The checks, one function each.

use std::ops::Range;

use chrono::NaiveDate;

use super::{Diagnostic, Severity};
use crate::analysis::{Agreement, Analysis, Located, Profile, StudyModel, Warning};
use crate::entry::{MetaLine, SectionKind};
use crate::quantity::{Dimension, Mention, QuantityKind};
use crate::site::PageKind;
use crate::{Citation, ResolvedLink};

/// What the checks read, each read once from the analysed page.
struct Page<'a> {
    analysis: &'a Analysis,
    quantities: Vec<Located<Mention>>,
    profile: Profile,
}

/// Every check that applies to the page's kind. The checks of an entry's
/// content and parts apply to ingredient pages only; the site's other
/// pages get the checks of any page, and the index page its own.
pub(crate) fn all(analysis: &Analysis, today: NaiveDate) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let page = Page {
        analysis,
        quantities: analysis.quantities(),
        profile: analysis.profile(),
    };
    let kind = PageKind::of(analysis.entry());
    // Any page.
    inverted_ranges(&page, &mut out);
    pmc_as_pmid(&analysis.citations(), &mut out);
    unknown_links(&analysis.resolved_links(), &mut out);
    future_date(&page, today, &mut out);
    structure(analysis, kind, &mut out);
    match kind {
        PageKind::Ingredient => {
            score_evidence(&page, &mut out);
            molecular_weight(&page, &mut out);
            unit_context(&page, &mut out);
            duplicate_aliases(&page, &mut out);
            missing_parts(analysis, &mut out);
        }
        #[cfg(feature = "dataset")]
        PageKind::InteractionIndex => super::index_page::index_totals(analysis, &mut out),
        _ => {}
    }
    out.sort_by_key(|d| (d.span.start, d.code));
    out
}

/// The span of the value of the first metadata line `is` picks:
/// `**Key:** value`.
fn metadata_value(a: &Analysis, is: impl Fn(&MetaLine) -> bool) -> Range<usize> {
    let line = a.entry().metadata.iter().position(is);
    line.and_then(|i| a.metadata_value(i)).unwrap_or(0..0)
}

fn score_evidence(p: &Page<'_>, out: &mut Vec<Diagnostic>) {
    let evidence = p.analysis.evidence();
    let Some(score) = evidence.score else { return };
    let span = metadata_value(p.analysis, |m| matches!(m, MetaLine::EvidenceScore(_)));
    let tier = score.tier();
    let supported = evidence.strongest.supported_tier();
    let denial = if evidence.denials.is_empty() {
        ""
    } else {
        ", and it says human trials are missing"
    };
    match evidence.agreement {
        Agreement::Overstated => out.push(Diagnostic::new(
            "H001",
            "score-evidence",
            Severity::Warning,
            format!(
                "evidence score {score} / 10 ({tier} tier) is more than the text supports: the strongest evidence it states is {}{denial} ({supported} tier)",
                evidence.strongest
            ),
            span,
        )),
        Agreement::Understated => out.push(Diagnostic::new(
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

fn molecular_weight(p: &Page<'_>, out: &mut Vec<Diagnostic>) {
    let Some(formula) = &p.profile.formula else {
        return;
    };
    let Some(stated) = p
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
        out.push(Diagnostic::new(
            "H002",
            "molecular-weight",
            Severity::Warning,
            format!("stated molecular weight {weight} g/mol differs from {computed:.2} g/mol computed from {}", formula.value),
            stated.span.clone(),
        ));
    }
}

fn inverted_ranges(p: &Page<'_>, out: &mut Vec<Diagnostic>) {
    for q in p
        .quantities
        .iter()
        .filter(|q| q.value.quantity.is_inverted())
    {
        out.push(Diagnostic::new(
            "H003",
            "inverted-range",
            Severity::Warning,
            format!("range `{}` runs from high to low", q.value.text),
            q.span.clone(),
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
fn unit_context(p: &Page<'_>, out: &mut Vec<Diagnostic>) {
    let page = p.analysis.page();
    for dose in &p.profile.doses {
        let mention = &dose.value.mention;
        let Some(unit) = mention.quantity.unit() else {
            continue;
        };
        let dimension = unit.dimension();
        let before = clause_before(page, dose.span.start).to_lowercase();
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
        out.push(Diagnostic::new(
            "H004",
            "unit-context",
            Severity::Warning,
            message,
            dose.span.clone(),
        ));
    }
}

/// The clause before `at`: from after the last `.`, `;`, `,`, line break
/// or `(` before it, within the window a sentence fits in (which keeps
/// the work linear in the page).
fn clause_before(page: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(WINDOW);
    while !page.is_char_boundary(from) {
        from += 1;
    }
    let head = crate::scan::slice::within(page, from..at);
    let start = head.rfind(['.', ';', ',', '\n', '(']).map_or(0, |i| i + 1);
    crate::scan::slice::from(head, start)
}

/// How far back a clause is looked for, in bytes.
const WINDOW: usize = 400;

fn duplicate_aliases(p: &Page<'_>, out: &mut Vec<Diagnostic>) {
    let a = p.analysis;
    let Some(aliases) = a.entry().aliases() else {
        return;
    };
    let span = metadata_value(a, |m| matches!(m, MetaLine::AlsoKnownAs(_)));
    let line = crate::scan::slice::within(a.page(), span.clone());
    let mut seen = std::collections::HashSet::new();
    // Aliases are written in order, `, `-separated: each is found after
    // the one before it.
    let mut from = 0;
    for alias in aliases.iter() {
        let found = crate::scan::slice::from(line, from).find(alias);
        // Where the alias is written; an alias not found as written (it
        // cannot be) points at the whole line.
        let at = match found {
            Some(i) => {
                let start = from + i;
                from = start + alias.len();
                span.start + start..span.start + from
            }
            None => span.clone(),
        };
        if !seen.insert(alias.trim().to_lowercase()) {
            out.push(Diagnostic::new(
                "H005",
                "duplicate-alias",
                Severity::Warning,
                format!("alias `{alias}` is listed more than once"),
                at,
            ));
        }
    }
}

fn pmc_as_pmid(citations: &[Located<Citation>], out: &mut Vec<Diagnostic>) {
    for c in citations.iter().filter(|c| c.value.mislabelled) {
        out.push(Diagnostic::new(
            "H006",
            "pmc-as-pmid",
            Severity::Warning,
            format!(
                "`{}` labels a PubMed Central id as a PMID; write `PMCID:`",
                c.value.text
            ),
            c.span.clone(),
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

fn unknown_links(links: &[Located<ResolvedLink>], out: &mut Vec<Diagnostic>) {
    for l in links {
        let target = &l.value.link.target;
        let relative =
            !target.contains("://") && !target.starts_with('#') && !target.starts_with("mailto:");
        if relative && !KNOWN_PATHS.iter().any(|p| target.starts_with(p)) {
            out.push(Diagnostic::new(
                "H007",
                "unknown-link",
                Severity::Warning,
                format!("link target `{target}` is outside the site's known paths"),
                l.span.clone(),
            ));
        }
    }
}

const REQUIRED_KEYS: &[&str] = &["Canonical URL", "Updated", "Evidence Score", "Category"];
const REQUIRED_SECTIONS: &[SectionKind] = &[SectionKind::Overview, SectionKind::HealthBenefits];

fn missing_parts(a: &Analysis, out: &mut Vec<Diagnostic>) {
    let entry = a.entry();
    let present = |key: &str| match key {
        // The key itself: the site's other pages write `URL`, entries not.
        "Canonical URL" => entry
            .metadata
            .iter()
            .any(|m| matches!(m, MetaLine::CanonicalUrl(_))),
        "Updated" => entry.updated().is_some(),
        "Evidence Score" => entry.evidence_score().is_some(),
        _ => entry.category().is_some(),
    };
    for key in REQUIRED_KEYS.iter().filter(|k| !present(k)) {
        out.push(Diagnostic::new(
            "H008",
            "missing-part",
            Severity::Warning,
            format!("metadata key `{key}` is missing"),
            0..0,
        ));
    }
    for kind in REQUIRED_SECTIONS {
        if entry.section(kind.heading()).is_none() {
            out.push(Diagnostic::new(
                "H008",
                "missing-part",
                Severity::Warning,
                format!("section `{}` is missing", kind.heading()),
                0..0,
            ));
        }
    }
}

fn future_date(p: &Page<'_>, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    let a = p.analysis;
    if let Some(updated) = a.entry().updated().filter(|d| *d > today) {
        out.push(Diagnostic::new(
            "H009",
            "future-date",
            Severity::Warning,
            format!("`Updated` date {updated} is after today ({today})"),
            metadata_value(a, |m| matches!(m, MetaLine::Updated(_))),
        ));
    }
}

/// H010–H012. A section or key an entry does not have is news only on an
/// entry: the site's other pages have their own.
fn structure(a: &Analysis, kind: PageKind, out: &mut Vec<Diagnostic>) {
    for warning in a.warnings() {
        let (code, name, severity) = match &warning.value {
            Warning::UntypedSection { .. } | Warning::UnknownKey { .. }
                if kind != PageKind::Ingredient =>
            {
                continue;
            }
            Warning::UntypedSection { .. } => ("H010", "untyped-section", Severity::Warning),
            Warning::UnknownKey { .. } => ("H011", "unknown-key", Severity::Note),
            _ => ("H012", "stray-line", Severity::Note),
        };
        let message = warning.value.to_string();
        out.push(Diagnostic::new(code, name, severity, message, warning.span));
    }
}

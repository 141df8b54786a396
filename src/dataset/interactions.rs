//! `Interactions`: the interaction records indexed by substance, and the
//! question people ask of them first: does anything I take interact?

use std::collections::{BTreeMap, HashMap};

use super::interaction::{InteractionEvidence, InteractionRecord, InteractionSeverity};

/// Interaction records indexed by substance: each record under both of its
/// substances' slugs, and each display name under its slug.
///
/// ```
/// use hermetica::dataset::{Interactions, InteractionSeverity, read_interactions};
///
/// let jsonl = concat!(
///     r#"{"id":7,"substance_a_slug":"ginkgo","substance_a_name":"Ginkgo","substance_b_slug":"warfarin","#,
///     r#""substance_b_name":"Warfarin","severity":"major","evidence_level":"moderate","mechanism":"Both thin the blood.","#,
///     r#""verdict_summary":"CAUTION — Major interaction. Avoid Ginkgo with Warfarin.","plain_english":"Bleeding risk.","#,
///     r#""url":"https://example.org/interactions/ginkgo/warfarin","updated_at":"2026-03-13T19:27:33.378924+00:00"}"#,
/// );
/// let records = read_interactions(jsonl.as_bytes()).collect::<Result<Vec<_>, _>>()?;
/// let index = Interactions::from_records(records);
/// let found = index.check(&["Warfarin", "ginkgo", "vitamin-c"]);
/// assert_eq!(found.pairs.len(), 1);
/// assert_eq!(found.pairs[0].severity, InteractionSeverity::Major);
/// assert_eq!(found.unknown, ["vitamin-c"]);
/// # Ok::<(), hermetica::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Interactions {
    records: Vec<InteractionRecord>,
    /// Each slug's records, as indexes into `records`.
    by_slug: HashMap<String, Vec<usize>>,
    /// Each display name, in slug form, to its slug.
    slug_of_name: HashMap<String, String>,
}

/// What [`Interactions::check`] found among a list of substances.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Check<'a> {
    /// The record of every pair among the substances, most severe first
    /// (records of safe and beneficial pairs last: see
    /// [`Check::interactions`]).
    pub pairs: Vec<&'a InteractionRecord>,
    /// The substances named that no record holds, as given.
    pub unknown: Vec<String>,
}

impl<'a> Check<'a> {
    /// The pairs that interact (minor and worse), most severe first.
    pub fn interactions(&self) -> impl Iterator<Item = &'a InteractionRecord> + '_ {
        self.pairs
            .iter()
            .copied()
            .filter(|r| r.severity.is_interaction())
    }
}

/// Counts of records by severity and by evidence level.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stats {
    /// How many records there are.
    pub records: usize,
    /// How many substances they name.
    pub substances: usize,
    /// Records of each severity.
    pub by_severity: BTreeMap<InteractionSeverity, usize>,
    /// Records of each evidence level.
    pub by_evidence: BTreeMap<InteractionEvidence, usize>,
}

impl Interactions {
    /// Indexes records.
    pub fn from_records(records: impl IntoIterator<Item = InteractionRecord>) -> Interactions {
        let records: Vec<InteractionRecord> = records.into_iter().collect();
        let mut by_slug: HashMap<String, Vec<usize>> = HashMap::new();
        let mut slug_of_name = HashMap::new();
        for (i, record) in records.iter().enumerate() {
            for side in [&record.a, &record.b] {
                by_slug.entry(side.slug.clone()).or_default().push(i);
                slug_of_name
                    .entry(slug_form(&side.name))
                    .or_insert_with(|| side.slug.clone());
            }
        }
        Interactions {
            records,
            by_slug,
            slug_of_name,
        }
    }

    /// The records, in the order given.
    pub fn records(&self) -> &[InteractionRecord] {
        &self.records
    }

    /// The slug a substance is known by: its slug, or its display name in
    /// any case and spelling of spaces and punctuation (`St. John's Wort`
    /// is `st-johns-wort`). `None` when no record names it.
    pub fn resolve(&self, substance: &str) -> Option<&str> {
        let form = slug_form(substance);
        if let Some((slug, _)) = self.by_slug.get_key_value(&form) {
            return Some(slug);
        }
        self.slug_of_name.get(&form).map(String::as_str)
    }

    /// Every record of a pair among `substances`, most severe first (then
    /// by id), and the substances no record names.
    pub fn check<S: AsRef<str>>(&self, substances: &[S]) -> Check<'_> {
        let mut slugs: Vec<&str> = Vec::new();
        let mut unknown = Vec::new();
        for substance in substances {
            match self.resolve(substance.as_ref()) {
                Some(slug) if !slugs.contains(&slug) => slugs.push(slug),
                Some(_) => {}
                None => unknown.push(substance.as_ref().to_owned()),
            }
        }
        let mut pairs: Vec<&InteractionRecord> = Vec::new();
        for (i, slug) in slugs.iter().enumerate() {
            let others = slugs.get(i + 1..).unwrap_or_default();
            pairs.extend(self.records_of(slug).filter(|r| {
                r.other(slug)
                    .is_some_and(|o| others.contains(&o.slug.as_str()))
            }));
        }
        most_severe_first(&mut pairs);
        Check { pairs, unknown }
    }

    /// Every record that names `substance`, most severe first; `None` when
    /// none does.
    pub fn with(&self, substance: &str) -> Option<Vec<&InteractionRecord>> {
        let slug = self.resolve(substance)?;
        let mut found: Vec<&InteractionRecord> = self.records_of(slug).collect();
        most_severe_first(&mut found);
        Some(found)
    }

    /// Counts by severity and evidence level.
    pub fn stats(&self) -> Stats {
        let mut stats = Stats {
            records: self.records.len(),
            substances: self.by_slug.len(),
            ..Stats::default()
        };
        for record in &self.records {
            *stats.by_severity.entry(record.severity).or_default() += 1;
            *stats.by_evidence.entry(record.evidence_level).or_default() += 1;
        }
        stats
    }

    fn records_of<'s>(&'s self, slug: &str) -> impl Iterator<Item = &'s InteractionRecord> + 's {
        self.by_slug
            .get(slug)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.records.get(i))
    }
}

fn most_severe_first(records: &mut [&InteractionRecord]) {
    records.sort_by(|x, y| y.severity.cmp(&x.severity).then(x.id.cmp(&y.id)));
}

/// A name in the form of a slug: lower case, letters and digits kept,
/// apostrophes dropped, any other run of characters one `-`.
fn slug_form(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if matches!(c, '\'' | '’') {
            continue;
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_the_form_of_slugs() {
        assert_eq!(slug_form("St. John's Wort"), "st-johns-wort");
        assert_eq!(
            slug_form("  Vitamin B12 (cobalamin) "),
            "vitamin-b12-cobalamin"
        );
        assert_eq!(slug_form("st-johns-wort"), "st-johns-wort");
    }
}

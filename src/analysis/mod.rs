//! What an entry's text says, read from the page it was parsed from: the
//! quantities, citations and links of its prose, the figures a reader
//! looks for ([`Profile`]), the evidence it states beside its score, and
//! what it holds that could not be typed ([`Warning`]).
//!
//! An [`Analysis`] keeps the page text and where each part of the entry
//! stands in it, so every reading points into the page and none parses
//! it again.

mod evidence;
mod profile;
mod prose;
mod warnings;

pub use evidence::{Agreement, EvidenceAssessment};
pub use profile::{Profile, StudyDose, StudyModel};
pub use warnings::Warning;

use std::borrow::Cow;
use std::ops::Range;

use crate::SharedStr;
use crate::document::parse_shared;
use crate::entry::{Entry, Outline, Section, build};
use crate::error::Error;
use crate::{Citation, Mention, ResolvedLink};

/// Something found in a page: the value, where it stands, and the heading
/// of the section it stands in.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Located<T> {
    /// The heading of the section (empty for the metadata block):
    /// borrowed for the twelve known sections, owned for any other.
    pub section: Cow<'static, str>,
    /// The byte range in the page ([`Analysis::page`]). A value that
    /// carries a span of its own (a [`Mention`], a [`Citation`], a
    /// [`ResolvedLink`]) carries this one.
    pub span: Range<usize>,
    /// What was found.
    pub value: T,
}

/// A parsed entry together with its page: what its prose says, with byte
/// spans into the page.
///
/// Make one with [`analyze`] from a page's text (the spans point into that
/// text), or with [`Analysis::from_entry`] from an entry built or edited in
/// code (its page is the entry rendered once).
///
/// ```
/// let page = "# Tea\n\n**Canonical URL:** https://example.org/ingredients/tea\n\n## Overview\n\n\
///     Eases [stress](/ingredients/condition/stress) at 200mg daily (PMID: 12345678).\n";
/// let analysis = hermetica::analyze(page)?;
/// assert_eq!(analysis.entry().title, "Tea");
/// assert_eq!(&page[analysis.quantities()[0].span.clone()], "200mg daily");
/// assert_eq!(&page[analysis.citations()[0].span.clone()], "PMID: 12345678");
/// assert_eq!(analysis.resolved_links()[0].value.condition(), Some("stress"));
/// # Ok::<(), hermetica::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Analysis {
    entry: Entry,
    page: SharedStr,
    outline: Outline,
}

/// Parses a page and keeps it beside the entry, for reading its prose.
///
/// # Errors
///
/// As [`crate::parse`]: the page is not an entry page.
pub fn analyze(text: &str) -> Result<Analysis, Error> {
    let page = SharedStr::from(text);
    let (doc, starts) = parse_shared(&page);
    let (entry, outline) =
        build(doc.blocks, doc.layout, &starts, text.len()).map_err(|f| f.with_source(text))?;
    Ok(Analysis {
        entry,
        page,
        outline,
    })
}

impl Analysis {
    /// The analysis of an entry made or edited in code: it is rendered
    /// once, and the spans point into that rendering
    /// ([`Analysis::page`]).
    ///
    /// ```
    /// let mut entry: hermetica::Entry = "# Tea\n\n**Category:** Herb\n".parse()?;
    /// entry.title = "Green tea".into();
    /// let analysis = hermetica::Analysis::from_entry(&entry)?;
    /// assert_eq!(analysis.page(), "# Green tea\n\n**Category:** Herb\n");
    /// # Ok::<(), hermetica::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// An edit left the entry in a state whose rendering is not an entry
    /// page.
    pub fn from_entry(entry: &Entry) -> Result<Analysis, Error> {
        analyze(&entry.to_string())
    }

    /// The typed entry.
    pub fn entry(&self) -> &Entry {
        &self.entry
    }

    /// The typed entry, without the page.
    pub fn into_entry(self) -> Entry {
        self.entry
    }

    /// The page the spans point into.
    pub fn page(&self) -> &str {
        &self.page
    }

    /// Every quantity in the sections' prose.
    ///
    /// ```
    /// let page = "# Tea\n\n**Category:** Herb\n\n## Dosage & Preparation\n\nTake 2–3 g daily.\n";
    /// let found = hermetica::analyze(page)?.quantities();
    /// assert_eq!(found[0].section, "Dosage & Preparation");
    /// assert_eq!(&page[found[0].span.clone()], "2–3 g daily");
    /// # Ok::<(), hermetica::Error>(())
    /// ```
    pub fn quantities(&self) -> Vec<Located<Mention>> {
        prose::quantities(self)
    }

    /// Every citation in the sections' prose (PMIDs, PMC ids, NCT ids,
    /// DOIs, URLs, author–year).
    ///
    /// ```
    /// let page = "# X\n\n**Category:** Herb\n\n## Clinical Summary\n\nAn RCT (PMID: 25028591) helped.\n";
    /// let found = hermetica::analyze(page)?.citations();
    /// assert_eq!(found[0].section, "Clinical Summary");
    /// assert_eq!(&page[found[0].span.clone()], "PMID: 25028591");
    /// # Ok::<(), hermetica::Error>(())
    /// ```
    pub fn citations(&self) -> Vec<Located<Citation>> {
        prose::citations(self)
    }

    /// Every inline link in the sections' prose, its target resolved
    /// against the origin of the canonical URL.
    ///
    /// ```
    /// let page = "# X\n\n**Canonical URL:** https://example.org/ingredients/x\n\n## Overview\n\nEases [stress](/ingredients/condition/stress).\n";
    /// let links = hermetica::analyze(page)?.resolved_links();
    /// assert_eq!(links[0].value.url.as_ref().map(|u| u.as_str()), Some("https://example.org/ingredients/condition/stress"));
    /// assert_eq!(&page[links[0].span.clone()], "[stress](/ingredients/condition/stress)");
    /// # Ok::<(), hermetica::Error>(())
    /// ```
    pub fn resolved_links(&self) -> Vec<Located<ResolvedLink>> {
        prose::links(self)
    }

    /// The figures a reader looks for, found in the sections' prose.
    ///
    /// ```
    /// let page = "# X\n\n**Category:** Compound\n\n## Nutritional Profile\n\n\
    ///     Molecular weight: 180.16 g/mol (C9H8O4). Oral bioavailability is about 50%, \
    ///     with a Tmax of 1–2 hours and a half-life of 20 minutes. Rats received 10 mg/kg.\n";
    /// let profile = hermetica::analyze(page)?.profile();
    /// assert_eq!(profile.molecular_weight.unwrap().value.quantity.low(), Some(180.16));
    /// assert_eq!(profile.formula.unwrap().value.to_string(), "C9H8O4");
    /// assert_eq!(profile.bioavailability.unwrap().value.text, "about 50%");
    /// assert_eq!(profile.tmax.unwrap().value.text, "1–2 hours");
    /// let half_life = profile.half_life.unwrap();
    /// assert_eq!(&page[half_life.span], "20 minutes");
    /// assert_eq!(profile.doses[0].value.model, hermetica::StudyModel::Animal);
    /// # Ok::<(), hermetica::Error>(())
    /// ```
    pub fn profile(&self) -> Profile {
        profile::profile(self)
    }

    /// The level of evidence each sentence of the sections (and each
    /// benefit qualifier) affirms, and the strongest compared with the
    /// score's tier. A page that scores in Tier 1 yet says no human trials
    /// exist is [`Agreement::Overstated`].
    ///
    /// ```
    /// use hermetica::{Agreement, EvidenceLevel};
    ///
    /// let page = "# X\n\n**Evidence Score:** 8 / 10\n\n## Clinical Summary\n\n\
    ///     Evidence comes from rodent studies. No human clinical trials have been published.\n";
    /// let evidence = hermetica::analyze(page)?.evidence();
    /// assert_eq!(evidence.strongest, EvidenceLevel::Animal);
    /// assert_eq!(evidence.denials[0].value, "No human clinical trials have been published.");
    /// assert_eq!(evidence.agreement, Agreement::Overstated);
    /// # Ok::<(), hermetica::Error>(())
    /// ```
    pub fn evidence(&self) -> EvidenceAssessment {
        evidence::evidence(self)
    }

    /// What the page holds that could not be typed (kept as written),
    /// where it stands.
    ///
    /// ```
    /// let page = "# Tea\n\n**Colour:** Green\n\n## Health Benefits\n\nCalms.\n";
    /// let warnings = hermetica::analyze(page)?.warnings();
    /// let found: Vec<(String, &str)> =
    ///     warnings.iter().map(|w| (w.value.to_string(), &page[w.span.clone()])).collect();
    /// assert_eq!(found, [
    ///     ("unknown metadata key `Colour` kept as written".to_string(), "**Colour:**"),
    ///     ("section `Health Benefits` kept as written: its body does not have the expected shape".to_string(), "## Health Benefits"),
    /// ]);
    /// # Ok::<(), hermetica::Error>(())
    /// ```
    pub fn warnings(&self) -> Vec<Located<Warning>> {
        warnings::warnings(self)
    }

    /// Each prose block: its text, where it starts in the page, and the
    /// heading of its section.
    pub(crate) fn prose_blocks(&self) -> impl Iterator<Item = ProseBlock<'_>> {
        self.outline
            .prose
            .iter()
            .map(|(section, range)| ProseBlock {
                text: crate::scan::slice::within(&self.page, range.clone()),
                start: range.start,
                section: self.entry.sections.get(*section),
            })
    }

    /// The span of the value of metadata line `i`: after `**Key:** `, up to
    /// the line ending.
    pub(crate) fn metadata_value(&self, i: usize) -> Option<Range<usize>> {
        let line = self.outline.metadata.get(i)?;
        let text = crate::scan::slice::within(&self.page, line.clone());
        let at = text.find(":** ").map_or(0, |at| at + 4);
        let end = text.trim_end_matches(['\n', '\r']).len();
        Some(line.start + at..line.start + end.max(at))
    }

    /// The span of the metadata line `i`, without its line ending.
    pub(crate) fn metadata_line(&self, i: usize) -> Option<Range<usize>> {
        let line = self.outline.metadata.get(i)?;
        let text = crate::scan::slice::within(&self.page, line.clone());
        Some(line.start..line.start + text.trim_end_matches(['\n', '\r']).len())
    }

    /// The span of section `i`'s heading line, without its line ending.
    pub(crate) fn heading_line(&self, i: usize) -> Option<Range<usize>> {
        let line = self.outline.headings.get(i)?;
        let text = crate::scan::slice::within(&self.page, line.clone());
        Some(line.start..line.start + text.trim_end_matches(['\n', '\r']).len())
    }

    /// The page as a shared buffer, for values that keep parts of it.
    pub(crate) fn shared_page(&self) -> &SharedStr {
        &self.page
    }

    /// From the start of the first prose block to the end of the last: the
    /// part of the page that holds prose.
    pub(crate) fn prose_span(&self) -> Range<usize> {
        let start = self.outline.prose.first().map_or(0, |(_, r)| r.start);
        let end = self.outline.prose.last().map_or(0, |(_, r)| r.end);
        start..end.max(start)
    }
}

/// A prose block of a page.
#[derive(Clone, Copy)]
pub(crate) struct ProseBlock<'a> {
    /// Its text.
    pub(crate) text: &'a str,
    /// Where it starts in the page.
    pub(crate) start: usize,
    /// Its section.
    pub(crate) section: Option<&'a Section>,
}

impl ProseBlock<'_> {
    /// Its end in the page.
    pub(crate) fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The heading of its section, without a copy for a known section.
    pub(crate) fn heading(&self) -> Cow<'static, str> {
        heading_of(self.section)
    }
}

/// The heading of a section, without a copy for a known section (empty
/// for none).
pub(crate) fn heading_of(section: Option<&Section>) -> Cow<'static, str> {
    match section.map(|s| (s.kind(), s)) {
        Some((Some(kind), _)) => Cow::Borrowed(kind.heading()),
        Some((None, section)) => Cow::Owned(section.heading().to_owned()),
        None => Cow::Borrowed(""),
    }
}

impl PartialEq for Analysis {
    /// Two analyses are equal when their entries and pages are.
    fn eq(&self, other: &Self) -> bool {
        self.entry == other.entry && self.page == other.page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_the_outline_point_into_the_page() {
        let page = "# Tea\r\n\r\n**Category:** Herb\r\n**Colour:** Green\r\n\r\n## Overview\r\n\r\nCalms.\r\n";
        let analysis = analyze(page).unwrap();
        let value = analysis.metadata_value(0).unwrap();
        assert_eq!(&page[value], "Herb");
        assert_eq!(
            &page[analysis.metadata_line(1).unwrap()],
            "**Colour:** Green"
        );
        assert_eq!(&page[analysis.heading_line(0).unwrap()], "## Overview");
        let blocks: Vec<_> = analysis
            .prose_blocks()
            .map(|b| (b.text, b.heading()))
            .collect();
        assert_eq!(blocks, [("Calms.\r\n", Cow::Borrowed("Overview"))]);
    }

    #[test]
    fn long_quantities_share_the_page_short_ones_are_inline() {
        let page = "# Tea\n\n**Category:** Herb\n\n## Dosage & Preparation\n\n\
            Take between 200 and 400 mg twice daily, or 2 g.\n";
        let analysis = analyze(page).unwrap();
        let [long, short] = &analysis.quantities()[..] else {
            panic!("{:?}", analysis.quantities());
        };
        assert_eq!(long.value.text, "between 200 and 400 mg twice daily");
        assert!(long.value.text.shares_buffer_with(&analysis.entry.title));
        assert_eq!(short.value.text, "2 g");
        assert!(short.value.text.is_inline());
    }
}

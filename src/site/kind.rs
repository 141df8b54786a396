//! What a page is: an ingredient entry, the interaction index, or another
//! page of the site. The site writes all three in one layout; which checks
//! apply, and which typed view reads it, depends on the kind.

use std::fmt;

use crate::entry::{Entry, MetaLine, SectionKind};

/// The metadata key the interaction index page states its total with.
pub(crate) const TOTAL_INTERACTIONS_KEY: &str = "Total Interactions";

/// The kind of a page of the site.
///
/// ```
/// use hermetica::{Entry, PageKind};
///
/// let kind = |page: &str| PageKind::of(&page.parse::<Entry>().unwrap());
/// let url = |path: &str| format!("# Page\n\n**URL:** https://example.org{path}\n");
/// assert_eq!(kind(&url("/ingredients/ginger")), PageKind::Ingredient);
/// assert_eq!(kind(&url("/interactions")), PageKind::InteractionIndex);
/// assert_eq!(kind(&url("/methodology")), PageKind::SitePage);
/// assert_eq!(kind(&url("/ingredients/condition/sleep")), PageKind::SitePage);
/// // Without an address, the content says.
/// assert_eq!(kind("# Ginger\n\n**Evidence Score:** 5 / 10\n"), PageKind::Ingredient);
/// assert_eq!(kind("# Interactions\n\n**Total Interactions:** 12\n"), PageKind::InteractionIndex);
/// assert_eq!(kind("# About\n\n## Overview\n\nA team.\n"), PageKind::SitePage);
/// assert_eq!(kind("# Ginger\n\n## Health Benefits\n\n• Calms\n"), PageKind::Ingredient);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PageKind {
    /// An ingredient entry, under `/ingredients/{slug}`.
    Ingredient,
    /// The interaction database's index page, `/interactions`: its totals
    /// and its counts by severity.
    InteractionIndex,
    /// Any other page of the site (the methodology page, an interaction
    /// pair's page): tables and prose, none of an entry's parts.
    SitePage,
}

impl PageKind {
    /// The kind's name, as serde writes it (`interaction_index`).
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Ingredient => "ingredient",
            PageKind::InteractionIndex => "interaction_index",
            PageKind::SitePage => "site_page",
        }
    }

    /// The kind of a page: from the path of its address (`**Canonical
    /// URL:**` or `**URL:**`) when it has one, else from its content.
    pub fn of(entry: &Entry) -> PageKind {
        match entry.canonical_url() {
            Some(url) => PageKind::of_path(url.path()),
            None => PageKind::of_content(entry),
        }
    }

    /// `/ingredients/{slug}` is an entry, `/interactions` the index, and
    /// any other path another page: a condition page
    /// (`/ingredients/condition/{name}`), a pair's page, the methodology.
    fn of_path(path: &str) -> PageKind {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            ["ingredients", slug] if *slug != "condition" => PageKind::Ingredient,
            ["interactions"] => PageKind::InteractionIndex,
            _ => PageKind::SitePage,
        }
    }

    /// A page without an address: the index if it states a total of
    /// interactions; an entry if it has an entry's metadata or a section
    /// only entries have (the site's other pages may have an Overview, a
    /// FAQ or references too); else another page.
    fn of_content(entry: &Entry) -> PageKind {
        let has_entry_metadata = entry.metadata.iter().any(|line| {
            matches!(
                line,
                MetaLine::EvidenceScore(_) | MetaLine::Category(_) | MetaLine::AlsoKnownAs(_)
            )
        });
        let has_entry_section = entry.sections.iter().any(|s| {
            SectionKind::from_heading(s.heading()).is_some_and(|kind| {
                !matches!(
                    kind,
                    SectionKind::Overview
                        | SectionKind::FrequentlyAskedQuestions
                        | SectionKind::References
                )
            })
        });
        let states_total = entry.metadata.iter().any(
            |line| matches!(line, MetaLine::Field(field) if &*field.key == TOTAL_INTERACTIONS_KEY),
        );
        if states_total {
            PageKind::InteractionIndex
        } else if has_entry_metadata || has_entry_section {
            PageKind::Ingredient
        } else {
            PageKind::SitePage
        }
    }
}

impl fmt::Display for PageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

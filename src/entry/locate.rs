//! Where an entry's prose stands in its rendered page, so that what is
//! found in it carries byte spans into the page.

use std::ops::Range;

use crate::document::{Block, parse_blocks};

use super::Entry;

/// Something found in an entry, with the heading of the section it stands
/// in. The value carries its own byte span into the page
/// (`entry.to_string()`).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Located<T> {
    /// The heading of the section.
    pub section: String,
    /// What was found.
    pub value: T,
}

/// The page text and the byte ranges of its prose blocks, each with the
/// index of its section in `entry.sections`.
pub(crate) struct PageProse {
    pub(crate) text: String,
    pub(crate) blocks: Vec<(usize, Range<usize>)>,
}

impl Entry {
    pub(crate) fn page_prose(&self) -> PageProse {
        let text = self.to_string();
        let (doc, starts) = parse_blocks(&text);
        let body_end = doc
            .blocks
            .len()
            .saturating_sub(if self.footer.is_some() { 3 } else { 0 });
        let mut section: Option<usize> = None;
        let mut blocks = Vec::new();
        for (i, block) in doc.blocks.iter().enumerate().take(body_end) {
            let start = starts.get(i).copied().unwrap_or(text.len());
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            match block {
                Block::Heading(h) if h.level == 2 => section = Some(section.map_or(0, |s| s + 1)),
                Block::Heading(h) if h.level == 1 => {}
                Block::Paragraph(_) | Block::List(_) | Block::Table(_) | Block::Heading(_) => {
                    if let Some(s) = section {
                        blocks.push((s, start..end));
                    }
                }
                _ => {}
            }
        }
        PageProse { text, blocks }
    }

    /// Every quantity in the sections' prose, with byte spans into the page.
    ///
    /// ```
    /// let page = "# Tea\n\n**Category:** Herb\n\n## Dosage & Preparation\n\nTake 2–3 g daily.\n";
    /// let entry: hermetica::Entry = page.parse().unwrap();
    /// let found = entry.quantities();
    /// assert_eq!(found[0].section, "Dosage & Preparation");
    /// assert_eq!(&page[found[0].value.span.clone()], "2–3 g daily");
    /// ```
    pub fn quantities(&self) -> Vec<Located<crate::Mention>> {
        let prose = self.page_prose();
        let mut found = Vec::new();
        for (section, range) in &prose.blocks {
            let heading = self.sections.get(*section).map_or("", |s| s.heading());
            for mut mention in crate::quantities(crate::slice::within(&prose.text, range.clone())) {
                mention.span = mention.span.start + range.start..mention.span.end + range.start;
                found.push(Located {
                    section: heading.to_owned(),
                    value: mention,
                });
            }
        }
        found
    }
}

impl Entry {
    /// Every citation in the sections (PMIDs, PMC ids, NCT ids, DOIs, URLs,
    /// author–year), with spans into the page and the section it stands in.
    ///
    /// ```
    /// let page = "# X\n\n**Category:** Herb\n\n## Clinical Summary\n\nAn RCT (PMID: 25028591) helped.\n";
    /// let entry: hermetica::Entry = page.parse().unwrap();
    /// let found = entry.citations();
    /// assert_eq!(found[0].section, "Clinical Summary");
    /// assert_eq!(&page[found[0].value.span.clone()], "PMID: 25028591");
    /// ```
    pub fn citations(&self) -> Vec<Located<crate::Citation>> {
        let prose = self.page_prose();
        let mut found = Vec::new();
        for (section, range) in &prose.blocks {
            let heading = self.sections.get(*section).map_or("", |s| s.heading());
            for mut citation in crate::citations(crate::slice::within(&prose.text, range.clone())) {
                citation.span = citation.span.start + range.start..citation.span.end + range.start;
                found.push(Located {
                    section: heading.to_owned(),
                    value: citation,
                });
            }
        }
        found
    }

    /// Every inline link in the sections, its target resolved against the
    /// origin of the canonical URL, with spans into the page.
    ///
    /// ```
    /// let page = "# X\n\n**Canonical URL:** https://example.org/ingredients/x\n\n## Overview\n\nEases [stress](/ingredients/condition/stress).\n";
    /// let entry: hermetica::Entry = page.parse().unwrap();
    /// let links = entry.resolved_links();
    /// assert_eq!(links[0].value.url.as_ref().map(|u| u.as_str()), Some("https://example.org/ingredients/condition/stress"));
    /// assert_eq!(links[0].value.condition(), Some("stress"));
    /// assert_eq!(&page[links[0].value.span.clone()], "[stress](/ingredients/condition/stress)");
    /// ```
    pub fn resolved_links(&self) -> Vec<Located<crate::ResolvedLink>> {
        let base = self.canonical_url().map(|u| u.url());
        let prose = self.page_prose();
        let mut found = Vec::new();
        for (section, range) in &prose.blocks {
            let heading = self.sections.get(*section).map_or("", |s| s.heading());
            let mut offset = range.start;
            for inline in
                crate::RichText::parse(crate::slice::within(&prose.text, range.clone())).inlines
            {
                let len = match &inline {
                    crate::Inline::Text(text) => text.len(),
                    crate::Inline::Link(link) => link.text.len() + link.target.len() + 4,
                };
                if let crate::Inline::Link(link) = inline {
                    let url = match base {
                        Some(base) => link.resolve(base),
                        None => url::Url::parse(&link.target).ok(),
                    };
                    found.push(Located {
                        section: heading.to_owned(),
                        value: crate::ResolvedLink {
                            span: offset..offset + len,
                            link,
                            url,
                        },
                    });
                }
                offset += len;
            }
        }
        found
    }
}

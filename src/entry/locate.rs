//! Where an entry's prose stands in its page, so that what is found in it
//! carries byte spans into the page: the source text when the entry was
//! just parsed ([`crate::analyze`]), or its rendering otherwise.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use crate::SharedStr;
use crate::document::{Block, parse_shared};
use crate::reference::CITATION_STARTS;

use super::{Entry, Section};

/// Something found in an entry, with the heading of the section it stands
/// in. The value carries its own byte span into the page
/// (`entry.to_string()`).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Located<T> {
    /// The heading of the section: borrowed for the twelve known
    /// sections, owned for any other.
    pub section: Cow<'static, str>,
    /// What was found.
    pub value: T,
}

/// The page text and the byte ranges of its prose blocks, each with the
/// index of its section in `entry.sections`.
pub(crate) struct PageProse {
    pub(crate) text: SharedStr,
    pub(crate) blocks: Vec<(usize, Range<usize>)>,
    /// Where citations may start and units of time stand in the text
    /// (`marks::find`), found on first use.
    marks: OnceCell<Vec<(usize, usize)>>,
}

/// The items of `sorted` (in order of their position, `at`) that lie
/// inside `block`, for blocks taken in page order: `next` is where the
/// search starts, the first item not before the previous block, and is
/// moved to the first item not before this one.
fn within<'s, T>(
    sorted: &'s [T],
    at: impl Fn(&T) -> usize,
    next: &mut usize,
    block: &Range<usize>,
) -> &'s [T] {
    let rest = sorted.get(*next..).unwrap_or_default();
    *next += rest
        .iter()
        .take_while(|item| at(item) < block.start)
        .count();
    let rest = sorted.get(*next..).unwrap_or_default();
    let inside = rest.iter().take_while(|item| at(item) < block.end).count();
    rest.get(..inside).unwrap_or_default()
}

impl PageProse {
    /// The prose blocks of a parsed page: paragraphs, lists, tables and
    /// sub-headings after the first `## ` heading, up to the footer.
    pub(crate) fn new(text: SharedStr, blocks: &[Block], starts: &[usize], footer: bool) -> Self {
        let body_end = blocks.len().saturating_sub(if footer { 3 } else { 0 });
        let mut section: Option<usize> = None;
        let mut ranges = Vec::with_capacity(body_end);
        let len = text.len();
        for (i, block) in blocks.iter().enumerate().take(body_end) {
            let start = starts.get(i).copied().unwrap_or(len);
            let end = starts.get(i + 1).copied().unwrap_or(len);
            match block {
                Block::Heading(h) if h.level == 2 => section = Some(section.map_or(0, |s| s + 1)),
                Block::Heading(h) if h.level == 1 => {}
                Block::Paragraph(_) | Block::List(_) | Block::Table(_) | Block::Heading(_) => {
                    if let Some(s) = section {
                        ranges.push((s, start..end));
                    }
                }
                _ => {}
            }
        }
        PageProse {
            text,
            blocks: ranges,
            marks: OnceCell::new(),
        }
    }

    /// Where citations may start and units of time stand in the prose
    /// part of the text ([`PageProse::span`]), in order.
    fn marks(&self) -> &[(usize, usize)] {
        self.marks.get_or_init(|| {
            let prose = self.span();
            let mut marks =
                super::marks::find(crate::scan::slice::within(&self.text, prose.clone()));
            for (at, _) in &mut marks {
                *at += prose.start;
            }
            marks
        })
    }

    /// From the start of the first prose block to the end of the last:
    /// the part of the page the passes search (the metadata before it and
    /// the footer after it hold no prose).
    fn span(&self) -> Range<usize> {
        let start = self.blocks.first().map_or(0, |(_, r)| r.start);
        let end = self.blocks.last().map_or(0, |(_, r)| r.end);
        start..end.max(start)
    }

    /// Each prose block's text, its offset in the page and its section's
    /// heading.
    pub(crate) fn each<'e>(
        &'e self,
        entry: &'e Entry,
    ) -> impl Iterator<Item = (&'e str, usize, Heading<'e>)> {
        let text = self.text.as_str();
        self.blocks.iter().map(move |(section, range)| {
            let heading = Heading(entry.sections.get(*section));
            (
                crate::scan::slice::within(text, range.clone()),
                range.start,
                heading,
            )
        })
    }

    /// Room for what is found in prose: on the real page, about one
    /// quantity and one link per kilobyte, and the values are large
    /// (hundreds of bytes), so regrowing and copying them is worth
    /// avoiding.
    fn room(&self) -> usize {
        self.text.len() / 1024 + 4
    }

    pub(crate) fn quantities(&self, entry: &Entry) -> Vec<Located<crate::Mention>> {
        let mut found = Vec::with_capacity(self.room());
        // Where quantities may start is found once over the page, then
        // handed to each block by offset.
        let prose = self.span();
        let starts =
            crate::quantity::quantity_starts(crate::scan::slice::within(&self.text, prose.clone()));
        let mut next = 0;
        for ((block, offset, heading), (_, range)) in self.each(entry).zip(&self.blocks) {
            let inside = within(&starts, |&(at, _)| at + prose.start, &mut next, range)
                .iter()
                .map(|&(at, start)| (at + prose.start - offset, start))
                .collect();
            for mut mention in crate::quantity::quantities_among(block, inside, Some(&self.text)) {
                mention.span = mention.span.start + offset..mention.span.end + offset;
                found.push(Located {
                    section: heading.name(),
                    value: mention,
                });
            }
        }
        found
    }

    pub(crate) fn citations(&self, entry: &Entry) -> Vec<Located<crate::Citation>> {
        let mut found = Vec::new();
        let mut next = 0;
        for ((block, offset, heading), (_, range)) in self.each(entry).zip(&self.blocks) {
            let marks = within(self.marks(), |&(at, _)| at, &mut next, range);
            let cites = |&&(_, i): &&(usize, usize)| i < CITATION_STARTS.len();
            // Most blocks hold no citation start: nothing to read.
            if !marks.iter().any(|m| cites(&m)) {
                continue;
            }
            let starts = marks.iter().filter(cites).map(|&(at, i)| (at - offset, i));
            for mut citation in crate::reference::citations_at(block, starts) {
                citation.span = citation.span.start + offset..citation.span.end + offset;
                found.push(Located {
                    section: heading.name(),
                    value: citation,
                });
            }
        }
        found
    }

    pub(crate) fn links(&self, entry: &Entry) -> Vec<Located<crate::ResolvedLink>> {
        let mut found: Vec<Located<crate::ResolvedLink>> = Vec::with_capacity(self.room());
        // Pages link the same conditions again and again: each distinct
        // target is resolved once, after the links are found, and the
        // URLs share one buffer. `which` holds each link's target, as an
        // index into `targets`.
        let mut targets: Vec<&str> = Vec::new();
        let mut which: Vec<usize> = Vec::with_capacity(self.room());
        // One search for `[` over the page; a link lies within one line,
        // so within the prose block that holds its `[`.
        let mut block = 0;
        let mut after = 0;
        let prose = self.span();
        let page = self.text.as_str();
        let searched = crate::scan::slice::within(page, prose.clone()).as_bytes();
        for start in memchr::memchr_iter(b'[', searched).map(|at| prose.start + at) {
            while self.blocks.get(block).is_some_and(|(_, r)| r.end <= start) {
                block += 1;
            }
            let Some((section, range)) = self.blocks.get(block) else {
                break;
            };
            if start < range.start.max(after) {
                continue;
            }
            let text = crate::scan::slice::upto(page, range.end);
            let Some((span, link)) = crate::text::link_at(text, start) else {
                continue;
            };
            after = span.end;
            which.push(match targets.iter().position(|t| *t == link.target) {
                Some(i) => i,
                None => {
                    targets.push(link.target);
                    targets.len() - 1
                }
            });
            found.push(Located {
                section: Heading(entry.sections.get(*section)).name(),
                value: crate::ResolvedLink {
                    span,
                    link: crate::Link {
                        text: self.text.share(link.text),
                        target: self.text.share(link.target),
                    },
                    url: None,
                },
            });
        }
        let urls = match entry.canonical_url() {
            Some(base) => base.join_each(&targets),
            None => targets.iter().map(|t| t.parse().ok()).collect(),
        };
        for (link, i) in found.iter_mut().zip(which) {
            link.value.url = urls.get(i).cloned().flatten();
        }
        found
    }
}

/// The section a prose block stands in.
#[derive(Clone, Copy)]
pub(crate) struct Heading<'e>(pub(crate) Option<&'e Section>);

impl Heading<'_> {
    /// The heading, without a copy for a known section.
    pub(crate) fn name(self) -> Cow<'static, str> {
        match self.0.map(|s| (s.kind(), s)) {
            Some((Some(kind), _)) => Cow::Borrowed(kind.heading()),
            Some((None, section)) => Cow::Owned(section.heading().to_owned()),
            None => Cow::Borrowed(""),
        }
    }
}

impl Entry {
    /// The prose of the rendered page.
    pub(crate) fn page_prose(&self) -> PageProse {
        let text = SharedStr::from(self.to_page());
        let (doc, starts) = parse_shared(&text);
        PageProse::new(text, &doc.blocks, &starts, self.footer.is_some())
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
        self.page_prose().quantities(self)
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
        self.page_prose().citations(self)
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
        self.page_prose().links(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_within_a_block() {
        let marks = [(1, 0), (4, 1), (5, 0), (9, 1)];
        let at = |&(at, _): &(usize, usize)| at;
        let mut next = 0;
        assert_eq!(within(&marks, at, &mut next, &(0..4)), [(1, 0)]);
        assert_eq!(within(&marks, at, &mut next, &(4..6)), [(4, 1), (5, 0)]);
        assert_eq!(within(&marks, at, &mut next, &(7..9)), []);
        assert_eq!(within(&marks, at, &mut next, &(9..20)), [(9, 1)]);
        assert_eq!(within(&marks, at, &mut next, &(20..30)), []);
    }
}

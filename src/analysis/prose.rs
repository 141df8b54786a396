//! The quantities, citations and links of an entry's prose, each read
//! once over the prose part of the page and handed to its block by
//! offset.

use crate::reference::{citation_starts, citations_at};
use crate::{Citation, Link, Mention, ResolvedLink};

use super::{Analysis, Located, ProseBlock};

/// The items of `sorted` (in order of their position, `at`) that lie
/// inside `block`, for blocks taken in page order: `next` is where the
/// search starts, the first item not before the previous block, and is
/// moved to the first item not before this one.
fn within<'s, T>(
    sorted: &'s [T],
    at: impl Fn(&T) -> usize,
    next: &mut usize,
    block: &ProseBlock<'_>,
) -> &'s [T] {
    let rest = sorted.get(*next..).unwrap_or_default();
    *next += rest
        .iter()
        .take_while(|item| at(item) < block.start)
        .count();
    let rest = sorted.get(*next..).unwrap_or_default();
    let inside = rest
        .iter()
        .take_while(|item| at(item) < block.end())
        .count();
    rest.get(..inside).unwrap_or_default()
}

/// Room for what is found in prose: on the real page, about one quantity
/// and one link per kilobyte, and the values are large (hundreds of
/// bytes), so regrowing and copying them is worth avoiding.
fn room(a: &Analysis) -> usize {
    a.page().len() / 1024 + 4
}

pub(super) fn quantities(a: &Analysis) -> Vec<Located<Mention>> {
    let mut found = Vec::with_capacity(room(a));
    // Where quantities may start is found once over the prose, then handed
    // to each block by offset.
    let prose = a.prose_span();
    let starts =
        crate::quantity::quantity_starts(crate::scan::slice::within(a.page(), prose.clone()));
    let mut next = 0;
    for block in a.prose_blocks() {
        let inside = within(&starts, |&(at, _)| at + prose.start, &mut next, &block)
            .iter()
            .map(|&(at, start)| (at + prose.start - block.start, start))
            .collect();
        for mut mention in
            crate::quantity::quantities_among(block.text, inside, Some(a.shared_page()))
        {
            mention.span = mention.span.start + block.start..mention.span.end + block.start;
            found.push(Located {
                section: block.heading(),
                span: mention.span.clone(),
                value: mention,
            });
        }
    }
    found
}

pub(super) fn citations(a: &Analysis) -> Vec<Located<Citation>> {
    let prose = a.prose_span();
    let starts = citation_starts(crate::scan::slice::within(a.page(), prose.clone()));
    let mut found = Vec::new();
    let mut next = 0;
    for block in a.prose_blocks() {
        let inside = within(&starts, |&(at, _)| at + prose.start, &mut next, &block);
        // Most blocks hold no citation start: nothing to read.
        if inside.is_empty() {
            continue;
        }
        let starts = inside
            .iter()
            .map(|&(at, start)| (at + prose.start - block.start, start));
        for mut citation in citations_at(block.text, starts) {
            citation.span = citation.span.start + block.start..citation.span.end + block.start;
            found.push(Located {
                section: block.heading(),
                span: citation.span.clone(),
                value: citation,
            });
        }
    }
    found
}

pub(super) fn links(a: &Analysis) -> Vec<Located<ResolvedLink>> {
    let page = a.shared_page();
    let mut found: Vec<Located<ResolvedLink>> = Vec::with_capacity(room(a));
    // Pages link the same conditions again and again: each distinct target
    // is resolved once, after the links are found, and the URLs share one
    // buffer. `which` holds each link's target, as an index into `targets`.
    let mut targets: Vec<&str> = Vec::new();
    let mut which: Vec<usize> = Vec::with_capacity(room(a));
    // One search for `[` over the prose; a link lies within one line, so
    // within the prose block that holds its `[`.
    let prose = a.prose_span();
    let searched = crate::scan::slice::within(page, prose.clone()).as_bytes();
    let mut blocks = a.prose_blocks().peekable();
    let mut after = 0;
    for start in memchr::memchr_iter(b'[', searched).map(|at| prose.start + at) {
        while blocks.peek().is_some_and(|b| b.end() <= start) {
            blocks.next();
        }
        let Some(block) = blocks.peek() else {
            break;
        };
        if start < block.start.max(after) {
            continue;
        }
        let text = crate::scan::slice::upto(page, block.end());
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
            section: block.heading(),
            span: span.clone(),
            value: ResolvedLink {
                span,
                link: Link {
                    text: page.share(link.text),
                    target: page.share(link.target),
                },
                url: None,
            },
        });
    }
    let urls = match a.entry().canonical_url() {
        Some(base) => base.join_each(&targets),
        None => targets.iter().map(|t| t.parse().ok()).collect(),
    };
    for (link, i) in found.iter_mut().zip(which) {
        link.value.url = urls.get(i).cloned().flatten();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_within_a_block() {
        let marks = [(1, 0), (4, 1), (5, 0), (9, 1)];
        let at = |&(at, _): &(usize, usize)| at;
        let block = |start, text| ProseBlock {
            text,
            start,
            section: None,
        };
        let mut next = 0;
        assert_eq!(within(&marks, at, &mut next, &block(0, "abcd")), [(1, 0)]);
        assert_eq!(
            within(&marks, at, &mut next, &block(4, "ef")),
            [(4, 1), (5, 0)]
        );
        assert_eq!(within(&marks, at, &mut next, &block(7, "gh")), []);
        assert_eq!(
            within(&marks, at, &mut next, &block(9, "ijklmnopqrs")),
            [(9, 1)]
        );
        assert_eq!(within(&marks, at, &mut next, &block(20, "x")), []);
    }
}

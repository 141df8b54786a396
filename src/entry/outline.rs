//! Where the parts of an entry stand in the text it was parsed from: the
//! source map that lets what is read later (quantities, citations, lint)
//! point into the input without parsing it again.

use std::ops::Range;

use crate::document::{Block, Heading};

/// Byte ranges of an entry's parts in its source text. Each range covers
/// its block's lines with their line endings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Outline {
    /// The metadata lines, in the order of `entry.metadata`.
    pub(crate) metadata: Vec<Range<usize>>,
    /// The `## ` heading line of each section, in the order of
    /// `entry.sections`.
    pub(crate) headings: Vec<Range<usize>>,
    /// The prose blocks (paragraphs, lists, tables and sub-headings of the
    /// sections), each with the index of its section.
    pub(crate) prose: Vec<(usize, Range<usize>)>,
}

impl Outline {
    /// The outline of a page's blocks: `starts` holds where each block
    /// starts, `len` is the length of the page, `metadata` the indices of
    /// the metadata blocks and `body` those of the sections' blocks.
    pub(crate) fn new(
        blocks: &[Block],
        starts: &[usize],
        len: usize,
        metadata: Range<usize>,
        body: Range<usize>,
    ) -> Outline {
        let range = |i: usize| {
            let start = starts.get(i).copied().unwrap_or(len);
            start..starts.get(i + 1).copied().unwrap_or(len)
        };
        let mut outline = Outline {
            metadata: metadata.map(range).collect(),
            headings: Vec::new(),
            prose: Vec::with_capacity(body.len()),
        };
        for i in body {
            match blocks.get(i) {
                Some(Block::Heading(Heading { level: 2, .. })) => outline.headings.push(range(i)),
                Some(
                    Block::Paragraph(_) | Block::List(_) | Block::Table(_) | Block::Heading(_),
                ) => {
                    if let Some(section) = outline.headings.len().checked_sub(1) {
                        outline.prose.push((section, range(i)));
                    }
                }
                _ => {}
            }
        }
        outline
    }
}

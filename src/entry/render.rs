//! Entry → blocks → text: the inverse of `build`. Rendering visits the
//! blocks the entry holds, in page order, and builds only the ones the
//! layout implies (headings, empty lines, benefit lists); nothing is
//! collected on the way to the text.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use crate::document::{Block, Document, Heading, write_blocks};

use super::Entry;
use super::MetaLine;
use super::section::Section;

/// Receives the page's blocks in order.
pub(crate) struct Sink<'s> {
    visit: &'s mut dyn FnMut(&Block) -> fmt::Result,
    result: fmt::Result,
}

impl Sink<'_> {
    /// Hands a block on; after an error the rest are skipped.
    pub(crate) fn push(&mut self, block: Cow<'_, Block>) {
        if self.result.is_ok() {
            self.result = (self.visit)(&block);
        }
    }

    /// Hands blocks on with one empty line between them.
    pub(crate) fn interleave<'b>(&mut self, blocks: impl IntoIterator<Item = Cow<'b, Block>>) {
        for (i, block) in blocks.into_iter().enumerate() {
            if i > 0 {
                self.push(empty());
            }
            self.push(block);
        }
    }
}

impl Entry {
    /// The entry as a generic document: rendering it gives the page. Blank
    /// lines are merged into runs as parsing does; inline text may be split
    /// into more runs than parsing would give.
    pub fn to_document(&self) -> Document {
        let mut blocks: Vec<Block> = Vec::new();
        let _ = self.visit_blocks(&mut |block| {
            match (blocks.last_mut(), block) {
                (Some(Block::Blank(run)), Block::Blank(more)) => {
                    run.push('\n');
                    run.push_str(more);
                }
                _ => blocks.push(block.clone()),
            }
            Ok(())
        });
        Document {
            blocks,
            layout: self.layout.clone(),
        }
    }

    /// Visits the page's blocks in order.
    fn visit_blocks(&self, visit: &mut dyn FnMut(&Block) -> fmt::Result) -> fmt::Result {
        let mut out = Sink {
            visit,
            result: Ok(()),
        };
        out.push(Cow::Owned(Block::Heading(Heading {
            level: 1,
            text: self.title.clone(),
        })));
        let after_metadata = !self.sections.is_empty() || self.footer.is_some();
        if !self.metadata.is_empty() || after_metadata {
            out.push(empty());
        }
        for line in &self.metadata {
            out.push(line.to_block());
        }
        let content = self
            .metadata
            .iter()
            .any(|m| !matches!(m, MetaLine::Other(Block::Blank(_))));
        if content && after_metadata {
            out.push(empty());
        }
        for (i, section) in self.sections.iter().enumerate() {
            let followed = i + 1 < self.sections.len() || self.footer.is_some();
            section_blocks(section, followed, &mut out);
        }
        if let Some(footer) = &self.footer {
            out.push(Cow::Owned(Block::Rule("---".to_owned())));
            out.push(empty());
            let mut lines = String::new();
            for (i, line) in footer.lines.iter().enumerate() {
                if i > 0 {
                    lines.push('\n');
                }
                // Writing to a `String` cannot fail.
                let _ = write!(lines, "{line}");
            }
            out.push(Cow::Owned(Block::Paragraph(
                crate::text::RichText::verbatim(lines),
            )));
        }
        out.result
    }
}

impl Section {
    /// The section's body as text, without its heading and the empty lines
    /// around the body (a prose section's paragraphs, a list's lines).
    pub fn body_text(&self) -> String {
        let mut blocks: Vec<Block> = Vec::new();
        let mut collect = |block: &Block| {
            blocks.push(block.clone());
            Ok(())
        };
        let mut out = Sink {
            visit: &mut collect,
            result: Ok(()),
        };
        section_blocks(self, false, &mut out);
        let skip = if matches!(self, Section::Other(_)) {
            1
        } else {
            2
        };
        let layout = crate::layout::Layout {
            final_newline: false,
            ..Default::default()
        };
        let text = Document {
            blocks: blocks.into_iter().skip(skip).collect(),
            layout,
        }
        .to_string();
        let text = text.strip_prefix('\n').unwrap_or(&text);
        text.strip_suffix('\n').unwrap_or(text).to_owned()
    }
}

fn empty<'a>() -> Cow<'a, Block> {
    Cow::Owned(Block::Blank(String::new()))
}

fn section_blocks(section: &Section, followed: bool, out: &mut Sink<'_>) {
    out.push(Cow::Owned(Block::Heading(Heading {
        level: 2,
        text: section.heading().to_owned(),
    })));
    if let Section::Other(other) = section {
        for block in &other.blocks {
            out.push(Cow::Borrowed(block));
        }
        return;
    }
    out.push(empty());
    match section {
        Section::HealthBenefits(b) => out.push(Cow::Owned(b.to_block())),
        Section::SynergisticCombinations(c) => out.push(Cow::Owned(c.to_block())),
        Section::FrequentlyAskedQuestions(faq) => faq.to_blocks(out),
        Section::References(r) => out.push(Cow::Owned(r.to_block())),
        prose => out.interleave(
            prose
                .prose()
                .into_iter()
                .flat_map(|p| p.blocks.iter().map(Cow::Borrowed)),
        ),
    }
    if followed {
        out.push(empty());
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_blocks(f, &self.layout, |write| self.visit_blocks(write))
    }
}

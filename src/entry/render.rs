//! Entry → Document → text: the inverse of `build`.

use std::fmt;

use crate::document::{Block, Document, Heading};

use super::Entry;
use super::MetaLine;
use super::section::{Section, interleave};

impl Entry {
    /// The entry as a generic document; rendering it gives the page.
    pub fn to_document(&self) -> Document {
        let mut blocks = vec![Block::Heading(Heading {
            level: 1,
            text: self.title.clone(),
        })];
        let after_metadata = !self.sections.is_empty() || self.footer.is_some();
        if !self.metadata.is_empty() || after_metadata {
            blocks.push(empty());
        }
        blocks.extend(self.metadata.iter().map(|m| m.to_block()));
        let content = self
            .metadata
            .iter()
            .any(|m| !matches!(m, MetaLine::Other(Block::Blank(_))));
        if content && after_metadata {
            blocks.push(empty());
        }
        for (i, section) in self.sections.iter().enumerate() {
            let followed = i + 1 < self.sections.len() || self.footer.is_some();
            section_blocks(section, followed, &mut blocks);
        }
        if let Some(footer) = &self.footer {
            blocks.push(Block::Rule("---".to_owned()));
            blocks.push(empty());
            let lines: Vec<String> = footer.lines.iter().map(ToString::to_string).collect();
            blocks.push(Block::Paragraph(lines.join("\n").as_str().into()));
        }
        Document {
            blocks,
            layout: self.layout.clone(),
        }
    }
}

fn empty() -> Block {
    Block::Blank(String::new())
}

fn section_blocks(section: &Section, followed: bool, out: &mut Vec<Block>) {
    out.push(Block::Heading(Heading {
        level: 2,
        text: section.heading().to_owned(),
    }));
    if let Section::Other(other) = section {
        out.extend(other.blocks.iter().cloned());
        return;
    }
    out.push(empty());
    match section {
        Section::HealthBenefits(b) => out.push(b.to_block()),
        Section::SynergisticCombinations(c) => out.push(c.to_block()),
        Section::FrequentlyAskedQuestions(faq) => faq.to_blocks(out),
        Section::References(r) => out.push(r.to_block()),
        prose => interleave(
            prose
                .prose()
                .into_iter()
                .flat_map(|p| p.blocks.iter().cloned()),
            out,
        ),
    }
    if followed {
        out.push(empty());
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_document().fmt(f)
    }
}

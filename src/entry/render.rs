//! Entry → text, and entry → blocks: the inverse of `build`. The entry's
//! pieces are visited in page order; rendering writes each straight to
//! the page, and building a document makes each a block. Both ways give
//! the same page (a property test holds them to it).

use std::fmt;

use crate::SharedStr;
use crate::document::{Block, Document, render_page, write_page};
use crate::layout::LineWriter;

use super::Entry;
use super::MetaLine;
use super::section::Section;
use crate::document::Sink;

impl Entry {
    /// The entry as a generic document: rendering it gives the page. Blank
    /// lines are merged into runs as parsing does. Text built to be written
    /// (a benefit's title and qualifier; combinations, references and the
    /// footer) is taken as written, without looking for links in it.
    pub fn to_document(&self) -> Document {
        let mut pieces = Vec::new();
        self.visit(&mut Sink::Collect(&mut pieces));
        let mut blocks: Vec<Block> = Vec::with_capacity(pieces.len());
        for block in pieces {
            match (blocks.last_mut(), block) {
                (Some(Block::Blank(run)), Block::Blank(more)) => {
                    *run = format!("{run}\n{more}").into();
                }
                (_, block) => blocks.push(block),
            }
        }
        Document {
            blocks,
            layout: self.layout.clone(),
        }
    }

    /// Visits the page's pieces in order.
    fn visit(&self, out: &mut Sink<'_, '_>) {
        out.heading(1, &self.title);
        let after_metadata = !self.sections.is_empty() || self.footer.is_some();
        if !self.metadata.is_empty() || after_metadata {
            out.blank();
        }
        for line in &self.metadata {
            line.emit(out);
        }
        let content = self
            .metadata
            .iter()
            .any(|m| !matches!(m, MetaLine::Other(Block::Blank(_))));
        if content && after_metadata {
            out.blank();
        }
        for (i, section) in self.sections.iter().enumerate() {
            let followed = i + 1 < self.sections.len() || self.footer.is_some();
            section_pieces(section, followed, out);
        }
        if let Some(footer) = &self.footer {
            out.emit(
                |w| w.line("---"),
                || Block::Rule(SharedStr::from_static("---")),
            );
            out.blank();
            out.paragraph(|w| footer.write(w));
        }
    }
}

impl Section {
    /// The section's body as text, without its heading and the empty lines
    /// around the body (a prose section's paragraphs, a list's lines).
    pub fn body_text(&self) -> String {
        let mut blocks: Vec<Block> = Vec::new();
        section_pieces(self, false, &mut Sink::Collect(&mut blocks));
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

fn section_pieces(section: &Section, followed: bool, out: &mut Sink<'_, '_>) {
    out.heading(2, section.heading());
    if let Section::Other(other) = section {
        for block in &other.blocks {
            out.block(block);
        }
        return;
    }
    out.blank();
    match section {
        Section::HealthBenefits(b) => out.emit(|w| b.write(w), || b.to_block()),
        Section::SynergisticCombinations(c) => out.paragraph(|w| c.write(w)),
        Section::FrequentlyAskedQuestions(faq) => faq.emit(out),
        Section::References(r) => out.paragraph(|w| r.write(w)),
        prose => out.interleave(prose.prose().into_iter().flat_map(|p| &p.blocks)),
    }
    if followed {
        out.blank();
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_page(f, &self.layout, |w| self.write_lines(w))
    }
}

impl Entry {
    /// The page as text, as `to_string` gives it, built in place: the
    /// faster way to render (`to_string` copies the page once more).
    ///
    /// ```
    /// let page = "# Tea\n\n**Category:** Herb\n\n## Overview\n\nSteep it.\n";
    /// let entry: hermetica::Entry = page.parse().unwrap();
    /// assert_eq!(entry.to_page(), page);
    /// ```
    pub fn to_page(&self) -> String {
        render_page(&self.layout, |w| self.write_lines(w))
    }

    fn write_lines(&self, w: &mut LineWriter<'_>) -> fmt::Result {
        let mut out = Sink::Write { w, result: Ok(()) };
        self.visit(&mut out);
        out.result()
    }
}

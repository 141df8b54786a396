//! Document → Entry: find the title, the metadata block, the sections and
//! the footer; type what fits, keep the rest as written.

use crate::document::{Block, Heading, parse_blocks};
use crate::error::{Error, ErrorKind, Fault};

use super::Entry;
use super::benefits::Benefits;
use super::faq::Faq;
use super::footer::{Footer, FooterLine};
use super::metadata::MetaLine;
use super::references::References;
use super::section::{Combinations, OtherSection, Prose, Section, SectionKind};

pub(crate) fn parse_entry(source: &str) -> Result<Entry, Error> {
    let (doc, starts) = parse_blocks(source);
    build(doc.blocks, doc.layout, &starts).map_err(|f| f.with_source(source))
}

fn is_section(block: &Block) -> bool {
    matches!(block, Block::Heading(Heading { level: 2, .. }))
}

fn is_empty_line(block: &Block) -> bool {
    matches!(block, Block::Blank(t) if t.is_empty())
}

fn build(
    blocks: Vec<Block>,
    layout: crate::layout::Layout,
    starts: &[usize],
) -> Result<Entry, Fault> {
    let at = |i: usize| starts.get(i).copied().unwrap_or(0);
    let expected = |expected, i: usize| Fault::new(ErrorKind::Expected { expected }, at(i)..at(i));

    if blocks.iter().all(|b| matches!(b, Block::Blank(_))) {
        return Err(Fault::new(ErrorKind::Empty, 0..0));
    }
    let title = match blocks.first() {
        Some(Block::Heading(Heading { level: 1, text })) => text.clone(),
        _ => return Err(Fault::new(ErrorKind::MissingTitle, 0..at(1).max(1))),
    };

    let footer_at = find_footer(&blocks);
    let body_end = footer_at.unwrap_or(blocks.len());
    let body = blocks.get(..body_end).unwrap_or_default();
    let first_section = body
        .iter()
        .skip(1)
        .position(is_section)
        .map_or(body_end, |p| p + 1);
    let followed = first_section < blocks.len();

    let mut metadata = Vec::new();
    if blocks.len() > 1 {
        if !blocks.get(1).is_some_and(is_empty_line) {
            return Err(expected("an empty line after the title", 1));
        }
        let mut end = first_section;
        let content = blocks
            .get(2..end)
            .is_some_and(|b| b.iter().any(|b| !matches!(b, Block::Blank(_))));
        if followed && content {
            if !blocks.get(end - 1).is_some_and(is_empty_line) {
                return Err(expected("an empty line before the first section", end));
            }
            end -= 1;
        }
        if end <= 2 && !followed {
            return Err(expected("metadata or a section after the title", 1));
        }
        for (i, block) in blocks.iter().enumerate().take(end).skip(2) {
            metadata.push(match block {
                Block::Field(field) => MetaLine::from_field(field).map_err(|(kind, offset)| {
                    let start = at(i) + offset;
                    Fault::new(kind, start..start + field.value.len())
                })?,
                other => MetaLine::Other(other.clone()),
            });
        }
    }

    let rest = body.get(first_section..).unwrap_or_default();
    let starts: Vec<usize> = (0..rest.len())
        .filter(|&i| rest.get(i).is_some_and(is_section))
        .collect();
    let mut sections = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(rest.len());
        if let Some([Block::Heading(heading), section_body @ ..]) = rest.get(start..end) {
            let followed = first_section + end < blocks.len();
            sections.push(section(&heading.text, section_body, followed));
        }
    }

    let footer = footer_at.and_then(|f| blocks.get(f..)).map(footer);
    Ok(Entry {
        title,
        metadata,
        sections,
        footer,
        layout,
    })
}

/// The footer: a `---` rule, an empty line and one paragraph, ending the
/// page, each line of which is a footer line in `*…*`.
fn find_footer(blocks: &[Block]) -> Option<usize> {
    let at = blocks.len().checked_sub(3)?;
    match blocks.get(at..)? {
        [Block::Rule(rule), blank, Block::Paragraph(text)]
            if rule == "---" && is_empty_line(blank) && at > 0 =>
        {
            let text = text.to_string();
            text.split('\n')
                .all(|l| l.starts_with('*') && l.ends_with('*') && l.len() > 1)
                .then_some(at)
        }
        _ => None,
    }
}

fn footer(blocks: &[Block]) -> Footer {
    let lines = match blocks.get(2) {
        Some(Block::Paragraph(text)) => text
            .to_string()
            .split('\n')
            .map(FooterLine::parse)
            .collect(),
        _ => Vec::new(),
    };
    Footer { lines }
}

/// One section from its heading and the blocks up to the next one.
fn section(heading: &str, body: &[Block], followed: bool) -> Section {
    typed_section(heading, body, followed).unwrap_or_else(|| {
        Section::Other(OtherSection {
            heading: heading.to_owned(),
            blocks: body.to_vec(),
        })
    })
}

fn typed_section(heading: &str, body: &[Block], followed: bool) -> Option<Section> {
    let kind = SectionKind::from_heading(heading)?;
    let (first, rest) = body.split_first()?;
    if !is_empty_line(first) {
        return None;
    }
    let inner = if followed {
        let (last, inner) = rest.split_last()?;
        if !is_empty_line(last) {
            return None;
        }
        inner
    } else {
        rest
    };
    if inner.is_empty() {
        return None;
    }
    Some(match kind {
        SectionKind::HealthBenefits => Section::HealthBenefits(Benefits::from_blocks(inner)?),
        SectionKind::SynergisticCombinations => {
            Section::SynergisticCombinations(Combinations::from_blocks(inner)?)
        }
        SectionKind::FrequentlyAskedQuestions => {
            Section::FrequentlyAskedQuestions(Faq::from_blocks(inner)?)
        }
        SectionKind::References => Section::References(References::from_blocks(inner)?),
        prose => Section::from_prose(prose, Prose::from_blocks(inner)?)?,
    })
}

//! Document → Entry: find the title, the metadata block, the sections and
//! the footer; type what fits, keep the rest as written.

use crate::document::{Block, Heading, parse_blocks};
use crate::error::{Error, ErrorKind, Fault};

use super::Entry;
use super::benefits::Benefits;
use super::faq::Faq;
use super::footer::{Footer, FooterLine};
use super::metadata::MetaLine;
use super::outline::Outline;
use super::prose::Prose;
use super::references::References;
use super::section::{Combinations, OtherSection, Section, SectionKind};

pub(crate) fn parse_entry(source: &str) -> Result<Entry, Error> {
    let (doc, starts) = parse_blocks(source);
    let (entry, _) =
        build(doc.blocks, doc.layout, &starts, source.len()).map_err(|f| f.with_source(source))?;
    Ok(entry)
}

fn is_section(block: &Block) -> bool {
    matches!(block, Block::Heading(Heading { level: 2, .. }))
}

fn is_empty_line(block: &Block) -> bool {
    matches!(block, Block::Blank(t) if t.is_empty())
}

/// The entry of a page's blocks (`starts` holds where each starts in the
/// page of `len` bytes), and where its parts stand in the page.
pub(crate) fn build(
    blocks: Vec<Block>,
    layout: crate::layout::Layout,
    starts: &[usize],
    len: usize,
) -> Result<(Entry, Outline), Fault> {
    let at = |i: usize| starts.get(i).copied().unwrap_or(0);
    let expected = |expected, i: usize| Fault::new(ErrorKind::Expected { expected }, at(i)..at(i));

    if blocks.iter().all(|b| matches!(b, Block::Blank(_))) {
        return Err(Fault::new(ErrorKind::Empty, 0..0));
    }
    let mut blocks = blocks;
    let title = match blocks.first_mut() {
        Some(Block::Heading(Heading { level: 1, text })) => std::mem::take(text),
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

    // Where the metadata lines are: after the title and its empty line, up
    // to the empty line before the first section. Those two empty lines
    // are the first and last lines of their blank runs.
    let mut metadata_start = 2;
    let mut metadata_end = first_section;
    if blocks.len() > 1 {
        match blocks.get_mut(1) {
            Some(Block::Blank(run)) if run.is_empty() => {}
            Some(Block::Blank(run)) if run.starts_with('\n') => {
                *run = run.share(crate::scan::slice::from(run, 1));
                metadata_start = 1;
            }
            _ => return Err(expected("an empty line after the title", 1)),
        }
        let content = blocks
            .get(metadata_start..metadata_end)
            .is_some_and(|b| b.iter().any(|b| !matches!(b, Block::Blank(_))));
        if followed && content {
            match blocks.get_mut(metadata_end - 1) {
                Some(Block::Blank(run)) if run.is_empty() => metadata_end -= 1,
                Some(Block::Blank(run)) if run.ends_with('\n') => {
                    *run = run.share(crate::scan::slice::upto(run, run.len() - 1));
                }
                _ => {
                    return Err(expected(
                        "an empty line before the first section",
                        metadata_end,
                    ));
                }
            }
        }
        if metadata_end <= metadata_start && !followed {
            return Err(expected("metadata or a section after the title", 1));
        }
    }
    let outline = Outline::new(
        &blocks,
        starts,
        len,
        metadata_start..metadata_end.max(metadata_start),
        first_section..body_end,
    );
    let section_count = blocks
        .get(first_section..body_end)
        .map_or(0, |b| b.iter().filter(|b| is_section(b)).count());

    // Move the blocks into their places, from the end of the page back.
    let footer = footer_at.map(|f| {
        let footer = footer(blocks.get(f..).unwrap_or_default());
        blocks.truncate(f);
        footer
    });
    let mut sections = Vec::with_capacity(section_count);
    // Truncating at a section's start leaves the blocks before it in place.
    for start in (first_section..body_end).rev() {
        if !blocks.get(start).is_some_and(is_section) {
            continue;
        }
        // Another section (pushed already) or the footer follows this one.
        let followed = !sections.is_empty() || footer.is_some();
        if let Some(Block::Heading(heading)) = blocks.get_mut(start) {
            let heading = std::mem::take(&mut heading.text);
            sections.push(section(heading, &mut blocks, start + 1, followed));
        }
        blocks.truncate(start);
    }
    sections.reverse();
    blocks.truncate(metadata_end);
    let mut metadata = Vec::with_capacity(metadata_end.saturating_sub(2));
    for (i, block) in blocks.into_iter().enumerate().skip(metadata_start) {
        metadata.push(match block {
            Block::Field(field) => {
                let len = field.value.len();
                MetaLine::from_field(field).map_err(|(kind, offset)| {
                    let start = at(i) + offset;
                    Fault::new(kind, start..start + len)
                })?
            }
            other => MetaLine::Other(other),
        });
    }
    let entry = Entry {
        title,
        metadata,
        sections,
        footer,
        layout,
    };
    Ok((entry, outline))
}

/// The footer: a `---` rule, an empty line and one paragraph, each line
/// of which is a footer line in `*…*` (spaces after it allowed), ending the
/// page but for blank lines.
fn find_footer(blocks: &[Block]) -> Option<usize> {
    let trailing = usize::from(matches!(blocks.last(), Some(Block::Blank(_))));
    let at = blocks.len().checked_sub(3 + trailing)?;
    match blocks.get(at..at + 3)? {
        [Block::Rule(rule), blank, Block::Paragraph(text)]
            if rule == "---" && is_empty_line(blank) && at > 0 =>
        {
            text.as_str()
                .split('\n')
                .map(str::trim_end)
                .all(|l| l.starts_with('*') && l.ends_with('*') && l.len() > 1)
                .then_some(at)
        }
        _ => None,
    }
}

/// The footer's lines from its blocks: the rule, the empty line, the
/// paragraph of `*…*` lines and the blank lines after it, if any.
fn footer(blocks: &[Block]) -> Footer {
    let mut lines = Vec::new();
    if let Some(Block::Paragraph(text)) = blocks.get(2) {
        let text = text.as_shared();
        lines.extend(text.split('\n').map(|l| FooterLine::read(&text.share(l))));
    }
    if let Some(Block::Blank(run)) = blocks.get(3) {
        lines.extend(run.split('\n').map(|l| FooterLine::Blank(run.share(l))));
    }
    Footer { lines }
}

/// One section from its heading and its body, `blocks[from..]`, which it
/// takes.
fn section(
    heading: crate::SharedStr,
    blocks: &mut Vec<Block>,
    from: usize,
    followed: bool,
) -> Section {
    match typed_section(&heading, blocks, from, followed) {
        Some(section) => section,
        None => Section::Other(OtherSection {
            heading,
            blocks: blocks.drain(from..).collect(),
        }),
    }
}

/// The typed section for a known heading whose body, `blocks[from..]`,
/// has its shape: an empty line, the content, and an empty line when
/// something follows. The body is taken only when it is typed.
fn typed_section(
    heading: &str,
    blocks: &mut Vec<Block>,
    from: usize,
    followed: bool,
) -> Option<Section> {
    let kind = SectionKind::from_heading(heading)?;
    let body = blocks.get(from..)?;
    let end = body.len().checked_sub(usize::from(followed))?;
    let shaped = body.first().is_some_and(is_empty_line)
        && (!followed || body.last().is_some_and(is_empty_line))
        && end > 1;
    let inner = body.get(1..end).filter(|_| shaped)?;
    let make = Section::prose_variant(kind);
    let fits = match kind {
        _ if make.is_some() => Prose::fits(inner),
        SectionKind::HealthBenefits => Benefits::fits(inner),
        SectionKind::FrequentlyAskedQuestions => Faq::fits(inner),
        SectionKind::SynergisticCombinations => {
            return Combinations::from_blocks(inner).map(Section::SynergisticCombinations);
        }
        SectionKind::References => {
            return References::from_blocks(inner).map(Section::References);
        }
        _ => false,
    };
    if !fits {
        return None;
    }
    // The content: every block between the two empty lines.
    let content = blocks.drain(from..).take(end).skip(1);
    Some(match (make, kind) {
        (Some(make), _) => make(Prose::take(content)),
        (None, SectionKind::HealthBenefits) => Section::HealthBenefits(Benefits::take(content)),
        (None, _) => Section::FrequentlyAskedQuestions(Faq::take(content)),
    })
}

//! Line classification and block grouping. One pass over the lines, no
//! recursion, no backtracking beyond one line.

use nom::bytes::complete::{tag, take_until, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{rest, verify};
use nom::{IResult, Parser};

use super::Document;
use super::block::{Block, Field, Heading, ListItem, Marker, Row, Table};
use crate::layout::{Line, split_lines};
use crate::text::RichText;

/// What one line is, before grouping.
enum LineKind<'a> {
    Blank,
    Heading(Heading),
    Field(Field),
    Rule,
    Bullet(Marker, &'a str),
    TableRow,
    Text,
}

/// Parses `input` into a document and the byte offset where each block
/// starts (used to locate errors in the typed layer).
pub(crate) fn parse_blocks(input: &str) -> (Document, Vec<usize>) {
    let (lines, layout) = split_lines(input);
    let mut blocks: Vec<Block> = Vec::new();
    let mut starts = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        starts.push(line.start);
        let run = |pred: fn(&str) -> bool| {
            lines
                .get(i..)
                .unwrap_or_default()
                .iter()
                .take_while(|l| pred(l.text))
                .collect::<Vec<&Line<'_>>>()
        };
        let block = match classify(line.text) {
            LineKind::Blank => Block::Blank(line.text.to_owned()),
            LineKind::Heading(h) => Block::Heading(h),
            LineKind::Field(f) => Block::Field(f),
            LineKind::Rule => Block::Rule(line.text.to_owned()),
            LineKind::Bullet(..) => {
                let items = run(|t| matches!(classify(t), LineKind::Bullet(..)))
                    .into_iter()
                    .filter_map(|l| match classify(l.text) {
                        LineKind::Bullet(marker, text) => Some(ListItem {
                            marker,
                            text: RichText::parse(text),
                        }),
                        _ => None,
                    })
                    .collect::<Vec<_>>();
                i += items.len().saturating_sub(1);
                Block::List(items)
            }
            LineKind::TableRow => {
                let rows: Vec<Row> = run(|t| t.starts_with('|'))
                    .into_iter()
                    .map(|l| parse_row(l.text))
                    .collect();
                i += rows.len().saturating_sub(1);
                Block::Table(Table { rows })
            }
            LineKind::Text => {
                let text_lines = run(|t| matches!(classify(t), LineKind::Text));
                let joined = text_lines
                    .iter()
                    .map(|l| l.text)
                    .collect::<Vec<_>>()
                    .join("\n");
                i += text_lines.len().saturating_sub(1);
                Block::Paragraph(RichText::parse(&joined))
            }
        };
        blocks.push(block);
        i += 1;
    }
    (Document { blocks, layout }, starts)
}

fn classify(text: &str) -> LineKind<'_> {
    if text.chars().all(|c| c == ' ' || c == '\t') {
        return LineKind::Blank;
    }
    if let Ok((_, h)) = heading(text) {
        return LineKind::Heading(h);
    }
    if let Ok((_, f)) = field(text) {
        return LineKind::Field(f);
    }
    if is_rule(text) {
        return LineKind::Rule;
    }
    for marker in Marker::ALL {
        if let Some(rest) = text.strip_prefix(marker.as_str()) {
            return LineKind::Bullet(marker, rest);
        }
    }
    if text.starts_with('|') {
        return LineKind::TableRow;
    }
    LineKind::Text
}

/// `## Text`: one to six hashes, one space, the rest.
fn heading(input: &str) -> IResult<&str, Heading> {
    (take_while_m_n(1, 6, |c| c == '#'), char(' '), rest)
        .map(|(hashes, _, text): (&str, char, &str)| Heading {
            level: hashes.len() as u8,
            text: text.to_owned(),
        })
        .parse(input)
}

/// `**Key:** value`, the key without `*`.
pub(crate) fn field(input: &str) -> IResult<&str, Field> {
    (
        tag("**"),
        verify(take_until(":** "), |k: &str| {
            !k.is_empty() && !k.contains('*')
        }),
        tag(":** "),
        rest,
    )
        .map(|(_, key, _, value): (&str, &str, &str, &str)| Field {
            key: key.to_owned(),
            value: value.to_owned(),
        })
        .parse(input)
}

/// `---`, `***` or `___`, three or more of one character and nothing else.
fn is_rule(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_') && text.len() >= 3 && text.chars().all(|c| c == first)
}

/// Splits a table line into cells on pipes not escaped with `\`.
fn parse_row(text: &str) -> Row {
    let body = text.strip_prefix('|').unwrap_or(text);
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            '\\' => escaped = !escaped,
            '|' if !escaped => {
                cells.push(crate::slice::within(body, start..i).to_owned());
                start = i + 1;
            }
            _ => escaped = false,
        }
    }
    cells.push(crate::slice::from(body, start).to_owned());
    let closed = cells.len() >= 2 && cells.last().is_some_and(|c| c.is_empty());
    if closed {
        cells.pop();
    }
    Row {
        raw_cells: cells,
        closed,
    }
}

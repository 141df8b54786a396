//! Line classification and block grouping. One pass over the lines, no
//! recursion, no backtracking beyond one line.

use super::Document;
use super::block::{Block, Field, Heading, ListItem, Marker, Row, Table};
use crate::SharedStr;
use crate::grammar::line::{field, heading};
use crate::layout::{Line, Lines};
use crate::text::RichText;

/// What one line is, before grouping.
#[cfg_attr(test, derive(Debug, PartialEq))]
enum LineKind<'a> {
    Blank,
    /// The level and the text after the hashes and the space.
    Heading(u8, &'a str),
    /// The key and the value.
    Field(&'a str, &'a str),
    Rule,
    Bullet(Marker, &'a str),
    TableRow,
    Text,
}

/// Parses `input` into a document and the byte offset where each block
/// starts (used to locate errors in the typed layer). The page is copied
/// once, into the buffer every text of the document shares.
pub(crate) fn parse_blocks(input: &str) -> (Document, Vec<usize>) {
    parse_shared(&SharedStr::from(input))
}

/// [`parse_blocks`] on a page already in a shared buffer: each line is
/// read and classified once, and each text of the document is a part of
/// `page`.
pub(crate) fn parse_shared(page: &SharedStr) -> (Document, Vec<usize>) {
    let input = page.as_str();
    let mut lines = Lines::new(input);
    // At most one block per line, and pages' lines are long (125 bytes
    // on average on the real page): room for a line per 128 bytes is
    // reserved at once, so that the vectors seldom regrow (and copy),
    // without a pass to count the lines.
    let room = input.len() / 128 + 16;
    let mut blocks: Vec<Block> = Vec::with_capacity(room);
    let mut starts = Vec::with_capacity(room);
    let mut pending: Option<Line<'_>> = None;
    while let Some(line) = pending.take().or_else(|| lines.next()) {
        let kind = classify(line.text);
        starts.push(line.start);
        let block = match kind {
            LineKind::Blank => {
                let mut joined = Joined::new(input, line);
                continue_block(&mut lines, &mut pending, |next, kind| {
                    let blank = matches!(kind, LineKind::Blank);
                    if blank {
                        joined.push(next);
                    }
                    blank
                });
                if joined.is_empty() {
                    // The commonest block, built here rather than returned.
                    Block::Blank(SharedStr::default())
                } else {
                    Block::Blank(joined.finish(page))
                }
            }
            LineKind::Heading(level, text) => Block::Heading(heading_block(page, level, text)),
            LineKind::Field(key, value) => Block::Field(field_block(page, key, value)),
            LineKind::Rule => Block::Rule(page.share(line.text)),
            LineKind::Bullet(marker, text) => {
                // Lists of pages run to a few items: room for four at once.
                let mut items = Vec::with_capacity(4);
                items.push(ListItem {
                    marker,
                    text: RichText::shared(page.share(text)),
                });
                continue_block(&mut lines, &mut pending, |_, kind| match kind {
                    LineKind::Bullet(marker, text) => {
                        items.push(ListItem {
                            marker: *marker,
                            text: RichText::shared(page.share(text)),
                        });
                        true
                    }
                    _ => false,
                });
                Block::List(items)
            }
            LineKind::TableRow => {
                let mut rows = vec![parse_row(page, line.text)];
                continue_block(&mut lines, &mut pending, |next, kind| {
                    let row = matches!(kind, LineKind::TableRow);
                    if row {
                        rows.push(parse_row(page, next.text));
                    }
                    row
                });
                Block::Table(Table { rows })
            }
            LineKind::Text => {
                let mut joined = Joined::new(input, line);
                continue_block(&mut lines, &mut pending, |next, kind| {
                    let text = matches!(kind, LineKind::Text);
                    if text {
                        joined.push(next);
                    }
                    text
                });
                Block::Paragraph(RichText::shared(joined.finish(page)))
            }
        };
        blocks.push(block);
    }
    let layout = lines.layout();
    (Document { blocks, layout }, starts)
}

/// The lines of a block joined with `\n`: a part of the page while each
/// line follows the one before it after a `\n` ending, else a copy.
struct Joined<'a> {
    input: &'a str,
    start: usize,
    end: usize,
    copy: Option<String>,
}

impl<'a> Joined<'a> {
    fn new(input: &'a str, line: Line<'a>) -> Self {
        Joined {
            input,
            start: line.start,
            end: line.start + line.text.len(),
            copy: None,
        }
    }

    fn push(&mut self, line: Line<'a>) {
        match &mut self.copy {
            None if line.start == self.end + 1 => self.end = line.start + line.text.len(),
            copy => {
                let joined = copy.get_or_insert_with(|| {
                    crate::scan::slice::within(self.input, self.start..self.end).to_owned()
                });
                joined.push('\n');
                joined.push_str(line.text);
            }
        }
    }

    /// Whether the block is one empty line.
    fn is_empty(&self) -> bool {
        self.start == self.end && self.copy.is_none()
    }

    fn finish(self, page: &SharedStr) -> SharedStr {
        match self.copy {
            Some(copy) => copy.into(),
            None => page.share(crate::scan::slice::within(self.input, self.start..self.end)),
        }
    }
}

/// Reads the lines that continue a block while `accept` takes them; the
/// first line it refuses is left in `pending` for the next block (which
/// classifies it again: cheaper than keeping its kind, a value the next
/// block would have to load back from memory as it was stored).
fn continue_block<'a>(
    lines: &mut Lines<'a>,
    pending: &mut Option<Line<'a>>,
    mut accept: impl FnMut(Line<'a>, &LineKind<'a>) -> bool,
) {
    for next in lines.by_ref() {
        let kind = classify(next.text);
        if !accept(next, &kind) {
            *pending = Some(next);
            break;
        }
    }
}

/// What a line is. Each kind but text starts with its own bytes, so the
/// first byte says which rules can apply; they are tried in the order
/// that settles lines more than one could read (`***` is a rule, not a
/// field; `* x` a bullet).
fn classify(text: &str) -> LineKind<'_> {
    let Some(&first) = text.as_bytes().first() else {
        return LineKind::Blank;
    };
    match first {
        b' ' | b'\t' if text.bytes().all(|b| b == b' ' || b == b'\t') => LineKind::Blank,
        b'#' => heading(text).map_or(LineKind::Text, |(_, (level, h))| {
            LineKind::Heading(level, h)
        }),
        b'*' => match field(text) {
            Ok((_, (key, value))) => LineKind::Field(key, value),
            Err(_) if is_rule(text) => LineKind::Rule,
            Err(_) => bullet(text, Marker::Star),
        },
        b'-' | b'_' if is_rule(text) => LineKind::Rule,
        b'-' => bullet(text, Marker::Dash),
        b'|' => LineKind::TableRow,
        _ if text.starts_with(Marker::Bullet.as_str()) => bullet(text, Marker::Bullet),
        _ => LineKind::Text,
    }
}

/// A bullet line with `marker`, or text.
fn bullet(text: &str, marker: Marker) -> LineKind<'_> {
    text.strip_prefix(marker.as_str())
        .map_or(LineKind::Text, |rest| LineKind::Bullet(marker, rest))
}

/// A heading whose text lies in `page`.
fn heading_block(page: &SharedStr, level: u8, text: &str) -> Heading {
    Heading {
        level,
        text: page.share(text),
    }
}

/// A field whose key and value lie in `page`.
fn field_block(page: &SharedStr, key: &str, value: &str) -> Field {
    Field {
        key: page.share(key),
        value: page.share(value),
    }
}

/// `---`, `***` or `___`, three or more of one character and nothing else.
fn is_rule(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_') && text.len() >= 3 && text.chars().all(|c| c == first)
}

/// Splits a table line of `page` into cells on pipes not escaped with `\`.
fn parse_row(page: &SharedStr, text: &str) -> Row {
    let body = text.strip_prefix('|').unwrap_or(text);
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            '\\' => escaped = !escaped,
            '|' if !escaped => {
                cells.push(page.share(crate::scan::slice::within(body, start..i)));
                start = i + 1;
            }
            _ => escaped = false,
        }
    }
    cells.push(page.share(crate::scan::slice::from(body, start)));
    let closed = cells.len() >= 2 && cells.last().is_some_and(|c| c.is_empty());
    if closed {
        cells.pop();
    }
    Row {
        raw_cells: cells,
        closed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every rule tried in order, as the reference for [`classify`].
    fn classify_in_order(text: &str) -> LineKind<'_> {
        if text.chars().all(|c| c == ' ' || c == '\t') {
            return LineKind::Blank;
        }
        if let Ok((_, (level, h))) = heading(text) {
            return LineKind::Heading(level, h);
        }
        if let Ok((_, (key, value))) = field(text) {
            return LineKind::Field(key, value);
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

    proptest! {
        #[test]
        fn classifies_as_the_rules_in_order(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "#", "##", "#######", " ", "\t", "*", "**", ":** ", "Key", "-", "---",
                    "_", "•", "• ", "|", "x", "é", "\u{2022}",
                ]),
                0..8,
            )
        ) {
            let text = parts.concat();
            prop_assert_eq!(classify(&text), classify_in_order(&text));
        }
    }

    /// Lines joined with `\n` endings are a part of the page; lines with
    /// `\r\n` endings are joined with `\n` in a copy.
    #[test]
    fn paragraphs_share_the_page_unless_joined_differently() {
        let read = |page: &str| {
            let page = SharedStr::from(page);
            let (doc, _) = parse_shared(&page);
            match doc.blocks.into_iter().next() {
                Some(Block::Paragraph(text)) => {
                    let shared = text.as_shared().shares_buffer_with(&page);
                    (text.to_string(), shared)
                }
                other => panic!("not a paragraph: {other:?}"),
            }
        };
        let lf = "A first line of prose,\na second one,\nand a third.\n";
        assert_eq!(read(lf), (lf.trim_end().to_owned(), true));
        let crlf = lf.replace('\n', "\r\n");
        assert_eq!(read(&crlf), (lf.trim_end().to_owned(), false));
        let mixed = "A first line of prose,\na second one,\r\nand a third.\n";
        assert_eq!(read(mixed), (lf.trim_end().to_owned(), false));
    }

    #[test]
    fn classifies_each_kind() {
        assert_eq!(classify(""), LineKind::Blank);
        assert_eq!(classify(" \t"), LineKind::Blank);
        assert_eq!(classify("## Overview"), LineKind::Heading(2, "Overview"));
        assert_eq!(classify("**Key:** v"), LineKind::Field("Key", "v"));
        assert_eq!(classify("***"), LineKind::Rule);
        assert_eq!(classify("___"), LineKind::Rule);
        assert_eq!(classify("* a"), LineKind::Bullet(Marker::Star, "a"));
        assert_eq!(classify("- a"), LineKind::Bullet(Marker::Dash, "a"));
        assert_eq!(classify("• a"), LineKind::Bullet(Marker::Bullet, "a"));
        assert_eq!(classify("| a |"), LineKind::TableRow);
        assert_eq!(classify("#hashtag"), LineKind::Text);
        assert_eq!(classify(" - a"), LineKind::Text);
        assert_eq!(classify("-a"), LineKind::Text);
    }
}

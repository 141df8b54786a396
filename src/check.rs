//! Whether an entry built or edited in code reads back from its page.
//!
//! An [`Entry`]'s fields are public, so any value can be put in them; only
//! some values have a page that parses back to them. A line break in a
//! one-line field (the title, a key, a value, an alias, a benefit, a FAQ
//! question) would start a new line of the page; an alias with an
//! unbalanced bracket would swallow the `, ` after it. [`Entry::check`]
//! says which part would not come back, so that an edit can be refused
//! before its page is written.

use crate::document::{Block, Sink};
use crate::entry::{Entry, MetaLine, Section};
use crate::error::{Error, ErrorKind};

impl Entry {
    /// Checks that the entry renders to a page that parses back to an
    /// equal entry: what a page written from it will give back.
    ///
    /// ```
    /// let mut entry: hermetica::Entry = "# Tea\n\n**Category:** Herb\n".parse()?;
    /// entry.check()?;
    /// entry.title = "Green\nTea".into();
    /// let refused = entry.check().unwrap_err();
    /// assert_eq!(
    ///     refused.to_string(),
    ///     "the entry would not read back from its page: the title holds a line break\n"
    /// );
    /// # Ok::<(), hermetica::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ErrorKind::WouldNotReadBack`] naming the first part that would
    /// read back differently: the title, a metadata line by its key, a
    /// section by its heading, the footer or the line endings.
    pub fn check(&self) -> Result<(), Error> {
        if let Some(what) = self.line_break().or_else(|| self.adjacent_blanks()) {
            return Err(refused(what));
        }
        let page = self.to_page();
        // `X⏎` is `X` with a final newline, never `X` and an empty line:
        // an empty line at the end of a page without one does not read
        // back (as after removing the last section of such a page).
        if !self.layout.final_newline && page.ends_with('\n') {
            return Err(refused(
                "the page would end with an empty line, which reads back as its final newline \
                 (set `layout.final_newline`, or remove the empty line)"
                    .to_owned(),
            ));
        }
        let back = crate::parse(&page)
            .map_err(|e| refused(format!("its page does not parse: {}", e.kind())))?;
        match difference(self, &back) {
            Some(what) => Err(refused(what)),
            None => Ok(()),
        }
    }

    /// Two blank runs side by side (left by removing the line between
    /// them) read back as one run.
    fn adjacent_blanks(&self) -> Option<String> {
        let blank = |b: &Block| matches!(b, Block::Blank(_));
        let meta_blank = |m: &MetaLine| matches!(m, MetaLine::Other(b) if blank(b));
        if self.metadata.windows(2).any(|w| w.iter().all(meta_blank)) {
            return Some(
                "two blank runs side by side in the metadata read back as one \
                         (merge them into one run)"
                    .to_owned(),
            );
        }
        self.sections.iter().find_map(|section| match section {
            Section::Other(other) if other.blocks.windows(2).any(|w| w.iter().all(blank)) => {
                Some(format!(
                    "two blank runs side by side in section `{}` read back as one \
                     (merge them into one run)",
                    other.heading
                ))
            }
            _ => None,
        })
    }

    /// The first one-line field that holds a line break, named.
    fn line_break(&self) -> Option<String> {
        let broken = |text: &str| text.contains('\n');
        if broken(&self.title) {
            return Some("the title holds a line break".to_owned());
        }
        for line in &self.metadata {
            // A `**Key:** value` line and a heading are one line each; a
            // paragraph kept in the metadata block may run over several.
            let broken_field = match written(line) {
                Some(Block::Field(field)) => broken(&field.key) || broken(&field.value),
                Some(Block::Heading(heading)) => broken(&heading.text),
                _ => false,
            };
            if broken_field {
                return Some(format!("{} holds a line break", meta_name(line)));
            }
        }
        for section in &self.sections {
            let heading = section.heading();
            if broken(heading) {
                return Some("a section heading holds a line break".to_owned());
            }
            let lines: Vec<String> = match section {
                Section::HealthBenefits(b) => b.items.iter().map(|b| b.to_string()).collect(),
                Section::FrequentlyAskedQuestions(faq) => {
                    faq.items.iter().map(|i| i.question.to_string()).collect()
                }
                Section::SynergisticCombinations(c) => {
                    c.names.iter().map(|n| n.to_string()).collect()
                }
                _ => Vec::new(),
            };
            if lines.iter().any(|l| broken(l)) {
                return Some(format!("a line of section `{heading}` holds a line break"));
            }
        }
        None
    }
}

/// The first part of `edited` that `back` (its page, parsed) does not
/// give back, named.
fn difference(edited: &Entry, back: &Entry) -> Option<String> {
    if edited.title != back.title {
        return Some("the title".to_owned());
    }
    let metadata = edited.metadata.iter().zip(&back.metadata);
    if let Some((line, _)) = metadata.clone().find(|(a, b)| a != b) {
        return Some(format!("{} reads back differently", meta_name(line)));
    }
    if edited.metadata.len() != back.metadata.len() {
        return Some("the metadata lines read back as another number of lines".to_owned());
    }
    let sections = edited.sections.iter().zip(&back.sections);
    if let Some((section, _)) = sections.clone().find(|(a, b)| a != b) {
        return Some(format!(
            "section `{}` reads back differently",
            section.heading()
        ));
    }
    if edited.sections.len() != back.sections.len() {
        return Some("the sections read back as another number of sections".to_owned());
    }
    if edited.footer != back.footer {
        return Some("the footer reads back differently".to_owned());
    }
    if edited.layout.odd_lines != back.layout.odd_lines {
        return Some(
            "the line endings read back differently: mixed line endings are kept by line \
             number, which the edit moved (clear `layout.odd_lines` to write one ending)"
                .to_owned(),
        );
    }
    // A page without a line break (a title alone, no final newline) does
    // not show which line ending it would use.
    if edited.layout.newline != back.layout.newline && !edited.to_string().contains('\n') {
        return Some(
            "the line ending reads back differently: the page has no line break to show it \
             (set `layout.final_newline`, or `layout.newline` to the reader's `Lf`)"
                .to_owned(),
        );
    }
    (edited.layout != back.layout).then(|| "the layout reads back differently".to_owned())
}

/// A metadata line as the block it is written as.
fn written(line: &MetaLine) -> Option<Block> {
    let mut blocks = Vec::new();
    line.emit(&mut Sink::Collect(&mut blocks));
    blocks.pop()
}

/// A metadata line by its key, for messages.
fn meta_name(line: &MetaLine) -> String {
    match written(line) {
        Some(Block::Field(field)) => format!("metadata line `{}`", field.key),
        _ => "a line of the metadata block".to_owned(),
    }
}

fn refused(what: String) -> Error {
    Error::on_line(ErrorKind::WouldNotReadBack { what }, 0, 0, "")
}

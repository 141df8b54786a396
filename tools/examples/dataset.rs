//! Converts between the publisher's dataset and folders of entry pages.
//!
//! ```text
//! cargo run --example dataset -- to-pages ingredients.jsonl pages/   # JSONL (or .csv, or -) → pages
//! cargo run --example dataset -- to-jsonl pages/ > ingredients.jsonl # pages → JSONL
//! cargo run --example dataset -- to-jsonl pages/ --csv > ingredients.csv
//! ```
//!
//! A bad record or page is reported on stderr with its line or file and
//! skipped; the exit code is 1 when anything was skipped.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "common/input.rs"]
mod input;
#[path = "common/out.rs"]
mod out;

use clap::{Parser, Subcommand};
use hermetica::dataset::{IngredientRecord, read_csv, read_jsonl, write_csv, write_jsonl};
use indicatif::ProgressBar;

/// Convert between the dataset (JSONL/CSV) and folders of pages.
#[derive(Parser)]
#[command(version)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Writes one page per record into a folder (`{ingredient_key}.md`).
    ToPages {
        /// The dataset: `.jsonl`, `.csv`, or `-` for JSONL on stdin.
        input: PathBuf,
        /// The folder to write the pages into (created if missing).
        out: PathBuf,
    },
    /// Reads every `*.md` page of a folder and prints the records.
    ToJsonl {
        /// The folder of pages.
        dir: PathBuf,
        /// Print CSV instead of JSONL.
        #[arg(long)]
        csv: bool,
    },
}

fn main() -> ExitCode {
    match Args::parse().command {
        Command::ToPages { input, out } => to_pages(&input, &out),
        Command::ToJsonl { dir, csv } => to_jsonl(&dir, csv),
    }
}

fn bar(len: u64) -> ProgressBar {
    if std::io::stderr().is_terminal() {
        ProgressBar::new(len)
    } else {
        ProgressBar::hidden()
    }
}

fn to_pages(input: &Path, out: &Path) -> ExitCode {
    let text = match input::text(input) {
        Ok((_, text)) => text,
        Err(message) => {
            out::error(&message.to_string());
            return ExitCode::from(2);
        }
    };
    // Each record with where it stands: a JSONL line, or a CSV row.
    let records: Vec<(String, Result<IngredientRecord, hermetica::Error>)> =
        if input.extension().is_some_and(|e| e == "csv") {
            let rows = read_csv(text.as_bytes()).enumerate();
            rows.map(|(i, r)| (format!("row {}", i + 1), r)).collect()
        } else {
            let mut lines = read_jsonl(text.as_bytes());
            std::iter::from_fn(|| {
                let record = lines.next()?;
                Some((format!("line {}", lines.line()), record))
            })
            .collect()
        };
    if records.is_empty() {
        out::error(&format!("{}: no records", input::name(input)));
        return ExitCode::from(2);
    }
    if let Err(e) = std::fs::create_dir_all(out) {
        out::error(&format!("{}: {e}", out.display()));
        return ExitCode::from(2);
    }
    let progress = bar(records.len() as u64);
    let mut skipped = 0;
    // Which record took each file name: a second record with the same key,
    // or a key that maps to the same name (`a/b` and `a_b`), is an error
    // naming both, never an overwrite.
    let mut taken: HashMap<String, (String, String)> = HashMap::new();
    let name_of_input = input::name(input);
    for (place, record) in records {
        progress.inc(1);
        match record {
            Ok(record) => {
                let key = &record.ingredient_key;
                let name = key.replace(['/', '\\'], "_");
                if key.trim().is_empty() {
                    out::error(&format!(
                        "{name_of_input}: {place}: the ingredient key is empty"
                    ));
                    skipped += 1;
                    continue;
                }
                if let Some((first, first_key)) = taken.get(&name) {
                    out::error(&format!(
                        "{name_of_input}: {place} (`{key}`) would write {name}.md, as {first} (`{first_key}`) does; it is skipped"
                    ));
                    skipped += 1;
                    continue;
                }
                taken.insert(name.clone(), (place.clone(), key.clone()));
                let path = out.join(format!("{name}.md"));
                let written = record
                    .to_entry()
                    .map_err(|e| e.kind().to_string())
                    .and_then(|entry| write_whole(&path, &entry.to_string()));
                if let Err(message) = written {
                    out::error(&format!("{}: {message}", path.display()));
                    skipped += 1;
                }
            }
            Err(e) => {
                out::error(&format!("{name_of_input}: {place}: {}", e.kind()));
                skipped += 1;
            }
        }
    }
    progress.finish_and_clear();
    if skipped > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes a page to a temporary file beside `path` and renames it into
/// place, so that a failed write (a full disk) never leaves a truncated
/// page that would read back as a shorter valid one.
fn write_whole(path: &Path, text: &str) -> Result<(), String> {
    let temporary = path.with_extension("md.partial");
    std::fs::write(&temporary, text)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            e.to_string()
        })
}

fn to_jsonl(dir: &Path, csv: bool) -> ExitCode {
    let files = match input::pages_in(dir) {
        Ok(files) => files,
        Err(message) => {
            out::error(&message.to_string());
            return ExitCode::from(2);
        }
    };
    let progress = bar(files.len() as u64);
    let mut records = Vec::new();
    let mut skipped = 0;
    for file in &files {
        progress.inc(1);
        let result = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| hermetica::Entry::from_bytes(&bytes).map_err(|e| e.to_string()))
            .and_then(|entry| {
                IngredientRecord::from_entry(&entry).map_err(|e| e.kind().to_string())
            });
        match result {
            Ok(record) => records.push(record),
            Err(message) => {
                out::error(&format!("{}: {message}", file.display()));
                skipped += 1;
            }
        }
    }
    progress.finish_and_clear();
    let mut text = Vec::new();
    let written = if csv {
        write_csv(&mut text, &records).map_err(|e| e.to_string())
    } else {
        write_jsonl(&mut text, &[], &records).map_err(|e| e.to_string())
    };
    let written =
        written.and_then(|()| out::all(&String::from_utf8_lossy(&text)).map_err(|e| e.to_string()));
    if let Err(e) = written {
        out::error(&format!("writing: {e}"));
        return ExitCode::from(2);
    }
    if skipped > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

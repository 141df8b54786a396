//! Parses a folder of pages or a JSONL dataset on all cores and reports
//! entries/s, MB/s and failures.
//!
//! ```text
//! cargo run --release --example bulk -- pages/               # a folder of *.md pages
//! cargo run --release --example bulk -- ingredients.jsonl    # records, each as its page
//! cargo run --release --example bulk -- --generate 15700 corpus/   # write a synthetic corpus
//! ```
//!
//! A progress bar shows on a terminal (none when stdout is not one). The
//! parse is the full typed one: entry, quantities, citations, links.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use hermetica::dataset::{IngredientRecord, read_jsonl};
use indicatif::ProgressBar;
use rayon::prelude::*;

#[path = "common/input.rs"]
mod input;
#[path = "common/out.rs"]
mod out;

/// Parse a folder of pages or a JSONL dataset on all cores.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// A folder of `*.md` pages, or a `.jsonl` dataset; `-` reads the
    /// dataset from stdin.
    path: PathBuf,
    /// Instead of parsing, write this many synthetic pages into PATH.
    #[arg(long, value_name = "N")]
    generate: Option<usize>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(n) = args.generate {
        return generate(n, &args.path);
    }
    let started = Instant::now();
    let (pages, unreadable) = match load(&args.path) {
        Ok(loaded) => loaded,
        Err(message) => {
            out::error(&message);
            return ExitCode::from(2);
        }
    };
    let loaded = started.elapsed();
    let bytes: usize = pages.iter().map(|(_, p)| p.len()).sum();
    let bar = if std::io::stdout().is_terminal() {
        ProgressBar::new(pages.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    let start = Instant::now();
    let mut failures: Vec<String> = pages
        .par_iter()
        .filter_map(|(name, page)| {
            bar.inc(1);
            match hermetica::analyze(page) {
                Ok(analysis) => {
                    // The main job: the page's quantities, citations and links.
                    let _ = (
                        analysis.quantities(),
                        analysis.citations(),
                        analysis.resolved_links(),
                    );
                    None
                }
                Err(e) => Some(format!("{name}: {}", e.kind())),
            }
        })
        .collect();
    let seconds = start.elapsed().as_secs_f64();
    bar.finish_and_clear();
    failures.splice(0..0, unreadable);
    for failure in &failures {
        out::error(&failure.to_string());
    }
    let summary = format!(
        "{} entries, {:.1} MB read in {:.2}s; parsed in {:.3}s on {} threads: {:.0} entries/s, {:.1} MB/s; {} failures",
        pages.len(),
        bytes as f64 / 1e6,
        loaded.as_secs_f64(),
        seconds,
        rayon::current_num_threads(),
        pages.len() as f64 / seconds,
        bytes as f64 / 1e6 / seconds,
        failures.len()
    );
    if let Err(e) = out::line(&summary) {
        out::error(&format!("writing: {e}"));
        return ExitCode::from(2);
    }
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Pages with their names, and what could not be read.
type Loaded = (Vec<(String, String)>, Vec<String>);

/// The pages to parse, with names (files of a folder, or records of a
/// JSONL file, `-` for stdin, rendered as pages), and what could not be
/// read: a file by its path, a record by its line and what is wrong with
/// it. An error when the input itself cannot be read.
fn load(path: &Path) -> Result<Loaded, String> {
    if path.as_os_str() != "-" && path.is_dir() {
        let read: Vec<Result<(String, String), String>> = input::pages_in(path)?
            .par_iter()
            .map(|f| input::text(f))
            .collect();
        let (mut pages, mut unreadable) = (Vec::new(), Vec::new());
        for result in read {
            match result {
                Ok(page) => pages.push(page),
                Err(message) => unreadable.push(message),
            }
        }
        Ok((pages, unreadable))
    } else {
        let (name, text) = input::text(path)?;
        let (mut pages, mut unreadable) = (Vec::new(), Vec::new());
        for record in read_jsonl(text.as_bytes()) {
            match record {
                Ok(record) => pages.push((record.ingredient_key.clone(), record.to_page())),
                Err(e) => unreadable.push(format!("{name}: line {}: {}", e.line(), e.kind())),
            }
        }
        Ok((pages, unreadable))
    }
}

/// Writes `n` synthetic pages: the shipped sample with varied names,
/// figures and sections, so that no two are alike.
fn generate(n: usize, dir: &Path) -> ExitCode {
    let sample: hermetica::Entry = match include_str!("../../samples/rhodiola-rosea.md").parse() {
        Ok(entry) => entry,
        Err(e) => {
            out::error(&format!("the sample page: {e}"));
            return ExitCode::from(2);
        }
    };
    let Ok(mut record) = IngredientRecord::from_entry(&with_dataset_keys(sample)) else {
        out::error("the sample page lacks dataset fields");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        out::error(&format!("{}: {e}", dir.display()));
        return ExitCode::from(2);
    }
    let base = record.clone();
    for i in 0..n {
        record.ingredient_key = format!("{}-{i}", base.ingredient_key);
        record.ingredient_name = format!("{} {i}", base.ingredient_name);
        record.short_answer = base.short_answer.replace(
            "succulent",
            if i % 2 == 0 {
                "succulent"
            } else {
                "perennial herb"
            },
        );
        record.clinical_summary = format!(
            "{} A trial of {} adults used {} mg daily.",
            base.clinical_summary,
            20 + i % 500,
            100 + i % 900
        );
        if let Err(e) = std::fs::write(
            dir.join(format!("{}.md", record.ingredient_key)),
            record.to_page(),
        ) {
            out::error(&e.to_string());
            return ExitCode::from(2);
        }
    }
    let _ = out::line(&format!("wrote {n} pages to {}", dir.display()));
    ExitCode::SUCCESS
}

/// The sample page carries the site's keys only; add the dataset's.
fn with_dataset_keys(mut entry: hermetica::Entry) -> hermetica::Entry {
    entry.metadata.push(hermetica::MetaLine::PrimaryCategory(
        hermetica::SharedStr::from_static("Adaptogenic Herbs"),
    ));
    entry
}

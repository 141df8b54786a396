//! Checks entry pages, or an interaction database file, and prints
//! diagnostics like a compiler, or JSON.
//!
//! ```text
//! cargo run --example lint -- page.md pages/          # files and folders
//! cargo run --example lint -- --format json - < page.md
//! cargo run --example lint -- interactions.jsonl      # records: found from the content
//! ```
//!
//! Exit code: 0 when nothing at warning level or above is found, 1 when
//! something is, 2 when a file cannot be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use hermetica::lint::{Diagnostic, Severity, lint, lint_interactions};

#[path = "common/input.rs"]
mod input;
#[path = "common/out.rs"]
mod out;

/// Check entry pages, or interaction records, and report like a compiler.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Pages or folders of pages (`*.md`); `-` or nothing reads stdin.
    paths: Vec<PathBuf>,
    /// Read every input as interaction records (JSONL). Without it, an
    /// input whose first line that is not a `#` comment starts with `{` is
    /// read as records, any other as a page.
    #[arg(long)]
    interactions: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut inputs = Vec::new();
    let mut failed = false;
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths.clone()
    };
    for path in &paths {
        failed |= !collect(path, &mut inputs);
    }
    let today = today();
    let mut worst = None;
    for (name, text) in &inputs {
        for d in check(text, args.interactions, today) {
            worst = worst.max(Some(d.severity));
            let text = match args.format {
                Format::Human => d.render(name, text),
                Format::Json => {
                    let (line, column) = d.line_column(text);
                    serde_json::json!({
                        "file": name, "line": line, "column": column, "code": d.code,
                        "name": d.name, "severity": d.severity, "message": d.message,
                        "start": d.span.start, "end": d.span.end,
                    })
                    .to_string()
                }
            };
            match out::line(&text) {
                Ok(true) => {}
                // The reader has gone (`| head`): nothing more is read.
                Ok(false) => return exit(failed, worst),
                Err(e) => {
                    out::error(&format!("writing: {e}"));
                    return ExitCode::from(2);
                }
            }
        }
    }
    exit(failed, worst)
}

/// The findings on one input: a page, or a file of interaction records.
fn check(text: &str, records: bool, today: chrono::NaiveDate) -> Vec<Diagnostic> {
    let first = text
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'));
    if records || first.is_some_and(|l| l.starts_with('{')) {
        lint_interactions(text)
    } else {
        lint(text, today)
    }
}

/// 2 when an input could not be read, 1 when a warning or worse was
/// found, else 0.
fn exit(failed: bool, worst: Option<Severity>) -> ExitCode {
    if failed {
        ExitCode::from(2)
    } else if worst >= Some(Severity::Warning) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads a page, every `*.md` in a folder, or stdin (`-`). What cannot be
/// read is reported by its own path and the rest are still read; `false`
/// when anything could not be.
fn collect(path: &Path, out: &mut Vec<(String, String)>) -> bool {
    let read = if path.as_os_str() != "-" && path.is_dir() {
        match input::pages_in(path) {
            Ok(files) => {
                let mut all = true;
                for file in files {
                    all &= collect(&file, out);
                }
                return all;
            }
            Err(message) => Err(message),
        }
    } else {
        input::text(path).map(|page| out.push(page))
    };
    match read {
        Ok(()) => true,
        Err(message) => {
            out::error(&message);
            false
        }
    }
}

/// Today's date (UTC) from the system clock.
fn today() -> chrono::NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days)))
        .unwrap_or_default()
}

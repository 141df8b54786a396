//! Answers from the interaction database: which of the substances someone
//! takes interact, everything that interacts with one substance, and
//! counts by severity and evidence.
//!
//! ```text
//! cargo run --example interactions -- --data interactions.jsonl check sertraline "St. John's Wort" ginkgo
//! cargo run --example interactions -- --data interactions.jsonl with warfarin --format json
//! cargo run --example interactions -- --data - stats < interactions.jsonl
//! ```
//!
//! Exit code: 0 when everything was answered, 1 when a substance is
//! unknown or a record could not be read (each is reported), 2 when the
//! data cannot be read at all.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use hermetica::dataset::{InteractionRecord, Interactions, read_interactions};
use serde_json::json;

#[path = "common/input.rs"]
mod input;
#[path = "common/out.rs"]
mod out;

/// Check substances against the interaction database
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The interaction records (JSONL); `-` reads stdin.
    #[arg(long, global = true, default_value = "-")]
    data: PathBuf,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every pair among the substances that has a record, most severe first.
    Check {
        /// Substances, by slug or name.
        #[arg(required = true)]
        substances: Vec<String>,
    },
    /// Every record with one substance, most severe first.
    With {
        /// The substance, by slug or name.
        substance: String,
    },
    /// Counts by severity and evidence level.
    Stats,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let (name, text) = match input::text(&args.data) {
        Ok(read) => read,
        Err(message) => {
            out::error(&message);
            return ExitCode::from(2);
        }
    };
    let mut unreadable = 0;
    let mut records = Vec::new();
    for record in read_interactions(text.as_bytes()) {
        match record {
            Ok(record) => records.push(record),
            Err(e) => {
                out::error(&format!("{name}: line {}: {}", e.line(), e.kind()));
                unreadable += 1;
            }
        }
    }
    if records.is_empty() {
        out::error(&format!("{name}: no interaction records"));
        return ExitCode::from(2);
    }
    let index = Interactions::from_records(records);
    let (lines, unknown) = match &args.command {
        Command::Check { substances } => {
            let found = index.check(substances);
            (rows(&found.pairs, args.format), found.unknown)
        }
        Command::With { substance } => match index.with(substance) {
            Some(found) => (rows(&found, args.format), Vec::new()),
            None => (Vec::new(), vec![substance.clone()]),
        },
        Command::Stats => (stats(&index, args.format), Vec::new()),
    };
    for substance in &unknown {
        out::warning(&format!(
            "unknown substance `{substance}`: no record names it"
        ));
    }
    for line in lines {
        match out::line(&line) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                out::error(&format!("writing: {e}"));
                return ExitCode::from(2);
            }
        }
    }
    if unknown.is_empty() && unreadable == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The records as lines: a table (severity, pair, evidence, verdict), or
/// one JSON object each.
fn rows(records: &[&InteractionRecord], format: Format) -> Vec<String> {
    match format {
        Format::Json => records
            .iter()
            .map(|r| {
                json!({
                    "id": r.id,
                    "a": {"slug": r.a.slug, "name": r.a.name},
                    "b": {"slug": r.b.slug, "name": r.b.name},
                    "severity": r.severity,
                    "evidence_level": r.evidence_level,
                    "verdict_summary": r.verdict_summary,
                    "url": r.url.as_str(),
                })
                .to_string()
            })
            .collect(),
        Format::Table => {
            let pair = |r: &InteractionRecord| format!("{} + {}", r.a.name, r.b.name);
            let width = records
                .iter()
                .map(|r| pair(r).chars().count())
                .max()
                .unwrap_or(0);
            let mut lines = vec![format!(
                "{:<15}  {:<width$}  {:<11}  verdict",
                "severity", "pair", "evidence"
            )];
            lines.extend(records.iter().map(|r| {
                format!(
                    "{:<15}  {:<width$}  {:<11}  {}",
                    r.severity,
                    pair(r),
                    r.evidence_level,
                    r.verdict_summary
                )
            }));
            if records.is_empty() {
                lines.push("no records for these substances".to_owned());
            }
            lines
        }
    }
}

/// Counts by severity and evidence level.
fn stats(index: &Interactions, format: Format) -> Vec<String> {
    let stats = index.stats();
    match format {
        Format::Json => {
            let severity: serde_json::Map<String, serde_json::Value> = stats
                .by_severity
                .iter()
                .map(|(s, n)| (s.to_string(), json!(n)))
                .collect();
            let evidence: serde_json::Map<String, serde_json::Value> = stats
                .by_evidence
                .iter()
                .map(|(e, n)| (e.to_string(), json!(n)))
                .collect();
            vec![
                json!({
                    "records": stats.records,
                    "substances": stats.substances,
                    "by_severity": severity,
                    "by_evidence": evidence,
                })
                .to_string(),
            ]
        }
        Format::Table => {
            let mut lines = vec![format!(
                "{} records over {} substances",
                stats.records, stats.substances
            )];
            lines.extend(
                stats
                    .by_severity
                    .iter()
                    .rev()
                    .map(|(s, n)| format!("{s:<20}  {n:>9}")),
            );
            lines.extend(
                stats
                    .by_evidence
                    .iter()
                    .rev()
                    .map(|(e, n)| format!("{:<20}  {n:>9}", format!("{e} evidence"))),
            );
            lines
        }
    }
}

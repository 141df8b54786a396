//! Reads text from a file or stdin and prints one JSON object per line for
//! each quantity found in it.
//!
//! ```text
//! echo "Take 200mg 3x daily for 2–4 weeks" | cargo run --example quantities
//! cargo run --example quantities -- notes.txt
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[path = "common/input.rs"]
mod input;
#[path = "common/out.rs"]
mod out;
use serde_json::{Value, json};

/// Print every quantity in a text, one JSON object per line.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The text to read; `-` or nothing reads stdin.
    path: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let path = args.path.unwrap_or_else(|| PathBuf::from("-"));
    let text = match input::text(&path) {
        Ok((_, text)) => text,
        Err(message) => {
            out::error(&message.to_string());
            return ExitCode::FAILURE;
        }
    };
    for mention in hermetica::quantities(&text) {
        match out::line(&record(&mention).to_string()) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                out::error(&format!("writing: {e}"));
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn record(m: &hermetica::Mention) -> Value {
    let q = &m.quantity;
    let mut out = json!({
        "start": m.span.start,
        "end": m.span.end,
        "text": m.text,
        "kind": m.kind,
        "low": q.low(),
        "high": q.high(),
        "comparator": q.comparator(),
        "unit": q.unit().map(|u| u.code()),
        "dimension": m.dimension(),
    });
    if let Some(u) = q.uncertainty() {
        out["uncertainty"] = json!(u);
    }
    if m.kind == hermetica::QuantityKind::Dose {
        out["per"] = json!(m.per);
        out["frequency"] = json!(m.frequency);
    }
    if let Some(c) = &m.conversion {
        out["conversion"] = json!({"text": c.to_string(), "low": c.low(), "high": c.high(), "unit": c.unit().map(|u| u.code())});
    }
    out
}

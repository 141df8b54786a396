//! Reads text on stdin and prints one JSON object per line for each
//! quantity found in it.
//!
//! ```text
//! echo "Take 200mg 3x daily for 2–4 weeks" | cargo run --example quantities
//! ```

use std::io::Read;
use std::process::ExitCode;

use clap::Parser;

#[path = "common/out.rs"]
mod out;
use serde_json::{Value, json};

/// Print every quantity in text read from stdin, one JSON object per line.
#[derive(Parser)]
#[command(version, about)]
struct Args {}

fn main() -> ExitCode {
    let _ = Args::parse();
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("error: reading stdin: {e}");
        return ExitCode::FAILURE;
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "error: stdin is not UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            );
            return ExitCode::FAILURE;
        }
    };
    for mention in hermetica::quantities(&text) {
        match out::line(&record(&mention).to_string()) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                eprintln!("error: writing: {e}");
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

//! Reads the JSON of an entry (as `entry2json` prints it) and prints the
//! page. For a page that came from this crate the output is the original
//! page byte for byte.
//!
//! ```text
//! cargo run --example entry2json -- page.md | cargo run --example json2entry
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[path = "common/input.rs"]
mod input;
#[path = "common/out.rs"]
mod out;

/// Print the page of an entry given as JSON.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The JSON file; `-` or nothing reads stdin.
    path: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let path = args.path.unwrap_or_else(|| PathBuf::from("-"));
    let result = input::text(&path).and_then(|(name, json)| {
        serde_json::from_str::<hermetica::Entry>(&json)
            .map_err(|e| format!("{name}: not the JSON of an entry: {e}"))
    });
    match result {
        Ok(entry) => match out::all(&entry.to_page()) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                out::error(&format!("writing the page: {e}"));
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            out::error(&message.to_string());
            ExitCode::FAILURE
        }
    }
}

//! Reads an entry page and prints its JSON.
//!
//! ```text
//! cargo run --example entry2json                 # the shipped sample page
//! cargo run --example entry2json -- PAGE.md      # a file
//! cargo run --example entry2json -- - < PAGE.md  # stdin
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[path = "common/input.rs"]
mod input;
#[path = "common/out.rs"]
mod out;

/// The sample page shipped with the crate, used when no path is given.
const SAMPLE: &str = include_str!("../../samples/rhodiola-rosea.md");

/// Print the JSON of an ingredient entry page.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The page to read; `-` for stdin. Without it, the shipped sample page.
    path: Option<PathBuf>,
    /// Pretty-print the JSON.
    #[arg(long)]
    pretty: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(json) => match out::line(&json) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                out::error(&format!("writing: {e}"));
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            out::error(&message.to_string());
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<String, String> {
    let (name, bytes) = match &args.path {
        None => ("sample".to_owned(), SAMPLE.as_bytes().to_vec()),
        Some(path) => input::bytes(path)?,
    };
    let entry = hermetica::Entry::from_bytes(&bytes).map_err(|e| format!("{name}: {e}"))?;
    let json = if args.pretty {
        serde_json::to_string_pretty(&entry)
    } else {
        serde_json::to_string(&entry)
    };
    json.map_err(|e| e.to_string())
}

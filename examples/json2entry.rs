//! Reads the JSON of an entry (as `entry2json` prints it) and prints the
//! page. For a page that came from this crate the output is the original
//! page byte for byte.
//!
//! ```text
//! cargo run --example entry2json -- page.md | cargo run --example json2entry
//! ```

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Print the page of an entry given as JSON.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The JSON file; `-` or nothing reads stdin.
    path: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let read = match args.path.as_deref() {
        None => read_stdin(),
        Some(p) if p.as_os_str() == "-" => read_stdin(),
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("reading {}: {e}", p.display())),
    };
    let result = read.and_then(|json| {
        serde_json::from_str::<hermetica::Entry>(&json)
            .map_err(|e| format!("not the JSON of an entry: {e}"))
    });
    match result {
        Ok(entry) => {
            let mut out = std::io::stdout().lock();
            match out
                .write_all(entry.to_page().as_bytes())
                .and_then(|()| out.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: writing the page: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read_stdin() -> Result<String, String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map(|_| text)
        .map_err(|e| format!("reading stdin: {e}"))
}

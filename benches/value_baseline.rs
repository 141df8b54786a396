//! The baseline of the interaction database's peak memory: the file read
//! as text, then each record line parsed into a `serde_json::Value`, all
//! kept, as `interactions --data FILE stats` keeps its text and its index.
//!
//! ```text
//! cargo build --release -p hermetica-benches --bin value_baseline
//! /usr/bin/time -v target/release/value_baseline interactions.jsonl
//! ```

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: value_baseline FILE.jsonl");
        return std::process::ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let values: Vec<serde_json::Value> = text
        .lines()
        .filter(|line| line.starts_with('{'))
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    println!("{} records", values.len());
    std::process::ExitCode::SUCCESS
}

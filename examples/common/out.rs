//! Writing to stdout from the example binaries: a closed pipe (`| head`)
//! ends the output quietly instead of panicking.

use std::io::Write;

/// Writes `text` and a newline to stdout. `Ok(false)` when the reader has
/// gone away (broken pipe), so the caller can stop writing.
pub fn line(text: &str) -> std::io::Result<bool> {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}") {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e),
    }
}

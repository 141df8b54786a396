//! Writing from the example binaries: a closed stdout (`| head`) ends the
//! output quietly instead of panicking or complaining, and a message to a
//! closed stderr is dropped instead of panicking (as `eprintln!` would).
#![allow(dead_code)] // each tool uses its part

use std::io::Write;

/// Writes `text` and a newline to stdout. `Ok(false)` when the reader has
/// gone away (broken pipe), so the caller can stop writing.
pub fn line(text: &str) -> std::io::Result<bool> {
    let mut out = std::io::stdout().lock();
    quiet_on_closed_pipe(writeln!(out, "{text}"))
}

/// Writes `text` as it is to stdout, as [`line`] does.
pub fn all(text: &str) -> std::io::Result<bool> {
    let mut out = std::io::stdout().lock();
    quiet_on_closed_pipe(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

fn quiet_on_closed_pipe(result: std::io::Result<()>) -> std::io::Result<bool> {
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e),
    }
}

/// Reports an error on stderr as `error: {message}`.
pub fn error(message: &str) {
    to_stderr("error", message);
}

/// Reports a warning on stderr as `warning: {message}`.
pub fn warning(message: &str) {
    to_stderr("warning", message);
}

/// Writes one message line to stderr. A failed write is dropped: there is
/// nowhere left to report it.
fn to_stderr(level: &str, message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{level}: {message}");
}

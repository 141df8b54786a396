//! Reading the one input of an example binary: a file, or stdin for `-`
//! (and for no path, where the tool says so). Every tool names stdin
//! `<stdin>`, names the file (not its folder) in its errors, and reports an
//! empty input instead of doing nothing.
#![allow(dead_code)] // each tool uses its part

use std::io::Read;
use std::path::Path;

/// What stdin is called in messages.
pub const STDIN: &str = "<stdin>";

/// The name of `path` in messages: `<stdin>` for `-`.
pub fn name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        STDIN.to_owned()
    } else {
        path.display().to_string()
    }
}

/// The bytes of `path` (`-` for stdin), with its name; an error message
/// that names it when it cannot be read, is a folder, or is empty.
pub fn bytes(path: &Path) -> Result<(String, Vec<u8>), String> {
    let name = name(path);
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{name}: {e}"))?;
    } else if path.is_dir() {
        return Err(format!("{name}: is a folder, not a file"));
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("{name}: {e}"))?;
    }
    if bytes.is_empty() {
        return Err(format!("{name}: the input is empty"));
    }
    Ok((name, bytes))
}

/// The `*.md` pages of a folder, sorted by name; an error names the folder
/// when it cannot be read or holds no page. Anything named `*.md` that is
/// not a regular file (a FIFO, a socket, a folder) is skipped with a
/// warning: reading a FIFO would wait for a writer that may never come.
pub fn pages_in(folder: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_none_or(|x| x != "md") {
            continue;
        }
        // `metadata` follows a link to the file it names.
        if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            files.push(path);
        } else {
            super::out::warning(&format!("{}: not a regular file; skipped", path.display()));
        }
    }
    if files.is_empty() {
        return Err(format!(
            "{}: no `*.md` pages in the folder",
            folder.display()
        ));
    }
    files.sort();
    Ok(files)
}

/// The text of `path`, as [`bytes`]; an error at the first byte that is
/// not UTF-8.
pub fn text(path: &Path) -> Result<(String, String), String> {
    let (name, bytes) = bytes(path)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok((name, text)),
        Err(e) => Err(format!(
            "{name}: not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )),
    }
}

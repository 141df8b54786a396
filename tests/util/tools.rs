//! Running the command-line tools (the examples of `tools/`) as processes,
//! and the inputs the process tests give them.

use std::ffi::OsStr;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The built example (cargo builds examples before running tests).
pub fn example(name: &str) -> Command {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target directory");
    let path: PathBuf = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} is built by `cargo test`", path.display());
    Command::new(path)
}

pub fn run(mut command: Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("the example ends")
}

/// The built example with arguments.
pub fn with_args(name: &str, args: &[&OsStr]) -> Command {
    let mut command = example(name);
    command.args(args);
    command
}

/// Whether `--help` succeeds.
pub fn helps(name: &str) -> bool {
    example(name)
        .arg("--help")
        .output()
        .expect("help")
        .status
        .success()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// A file of the shared corpus, for the corpus suite (a missing corpus
/// fails the test).
pub fn corpus_path(relative: &str) -> PathBuf {
    super::corpus_file(relative);
    super::corpus_dir().join(relative)
}

/// A fresh temporary folder for one case.
pub fn scratch(case: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hermetica-{case}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// Waits for `child` for at most a minute: a tool that waits on a FIFO
/// would otherwise hang the test.
pub fn finish_within_a_minute(mut child: std::process::Child, case: &str) -> Output {
    for _ in 0..600 {
        if child.try_wait().expect("poll").is_some() {
            return child.wait_with_output().expect("ends");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    panic!("{case}: still running after a minute");
}

pub const PAGE: &[u8] = b"# Tea\n\n**Category:** Herb\n\n## Overview\n\nTake 2 g daily.\n";
pub const RECORDS: &[u8] = include_bytes!("../data/dataset/ingredients.jsonl");
pub const INTERACTIONS: &[u8] = include_bytes!("../data/dataset/interactions.jsonl");
/// Records with fields the crate does not know.
pub const NEW_FIELDS: &[u8] = include_bytes!("../data/dataset/new_fields.jsonl");
/// A page lint finds nothing in.
pub const CLEAN_PAGE: &[u8] = b"# Tea\n\n**Canonical URL:** https://example.org/ingredients/tea\n\
    **Updated:** 2026-01-05\n**Evidence Score:** 3 / 10\n**Category:** Herb\n\n## Overview\n\n\
    A leaf.\n\n## Health Benefits\n\n\xe2\x80\xa2 Calms (animal studies)\n";

//! How every tool fails: a table of cases each tool passes (help, `-`, a
//! path, a missing file, an empty file, garbage bytes, a folder, a closed
//! pipe), and the ways a tool once lost a record or hung, each a named
//! test.

mod util;

use std::ffi::OsStr;
use std::io::Write;
use std::process::{Command, Output, Stdio};

use util::tools::{
    CLEAN_PAGE, INTERACTIONS, PAGE, RECORDS, example, finish_within_a_minute, run, scratch, stdout,
    with_args,
};

/// One tool's cases for the table below: how it is called on a path (the
/// path stands where `{}` is), and a valid input for it.
struct Tool {
    name: &'static str,
    /// The first line of its `--help`.
    about: &'static str,
    /// Its arguments; `{}` is replaced by the input's path (or `-`).
    args: &'static [&'static str],
    /// A valid input.
    input: &'static [u8],
    /// Whether the path may be a folder of pages (an empty folder is then
    /// reported as holding no pages).
    folders: bool,
}

const TOOLS: &[Tool] = &[
    Tool {
        name: "entry2json",
        about: "Print the JSON of an ingredient entry page",
        args: &["{}"],
        input: PAGE,
        folders: false,
    },
    Tool {
        name: "json2entry",
        about: "Print the page of an entry given as JSON",
        args: &["{}"],
        input: br#"{"title":"Tea","metadata":[{"category":"Herb"}],"sections":[],"footer":null,"layout":{"newline":"lf","final_newline":true,"odd_lines":[],"bom":false}}"#,
        folders: false,
    },
    Tool {
        name: "quantities",
        about: "Print every quantity in a text, one JSON object per line",
        args: &["{}"],
        input: b"Take 200 mg twice daily for 12 weeks.",
        folders: false,
    },
    Tool {
        name: "lint",
        about: "Check entry pages, or interaction records, and report like a compiler",
        args: &["{}"],
        input: CLEAN_PAGE,
        folders: true,
    },
    Tool {
        name: "dataset",
        about: "Convert between the dataset (JSONL/CSV) and folders of pages",
        args: &["to-pages", "{}", "OUT"],
        input: RECORDS,
        folders: false,
    },
    Tool {
        name: "interactions",
        about: "Check substances against the interaction database",
        args: &["--data", "{}", "check", "sertraline", "ginkgo"],
        input: INTERACTIONS,
        folders: false,
    },
    Tool {
        name: "bulk",
        about: "Parse a folder of pages or a JSONL dataset on all cores",
        args: &["{}"],
        input: RECORDS,
        folders: true,
    },
];

fn call(tool: &Tool, path: &std::path::Path, out: &std::path::Path) -> Command {
    let mut command = example(tool.name);
    for arg in tool.args {
        match *arg {
            "{}" => command.arg(path),
            "OUT" => command.arg(out),
            other => command.arg(other),
        };
    }
    command
}

/// What a failed run must look like: a clean error naming the input, no
/// panic.
#[track_caller]
fn fails_naming(out: &Output, name: &str, what: &str, case: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{case}: {err}");
    assert_ne!(out.status.code(), Some(101), "{case} panicked: {err}");
    assert!(!err.contains("panicked"), "{case}: {err}");
    assert!(err.starts_with("error: "), "{case}: {err}");
    assert!(err.contains(name), "{case} names {name}: {err}");
    assert!(err.contains(what), "{case} says {what:?}: {err}");
}

#[test]
fn every_tool_passes_the_table_of_cases() {
    for tool in TOOLS {
        let dir = scratch(tool.name);
        let out_dir = dir.join("out");
        let case = |c: &str| format!("{} {c}", tool.name);

        // --help describes the tool itself.
        let help = example(tool.name).arg("--help").output().expect("help");
        assert!(help.status.success(), "{}", case("--help"));
        assert_eq!(
            stdout(&help).lines().next(),
            Some(tool.about),
            "{}",
            case("--help")
        );

        // `-` reads stdin.
        let out = run(call(tool, "-".as_ref(), &out_dir), tool.input);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{}: {err}", case("-"));

        // A path.
        let file = dir.join("input");
        std::fs::write(&file, tool.input).expect("write input");
        let out = run(call(tool, &file, &out_dir), b"");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{}: {err}", case("a path"));

        // A missing file.
        let missing = dir.join("missing.txt");
        let out = run(call(tool, &missing, &out_dir), b"");
        fails_naming(&out, "missing.txt", "No such file", &case("a missing file"));

        // An empty file, and empty stdin.
        let empty = dir.join("empty.txt");
        std::fs::write(&empty, b"").expect("write");
        let out = run(call(tool, &empty, &out_dir), b"");
        fails_naming(&out, "empty.txt", "empty", &case("an empty file"));
        let out = run(call(tool, "-".as_ref(), &out_dir), b"");
        fails_naming(&out, "<stdin>", "empty", &case("empty stdin"));

        // Garbage bytes.
        let garbage = dir.join("garbage.bin");
        std::fs::write(&garbage, b"\xff\xfe\x00garbage\x80").expect("write");
        let out = run(call(tool, &garbage, &out_dir), b"");
        if tool.name != "quantities" && tool.name != "bulk" {
            fails_naming(&out, "garbage.bin", "", &case("garbage bytes"));
        } else {
            fails_naming(&out, "garbage.bin", "UTF-8", &case("garbage bytes"));
        }

        // A folder: pages are read from it, and an empty one is reported;
        // a tool that reads one file says it got a folder.
        let folder = dir.join("folder");
        std::fs::create_dir_all(&folder).expect("folder");
        let out = run(call(tool, &folder, &out_dir), b"");
        let what = if tool.folders {
            "no `*.md` pages"
        } else {
            "is a folder"
        };
        fails_naming(&out, "folder", what, &case("a folder"));

        // A closed pipe: the tool stops quietly.
        let mut command = call(tool, "-".as_ref(), &out_dir);
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts");
        drop(child.stdout.take());
        let mut stdin = child.stdin.take().expect("stdin");
        let _ = stdin.write_all(tool.input);
        drop(stdin);
        let out = child.wait_with_output().expect("ends");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_ne!(
            out.status.code(),
            Some(101),
            "{}: {err}",
            case("closed pipe")
        );
        assert!(err.is_empty(), "{} is quiet: {err}", case("closed pipe"));

        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Issue 19: `dataset to-pages` overwrote a page when two records had one
/// key, or keys that map to one file name (`a/b` and `a_b`), and wrote an
/// empty key as `.md`, all with exit code 0. Each is now an error naming
/// the records by their lines; the other records are still written.
#[test]
fn dataset_to_pages_never_overwrites_a_record() {
    let records = std::str::from_utf8(RECORDS).expect("UTF-8");
    let lines: Vec<&str> = records.lines().filter(|l| l.starts_with('{')).collect();
    let with_key = |line: &str, key: &str| {
        line.replacen(
            "\"ingredient_key\":\"moringa-leaf\"",
            &format!("\"ingredient_key\":\"{key}\""),
            1,
        )
    };
    let input = [
        "# records by line: the first is on line 2".to_owned(),
        lines[0].to_owned(),                 // moringa-leaf
        lines[1].to_owned(),                 // calcifediol-test
        lines[0].to_owned(),                 // moringa-leaf again
        with_key(lines[0], "herbs/moringa"), // → herbs_moringa.md
        with_key(lines[0], "herbs_moringa"), // the same file name
        with_key(lines[0], ""),              // no key
    ]
    .join("\n");
    let dir = scratch("collisions");
    let out_dir = dir.join("pages");
    let command = with_args(
        "dataset",
        &["to-pages".as_ref(), "-".as_ref(), out_dir.as_ref()],
    );
    let out = run(command, input.as_bytes());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("<stdin>: line 4 (`moringa-leaf`) would write moringa-leaf.md, as line 2 (`moringa-leaf`) does"),
        "{err}"
    );
    assert!(
        err.contains("<stdin>: line 6 (`herbs_moringa`) would write herbs_moringa.md, as line 5 (`herbs/moringa`) does"),
        "{err}"
    );
    assert!(
        err.contains("<stdin>: line 7: the ingredient key is empty"),
        "{err}"
    );
    let mut written: Vec<String> = std::fs::read_dir(&out_dir)
        .expect("pages")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        ["calcifediol-test.md", "herbs_moringa.md", "moringa-leaf.md"]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 19: one bad file in a folder stopped `lint` and `bulk` at it, and
/// a FIFO named `*.md` was opened and waited on forever. Each bad file is
/// now reported by its own path, the rest are still processed, the exit
/// code says something failed, and a FIFO is skipped with a warning.
#[test]
#[cfg(unix)]
fn folders_report_each_bad_file_and_go_on() {
    let dir = scratch("folder-of-pages");
    let pages = dir.join("pages");
    std::fs::create_dir_all(&pages).expect("folder");
    // Two good pages: pages of two of our records.
    let records: Vec<_> = hermetica::dataset::read_jsonl(RECORDS)
        .map(|r| r.expect("our records read"))
        .collect();
    std::fs::write(pages.join("a-good.md"), records[0].to_page()).expect("write");
    std::fs::write(pages.join("b-bad.md"), b"\xff\xfe not text").expect("write");
    std::fs::write(pages.join("c-good.md"), records[1].to_page()).expect("write");
    let made = Command::new("mkfifo")
        .arg(pages.join("d-fifo.md"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let cases: [(&str, Vec<&OsStr>); 3] = [
        ("lint", vec![pages.as_os_str()]),
        ("bulk", vec![pages.as_os_str()]),
        ("dataset", vec!["to-jsonl".as_ref(), pages.as_os_str()]),
    ];
    for (tool, args) in cases {
        let child = with_args(tool, &args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts");
        let out = finish_within_a_minute(child, tool);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{tool}: {err}");
        assert_ne!(out.status.code(), Some(101), "{tool} panicked: {err}");
        assert!(err.contains("b-bad.md"), "{tool} names the bad file: {err}");
        assert!(
            err.contains("warning: ") && err.contains("d-fifo.md: not a regular file; skipped"),
            "{tool} skips the FIFO: {err}"
        );
        // Both good pages were still processed.
        let stdout = stdout(&out);
        match tool {
            "bulk" => assert!(stdout.starts_with("2 entries"), "{stdout}"),
            "dataset" => {
                let keys: Vec<&str> = stdout
                    .lines()
                    .map(|l| l.split('"').nth(3).unwrap_or_default())
                    .collect();
                let expected = [&records[0].ingredient_key, &records[1].ingredient_key];
                assert_eq!(keys, expected, "{err}");
            }
            _ => assert_eq!(out.status.code(), Some(2), "{err}"),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 19: a tool whose stderr was a closed pipe panicked when it
/// reported an error (`failed printing to stderr`, exit code 101). It now
/// drops the message and exits with its own code.
#[test]
fn a_closed_stderr_never_panics() {
    for tool in TOOLS {
        let missing = std::path::Path::new("/nonexistent/hermetica-missing.md");
        let mut child = call(tool, missing, missing)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts");
        // The reader of stderr goes away before the tool reports.
        drop(child.stderr.take());
        let out = child.wait_with_output().expect("ends");
        assert!(!out.status.success(), "{}", tool.name);
        assert_ne!(out.status.code(), Some(101), "{} panicked", tool.name);
    }
}

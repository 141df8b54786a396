//! The example binaries run as processes: on real input, on bad input and
//! on stdin.

mod util;

use std::ffi::OsStr;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The built example (cargo builds examples before running tests).
fn example(name: &str) -> Command {
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

fn run(mut command: Command, stdin: &[u8]) -> Output {
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
fn with_args(name: &str, args: &[&OsStr]) -> Command {
    let mut command = example(name);
    command.args(args);
    command
}

/// Whether `--help` succeeds.
fn helps(name: &str) -> bool {
    example(name)
        .arg("--help")
        .output()
        .expect("help")
        .status
        .success()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// A file of the shared corpus, for the corpus suite (a missing corpus
/// fails the test).
fn corpus_path(relative: &str) -> PathBuf {
    util::corpus_file(relative);
    util::corpus_dir().join(relative)
}

#[test]
fn entry2json_on_the_sample_a_file_stdin_and_bad_input() {
    let out = run(example("entry2json"), b"");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(json["title"], "Rhodiola Rosea");

    let command = with_args("entry2json", &["-".as_ref()]);
    let out = run(command, b"# Tea\n\n**Category:** Herb\n");
    assert!(out.status.success());
    assert!(stdout(&out).contains("\"category\":\"Herb\""));

    let command = with_args("entry2json", &["-".as_ref()]);
    let out = run(command, b"**Evidence Score:** 11 / 10\n");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("expected the page title"), "{err}");
    assert!(helps("entry2json"));
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn json2entry_gives_back_the_page_byte_for_byte() {
    let path = corpus_path("entries/astragaloside-iv.md");
    let page = std::fs::read(&path).expect("page");
    let to_json = with_args("entry2json", &[path.as_ref()]);
    let json = run(to_json, b"").stdout;
    let out = run(example("json2entry"), &json);
    assert!(out.status.success());
    assert_eq!(out.stdout, page);

    let out = run(example("json2entry"), b"{\"title\": 5}");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not the JSON of an entry"));
    assert!(helps("json2entry"));
}

#[test]
fn quantities_prints_one_object_per_quantity() {
    let out = run(
        example("quantities"),
        "Take 200mg 3x daily for 2–4 weeks (n=62); IL-6 fell.".as_bytes(),
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["text"], "200mg 3x daily");
    assert_eq!(lines[0]["unit"], "mg");
    assert_eq!(lines[0]["frequency"]["times"], 3);
    assert_eq!(lines[1]["kind"], "duration");
    assert_eq!(
        (lines[1]["low"].as_f64(), lines[1]["high"].as_f64()),
        (Some(2.0), Some(4.0))
    );
    assert_eq!(lines[2]["kind"], "sample_size");

    let out = run(example("quantities"), b"\xff\xfe");
    assert!(!out.status.success(), "invalid UTF-8 is an error");
    assert!(helps("quantities"));
}

#[test]
fn lint_reports_like_a_compiler_and_sets_the_exit_code() {
    let command = with_args("lint", &["-".as_ref()]);
    let clean = "# Tea\n\n**Canonical URL:** https://example.org/ingredients/tea\n**Updated:** 2026-01-05\n\
        **Evidence Score:** 3 / 10\n**Category:** Herb\n\n## Overview\n\nA leaf.\n\n## Health Benefits\n\n• Calms (animal studies)\n";
    let out = run(command, clean.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    let command = with_args("lint", &["-".as_ref()]);
    let out = run(command, b"not a page");
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("error[H000]"));

    let command = with_args("lint", &["/no/such/page.md".as_ref()]);
    assert_eq!(run(command, b"").status.code(), Some(2));
    assert!(helps("lint"));
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn dataset_converts_records_to_pages_and_back() {
    let jsonl = corpus_path("dataset/ingredients.sample.jsonl");
    let dir = std::env::temp_dir().join(format!("hermetica-dataset-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let command = with_args(
        "dataset",
        &["to-pages".as_ref(), jsonl.as_ref(), dir.as_ref()],
    );
    assert!(run(command, b"").status.success());
    assert_eq!(std::fs::read_dir(&dir).expect("pages").count(), 44);

    let command = with_args("dataset", &["to-jsonl".as_ref(), dir.as_ref()]);
    let out = run(command, b"");
    assert!(out.status.success());
    let mut back: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    let original = std::fs::read_to_string(&jsonl).expect("dataset");
    let mut original: Vec<String> = original
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(str::to_owned)
        .collect();
    back.sort();
    original.sort();
    assert_eq!(back, original, "pages back to the publisher's lines");

    let command = with_args(
        "dataset",
        &[
            "to-pages".as_ref(),
            "-".as_ref(),
            dir.join("from-stdin").as_ref(),
        ],
    );
    let out = run(command, b"# comment\nnot json\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(helps("dataset"));
}

#[test]
fn bulk_parses_a_folder_and_a_dataset() {
    let dir = std::env::temp_dir().join(format!("hermetica-bulk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let command = with_args(
        "bulk",
        &["--generate".as_ref(), "50".as_ref(), dir.as_ref()],
    );
    assert!(run(command, b"").status.success());
    let command = with_args("bulk", &[dir.as_ref()]);
    let out = run(command, b"");
    assert!(out.status.success());
    assert!(stdout(&out).starts_with("50 entries"), "{}", stdout(&out));
    assert!(stdout(&out).contains("0 failures"));
    std::fs::write(dir.join("broken.md"), "no title").expect("write");
    let command = with_args("bulk", &[dir.as_ref()]);
    let out = run(command, b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("1 failures"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn entry2json_reads_the_real_page() {
    let page = corpus_path("entries/astragaloside-iv.md");
    let command = with_args("entry2json", &[page.as_ref(), "--pretty".as_ref()]);
    let out = run(command, b"");
    assert!(out.status.success());
    assert!(stdout(&out).contains("\"title\": \"Astragaloside IV\""));
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn lint_reports_the_real_page_s_one_warning() {
    let path = corpus_path("entries/astragaloside-iv.md");
    let command = with_args("lint", &[path.as_ref()]);
    let out = run(command, b"");
    assert_eq!(out.status.code(), Some(1), "a warning is found");
    let text = stdout(&out);
    assert!(
        text.starts_with("warning[H001]: evidence score 8 / 10"),
        "{text}"
    );
    assert!(text.contains("astragaloside-iv.md:6:21"), "{text}");
    assert_eq!(text.matches("warning[").count(), 1, "nothing false: {text}");

    let command = with_args(
        "lint",
        &["--format".as_ref(), "json".as_ref(), path.as_ref()],
    );
    let out = run(command, b"");
    let record: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
    assert_eq!(
        (record["code"].as_str(), record["line"].as_u64()),
        (Some("H001"), Some(6))
    );
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn bulk_reads_the_dataset_sample() {
    let jsonl = corpus_path("dataset/ingredients.sample.jsonl");
    let command = with_args("bulk", &[jsonl.as_ref()]);
    assert!(stdout(&run(command, b"")).starts_with("44 entries"));
}

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

const PAGE: &[u8] = b"# Tea\n\n**Category:** Herb\n\n## Overview\n\nTake 2 g daily.\n";
const RECORDS: &[u8] = include_bytes!("data/dataset/ingredients.jsonl");
const INTERACTIONS: &[u8] = include_bytes!("data/dataset/interactions.jsonl");
/// A page lint finds nothing in.
const CLEAN_PAGE: &[u8] = b"# Tea\n\n**Canonical URL:** https://example.org/ingredients/tea\n\
    **Updated:** 2026-01-05\n**Evidence Score:** 3 / 10\n**Category:** Herb\n\n## Overview\n\n\
    A leaf.\n\n## Health Benefits\n\n\xe2\x80\xa2 Calms (animal studies)\n";

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

/// A fresh temporary folder for one case.
fn scratch(case: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hermetica-{case}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

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

/// Waits for `child` for at most a minute: a tool that waits on a FIFO
/// would otherwise hang the test.
fn finish_within_a_minute(mut child: std::process::Child, case: &str) -> Output {
    for _ in 0..600 {
        if child.try_wait().expect("poll").is_some() {
            return child.wait_with_output().expect("ends");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    panic!("{case}: still running after a minute");
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

/// `interactions` answers from our own records, worked out by hand: the
/// contraindicated pair first, a pair with no record left out, an unknown
/// substance reported; and `lint` finds the record stored the other way
/// round.
#[test]
fn interactions_check_with_and_stats_and_their_lint() {
    let dir = scratch("interactions");
    let data = dir.join("interactions.jsonl");
    std::fs::write(&data, INTERACTIONS).expect("write");
    let tool = |args: &[&str]| {
        let mut command = with_args("interactions", &["--data".as_ref(), data.as_os_str()]);
        command.args(args);
        run(command, b"")
    };

    let out = tool(&["check", "sertraline", "St. John's Wort", "ginkgo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = stdout(&out);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    assert!(lines[0].starts_with("severity"), "{table}");
    assert!(
        lines[1].starts_with("contraindicated  Sertraline + St. Johns Wort"),
        "{table}"
    );
    assert!(
        lines[2].starts_with("moderate         Ginkgo + Sertraline"),
        "{table}"
    );

    let out = tool(&["check", "warfarin", "aspirin", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("warning: unknown substance `aspirin`"),
        "unknown substances are reported"
    );

    let out = tool(&["with", "Warfarin", "--format", "json"]);
    assert!(out.status.success());
    let ids: Vec<u64> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("JSON")["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, [2, 5]);

    let out = tool(&["stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(stats["records"], 6);
    assert_eq!(stats["substances"], 8);
    assert_eq!(stats["by_severity"]["contraindicated"], 1);

    // Lint reads the records from the content; record 4 is stored the
    // other way round, on line 6.
    let out = run(with_args("lint", &[data.as_os_str()]), b"");
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    let found: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with("warning[") || l.starts_with("error["))
        .collect();
    assert_eq!(found.len(), 2, "{report}");
    assert!(
        found[0].starts_with(
            "warning[I001]: the URL's path is `/interactions/levothyroxine/magnesium`"
        ),
        "{report}"
    );
    assert!(
        found[1].starts_with("warning[I002]: the pair is stored as `magnesium`, `levothyroxine`"),
        "{report}"
    );
    assert!(
        report.contains(&format!("--> {}:6:", data.display())),
        "{report}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

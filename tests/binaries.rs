//! The command-line tools run as processes: each on real input, on our
//! own inputs and on stdin, and what `interactions` answers. How every
//! tool fails is in `tool_failures.rs`.

mod util;

use util::tools::{
    INTERACTIONS, NEW_FIELDS, corpus_path, example, helps, run, scratch, stdout, with_args,
};

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

/// Records with fields the crate does not know come back from their
/// pages as the same lines: each unknown field rides on a metadata line.
#[test]
fn dataset_carries_unknown_fields_through_the_pages() {
    let dir = scratch("new-fields");
    let jsonl = dir.join("new_fields.jsonl");
    std::fs::write(&jsonl, NEW_FIELDS).expect("write");
    let pages = pages_and_back(&jsonl, &dir.join("pages"));
    assert_eq!(pages, 2);
    let page = std::fs::read_to_string(dir.join("pages/sea-buckthorn.md")).expect("page");
    assert!(page.contains("**Record Field:** {\"citation_count\":12} after updated_at\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Converts the records of `jsonl` to pages in `dir` and back, checks
/// that the lines come back, and returns how many pages there were.
fn pages_and_back(jsonl: &std::path::Path, dir: &std::path::Path) -> usize {
    let _ = std::fs::remove_dir_all(dir);
    let command = with_args(
        "dataset",
        &["to-pages".as_ref(), jsonl.as_os_str(), dir.as_os_str()],
    );
    assert!(run(command, b"").status.success());
    let pages = std::fs::read_dir(dir).expect("pages").count();

    let command = with_args("dataset", &["to-jsonl".as_ref(), dir.as_os_str()]);
    let out = run(command, b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut back: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    let original = std::fs::read_to_string(jsonl).expect("dataset");
    let mut original: Vec<String> = original
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(str::to_owned)
        .collect();
    back.sort();
    original.sort();
    assert_eq!(back, original, "pages back to the publisher's lines");
    pages
}

#[test]
#[ignore = "corpus suite: needs ../shared/corpus (cargo test -- --ignored)"]
fn dataset_converts_records_to_pages_and_back() {
    let jsonl = corpus_path("dataset/ingredients.sample.jsonl");
    let dir = std::env::temp_dir().join(format!("hermetica-dataset-{}", std::process::id()));
    assert_eq!(pages_and_back(jsonl.as_ref(), &dir), 44);

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

    // The same records as CSV give the same answers.
    let records: Vec<_> = hermetica::dataset::read_interactions(INTERACTIONS)
        .collect::<Result<_, _>>()
        .expect("records");
    let csv = dir.join("interactions.csv");
    let mut text = Vec::new();
    hermetica::dataset::write_csv(&mut text, &records).expect("CSV");
    std::fs::write(&csv, text).expect("write");
    let mut command = with_args("interactions", &["--data".as_ref(), csv.as_os_str()]);
    command.args(["stats", "--format", "json"]);
    let out = run(command, b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let from_csv: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(from_csv, stats);

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

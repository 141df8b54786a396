//! The page the benches measure: the real page from the shared corpus when
//! it is beside the repository, else the shipped sample page.

#![allow(dead_code)]

pub fn page() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/entries/astragaloside-iv.md"
    );
    std::fs::read_to_string(path).unwrap_or_else(|_| {
        eprintln!("shared corpus not found; measuring the shipped sample page instead");
        include_str!("../samples/rhodiola-rosea.md").to_owned()
    })
}

/// The prose of the dataset sample's records (or the sample page).
pub fn prose() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/dataset/ingredients.sample.jsonl"
    );
    let Ok(jsonl) = std::fs::read_to_string(path) else {
        eprintln!("shared corpus not found; measuring the shipped sample page instead");
        return include_str!("../samples/rhodiola-rosea.md").to_owned();
    };
    let mut prose = String::new();
    for line in jsonl.lines().filter(|l| l.starts_with('{')) {
        let record: serde_json::Value = serde_json::from_str(line).expect("JSON record");
        for field in [
            "short_answer",
            "health_benefits",
            "mechanism_of_action",
            "clinical_summary",
        ] {
            if let Some(text) = record[field].as_str() {
                prose.push_str(text);
                prose.push('\n');
            }
        }
    }
    prose
}

/// What the `analyze` figure measures: the page parsed with its source
/// kept, and the quantities, citations and links of its prose read.
pub fn analyze(page: &str) -> usize {
    let analysis = hermetica::analyze(page).expect("the bench page parses");
    analysis.quantities().len() + analysis.citations().len() + analysis.resolved_links().len()
}

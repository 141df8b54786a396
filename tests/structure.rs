//! The shape of the source tree, held by tests: layers point one way, no
//! two files import each other (directly or around a circle), and no file
//! or folder grows past the size a reader takes in at once.
//!
//! Imports are read from the text of `src/`: every `crate::…` and
//! `super::…` path, outside `#[cfg(test)]` modules and comments, is
//! resolved to the file that defines the named item, following the
//! re-exports (`pub use`) of the modules on the way.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The source files, by module path (`quantity::unit`), with their text
/// (test modules cut off).
fn modules() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.insert(module_path(&root, &path), code_of(&path));
            }
        }
    }
    out
}

fn module_path(root: &Path, file: &Path) -> String {
    let rel: PathBuf = file.strip_prefix(root).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts.join("::")
}

/// The text of a file without its test module and without comments.
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names a module defines or re-exports: `name → the module path it
/// leads to` (itself for a definition, the source for a re-export; a
/// child module leads to itself).
fn names(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (module, code) in modules {
        let names = out.entry(module.clone()).or_default();
        for line in code.lines().map(str::trim_start) {
            let line = line
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub(super) ")
                .trim_start_matches("pub ");
            for keyword in [
                "fn ",
                "struct ",
                "enum ",
                "const ",
                "static ",
                "type ",
                "trait ",
                "macro_rules! ",
            ] {
                if let Some(rest) = line.strip_prefix(keyword) {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    names.insert(name, module.clone());
                }
            }
        }
        // Re-exports: `pub use path::{A, B as C};` and `pub(crate) use …`.
        for (public, tree) in use_statements(code) {
            if !public {
                continue;
            }
            for (name, path) in use_items(tree) {
                let target = resolve_module(module, &path, modules);
                names.insert(name, target.unwrap_or_default());
            }
        }
    }
    out
}

/// Each `use` item of a module: whether it is a re-export (`pub`,
/// `pub(crate)`, `pub(super)`), and its tree, from after `use ` to the
/// `;`. An item starts a line, so words in comments and code that end in
/// `use` (`because`, `cause`) are not items.
fn use_statements(code: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in code.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_start();
        let statement = trimmed
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub(super) ")
            .trim_start_matches("pub ");
        let Some(tree) = statement.strip_prefix("use ") else {
            continue;
        };
        let at = start + line.len() - tree.len();
        let end = code[at..].find(';').map_or(code.len(), |e| at + e);
        out.push((statement.len() < trimmed.len(), &code[at..end]));
    }
    out
}

/// The items of a `use` tree: each name it brings in and its full path.
fn use_items(tree: &str) -> Vec<(String, Vec<String>)> {
    // One space between words, none around the punctuation of the tree.
    let mut tree = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    for mark in ["::", "{", "}", ","] {
        tree = tree
            .replace(&format!(" {mark}"), mark)
            .replace(&format!("{mark} "), mark);
    }
    let mut out = Vec::new();
    expand("", &tree, &mut out);
    out
}

fn expand(prefix: &str, tree: &str, out: &mut Vec<(String, Vec<String>)>) {
    if let Some(open) = tree.find('{') {
        let head = format!("{prefix}{}", &tree[..open]);
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&head, &inner[start..i], out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        expand(&head, &inner[start..], out);
        return;
    }
    let full = format!("{prefix}{tree}");
    if full.is_empty() || full.ends_with("::") {
        return;
    }
    let (path, alias) = full.split_once(" as ").unwrap_or((&full, ""));
    let segments: Vec<String> = path.split("::").map(str::to_owned).collect();
    let last = segments.last().cloned().unwrap_or_default();
    let name = if alias.is_empty() {
        last
    } else {
        alias.to_owned()
    };
    if name != "self" && name != "*" {
        out.push((name, segments));
    }
}

/// The module a path names, from `module` (`crate::a::b`, `super::c`,
/// `d` for a child), or `None` for a path outside the crate.
fn resolve_module(
    module: &str,
    path: &[String],
    modules: &BTreeMap<String, String>,
) -> Option<String> {
    let mut current: Vec<&str> = if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").collect()
    };
    let mut segments = path.iter().map(String::as_str).peekable();
    match segments.peek() {
        Some(&"crate") => {
            current.clear();
            segments.next();
        }
        Some(&"super") => {
            while segments.peek() == Some(&"super") {
                current.pop();
                segments.next();
            }
        }
        Some(&"self") => {
            segments.next();
        }
        Some(first) if modules.contains_key(&join(&current, first)) => {}
        _ => return None,
    }
    // Walk into modules as far as they go; the rest names an item.
    for segment in segments {
        let next = join(&current, segment);
        if modules.contains_key(&next) {
            current.push(segment);
        } else {
            break;
        }
    }
    Some(current.join("::"))
}

fn join(current: &[&str], segment: &str) -> String {
    if current.is_empty() {
        segment.to_owned()
    } else {
        format!("{}::{segment}", current.join("::"))
    }
}

/// The file that defines the item `path` names, from `module`.
fn defining_module(
    module: &str,
    path: &[String],
    modules: &BTreeMap<String, String>,
    names: &BTreeMap<String, BTreeMap<String, String>>,
) -> Option<String> {
    let mut target = resolve_module(module, path, modules)?;
    let depth = target.split("::").filter(|s| !s.is_empty()).count();
    let walked = match path.first().map(String::as_str) {
        Some("crate") => 1 + depth,
        Some("super") => {
            let supers = path.iter().take_while(|s| *s == "super").count();
            let base = module.split("::").count() - supers;
            supers + depth - base
        }
        _ => depth - module.split("::").filter(|s| !s.is_empty()).count(),
    };
    // The item after the module part, followed through re-exports.
    let Some(item) = path.get(walked) else {
        return Some(target);
    };
    for _ in 0..8 {
        match names.get(&target).and_then(|n| n.get(item)) {
            Some(next) if *next != target && !next.is_empty() => target = next.clone(),
            _ => break,
        }
    }
    Some(target)
}

/// Every path a module's code names: `crate::…` and `super::…`, and the
/// paths of its `use` items.
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (_, tree) in use_statements(code) {
        for (_, path) in use_items(tree) {
            out.push(path);
        }
    }
    for prefix in ["crate::", "super::"] {
        for (at, _) in code.match_indices(prefix) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let segments: Vec<String> = path
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            out.push(segments);
        }
    }
    out
}

/// Which modules each module imports items from (re-exports are not
/// imports: a module's facade is not a dependency of it).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let names = names(&modules);
    let mut out = BTreeMap::new();
    for (module, code) in &modules {
        let mut to = BTreeSet::new();
        // A module's `pub use` lines only re-export: leave them out.
        let own: String = code
            .lines()
            .filter(|l| {
                let l = l.trim_start();
                !(l.starts_with("pub use") || l.starts_with("pub(crate) use"))
            })
            .collect::<Vec<_>>()
            .join("\n");
        for path in paths_in(&own) {
            if let Some(target) = defining_module(module, &path, &modules, &names)
                && target != *module
                && !target.is_empty()
            {
                to.insert(target);
            }
        }
        out.insert(module.clone(), to);
    }
    out
}

#[test]
fn no_file_imports_itself_around_a_circle() {
    let graph = imports();
    // Depth-first search, colouring: a grey node met again closes a circle.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    let mut circles = Vec::new();
    fn visit<'g>(
        node: &'g str,
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<&'g str, u8>,
        path: &mut Vec<&'g str>,
        circles: &mut Vec<String>,
    ) {
        state.insert(node, 1);
        path.push(node);
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let from = path.iter().position(|n| n == next).unwrap_or(0);
                    circles.push(format!("{} -> {next}", path[from..].join(" -> ")));
                }
                Some(_) => {}
                None => visit(next, graph, state, path, circles),
            }
        }
        path.pop();
        state.insert(node, 2);
    }
    for node in graph.keys() {
        if !state.contains_key(node.as_str()) {
            visit(node, &graph, &mut state, &mut Vec::new(), &mut circles);
        }
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_resolver_sees_imports() {
    // The test above is only as good as the reading of imports: check it
    // on edges that are known to exist.
    let graph = imports();
    let has = |from: &str, to: &str| graph.get(from).is_some_and(|t| t.contains(to));
    assert!(has("analysis::prose", "quantity::extract"), "{graph:#?}");
    assert!(has("grammar::quantity", "quantity::value"));
    assert!(has("entry::build", "document::parse"));
    assert!(has("lint::checks", "analysis"));
}

/// Each top-level module and the modules it must not import: the generic
/// document knows nothing of ingredient pages; the entry model nothing of
/// what is read from it; nothing below the tools knows them.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "document",
        &["entry", "analysis", "lint", "dataset", "site"],
    ),
    ("entry", &["analysis", "lint", "dataset", "check", "site"]),
    ("site", &["analysis", "lint", "dataset", "check"]),
    ("check", &["analysis", "lint", "dataset"]),
    ("analysis", &["lint", "dataset"]),
    (
        "grammar",
        &["document", "entry", "site", "analysis", "lint", "dataset"],
    ),
    (
        "quantity",
        &["document", "entry", "site", "analysis", "lint", "dataset"],
    ),
    (
        "reference",
        &["document", "entry", "site", "analysis", "lint", "dataset"],
    ),
    (
        "scan",
        &[
            "grammar",
            "quantity",
            "reference",
            "document",
            "entry",
            "site",
        ],
    ),
];

#[test]
fn layers_point_one_way() {
    let graph = imports();
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        let top = from.split("::").next().unwrap_or_default();
        let Some((_, banned)) = LAYERS.iter().find(|(layer, _)| *layer == top) else {
            continue;
        };
        for to in targets {
            let to_top = to.split("::").next().unwrap_or_default();
            if banned.contains(&to_top) {
                wrong.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn files_and_the_entry_model_stay_small() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut large = Vec::new();
    let mut entry_lines = 0;
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for item in fs::read_dir(&dir).unwrap() {
            let path = item.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let lines = fs::read_to_string(&path).unwrap().lines().count();
            if lines > 600 {
                large.push(format!("{}: {lines} lines", path.display()));
            }
            if path.starts_with(root.join("entry")) {
                entry_lines += lines;
            }
        }
    }
    assert!(
        large.is_empty(),
        "files over 600 lines:\n{}",
        large.join("\n")
    );
    assert!(entry_lines < 2000, "src/entry/ has {entry_lines} lines");
}

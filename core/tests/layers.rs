//! The core's modules in layers, bottom to top: a module may use only modules of lower layers —
//! no module imports one above it or one beside it, so the core has no import cycles.
//!
//! Read from the source: every `use crate::X…` and `crate::X::…` outside comments, in each file of
//! `core/src/` up to its `#[cfg(test)]` line (tests may reach anywhere). A name re-exported at the
//! crate root (`crate::Profile`) counts as its module (`profile`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Bottom to top. Each module is in exactly one layer, and uses only modules of layers below its
/// own: never one above, never one beside it (so there is no cycle to list).
const LAYERS: &[(&str, &[&str])] = &[
    ("the one sort", &["order"]),
    (
        "base: no words, no domain",
        &["text", "bits", "dates", "device", "readability", "scan"],
    ),
    ("words: keys to words, no domain types", &["locale"]),
    (
        "typed errors and the language list",
        &["field_error", "languages", "jobcentre"],
    ),
    ("months", &["month"]),
    ("checks on what was typed", &["validate"]),
    ("the profile", &["profile"]),
    (
        "facts: taxonomy (knows no words), keep, wizard, plain profiles",
        &["taxonomy", "keep", "wizard", "bidi"],
    ),
    (
        "over the facts: packed pieces, careers, related certificates",
        &["pack", "career", "related"],
    ),
    (
        "credentials, admitting outside data",
        &["credential", "admit"],
    ),
    ("share links", &["share"]),
    (
        "records: saved form, changes, references",
        &["envelope", "change", "reference"],
    ),
    ("the store", &["repo"]),
    ("edits over the store", &["pin", "when"]),
    ("words for domain values", &["i18n"]),
    ("reading the profile in words", &["summary"]),
    ("outputs", &["jsonresume", "resume"]),
    ("outputs read through JSON Resume's mapping", &["ler_rs"]),
    (
        "the intake summary: the outputs, for an agency",
        &["intake"],
    ),
    ("files", &["files"]),
    ("presentation: what screens show", &["present"]),
];

#[derive(Debug, Clone)]
struct Use {
    from: String,
    to: String,
    /// The items named after `crate::to::` (`crate::to::{A, B}` gives both).
    items: Vec<String>,
    at: String,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without its tests and comments, as (line number, line).
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line == "#[cfg(test)]" {
            break;
        }
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        let code = match line.find(" //") {
            Some(at) => &line[..at],
            None => line,
        };
        out.push((i + 1, code.to_string()));
    }
    out
}

fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Every `crate::` path in `code`: (first segment, second segment if any, line). A group
/// `crate::{a::B, c}` gives one path per item.
fn crate_paths(lines: &[(usize, String)]) -> Vec<(String, Vec<String>, usize)> {
    // Join so a `use crate::{…}` over several lines reads as one; remember where each line starts.
    let mut joined = String::new();
    let mut starts = Vec::new();
    for (n, l) in lines {
        starts.push((joined.len(), *n));
        joined.push_str(l);
        joined.push('\n');
    }
    let line_of = |at: usize| {
        starts
            .iter()
            .rev()
            .find(|(s, _)| *s <= at)
            .map_or(0, |(_, n)| *n)
    };
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(found) = joined[rest..].find("crate::") {
        let at = rest + found;
        rest = at + "crate::".len();
        let before = joined[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue; // `$crate::`, `skillpass_crate::`
        }
        let after = &joined[rest..];
        let mut items: Vec<&str> = Vec::new();
        if let Some(group) = after.strip_prefix('{') {
            // Top-level items of the group: the first path of each comma-separated entry.
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && (c.is_ascii_alphabetic() || c == '_') => {
                        items.push(&group[i..]);
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            items.push(after);
        }
        for item in items {
            let first = ident(item);
            if first.is_empty() || first == "self" {
                continue;
            }
            let second: Vec<String> = match item[first.len()..].strip_prefix("::") {
                Some(s) if s.starts_with('{') => {
                    let group = &s[1..s.find('}').unwrap_or(s.len())];
                    group
                        .split(',')
                        .map(|p| ident(p.trim()).to_string())
                        .filter(|p| !p.is_empty())
                        .collect()
                }
                Some(s) => vec![ident(s).to_string()]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect(),
                None => Vec::new(),
            };
            out.push((first.to_string(), second, line_of(at)));
        }
    }
    out
}

/// The crate's modules (`pub mod` in lib.rs) and the names re-exported at its root → module.
fn crate_root() -> (BTreeSet<String>, BTreeMap<String, String>) {
    let lib = std::fs::read_to_string(src_dir().join("lib.rs")).unwrap();
    let mut mods = BTreeSet::new();
    let mut reexports = BTreeMap::new();
    for line in lib.lines() {
        if let Some(m) = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "))
        {
            mods.insert(m.trim_end_matches(';').trim().to_string());
        } else if let Some(u) = line.strip_prefix("pub use ") {
            let m = ident(u);
            let names = &u[m.len()..];
            for name in names.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if !name.is_empty() {
                    reexports.insert(name.to_string(), m.to_string());
                }
            }
        }
    }
    (mods, reexports)
}

/// Every import of one module by another, from the source as it is.
fn uses() -> Vec<Use> {
    let (mods, reexports) = crate_root();
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    let mut out = Vec::new();
    for f in files {
        let rel = f.strip_prefix(src_dir()).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_str()
            .unwrap();
        let from = first.trim_end_matches(".rs").to_string();
        if from == "lib" {
            continue;
        }
        assert!(
            mods.contains(&from),
            "{} is not a module declared in lib.rs",
            rel.display()
        );
        let text = std::fs::read_to_string(&f).unwrap();
        for (first, second, line) in crate_paths(&code_lines(&text)) {
            let (to, items) = if mods.contains(&first) {
                (first, second)
            } else if let Some(m) = reexports.get(&first) {
                (m.clone(), vec![first])
            } else {
                panic!(
                    "{}:{line}: crate::{first} is neither a module nor a root re-export",
                    rel.display()
                );
            };
            if to != from {
                out.push(Use {
                    from: from.clone(),
                    to,
                    items,
                    at: format!("core/src/{}:{line}", rel.display()),
                });
            }
        }
    }
    out
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module))
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for u in uses() {
        g.entry(u.from).or_default().insert(u.to);
    }
    g
}

#[test]
fn the_layer_table_names_every_module_once() {
    let (mods, _) = crate_root();
    let mut seen = BTreeSet::new();
    for (_, ms) in LAYERS {
        for m in *ms {
            assert!(seen.insert(*m), "{m} is in two layers");
            assert!(
                mods.contains(*m),
                "the layer table names {m}, which lib.rs does not declare"
            );
        }
    }
    for m in &mods {
        assert!(
            seen.contains(m.as_str()),
            "module {m} is in no layer: add it to LAYERS in core/tests/layers.rs"
        );
    }
}

#[test]
fn modules_use_only_lower_layers() {
    let mut problems = Vec::new();
    for u in uses() {
        let (Some(from), Some(to)) = (layer_of(&u.from), layer_of(&u.to)) else {
            continue;
        };
        if to >= from {
            problems.push(format!(
                "{}: {} (layer {from}, {}) uses {} (layer {to}, {})",
                u.at, u.from, LAYERS[from].0, u.to, LAYERS[to].0
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "imports against the layers:\n{}",
        problems.join("\n")
    );
}

#[test]
fn locale_knows_no_domain_types() {
    let g = graph();
    assert_eq!(
        g.get("text"),
        None,
        "text must use nothing from the crate: {:?}",
        g.get("text")
    );
    let bad: Vec<_> = uses()
        .into_iter()
        .filter(|u| u.from == "locale" && u.to != "text")
        .collect();
    assert!(bad.is_empty(), "locale may use only text: {bad:#?}");
}

#[test]
fn taxonomy_knows_no_words() {
    let bad: Vec<_> = uses()
        .into_iter()
        .filter(|u| u.from == "taxonomy")
        .filter(|u| {
            u.to == "i18n"
                || (u.to == "locale"
                    && (u.items.is_empty() || u.items.iter().any(|i| i != "Lang" && i != "Words")))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "taxonomy may take from locale only Lang and Words, and nothing from i18n: {bad:#?}"
    );
}

#[test]
fn only_presentation_and_above_use_i18n() {
    let i18n = layer_of("i18n").unwrap();
    let bad: Vec<_> = uses()
        .into_iter()
        .filter(|u| u.to == "i18n" && layer_of(&u.from).is_some_and(|l| l < i18n))
        .collect();
    assert!(
        bad.is_empty(),
        "a module below the presentation layer uses i18n: {bad:#?}"
    );
}

#[test]
fn the_scanner_reads_uses_groups_and_paths_but_not_comments_or_tests() {
    let src = "//! [`crate::i18n::Msg`] in a doc comment\n\
               use crate::{locale::{Lang, Words}, profile::Job,\n    Change};\n\
               let x = crate::text::fold(s); // crate::bidi in a comment\n\
               #[serde(with = \"crate::dates::day\")]\n\
               #[cfg(test)]\n\
               use crate::repo::Repo;\n";
    let found: Vec<(String, Vec<String>, usize)> = crate_paths(&code_lines(src));
    let got: Vec<(&str, Vec<&str>, usize)> = found
        .iter()
        .map(|(a, b, n)| (a.as_str(), b.iter().map(String::as_str).collect(), *n))
        .collect();
    assert_eq!(
        got,
        [
            ("locale", vec!["Lang", "Words"], 2),
            ("profile", vec!["Job"], 2),
            ("Change", vec![], 2),
            ("text", vec!["fold"], 4),
            ("dates", vec!["day"], 5),
        ]
    );
}

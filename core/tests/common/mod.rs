//! Reading the reference data in `../shared` (set SKILLPASS_SHARED to look elsewhere).
// Each test file uses only some of these helpers.
#![allow(dead_code)]

use std::path::PathBuf;

pub fn shared() -> PathBuf {
    let root = std::env::var_os("SKILLPASS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    assert!(
        root.join("data").is_dir(),
        "reference data not found at {} — clone the project next to shared/ or set SKILLPASS_SHARED",
        root.display()
    );
    root
}

pub fn read(relative: &str) -> String {
    let path = shared().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The rows of a tab-separated table, header first.
pub fn tsv(relative: &str) -> Vec<Vec<String>> {
    read(relative)
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

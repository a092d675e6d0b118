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

/// A small, fast, seeded generator (xorshift64): the fuzz loops and property tests must meet the
/// same inputs on every run.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, in_n: usize) -> bool {
        self.below(in_n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A file of this repository, by its path from the repository's root.
pub fn read_repo(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The three reference profiles (R1, R2, R3) as the guided flow would have stored them on `added`.
pub fn references(added: chrono::NaiveDate) -> Vec<skillpass_core::Profile> {
    ["R1-typical", "R2-minimal", "R3-large"]
        .iter()
        .map(|n| {
            let json = read(&format!("fixtures/profiles/{n}.json"));
            skillpass_core::reference::from_json(&json, added).unwrap()
        })
        .collect()
}

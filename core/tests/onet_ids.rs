//! The starter list's O*NET ids must be real Detailed Work Activities, read from the O*NET 29.2
//! tables in `../shared/data` (set SKILLPASS_SHARED to look elsewhere).

use skillpass_core::starter::STARTER_SKILLS;
use std::path::PathBuf;

fn shared_data() -> PathBuf {
    let root = std::env::var_os("SKILLPASS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let data = root.join("data");
    assert!(
        data.is_dir(),
        "reference data not found at {} — clone the project next to shared/ or set SKILLPASS_SHARED",
        data.display()
    );
    data
}

#[test]
fn starter_dwa_ids_exist_in_onet() {
    let path = shared_data().join("onet-29.2/DWA Reference.tsv");
    let table = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let dwa_ids: std::collections::HashSet<&str> = table
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(4))
        .collect();
    assert!(dwa_ids.len() > 2000, "the DWA table looks truncated");
    for s in STARTER_SKILLS.iter().filter(|s| !s.id.starts_with("sp:")) {
        assert!(dwa_ids.contains(s.id), "{} is not an O*NET DWA id", s.id);
    }
}

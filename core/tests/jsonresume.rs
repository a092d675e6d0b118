//! JSON Resume that renders cleanly with published themes: what a theme shows (names, words) has
//! no codes in it, codes stay where a machine reads them, and files made by older versions of
//! SkillPass still open to the same profile.

mod common;

use chrono::NaiveDate;
use serde_json::Value;
use skillpass_core::files::{self, FileKind};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn reference(name: &str) -> skillpass_core::Profile {
    let json = common::read(&format!("fixtures/profiles/{name}.json"));
    skillpass_core::reference::from_json(&json, today()).unwrap()
}

/// Exports made before issue 16 (codes in `keywords`, languages by their English name), frozen:
/// never edit these files.
const OLD: [(&str, &str); 2] = [
    (
        "R1-typical",
        include_str!("fixtures/jsonresume_v1_R1-typical_en.json"),
    ),
    (
        "R3-large",
        include_str!("fixtures/jsonresume_v1_R3-large_es.json"),
    ),
];

#[test]
fn an_old_export_with_codes_in_keywords_opens_to_the_same_profile() {
    for (name, text) in OLD {
        let (kind, imported) = files::open(text, today()).unwrap();
        assert_eq!(kind, FileKind::JsonResume);
        assert_eq!(imported.profile, reference(name), "{name}");
        assert!(imported.unmatched.is_empty() && imported.dropped.is_empty());
    }
}

/// The first exports named languages by ISO code ("es"); those files open the same too.
#[test]
fn an_old_export_with_language_codes_opens_to_the_same_profile() {
    for (name, text) in OLD {
        let mut doc: Value = serde_json::from_str(text).unwrap();
        let p = reference(name);
        doc["languages"] = p
            .languages
            .iter()
            .map(|c| serde_json::json!({ "language": c }))
            .collect();
        let (_, imported) = files::open(&doc.to_string(), today()).unwrap();
        assert_eq!(imported.profile, p, "{name}");
    }
}

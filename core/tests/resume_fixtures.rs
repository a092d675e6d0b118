//! The reference profiles as the browser tests seed them: each one's saved form (as the guided
//! flow would have stored it, see `skillpass_core::reference`) and its résumé as lines of text in
//! both languages (`skillpass_core::resume::lines`), kept in `tests/e2e/fixtures/reference.json`.
//! The browser tests put the saved form in local storage rather than drive the flow, and compare
//! the printed PDF's text with the lines. This test fails when the file is out of date; run it
//! with `UPDATE_FIXTURES=1` to write it again.

use chrono::NaiveDate;
use serde_json::{json, Map, Value};
use skillpass_core::envelope::{self, Envelope};
use skillpass_core::i18n::Lang;
use skillpass_core::{bidi, reference, resume};

fn generated() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut all = Map::new();
    for name in ["R1-typical", "R2-minimal", "R3-large"] {
        let path = format!("{root}/../../shared/fixtures/profiles/{name}.json");
        let json = std::fs::read_to_string(path).expect("reference profile");
        let p = reference::from_json(&json, NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
            .expect("reads");
        let saved = Envelope::new(p.clone(), 1, None).to_json();
        // What is seeded must be what the app reads back, unchanged.
        assert_eq!(envelope::restore(&saved).expect("restores").profile, p);
        let shown = bidi::plain_profile(&p);
        let mut lines = Map::new();
        for lang in Lang::ALL {
            lines.insert(lang.code().into(), json!(resume::lines(&shown, lang)));
        }
        all.insert(name.into(), json!({ "saved": saved, "lines": lines }));
    }
    serde_json::to_string_pretty(&Value::Object(all)).unwrap() + "\n"
}

#[test]
fn the_browser_tests_reference_fixtures_are_up_to_date() {
    let path = format!(
        "{}/../tests/e2e/fixtures/reference.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let want = generated();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &want).expect("writes the fixture");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{path} is out of date: run `UPDATE_FIXTURES=1 cargo test -p skillpass-core --test resume_fixtures`"
    );
}

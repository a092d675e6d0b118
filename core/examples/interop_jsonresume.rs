//! Writes the JSON Resume export of every reference profile, with what a reader of the rendered
//! résumé should see, for the theme tests (`tests/interop/jsonresume.test.mjs`):
//!
//! ```text
//! cargo run -p skillpass-core --example interop_jsonresume -- D
//! ```
//!
//! For each `<stem>.json` in `$SHARED/fixtures/profiles/` (or `$SKILLPASS_SHARED`, else
//! `../shared` beside the repository) it writes `D/jsonresume/<stem>.json` (English) and
//! `D/jsonresume/<stem>-es.json` (Spanish), each with a `.expect.json` beside it:
//! `{"name", "jobs": [{"position", "employer", "start", "end"}], "skills", "certificates":
//! [{"name", "issuer"}], "languages", "codes"}`. The expectations come from the profile, not from
//! the export: `skills` and `languages` as a reader of that language should see them, and `codes`
//! every O*NET, ESCO, SkillPass list and ISO 639 code in the profile, none of which may show.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::{json, Value};
use skillpass_core::i18n::Lang;
use skillpass_core::{jsonresume, languages, summary, taxonomy, Profile};

fn shared() -> PathBuf {
    std::env::var_os("SHARED")
        .or_else(|| std::env::var_os("SKILLPASS_SHARED"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"))
}

fn month(m: Option<skillpass_core::YearMonth>) -> Value {
    m.map_or(Value::Null, |m| json!(m.to_string()))
}

/// What a reader of the résumé in `lang` should see, and the codes they must not.
fn expect(p: &Profile, lang: Lang) -> Value {
    let t = taxonomy::get();
    let mut codes: Vec<String> = Vec::new();
    for s in &p.skills {
        codes.push(s.id.as_str().to_string());
        if let Some(uri) = t.skill(&s.id).and_then(|e| e.esco) {
            codes.push(uri.to_string());
        }
    }
    codes.extend(p.jobs.iter().filter_map(|j| j.occupation.clone()));
    codes.extend(p.credentials.iter().filter_map(|c| c.cert.clone()));
    codes.extend(p.languages.iter().cloned());
    codes.sort();
    codes.dedup();
    json!({
        "name": p.name,
        "jobs": p.jobs.iter().map(|j| json!({
            "position": j.title,
            "employer": j.employer,
            "start": month(j.start),
            "end": month(j.end),
        })).collect::<Vec<_>>(),
        "skills": p.skills.iter().filter(|s| t.skill(&s.id).is_some()).map(|s| summary::skill_words(&s.id, lang)).collect::<Vec<_>>(),
        "certificates": p.credentials.iter().map(|c| json!({ "name": c.name, "issuer": c.issuer })).collect::<Vec<_>>(),
        "languages": p.languages.iter().filter_map(|c| languages::get(c)).map(|l| l.name(lang)).collect::<Vec<_>>(),
        "codes": codes,
    })
}

fn write(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(v).unwrap() + "\n")
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn main() {
    let out = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .expect("usage: interop_jsonresume <directory>")
        .join("jsonresume");
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    let dir = shared().join("fixtures/profiles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reference profiles not found at {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    for path in files {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let p = skillpass_core::reference::from_json(&text, today)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (lang, name) in [(Lang::En, stem.clone()), (Lang::Es, format!("{stem}-es"))] {
            write(
                &out.join(format!("{name}.json")),
                &jsonresume::export(&p, lang),
            );
            write(&out.join(format!("{name}.expect.json")), &expect(&p, lang));
        }
        println!("{stem}: {} jobs, {} skills", p.jobs.len(), p.skills.len());
    }
}

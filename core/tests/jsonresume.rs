//! JSON Resume that renders cleanly with published themes: what a theme shows (names, words) has
//! no codes in it, codes stay where a machine reads them, and files made by older versions of
//! SkillPass still open to the same profile.

mod common;

use chrono::NaiveDate;
use serde_json::{json, Value};
use skillpass_core::files::{self, FileKind};
use skillpass_core::i18n::Lang;
use skillpass_core::{jsonresume, languages, summary};

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

const REFERENCES: [&str; 3] = ["R1-typical", "R2-minimal", "R3-large"];

/// Every text a theme can show: each string in the document except under `meta` and the `x-`
/// fields themes do not know.
fn shown(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|v| shown(v, out)),
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| !k.starts_with("x-") && *k != "meta")
            .for_each(|(_, v)| shown(v, out)),
        _ => {}
    }
}

/// The codes a profile holds: skill ids and ESCO URIs, occupation codes, list certificate ids and
/// ISO 639 language codes.
fn codes(p: &skillpass_core::Profile) -> Vec<String> {
    let t = skillpass_core::taxonomy::get();
    let mut out: Vec<String> = Vec::new();
    for s in &p.skills {
        out.push(s.id.as_str().into());
        out.extend(t.skill(&s.id).and_then(|e| e.esco).map(str::to_string));
    }
    out.extend(p.jobs.iter().filter_map(|j| j.occupation.clone()));
    out.extend(p.credentials.iter().filter_map(|c| c.cert.clone()));
    out.extend(p.languages.iter().cloned());
    out
}

#[test]
fn nothing_a_theme_shows_is_a_code_and_every_name_is_in_the_resumes_language() {
    // The reference profiles, and one with the SkillPass skills that have ESCO URIs.
    let mut with_esco = reference("R1-typical");
    for id in ["sp:cash-register", "sp:upset-customers"] {
        with_esco.skills.push(skillpass_core::Skill {
            id: skillpass_core::SkillId::new(id),
            source: skillpass_core::SkillSource::Chosen,
            added: today(),
        });
    }
    let profiles = REFERENCES
        .iter()
        .map(|n| (*n, reference(n)))
        .chain([("R1 with ESCO", with_esco)]);
    for (name, p) in profiles {
        let all = codes(&p);
        assert!(name != "R1 with ESCO" || all.iter().any(|c| c.starts_with("http")));
        for lang in Lang::ALL {
            let doc = jsonresume::export(&p, lang);
            let mut texts = Vec::new();
            shown(&doc, &mut texts);
            for text in &texts {
                for code in &all {
                    // A two-letter code is a word of its own only when it is all the text.
                    let seen = if code.len() <= 3 {
                        text == code
                    } else {
                        text.contains(code.as_str())
                    };
                    assert!(!seen, "{name} {}: {code} shows in {text:?}", lang.code());
                }
                assert!(!text.starts_with("http"), "{text}");
            }
            let skills = doc["skills"].as_array().unwrap();
            assert_eq!(skills.len(), p.skills.len());
            for (s, mine) in skills.iter().zip(&p.skills) {
                assert_eq!(s["name"], summary::skill_words(&mine.id, lang));
                assert_eq!(s["keywords"], json!([]), "themes show keywords as tags");
                assert_eq!(s["x-skillpass"]["id"], mine.id.as_str());
            }
            let langs: Vec<&str> = doc["languages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["language"].as_str().unwrap())
                .collect();
            assert_eq!(langs, languages::names(&p.languages, lang));
            let kept: Vec<&str> = doc["languages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["x-skillpass"]["code"].as_str().unwrap())
                .collect();
            assert_eq!(kept, p.languages);
            assert_eq!(doc["meta"]["x-skillpass"]["lang"], lang.code());
        }
    }
    // The names are the reader's words, not English for everyone.
    let p = reference("R1-typical");
    let es = jsonresume::export(&p, Lang::Es);
    assert_eq!(es["languages"][0]["language"], "español");
    assert_ne!(
        es["skills"][0]["name"],
        jsonresume::export(&p, Lang::En)["skills"][0]["name"]
    );
}

/// jsonresume-theme-elegant reads `basics.location` and `basics.profiles` without checking; other
/// themes loop over every section.
#[test]
fn the_sections_themes_expect_are_there_even_when_empty() {
    let mut bare = skillpass_core::Profile {
        name: "Ana".into(),
        jobs: vec![skillpass_core::Job {
            id: String::new(),
            title: "Cook".into(),
            employer: None,
            occupation: None,
            start: None,
            end: None,
        }],
        ..Default::default()
    };
    bare.assign_ids();
    for p in [bare, reference("R1-typical")] {
        let doc = jsonresume::export(&p, Lang::En);
        assert_eq!(doc["basics"]["profiles"], json!([]));
        assert!(doc["basics"]["location"].is_object());
        assert_eq!(
            doc["basics"]["location"]
                .get("city")
                .and_then(Value::as_str),
            p.contact.city.as_deref()
        );
        for section in [
            "work",
            "volunteer",
            "education",
            "awards",
            "certificates",
            "publications",
            "skills",
            "languages",
            "interests",
            "references",
            "projects",
        ] {
            assert!(doc[section].is_array(), "{section}");
        }
        for w in doc["work"].as_array().unwrap() {
            assert!(w["highlights"].is_array());
            assert!(w["position"].is_string());
        }
        assert!(doc["meta"]["version"].is_string());
        let (_, back) = files::open(&doc.to_string(), today()).unwrap();
        assert_eq!(back.profile, p);
    }
}

/// The code beside each language is what is read back, so a résumé in Vietnamese or Arabic opens
/// to the same languages even where those words are not on the device; a file that has only the
/// name (from another tool, or an older SkillPass) is read by the name.
#[test]
fn languages_come_back_by_their_code_or_else_by_their_name() {
    let doc = json!({
        "basics": { "name": "Ana" },
        "languages": [
            { "language": "tiếng Tây Ban Nha", "x-skillpass": { "code": "es" } },
            { "language": "Haitian Creole" },
            { "language": "ht" },
            { "language": "English", "x-skillpass": { "code": "zz" } },
            { "language": "Arabic", "x-skillpass": { "code": "\u{202e}ar" } },
            { "language": "Klingon", "x-skillpass": { "code": "tlh" } },
            { "language": "x".repeat(300) },
            { "language": 7, "x-skillpass": "es" },
        ],
    });
    let (_, imported) = files::open(&doc.to_string(), today()).unwrap();
    assert_eq!(imported.profile.languages, ["es", "ht", "en", "ar"]);
}

#[test]
fn a_language_or_skill_this_build_cannot_name_is_left_out_not_shown_as_a_code() {
    let mut p = reference("R2-minimal");
    p.languages = vec!["en".into(), "xx".into(), "\u{202e}es".into(), "".into()];
    p.skills.push(skillpass_core::Skill {
        id: skillpass_core::SkillId::new("9.Z.9.z.9.I99.D99"),
        source: skillpass_core::SkillSource::Chosen,
        added: today(),
    });
    let doc = jsonresume::export(&p, Lang::Es);
    let text = doc.to_string();
    assert_eq!(
        doc["languages"],
        json!([{ "language": "inglés", "x-skillpass": { "code": "en" } }])
    );
    assert!(!text.contains("xx") && !text.contains("9.Z.9"), "{text}");
    let (_, back) = files::open(&text, today()).unwrap();
    assert_eq!(back.profile.languages, ["en"]);
    assert_eq!(back.profile.skills, reference("R2-minimal").skills);
}

/// A résumé from another tool with a 300-character skill name and direction overrides: the list of
/// names not found meets the checks a typed name meets (as [`skillpass_core::admit`] holds every
/// other text), and a spoofed name is kept as the checks keep it, and goes out again plain.
#[test]
fn hostile_names_are_held_to_the_checks_typed_text_meets() {
    let long = "Forklift ".repeat(40);
    let cash = skillpass_core::locale::word_in(Lang::En, "skill.sp:cash-register").unwrap();
    let doc = json!({
        "basics": { "name": "\u{202e}evil Ana" },
        "work": [
            { "position": "\u{202e}kooc", "name": "x".repeat(300) },
            { "position": "y".repeat(300) },
        ],
        "skills": [
            { "name": long },
            { "name": "\u{202e}gnivird" },
            { "name": "\u{202e}\u{2066}" },
            { "name": cash },
        ],
        "certificates": [{ "name": "z".repeat(300) }],
    });
    let (_, imported) = files::open(&doc.to_string(), today()).unwrap();
    let p = &imported.profile;
    assert_eq!(
        imported.unmatched,
        ["gnivird"],
        "the long and the empty are counted only"
    );
    assert!(imported.unmatched.iter().all(|n| n.chars().count() <= 120));
    // As a backup with the same text would come in (the checks keep typed direction controls;
    // screens and files for others show them plain).
    let same = skillpass_core::admit::admit(p.clone()).0;
    assert_eq!(&same, p);
    assert_eq!(p.name, "\u{202e}evil Ana");
    assert_eq!(p.jobs.len(), 1, "a 300-character title is left out");
    assert_eq!(
        p.jobs[0].employer, None,
        "a 300-character employer is left out"
    );
    assert!(p.credentials.is_empty());
    assert!(imported.dropped.len() >= 5, "{:?}", imported.dropped);
    let out = jsonresume::export(p, Lang::En).to_string();
    assert!(!out.contains('\u{202e}'), "{out}");
    assert!(out.contains("\"evil Ana\"") && out.contains("\"kooc\""));
}

//! Saved files round-trip: export → clear → import gives the same profile, for every reference
//! profile, as a backup and as JSON Resume.

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use skillpass_core::files::{self, FileError, FileKind};
use skillpass_core::i18n::Lang;
use skillpass_core::jsonresume;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn references() -> Vec<skillpass_core::Profile> {
    common::references(today())
}

#[test]
fn backups_round_trip_exactly() {
    for p in references() {
        let text = files::backup(&p, Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap());
        let (kind, imported) = files::open(&text, today()).unwrap();
        assert_eq!(kind, FileKind::Backup);
        assert_eq!(imported.profile, p);
    }
}

#[test]
fn json_resume_round_trips_exactly_in_either_language() {
    for p in references() {
        for lang in Lang::ALL {
            let doc = jsonresume::export(&p, lang);
            let text = serde_json::to_string_pretty(&doc).unwrap();
            let (kind, imported) = files::open(&text, today()).unwrap();
            assert_eq!(kind, FileKind::JsonResume);
            assert_eq!(imported.profile, p, "{}", p.name);
            assert!(imported.unmatched.is_empty());
        }
    }
}

#[test]
fn json_resume_keeps_codes_where_other_tools_can_find_them() {
    let p = &references()[0];
    let doc = jsonresume::export(p, Lang::En);
    assert_eq!(doc["basics"]["name"], "María Guadalupe Hernández");
    assert_eq!(doc["work"][0]["x-onetSoc"], "31-1131.00");
    assert_eq!(doc["work"][0]["startDate"], "2022-06");
    assert_eq!(
        doc["skills"][0]["x-skillpass"]["id"],
        p.skills[0].id.as_str(),
        "the DWA id is beside the skill, where themes do not show it"
    );
    assert!(doc["skills"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["keywords"] == serde_json::json!([])));
    assert!(doc["skills"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["name"].as_str().is_some_and(|n| !n.is_empty())));
}

#[test]
fn a_year_alone_goes_out_as_a_year_and_comes_back_as_one() {
    let mut p = references()[0].clone();
    p.jobs[0].start = skillpass_core::YearMonth::year_only(2019).ok();
    p.jobs[0].end = skillpass_core::YearMonth::parse("2019-03").ok();
    p.jobs[1].end = skillpass_core::YearMonth::year_only(2024).ok();
    p.credentials[0].date = skillpass_core::YearMonth::year_only(2021).ok();
    // Ids come from the profile's content, as an import gives them.
    p.jobs.iter_mut().for_each(|j| j.id.clear());
    p.credentials.iter_mut().for_each(|c| c.id.clear());
    p.assign_ids();
    let doc = jsonresume::export(&p, Lang::En);
    assert_eq!(doc["work"][0]["startDate"], "2019");
    assert_eq!(doc["work"][0]["endDate"], "2019-03");
    assert_eq!(doc["certificates"][0]["date"], "2021");
    for lang in Lang::ALL {
        let text = jsonresume::export(&p, lang).to_string();
        let (_, imported) = files::open(&text, today()).unwrap();
        assert_eq!(imported.profile, p);
    }
}

#[test]
fn a_resume_from_another_tool_is_read_as_far_as_it_maps() {
    let other = serde_json::json!({
        "basics": { "name": "Richard Hendriks", "email": "richard@example.com", "location": { "city": "San Francisco" } },
        "work": [
            { "name": "Pied Piper", "position": "CEO/President", "startDate": "2013-12-01" },
            { "name": "Taco Fiesta", "position": "Line cook", "startDate": "2011", "endDate": "2013-01-01" }
        ],
        "skills": [
            { "name": "Web Development", "keywords": ["HTML", "CSS"] },
            { "name": "Cashier work", "keywords": ["4.A.2.a.2.I04.D01"] }
        ],
        "certificates": [{ "name": "Food handler card", "issuer": "ServSafe", "date": "2018-08-01" }],
        "languages": [{ "language": "English", "fluency": "Native speaker" }]
    });
    let (kind, imported) = files::open(&other.to_string(), today()).unwrap();
    assert_eq!(kind, FileKind::JsonResume);
    let p = imported.profile;
    assert_eq!(p.name, "Richard Hendriks");
    assert_eq!(p.contact.city.as_deref(), Some("San Francisco"));
    assert_eq!(p.jobs.len(), 2);
    assert_eq!(
        p.jobs[0].occupation, None,
        "no listed job is called CEO/President"
    );
    assert_eq!(
        p.jobs[1].occupation.as_deref(),
        Some("35-2014.00"),
        "Line cook is on the list"
    );
    assert_eq!(
        p.jobs[1].start.map(|m| m.to_string()).as_deref(),
        Some("2011"),
        "a year alone stays a year alone"
    );
    assert_eq!(p.skills.len(), 1, "the DWA keyword maps");
    assert_eq!(imported.unmatched, ["Web Development"]);
    assert_eq!(p.credentials[0].cert.as_deref(), Some("cert:food-handler"));
    assert_eq!(p.languages, ["en"]);
}

#[test]
fn other_files_are_refused_with_a_reason() {
    assert_eq!(
        files::open("hello", today()).unwrap_err(),
        FileError::Unknown
    );
    assert_eq!(
        files::open("{\"a\":1}", today()).unwrap_err(),
        FileError::Unknown
    );
    let newer = r#"{"format":"skillpass-profile","version":99,"rev":1,"profile":{"name":"A"}}"#;
    assert_eq!(files::open(newer, today()).unwrap_err(), FileError::Newer);
}

#[test]
fn a_file_locked_with_a_pin_is_recognised_and_said_so() {
    // A caseworker's backup of a client who set a PIN is the sealed value itself.
    let key = skillpass_core::pin::derive_key("2468", &[1; 16], 1_000);
    let sealed = skillpass_core::pin::seal("{}", &key, &[1; 16], &[2; 12]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    assert_eq!(
        skillpass_core::files::open_any(&sealed, today),
        Err(skillpass_core::files::FileError::Sealed)
    );
}

#[test]
fn json_resume_names_each_language_for_job_sites_and_reads_the_names_back() {
    let p = skillpass_core::Profile {
        name: "María".into(),
        short_name: Some("Mari".into()),
        languages: vec!["es".into(), "en".into(), "ht".into(), "ar".into()],
        ..Default::default()
    };
    let doc = jsonresume::export(&p, Lang::En);
    let names: Vec<&str> = doc["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["language"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Spanish", "English", "Haitian Creole", "Arabic"]);
    let back = jsonresume::import(&doc, today()).unwrap().profile;
    assert_eq!(back.languages, p.languages);
    // The résumé file carries the full name only.
    assert_eq!(back.short_name, None);
    assert!(!doc.to_string().contains("Mari\""));
}

/// A résumé from another tool, written in one of the app's languages, with no codes: its job
/// titles and skills are found by their words in that language.
#[test]
fn a_resume_from_another_tool_in_any_app_language_maps_by_its_words() {
    use skillpass_core::locale;
    for lang in Lang::ALL {
        let title = locale::word_in(lang, "occ.41-2011.00").unwrap();
        let skill = locale::word_in(lang, "skill.sp:cash-register").unwrap();
        let doc = serde_json::json!({
            "basics": { "name": "Ana" },
            "work": [{ "position": title, "name": "Shop", "startDate": "2020-01" }],
            "skills": [{ "name": skill }],
        });
        let imported = jsonresume::import(&doc, today()).unwrap();
        assert_eq!(
            imported.profile.jobs[0].occupation.as_deref(),
            Some("41-2011.00"),
            "{}: {title}",
            lang.code()
        );
        assert!(
            imported
                .profile
                .skills
                .iter()
                .any(|s| s.id.as_str() == "sp:cash-register"),
            "{}: {skill} {:?}",
            lang.code(),
            imported.unmatched
        );
    }
}

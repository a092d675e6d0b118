//! Checks on the embedded taxonomy: complete, consistent with O*NET and ESCO, in both languages,
//! plain, and with numbers that never change once released.

mod common;

use skillpass_core::readability::grade;
use skillpass_core::taxonomy::{self, Sector};
use skillpass_core::SkillId;
use std::collections::{HashMap, HashSet};

#[test]
fn ids_and_numbers_are_unique() {
    let t = taxonomy::get();
    let mut nums = HashSet::new();
    let mut ids = HashSet::new();
    for s in &t.skills {
        assert!(nums.insert(s.num), "skill number {} twice", s.num);
        assert!(ids.insert(s.id), "skill id {} twice", s.id);
    }
    let socs: HashSet<_> = t.occupations.iter().map(|o| o.soc).collect();
    assert_eq!(socs.len(), t.occupations.len());
    let occ_nums: HashSet<_> = t.occupations.iter().map(|o| o.num).collect();
    assert_eq!(occ_nums.len(), t.occupations.len());
    let certs: HashSet<_> = t.certificates.iter().map(|c| (c.num, c.id)).collect();
    assert_eq!(certs.len(), t.certificates.len());
}

#[test]
fn released_numbers_keep_their_meaning_forever() {
    let t = taxonomy::get();
    // Version 2 added the warehouse lead (a career-path step) and its activities.
    let frozen = [
        include_str!("fixtures/taxonomy_ids_v1.tsv"),
        include_str!("fixtures/taxonomy_ids_v2.tsv"),
    ];
    for line in frozen.iter().flat_map(|f| f.lines().skip(1)) {
        let [kind, num, id]: [&str; 3] = line
            .split('\t')
            .collect::<Vec<_>>()
            .try_into()
            .expect("kind, num, id");
        let num: u16 = num.parse().unwrap();
        let now = match kind {
            "skill" => t.skill_by_num(num).map(|s| s.id),
            "occupation" => t.occupations.iter().find(|o| o.num == num).map(|o| o.soc),
            "certificate" => t.certificates.iter().find(|c| c.num == num).map(|c| c.id),
            other => panic!("unknown kind {other}"),
        };
        assert_eq!(now, Some(id), "{kind} {num} changed meaning or vanished");
    }
}

#[test]
fn fifty_or_more_occupations_across_six_sectors_each_complete() {
    let t = taxonomy::get();
    assert!(
        t.occupations.len() >= 50,
        "{} occupations",
        t.occupations.len()
    );
    for sector in Sector::ALL {
        assert!(
            t.in_sector(sector).count() >= 4,
            "{sector:?} has too few jobs"
        );
    }
    let titles: HashSet<_> = t.occupations.iter().map(|o| o.title.en()).collect();
    assert_eq!(
        titles.len(),
        t.occupations.len(),
        "two jobs share an English title"
    );
    for o in &t.occupations {
        assert!(
            !o.title.en().is_empty() && !o.title.es().is_empty(),
            "{}",
            o.soc
        );
        assert!(!o.icon.is_empty(), "{} has no icon", o.soc);
        assert!((1..=5).contains(&o.zone), "{} job zone {}", o.soc, o.zone);
        let acts: Vec<_> = t.activities(o).collect();
        assert_eq!(
            acts.len(),
            o.activities.len(),
            "{} links a missing skill",
            o.soc
        );
        assert!(
            acts.len() >= 8,
            "{} has only {} activities",
            o.soc,
            acts.len()
        );
    }
}

#[test]
fn every_statement_has_both_languages_and_its_own_words() {
    let t = taxonomy::get();
    let mut seen = HashMap::new();
    for s in &t.skills {
        assert!(!s.words.en().trim().is_empty(), "{} has no English", s.id);
        assert!(!s.words.es().trim().is_empty(), "{} has no Spanish", s.id);
        assert_ne!(s.words.en(), s.words.es(), "{} is not translated", s.id);
        if let Some(other) = seen.insert(s.words.en().to_lowercase(), s.id) {
            panic!("{} and {other} read the same: {:?}", s.id, s.words.en());
        }
        if s.is_transferable() {
            assert!(!s.icon.is_empty(), "{} has no icon", s.id);
        } else {
            assert!(s.id.starts_with("4.A."), "{} is not a DWA id", s.id);
        }
    }
    assert!(t.transferable().count() >= 6);
    for c in &t.certificates {
        assert!(c.id.starts_with("cert:") && !c.name.en().is_empty() && !c.name.es().is_empty());
    }
}

#[test]
fn statements_are_plain() {
    let t = taxonomy::get();
    let mut grades: Vec<f64> = t.skills.iter().map(|s| grade(s.words.en())).collect();
    grades.sort_by(f64::total_cmp);
    let median = grades[grades.len() / 2];
    let max = *grades.last().unwrap();
    let above_6 = grades.iter().filter(|g| **g > 6.0).count();
    assert!(median <= 4.0, "median grade {median:.1}");
    assert!(max <= 8.5, "hardest statement at grade {max:.1}");
    assert!(above_6 <= 5, "{above_6} statements above grade 6");
}

#[test]
fn every_activity_of_every_included_job_is_carried() {
    let t = taxonomy::get();
    let socs: HashSet<&str> = t.occupations.iter().map(|o| o.soc).collect();
    let mut expected: HashMap<&str, HashSet<String>> = HashMap::new();
    let table = common::tsv("data/onet-29.2/Tasks to DWAs.tsv");
    for row in &table[1..] {
        if let Some(&soc) = socs.get(row[0].as_str()) {
            expected.entry(soc).or_default().insert(row[4].clone());
        }
    }
    for o in &t.occupations {
        let have: HashSet<String> = t.activities(o).map(|s| s.id.to_string()).collect();
        assert_eq!(
            have, expected[o.soc],
            "{}'s activities differ from O*NET",
            o.soc
        );
    }
    // Job zones are O*NET's.
    let zones: HashMap<String, String> = common::tsv("data/onet-29.2/Job Zones.tsv")[1..]
        .iter()
        .map(|r| (r[0].clone(), r[2].clone()))
        .collect();
    for o in &t.occupations {
        assert_eq!(zones[o.soc], o.zone.to_string(), "{} job zone", o.soc);
    }
}

#[test]
fn every_reference_profile_can_be_represented() {
    let t = taxonomy::get();
    for name in ["R1-typical", "R2-minimal", "R3-large"] {
        let raw = common::read(&format!("fixtures/profiles/{name}.json"));
        let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
        for dwa in v["skills_onet_dwa"].as_array().unwrap() {
            let id = SkillId::new(dwa.as_str().unwrap());
            assert!(t.skill(&id).is_some(), "{name}: {} missing", id.as_str());
        }
        for job in v["jobs"].as_array().unwrap() {
            let soc = job["onet_soc"].as_str().unwrap();
            assert!(t.occupation(soc).is_some(), "{name}: job {soc} missing");
        }
    }
}

#[test]
fn esco_links_point_at_real_esco_skills() {
    let t = taxonomy::get();
    let esco = common::read("data/esco-1.0/skills_en-us.csv");
    let linked: Vec<_> = t.skills.iter().filter_map(|s| s.esco).collect();
    assert!(linked.len() >= 10, "only {} ESCO links", linked.len());
    for uri in linked {
        assert!(
            uri.starts_with("http://data.europa.eu/esco/skill/"),
            "{uri}"
        );
        assert!(esco.contains(uri), "{uri} is not in ESCO 1.0");
    }
}

#[test]
fn search_finds_jobs_by_everyday_names_in_either_language() {
    let t = taxonomy::get();
    let first = |q: &str| t.search(q).first().map(|o| o.soc);
    assert_eq!(first("cashier"), Some("41-2011.00"));
    assert_eq!(
        first("CAJERA"),
        Some("41-2011.00"),
        "gender and case do not matter"
    );
    assert_eq!(first("cna"), Some("31-1131.00"));
    assert_eq!(first("limpieza"), first("limpieza"));
    assert!(t.search("cook").len() >= 3, "all the cook jobs");
    assert!(t.search("forklift").iter().any(|o| o.soc == "53-7051.00"));
    assert!(t.search("astronaut").is_empty());
    assert!(t.search("  ").is_empty());
}

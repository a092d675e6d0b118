//! Reads the reference profiles in `shared/fixtures/profiles/` (a neutral JSON form, not our saved
//! form) into a [`Profile`] as the guided flow would have stored it, for benches and tests:
//! a job title that matches the app's everyday title (ignoring case, plurals and a bracketed
//! abbreviation) was picked from the list; a certificate whose name matches a common certificate
//! was picked too; everything else was typed.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::month::YearMonth;
use crate::profile::{
    Contact, Credential, CredentialKind, Job, Profile, Skill, SkillId, SkillSource,
};
use crate::taxonomy::{self, fold};

#[derive(Deserialize)]
struct RefProfile {
    name: String,
    phone: Option<String>,
    email: Option<String>,
    city: Option<String>,
    languages: Vec<String>,
    jobs: Vec<RefJob>,
    skills_onet_dwa: Vec<String>,
    certificates: Vec<RefCert>,
}

#[derive(Deserialize)]
struct RefJob {
    title: String,
    onet_soc: String,
    employer: Option<String>,
    start: String,
    end: Option<String>,
}

#[derive(Deserialize)]
struct RefCert {
    name: String,
    issuer: Option<String>,
    date: Option<String>,
}

/// "Nursing Assistants (CNA)" and "nursing assistant" compare equal.
fn loose(s: &str) -> String {
    let s = fold(s);
    let s = match s.split_once('(') {
        Some((head, _)) => head.to_string(),
        None => s,
    };
    let s = s.trim();
    s.strip_suffix('s').unwrap_or(s).trim().to_string()
}

/// The common certificate a name refers to: the one with the longest key found in the name, its
/// keys being its abbreviation in brackets and its name without words like "certificate".
fn listed_certificate(name: &str) -> Option<&'static taxonomy::Certificate> {
    let name = format!(" {} ", fold(name).replace(['(', ')', ',', '/', '-'], " "));
    let words = |s: &str| format!(" {} ", s.split_whitespace().collect::<Vec<_>>().join(" "));
    let name = words(&name);
    taxonomy::get()
        .certificates
        .iter()
        .filter_map(|k| {
            let en = fold(k.name.en());
            let (main, abbr) = match en.split_once('(') {
                Some((m, a)) => (m.to_string(), a.trim_end_matches(')').to_string()),
                None => (en.clone(), String::new()),
            };
            let generic = ["certificate", "certification", "card", "license"];
            let main: String = main
                .split_whitespace()
                .filter(|w| !generic.contains(w))
                .collect::<Vec<_>>()
                .join(" ");
            [main, abbr]
                .into_iter()
                .filter(|key| key.len() >= 3)
                .map(|key| words(&key.replace('/', " ")))
                .filter(|key| name.contains(key.as_str()))
                .map(|key| key.len())
                .max()
                .map(|len| (len, k))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, k)| k)
}

pub fn from_json(json: &str, added: NaiveDate) -> Result<Profile, String> {
    let r: RefProfile = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let t = taxonomy::get();
    let month = |s: &str| YearMonth::parse(s).map_err(|e| format!("{s}: {e:?}"));
    let mut jobs = Vec::new();
    for j in &r.jobs {
        let occ = t.occupation(&j.onet_soc);
        let title = match occ {
            Some(o) if loose(o.title.en()) == loose(&j.title) => o.title.en().to_string(),
            _ => j.title.clone(),
        };
        jobs.push(Job {
            id: String::new(),
            title,
            employer: j.employer.clone(),
            occupation: occ.map(|o| o.soc.to_string()),
            start: Some(month(&j.start)?),
            end: j.end.as_deref().map(month).transpose()?,
        });
    }
    let job_activities: Vec<&str> = jobs.iter().flat_map(|j| t.job_activity_ids(j)).collect();
    let skills = r
        .skills_onet_dwa
        .iter()
        .map(|id| Skill {
            id: SkillId::new(id.clone()),
            source: if job_activities.contains(&id.as_str()) {
                SkillSource::Job
            } else {
                SkillSource::Chosen
            },
            added,
        })
        .collect();
    let credentials = r
        .certificates
        .iter()
        .map(|c| {
            let listed = listed_certificate(&c.name);
            Ok(Credential {
                id: String::new(),
                kind: CredentialKind::Certificate,
                cert: listed.map(|k| k.id.to_string()),
                name: listed.map_or_else(|| c.name.clone(), |k| k.name.en().to_string()),
                issuer: c.issuer.clone(),
                date: c.date.as_deref().map(month).transpose()?,
                skills: Vec::new(),
                signature: None,
            })
        })
        .collect::<Result<_, String>>()?;
    let mut profile = Profile {
        name: r.name,
        short_name: None,
        contact: Contact {
            phone: r.phone,
            email: r.email,
            city: r.city,
        },
        languages: r.languages,
        jobs,
        skills,
        credentials,
        goal: None,
        job_centre: Default::default(),
    };
    profile.assign_ids();
    Ok(profile)
}

/// The six-skill class of the share bench and the credential tests (and of the links frozen in
/// `core/tests/fixtures/class_links_v1.txt`), as a trainer would fill it in.
pub fn forklift_class(learner: Option<&str>) -> crate::credential::class::ClassRecord {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).expect("a real day");
    crate::credential::class::ClassRecord {
        provider: "Valley Training Center".into(),
        class: "Forklift Safety".into(),
        description: "Safe driving, loading and daily checks of a forklift.".into(),
        day: day(20),
        hours: Some(8),
        assessed: Some("Driving test on site".into()),
        skills: [
            "4.A.3.a.3.I08.D01",
            "4.A.3.a.2.I22.D10",
            "4.A.3.a.1.I06.D09",
            "4.A.4.c.3.I07.D04",
            "sp:safety-rules",
            "sp:teamwork",
        ]
        .iter()
        .map(|s| SkillId::new(*s))
        .collect(),
        learner: learner.map(str::to_string),
        signed_on: day(21),
    }
}

/// A profile whose every text is one 4 kB string, repeated thousands of times: as a link each
/// repeat costs a few bits, read back each is 4 kB (~20 MB in all). For the hostile-input test and
/// bench: the decoder must refuse it as too long.
pub fn repeat_bomb(added: NaiveDate) -> Profile {
    let big = "a".repeat(4096);
    let job = Job {
        id: String::new(),
        title: big.clone(),
        employer: Some(big.clone()),
        occupation: None,
        start: None,
        end: None,
    };
    let skill = Skill {
        id: SkillId::new(big.clone()),
        source: SkillSource::Chosen,
        added,
    };
    Profile {
        name: big.clone(),
        short_name: Some(big.clone()),
        contact: Contact {
            phone: Some(big.clone()),
            email: Some(big.clone()),
            city: Some(big.clone()),
        },
        languages: vec![big; 64],
        jobs: vec![job; 256],
        skills: vec![skill; 4096],
        credentials: Vec::new(),
        goal: None,
        job_centre: Default::default(),
    }
}

/// `n` class records as trainers might fill them in, for the interop checks and tests: room and
/// per-learner, 1 to [`crate::credential::class::MAX_SKILLS`] skills, English and Spanish, and
/// text with quotes, backslashes, tabs, emoji, right-to-left and CJK characters. The same `n`
/// always gives the same records.
pub fn generated_classes(n: usize) -> Vec<crate::credential::class::ClassRecord> {
    use crate::credential::class::{ClassRecord, MAX_HOURS, MAX_SKILLS};
    let mut seed: u64 = 0x5eed_c1a5;
    let mut next = move |m: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % m.max(1)
    };
    let providers = [
        "Valley Training Center",
        "Centro de Capacitación \"El Valle\"",
        "Back\\slash & <Sons>",
        "مركز التدريب",
        "培训中心 😀",
        "Tab\there",
    ];
    let classes = [
        "Forklift Safety",
        "Seguridad con montacargas",
        "Food handling: \"clean hands\"",
        "Cuidado de personas mayores — nivel 1",
        "Line\nbreak",
        "𝒰𝓃𝒾𝒸𝑜𝒹𝑒 class",
    ];
    let learners = ["María H.", "Nguyễn Văn A", "O'Brien \"Bo\"", "李小梅", "x"];
    let skills = &taxonomy::get().skills;
    (0..n)
        .map(|i| {
            let count = 1 + i % MAX_SKILLS;
            let mut ids: Vec<SkillId> = Vec::new();
            while ids.len() < count {
                let id = SkillId::new(skills[next(skills.len())].id);
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            let day = NaiveDate::from_ymd_opt(2025, 1, 1).expect("a real day")
                + chrono::Duration::days(next(700) as i64);
            ClassRecord {
                provider: providers[next(providers.len())].into(),
                class: classes[next(classes.len())].into(),
                description: if i % 3 == 0 {
                    String::new()
                } else {
                    format!("{} ({i})", classes[next(classes.len())])
                },
                day,
                hours: (i % 4 != 0).then(|| 1 + next(usize::from(MAX_HOURS)) as u16),
                assessed: (i % 2 == 0).then(|| "Prueba práctica".to_string()),
                skills: ids,
                learner: (i % 2 == 1).then(|| learners[next(learners.len())].to_string()),
                signed_on: day + chrono::Duration::days(next(3) as i64),
            }
        })
        .collect()
}

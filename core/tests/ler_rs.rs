//! The LER-RS record for job applications: SkillPass → LER-RS → SkillPass gives the same profile
//! (reference profiles, signed classes, every language); skills carry their O*NET and ESCO
//! references; the four official HR Open samples open, keep what fits and say what was left out.
//! (Hostile LER-RS files are in `hostile.rs`; schema validation is in `tests/interop/`.)

mod common;

use chrono::NaiveDate;
use ed25519_dalek::SigningKey;
use serde_json::{json, Value};
use skillpass_core::admit;
use skillpass_core::credential;
use skillpass_core::files::{self, FileKind, Picked};
use skillpass_core::i18n::Lang;
use skillpass_core::jsonresume::NotKept;
use skillpass_core::ler_rs;
use skillpass_core::{taxonomy, Profile, SkillId, YearMonth};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn references() -> Vec<Profile> {
    common::references(today())
}

/// Ids as a profile read from a file gets them (each entry's id comes from the whole profile).
fn fresh_ids(p: &mut Profile) {
    p.jobs.iter_mut().for_each(|j| j.id.clear());
    p.credentials.iter_mut().for_each(|c| c.id.clear());
    p.assign_ids();
}

fn open(doc: &Value) -> skillpass_core::jsonresume::Imported {
    let text = serde_json::to_string_pretty(doc).unwrap();
    match files::open_any(&text, today()) {
        Ok(Picked::Profile(FileKind::LerRs, imported)) => imported,
        other => panic!("not opened as LER-RS: {other:?}"),
    }
}

/// R1 with a class signed in the room, one signed for the learner by name, and a badge that came
/// in as a file: the three kinds of signed training a profile holds.
fn with_signed_classes(mut p: Profile) -> Profile {
    let key = SigningKey::from_bytes(&[9; 32]);
    let room = skillpass_core::reference::forklift_class(None).sign(&key);
    let named = skillpass_core::reference::forklift_class(Some(&p.name)).sign(&key);
    let badge = skillpass_core::reference::forklift_class(None)
        .sign(&SigningKey::from_bytes(&[4; 32]))
        .to_open_badge()
        .unwrap();
    let Ok(Picked::Training(Ok(from_file))) = files::open_any(&badge.to_string(), today()) else {
        panic!("the badge opens")
    };
    p.credentials.push(room.credential());
    p.credentials.insert(0, named.credential());
    p.credentials.push(from_file);
    fresh_ids(&mut p);
    assert_eq!(
        admit::admit(p.clone()).1,
        vec![],
        "a profile the app could hold"
    );
    p
}

#[test]
fn ler_rs_round_trips_exactly_in_every_language() {
    for p in references() {
        for lang in Lang::ALL {
            let imported = open(&ler_rs::export(&p, lang));
            assert_eq!(imported.profile, p, "{} in {lang:?}", p.name);
            assert!(imported.unmatched.is_empty());
            assert!(imported.dropped.is_empty());
            assert!(imported.not_kept.is_empty(), "{:?}", imported.not_kept);
        }
    }
}

#[test]
fn signed_classes_travel_as_their_open_badges_and_come_back_still_signed() {
    let p = with_signed_classes(references().remove(0));
    for lang in [Lang::En, Lang::Es, Lang::Ar] {
        let doc = ler_rs::export(&p, lang);
        let trainings = doc["educationAndLearnings"].as_array().unwrap();
        let signed: Vec<&Value> = trainings
            .iter()
            .filter_map(|t| t["verifications"].get(0))
            .collect();
        assert_eq!(signed.len(), 3, "each signed class carries its badge");
        for (badge, c) in signed
            .iter()
            .zip(p.credentials.iter().filter(|c| c.signature.is_some()))
        {
            assert_eq!(Some((*badge).clone()), credential::open_badge(c));
            assert!(badge["type"]
                .as_array()
                .unwrap()
                .contains(&json!("OpenBadgeCredential")));
        }
        let back = open(&doc);
        assert_eq!(back.profile, p);
        for c in &back.profile.credentials {
            if c.signature.is_some() {
                assert!(
                    credential::is_signed(c, &p.name),
                    "{} still reads as signed",
                    c.name
                );
            }
        }
    }
}

#[test]
fn a_badge_alone_is_enough_to_bring_a_signed_class_back() {
    // Another tool keeps the badge but drops SkillPass's own fields: the class is read from the
    // badge itself, and still reads as signed.
    let p = with_signed_classes(references().remove(1));
    let mut doc = ler_rs::export(&p, Lang::En);
    for t in doc["educationAndLearnings"].as_array_mut().unwrap() {
        t.as_object_mut().unwrap().remove("x-skillpass");
    }
    let back = open(&doc).profile;
    let signed: Vec<_> = back
        .credentials
        .iter()
        .filter(|c| credential::is_signed(c, &p.name))
        .collect();
    assert_eq!(signed.len(), 3, "{:#?}", back.credentials);
    assert!(signed
        .iter()
        .all(|c| c.name == "Forklift Safety" && c.skills.len() == 6));
}

#[test]
fn skills_carry_their_onet_and_esco_references() {
    let t = taxonomy::get();
    let p = &references()[0];
    let doc = ler_rs::export(p, Lang::Es);
    assert_eq!(doc["type"], ler_rs::TYPE);
    assert_eq!(doc["language"], "es");
    assert_eq!(doc["person"]["name"]["formattedName"], p.name);
    let skills = doc["skills"].as_array().unwrap();
    assert_eq!(skills.len(), p.skills.len() + p.languages.len());
    for (s, v) in p.skills.iter().zip(skills) {
        assert_eq!(
            v["name"],
            skillpass_core::summary::skill_words(&s.id, Lang::Es)
        );
        let esco = t.skill(&s.id).and_then(|e| e.esco);
        if s.id.as_str().starts_with("4.") {
            assert_eq!(
                v["schemeReference"]["reference"],
                format!("urn:onet:dwa:{}", s.id.as_str())
            );
            assert_eq!(v["schemeReference"]["scheme"], "urn:onet:29.2:dwa");
            match esco {
                Some(uri) => assert_eq!(v["definitionReference"]["reference"], uri),
                None => assert!(v.get("definitionReference").is_none()),
            }
        } else if let Some(uri) = esco {
            assert_eq!(v["schemeReference"]["reference"], uri);
            assert_eq!(
                v["schemeReference"]["scheme"],
                "http://data.europa.eu/esco/concept-scheme/skills"
            );
        }
    }
    // Languages are named in the file's language, with their ISO 639-1 reference.
    let spanish = &skills[p.skills.len()..];
    assert!(
        spanish.iter().any(|l| l["schemeReference"]["reference"]
            == "http://id.loc.gov/vocabulary/iso639-1/es"
            && l["name"] == "español"),
        "{spanish:?}"
    );
    // A job picked from the list carries its O*NET-SOC code, a current job says so.
    let job = &doc["employmentHistories"][0]["positionHistories"][0];
    assert_eq!(
        job["jobCategories"][0]["id"]["value"],
        p.jobs[0].occupation.as_deref().unwrap()
    );
    assert_eq!(job["jobCategories"][0]["id"]["schemeId"], "O*NET-SOC");
    assert_eq!(job["current"], json!(p.jobs[0].end.is_none()));
}

#[test]
fn a_skill_from_another_tool_maps_by_its_esco_or_onet_reference_or_its_words() {
    let t = taxonomy::get();
    let with_esco = t.skills.iter().find(|e| e.esco.is_some()).unwrap();
    let dwa = t.skills.iter().find(|e| e.id.starts_with("4.")).unwrap();
    let doc = json!({
        "type": "http://schema.hropenstandards.org/4.5/recruiting/json/LER-RSType.json",
        "person": { "name": { "given": "Ana", "family": "Ruiz" } },
        "skills": [
            { "name": "whatever", "schemeReference": { "reference": with_esco.esco.unwrap() } },
            { "name": "x", "schemeReference": { "reference": format!("urn:onet:dwa:{}", dwa.id) } },
            { "name": dwa.words.en() },
            { "name": "Underwater basket weaving" },
            { "name": "Spanish" },
        ],
    });
    let got = open(&doc);
    assert_eq!(got.profile.name, "Ana Ruiz");
    let ids: Vec<&str> = got.profile.skills.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![with_esco.id, dwa.id],
        "the same DWA found by id and by words is kept once"
    );
    assert_eq!(got.unmatched, vec!["Underwater basket weaving".to_string()]);
    assert_eq!(got.profile.languages, vec!["es".to_string()]);
}

fn sample(name: &str) -> skillpass_core::jsonresume::Imported {
    let text = common::read(&format!("data/ler-rs-and-ob3-schemas/samples/{name}.json"));
    let doc: Value = serde_json::from_str(&text).unwrap();
    open(&doc)
}

fn ym(s: &str) -> Option<YearMonth> {
    Some(YearMonth::parse(s).unwrap())
}

#[test]
fn the_official_samples_keep_what_fits_and_say_what_was_left_out() {
    use NotKept::*;
    // Every sample has a school or transcript, an objective, an attached résumé, a LinkedIn
    // link, a street address and a signature over the whole record (RsaSignature2018).
    let all = [School, About, Files, Links, Address, Signature];
    let jennifer = (
        "Jennifer Jones",
        "jennifer.jones@example.com",
        "Schenectady",
    );
    for (name, (person, email, city), more) in [
        // Its job's tasks are written out.
        ("LER-RS_V2_UC008_portability", jennifer, vec![JobDetails]),
        ("LER-RS_V2_UC009_exchanging", jennifer, vec![JobDetails]),
        // The job applied for, too.
        (
            "LER-RS_V2_UC010_applying",
            jennifer,
            vec![JobWanted, JobDetails],
        ),
        // Years and comments on a skill, a certificate's status and end date.
        (
            "LER-RS_V2_VCwrapper",
            (
                "Gunilla Klein",
                "gunilla.klein@example.com",
                "Frankfurt am Main",
            ),
            vec![JobWanted, Other],
        ),
    ] {
        let got = sample(name);
        let p = &got.profile;
        assert_eq!(p.name, person, "{name}");
        assert_eq!(p.contact.email.as_deref(), Some(email), "{name}");
        assert_eq!(p.contact.city.as_deref(), Some(city), "{name}");
        assert!(
            p.contact
                .phone
                .as_deref()
                .is_some_and(|ph| ph.starts_with('+')),
            "{name}"
        );
        assert_eq!(p.jobs.len(), 1, "{name}");
        assert_eq!(p.credentials.len(), 1, "{name}: its certificate is kept");
        assert!(got.dropped.is_empty(), "{name}: {:?}", got.dropped);
        // What a profile has no place for is named, once each.
        let mut expect: Vec<NotKept> = all.iter().copied().chain(more).collect();
        expect.sort();
        assert_eq!(got.not_kept, expect, "{name}");
        // Whatever came in passes the checks typed text meets, unchanged.
        assert_eq!(admit::admit(p.clone()), (p.clone(), vec![]));
    }

    let jennifer = sample("LER-RS_V2_UC008_portability");
    assert!(jennifer.unmatched.is_empty());
    let job = &jennifer.profile.jobs[0];
    assert_eq!(
        (
            job.title.as_str(),
            job.employer.as_deref(),
            job.start,
            job.end
        ),
        (
            "Marketing Manager",
            Some("ABC Company"),
            ym("2022-10"),
            None
        ),
        "a current job has no end"
    );
    // Its certificate is an Open Badge signed with a suite this app cannot check
    // (Ed25519Signature2020): never shown as signed. Where the badge importer keeps such a badge
    // (as "not checked") it is kept whole; else the entry is the person's own, from what the badge
    // says, and its signature is said to be left out.
    let cert = &jennifer.profile.credentials[0];
    assert_eq!(cert.name, "Digital Marketing Certificate");
    assert_eq!(
        cert.issuer.as_deref(),
        Some("American Council for Education (ACE)")
    );
    assert!(!credential::is_signed(cert, &jennifer.profile.name));
    match &cert.signature {
        Some(sig) => {
            assert!(sig.starts_with(credential::OB3_PREFIX) && sig.contains("Ed25519Signature2020"))
        }
        None => assert_eq!(cert.date, ym("2022-01")),
    }
    assert!(jennifer.not_kept.contains(&Signature));

    let gunilla = sample("LER-RS_V2_VCwrapper");
    let job = &gunilla.profile.jobs[0];
    assert_eq!(
        (
            job.title.as_str(),
            job.employer.as_deref(),
            job.start,
            job.end
        ),
        (
            "Corporate Project Manager",
            Some("AllSoftware"),
            ym("2012-10"),
            ym("2022-11")
        )
    );
    let cert = &gunilla.profile.credentials[0];
    assert_eq!(
        (cert.name.as_str(), cert.issuer.as_deref(), cert.date),
        (
            "Product Management Certificate",
            Some("Cornell University"),
            ym("2014-08")
        )
    );
    assert_eq!(
        cert.signature, None,
        "a link to a check online is kept as a plain entry"
    );
    // Its one skill is not on the list: named to the person as such.
    assert_eq!(gunilla.unmatched, vec!["Project Management".to_string()]);
}

#[test]
fn a_file_that_only_says_it_is_ler_rs_opens_as_an_empty_profile() {
    for doc in [
        json!({ "type": ler_rs::TYPE }),
        json!({ "type": ler_rs::TYPE, "person": 5, "skills": "x", "employmentHistories": [1, null, {}],
                "certifications": [{ "verifications": [[]] }], "communication": [] }),
        json!({ "credentialSubject": { "type": ler_rs::TYPE, "skills": [{ "schemeReference": 3 }] } }),
    ] {
        let got = open(&doc);
        assert_eq!(got.profile.name, "");
        assert!(got.profile.skills.is_empty() && got.profile.jobs.is_empty());
    }
    // A `type` that is not LER-RS's is not read as one.
    let not = json!({ "type": "http://example.com/LER-RSType.json", "person": {} });
    assert!(!ler_rs::looks_like_ler_rs(&not));
}

#[test]
fn credential_skills_keep_their_ids() {
    let mut p = references().remove(2);
    if let Some(c) = p.credentials.first_mut() {
        c.skills = vec![SkillId::new(taxonomy::get().skills[0].id)];
    }
    fresh_ids(&mut p);
    let back = open(&ler_rs::export(&p, Lang::ZhHans)).profile;
    assert_eq!(back, p);
}

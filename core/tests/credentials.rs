//! Signed trainings: the W3C eddsa-jcs-2022 test vectors, class records signed and checked, every
//! single-byte change of a signed class refused, and what a profile's reader is told.

mod common;

use chrono::NaiveDate;
use ed25519_dalek::SigningKey;
use serde_json::Value;
use skillpass_core::change::apply;
use skillpass_core::credential::class::{ClassRecord, SignedClass};
use skillpass_core::credential::{self, eddsa, Trust};
use skillpass_core::share::{self, qr, Opened};
use skillpass_core::{Change, Profile, SkillId, SkillSource};

const VECTORS: &str = "data/vc-di-eddsa-test-vectors";

fn vector(name: &str) -> String {
    common::read(&format!("{VECTORS}/{name}"))
        .trim()
        .to_string()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn reproduces_the_w3c_eddsa_jcs_2022_vectors_byte_for_byte() {
    let keys: Value = serde_json::from_str(&vector("keyPair.json")).unwrap();
    let key = eddsa::secret_from_multibase(keys["privateKeyMultibase"].as_str().unwrap()).unwrap();
    assert_eq!(
        eddsa::public_multibase(&key.verifying_key()),
        keys["publicKeyMultibase"].as_str().unwrap()
    );

    let signed: Value = serde_json::from_str(&vector("eddsa-jcs-2022/signedJCS.json")).unwrap();
    let mut doc = signed.clone();
    doc.as_object_mut().unwrap().remove("proof");
    assert_eq!(
        eddsa::canonical(&doc),
        vector("eddsa-jcs-2022/canonDocJCS.txt")
    );

    let created = signed["proof"]["created"].as_str().unwrap();
    let config = eddsa::proof_config(&doc, &key.verifying_key(), created);
    let given_config: Value =
        serde_json::from_str(&vector("eddsa-jcs-2022/proofConfigJCS.json")).unwrap();
    assert_eq!(config, given_config);
    assert_eq!(
        eddsa::canonical(&config),
        vector("eddsa-jcs-2022/proofCanonJCS.txt")
    );

    let hash = eddsa::hash_data(&doc, &config);
    assert_eq!(hex(&hash[..32]), vector("eddsa-jcs-2022/proofHashJCS.txt"));
    assert_eq!(hex(&hash[32..]), vector("eddsa-jcs-2022/docHashJCS.txt"));
    assert_eq!(hex(&hash), vector("eddsa-jcs-2022/combinedHashJCS.txt"));

    let sig = eddsa::signature(&doc, &key, created);
    assert_eq!(hex(&sig), vector("eddsa-jcs-2022/sigHexJCS.txt"));
    assert_eq!(
        eddsa::proof_value(&sig),
        vector("eddsa-jcs-2022/sigBTC58JCS.txt")
    );
    assert_eq!(eddsa::sign(&doc, &key, created), signed);

    // Their signed document verifies, and a changed one does not.
    assert_eq!(eddsa::verify(&signed), Ok(key.verifying_key()));
    let mut changed = signed.clone();
    changed["credentialSubject"]["alumniOf"] = "Another School".into();
    assert_eq!(eddsa::verify(&changed), Err(eddsa::ProofError::Mismatch));
}

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A class with six skills, as a trainer would fill it in.
fn forklift(learner: Option<&str>) -> ClassRecord {
    skillpass_core::reference::forklift_class(learner)
}

#[test]
fn the_fixture_class_uses_real_taxonomy_skills() {
    let t = skillpass_core::taxonomy::get();
    for s in &forklift(None).skills {
        assert!(
            t.skill(s).is_some(),
            "{} is not in the taxonomy",
            s.as_str()
        );
    }
}

#[test]
fn a_signed_class_round_trips_through_its_link_and_verifies() {
    let signed = forklift(None).sign(&key(7));
    assert!(signed.verify());
    let link = signed.link("https://skillpass.example/");
    let fragment = link.split_once('#').unwrap().1;
    match share::open_any(fragment).unwrap() {
        Opened::Class(c) => {
            assert_eq!(*c, signed);
            assert!(c.verify());
        }
        Opened::Profile(_) => panic!("a class link opened as a profile"),
    }
    // Not a profile: the profile-only reader refuses it instead of inventing one.
    assert!(share::open(fragment).is_err());
    // Signed by a different key, it is a different signature (not interchangeable).
    assert_ne!(forklift(None).sign(&key(8)).signature, signed.signature);
}

#[test]
fn six_skill_classes_fit_the_qr_targets() {
    for (learner, target) in [(None, 12), (Some("María H."), 13)] {
        let link = forklift(learner)
            .sign(&key(7))
            .link("https://skillpass.example/");
        let code = qr::build(&link, qr::Level::M).unwrap();
        assert!(
            qr::version(&code) <= target,
            "{learner:?}: version {} > {target} ({} chars)",
            qr::version(&code),
            link.len()
        );
    }
}

#[test]
fn every_single_byte_change_of_a_signed_class_is_refused() {
    for learner in [None, Some("María H.")] {
        let signed = forklift(learner).sign(&key(3));
        let bytes = signed.encode();
        for i in 0..bytes.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] ^= flip;
                if let Ok(c) = SignedClass::decode(&b) {
                    assert!(!c.verify(), "byte {i} ^ {flip:#x} still verifies");
                }
            }
        }
        // Even with a fixed checksum (a deliberate forgery), any change to the signed part fails.
        let body = &bytes[..bytes.len() - 2];
        for i in 0..body.len() {
            let mut b = body.to_vec();
            b[i] ^= 0x10;
            let crc = share::codec::crc16(&b);
            b.extend(crc.to_be_bytes());
            if let Ok(c) = SignedClass::decode(&b) {
                assert!(!c.verify(), "forged byte {i} still verifies");
            }
        }
    }
}

#[test]
fn the_open_badge_export_verifies_as_a_standard_credential() {
    let signed = forklift(Some("María H.")).sign(&key(5));
    let badge = signed.to_open_badge().unwrap();
    assert_eq!(badge["type"][1], "OpenBadgeCredential");
    assert_eq!(badge["proof"]["cryptosuite"], "eddsa-jcs-2022");
    let did = eddsa::did_key(&key(5).verifying_key());
    assert_eq!(badge["issuer"]["id"], did.as_str());
    assert!(did.starts_with("did:key:z6Mk"));
    let alignment = badge["credentialSubject"]["achievement"]["alignment"]
        .as_array()
        .unwrap();
    assert_eq!(alignment.len(), 6);
    assert_eq!(alignment[0]["targetCode"], "4.A.3.a.3.I08.D01");
    assert!(alignment.iter().any(|a| a["targetUrl"]
        .as_str()
        .unwrap()
        .starts_with("http://data.europa.eu/esco/")));
    assert_eq!(
        badge["credentialSubject"]["identifier"][0]["identityHash"],
        "María H."
    );
    // A generic eddsa-jcs-2022 verifier accepts it; any edit breaks it.
    assert_eq!(eddsa::verify(&badge), Ok(key(5).verifying_key()));
    let mut edited = badge.clone();
    edited["credentialSubject"]["achievement"]["name"] = "Crane Safety".into();
    assert_eq!(eddsa::verify(&edited), Err(eddsa::ProofError::Mismatch));

    // Imported back, it is a signed training with the same skills.
    let checked = credential::checked_badge(&badge).ok().unwrap();
    assert_eq!(checked.credential.name, "Forklift Safety");
    assert_eq!(checked.credential.skills, signed.record.skills);
    assert_eq!(checked.learner.as_deref(), Some("María H."));
    assert!(credential::checked_badge(&edited).is_err());
}

fn learner_profile(name: &str) -> Profile {
    apply(&Profile::default(), &Change::SetName(name.into())).unwrap()
}

#[test]
fn the_reader_is_told_plainly_who_signed_what() {
    let today = day(2026, 11, 29);
    let signed = forklift(Some("María H.")).sign(&key(9));
    let add = Change::AddTraining {
        credential: Box::new(signed.credential()),
        today,
    };
    let p = apply(&learner_profile("María Hernández"), &add).unwrap();
    assert_eq!(p.credentials.len(), 1);
    assert_eq!(p.skills.len(), 6);
    assert!(p.skills.iter().all(|s| s.source == SkillSource::Training));
    // Added twice: once.
    assert_eq!(apply(&p, &add).unwrap(), p);

    let c = &p.credentials[0];
    match credential::trust(c, &p.name) {
        Trust::Signed {
            provider,
            fingerprint,
            learner,
            name_differs,
        } => {
            assert_eq!(provider, "Valley Training Center");
            assert_eq!(fingerprint, signed.fingerprint());
            assert_eq!(learner.as_deref(), Some("María H."));
            assert!(!name_differs);
        }
        other => panic!("{other:?}"),
    }
    // Someone else's profile: the name is said to differ, the signature still holds.
    assert!(matches!(
        credential::trust(c, "Rosa Díaz"),
        Trust::Signed {
            name_differs: true,
            ..
        }
    ));
    // The shown class name edited in the saved profile: the signature no longer matches it.
    let mut edited = c.clone();
    edited.name = "Forklift Instructor".into();
    assert_eq!(credential::trust(&edited, &p.name), Trust::Broken);
    let mut fewer = c.clone();
    fewer.skills.pop();
    assert_eq!(credential::trust(&fewer, &p.name), Trust::Broken);
    // A typed certificate is self-reported.
    let typed = apply(
        &p,
        &Change::AddCertificate {
            cert: None,
            name: "Food handler".into(),
        },
    )
    .unwrap();
    assert_eq!(
        credential::trust(&typed.credentials[1], &p.name),
        Trust::SelfReported
    );
}

#[test]
fn a_shared_profile_carries_the_signature_to_the_next_reader() {
    let signed = forklift(None).sign(&key(4));
    let p = apply(
        &learner_profile("Ana"),
        &Change::AddTraining {
            credential: Box::new(signed.credential()),
            today: day(2026, 11, 29),
        },
    )
    .unwrap();
    let link = share::link("https://skillpass.example/", &p);
    let seen = share::open(link.split_once('#').unwrap().1).unwrap();
    assert!(matches!(
        credential::trust(&seen.credentials[0], &seen.name),
        Trust::Signed { learner: None, .. }
    ));
}

#[test]
fn learner_names_match_by_first_name_and_last_initial() {
    assert!(credential::names_match("María H.", "María Hernández"));
    assert!(credential::names_match("maria h", "María Hernández"));
    assert!(credential::names_match("Ana", "Ana López"));
    assert!(!credential::names_match("María H.", "María López"));
    assert!(!credential::names_match("José P.", "María Hernández"));
    assert!(!credential::names_match("María H.", ""));
}

/// Every skill's wording that goes into a signed class document, as released. A signature covers
/// the document rebuilt from today's taxonomy, so rewording a released skill would turn every class
/// already signed with it into "does not match its signature".
#[test]
fn released_skill_wording_in_signed_documents_never_changes() {
    let frozen = include_str!("fixtures/signed_skill_wording_v2.tsv");
    let t = skillpass_core::taxonomy::get();
    let mut rows = 0;
    for line in frozen.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let skill = t
            .skill(&SkillId::new(cols[0]))
            .unwrap_or_else(|| panic!("released skill {} is gone", cols[0]));
        assert_eq!(skill.words.en, cols[1], "{} was reworded", cols[0]);
        assert_eq!(
            skill.esco.unwrap_or(""),
            cols[2],
            "{}'s ESCO link changed",
            cols[0]
        );
        rows += 1;
    }
    assert_eq!(
        rows, 557,
        "the frozen list holds every skill of taxonomy v2"
    );
}

/// Links signed by an earlier release (a room link and one for a named learner) open and verify
/// with this release, with the same class, provider, learner and skills.
#[test]
fn class_links_signed_by_an_earlier_release_still_verify() {
    let links: Vec<&str> = include_str!("fixtures/class_links_v1.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert_eq!(links.len(), 2);
    for (link, learner) in links.iter().zip([None, Some("María H.")]) {
        let fragment = link.split_once('#').unwrap().1;
        let Ok(Opened::Class(c)) = share::open_any(fragment) else {
            panic!("a released class link no longer opens: {link}");
        };
        assert!(c.verify(), "a released class link no longer verifies");
        assert_eq!(
            c.record,
            forklift(learner),
            "the link reads as a different class"
        );
    }
}

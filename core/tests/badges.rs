//! Classes carry two proofs by one key, `eddsa-jcs-2022` and `eddsa-rdfc-2022`, so every wallet
//! can check them; the importer takes one proof or several, and a badge whose proofs SkillPass
//! cannot check is kept as "not checked", never as signed. (Other people's verifiers check the
//! same exports in `tests/interop/`.)

use ed25519_dalek::SigningKey;
use proptest::prelude::*;
use serde_json::{json, Value};
use skillpass_core::credential::class::{Edition, SignedClass, ROOM_IDENTITY};
use skillpass_core::credential::eddsa::{self, ProofCheck, ProofError, Suite};
use skillpass_core::credential::{self, rdfc, BadgeError, Trust};
use skillpass_core::reference::{forklift_class, generated_classes};
use skillpass_core::share::{self, qr, Opened};

mod common;

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn with_proofs(badge: &Value, proofs: Vec<Value>) -> Value {
    let mut b = badge.clone();
    b["proof"] = match proofs.len() {
        1 => proofs[0].clone(),
        _ => Value::Array(proofs),
    };
    b
}

fn proofs(badge: &Value) -> Vec<Value> {
    badge["proof"].as_array().cloned().unwrap()
}

#[test]
fn a_signed_class_carries_both_proofs_by_one_key() {
    for learner in [None, Some("María H.")] {
        let signed = forklift_class(learner).sign(&key(5));
        assert!(signed.rdfc.is_some() && signed.verify());
        let badge = signed.to_open_badge().unwrap();
        let p = proofs(&badge);
        let suites: Vec<&str> = p
            .iter()
            .map(|x| x["cryptosuite"].as_str().unwrap())
            .collect();
        assert_eq!(suites, ["eddsa-jcs-2022", "eddsa-rdfc-2022"]);
        assert_eq!(p[0]["verificationMethod"], p[1]["verificationMethod"]);
        assert_eq!(
            eddsa::check_proofs(&badge),
            vec![ProofCheck::Verified(key(5).verifying_key()); 2]
        );
        // Each proof alone verifies, and gives the same fingerprint.
        for one in &p {
            let alone = with_proofs(&badge, vec![one.clone()]);
            let checked = credential::checked_badge(&alone).ok().unwrap();
            assert_eq!(
                checked.fingerprint.as_deref(),
                Some(signed.fingerprint().as_str())
            );
        }
    }
}

#[test]
fn the_room_record_names_its_session_as_open_badges_requires() {
    let signed = forklift_class(None).sign(&key(5));
    let badge = signed.to_open_badge().unwrap();
    let ids = badge["credentialSubject"]["identifier"].as_array().unwrap();
    assert_eq!(ids.len(), 1);
    assert_eq!(ids[0]["identityType"], ROOM_IDENTITY);
    assert_eq!(ids[0]["identityHash"], badge["id"]);
    assert_eq!(ids[0]["hashed"], false);
    // Read back, a room record names no learner.
    assert_eq!(
        credential::checked_badge(&badge).ok().unwrap().learner,
        None
    );
    // The record signed before December 2026 had no identifier, and old links still verify so.
    let old = forklift_class(None).document_of(&key(5).verifying_key(), Edition::One);
    assert!(old["credentialSubject"].get("identifier").is_none());
}

#[test]
fn any_change_to_the_document_or_either_proof_fails() {
    let badge = forklift_class(Some("María H."))
        .sign(&key(5))
        .to_open_badge()
        .unwrap();
    type Edit = Box<dyn Fn(&mut Value)>;
    let edits: Vec<(&str, Edit)> = vec![
        (
            "name",
            Box::new(|b| b["credentialSubject"]["achievement"]["name"] = "Crane".into()),
        ),
        (
            "skill",
            Box::new(|b| {
                b["credentialSubject"]["achievement"]["alignment"][2]["targetName"] = "x".into()
            }),
        ),
        (
            "issuer",
            Box::new(|b| b["issuer"]["name"] = "Valley Training Centre".into()),
        ),
        (
            "day",
            Box::new(|b| b["validFrom"] = "2026-11-21T00:00:00Z".into()),
        ),
        (
            "learner",
            Box::new(|b| b["credentialSubject"]["identifier"][0]["identityHash"] = "Ana".into()),
        ),
        (
            "jcs created",
            Box::new(|b| b["proof"][0]["created"] = "2026-11-22T00:00:00Z".into()),
        ),
        (
            "rdfc created",
            Box::new(|b| b["proof"][1]["created"] = "2026-11-22T00:00:00Z".into()),
        ),
        (
            "rdfc value",
            Box::new(|b| {
                let v = b["proof"][1]["proofValue"].as_str().unwrap().to_string();
                let last = if v.ends_with('2') { '3' } else { '2' };
                b["proof"][1]["proofValue"] = format!("{}{last}", &v[..v.len() - 1]).into();
            }),
        ),
    ];
    for (what, edit) in edits {
        let mut b = badge.clone();
        edit(&mut b);
        assert_eq!(eddsa::verify(&b), Err(ProofError::Mismatch), "{what}");
        assert_eq!(
            credential::checked_badge(&b).err(),
            Some(BadgeError::Mismatch),
            "{what}"
        );
        // The changed proof fails alone too, whichever of the two it is.
        let checks = eddsa::check_proofs(&b);
        assert!(checks.contains(&ProofCheck::Mismatch), "{what}: {checks:?}");
    }
}

#[test]
fn a_badge_signed_by_digital_bazaars_rdfc_suite_alone_verifies() {
    // Made in node by tests/interop/make-fixtures.mjs from one of our documents.
    let doc: Value = serde_json::from_str(&common::read_repo(
        "core/tests/fixtures/badge_rdfc_node.json",
    ))
    .unwrap();
    assert_eq!(doc["proof"]["cryptosuite"], "eddsa-rdfc-2022");
    let checked = credential::checked_badge(&doc).expect("verifies");
    // Signed with the interop test key (interop_badges.rs): the same fingerprint as its jcs proof.
    let ours = skillpass_core::credential::class::fingerprint(&key(42).verifying_key().to_bytes());
    assert_eq!(checked.fingerprint.as_deref(), Some(ours.as_str()));
    assert!(matches!(
        credential::trust(&checked.credential, "Ana"),
        Trust::Signed { .. }
    ));
    let mut edited = doc.clone();
    edited["name"] = "Changed".into();
    assert_eq!(
        credential::checked_badge(&edited).err(),
        Some(BadgeError::Mismatch)
    );
}

#[test]
fn proofs_that_cannot_be_checked_are_kept_as_not_checked_never_as_signed() {
    let badge = forklift_class(None).sign(&key(5)).to_open_badge().unwrap();
    let [_, rdfc_proof] = <[Value; 2]>::try_from(proofs(&badge)).unwrap();
    let mut other = rdfc_proof.clone();
    other["cryptosuite"] = "ecdsa-rdfc-2019".into();
    let unsupported = with_proofs(&badge, vec![other.clone()]);
    let checked = credential::checked_badge(&unsupported).expect("kept");
    assert_eq!(checked.fingerprint, None);
    assert_eq!(
        credential::trust(&checked.credential, "Ana"),
        Trust::NotChecked {
            provider: "Valley Training Center".into()
        }
    );
    assert!(!credential::is_signed(&checked.credential, "Ana"));
    let line = skillpass_core::i18n::trust_line(
        skillpass_core::locale::Lang::En,
        &credential::trust(&checked.credential, "Ana"),
    );
    assert!(
        line.contains("Not checked") && line.contains("Valley Training Center"),
        "{line}"
    );

    // An unknown proof beside one that verifies: signed. Beside one that fails: refused.
    let jcs = proofs(&badge)[0].clone();
    let mixed = with_proofs(&badge, vec![other.clone(), jcs.clone()]);
    assert!(credential::checked_badge(&mixed)
        .ok()
        .unwrap()
        .fingerprint
        .is_some());
    let mut bad = jcs.clone();
    bad["created"] = "2020-01-01T00:00:00Z".into();
    let failing = with_proofs(&badge, vec![other, bad]);
    assert_eq!(
        credential::checked_badge(&failing).err(),
        Some(BadgeError::Mismatch)
    );

    // A document with a term the RDF reader does not know: its rdfc proof is not checked (and so
    // the badge, with only that proof, is not checked), never guessed at.
    let mut extra = with_proofs(&badge, vec![rdfc_proof]);
    extra["credentialSubject"]["achievement"]["image"] =
        json!({"id": "https://x.org/i.png", "type": "Image"});
    assert_eq!(eddsa::check_proofs(&extra), vec![ProofCheck::NotChecked]);
    assert_eq!(
        credential::checked_badge(&extra).ok().unwrap().fingerprint,
        None
    );

    // No proof at all is not a signed badge.
    let mut none = badge.clone();
    none.as_object_mut().unwrap().remove("proof");
    assert_eq!(
        credential::checked_badge(&none).err(),
        Some(BadgeError::Unsupported)
    );
}

#[test]
fn two_proofs_by_different_keys_are_not_one_signature() {
    let a = forklift_class(None).sign(&key(5)).to_open_badge().unwrap();
    let b = forklift_class(None).sign(&key(6)).to_open_badge().unwrap();
    // Key 6's proof over key 5's document fails; a proof set must agree on its key.
    let mixed = with_proofs(&a, vec![proofs(&a)[0].clone(), proofs(&b)[1].clone()]);
    assert!(eddsa::verify(&mixed).is_err());
}

#[test]
fn links_made_before_december_2026_still_open_and_verify() {
    for line in common::read_repo("core/tests/fixtures/class_links_v1.txt").lines() {
        let Some(link) = line.split_whitespace().last().filter(|l| l.contains('#')) else {
            continue;
        };
        let (_, fragment) = link.split_once('#').unwrap();
        let Ok(Opened::Class(c)) = share::open_any(fragment) else {
            panic!("{link}");
        };
        assert!(c.verify() && c.rdfc.is_none());
        assert_eq!(c.edition(), Edition::One);
        // Exported as before: one proof, an object.
        assert_eq!(
            c.to_open_badge().unwrap()["proof"]["cryptosuite"],
            "eddsa-jcs-2022"
        );
    }
}

#[test]
fn a_six_skill_class_with_both_proofs_fits_qr_version_13_at_m() {
    for learner in [None, Some("María H.")] {
        let link = forklift_class(learner)
            .sign(&key(7))
            .link("https://skillpass.example");
        let code = qr::build(&link, qr::Level::M).unwrap();
        assert!(qr::version(&code) <= 13, "version {}", qr::version(&code));
    }
}

#[test]
fn the_n_quads_of_a_generated_class_are_stable_and_complete() {
    // One quad per field shown, so nothing a reader sees is outside the rdfc signature.
    let signed = forklift_class(Some("María H.")).sign(&key(5));
    let doc = signed.document(&key(5).verifying_key());
    let nquads = rdfc::canonize(&doc).unwrap();
    for text in [
        "Forklift Safety",
        "Valley Training Center",
        "María H.",
        "2026-11-20T00:00:00Z",
        "Driving test on site",
    ] {
        assert!(nquads.contains(text), "{text} is signed");
    }
    let alignment = doc["credentialSubject"]["achievement"]["alignment"]
        .as_array()
        .unwrap();
    for a in alignment {
        assert!(nquads.contains(a["targetName"].as_str().unwrap()));
    }
    assert!(nquads.lines().all(|l| l.ends_with(" .")));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]
    #[test]
    fn every_class_the_form_accepts_signs_with_both_and_survives_its_link(i in 0usize..200) {
        let record = generated_classes(i + 1).pop().unwrap();
        let signed: SignedClass = record.sign(&key(3));
        prop_assert!(signed.rdfc.is_some());
        prop_assert!(signed.verify());
        let back = SignedClass::decode(&signed.encode()).unwrap();
        prop_assert_eq!(&back, &signed);
        let badge = back.to_open_badge().unwrap();
        prop_assert_eq!(eddsa::check_proofs(&badge), vec![ProofCheck::Verified(key(3).verifying_key()); 2]);
        // A document's RDF form has no blank node that could be swapped for another.
        let doc = back.document(&key(3).verifying_key());
        prop_assert!(rdfc::canonize(&doc).is_some());
        let config = eddsa::proof_config_for(Suite::Rdfc, &doc, &key(3).verifying_key(), "2026-01-01T00:00:00Z");
        prop_assert!(rdfc::canonize(&config).is_some());
    }
}

#[test]
fn a_badge_signed_only_with_a_suite_skillpass_lacks_opens_as_not_checked() {
    // A real ecdsa-rdfc-2019 proof, made in node by tests/interop/make-fixtures.mjs.
    let text = common::read_repo("core/tests/fixtures/badge_unsupported_node.json");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let Ok(skillpass_core::files::Picked::Training(Ok(c))) =
        skillpass_core::files::open_any(&text, today)
    else {
        panic!("kept");
    };
    assert!(matches!(
        credential::trust(&c, "Ana"),
        Trust::NotChecked { .. }
    ));
    // Saved in a profile and shown again, it still reads as not checked.
    let p = skillpass_core::change::apply(
        &skillpass_core::Profile::default(),
        &skillpass_core::Change::AddTraining {
            credential: Box::new(c),
            today,
        },
    )
    .unwrap();
    assert!(matches!(
        credential::trust(&p.credentials[0], &p.name),
        Trust::NotChecked { .. }
    ));
    assert!(skillpass_core::credential::signed_class_skills(&p).is_empty());
}

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
    assert_eq!(badge["proof"][0]["cryptosuite"], "eddsa-jcs-2022");
    assert_eq!(badge["proof"][1]["cryptosuite"], "eddsa-rdfc-2022");
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
/// the document rebuilt by this release, so the name signed for a released skill (its override in
/// `core/data/signed_wording_overrides.tsv`, else its display text) must never change, or every
/// class already signed with it would read "does not match its signature". Display wording is free.
#[test]
fn released_skill_wording_in_signed_documents_never_changes() {
    use skillpass_core::credential::class::signed_skill_name;
    let frozen = include_str!("fixtures/signed_skill_wording_v2.tsv");
    let t = skillpass_core::taxonomy::get();
    let mut rows = 0;
    for line in frozen.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let id = SkillId::new(cols[0]);
        let skill = t
            .skill(&id)
            .unwrap_or_else(|| panic!("released skill {} is gone", cols[0]));
        assert_eq!(
            signed_skill_name(&id),
            cols[1],
            "{} is signed as {:?} but was released as {:?}: its display text changed to {:?}. \
             Keep the released wording by adding the line \"{}\\t{}\" to \
             core/data/signed_wording_overrides.tsv",
            cols[0],
            signed_skill_name(&id),
            cols[1],
            skill.words.en(),
            cols[0],
            cols[1],
        );
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

fn with_class(signed: &SignedClass, name: &str) -> Profile {
    apply(
        &learner_profile(name),
        &Change::AddTraining {
            credential: Box::new(signed.credential()),
            today: day(2026, 11, 29),
        },
    )
    .unwrap()
}

/// The backup file of the issue: a genuinely signed forklift class with `"cert": "cert:cna"`
/// added. Read back, it must not say "Certified Nursing Assistant (CNA) — Class record signed by".
#[test]
fn a_certificate_added_to_a_signed_class_in_a_backup_reads_as_changed() {
    use skillpass_core::files;
    use skillpass_core::i18n::{trust_line, Lang};
    use skillpass_core::summary::credential_name;
    let p = with_class(&forklift(None).sign(&key(9)), "Ana");
    assert!(matches!(
        credential::trust(&p.credentials[0], &p.name),
        Trust::Signed { .. }
    ));
    let saved = chrono::DateTime::parse_from_rfc3339("2026-11-30T10:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let mut doc: Value = serde_json::from_str(&files::backup(&p, saved)).unwrap();
    doc["profile"]["credentials"][0]["cert"] = "cert:cna".into();
    let (_, opened) = files::open(&doc.to_string(), day(2026, 12, 1)).unwrap();
    let c = &opened.profile.credentials[0];
    assert_eq!(
        credential_name(c, Lang::En),
        "Certified Nursing Assistant (CNA)"
    );
    let trust = credential::trust(c, &opened.profile.name);
    assert_eq!(trust, Trust::Broken);
    assert!(!trust_line(Lang::En, &trust).contains("signed by"));
}

/// An edit someone could make to a saved credential.
type Edit = fn(&mut skillpass_core::Credential);

/// Every shown field of a signed class is a signed field: the kind, the certificate picked from
/// the list, the date and the issuer each count, not only the name, provider and skills.
#[test]
fn any_unsigned_field_on_a_signed_class_reads_as_changed() {
    let signed = forklift(Some("María H.")).sign(&key(9));
    let c = signed.credential();
    assert!(matches!(
        credential::trust(&c, "María H."),
        Trust::Signed { .. }
    ));
    let edits: [(&str, Edit); 6] = [
        ("a listed certificate", |c| c.cert = Some("cert:cna".into())),
        ("another month", |c| {
            c.date = skillpass_core::YearMonth::new(2020, 1).ok()
        }),
        ("no month", |c| c.date = None),
        ("a certificate, not a class", |c| {
            c.kind = skillpass_core::CredentialKind::Certificate
        }),
        ("another issuer", |c| c.issuer = Some("State Board".into())),
        ("an added skill", |c| {
            c.skills.push(SkillId::new("sp:teamwork-2"))
        }),
    ];
    for (what, edit) in edits {
        let mut changed = c.clone();
        edit(&mut changed);
        assert_eq!(
            credential::trust(&changed, "María H."),
            Trust::Broken,
            "{what} kept the signed label"
        );
    }
}

/// The same for an Open Badges file kept whole: its issuer name, date, kind and certificate are
/// checked against the signed document too.
#[test]
fn any_unsigned_field_on_an_imported_open_badge_reads_as_changed() {
    let badge = forklift(None).sign(&key(6)).to_open_badge().unwrap();
    let c = credential::checked_badge(&badge).ok().unwrap().credential;
    assert!(matches!(credential::trust(&c, "Ana"), Trust::Signed { .. }));
    let edits: [(&str, Edit); 5] = [
        ("another issuer", |c| c.issuer = Some("State Board".into())),
        ("no issuer", |c| c.issuer = None),
        ("a listed certificate", |c| c.cert = Some("cert:cna".into())),
        ("another month", |c| {
            c.date = skillpass_core::YearMonth::new(2020, 1).ok()
        }),
        ("a certificate, not a class", |c| {
            c.kind = skillpass_core::CredentialKind::Certificate
        }),
    ];
    for (what, edit) in edits {
        let mut changed = c.clone();
        edit(&mut changed);
        assert_eq!(
            credential::trust(&changed, "Ana"),
            Trust::Broken,
            "{what} kept the signed label"
        );
    }
}

/// "Learned in a class" is said only of a skill a signed class on the profile lists; a skill
/// marked as from a class in an edited file, or from a class whose signature broke, reads as
/// added by the worker.
#[test]
fn learned_in_a_class_is_said_only_of_a_signed_class_skill() {
    use skillpass_core::summary::shown_source;
    let signed = forklift(None).sign(&key(2));
    let mut p = with_class(&signed, "Ana");
    let taught = signed.record.skills[0].clone();
    assert_eq!(shown_source(&p, &taught), Some(SkillSource::Training));
    p.skills.push(skillpass_core::Skill {
        id: SkillId::new("sp:cash-register"),
        source: SkillSource::Training,
        added: day(2026, 11, 29),
    });
    assert_eq!(
        shown_source(&p, &SkillId::new("sp:cash-register")),
        Some(SkillSource::Chosen),
        "no signed class on the profile teaches it"
    );
    p.credentials[0].name = "Crane Safety".into();
    assert_eq!(shown_source(&p, &taught), Some(SkillSource::Chosen));
    assert_eq!(shown_source(&p, &SkillId::new("sp:not-there")), None);
}

/// The caseworker's summary says "signed" only when the same check the profile page makes says
/// so: a signature that no longer matches is not "signed".
#[test]
fn the_intake_summary_uses_the_same_trust_check() {
    use skillpass_core::i18n::Lang;
    use skillpass_core::intake;
    let mut p = with_class(&forklift(None).sign(&key(2)), "Ana");
    let signed = |p: &Profile| -> Value {
        let doc: Value = serde_json::from_str(&intake::json(p, Lang::En)).unwrap();
        doc["credentials"][0]["signed"].clone()
    };
    assert_eq!(signed(&p), Value::Bool(true));
    p.credentials[0].cert = Some("cert:cna".into());
    assert_eq!(signed(&p), Value::Bool(false));
    p.credentials[0].cert = None;
    p.credentials[0].signature = Some("sp1:12345".into());
    assert_eq!(signed(&p), Value::Bool(false));
}

/// Fingerprints are 80 bits of the key's SHA-256 in Crockford base32, four groups of four, short
/// enough for one line on a 320 px phone; the same key always gives the same one.
#[test]
fn trainer_fingerprints_carry_80_bits_a_person_can_compare() {
    use skillpass_core::credential::class::fingerprint;
    const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let k = key(7).verifying_key().to_bytes();
    let fp = fingerprint(&k);
    assert_eq!(fp.len(), 19, "{fp}");
    let groups: Vec<&str> = fp.split('-').collect();
    assert_eq!(groups.len(), 4, "{fp}");
    assert!(groups
        .iter()
        .all(|g| g.len() == 4 && g.chars().all(|c| ALPHABET.contains(c))));
    // The 16 letters and digits read back to the first 80 bits of SHA-256(key).
    let mut bits = 0u128;
    for c in fp.chars().filter(|c| *c != '-') {
        bits = bits << 5 | ALPHABET.find(c).unwrap() as u128;
    }
    let hash = eddsa::sha256(&k);
    let mut want = 0u128;
    for b in &hash[..10] {
        want = want << 8 | u128::from(*b);
    }
    assert_eq!(bits, want);
    assert_eq!(fingerprint(&k), fp, "same key, same fingerprint");
    assert_ne!(fingerprint(&key(8).verifying_key().to_bytes()), fp);
    assert_eq!(forklift(None).sign(&key(7)).fingerprint(), fp);
}

/// A provider or learner written with a right-to-left override never reads as a reversed spoof
/// ("\u{202E}live" shown as "evil") on a trust line, and the signature still holds.
#[test]
fn bidi_overrides_in_signed_names_are_neutralised_on_trust_lines() {
    use skillpass_core::i18n::{trust_line, Lang};
    let mut record = forklift(Some("\u{202E}aíraM"));
    record.provider = "\u{202E}live\u{202C} Training".into();
    let signed = record.sign(&key(3));
    let p = with_class(&signed, "María");
    let trust = credential::trust(&p.credentials[0], &p.name);
    let Trust::Signed {
        provider, learner, ..
    } = &trust
    else {
        panic!("{trust:?}");
    };
    assert_eq!(provider, "live Training");
    assert_eq!(learner.as_deref(), Some("aíraM"));
    for lang in [Lang::En, Lang::Es] {
        let line = trust_line(lang, &trust);
        assert!(
            !line.chars().any(skillpass_core::bidi::is_control),
            "{line:?}"
        );
    }
}

/// Signed names come from the frozen wording: a skill's display text may change, and a class
/// signed before still verifies, as long as the old wording is kept as an override.
#[test]
fn a_reworded_skill_keeps_its_signed_name_through_an_override() {
    use skillpass_core::credential::class::{signed_name, SIGNED_OVERRIDES};
    let record = forklift(None);
    let signed = record.clone().sign(&key(4));
    let id = record.skills[0].as_str().to_string();
    let t = skillpass_core::taxonomy::get();
    let released = t.skill(&record.skills[0]).unwrap().words.en().to_string();
    // Display wording as a later release might have it.
    let reworded = |s: &SkillId| -> String {
        let words = t.skill(s).unwrap().words.en();
        if s.as_str() == id {
            format!("{words}, now in plainer words")
        } else {
            words.to_string()
        }
    };
    let public = signed.public_key().unwrap();
    let verifies = |overrides: &str| {
        let doc = record.document_worded(
            &public,
            &reworded,
            overrides,
            skillpass_core::credential::class::Edition::Two,
        );
        let created = format!("{}T00:00:00Z", record.signed_on);
        let config = eddsa::proof_config(&doc, &public, &created);
        eddsa::verify(&eddsa::attach(&doc, config, &signed.signature)).is_ok()
    };
    assert!(
        !verifies(SIGNED_OVERRIDES),
        "without an override, rewording breaks the signature (the fixture test catches this)"
    );
    let table = format!("{SIGNED_OVERRIDES}{id}\t{released}\n");
    assert!(verifies(&table), "the override keeps the signed wording");
    assert_eq!(
        signed_name(&id, "Anything new", &table),
        released.as_str(),
        "override wins over display text"
    );
    assert_eq!(
        signed_name("sp:teamwork", "Worked in a team", &table),
        "Worked in a team"
    );
}

/// The trust line in pieces (names apart, for the screen to isolate) reads word for word as before.
#[test]
fn trust_lines_read_the_same_in_pieces() {
    use skillpass_core::i18n::{trust_line, trust_pieces, Lang, Piece};
    let signed = forklift(Some("María H.")).sign(&key(9));
    let fp = signed.fingerprint();
    let trust = credential::trust(&signed.credential(), "Rosa Díaz");
    assert_eq!(
        trust_line(Lang::En, &trust),
        format!("Signed by \"Valley Training Center\" for María H. — key {fp}. This record is for María H., not the name on this profile.")
    );
    assert_eq!(
        trust_line(Lang::Es, &trust),
        format!("Firmado por «Valley Training Center» para María H. — llave {fp}. Este registro es para María H., no para el nombre de este perfil.")
    );
    let names: Vec<_> = trust_pieces(Lang::En, &trust)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Name(n) => Some(n),
            Piece::Words(_) | Piece::Key(_) => None,
        })
        .collect();
    assert_eq!(names, ["Valley Training Center", "María H.", "María H."]);
    assert!(trust_pieces(Lang::Es, &trust).contains(&Piece::Key(fp.clone())));
    let room = forklift(None).sign(&key(9));
    assert_eq!(
        trust_line(Lang::En, &credential::trust(&room.credential(), "Ana")),
        format!("Class record signed by \"Valley Training Center\" — key {fp}")
    );
    assert_eq!(
        trust_line(Lang::Es, &credential::trust(&room.credential(), "Ana")),
        format!("Registro de clase firmado por «Valley Training Center» — llave {fp}")
    );
}

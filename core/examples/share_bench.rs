//! For each reference profile: JSON size (the fixture, and SkillPass's saved form), payload bytes,
//! link length, QR version at M and Q, and encode/decode time.  cargo run --release -p skillpass-core --example share_bench
//! (reads ../shared/fixtures/profiles; set SKILLPASS_SHARED to look elsewhere)

use chrono::NaiveDate;
use skillpass_core::share::{self, codec, qr};
use std::path::PathBuf;
use std::time::Instant;

const ORIGIN: &str = "https://skillpass.example.org/";

fn main() {
    let shared = std::env::var_os("SKILLPASS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    println!(
        "{:<12} {:>8} {:>8} {:>8} {:>6} {:>5} {:>5} {:>10} {:>10}",
        "profile", "fixture", "saved", "payload", "link", "QR M", "QR Q", "encode µs", "decode µs"
    );
    for name in ["R1-typical", "R2-minimal", "R3-large"] {
        let path = shared.join(format!("fixtures/profiles/{name}.json"));
        let json = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let profile =
            skillpass_core::reference::from_json(&json, today).expect("reference profile");
        let saved = serde_json::to_string(&profile).unwrap();
        let payload = codec::encode(&profile);
        let link = share::link(ORIGIN, &profile);
        let runs = 2000;
        let t0 = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(share::link(ORIGIN, std::hint::black_box(&profile)));
        }
        let enc = t0.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
        let fragment = link.split_once('#').unwrap().1;
        let t0 = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(share::open(std::hint::black_box(fragment)).unwrap());
        }
        let dec = t0.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
        assert_eq!(share::open(fragment).unwrap(), profile, "{name} round trip");
        let v = |l| qr::build(&link, l).map_or(0, |c| qr::version(&c));
        println!(
            "{name:<12} {:>8} {:>8} {:>8} {:>6} {:>5} {:>5} {enc:>10.1} {dec:>10.1}",
            json.len(),
            saved.len(),
            payload.len(),
            link.len(),
            v(qr::Level::M),
            v(qr::Level::Q)
        );
    }

    println!();
    class_links();
}

/// A trainer's six-skill class, for the room and for one learner, with both proofs (and, for
/// comparison, as links were made before December 2026 with the `eddsa-jcs-2022` one only):
/// payload, link, QR version (the ceiling is 13 at M), and the time to sign and to check it.
fn class_links() {
    use ed25519_dalek::SigningKey;
    let key = SigningKey::from_bytes(&[7; 32]);
    println!(
        "{:<12} {:>8} {:>6} {:>5} {:>5} {:>10} {:>10}",
        "class", "payload", "link", "QR M", "QR Q", "sign µs", "verify µs"
    );
    use skillpass_core::credential::class::Edition;
    use skillpass_core::credential::eddsa;
    for (label, learner, both) in [
        ("6 skills", None, true),
        ("+ learner", Some("María H."), true),
        ("1 proof", None, false),
        ("+ learner", Some("María H."), false),
    ] {
        let record = skillpass_core::reference::forklift_class(learner);
        let runs = 200;
        let t0 = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(record.clone().sign(&key));
        }
        let sign = t0.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
        let mut signed = record.clone().sign(&key);
        if !both {
            let doc = record.document_of(&key.verifying_key(), Edition::One);
            let created = format!("{}T00:00:00Z", record.signed_on);
            signed.rdfc = None;
            signed.signature = eddsa::signature(&doc, &key, &created);
        }
        let t0 = Instant::now();
        for _ in 0..runs {
            assert!(std::hint::black_box(&signed).verify());
        }
        let verify = t0.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
        let link = signed.link(ORIGIN);
        let v = |l| qr::build(&link, l).map_or(0, |c| qr::version(&c));
        println!(
            "{label:<12} {:>8} {:>6} {:>5} {:>5} {sign:>10.1} {verify:>10.1}",
            signed.encode().len(),
            link.len(),
            v(qr::Level::M),
            v(qr::Level::Q)
        );
    }
}

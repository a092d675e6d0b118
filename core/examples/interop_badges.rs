//! Writes the signed class badges and canonical N-Quads that `tests/interop/` checks with other
//! people's tools (Digital Bazaar's and the DCC's verifiers, `jsonld` + `rdf-canonize`, the Open
//! Badges JSON Schema): `cargo run -p skillpass-core --example interop_badges -- DIR`.
//!
//! DIR/badges/*.json: exported badges (both proofs), and key.json, the test key that signed them.
//! DIR/canon/*.json: `[{input, nquads}]`, each document and `eddsa-rdfc-2022` proof config with
//! the N-Quads SkillPass canonicalizes it to.

use std::fs;
use std::path::PathBuf;

use ed25519_dalek::SigningKey;
use serde_json::{json, Value};
use skillpass_core::credential::class::SignedClass;
use skillpass_core::credential::eddsa::{self, Suite};
use skillpass_core::credential::rdfc;
use skillpass_core::reference::{forklift_class, generated_classes};

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/interop".into()),
    );
    let (badges, canon) = (dir.join("badges"), dir.join("canon"));
    fs::create_dir_all(&badges).expect("can write the badges folder");
    fs::create_dir_all(&canon).expect("can write the canon folder");
    let key = SigningKey::from_bytes(&[42; 32]);
    let public = key.verifying_key();
    fs::write(
        badges.join("key.json"),
        json!({
            "publicKeyMultibase": eddsa::public_multibase(&public),
            "secretKeyMultibase": eddsa::secret_multibase(&key),
        })
        .to_string(),
    )
    .expect("can write key.json");
    let mut records = vec![
        ("forklift-room".to_string(), forklift_class(None)),
        (
            "forklift-maria".to_string(),
            forklift_class(Some("María H.")),
        ),
    ];
    records.extend(
        generated_classes(60)
            .into_iter()
            .enumerate()
            .map(|(i, r)| (format!("generated-{i:02}"), r)),
    );
    let mut pairs: Vec<Value> = Vec::new();
    for (name, record) in records {
        let signed: SignedClass = record.sign(&key);
        assert!(
            signed.rdfc.is_some() && signed.verify(),
            "{name} signs with both suites"
        );
        let badge = signed.to_open_badge().expect("a signed class exports");
        let text = serde_json::to_string_pretty(&badge).expect("JSON");
        fs::write(badges.join(format!("{name}.json")), text).expect("can write a badge");
        let doc = signed.document(&public);
        let created = format!("{}T00:00:00Z", signed.record.signed_on);
        let config = eddsa::proof_config_for(Suite::Rdfc, &doc, &public, &created);
        for input in [doc, config] {
            let nquads = rdfc::canonize(&input).expect("our documents canonicalize");
            pairs.push(json!({ "input": input, "nquads": nquads }));
        }
    }
    let count = pairs.len();
    fs::write(canon.join("classes.json"), Value::Array(pairs).to_string()).expect("can write");
    println!(
        "wrote {count} canonical forms and their badges to {}",
        dir.display()
    );
}

//! `eddsa::jcs`, SkillPass's own RFC 8785 canonical JSON, against `serde_json_canonicalizer` (the
//! crate the app used before issue 18) on generated documents: nested objects and arrays, every
//! kind of string (quotes, backslashes, control characters, RTL overrides, characters above U+FFFF
//! that sort differently in UTF-16), integers to ±2^53. And what it will not write: fractions.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use skillpass_core::credential::eddsa::{self, ProofCheck};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{0,6}",
        "[\"\\\\\u{0}-\u{1f}\u{7f}\u{202e}\u{2028}]{0,4}",
        "[\u{e000}-\u{e005}\u{10000}-\u{10005}\u{1f600}é]{0,4}",
        any::<String>(),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-(1i64 << 53)..=(1i64 << 53)).prop_map(|n| json!(n)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((text(), inner), 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn the_same_bytes_as_serde_json_canonicalizer(v in value()) {
        let ours = eddsa::jcs(&v).expect("integers and strings only");
        prop_assert_eq!(&ours, &serde_json_canonicalizer::to_string(&v).unwrap());
        prop_assert_eq!(eddsa::canonical(&v), ours);
    }
}

#[test]
fn keys_above_u_ffff_sort_by_utf16_as_the_rfc_says() {
    // U+10000 is D800 DC00 in UTF-16: before U+E000, though after it by code point.
    let v = json!({"\u{e000}": 1, "\u{10000}": 2, "a": 3});
    assert_eq!(
        eddsa::jcs(&v).unwrap(),
        "{\"a\":3,\"\u{10000}\":2,\"\u{e000}\":1}"
    );
}

#[test]
fn a_fraction_is_not_written_and_its_proof_is_not_checked() {
    for n in [
        json!(1.5),
        json!(1e300),
        json!(u64::MAX),
        json!(-(1i64 << 60)),
    ] {
        assert_eq!(eddsa::jcs(&json!({"n": n})), None, "{n}");
    }
    // An Open Badges file from elsewhere with a fraction in it: "not checked", never "does not
    // match" (that would say someone changed it).
    let key = ed25519_dalek::SigningKey::from_bytes(&[3; 32]);
    let mut badge = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"score": 3.5},
    });
    let mut proof = eddsa::proof_config(&badge, &key.verifying_key(), "2026-01-01T00:00:00Z");
    proof["proofValue"] = eddsa::proof_value(&[7; 64]).into();
    badge["proof"] = proof;
    assert_eq!(eddsa::check_proofs(&badge), vec![ProofCheck::NotChecked]);
    // The same made-up signature over a whole number is checked, and found not to match.
    badge["credentialSubject"]["score"] = json!(3);
    assert_eq!(eddsa::check_proofs(&badge), vec![ProofCheck::Mismatch]);
}

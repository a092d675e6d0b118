//! W3C Data Integrity proofs with the `eddsa-jcs-2022` and `eddsa-rdfc-2022` cryptosuites, and
//! `did:key` for Ed25519.
//!
//! Signing: hash = SHA-256(JCS(proof config)) ‖ SHA-256(JCS(document without proof)); the proof
//! value is the Ed25519 signature of those 64 bytes, base58btc with a `z` prefix. JCS is RFC 8785
//! (sorted keys, no spaces, ECMAScript number form). We chose the JCS suite over RDFC because it
//! needs no JSON-LD processor or remote contexts — checking works offline, in the browser. Wallets
//! (the DCC's verifier) and 1EdTech's validator check only `eddsa-rdfc-2022`, so classes carry that
//! proof too, canonicalized by [`super::rdfc`] without a JSON-LD processor.

use ed25519_dalek::{Signature, Signer};
pub use ed25519_dalek::{SigningKey, VerifyingKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

pub const CRYPTOSUITE: &str = "eddsa-jcs-2022";
/// Multicodec prefixes (varint) of an Ed25519 public key and of its 32-byte secret seed.
const PUBLIC_PREFIX: [u8; 2] = [0xed, 0x01];
const SECRET_PREFIX: [u8; 2] = [0x80, 0x26];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProofError {
    /// No proof, or none SkillPass can check (see [`ProofCheck::NotChecked`]).
    NotEddsaJcs,
    /// The verification method is not a `did:key` Ed25519 key.
    UnknownKey,
    /// The proof is well formed but the signature does not match the document.
    Mismatch,
}

fn multibase(prefix: [u8; 2], bytes: &[u8; 32]) -> String {
    let mut all = prefix.to_vec();
    all.extend_from_slice(bytes);
    format!("z{}", bs58::encode(all).into_string())
}

/// The longest base58 text of a 34-byte key and of a 64-byte signature (base58 decoding takes
/// time in the square of its length, so longer text is refused before it is decoded).
const MAX_KEY_CHARS: usize = 48;
pub const MAX_SIGNATURE_CHARS: usize = 90;

fn from_base58(s: &str, max_chars: usize) -> Option<Vec<u8>> {
    if s.len() > max_chars {
        return None;
    }
    bs58::decode(s).into_vec().ok()
}

fn from_multibase(prefix: [u8; 2], s: &str) -> Option<[u8; 32]> {
    let raw = from_base58(s.strip_prefix('z')?, MAX_KEY_CHARS)?;
    let key = raw.strip_prefix(&prefix[..])?;
    key.try_into().ok()
}

/// `z6Mk…`: the public key as a multibase string, the last part of its `did:key`.
pub fn public_multibase(key: &VerifyingKey) -> String {
    multibase(PUBLIC_PREFIX, key.as_bytes())
}

pub fn public_from_multibase(s: &str) -> Option<VerifyingKey> {
    VerifyingKey::from_bytes(&from_multibase(PUBLIC_PREFIX, s)?).ok()
}

/// `z3u2…`: the secret seed as multibase (the form of the W3C test vectors and of our key backup).
pub fn secret_multibase(key: &SigningKey) -> String {
    multibase(SECRET_PREFIX, &key.to_bytes())
}

pub fn secret_from_multibase(s: &str) -> Option<SigningKey> {
    Some(SigningKey::from_bytes(&from_multibase(SECRET_PREFIX, s)?))
}

pub fn did_key(key: &VerifyingKey) -> String {
    format!("did:key:{}", public_multibase(key))
}

/// `did:key:z6Mk…#z6Mk…`, the verification method a proof names.
pub fn verification_method(key: &VerifyingKey) -> String {
    let mb = public_multibase(key);
    format!("did:key:{mb}#{mb}")
}

/// The key of a `did:key` verification method (with or without its `#fragment`).
pub fn key_of_method(method: &str) -> Option<VerifyingKey> {
    let rest = method.strip_prefix("did:key:")?;
    let (id, fragment) = rest.split_once('#').unwrap_or((rest, rest));
    if id != fragment {
        return None;
    }
    public_from_multibase(id)
}

/// RFC 8785 canonical JSON of a document SkillPass signs (they hold no fractions, so this always
/// has an answer for them; see [`jcs`]).
pub fn canonical(v: &Value) -> String {
    jcs(v).unwrap_or_default()
}

/// RFC 8785 (JCS) canonical JSON: no white space, object members sorted by their names' UTF-16
/// code units, strings escaped as ECMAScript's `JSON.stringify` does (which is what `serde_json`
/// writes: `\"`, `\\`, `\b\f\n\r\t`, other controls as lowercase `\u00xx`, nothing else), numbers
/// as ECMAScript prints them. Only integers up to 2^53 are written: every other number (a
/// fraction, an exponent, a larger integer) would need ECMAScript's float printing, which is more
/// code in every phone's app than the one place that could meet it is worth. `None` for those: a
/// proof over such a document counts as "not checked", never as a mismatch. (Written here instead
/// of `serde_json_canonicalizer`, which cost ~10 KB of wasm with its float printer and parser.)
pub fn jcs(v: &Value) -> Option<String> {
    let mut out = String::new();
    write_jcs(v, &mut out)?;
    Some(out)
}

fn write_jcs(v: &Value, out: &mut String) -> Option<()> {
    const EXACT: u64 = 1 << 53;
    match v {
        Value::Null | Value::Bool(_) | Value::String(_) => out.push_str(&v.to_string()),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) if u <= EXACT => out.push_str(&u.to_string()),
            (_, Some(i)) if i.unsigned_abs() <= EXACT => out.push_str(&i.to_string()),
            _ => return None,
        },
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_jcs(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut members: Vec<(&String, &Value)> = map.iter().collect();
            crate::order::sort_by(&mut members, |a, b| {
                a.0.encode_utf16().cmp(b.0.encode_utf16())
            });
            out.push('{');
            for (i, (name, item)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(name.clone()).to_string());
                out.push(':');
                write_jcs(item, out)?;
            }
            out.push('}');
        }
    }
    Some(())
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The proof options for `doc`, signed by `key` at `created` (`YYYY-MM-DDThh:mm:ssZ`).
pub fn proof_config(doc: &Value, key: &VerifyingKey, created: &str) -> Value {
    let mut c = Map::new();
    c.insert("type".into(), "DataIntegrityProof".into());
    c.insert("cryptosuite".into(), CRYPTOSUITE.into());
    c.insert("created".into(), created.into());
    c.insert("verificationMethod".into(), verification_method(key).into());
    c.insert("proofPurpose".into(), "assertionMethod".into());
    if let Some(ctx) = doc.get("@context") {
        c.insert("@context".into(), ctx.clone());
    }
    Value::Object(c)
}

/// SHA-256 of the canonical proof config, then SHA-256 of the canonical document.
pub fn hash_data(doc: &Value, config: &Value) -> [u8; 64] {
    halves(&canonical(config), &canonical(doc))
}

/// What both suites sign: SHA-256 of the canonical proof config, then of the canonical document.
fn halves(config: &str, doc: &str) -> [u8; 64] {
    let mut out = [0u8; 64];
    out[..32].copy_from_slice(&sha256(config.as_bytes()));
    out[32..].copy_from_slice(&sha256(doc.as_bytes()));
    out
}

pub fn proof_value(sig: &[u8; 64]) -> String {
    format!("z{}", bs58::encode(sig).into_string())
}

/// The signature over `doc` (which must not hold a `proof`).
pub fn signature(doc: &Value, key: &SigningKey, created: &str) -> [u8; 64] {
    let config = proof_config(doc, &key.verifying_key(), created);
    key.sign(&hash_data(doc, &config)).to_bytes()
}

/// `doc` with its proof attached.
pub fn attach(doc: &Value, config: Value, sig: &[u8; 64]) -> Value {
    let mut proof = config;
    if let Value::Object(p) = &mut proof {
        p.insert("proofValue".into(), proof_value(sig).into());
    }
    let mut out = doc.clone();
    if let Value::Object(o) = &mut out {
        o.insert("proof".into(), proof);
    }
    out
}

pub fn sign(doc: &Value, key: &SigningKey, created: &str) -> Value {
    let sig = signature(doc, key, created);
    attach(doc, proof_config(doc, &key.verifying_key(), created), &sig)
}

/// The two Data Integrity cryptosuites SkillPass signs with, by the same key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suite {
    /// `eddsa-jcs-2022`: the document as canonical JSON.
    Jcs,
    /// `eddsa-rdfc-2022`: the document as canonical RDF ([`super::rdfc`]), what wallets check.
    Rdfc,
}

impl Suite {
    pub const ALL: [Suite; 2] = [Suite::Jcs, Suite::Rdfc];

    pub fn name(self) -> &'static str {
        match self {
            Suite::Jcs => CRYPTOSUITE,
            Suite::Rdfc => RDFC_CRYPTOSUITE,
        }
    }

    fn from_name(name: &str) -> Option<Suite> {
        Suite::ALL.into_iter().find(|s| s.name() == name)
    }
}

pub const RDFC_CRYPTOSUITE: &str = "eddsa-rdfc-2022";

/// [`proof_config`] for either suite. An `eddsa-rdfc-2022` config carries the document's
/// `@context` too: that is how the suite canonicalizes it.
pub fn proof_config_for(suite: Suite, doc: &Value, key: &VerifyingKey, created: &str) -> Value {
    let mut c = proof_config(doc, key, created);
    c["cryptosuite"] = suite.name().into();
    c
}

/// What is signed: SHA-256 of the canonical proof config, then of the canonical document; `None`
/// if an `eddsa-rdfc-2022` document is not one [`super::rdfc`] reads.
pub fn hash_data_for(suite: Suite, doc: &Value, config: &Value) -> Option<[u8; 64]> {
    match suite {
        Suite::Jcs => Some(halves(&jcs(config)?, &jcs(doc)?)),
        Suite::Rdfc => Some(halves(
            &super::rdfc::canonize(config)?,
            &super::rdfc::canonize(doc)?,
        )),
    }
}

/// The `suite` signature over `doc` (which must not hold a `proof`).
pub fn signature_for(
    suite: Suite,
    doc: &Value,
    key: &SigningKey,
    created: &str,
) -> Option<[u8; 64]> {
    let config = proof_config_for(suite, doc, &key.verifying_key(), created);
    Some(key.sign(&hash_data_for(suite, doc, &config)?).to_bytes())
}

/// `doc` with these proofs: one is attached as an object (as before), several as an array. An
/// `eddsa-jcs-2022` proof keeps its `@context` (it was signed so); an `eddsa-rdfc-2022` one takes
/// the document's, so it is left out, as Digital Bazaar's signer does.
pub fn attach_all(doc: &Value, proofs: Vec<(Suite, Value, [u8; 64])>) -> Value {
    let mut list: Vec<Value> = proofs
        .into_iter()
        .map(|(suite, mut config, sig)| {
            if let Value::Object(p) = &mut config {
                if suite == Suite::Rdfc {
                    p.remove("@context");
                }
                p.insert("proofValue".into(), proof_value(&sig).into());
            }
            config
        })
        .collect();
    let mut out = doc.clone();
    if let Value::Object(o) = &mut out {
        let proof = if list.len() == 1 {
            list.remove(0)
        } else {
            Value::Array(list)
        };
        o.insert("proof".into(), proof);
    }
    out
}

/// What one proof of a document says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProofCheck {
    /// This key signed exactly this document.
    Verified(VerifyingKey),
    /// A proof of a suite we check, whose signature does not match the document.
    Mismatch,
    /// A suite we check, but its key is not a `did:key` Ed25519 key.
    UnknownKey,
    /// Not a proof SkillPass can check offline (another suite, or an `eddsa-rdfc-2022` document
    /// with terms [`super::rdfc`] does not read).
    NotChecked,
}

/// The document's proofs (`proof` may be one object or an array), each checked on its own
/// against the document without any of them.
pub fn check_proofs(secured: &Value) -> Vec<ProofCheck> {
    let proofs: Vec<&Value> = match secured.get("proof") {
        Some(Value::Array(list)) => list.iter().take(8).collect(),
        Some(p) => vec![p],
        None => vec![],
    };
    let mut doc = secured.clone();
    if let Value::Object(d) = &mut doc {
        d.remove("proof");
    }
    proofs.into_iter().map(|p| check_one(&doc, p)).collect()
}

fn check_one(doc: &Value, proof: &Value) -> ProofCheck {
    let Value::Object(proof) = proof else {
        return ProofCheck::NotChecked;
    };
    let text = |k: &str| proof.get(k).and_then(Value::as_str);
    let Some(suite) = text("cryptosuite").and_then(Suite::from_name) else {
        return ProofCheck::NotChecked;
    };
    if text("type") != Some("DataIntegrityProof") || text("proofPurpose") != Some("assertionMethod")
    {
        return ProofCheck::NotChecked;
    }
    let Some(key) = text("verificationMethod").and_then(key_of_method) else {
        return ProofCheck::UnknownKey;
    };
    let Some(sig) = text("proofValue")
        .and_then(|v| v.strip_prefix('z'))
        .and_then(|v| from_base58(v, MAX_SIGNATURE_CHARS))
        .and_then(|v| <[u8; 64]>::try_from(v).ok())
    else {
        return ProofCheck::Mismatch;
    };
    let mut config = Value::Object(proof.clone());
    if let Value::Object(c) = &mut config {
        c.remove("proofValue");
    }
    match suite {
        // The proof's @context, when present, must be where the document's starts (§3.3.2).
        Suite::Jcs => {
            if let Some(Value::Array(pc)) = config.get("@context") {
                match doc.get("@context") {
                    Some(Value::Array(dc)) if dc.starts_with(pc) => {}
                    _ => return ProofCheck::Mismatch,
                }
            }
        }
        Suite::Rdfc => {
            if config
                .get("@context")
                .is_some_and(|c| Some(c) != doc.get("@context"))
            {
                return ProofCheck::NotChecked;
            }
            if let (Value::Object(c), Some(ctx)) = (&mut config, doc.get("@context")) {
                c.insert("@context".into(), ctx.clone());
            }
        }
    }
    let Some(data) = hash_data_for(suite, doc, &config) else {
        return ProofCheck::NotChecked;
    };
    match key.verify_strict(&data, &Signature::from_bytes(&sig)) {
        Ok(()) => ProofCheck::Verified(key),
        Err(_) => ProofCheck::Mismatch,
    }
}

/// Checks a secured document's proofs: it verifies if at least one proof we can check verifies,
/// none we can check fails, and every verifying proof is by the same key; that key is returned.
pub fn verify(secured: &Value) -> Result<VerifyingKey, ProofError> {
    let checks = check_proofs(secured);
    if checks.contains(&ProofCheck::Mismatch) {
        return Err(ProofError::Mismatch);
    }
    let mut keys = checks.iter().filter_map(|c| match c {
        ProofCheck::Verified(k) => Some(*k),
        _ => None,
    });
    match keys.next() {
        Some(first) if keys.all(|k| k == first) => Ok(first),
        Some(_) => Err(ProofError::Mismatch),
        None if checks.contains(&ProofCheck::UnknownKey) => Err(ProofError::UnknownKey),
        None => Err(ProofError::NotEddsaJcs),
    }
}

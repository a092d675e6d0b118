//! W3C Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite, and `did:key` for Ed25519.
//!
//! Signing: hash = SHA-256(JCS(proof config)) ‖ SHA-256(JCS(document without proof)); the proof
//! value is the Ed25519 signature of those 64 bytes, base58btc with a `z` prefix. JCS is RFC 8785
//! (sorted keys, no spaces, ECMAScript number form). We chose the JCS suite over RDFC because it
//! needs no JSON-LD processor or remote contexts — checking works offline, in the browser.

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
    /// No proof, or not a Data Integrity proof with this cryptosuite.
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

/// RFC 8785 canonical JSON.
pub fn canonical(v: &Value) -> String {
    // A `Value` has only string keys and finite numbers, so canonicalisation cannot fail.
    serde_json_canonicalizer::to_string(v).unwrap_or_default()
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
    let mut out = [0u8; 64];
    out[..32].copy_from_slice(&sha256(canonical(config).as_bytes()));
    out[32..].copy_from_slice(&sha256(canonical(doc).as_bytes()));
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

/// Checks a secured document's `eddsa-jcs-2022` proof; on success, the key that signed it.
pub fn verify(secured: &Value) -> Result<VerifyingKey, ProofError> {
    let Some(Value::Object(proof)) = secured.get("proof") else {
        return Err(ProofError::NotEddsaJcs);
    };
    let text = |k: &str| proof.get(k).and_then(Value::as_str);
    if text("type") != Some("DataIntegrityProof")
        || text("cryptosuite") != Some(CRYPTOSUITE)
        || text("proofPurpose") != Some("assertionMethod")
    {
        return Err(ProofError::NotEddsaJcs);
    }
    let key = text("verificationMethod")
        .and_then(key_of_method)
        .ok_or(ProofError::UnknownKey)?;
    let sig: [u8; 64] = text("proofValue")
        .and_then(|v| v.strip_prefix('z'))
        .and_then(|v| from_base58(v, MAX_SIGNATURE_CHARS))
        .and_then(|v| v.try_into().ok())
        .ok_or(ProofError::Mismatch)?;
    let mut config = Value::Object(proof.clone());
    if let Value::Object(c) = &mut config {
        c.remove("proofValue");
    }
    let mut doc = secured.clone();
    if let Value::Object(d) = &mut doc {
        d.remove("proof");
    }
    // The proof's @context, when present, must be where the document's starts (spec §3.3.2).
    if let Some(Value::Array(pc)) = config.get("@context") {
        match doc.get("@context") {
            Some(Value::Array(dc)) if dc.starts_with(pc) => {}
            _ => return Err(ProofError::Mismatch),
        }
    }
    key.verify_strict(&hash_data(&doc, &config), &Signature::from_bytes(&sig))
        .map(|()| key)
        .map_err(|_| ProofError::Mismatch)
}

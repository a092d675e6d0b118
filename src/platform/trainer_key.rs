//! The trainer's Ed25519 key: made once on this device from the browser's secure random numbers,
//! kept in local storage, and saved to or restored from a file by the trainer.

use skillpass_core::credential::eddsa::{self, SigningKey};

use crate::platform::storage;

const KEY: &str = "skillpass.trainer-key";
pub const FILE_NAME: &str = "skillpass-trainer-key.json";
const FORMAT: &str = "skillpass-trainer-key";

thread_local! {
    // When storage is off, the key still signs this visit's classes.
    static MEMORY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn stored() -> Option<SigningKey> {
    let text = storage::read_setting(KEY).or_else(|| MEMORY.with(|m| m.borrow().clone()))?;
    eddsa::secret_from_multibase(&text)
}

fn keep(key: &SigningKey) {
    let text = eddsa::secret_multibase(key);
    storage::write_setting(KEY, &text);
    MEMORY.with(|m| *m.borrow_mut() = Some(text));
}

/// The key on this device, made now if there is none.
pub fn get_or_create() -> Option<SigningKey> {
    if let Some(k) = stored() {
        return Some(k);
    }
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).ok()?;
    let key = SigningKey::from_bytes(&seed);
    keep(&key);
    Some(key)
}

/// The backup file's text (the multibase form of the W3C test vectors' key pair).
pub fn backup(key: &SigningKey) -> String {
    serde_json::json!({
        "format": FORMAT,
        "publicKeyMultibase": eddsa::public_multibase(&key.verifying_key()),
        "privateKeyMultibase": eddsa::secret_multibase(key),
    })
    .to_string()
}

/// Restores a key from its backup file; `None` if the file is not one.
pub fn restore(text: &str) -> Option<SigningKey> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    if v.get("format")?.as_str()? != FORMAT {
        return None;
    }
    let key = eddsa::secret_from_multibase(v.get("privateKeyMultibase")?.as_str()?)?;
    // A file whose two halves disagree was edited by hand: refuse it rather than sign with it.
    if v.get("publicKeyMultibase")?.as_str()? != eddsa::public_multibase(&key.verifying_key()) {
        return None;
    }
    keep(&key);
    Some(key)
}

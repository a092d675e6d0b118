//! An optional PIN that encrypts the saved profile at rest: AES-256-GCM with a key derived from
//! the PIN by PBKDF2-HMAC-SHA-256 (600,000 iterations, the OWASP 2023 figure), a random 16-byte
//! salt per PIN and a fresh 12-byte nonce for every save.
//!
//! The browser derives the key with WebCrypto (the same PBKDF2, natively fast); [`derive_key`] is
//! the same function in Rust, used by tests and as the reference. Randomness comes from the caller,
//! so everything here is deterministic and testable.

use crate::bits::base64;
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use serde::{Deserialize, Serialize};

use crate::repo::{KeyValue, StoreError, PROFILE_KEY};

pub const ITERATIONS: u32 = 600_000;
pub const FORMAT: &str = "skillpass-sealed";
/// Failed attempts, kept so that reloading the page does not reset the wait.
pub const FAILS_KEY: &str = "skillpass.pin-fails";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub format: String,
    pub kdf: String,
    pub iterations: u32,
    pub salt: String,
    pub nonce: String,
    pub data: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    /// Not 4 to 8 digits.
    Format,
    /// Wrong PIN, or the stored value was changed (GCM cannot tell them apart, and need not).
    NoMatch,
    /// Not a sealed value at all.
    NotSealed,
}

/// 4 to 8 digits, nothing else.
pub fn valid(pin: &str) -> bool {
    (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

pub fn derive_key(pin: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pin.as_bytes(), salt, iterations, &mut key);
    key
}

/// Seals with a key derived at today's [`ITERATIONS`].
pub fn seal(plain: &str, key: &[u8; 32], salt: &[u8; 16], nonce: &[u8; 12]) -> String {
    seal_with(plain, key, salt, nonce, ITERATIONS)
}

/// Seals `plain`; the header records the `iterations` the key was derived with, and that is the
/// count used to open it (so raising [`ITERATIONS`] later never locks an existing profile out).
pub fn seal_with(
    plain: &str,
    key: &[u8; 32],
    salt: &[u8; 16],
    nonce: &[u8; 12],
    iterations: u32,
) -> String {
    let cipher = Aes256Gcm::new(key.into());
    // Encrypting a string into memory cannot fail (only absurd lengths could).
    let data = cipher
        .encrypt(Nonce::from_slice(nonce), plain.as_bytes())
        .unwrap_or_default();
    serde_json::to_string(&Sealed {
        format: FORMAT.into(),
        kdf: "PBKDF2-HMAC-SHA-256".into(),
        iterations,
        salt: base64::encode(salt),
        nonce: base64::encode(nonce),
        data: base64::encode(&data),
    })
    .unwrap_or_default()
}

/// The sealed header (salt and iterations are needed to derive the key), if `raw` is sealed.
pub fn parse(raw: &str) -> Option<Sealed> {
    serde_json::from_str::<Sealed>(raw)
        .ok()
        .filter(|s| s.format == FORMAT)
}

pub fn salt_of(s: &Sealed) -> Option<[u8; 16]> {
    base64::decode(&s.salt)?.try_into().ok()
}

/// Fewest and most iterations a stored header may ask for: a changed header must neither make
/// the key trivially weak to re-derive nor freeze the phone deriving it.
pub const MIN_ITERATIONS: u32 = 100_000;
pub const MAX_ITERATIONS: u32 = 10_000_000;

/// The iteration count to derive this sealed value's key with, as stored with it.
pub fn iterations_of(s: &Sealed) -> Option<u32> {
    (MIN_ITERATIONS..=MAX_ITERATIONS)
        .contains(&s.iterations)
        .then_some(s.iterations)
}

pub fn open(raw: &str, key: &[u8; 32]) -> Result<String, PinError> {
    let s = parse(raw).ok_or(PinError::NotSealed)?;
    let nonce: [u8; 12] = base64::decode(&s.nonce)
        .and_then(|n| n.try_into().ok())
        .ok_or(PinError::NoMatch)?;
    let data = base64::decode(&s.data).ok_or(PinError::NoMatch)?;
    let plain = Aes256Gcm::new(key.into())
        .decrypt(Nonce::from_slice(&nonce), data.as_ref())
        .map_err(|_| PinError::NoMatch)?;
    String::from_utf8(plain).map_err(|_| PinError::NoMatch)
}

/// How long to wait before the next try after `fails` wrong PINs: none for the first three, then
/// doubling from 5 seconds, at most 5 minutes.
pub fn wait_after(fails: u32) -> u32 {
    match fails {
        0..=2 => 0,
        n => (5u32 << (n - 3).min(6)).min(300),
    }
}

/// A store whose profile value is sealed with the PIN's key (other keys pass through; without a
/// key everything does). The repo above it never sees ciphertext and needs no change.
pub struct Sealing<S: KeyValue> {
    pub inner: S,
    pub key: Option<[u8; 32]>,
    pub salt: [u8; 16],
    /// The PBKDF2 iterations `key` was derived with (written with every seal).
    pub iterations: u32,
    /// A fresh random nonce for every save (from the browser's crypto in the app). `None` when
    /// the random source fails: the save is then refused, never sealed with a guessable nonce.
    pub nonce: fn() -> Option<[u8; 12]>,
}

impl<S: KeyValue> Sealing<S> {
    /// Sets, changes or (with `None`) removes the PIN's key. The saved profile is opened with the
    /// current key and written again under the new one at once, so the repo above never meets a
    /// value it cannot read (it would keep it aside as unreadable). A value the current key cannot
    /// open is left as it is, and the key stays.
    pub fn rekey(
        &mut self,
        key: Option<[u8; 32]>,
        salt: [u8; 16],
        iterations: u32,
    ) -> Result<(), RekeyError> {
        let raw = self.inner.get(PROFILE_KEY).map_err(RekeyError::Store)?;
        let plain = match (&self.key, raw) {
            (_, None) => None,
            (Some(k), Some(r)) => Some(open(&r, k).map_err(|_| RekeyError::Unreadable)?),
            (None, Some(r)) if parse(&r).is_some() => return Err(RekeyError::Unreadable),
            (None, Some(r)) => Some(r),
        };
        let (old_key, old_salt, old_iterations) = (self.key, self.salt, self.iterations);
        self.key = key;
        self.salt = salt;
        self.iterations = iterations;
        if let Some(p) = plain {
            if let Err(e) = self.set(PROFILE_KEY, &p) {
                self.key = old_key;
                self.salt = old_salt;
                self.iterations = old_iterations;
                return Err(RekeyError::Store(e));
            }
        }
        Ok(())
    }
}

/// What another tab's save of the profile means for this tab.
#[derive(Debug, PartialEq, Eq)]
pub enum OtherTab {
    /// The profile as the repo reads it (opened with this tab's key, or saved without a PIN).
    Plain(String),
    /// Sealed with a key this tab does not hold: a PIN was set or changed there. This tab must
    /// ask for the PIN instead of treating the save as unreadable (and sealing over it).
    Locked(Sealed),
}

impl<S: KeyValue> Sealing<S> {
    /// Reads another tab's save. A plain save means the PIN was removed there, so this tab stops
    /// sealing too.
    pub fn other_tab(&mut self, raw: &str) -> OtherTab {
        match (parse(raw), self.key) {
            (None, _) => {
                self.key = None;
                OtherTab::Plain(raw.to_string())
            }
            (Some(sealed), Some(k)) => match open(raw, &k) {
                Ok(plain) => OtherTab::Plain(plain),
                Err(_) => OtherTab::Locked(sealed),
            },
            (Some(sealed), None) => OtherTab::Locked(sealed),
        }
    }
}

/// Why a PIN could not be set, changed or removed; the saved profile is as it was.
#[derive(Debug, PartialEq, Eq)]
pub enum RekeyError {
    Store(StoreError),
    /// The saved value does not open with the current key.
    Unreadable,
}

impl<S: KeyValue> KeyValue for Sealing<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let raw = self.inner.get(key)?;
        match (&self.key, key == PROFILE_KEY) {
            // A value that does not open with this key is handed up as it is: the repo then keeps
            // it aside as unreadable instead of writing over it.
            (Some(k), true) => Ok(raw.map(|r| open(&r, k).unwrap_or(r))),
            _ => Ok(raw),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match (&self.key, key == PROFILE_KEY) {
            (Some(k), true) => {
                let nonce = (self.nonce)().ok_or(StoreError::Unavailable)?;
                let sealed = seal_with(value, k, &self.salt, &nonce, self.iterations);
                self.inner.set(key, &sealed)
            }
            _ => self.inner.set(key, value),
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}

//! The PIN's key, derived by the browser's WebCrypto (PBKDF2-HMAC-SHA-256, the same function as
//! `skillpass_core::pin::derive_key`, but natively fast), and the random salt and nonces.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn subtle() -> Option<web_sys::SubtleCrypto> {
    Some(web_sys::window()?.crypto().ok()?.subtle())
}

fn set(o: &Object, k: &str, v: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(k), v);
}

/// The 32-byte key for `pin` and `salt` at `iterations` (the count stored with the sealed value,
/// or today's for a new PIN); `None` if the browser has no WebCrypto.
pub async fn derive(pin: &str, salt: &[u8; 16], iterations: u32) -> Option<[u8; 32]> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(pin.as_bytes());
    let usages = js_sys::Array::of1(&JsValue::from_str("deriveBits"));
    let base = JsFuture::from(
        subtle
            .import_key_with_str("raw", &raw, "PBKDF2", false, &usages)
            .ok()?,
    )
    .await
    .ok()?
    .dyn_into::<web_sys::CryptoKey>()
    .ok()?;
    let params = Object::new();
    set(&params, "name", &JsValue::from_str("PBKDF2"));
    set(&params, "hash", &JsValue::from_str("SHA-256"));
    set(&params, "salt", &Uint8Array::from(&salt[..]));
    set(&params, "iterations", &JsValue::from(iterations));
    let bits = JsFuture::from(subtle.derive_bits_with_object(&params, &base, 256).ok()?)
        .await
        .ok()?;
    let bytes = Uint8Array::new(&bits).to_vec();
    bytes.try_into().ok()
}

/// Random bytes from the browser's `crypto.getRandomValues`; `None` if it fails (then nothing
/// is sealed: a zero salt or a repeated nonce would quietly weaken the PIN).
pub fn random<const N: usize>() -> Option<[u8; N]> {
    let mut out = [0u8; N];
    getrandom::getrandom(&mut out).ok()?;
    Some(out)
}

pub fn nonce() -> Option<[u8; 12]> {
    random()
}

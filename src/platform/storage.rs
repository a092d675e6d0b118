//! `localStorage` behind skillpass-core's [`KeyValue`]. Every call is fallible and nothing here
//! panics: a browser with storage switched off, blocked (private mode, site settings) or full is an
//! expected case, and the core decides what to do about it.
//!
//! gloo-storage is not used on purpose: its `LocalStorage::raw()` panics when storage is blocked,
//! and its typed reads decode for us, while a value that fails to decode must be kept verbatim.

use skillpass_core::repo::{KeyValue, StoreError};
use wasm_bindgen::{JsCast, JsValue};

pub struct LocalStore(web_sys::Storage);

/// The page's `localStorage`, if it can really be written: some browsers hand out a storage
/// object whose every write throws, so a probe key is written and removed first.
pub fn open() -> Option<LocalStore> {
    let storage = web_sys::window()?.local_storage().ok()??;
    const PROBE: &str = "skillpass.probe";
    storage.set_item(PROBE, "1").ok()?;
    storage.remove_item(PROBE).ok()?;
    Some(LocalStore(storage))
}

fn classify(err: JsValue) -> StoreError {
    let name = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    // Browsers name it QuotaExceededError; old Firefox used NS_ERROR_DOM_QUOTA_REACHED.
    if name.contains("Quota") || name.contains("QUOTA") {
        StoreError::Full
    } else {
        StoreError::Unavailable
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(classify)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.0.length().map_err(classify)?;
        (0..n)
            .map(|i| self.0.key(i).map_err(classify))
            .filter_map(Result::transpose)
            .collect()
    }
}

/// A small setting outside the profile (the chosen language). Failing to keep it is harmless.
pub fn read_setting(key: &str) -> Option<String> {
    open()?.get(key).ok()?
}

pub fn write_setting(key: &str, value: &str) {
    if let Some(mut s) = open() {
        let _ = s.set(key, value);
    }
}

pub fn remove_setting(key: &str) {
    if let Some(mut s) = open() {
        let _ = s.remove(key);
    }
}

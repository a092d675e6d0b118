//! `localStorage` behind skillpass-core's [`KeyValue`]. Every call is fallible and nothing here
//! panics: a browser with storage switched off, blocked (private mode, site settings) or full is an
//! expected case, and the core decides what to do about it.
//!
//! gloo-storage is not used on purpose: its `LocalStorage::raw()` panics when storage is blocked,
//! and its typed reads decode for us, while a value that fails to decode must be kept verbatim.

use skillpass_core::device::{self, DeviceMode};
use skillpass_core::repo::{KeyValue, StoreError};
use wasm_bindgen::{JsCast, JsValue};

pub struct LocalStore(web_sys::Storage);

/// The page's `localStorage`, if it can really be written: some browsers hand out a storage
/// object whose every write throws, so a probe key is written and removed first.
pub fn open() -> Option<LocalStore> {
    probe(web_sys::window()?.local_storage().ok()??)
}

/// Where this device keeps the profile: `sessionStorage` on a shared computer (gone when the
/// browser closes), `localStorage` otherwise.
pub fn open_for(mode: Option<DeviceMode>) -> Option<LocalStore> {
    match mode {
        Some(m) if m.is_temporary() || m == DeviceMode::Caseworker => {
            probe(web_sys::window()?.session_storage().ok()??)
        }
        _ => open(),
    }
}

/// Moves the saved profile and the person's settings to where `to` keeps them (when the person
/// changes the device mode), so nothing is lost and nothing stays behind in the old place.
pub fn move_personal(from: Option<DeviceMode>, to: DeviceMode) {
    if same_area(from, Some(to)) {
        return;
    }
    let (Some(old), Some(mut new)) = (raw_area(from), open_for(Some(to))) else {
        return;
    };
    let keys: Vec<String> = (0..old.length().unwrap_or(0))
        .filter_map(|i| old.key(i).ok().flatten())
        .filter(|k| device::is_personal(k))
        .collect();
    for k in keys {
        if let Ok(Some(v)) = old.get_item(&k) {
            if new.set(&k, &v).is_ok() {
                let _ = old.remove_item(&k);
            }
        }
    }
}

fn raw_area(mode: Option<DeviceMode>) -> Option<web_sys::Storage> {
    let w = web_sys::window()?;
    match mode {
        Some(m) if m != DeviceMode::OwnPhone => w.session_storage().ok()?,
        _ => w.local_storage().ok()?,
    }
}

fn same_area(a: Option<DeviceMode>, b: Option<DeviceMode>) -> bool {
    let temp = |m: Option<DeviceMode>| m.is_some_and(|m| m != DeviceMode::OwnPhone);
    temp(a) == temp(b)
}

/// Erases every trace of the person: all of our keys in both storage areas (the device setting
/// stays, so the next person on this computer gets the same care). SkillPass keeps nothing in
/// IndexedDB, and its Cache Storage holds only the app's own files.
pub fn erase_personal() {
    let Some(w) = web_sys::window() else {
        return;
    };
    if let Ok(Some(session)) = w.session_storage() {
        let _ = session.clear();
    }
    if let Ok(Some(local)) = w.local_storage() {
        let keys: Vec<String> = (0..local.length().unwrap_or(0))
            .filter_map(|i| local.key(i).ok().flatten())
            .filter(|k| device::is_personal(k))
            .collect();
        for k in keys {
            let _ = local.remove_item(&k);
        }
    }
}

fn probe(storage: web_sys::Storage) -> Option<LocalStore> {
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

thread_local! {
    static MODE: std::cell::Cell<Option<DeviceMode>> = const { std::cell::Cell::new(None) };
}

/// Which storage area personal settings go to from now on (set once the mode is known).
pub fn set_mode(mode: Option<DeviceMode>) {
    MODE.with(|m| m.set(mode));
}

/// The area for `key`: the device settings always live in `localStorage`; everything personal
/// (language, where the person stopped, a trainer's draft) follows the device mode.
fn area_for(key: &str) -> Option<LocalStore> {
    if device::is_personal(key) {
        open_for(MODE.with(std::cell::Cell::get))
    } else {
        open()
    }
}

/// A small setting outside the profile (the chosen language). Failing to keep it is harmless.
pub fn read_setting(key: &str) -> Option<String> {
    area_for(key)?.get(key).ok()?
}

pub fn write_setting(key: &str, value: &str) {
    if let Some(mut s) = area_for(key) {
        let _ = s.set(key, value);
    }
}

pub fn remove_setting(key: &str) {
    if let Some(mut s) = area_for(key) {
        let _ = s.remove(key);
    }
}

//! `localStorage` / `sessionStorage` behind skillpass-core's [`KeyValue`]. Every call is fallible
//! and nothing here panics: a browser with storage switched off, blocked (private mode, site
//! settings) or full is an expected case, and the core decides what to do about it.
//!
//! Where things go follows the device mode: the worker's own phone uses `localStorage`; a shared
//! computer uses `sessionStorage` (gone when the browser closes); a caseworker's computer keeps
//! each client under their own keys (`skillpass.client.<id>.…`) in `localStorage`.
//!
//! gloo-storage is not used on purpose: its `LocalStorage::raw()` panics when storage is blocked,
//! and its typed reads decode for us, while a value that fails to decode must be kept verbatim.

use skillpass_core::device::{self, DeviceMode};
use skillpass_core::repo::{KeyValue, StoreError};
use wasm_bindgen::{JsCast, JsValue};

pub struct LocalStore {
    area: web_sys::Storage,
    /// Caseworker mode: whose keys these are.
    client: Option<String>,
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The page's `localStorage`. Nothing is written to find out whether it works: on a device
/// whose storage is full to the last byte a probe write would fail and hide the saved profile
/// (and the device mode). A storage that refuses writes is found out by the first save, which
/// then keeps the profile in memory and says so.
pub fn open() -> Option<LocalStore> {
    Some(LocalStore {
        area: local()?,
        client: None,
    })
}

/// Where this device keeps the profile (see the module comment).
pub fn open_for(mode: Option<DeviceMode>) -> Option<LocalStore> {
    match mode {
        Some(DeviceMode::Shared) => Some(LocalStore {
            area: session()?,
            client: None,
        }),
        Some(DeviceMode::Caseworker) => Some(LocalStore {
            area: local()?,
            client: Some(active_client()),
        }),
        _ => open(),
    }
}

/// The client a caseworker is working with (a new one if none is chosen yet).
pub fn active_client() -> String {
    let area = local();
    if let Some(id) = area
        .as_ref()
        .and_then(|a| a.get_item(device::ACTIVE_CLIENT_KEY).ok().flatten())
    {
        return id;
    }
    let id = format!("{}", js_sys::Date::now() as u64);
    if let Some(a) = area {
        let _ = a.set_item(device::ACTIVE_CLIENT_KEY, &id);
    }
    id
}

/// Switches to client `id` (or a new intake with `None`): the next start opens their profile.
#[cfg(feature = "tools")]
pub fn choose_client(id: Option<&str>) {
    if let Some(a) = local() {
        let id = id.map_or_else(|| format!("{}", js_sys::Date::now() as u64), str::to_string);
        let _ = a.set_item(device::ACTIVE_CLIENT_KEY, &id);
    }
}

/// Every client on this caseworker's computer, newest first.
#[cfg(feature = "tools")]
pub fn clients() -> Vec<device::Client> {
    let Some(a) = local() else {
        return Vec::new();
    };
    device::clients(&pairs(&a))
}

fn pairs(a: &web_sys::Storage) -> Vec<(String, String)> {
    all_keys(a)
        .into_iter()
        .filter_map(|k| Some((k.clone(), a.get_item(&k).ok()??)))
        .collect()
}

/// Client `id`'s keys on this caseworker's computer (the tab's own client, whatever another tab
/// has opened since; and to mark a client erased).
pub fn open_client(id: &str) -> Option<LocalStore> {
    Some(LocalStore {
        area: local()?,
        client: Some(id.to_string()),
    })
}

/// Erases one client's every key.
#[cfg(feature = "tools")]
pub fn erase_client(id: &str) {
    let Some(a) = local() else {
        return;
    };
    let keys: Vec<String> = (0..a.length().unwrap_or(0))
        .filter_map(|i| a.key(i).ok().flatten())
        .collect();
    for k in device::keys_of_client(id, &keys) {
        let _ = a.remove_item(k);
    }
    if a.get_item(device::ACTIVE_CLIENT_KEY)
        .ok()
        .flatten()
        .as_deref()
        == Some(id)
    {
        let _ = a.remove_item(device::ACTIVE_CLIENT_KEY);
    }
}

/// Moves the saved profile and the person's settings to where `to` keeps them (when the person
/// changes the device mode), so nothing is lost and nothing stays behind in the old place. A
/// client's profile never leaves caseworker mode (`device::carries_profile`).
pub fn move_personal(from: Option<DeviceMode>, to: DeviceMode) {
    if !device::carries_profile(from, to) {
        return;
    }
    // Into caseworker mode the profile becomes a new client: never the client last open there,
    // whose keys it would write over.
    if to == DeviceMode::Caseworker {
        if let Some(a) = local() {
            let id = format!("{}", js_sys::Date::now() as u64);
            let _ = a.set_item(device::ACTIVE_CLIENT_KEY, &id);
        }
    }
    let (Some(mut old), Some(mut new)) = (open_for(from), open_for(Some(to))) else {
        return;
    };
    let keys: Vec<String> = old
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| device::is_personal(k))
        .collect();
    for k in keys {
        if let Ok(Some(v)) = old.get(&k) {
            if new.set(&k, &v).is_ok() {
                let _ = old.remove(&k);
            }
        }
    }
}

fn all_keys(area: &web_sys::Storage) -> Vec<String> {
    (0..area.length().unwrap_or(0))
        .filter_map(|i| area.key(i).ok().flatten())
        .collect()
}

/// Erases every trace of the person: what `device::erase_plan` names, in both storage areas (the
/// device setting stays, so the next person on this computer gets the same care; a caseworker's
/// clients stay unless this is their computer and that client is the one open). Other open tabs
/// are told (`tell_others`), so they erase their copy too.
/// SkillPass keeps nothing in IndexedDB, and its Cache Storage holds only the app's own files.
pub fn erase_personal(tell_others: bool, client: Option<&str>) {
    let mode = MODE.with(std::cell::Cell::get);
    let active = client.map(str::to_string);
    for area in [session(), local()].into_iter().flatten() {
        for k in device::erase_plan(mode, &all_keys(&area), active.as_deref()) {
            let _ = area.remove_item(&k);
        }
    }
    if mode == Some(DeviceMode::Caseworker) {
        if let (Some(a), Some(id)) = (local(), active) {
            if a.get_item(device::ACTIVE_CLIENT_KEY).ok().flatten() == Some(id) {
                let _ = a.remove_item(device::ACTIVE_CLIENT_KEY);
            }
        }
    } else if tell_others {
        crate::platform::tabs::tell_erased();
    }
}

/// The raw saved profile of each client on this computer, as (name for the file, text), so a
/// caseworker leaving caseworker mode can keep a backup of each.
pub fn client_backups() -> Vec<(String, String)> {
    let Some(a) = local() else {
        return Vec::new();
    };
    device::clients(&pairs(&a))
        .into_iter()
        .filter_map(|c| {
            let raw = a
                .get_item(&device::client_key(
                    &c.id,
                    skillpass_core::repo::PROFILE_KEY,
                ))
                .ok()??;
            Some((c.name.clone(), raw))
        })
        .collect()
}

/// How many clients this computer holds (as the client list counts them).
pub fn client_count() -> usize {
    local().map_or(0, |a| device::clients(&pairs(&a)).len())
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

impl LocalStore {
    /// In caseworker mode, whose keys these are.
    pub fn client(&self) -> Option<&str> {
        self.client.as_deref()
    }

    fn real(&self, key: &str) -> String {
        match &self.client {
            Some(id) if device::is_personal(key) => device::client_key(id, key),
            _ => key.to_string(),
        }
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.area.get_item(&self.real(key)).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.area.set_item(&self.real(key), value).map_err(classify)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.area.remove_item(&self.real(key)).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.area.length().map_err(classify)?;
        let all = (0..n)
            .map(|i| self.area.key(i).map_err(classify))
            .filter_map(Result::transpose)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(match &self.client {
            // This client's keys, under their usual names.
            Some(id) => all
                .iter()
                .filter_map(|k| device::unclient_key(id, k))
                .collect(),
            None => all,
        })
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

//! The current screen lives in the address as `?step=…` (see skillpass_core::wizard), so Back,
//! Forward and reload behave as people expect. The fragment stays free for share links.

use skillpass_core::wizard::Route;

fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

pub fn requested_route() -> Option<Route> {
    Route::from_query(&location_search())
}

fn target_url(query: &str) -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into());
    format!("{path}{query}")
}

/// Adds a history entry, so the browser's Back button returns to the current screen.
pub fn push(query: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target_url(query)));
    }
}

/// Corrects the address without a new history entry (e.g. `?step=profile` before a name exists).
/// A share link's fragment is kept: it is the data being looked at.
pub fn replace(query: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = format!("{}{}", target_url(query), fragment());
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Loads the app afresh at `query` (no fragment): a new start with nothing left in memory.
pub fn reload_at(query: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(&target_url(query));
    }
}

/// The page trainers and caseworkers use: the same app with their screens (a second bundle).
#[cfg(not(feature = "tools"))]
pub const TOOLS_PAGE: &str = "tools.html";

/// The folder the app is served from (`/` or `/skillpass/`), whichever of its pages is open.
fn app_dir() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into());
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => "/".into(),
    }
}

/// Opens the trainers' and caseworkers' page at the same step, keeping the fragment; it takes
/// this page's place in the history, so Back returns to the screen before.
#[cfg(not(feature = "tools"))]
pub fn open_tools() {
    if let Some(w) = web_sys::window() {
        let search = w.location().search().unwrap_or_default();
        let url = format!("{}{TOOLS_PAGE}{search}{}", app_dir(), fragment());
        let _ = w.location().replace(&url);
    }
}

/// The address's fragment (`#…`), where share links carry their data.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Drops the fragment once a shared profile has been saved, so a reload does not open it again.
pub fn clear_fragment(query: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ =
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target_url(query)));
    }
}

/// Where links made on this device point: set at build time (SKILLPASS_ORIGIN), or else the
/// address this app is served from.
pub fn share_origin() -> String {
    if let Some(origin) = option_env!("SKILLPASS_ORIGIN") {
        return origin.to_string();
    }
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    // Links always open the worker's page, even when made on the trainers' one.
    format!("{origin}{}", app_dir())
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

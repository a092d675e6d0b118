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
pub fn replace(query: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ =
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target_url(query)));
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

//! Working offline: registers the service worker (`sw.js`, generated at build time), tells the app
//! when a new version is waiting, and switches to it only when the person asks. Also asks the
//! browser to keep this site's storage (so a phone short of space does not clear the profile).

use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Browsers without service workers (or in some private modes) simply go without.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .then(|| navigator.service_worker())
}

/// Registers the service worker; `on_update` runs when a new version has been downloaded and is
/// waiting (never on the first install, when there is nothing to replace).
pub async fn register(on_update: impl Fn() + 'static) {
    let Some(c) = container() else { return };
    // A first visit's page hands what it downloaded to the worker's install (index.html's
    // `skillpassHanded`): registering before that is kept would download the wasm again.
    if let Some(w) = web_sys::window() {
        let handed = js_sys::Reflect::get(&w, &"skillpassHanded".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call0(&w).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        if let Some(p) = handed {
            let _ = JsFuture::from(p).await;
        }
    }
    let Ok(reg) = JsFuture::from(c.register("sw.js")).await else {
        return;
    };
    let reg: ServiceWorkerRegistration = reg.unchecked_into();
    let on_update = Rc::new(on_update);
    if reg.waiting().is_some() && c.controller().is_some() {
        on_update();
    }
    let watched = reg.clone();
    let found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = watched.installing() else {
            return;
        };
        let on_update = on_update.clone();
        let w = worker.clone();
        let changed = Closure::<dyn FnMut()>::new(move || {
            let has_controller = container().and_then(|c| c.controller()).is_some();
            if w.state() == ServiceWorkerState::Installed && has_controller {
                on_update();
            }
        });
        worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
        changed.forget();
    });
    reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    // The registration lives as long as the page: so does its listener.
    found.forget();
}

/// Switches to the waiting version: the page reloads once the new worker has taken over. The
/// profile is in local storage, which the update does not touch.
pub async fn apply_update() {
    let Some(c) = container() else { return };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    c.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    if let Ok(reg) = JsFuture::from(c.get_registration()).await {
        if let Some(waiting) = reg.unchecked_into::<ServiceWorkerRegistration>().waiting() {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    }
}

/// Whether the browser already agreed to keep this site's storage. Asks nothing (Firefox shows a
/// permission prompt for `persist()`, so that is only called after a tap that explains it).
pub async fn is_persisted() -> bool {
    storage_answer(|s| s.persisted()).await
}

/// Asks the browser not to clear this site's storage under pressure. The answer is the
/// browser's; nothing depends on it.
pub async fn keep_storage() -> bool {
    storage_answer(|s| s.persist()).await
}

/// The browser's yes or no to a `navigator.storage` question; no where it cannot answer.
async fn storage_answer(
    ask: impl FnOnce(&web_sys::StorageManager) -> Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> bool {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return false;
    };
    match ask(&storage) {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// Whether `page` (the tools page) can open now: the service worker holds all of it, or the
/// server answers (a phone can be "online" with no working connection, and the browser's own
/// error page would then replace ours).
#[cfg(not(feature = "tools"))]
pub async fn can_open(page: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    if let Ok(caches) = w.caches() {
        if let Ok(hit) = JsFuture::from(caches.match_with_str("tools-ready")).await {
            if !hit.is_undefined() {
                return true;
            }
        }
    }
    if !w.navigator().on_line() {
        return false;
    }
    let init = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&init, &"method".into(), &"HEAD".into());
    let _ = js_sys::Reflect::set(&init, &"cache".into(), &"no-store".into());
    let fetch = js_sys::Reflect::get(&w, &"fetch".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = fetch
        .and_then(|f| f.call2(&w, &page.into(), &init).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    match JsFuture::from(promise).await {
        Ok(response) => js_sys::Reflect::get(&response, &"ok".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    }
}

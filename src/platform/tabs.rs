//! Word between this app's open tabs that must leave no trace in storage: "this person was
//! erased" (a `BroadcastChannel`; a stored marker would itself be a trace on a shared computer).

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

const CHANNEL: &str = "skillpass-tabs";
const ERASED: &str = "erased";
const MODE_CHANGED: &str = "mode";

thread_local! {
    static OPEN: std::cell::RefCell<Option<web_sys::BroadcastChannel>> = const { std::cell::RefCell::new(None) };
}

/// Calls `on_erased` when another tab erases the person, and reloads this page when another tab
/// changed whose computer this is (so no tab keeps saving to the old place). Never for this
/// tab's own messages.
pub fn listen(on_erased: impl Fn() + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        match e.data().as_string().as_deref() {
            Some(ERASED) => on_erased(),
            Some(MODE_CHANGED) => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
            _ => {}
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The page lives as long as the app: the handler is never dropped.
    handler.forget();
    OPEN.with(|o| *o.borrow_mut() = Some(channel));
}

/// Tells every other open tab that the person was erased here.
pub fn tell_erased() {
    tell(ERASED);
}

/// Tells every other open tab that whose computer this is changed here.
pub fn tell_mode_changed() {
    tell(MODE_CHANGED);
}

fn tell(what: &str) {
    OPEN.with(|o| {
        if let Some(c) = o.borrow().as_ref() {
            let _ = c.post_message(&wasm_bindgen::JsValue::from_str(what));
        }
    });
}

//! A language's words: its file `locales/<tag>.tsv` (same origin; the service worker keeps each
//! one fetched, so it works offline after that), and the browser's plural rules.
use js_sys::{Function, Promise, Reflect};
use skillpass_core::locale::{self, Form, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a language's words could not be had.
pub enum Missing {
    /// No network and never fetched on this device.
    Offline,
    /// The server answered something that is not a locale file.
    Broken,
}

async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(target, &method.into())?.dyn_into()?;
    let p = match args {
        [] => f.call0(target)?,
        [a] => f.call1(target, a)?,
        _ => return Err(JsValue::NULL),
    };
    JsFuture::from(p.dyn_into::<Promise>()?).await
}

async fn fetch_text(url: &str) -> Result<String, Missing> {
    let w = web_sys::window().ok_or(Missing::Offline)?;
    // index.html's `skillpassFetch` hands a first visit's copy to the service worker (issue 18);
    // the tools page has none, and fetches plainly.
    let fetch = if Reflect::has(&w, &"skillpassFetch".into()).unwrap_or(false) {
        "skillpassFetch"
    } else {
        "fetch"
    };
    let response = call(&w, fetch, &[url.into()])
        .await
        .map_err(|_| Missing::Offline)?;
    let ok = Reflect::get(&response, &"ok".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if !ok {
        return Err(if w.navigator().on_line() {
            Missing::Broken
        } else {
            Missing::Offline
        });
    }
    call(&response, "text", &[])
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(Missing::Broken)
}

/// Makes `lang`'s words ready: nothing to do for English or a language already here; else its
/// file is fetched and installed.
pub async fn ensure(lang: Lang) -> Result<(), Missing> {
    if locale::is_ready(lang) {
        return Ok(());
    }
    let text = fetch_text(&format!("locales/{}.tsv", lang.code())).await?;
    locale::install(lang, text).map_err(|_| Missing::Broken)
}

thread_local! {
    static RULES: std::cell::RefCell<Vec<(Lang, js_sys::Intl::PluralRules)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn intl_form(lang: Lang, n: u64) -> Option<Form> {
    RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        if !rules.iter().any(|(l, _)| *l == lang) {
            let tags = js_sys::Array::of1(&lang.code().into());
            let rule = js_sys::Intl::PluralRules::new(&tags, &js_sys::Object::new());
            rules.push((lang, rule));
        }
        let (_, rule) = rules.iter().find(|(l, _)| *l == lang)?;
        Form::from_name(&rule.select(n as f64).as_string()?)
    })
}

/// Plural forms are picked by the browser's `Intl.PluralRules`.
pub fn use_browser_plurals() {
    let has_intl = web_sys::window()
        .and_then(|w| Reflect::get(&w, &"Intl".into()).ok())
        .is_some_and(|i| !i.is_undefined());
    if has_intl {
        locale::set_plural_rule(intl_form);
    }
}

//! SkillPass web app entry point: mounts the Leptos shell around skillpass-core.

mod app;
mod platform;
mod screens;
mod state;
mod widgets;

fn main() {
    // The panic's words in the console, for a developer's build. A phone's user never opens the
    // console, and the hook is 1.6 KB of every worker's first download (release builds trap with
    // "unreachable", which the browser tests catch as a page error all the same).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    platform::locale::use_browser_plurals();
    // The early first screen already speaks the starting language: the app mounts once that
    // language's words are here (fetched, or from the service worker), so no word changes twice.
    // A language tapped on the early screen before the app ran is the one to start in.
    let lang = boot_taps()
        .iter()
        .rev()
        .find_map(|t| {
            t.strip_prefix("lang-")
                .and_then(skillpass_core::locale::Lang::from_code)
        })
        .unwrap_or_else(state::starting_lang);
    if skillpass_core::locale::is_ready(lang) {
        begin();
    } else {
        // Leptos's own task runner starts with the app, so this waits on the browser's.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = platform::locale::ensure(lang).await;
            begin();
        });
    }
}

fn begin() {
    // When index.html is showing its early first question, start after the next frame: the
    // browser then records that paint as the page's main content before the app replaces it (a
    // replaced node whose paint is not yet recorded counts as never painted, and a slow phone's
    // "largest contentful paint" would wrongly wait for the app).
    let early = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| !root.class_list().contains("returning"));
    if early {
        leptos::prelude::request_animation_frame(|| {
            leptos::prelude::set_timeout(start, std::time::Duration::ZERO)
        });
    } else {
        start();
    }
}

fn start() {
    leptos::mount::mount_to_body(app::App);
    let window = web_sys::window();
    let document = window.as_ref().and_then(|w| w.document());
    // index.html drew the welcome while the app loaded: the app's own screen replaces it now,
    // and a language or Start tapped meanwhile is tapped on the app's own button (the last
    // language, then Start, each after the page has redrawn).
    let tapped = boot_taps();
    if let Some(doc) = document {
        if let Some(boot) = doc.get_element_by_id("boot") {
            boot.remove();
        }
    }
    let lang = tapped
        .iter()
        .rev()
        .find(|t| t.starts_with("lang-"))
        .cloned();
    let then = tapped
        .iter()
        .find(|t| *t == "start" || *t == "not-your-phone")
        .cloned();
    let click = |testid: &str| {
        use wasm_bindgen::JsCast;
        if let Some(button) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
            d.query_selector(&format!("[data-testid={testid}]"))
                .ok()
                .flatten()
        }) {
            button.unchecked_into::<web_sys::HtmlElement>().click();
        }
    };
    // A language tapped on the early screen whose words are not here yet is fetched first, and
    // Start waits for it: the next screen then opens in the language she tapped.
    let wanted = lang
        .as_deref()
        .and_then(|t| t.strip_prefix("lang-"))
        .and_then(skillpass_core::locale::Lang::from_code);
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(l) = wanted {
            let _ = platform::locale::ensure(l).await;
        }
        if let Some(lang) = lang {
            click(&lang);
        }
        if let Some(then) = then {
            leptos::prelude::set_timeout(move || click(&then), std::time::Duration::ZERO);
        }
    });
}

/// What was tapped on `index.html`'s early screen before the app ran (its inline script queues it).
fn boot_taps() -> Vec<String> {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"skillpassBoot".into()).ok())
        .and_then(|v| {
            use wasm_bindgen::JsCast;
            v.dyn_into::<js_sys::Array>().ok()
        })
        .map(|a| a.iter().filter_map(|t| t.as_string()).collect())
        .unwrap_or_default()
}

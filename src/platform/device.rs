//! Small device capabilities used by sharing: clipboard, the phone's share sheet, printing,
//! and reading a file the person picked. Each fails quietly where the browser lacks it; the
//! screens only offer what works.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Puts `text` on the clipboard. Returns false where the browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator().map(|n| n.clipboard()) else {
        return false;
    };
    let ok = JsFuture::from(clipboard.write_text(text)).await.is_ok();
    if ok {
        // Kept with the person's settings (not in memory): a reload must not forget it.
        crate::platform::storage::write_setting(skillpass_core::device::CLIPBOARD_KEY, "1");
    }
    ok
}

/// Whether this app put something on the clipboard for the person now using it.
pub fn wrote_clipboard() -> bool {
    crate::platform::storage::read_setting(skillpass_core::device::CLIPBOARD_KEY).is_some()
}

/// Empties the clipboard (a profile link on a shared computer would otherwise be pasted by the
/// next person); false if the browser refused (some only allow it right after a tap).
pub async fn clear_clipboard() -> bool {
    let Some(clipboard) = navigator().map(|n| n.clipboard()) else {
        return false;
    };
    JsFuture::from(clipboard.write_text("")).await.is_ok()
}

/// How this page runs, as far as keeping the profile goes (see `skillpass_core::keep`).
pub fn browser() -> skillpass_core::keep::Browser {
    let Some(w) = web_sys::window() else {
        return skillpass_core::keep::Browser {
            ios_tab: false,
            installed: false,
        };
    };
    let n = w.navigator();
    let ua = n.user_agent().unwrap_or_default();
    let ios = skillpass_core::keep::is_ios(&ua, n.max_touch_points().max(0) as u32);
    // Safari's own flag for a Home Screen app, and the standard media query for the others.
    let home = js_sys::Reflect::get(&n, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let standalone = w
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let installed = home || standalone;
    skillpass_core::keep::Browser {
        ios_tab: ios && !installed,
        installed,
    }
}

/// Whether the browser has a share sheet (most phones do; most desktops do not).
pub fn can_share() -> bool {
    navigator()
        .is_some_and(|n| js_sys::Reflect::has(&n, &JsValue::from_str("share")).unwrap_or(false))
}

/// Opens the phone's share sheet with a link; true if the person sent it somewhere. A cancelled
/// share is not an error worth showing.
pub async fn share_link(title: &str, url: &str) -> bool {
    let Some(n) = navigator() else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(n.share_with_data(&data)).await.is_ok()
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The size in bytes of the first file chosen in a file input (checked before it is read, so a
/// huge file is refused without being loaded).
pub fn chosen_file_size(input: &web_sys::HtmlInputElement) -> Option<f64> {
    Some(input.files()?.get(0)?.size())
}

/// The text of the first file chosen in a file input.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = JsFuture::from(file.text()).await.ok()?;
    text.as_string()
}

/// The element an event happened on, as the type the caller expects.
pub fn target<T: JsCast>(ev: &web_sys::Event) -> Option<T> {
    ev.target()?.dyn_into().ok()
}

/// Opens the phone's share sheet with a text (a note to send); true if the person sent it.
pub async fn share_text(title: &str, text: &str) -> bool {
    let Some(n) = navigator() else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    JsFuture::from(n.share_with_data(&data)).await.is_ok()
}

/// What the browser says about itself for [`skillpass_core::device::start_mode`]: an installed
/// app, a finger pointer, a phone-sized screen. The rule itself is the core's.
pub fn facts(storage_off: bool) -> skillpass_core::device::DeviceFacts {
    let media = |q: &str| {
        web_sys::window()
            .and_then(|w| w.match_media(q).ok().flatten())
            .is_some_and(|m| m.matches())
    };
    skillpass_core::device::DeviceFacts {
        installed: browser().installed,
        coarse_pointer: media("(pointer: coarse)"),
        narrow: media("(max-width: 600px)"),
        storage_off,
    }
}

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
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Whether the browser has a share sheet (most phones do; most desktops do not).
pub fn can_share() -> bool {
    navigator()
        .is_some_and(|n| js_sys::Reflect::has(&n, &JsValue::from_str("share")).unwrap_or(false))
}

/// Opens the phone's share sheet with a link. A cancelled share is not an error worth showing.
pub async fn share_link(title: &str, url: &str) {
    if let Some(n) = navigator() {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        let _ = JsFuture::from(n.share_with_data(&data)).await;
    }
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

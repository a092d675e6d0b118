//! Reading a screen aloud with the browser's own voices (Web Speech API). Nothing is fetched:
//! if the device has no voice for the language, the caller says so in words instead.

use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesisUtterance, SpeechSynthesisVoice};

pub enum Spoken {
    Started,
    /// The device has no voice for this language (or none at all).
    NoVoice,
}

/// Speaks `text` in `lang` with a voice for that language, stopping anything already speaking.
pub fn speak(text: &str, lang: skillpass_core::locale::Lang) -> Spoken {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return Spoken::NoVoice;
    };
    // A voice whose language is this one ("vi-VN" for Vietnamese, "fil-PH" for Tagalog, any
    // Chinese voice for Chinese).
    let voice = synth
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .find(|v| lang.voice_fits(&v.lang()));
    let Some(voice) = voice else {
        return Spoken::NoVoice;
    };
    synth.cancel();
    match SpeechSynthesisUtterance::new_with_text(text) {
        Ok(u) => {
            // The browser picks its voice for this language; a slightly slow rate helps.
            u.set_lang(&voice.lang());
            // Through Reflect, which returns an error instead of throwing, should a browser's
            // voice list hold something its utterance refuses.
            let _ = js_sys::Reflect::set(&u, &"voice".into(), &voice);
            u.set_rate(0.9);
            synth.speak(&u);
            Spoken::Started
        }
        Err(_) => Spoken::NoVoice,
    }
}

pub fn stop() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

/// The words of the current screen that should be read: the heading, hints and choices, marked
/// in the views with `data-read`, in page order.
pub fn screen_text() -> String {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return String::new();
    };
    let Ok(nodes) = doc.query_selector_all("main [data-read]") else {
        return String::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.text_content())
        .map(|t| t.trim().trim_end_matches('.').to_string())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(". ")
}

use leptos::prelude::*;
use skillpass_core::i18n::Msg;

use crate::platform::speech::{self, Spoken};
use crate::state::use_app;
use crate::widgets::icons;

/// Reads the screen's question, hints and choices aloud in the current language. Without a voice
/// for that language it says so, instead of doing nothing.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let s = use_app();
    let no_voice = RwSignal::new(false);
    let on_click = move |_| {
        let lang = s.lang.get_untracked();
        let spoken = speech::speak(&speech::screen_text(), lang);
        no_voice.set(matches!(spoken, Spoken::NoVoice));
    };
    // A new screen or language stops the old reading and its message.
    Effect::new(move |_| {
        s.route.track();
        s.lang.track();
        no_voice.set(false);
        speech::stop();
    });
    view! {
        <div class="read-aloud">
            <button type="button" class="read-aloud-button" data-testid="read-aloud" on:click=on_click>
                <span class="icon" inner_html=icons::svg("speaker")></span>
                {s.t(Msg::ReadAloud)}
            </button>
            <p class="read-aloud-status" role="status" data-testid="read-aloud-status">
                {move || no_voice.get().then(|| s.t(Msg::NoVoice))}
            </p>
        </div>
    }
}

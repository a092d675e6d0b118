use leptos::prelude::*;

use crate::state::use_app;
use crate::widgets::icons;
use skillpass_core::i18n::{text, Msg};

/// The top bar: the app's name and a language switch that names the other language in itself
/// ("Español"), so it can be found without reading the current one.
#[component]
pub fn Header() -> impl IntoView {
    let s = use_app();
    let other = move || s.l().other();
    view! {
        <header class="topbar">
            <span class="brand">
                <span class="brand-mark" aria-hidden="true">"✓"</span>
                "SkillPass"
            </span>
            <button
                class="lang-switch"
                data-testid="lang-switch"
                lang=move || other().code()
                on:click=move |_| s.set_lang(other())
            >
                <span class="inline-icon" inner_html=icons::svg("globe")></span>
                {move || text(other(), Msg::LangName)}
            </button>
        </header>
    }
}

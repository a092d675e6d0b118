use leptos::prelude::*;
use skillpass_core::i18n::{text, Lang, Msg};
use skillpass_core::repo::{Keeping, WhyMemory};
use skillpass_core::wizard::Step;

use crate::state::use_app;
use crate::widgets::{icons, read_aloud::ReadAloud};

/// The very first screen: each language offered in itself, so no reading is needed beyond its name.
#[component]
pub fn LanguageScreen() -> impl IntoView {
    let s = use_app();
    let pick = move |lang: Lang| {
        s.set_lang(lang);
        // Whose computer this is comes next, once: it decides where the profile is kept. With
        // storage switched off nothing is kept anyway (the warning says so), so it is not asked.
        let storage_off = s.keeping.get_untracked() == Keeping::MemoryOnly(WhyMemory::Unavailable);
        s.go(if s.mode.get_untracked().is_some() || storage_off {
            Step::Welcome
        } else {
            Step::Device
        });
    };
    view! {
        <section class="language">
            <div class="hero-icon" inner_html=icons::svg("globe")></div>
            <h1 tabindex="-1" data-read>
                <span lang="en">{text(Lang::En, Msg::LanguageQuestion)}</span>
                <span class="sep" aria-hidden="true">" · "</span>
                <span lang="es">{text(Lang::Es, Msg::LanguageQuestion)}</span>
            </h1>
            <ReadAloud/>
            <div class="lang-choices">
                {Lang::ALL.into_iter().map(|lang| view! {
                    <button
                        type="button"
                        class="lang-choice"
                        lang=lang.code()
                        data-testid=format!("lang-{}", lang.code())
                        on:click=move |_| pick(lang)
                    >
                        {text(lang, Msg::LangName)}
                    </button>
                }).collect_view()}
            </div>
        </section>
    }
}

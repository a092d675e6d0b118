use leptos::prelude::*;

use crate::platform::nav;
use crate::state::use_app;
use crate::widgets::icons;
use skillpass_core::i18n::{text, Lang, Msg};
use skillpass_core::locale;

/// The top bar: the app's name and the language button (a globe and the current language named
/// in itself), which opens the list of every language, each named in itself, the browser's
/// preferred ones first.
#[component]
pub fn Header() -> impl IntoView {
    let s = use_app();
    let open = RwSignal::new(false);
    let current = s.l();
    view! {
        <header class="topbar">
            <span class="brand">
                <span class="brand-mark" aria-hidden="true">"✓"</span>
                "SkillPass"
            </span>
            <button
                class="lang-switch"
                type="button"
                data-testid="lang-switch"
                lang=current.code()
                aria-expanded=move || open.get().to_string()
                aria-controls="lang-menu"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="inline-icon" inner_html=icons::svg("globe")></span>
                {text(current, Msg::LangName)}
            </button>
        </header>
        <Show when=move || open.get() || s.lang_wait.get().is_some() || s.lang_missing.get().is_some()>
            <LangMenu open/>
        </Show>
    }
}

/// Every language as a big button; while one is being fetched, says so; one that cannot be had
/// offline is said so in its own words and in the current language, with the ones on the device.
#[component]
fn LangMenu(open: RwSignal<bool>) -> impl IntoView {
    let s = use_app();
    let current = s.l();
    let langs = Lang::preferred_first(nav::browser_languages().iter().map(String::as_str));
    let button = move |lang: Lang, testid: String| {
        view! {
            <button
                type="button"
                class="lang-choice"
                class:choice-on=lang == current
                aria-pressed=(lang == current).to_string()
                lang=lang.code()
                dir=lang.is_rtl().then_some("rtl")
                data-testid=testid
                on:click=move |_| {
                    open.set(false);
                    s.set_lang(lang);
                }
            >
                {lang.own_name()}
            </button>
        }
    };
    view! {
        <nav id="lang-menu" class="lang-menu" aria-label=text(current, Msg::LanguageQuestion)>
            {move || s.lang_missing.get().map(|lang| {
                let here: Vec<Lang> = locale::ready().collect();
                view! {
                    <div class="notice" role="alert" data-testid="lang-missing">
                        <p lang=lang.code() dir=lang.is_rtl().then_some("rtl")>{lang.offline_words()}</p>
                        {(lang != current).then(|| view! { <p>{text(current, Msg::LangOffline)}</p> })}
                        <div class="lang-choices">
                            {here.into_iter().map(|l| button(l, format!("have-lang-{}", l.code()))).collect_view()}
                        </div>
                    </div>
                }
            })}
            {move || s.lang_wait.get().map(|_| view! {
                <p class="muted" role="status" data-testid="lang-wait">{text(current, Msg::LangLoading)}</p>
            })}
            <Show when=move || open.get()>
                <div class="lang-choices" role="group">
                    {langs.iter().map(|l| button(*l, format!("menu-lang-{}", l.code()))).collect_view()}
                </div>
            </Show>
        </nav>
    }
}

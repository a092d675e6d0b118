use leptos::prelude::*;
use skillpass_core::i18n::{text, Lang, Msg};
use skillpass_core::wizard::Step;

use crate::platform::device;
use crate::state::use_app;
use crate::widgets::{icons, open_file::OpenFileButton, read_aloud::ReadAloud};
use skillpass_core::keep;

/// The first screen: the seven languages at its top (each in itself), what the app is, and Start.
/// Whose phone or computer this is comes after Start, and only where it cannot be worked out
/// (`device::start_mode`); on a phone the welcome offers "Not your phone?" instead.
#[component]
pub fn Welcome() -> impl IntoView {
    let s = use_app();
    let mode = s.start_mode();
    let current = s.l();
    view! {
        <section class="welcome">
            <div class="lang-choices" role="group"
                aria-label=text(current, Msg::LanguageQuestion)>
                {Lang::ALL.into_iter().map(|lang| view! {
                    <button
                        type="button"
                        class="lang-choice"
                        class:choice-on=lang == current
                        aria-pressed=(lang == current).to_string()
                        lang=lang.code()
                        dir=lang.is_rtl().then_some("rtl")
                        data-testid=format!("lang-{}", lang.code())
                        on:click=move |_| {
                            s.set_lang(lang);
                            // The page redraws in the new language: the finger (and keyboard)
                            // stay on the button just pressed.
                            request_animation_frame(move || {
                                crate::screens::name::focus_selector(&format!("[data-testid=lang-{}]", lang.code()))
                            });
                        }
                    >
                        {lang.own_name()}
                    </button>
                }).collect_view()}
            </div>
            <h1 tabindex="-1" data-read>{s.t(Msg::WelcomeTitle)}</h1>
            <ReadAloud/>
            <p class="lead" data-read>{s.t(Msg::WelcomeBody)}</p>
            <p class="privacy">
                <span class="privacy-icon" inner_html=icons::svg("lock")></span>
                <span data-read>{s.t(Msg::WelcomePrivacy)}</span>
            </p>
            <p class="time">
                <span class="inline-icon" inner_html=icons::svg("clock")></span>
                <span data-read>{s.t(Msg::WelcomeTime)}</span>
            </p>
            // An app added to the Home Screen starts with storage of its own, empty: the profile
            // may have been built in a browser tab, so a copy of it is offered first.
            {s.profile.with_untracked(|p| keep::offer_open_copy(device::browser(), p)).then(|| view! {
                <div class="decision" data-testid="open-copy">
                    <p data-read>{s.t(Msg::OpenCopyHint)}</p>
                    <OpenFileButton id="welcome-open-file"/>
                </div>
            })}
            <button type="button" class="primary" data-testid="start" on:click=move |_| s.start_flow()>
                {s.t(Msg::Start)}
            </button>
            {mode.offers_not_your_phone().then(|| view! {
                <button type="button" class="link-button not-your-phone" data-testid="not-your-phone" on:click=move |_| s.go(Step::Device)>
                    <span class="inline-icon" inner_html=icons::svg("phone")></span>
                    {s.t(Msg::NotYourPhone)}
                </button>
            })}
            <button type="button" class="link-button" data-testid="about" on:click=move |_| s.go(Step::About)>
                {s.t(Msg::AboutLink)}
            </button>
            {crate::screens::tools::trainer_link()}
        </section>
    }
}

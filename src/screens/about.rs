use leptos::prelude::*;
use skillpass_core::i18n::{text, Lang, Msg};
use skillpass_core::taxonomy;
use skillpass_core::wizard::Step;

use crate::state::use_app;
use crate::widgets::read_aloud::ReadAloud;

/// What SkillPass does with data, and credit for the data it is built on (O*NET requires it).
#[component]
pub fn AboutScreen() -> impl IntoView {
    let s = use_app();
    let done = move |_| {
        let started = s.profile.with_untracked(|p| p.is_started());
        s.go(if started {
            Step::Profile
        } else {
            Step::Welcome
        });
    };
    view! {
        <section class="about">
            <h1 tabindex="-1" data-read>{s.t(Msg::AboutTitle)}</h1>
            <ReadAloud/>
            <p data-read>{s.t(Msg::AboutBody)}</p>
            <h2 data-read>{s.t(Msg::AboutDataHeading)}</h2>
            <p data-read>{s.t(Msg::AboutWords)}</p>
            // The credit O*NET asks for, word for word in English, and translated below it for other readers.
            <p class="credit" lang="en" data-testid="onet-credit">{text(Lang::En, Msg::AboutOnet)}</p>
            {(s.l() != Lang::En).then(|| view! { <p class="credit">{text(s.l(), Msg::AboutOnet)}</p> })}
            <p class="credit" data-testid="esco-credit">{s.t(Msg::AboutEsco)}</p>
            <p class="muted">{format!("Taxonomy v{}", taxonomy::VERSION)}</p>
            <button type="button" class="primary" data-testid="about-done" on:click=done>
                {s.t(Msg::Back)}
            </button>
        </section>
    }
}

//! The trainer's and caseworker's pages are built into a second bundle (`tools.html`), so a
//! worker's first visit never downloads them. In the worker's bundle their steps show
//! [`ToolsHop`], which opens `tools.html` at the same step — or, offline before that page was
//! ever opened, says that it needs the internet once.

use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::wizard::Step;

use crate::state::use_app;

/// The link on the start and profile screens.
pub fn trainer_link() -> impl IntoView {
    let s = use_app();
    view! {
        <button type="button" class="link-button" data-testid="trainer" on:click=move |_| s.go(Step::Trainer)>
            {s.t(Msg::TrainerLink)}
        </button>
    }
}

#[cfg(not(feature = "tools"))]
#[component]
pub fn ToolsHop() -> impl IntoView {
    use crate::platform::{nav, offline};
    use crate::widgets::read_aloud::ReadAloud;

    let s = use_app();
    let offline_here = RwSignal::new(false);
    let attempt = move || {
        offline_here.set(false);
        leptos::task::spawn_local(async move {
            if offline::can_open(nav::TOOLS_PAGE).await {
                nav::open_tools();
            } else {
                offline_here.set(true);
            }
        });
    };
    attempt();
    let back = move |_| {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.back();
        }
    };
    move || {
        if offline_here.get() {
            view! {
                <section data-testid="tools-offline">
                    <h1 tabindex="-1" data-read>{s.t(Msg::ToolsNeedInternet)}</h1>
                    <ReadAloud/>
                    <p class="lead" data-read>{s.t(Msg::ToolsNeedInternetHint)}</p>
                    <button type="button" class="primary" data-testid="tools-retry" on:click=move |_| attempt()>
                        {s.t(Msg::TryAgain)}
                    </button>
                    <button type="button" class="secondary" data-testid="tools-back" on:click=back>
                        {s.t(Msg::Back)}
                    </button>
                </section>
            }
            .into_any()
        } else {
            view! { <p class="lead" role="status" data-testid="tools-opening">{s.t(Msg::ToolsOpening)}</p> }
                .into_any()
        }
    }
}

//! The "‹ Back" link at the top of pages outside the guided flow, going to a fixed page.

use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::wizard::Step;

use crate::state::use_app;

pub fn back_bar(to: Step) -> impl IntoView {
    let s = use_app();
    view! {
        <nav class="backbar">
            <button type="button" class="back-link" data-testid="back" on:click=move |_| s.go(to)>
                <span aria-hidden="true">"‹ "</span>{s.t(Msg::Back)}
            </button>
        </nav>
    }
}

use leptos::prelude::*;
use skillpass_core::i18n::{step_of, Msg};
use skillpass_core::wizard::Step;

use crate::state::use_app;

/// The frame of a question page: a Back link, "Step n of m", and the question as the heading.
#[component]
pub fn QuestionPage(step: Step, back: Step, question: Msg, children: Children) -> impl IntoView {
    let s = use_app();
    let progress = step.progress();
    view! {
        <nav class="backbar">
            <button class="back-link" on:click=move |_| s.go(back)>
                <span aria-hidden="true">"‹ "</span>
                {move || s.t(Msg::Back)}
            </button>
        </nav>
        {progress.map(|(n, total)| view! {
            <p class="progress">{move || step_of(s.lang.get(), n, total)}</p>
        })}
        <h1 tabindex="-1">{move || s.t(question)}</h1>
        {children()}
    }
}

use leptos::prelude::*;
use skillpass_core::i18n::{job_of, step_of, Msg};
use skillpass_core::wizard::{self, Progress, Step};

use crate::state::use_app;
use crate::widgets::read_aloud::ReadAloud;

/// The frame of a question page (GOV.UK "one thing per page"): a Back link, "Step n of 7", the
/// question as the heading, a read-aloud button, then the page's own content.
#[component]
pub fn QuestionPage(
    /// The heading: the question itself.
    #[prop(into)]
    question: Signal<String>,
    /// A line above the heading, such as the job being asked about.
    #[prop(optional, into)]
    caption: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    let s = use_app();
    let progress = move || {
        let step = s.route.get().step;
        s.profile
            .with(|p| wizard::progress(step, p))
            .map(|p| match (p, step) {
                (Progress::Job { n, total }, Step::JobWhen(i) | Step::JobTasks(i)) => {
                    job_of(s.l(), n, total, &s.job_title(i))
                }
                (Progress::Job { n, total } | Progress::Step { n, total }, _) => {
                    step_of(s.l(), n, total)
                }
            })
    };
    // On a job's own screens the progress line names the job ("Job 2 of 3 — Cashier").
    let names_job = matches!(
        s.route.get_untracked().step,
        Step::JobWhen(_) | Step::JobTasks(_)
    );
    view! {
        <nav class="backbar" aria-label=s.t(Msg::Back)>
            <button type="button" class="back-link" data-testid="back" on:click=move |_| s.back()>
                <span aria-hidden="true">"‹ "</span>
                {s.t(Msg::Back)}
            </button>
        </nav>
        {move || progress().map(|words| view! {
            <p class="progress" class:caption=names_job data-testid="progress" data-read=names_job>{words}</p>
        })}
        {caption.filter(|_| !names_job).map(|c| view! { <p class="caption" data-read>{c}</p> })}
        <h1 tabindex="-1" data-read>{question}</h1>
        <ReadAloud/>
        {children()}
    }
}

/// The main button of a page. `on_continue` decides whether to move on (it returns false to stay,
/// e.g. after showing an error).
#[component]
pub fn ContinueButton(
    #[prop(optional)] label: Option<Msg>,
    on_continue: impl Fn() -> bool + 'static,
) -> impl IntoView {
    let s = use_app();
    let label = label.unwrap_or(Msg::Continue);
    view! {
        <button type="button" class="primary" data-testid="continue" on:click=move |_| {
            if on_continue() {
                s.next();
            }
        }>
            {s.t(label)}
        </button>
    }
}

/// GOV.UK's error summary: what is wrong, at the top, each linking to its field.
#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<(String, Msg)>>) -> impl IntoView {
    let s = use_app();
    view! {
        <Show when=move || errors.with(|e| !e.is_empty())>
            <div class="error-summary" role="alert" data-testid="error-summary">
                <h2>{s.t(Msg::ErrorSummary)}</h2>
                <ul>
                    {move || errors.get().into_iter().map(|(field, msg)| {
                        let target = field.clone();
                        // The fragment carries share links, so the link moves focus itself
                        // instead of changing the address.
                        let go = move |e: leptos::ev::MouseEvent| {
                            e.prevent_default();
                            crate::screens::name::focus(&target);
                        };
                        view! { <li><a href=format!("#{field}") on:click=go>{s.t(msg)}</a></li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

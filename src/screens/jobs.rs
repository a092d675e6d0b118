use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::summary::{job_icon, job_title};
use skillpass_core::taxonomy::{self, Occupation, Sector};
use skillpass_core::Change;

use crate::state::{use_app, AppState};
use crate::widgets::choice::choice;
use crate::widgets::icons;
use crate::widgets::question::{ContinueButton, QuestionPage};
use crate::widgets::search_field::search_field;

/// "What jobs have you done?": the most common jobs as pictures first (nothing to open), then a
/// search by everyday title in either language (or add a job as typed), then the other jobs in
/// groups by sector. Each group opens and closes on its own: opening one never closes another,
/// so nothing above the finger moves.
#[component]
pub fn JobsScreen() -> impl IntoView {
    let s = use_app();
    let query = RwSignal::new(String::new());
    let results = Memo::new(move |_| {
        query.with(|q| {
            taxonomy::get()
                .search(q)
                .into_iter()
                .take(8)
                .map(|o| o.soc)
                .collect::<Vec<_>>()
        })
    });
    let typed = move || query.with(|q| q.trim().to_string());
    let add_typed = move |_| {
        let title = typed();
        if s.commit(Change::AddJob {
            occupation: None,
            title,
        })
        .is_ok()
        {
            query.set(String::new());
        }
    };
    view! {
        <QuestionPage question=s.t(Msg::JobsQuestion).to_string()>
            <p class="hint" data-read>{s.t(Msg::JobsHint)}</p>
            <h2 class="jobs-heading" data-read>{s.t(Msg::CommonJobs)}</h2>
            <ul class="choices common-jobs" role="list" data-testid="common-jobs">
                {taxonomy::get().common_jobs().map(|o| common_choice(s, o)).collect_view()}
            </ul>
            {search_field(s, "job-search", Msg::SearchJobs, Msg::SearchHint, query)}
            <Show when=move || !typed().is_empty()>
                <ul class="choices search-results" role="list" data-testid="search-results">
                    {move || results.get().into_iter().filter_map(|soc| taxonomy::get().occupation(soc))
                        .map(|o| occupation_choice(s, o)).collect_view()}
                </ul>
                <Show when=move || results.with(|r| r.is_empty())>
                    <div class="not-found" role="status">
                        <p>{s.t(Msg::NoJobFound)}</p>
                        <button type="button" class="secondary" data-testid="add-typed-job" on:click=add_typed>
                            <span class="inline-icon" inner_html=icons::svg("plus")></span>
                            {move || format!("{} — “{}”", s.t(Msg::AddAsTyped), typed())}
                        </button>
                    </div>
                </Show>
            </Show>
            <h2 class="jobs-heading" data-read>{s.t(Msg::JobGroups)}</h2>
            <ul class="sectors" role="list">
                {Sector::ALL.into_iter().map(|sector| {
                    let open = RwSignal::new(false);
                    let expanded = move || open.get();
                    let panel = format!("sector-{}", sector.key());
                    view! {
                        <li class="sector">
                            <button
                                type="button"
                                class="sector-button"
                                data-testid=format!("sector-{}", sector.key())
                                aria-expanded=move || expanded().to_string()
                                aria-controls=panel.clone()
                                on:click=move |_| open.update(|o| *o = !*o)
                            >
                                <span class="choice-icon" inner_html=icons::svg(sector.key())></span>
                                <span class="sector-name" data-read>{sector.name(s.l())}</span>
                                <span class="chevron" aria-hidden="true">{move || if expanded() { "▴" } else { "▾" }}</span>
                            </button>
                            <Show when=expanded>
                                <ul class="choices sector-jobs" role="list" id=panel.clone()>
                                    {taxonomy::get().in_sector(sector).map(|o| occupation_choice(s, o)).collect_view()}
                                </ul>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
            // Below the choices: a job added here never pushes the pictures from under the finger.
            <YourJobs/>
            <ContinueButton on_continue=|| true/>
        </QuestionPage>
    }
}

/// One of the common jobs as a picture tile (picture above its name). Its element id differs from
/// the same job's tile in its group, which may be open at the same time.
fn common_choice(s: AppState, o: &'static Occupation) -> impl IntoView {
    let soc = o.soc;
    let has = move || {
        s.profile
            .with(|p| p.jobs.iter().any(|j| j.occupation.as_deref() == Some(soc)))
    };
    let id = format!("common-{}", soc.replace('.', "-"));
    view! {
        <li>
            <label class="choice job-picture" class:choice-on=has data-key=soc for=id.clone()>
                <input type="checkbox" id=id.clone() prop:checked=has
                    on:change=move |ev| toggle_job(s, o, event_target_checked(&ev))/>
                <span class="choice-icon" inner_html=icons::svg(o.icon)></span>
                <span class="choice-text" data-read>{o.title.get(s.l())}</span>
            </label>
        </li>
    }
}

/// Adds a listed job, or removes it.
fn toggle_job(s: AppState, o: &'static Occupation, on: bool) {
    let soc = o.soc;
    let change = if on {
        Change::AddJob {
            occupation: Some(soc.to_string()),
            title: skillpass_core::summary::picked_title(o, s.lang.get_untracked()).to_string(),
        }
    } else {
        match s.profile.with_untracked(|p| {
            p.jobs
                .iter()
                .find(|j| j.occupation.as_deref() == Some(soc))
                .map(|j| j.id.clone())
        }) {
            Some(id) => Change::RemoveJob(id),
            None => return,
        }
    };
    let _ = s.commit(change);
}

/// A listed job as a tickable tile: ticked while it is among the worker's jobs.
fn occupation_choice(s: AppState, o: &'static Occupation) -> impl IntoView {
    let soc = o.soc;
    let has = move || {
        s.profile
            .with(|p| p.jobs.iter().any(|j| j.occupation.as_deref() == Some(soc)))
    };
    let toggle = move |on: bool| toggle_job(s, o, on);
    choice(
        soc.to_string(),
        o.icon,
        o.title.get(s.l()).to_string(),
        Signal::derive(has),
        toggle,
    )
}

/// The jobs added so far, each removable.
#[component]
fn YourJobs() -> impl IntoView {
    let s = use_app();
    let jobs = move || s.profile.with(|p| p.jobs.clone());
    view! {
        <section class="your-jobs" aria-live="polite">
            <h2 data-read>{s.t(Msg::YourJobs)}</h2>
            <Show
                when=move || s.profile.with(|p| !p.jobs.is_empty())
                fallback=move || view! { <p class="empty">{s.t(Msg::NoJobsYet)}</p> }
            >
                <ul class="job-list" role="list" data-testid="your-jobs">
                    {move || jobs().into_iter().map(|job| {
                        let title = job_title(&job, s.l());
                        let id = job.id.clone();
                        view! {
                            <li class="job-chip">
                                <span class="choice-icon" inner_html=icons::svg(job_icon(&job))></span>
                                <span class="job-chip-title">{title.clone()}</span>
                                <button
                                    type="button"
                                    class="remove"
                                    aria-label=format!("{} {}", s.t(Msg::Remove), title)
                                    on:click=move |_| { let _ = s.commit(Change::RemoveJob(id.clone())); }
                                >
                                    {s.t(Msg::Remove)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

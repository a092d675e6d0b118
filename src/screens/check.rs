use leptos::prelude::*;
use skillpass_core::i18n::{things_done, Msg};
use skillpass_core::languages;
use skillpass_core::summary::{
    contact_lines, credential_name, group_skills, job_dates, job_title, skill_words,
};
use skillpass_core::wizard::{Route, Step};

use crate::state::{use_app, AppState};
use crate::widgets::question::{ContinueButton, QuestionPage};

/// GOV.UK's "Check your answers": every answer, each with a Change link that comes back here.
#[component]
pub fn CheckScreen() -> impl IntoView {
    let s = use_app();
    let rows = move || {
        let lang = s.l();
        s.profile.with(|p| {
            let grouped = group_skills(p);
            let contact = contact_lines(p);
            let mut rows = vec![
                row(
                    s,
                    "name",
                    s.t(Msg::NameRow).into(),
                    vec![p.name.clone()],
                    Msg::Change,
                    Step::Name,
                ),
                row(
                    s,
                    "short-name",
                    s.t(Msg::ShortNameRow).into(),
                    vec![p.greeting_name()],
                    Msg::Change,
                    Step::Name,
                ),
                row(
                    s,
                    "contact",
                    s.t(Msg::ContactRow).into(),
                    contact,
                    Msg::Change,
                    Step::Contact,
                ),
                row(
                    s,
                    "languages",
                    s.t(Msg::LanguagesRow).into(),
                    vec![skillpass_core::i18n::list(
                        lang,
                        &languages::names(&p.languages, lang),
                    )]
                    .into_iter()
                    .filter(|l| !l.is_empty())
                    .collect(),
                    Msg::Change,
                    Step::Languages,
                ),
            ];
            for (i, job) in p.jobs.iter().enumerate() {
                let mut lines: Vec<String> = job.employer.iter().cloned().collect();
                lines.push(job_dates(job, lang));
                if job.occupation.is_some() {
                    lines.push(things_done(lang, grouped.by_job[i].len()));
                }
                rows.push(row(
                    s,
                    &format!("job-{i}"),
                    job_title(job, lang),
                    lines,
                    Msg::Change,
                    Step::JobWhen(i),
                ));
            }
            let jobs_label = if p.jobs.is_empty() {
                Msg::Change
            } else {
                Msg::ChangeJobs
            };
            let none = if p.jobs.is_empty() {
                vec![]
            } else {
                vec![String::new()]
            };
            rows.push(row(
                s,
                "jobs",
                s.t(Msg::JobsRow).into(),
                none,
                jobs_label,
                Step::Jobs,
            ));
            let other: Vec<String> = grouped
                .other
                .iter()
                .map(|id| skill_words(id, lang))
                .collect();
            rows.push(row(
                s,
                "skills",
                s.t(Msg::OtherSkillsRow).into(),
                other,
                Msg::Change,
                Step::Skills,
            ));
            let certs: Vec<String> = p
                .credentials
                .iter()
                .map(|c| credential_name(c, lang))
                .collect();
            rows.push(row(
                s,
                "certificates",
                s.t(Msg::CertsRow).into(),
                certs,
                Msg::Change,
                Step::Certificates,
            ));
            rows
        })
    };
    view! {
        <QuestionPage question=s.t(Msg::CheckTitle).to_string()>
            <p class="hint" data-read>{s.t(Msg::CheckHint)}</p>
            <dl class="summary" data-testid="check-answers">{rows}</dl>
            <ContinueButton label=Msg::Finish on_continue=|| true/>
        </QuestionPage>
    }
}

/// One answer: what was asked, what was answered ("Not given" when nothing was), and a link
/// that opens the question and then returns here. A row whose only line is blank shows no value.
fn row(
    s: AppState,
    key: &str,
    label: String,
    lines: Vec<String>,
    action: Msg,
    step: Step,
) -> impl IntoView {
    let value = if lines.is_empty() {
        Some(view! { <span class="muted">{s.t(Msg::NotGiven)}</span> }.into_any())
    } else if lines.iter().all(|l| l.trim().is_empty()) {
        None
    } else {
        let lines = lines.into_iter().filter(|l| !l.trim().is_empty());
        Some(
            view! { <ul class="plain">{lines.map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
                .into_any(),
        )
    };
    view! {
        <div class="summary-row" data-testid=format!("row-{key}")>
            <dt data-read>{label.clone()}</dt>
            <dd data-read>{value}</dd>
            <dd class="summary-action">
                <button type="button" class="link-button" data-testid=format!("change-{key}")
                    on:click=move |_| s.go(Route { step, from_check: true })>
                    {s.t(action)}
                    <span class="visually-hidden">{format!(" — {label}")}</span>
                </button>
            </dd>
        </div>
    }
}

use chrono::Datelike;
use leptos::prelude::*;
use skillpass_core::i18n::{month_name, Msg};
use skillpass_core::{Change, FieldError, YearMonth};

use crate::screens::name::focus;
use crate::state::use_app;
use crate::widgets::question::{ContinueButton, ErrorSummary, QuestionPage};
use crate::widgets::text_field::{error_msg, TextField};

/// What can be wrong on this page, each shown next to its part.
#[derive(Clone, Copy, PartialEq)]
enum Problem {
    Start(Msg),
    Still,
    End(Msg),
}

/// When (and where) the worker did job `i`: month and year pickers ("your best guess is fine"),
/// whether they still work there, and the employer (optional).
#[component]
pub fn JobWhenScreen(i: usize) -> impl IntoView {
    let s = use_app();
    let Some(job) = s.profile.get_untracked().jobs.get(i).cloned() else {
        return ().into_any();
    };
    // The page routes by position (`?job=N`) but edits the job it shows, by its id: if another
    // tab removes an earlier job meanwhile, these answers still go to this job.
    let id = StoredValue::new(job.id.clone());
    let start = RwSignal::new((job.start.map(|d| d.month()), job.start.map(|d| d.year())));
    let end = RwSignal::new((job.end.map(|d| d.month()), job.end.map(|d| d.year())));
    // Unanswered until the worker says; a saved start with no end means "yes, still there".
    let still_there = RwSignal::new(job.start.map(|_| job.end.is_none()));
    let problem = RwSignal::new(None::<Problem>);
    let employer_err = RwSignal::new(None::<FieldError>);

    let save_start = move || {
        if let (Some(m), Some(y)) = start.get_untracked() {
            match YearMonth::new(y, m)
                .and_then(|ym| s.commit(Change::SetJobStart(id.get_value(), ym)))
            {
                Ok(()) => problem.set(None),
                Err(e) => problem.set(Some(Problem::Start(e.message()))),
            }
        }
    };
    let save_end = move || {
        let change = match (still_there.get_untracked(), end.get_untracked()) {
            (Some(true), _) => Change::SetJobEnd(id.get_value(), None),
            (Some(false), (Some(m), Some(y))) => match YearMonth::new(y, m) {
                Ok(ym) => Change::SetJobEnd(id.get_value(), Some(ym)),
                Err(e) => return problem.set(Some(Problem::End(e.message()))),
            },
            _ => return,
        };
        match s.commit(change) {
            Ok(()) => problem.set(None),
            Err(e) => problem.set(Some(Problem::End(e.message()))),
        }
    };
    let on_continue = move || {
        let job = s
            .profile
            .with_untracked(|p| id.with_value(|id| p.jobs.iter().find(|j| &j.id == id).cloned()));
        let found = match (job, still_there.get_untracked()) {
            (None, _) => return true,
            (Some(j), _) if j.start.is_none() => {
                Some((Problem::Start(Msg::ErrStartMissing), "start-month"))
            }
            (_, None) => Some((Problem::Still, "still-yes")),
            (Some(j), Some(false)) if j.end.is_none() => {
                Some((Problem::End(Msg::ErrEndMissing), "end-month"))
            }
            _ => None,
        };
        if let Some(typed) = s.draft("employer") {
            if let Err(e) = s.commit(Change::SetJobEmployer(id.get_value(), typed)) {
                employer_err.set(Some(e));
                focus("employer");
                return false;
            }
            s.set_draft("employer", None);
        }
        employer_err.set(None);
        match found {
            Some((p, field)) => {
                problem.set(Some(p));
                focus(field);
                false
            }
            None => true,
        }
    };
    let errors = Signal::derive(move || {
        let mut v = Vec::new();
        match problem.get() {
            Some(Problem::Start(m)) => v.push(("start-month".to_string(), m)),
            Some(Problem::Still) => v.push(("still-yes".to_string(), Msg::ErrStillThereMissing)),
            Some(Problem::End(m)) => v.push(("end-month".to_string(), m)),
            None => {}
        }
        if let Some(e) = employer_err.get() {
            v.push(("employer".to_string(), error_msg(e, Msg::ErrEmpty)));
        }
        v
    });
    let title = s.job_title(i);
    let msg_of = move |want: fn(Problem) -> Option<Msg>| problem.get().and_then(want);
    view! {
        <QuestionPage question=s.t(Msg::JobWhenQuestion).to_string() caption=title>
            <p class="hint" data-read>{s.t(Msg::JobWhenHint)}</p>
            <ErrorSummary errors=errors/>
            <MonthYear
                id="start"
                legend=Msg::Started
                value=start
                error=Signal::derive(move || msg_of(|p| match p { Problem::Start(m) => Some(m), _ => None }))
                on_pick=save_start
            />
            <fieldset class="field" class:field-error=move || problem.get() == Some(Problem::Still)>
                <legend data-read>{s.t(Msg::StillThere)}</legend>
                {move || (problem.get() == Some(Problem::Still)).then(|| view! {
                    <p class="error-message">{s.t(Msg::ErrStillThereMissing)}</p>
                })}
                <div class="radios">
                    {[(true, Msg::Yes, "still-yes"), (false, Msg::No, "still-no")].into_iter().map(|(value, label, id)| view! {
                        <label class="radio" for=id class:choice-on=move || still_there.get() == Some(value)>
                            <input type="radio" name="still" id=id
                                prop:checked=move || still_there.get() == Some(value)
                                on:change=move |_| { still_there.set(Some(value)); save_end(); }/>
                            <span>{s.t(label)}</span>
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            <Show when=move || still_there.get() == Some(false)>
                <MonthYear
                    id="end"
                    legend=Msg::Stopped
                    value=end
                    error=Signal::derive(move || msg_of(|p| match p { Problem::End(m) => Some(m), _ => None }))
                    on_pick=save_end
                />
            </Show>
            <TextField
                id="employer"
                label=Msg::EmployerLabel
                hint=Msg::EmployerHint
                saved=job.employer.clone().unwrap_or_default()
                autocomplete="organization"
                error=employer_err
                save=move |t| s.commit(Change::SetJobEmployer(id.get_value(), t))
            />
            <ContinueButton on_continue=on_continue/>
        </QuestionPage>
    }
    .into_any()
}

/// A month picker and a year picker under one question. Picking both calls `on_pick`.
#[component]
fn MonthYear(
    id: &'static str,
    legend: Msg,
    value: RwSignal<(Option<u8>, Option<u16>)>,
    #[prop(into)] error: Signal<Option<Msg>>,
    on_pick: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let s = use_app();
    let this_year = chrono::Utc::now().year() as u16;
    let month_id = format!("{id}-month");
    let year_id = format!("{id}-year");
    view! {
        <fieldset class="field" class:field-error=move || error.get().is_some()>
            <legend data-read>{s.t(legend)}</legend>
            {move || error.get().map(|m| view! { <p class="error-message">{s.t(m)}</p> })}
            <div class="month-year">
                <div>
                    <label for=month_id.clone()>{s.t(Msg::Month)}</label>
                    <select id=month_id.clone() on:change=move |ev| {
                        let m = event_target_value(&ev).parse().ok();
                        value.update(|v| v.0 = m);
                        on_pick();
                    }>
                        <option value="" selected=move || value.get().0.is_none()>"—"</option>
                        {(1..=12u8).map(|m| view! {
                            <option value=m.to_string() selected=move || value.get().0 == Some(m)>
                                {month_name(s.l(), m)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div>
                    <label for=year_id.clone()>{s.t(Msg::Year)}</label>
                    <select id=year_id.clone() on:change=move |ev| {
                        let y = event_target_value(&ev).parse().ok();
                        value.update(|v| v.1 = y);
                        on_pick();
                    }>
                        <option value="" selected=move || value.get().1.is_none()>"—"</option>
                        {(1960..=this_year).rev().map(|y| view! {
                            <option value=y.to_string() selected=move || value.get().1 == Some(y)>{y}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
        </fieldset>
    }
}

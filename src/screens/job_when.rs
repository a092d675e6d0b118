use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::present::job_when::{self as rules, Problem};
use skillpass_core::profile::Job;
use skillpass_core::{when, Change, FieldError};

use crate::screens::name::focus;
use crate::state::use_app;
use crate::widgets::question::{ContinueButton, ErrorSummary, QuestionPage};
use crate::widgets::text_field::{error_msg, TextField};
use crate::widgets::year_pick::YearPick;

/// Where and when the worker did job `i`: the employer (optional), then the start year as big
/// buttons, then "I still work there" or the end year — which saves and moves on. The month is
/// optional ("Add the month"). Every tap saves at once.
#[component]
pub fn JobWhenScreen(i: usize) -> impl IntoView {
    let s = use_app();
    let Some(saved) = s.profile.get_untracked().jobs.get(i).cloned() else {
        return ().into_any();
    };
    // The page routes by position (`?job=N`) but edits the job it shows, by its id: if another
    // tab removes an earlier job meanwhile, these answers still go to this job.
    let id = StoredValue::new(saved.id.clone());
    let job = Memo::new(move |_| {
        s.profile
            .with(|p| id.with_value(|id| p.jobs.iter().find(|j| &j.id == id).cloned()))
    });
    let fallback = StoredValue::new(saved.clone());
    let get = move || job.get_untracked().unwrap_or_else(|| fallback.get_value());
    let start = Signal::derive(move || job.get().and_then(|j| j.start));
    let end = Signal::derive(move || job.get().and_then(|j| j.end));
    let still_there = RwSignal::new(rules::still_there_at_open(&saved));
    // The new start came after the old end, so the end was cleared: ask again.
    let end_cleared = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let employer_err = RwSignal::new(None::<FieldError>);
    // Dates that came in wrong (old data): said plainly until they are fixed.
    let clash = move || {
        job.get()
            .is_some_and(|j| rules::shows_clash(&j, problem.get()))
    };

    let commit = move |c: Change| match s.commit(c) {
        Ok(()) => true,
        Err(e) => {
            problem.set(Some(Problem::End(e.message())));
            false
        }
    };
    let on_continue = move || {
        let Some(j) = job.get_untracked() else {
            return true;
        };
        let found = rules::incomplete(&j, still_there.get_untracked()).map(|p| match p {
            Problem::Start(_) => (p, start_target(&j)),
            Problem::End(_) => (p, "still-there".to_string()),
        });
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
                focus(&field);
                false
            }
            None => true,
        }
    };
    // Choosing the end is the last answer on this page: it saves and moves on.
    let move_on = move || {
        if on_continue() {
            s.next();
        }
    };
    let on_start_year = move |y: u16, month: Option<u8>, _wants_month: bool| {
        let Some((changes, cleared)) = when::pick_start_year(&get(), y) else {
            return;
        };
        if changes.into_iter().all(commit) {
            if let Some(c) = month.and_then(|m| {
                let j = get();
                when::start_months(&j)
                    .contains(&m)
                    .then(|| when::pick_start_month(&j, Some(m)))
                    .flatten()
            }) {
                commit(c);
            }
            problem.set(None);
            if cleared {
                still_there.set(None);
                end_cleared.set(true);
            }
        }
    };
    let on_start_month = move |m: Option<u8>| {
        if let Some(c) = when::pick_start_month(&get(), m) {
            if commit(c) {
                problem.set(None);
            }
        }
    };
    let on_end_year = move |y: u16, month: Option<u8>, wants_month: bool| {
        let Some(c) = when::pick_end_year(&get(), y) else {
            return;
        };
        if !commit(c) {
            return;
        }
        if let Some(c) = month.and_then(|m| {
            let j = get();
            when::end_months(&j)
                .contains(&m)
                .then(|| when::pick_end_month(&j, Some(m)))
                .flatten()
        }) {
            commit(c);
        }
        still_there.set(Some(false));
        end_cleared.set(false);
        problem.set(None);
        // Someone who opened "Add the month" and has not tapped one yet is not done here.
        if !wants_month {
            move_on();
        }
    };
    let on_end_month = move |m: Option<u8>| {
        if let Some(c) = when::pick_end_month(&get(), m) {
            if commit(c) {
                problem.set(None);
            }
        }
    };
    let on_still_there = move |_| {
        if commit(Change::SetJobEnd(id.get_value(), None)) {
            still_there.set(Some(true));
            end_cleared.set(false);
            problem.set(None);
            move_on();
        }
    };
    let errors = Signal::derive(move || {
        let mut v = Vec::new();
        if let Some(e) = employer_err.get() {
            v.push(("employer".to_string(), error_msg(e, Msg::ErrEmpty)));
        }
        match problem.get() {
            Some(Problem::Start(m)) => {
                v.push((job.get().map(|j| start_target(&j)).unwrap_or_default(), m))
            }
            Some(Problem::End(m)) => v.push(("still-there".to_string(), m)),
            None => {}
        }
        v
    });
    let title = s.job_title(i);
    let start_error = move || match problem.get() {
        Some(Problem::Start(m)) => Some(m),
        _ => None,
    };
    let end_error = move || match problem.get() {
        Some(Problem::End(m)) => Some(m),
        _ => None,
    };
    view! {
        <QuestionPage question=s.t(Msg::JobWhenQuestion).to_string() caption=title>
            <p class="hint" data-read>{s.t(Msg::JobWhenHint)}</p>
            <ErrorSummary errors=errors/>
            <TextField
                id="employer"
                label=Msg::EmployerLabel
                hint=Msg::EmployerHint
                saved=get().employer.unwrap_or_default()
                autocomplete="organization"
                error=employer_err
                save=move |t| s.commit(Change::SetJobEmployer(id.get_value(), t))
            />
            <fieldset class="field" class:field-error=move || start_error().is_some() data-testid="start">
                <legend data-read>{s.t(Msg::Started)}</legend>
                {move || start_error().map(|m| view! { <p class="error-message">{s.t(m)}</p> })}
                <YearPick
                    prefix="start".to_string()
                    label=s.t(Msg::Started)
                    value=start
                    from=Signal::derive(|| skillpass_core::month::MIN_YEAR)
                    months=Signal::derive(move || job.get().map(|j| when::start_months(&j)).unwrap_or_default())
                    on_year=on_start_year
                    on_month=on_start_month
                />
            </fieldset>
            <Show when=move || job.get().is_some_and(|j| rules::asks_end(&j))>
                <fieldset class="field" class:field-error=move || end_error().is_some() || clash() data-testid="end">
                    <legend data-read>{s.t(Msg::Stopped)}</legend>
                    {move || end_error().map(|m| view! { <p class="error-message">{s.t(m)}</p> })}
                    {move || clash().then(|| view! {
                        <p class="error-message" data-testid="dates-clash" data-read>{s.t(Msg::WhenClash)}</p>
                    })}
                    {move || end_cleared.get().then(|| view! {
                        <p class="notice" role="status" data-testid="end-cleared" data-read>{s.t(Msg::WhenEndCleared)}</p>
                    })}
                    <button type="button" class="secondary still-there" id="still-there"
                        aria-pressed=move || job.get().is_some_and(|j| rules::still_there_pressed(&j, still_there.get())).to_string()
                        on:click=on_still_there>
                        {s.t(Msg::WhenStillThere)}
                    </button>
                    <YearPick
                        prefix="end".to_string()
                        label=s.t(Msg::Stopped)
                        value=end
                        from=Signal::derive(move || start.get().map_or(skillpass_core::month::MIN_YEAR, |d| d.year()))
                        months=Signal::derive(move || job.get().map(|j| when::end_months(&j)).unwrap_or_default())
                        on_year=on_end_year
                        on_month=on_end_month
                    />
                </fieldset>
            </Show>
            <ContinueButton on_continue=on_continue/>
        </QuestionPage>
    }
    .into_any()
}

/// Where "tap the year you started" takes the focus: the newest year button.
fn start_target(_j: &Job) -> String {
    format!("start-year-{}", crate::widgets::year_pick::this_year())
}

use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::share::Choice;
use skillpass_core::summary::job_title;
use skillpass_core::Profile;

use crate::state::use_app;

/// "What do you want to share?": contact details and each job, ticked by default. Used for share
/// links and for a caseworker's intake summary (the same consent, the same words). `prefix` keeps
/// the element ids unique on the page.
pub fn share_choice(
    prefix: &'static str,
    start: &Profile,
    choice: RwSignal<Choice>,
) -> impl IntoView {
    let s = use_app();
    let boxes = start
        .jobs
        .iter()
        .enumerate()
        .map(|(i, job)| {
            let id = format!("{prefix}-job-{i}");
            let label_for = id.clone();
            view! {
                <label class="choice" for=label_for class:choice-on=move || choice.with(|c| c.jobs[i])>
                    <input type="checkbox" id=id
                        prop:checked=move || choice.with(|c| c.jobs[i])
                        on:change=move |e| { let on = event_target_checked(&e); choice.update(|c| c.jobs[i] = on); }/>
                    <span class="choice-text">{job_title(job, s.l())}</span>
                </label>
            }
        })
        .collect_view();
    // Her goal is hers to tell: offered, never ticked for her.
    let goal_box = skillpass_core::career::goal_title(start, s.l()).map(|title| {
        let id = format!("{prefix}-goal");
        let label_for = id.clone();
        view! {
            <label class="choice" for=label_for class:choice-on=move || choice.with(|c| c.goal)>
                <input type="checkbox" id=id data-testid="share-goal"
                    prop:checked=move || choice.with(|c| c.goal)
                    on:change=move |e| { let on = event_target_checked(&e); choice.update(|c| c.goal = on); }/>
                <span class="choice-text">{format!("{}: {title}", s.t(Msg::NoteGoal))}</span>
            </label>
        }
    });
    // Her job-centre answers, likewise hers to give.
    let jc_box = (!start.job_centre.is_empty()).then(|| {
        let id = format!("{prefix}-job-centre");
        let label_for = id.clone();
        view! {
            <label class="choice" for=label_for class:choice-on=move || choice.with(|c| c.job_centre)>
                <input type="checkbox" id=id data-testid="share-job-centre"
                    prop:checked=move || choice.with(|c| c.job_centre)
                    on:change=move |e| { let on = event_target_checked(&e); choice.update(|c| c.job_centre = on); }/>
                <span class="choice-text">{s.t(Msg::ShareJobCentre)}</span>
            </label>
        }
    });
    let contact_id = format!("{prefix}-contact");
    let has_contact = !start.contact.is_empty();
    view! {
        <fieldset class="field no-print">
            <legend data-read>{s.t(Msg::ShareWhat)}</legend>
            <div class="choices">
                {has_contact.then(|| {
                    let label_for = contact_id.clone();
                    view! {
                        <label class="choice" for=label_for class:choice-on=move || choice.with(|c| c.contact)>
                            <input type="checkbox" id=contact_id
                                prop:checked=move || choice.with(|c| c.contact)
                                on:change=move |e| { let on = event_target_checked(&e); choice.update(|c| c.contact = on); }/>
                            <span class="choice-text">{s.t(Msg::ShareContact)}</span>
                        </label>
                    }
                })}
                {boxes}
                {goal_box}
                {jc_box}
            </div>
        </fieldset>
    }
}

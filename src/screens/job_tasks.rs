use leptos::prelude::*;
use skillpass_core::i18n::{clear_ticks, show_more, Msg};
use skillpass_core::taxonomy;
use skillpass_core::{Change, SkillId, SkillSource};

use crate::state::use_app;
use crate::widgets::choice::skill_choice;
use crate::widgets::question::{ContinueButton, QuestionPage};

/// "Which of these did you do?" for job `i`: its activities, most central first, none pre-ticked;
/// the first ones shown (`taxonomy::tasks_shown`) and "Show N more" for the rest, with "I did all
/// of these" (the ones shown) and "None of these". "None of these" moves on when nothing is
/// ticked; with ticks it asks before clearing them, and then stays on the page.
#[component]
pub fn JobTasksScreen(i: usize) -> impl IntoView {
    let s = use_app();
    let t = taxonomy::get();
    let Some(occ) = s
        .profile
        .with_untracked(|p| p.jobs.get(i).and_then(|j| t.occupation_of(j)))
    else {
        return ().into_any();
    };
    let ids: Vec<SkillId> = t.activities(occ).map(|a| SkillId::new(a.id)).collect();
    let total = ids.len();
    let first = s.profile.with_untracked(|p| {
        taxonomy::tasks_shown(
            total,
            ids.iter()
                .enumerate()
                .filter(|(_, id)| p.has_skill(id))
                .map(|(n, _)| n),
        )
    });
    let shown = RwSignal::new(first);
    let ticked = {
        let ids = ids.clone();
        Memo::new(move |_| {
            s.profile
                .with(|p| ids.iter().filter(|id| p.has_skill(id)).count())
        })
    };
    let add = move |id: SkillId| Change::AddSkill {
        id,
        source: SkillSource::Job,
        today: chrono::Utc::now().date_naive(),
    };
    let all = {
        let ids = ids.clone();
        move |_| {
            let n = shown.get_untracked();
            let _ = s.commit_all(ids.iter().take(n).cloned().map(add));
        }
    };
    let asking = RwSignal::new(false);
    let none = move |_| {
        if ticked.get_untracked() == 0 {
            s.next();
        } else {
            asking.set(true);
            request_animation_frame(|| crate::screens::name::focus("clear-q"));
        }
    };
    let clear = {
        let ids = ids.clone();
        move |_| {
            let _ = s.commit_all(ids.iter().cloned().map(Change::RemoveSkill));
            asking.set(false);
            crate::screens::name::focus("none-of-these");
        }
    };
    let keep = move |_| {
        asking.set(false);
        crate::screens::name::focus("none-of-these");
    };
    let more = move |_| {
        let before = shown.get_untracked();
        shown.set(total);
        // Focus goes to the first task that appeared (the button is gone).
        request_animation_frame(move || {
            if let Some(el) = document()
                .query_selector_all("[data-testid=tasks] input")
                .ok()
                .and_then(|l| l.item(before as u32))
            {
                use wasm_bindgen::JsCast;
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    };
    let title = s.job_title(i);
    let activities: Vec<_> = t.activities(occ).collect();
    view! {
        <QuestionPage question=s.t(Msg::JobTasksQuestion).to_string() caption=title>
            <p class="hint" data-read>{s.t(Msg::JobTasksHint)}</p>
            <div class="bulk">
                <button type="button" class="secondary" data-testid="all-of-these" on:click=all>
                    {s.t(Msg::AllOfThese)}
                </button>
                <button type="button" class="secondary" id="none-of-these" data-testid="none-of-these" on:click=none>
                    {s.t(Msg::NoneOfThese)}
                </button>
            </div>
            <Show when=move || asking.get()>
                <div class="decision" role="alertdialog" aria-labelledby="clear-q" data-testid="clear-ticks">
                    <p id="clear-q" class="lead" tabindex="-1" data-read>{move || clear_ticks(s.l(), ticked.get())}</p>
                    <div class="bulk">
                        <button type="button" class="secondary" data-testid="clear-ticks-yes" on:click=clear.clone()>
                            {s.t(Msg::ClearTicksYes)}
                        </button>
                        <button type="button" class="secondary" data-testid="clear-ticks-no" on:click=keep>
                            {s.t(Msg::ClearTicksNo)}
                        </button>
                    </div>
                </div>
            </Show>
            <ul class="choices" role="list" data-testid="tasks">
                {move || activities.iter().take(shown.get())
                    .map(|a| skill_choice(s, a, occ.icon, SkillSource::Job)).collect_view()}
            </ul>
            <Show when=move || { shown.get() < total }>
                <button type="button" class="secondary" data-testid="show-more-tasks" on:click=more>
                    {move || show_more(s.l(), total - shown.get())}
                </button>
            </Show>
            <ContinueButton on_continue=|| true/>
        </QuestionPage>
    }
    .into_any()
}

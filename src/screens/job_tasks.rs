use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::taxonomy;
use skillpass_core::{Change, SkillId, SkillSource};

use crate::state::use_app;
use crate::widgets::choice::skill_choice;
use crate::widgets::question::{ContinueButton, QuestionPage};

/// "Which of these did you do?" for job `i`: its activities, most central first, none pre-ticked,
/// with "I did all of these" and "None of these".
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
    let add = move |id: SkillId| Change::AddSkill {
        id,
        source: SkillSource::Job,
        today: chrono::Utc::now().date_naive(),
    };
    let all = {
        let ids = ids.clone();
        move |_| {
            let _ = s.commit_all(ids.iter().cloned().map(add));
        }
    };
    let none = {
        let ids = ids.clone();
        move |_| {
            let _ = s.commit_all(ids.iter().cloned().map(Change::RemoveSkill));
            s.next();
        }
    };
    let title = s.job_title(i);
    view! {
        <QuestionPage question=s.t(Msg::JobTasksQuestion).to_string() caption=title>
            <p class="hint" data-read>{s.t(Msg::JobTasksHint)}</p>
            <div class="bulk">
                <button type="button" class="secondary" data-testid="all-of-these" on:click=all>
                    {s.t(Msg::AllOfThese)}
                </button>
                <button type="button" class="secondary" data-testid="none-of-these" on:click=none>
                    {s.t(Msg::NoneOfThese)}
                </button>
            </div>
            <ul class="choices" role="list" data-testid="tasks">
                {t.activities(occ).map(|a| skill_choice(s, a, occ.icon, SkillSource::Job)).collect_view()}
            </ul>
            <ContinueButton on_continue=|| true/>
        </QuestionPage>
    }
    .into_any()
}

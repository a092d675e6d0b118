use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::starter::{StarterSkill, STARTER_SKILLS};
use skillpass_core::wizard::Step;
use skillpass_core::{Change, SkillSource};

use crate::state::use_app;
use crate::widgets::{icons, question::QuestionPage};

#[component]
pub fn SkillsScreen() -> impl IntoView {
    let s = use_app();
    view! {
        <QuestionPage step=Step::Skills back=Step::Name question=Msg::SkillsQuestion>
            <p class="hint">{move || s.t(Msg::SkillsHint)}</p>
            <ul class="choices" role="list">
                {STARTER_SKILLS.iter().map(choice).collect_view()}
            </ul>
            <button class="primary" data-testid="continue" on:click=move |_| s.go(Step::Profile)>
                {move || s.t(Msg::Continue)}
            </button>
        </QuestionPage>
    }
}

/// One tickable skill. Ticking saves at once; there is nothing to "submit".
fn choice(skill: &'static StarterSkill) -> impl IntoView {
    let s = use_app();
    let id = skill.skill_id();
    let checked = {
        let id = id.clone();
        Memo::new(move |_| s.profile.with(|p| p.has_skill(&id)))
    };
    let on_change = move |ev: leptos::ev::Event| {
        let change = if event_target_checked(&ev) {
            Change::AddSkill {
                id: id.clone(),
                source: SkillSource::Chosen,
                today: chrono::Utc::now().date_naive(),
            }
        } else {
            Change::RemoveSkill(id.clone())
        };
        // Ticking a listed skill cannot fail validation; storage trouble shows in the banner.
        let _ = s.commit(change);
    };
    view! {
        <li>
            <label class="choice" class:choice-on=move || checked.get() data-skill=skill.id>
                <input type="checkbox" prop:checked=move || checked.get() on:change=on_change/>
                <span class="choice-icon" inner_html=icons::svg(skill.icon)></span>
                <span class="choice-text">{move || skill.label(s.lang.get())}</span>
            </label>
        </li>
    }
}

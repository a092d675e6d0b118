use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::taxonomy;
use skillpass_core::{Change, SkillId, SkillSource};

use crate::state::use_app;
use crate::widgets::choice::choice;
use crate::widgets::question::{ContinueButton, QuestionPage};

/// Transferable and digital skills people have but rarely name.
#[component]
pub fn OtherSkillsScreen() -> impl IntoView {
    let s = use_app();
    view! {
        <QuestionPage question=s.t(Msg::OtherSkillsQuestion).to_string()>
            <p class="hint" data-read>{s.t(Msg::OtherSkillsHint)}</p>
            <ul class="choices" role="list" data-testid="other-skills">
                {taxonomy::get().transferable().map(|sk| {
                    let id = SkillId::new(sk.id);
                    let has = {
                        let id = id.clone();
                        move || s.profile.with(|p| p.has_skill(&id))
                    };
                    let toggle = move |on: bool| {
                        let change = if on {
                            Change::AddSkill {
                                id: id.clone(),
                                source: SkillSource::Chosen,
                                today: chrono::Utc::now().date_naive(),
                            }
                        } else {
                            Change::RemoveSkill(id.clone())
                        };
                        let _ = s.commit(change);
                    };
                    let words = &sk.words;
                    choice(sk.id.to_string(), sk.icon, words.get(s.l()).to_string(), Signal::derive(has), toggle)
                }).collect_view()}
            </ul>
            <ContinueButton on_continue=|| true/>
        </QuestionPage>
    }
}

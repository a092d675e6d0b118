use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::taxonomy;
use skillpass_core::SkillSource;

use crate::state::use_app;
use crate::widgets::choice::skill_choice;
use crate::widgets::question::{ContinueButton, QuestionPage};

/// Transferable and digital skills people have but rarely name.
#[component]
pub fn OtherSkillsScreen() -> impl IntoView {
    let s = use_app();
    view! {
        <QuestionPage question=s.t(Msg::OtherSkillsQuestion).to_string()>
            <p class="hint" data-read>{s.t(Msg::OtherSkillsHint)}</p>
            <ul class="choices" role="list" data-testid="other-skills">
                {taxonomy::get().transferable().map(|sk| skill_choice(s, sk, sk.icon, SkillSource::Chosen)).collect_view()}
            </ul>
            <ContinueButton on_continue=|| true/>
        </QuestionPage>
    }
}

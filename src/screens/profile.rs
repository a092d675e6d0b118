use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::repo::Keeping;
use skillpass_core::starter;
use skillpass_core::wizard::Step;
use skillpass_core::{Skill, SkillSource};

use crate::state::use_app;
use crate::widgets::{banners::DownloadKept, icons};

#[component]
pub fn ProfileScreen() -> impl IntoView {
    let s = use_app();
    let skills = move || s.profile.with(|p| p.skills.clone());
    view! {
        <section class="profile">
            <p class="eyebrow">{move || s.t(Msg::ProfileTitle)}</p>
            <h1 tabindex="-1" data-testid="profile-name">
                {move || format!("{}, {}", s.t(Msg::Hello), s.profile.with(|p| p.name.clone()))}
            </h1>
            {move || (s.keeping.get() == Keeping::OnDevice).then(|| view! {
                <p class="saved" data-testid="saved-status">
                    <span aria-hidden="true">"✓ "</span>
                    {move || s.t(Msg::SavedOnDevice)}
                </p>
            })}
            <h2>{move || s.t(Msg::MySkills)}</h2>
            <Show
                when=move || s.profile.with(|p| !p.skills.is_empty())
                fallback=move || view! { <p class="empty">{move || s.t(Msg::NoSkillsYet)}</p> }
            >
                <ul class="skill-list" role="list" data-testid="skill-list">
                    <For each=skills key=|sk| sk.id.clone() children=skill_row/>
                </ul>
            </Show>
            <div class="actions">
                <button class="primary" data-testid="change-skills" on:click=move |_| s.go(Step::Skills)>
                    {move || s.t(Msg::ChangeSkills)}
                </button>
                <button class="secondary" data-testid="change-name" on:click=move |_| s.go(Step::Name)>
                    {move || s.t(Msg::ChangeName)}
                </button>
            </div>
            <KeptCopies/>
        </section>
    }
}

fn skill_row(skill: Skill) -> impl IntoView {
    let s = use_app();
    let known = starter::find(&skill.id);
    let icon = known.map(|k| icons::svg(k.icon)).unwrap_or(icons::GENERIC);
    let id = skill.id.clone();
    let label = move || match known {
        Some(k) => k.label(s.lang.get()).to_string(),
        // A skill saved by a newer taxonomy than this build knows: show its id rather than hide it.
        None => id.as_str().to_string(),
    };
    let source = match skill.source {
        SkillSource::Chosen => Msg::SourceChosen,
        SkillSource::Job => Msg::SourceJob,
        SkillSource::Training => Msg::SourceTraining,
    };
    view! {
        <li class="skill" data-skill=skill.id.as_str().to_string()>
            <span class="choice-icon" inner_html=icon></span>
            <span>
                <span class="skill-label">{label}</span>
                <span class="skill-source">{move || s.t(source)}</span>
            </span>
        </li>
    }
}

/// Unreadable saves found on this device, each downloadable, so nothing is ever out of reach.
#[component]
fn KeptCopies() -> impl IntoView {
    let s = use_app();
    view! {
        <Show when=move || s.kept.with(|k| !k.is_empty())>
            <section class="kept" data-testid="kept-copies">
                <h2>{move || s.t(Msg::KeptCopies)}</h2>
                <p class="hint">{move || s.t(Msg::KeptCopiesHint)}</p>
                <For
                    each=move || s.kept.get()
                    key=|(k, _)| k.clone()
                    children=|(key, _)| view! { <DownloadKept key=key/> }
                />
            </section>
        </Show>
    }
}

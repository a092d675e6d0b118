use leptos::prelude::*;
use skillpass_core::taxonomy::SkillEntry;
use skillpass_core::{Change, SkillId, SkillSource};

use crate::state::AppState;

use crate::widgets::icons;

/// A big tickable tile: a real checkbox (so keyboards and screen readers work), a picture and
/// words. Ticking saves at once; there is nothing to submit.
pub fn choice(
    key: String,
    icon: &str,
    label: String,
    checked: Signal<bool>,
    on_toggle: impl Fn(bool) + 'static,
) -> impl IntoView {
    let id = format!("c-{}", key.replace([':', '.', ' '], "-"));
    let label_for = id.clone();
    view! {
        <li>
            <label class="choice" class:choice-on=move || checked.get() data-key=key for=label_for>
                <input
                    type="checkbox"
                    id=id
                    prop:checked=move || checked.get()
                    on:change=move |ev| on_toggle(event_target_checked(&ev))
                />
                <span class="choice-icon" inner_html=icons::svg(icon)></span>
                <span class="choice-text" data-read>{label}</span>
            </label>
        </li>
    }
}

/// A skill as a tile: ticked while the profile has it; ticking adds it (from `source`) or removes it.
pub fn skill_choice(
    s: AppState,
    skill: &SkillEntry,
    icon: &str,
    source: SkillSource,
) -> impl IntoView {
    let id = SkillId::new(skill.id);
    let has = {
        let id = id.clone();
        Signal::derive(move || s.profile.with(|p| p.has_skill(&id)))
    };
    let toggle = move |on: bool| {
        let change = if on {
            Change::AddSkill {
                id: id.clone(),
                source,
                today: chrono::Utc::now().date_naive(),
            }
        } else {
            Change::RemoveSkill(id.clone())
        };
        let _ = s.commit(change);
    };
    choice(
        skill.id.to_string(),
        icon,
        skill.words.get(s.l()).to_string(),
        has,
        toggle,
    )
}

use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::languages::{self, Language};
use skillpass_core::Change;

use crate::state::{use_app, AppState};
use crate::widgets::question::{ContinueButton, QuestionPage};
use crate::widgets::search_field::search_field;

/// "Which languages do you speak?": each language named in itself (its name in the app's language
/// beside it), the common ones first, any other by search. The app's own language is ticked for
/// someone who has said nothing yet, and the page says so.
#[component]
pub fn LanguagesScreen() -> impl IntoView {
    let s = use_app();
    let from_check = s.route.get_untracked().from_check;
    // Once a visit: someone who unticked everything and comes Back is not ticked again.
    let preset = !from_check
        && s.draft("languages-preset").is_none()
        && s.profile.with_untracked(|p| p.languages.is_empty());
    if preset {
        s.set_draft("languages-preset", Some(String::new()));
        for code in languages::preset(&[], s.l()) {
            let _ = s.commit(Change::AddLanguage(code));
        }
    }
    let query = RwSignal::new(String::new());
    let typed = move || query.with(|q| q.trim().to_string());
    // The common ones, then any other already ticked (found by search earlier).
    let shown = move || {
        let mut list: Vec<&'static Language> = languages::common().collect();
        s.profile.with(|p| {
            for code in &p.languages {
                if let Some(l) = languages::get(code) {
                    if !list.contains(&l) {
                        list.push(l);
                    }
                }
            }
        });
        list
    };
    let results = Memo::new(move |_| {
        query.with(|q| {
            languages::search(q)
                .into_iter()
                .take(8)
                .map(|l| l.code)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <QuestionPage question=s.t(Msg::LanguagesQuestion).to_string()>
            <p class="hint" data-read>{s.t(Msg::LanguagesHint)}</p>
            {preset.then(|| view! {
                <p class="note" role="status" data-testid="languages-preset" data-read>{s.t(Msg::LanguagesPreset)}</p>
            })}
            <ul class="choices language-choices" role="list" data-testid="languages">
                {move || shown().into_iter().map(|l| language_choice(s, l)).collect_view()}
            </ul>
            {search_field(s, "language-search", Msg::SearchLanguages, Msg::SearchLanguagesHint, query)}
            <Show when=move || !typed().is_empty()>
                <ul class="choices search-results" role="list" data-testid="language-results">
                    {move || results.get().into_iter().filter_map(languages::get)
                        .map(|l| language_choice(s, l)).collect_view()}
                </ul>
                <Show when=move || results.with(|r| r.is_empty())>
                    <p class="not-found" role="status">{s.t(Msg::NoLanguageFound)}</p>
                </Show>
            </Show>
            <ContinueButton on_continue=|| true/>
        </QuestionPage>
    }
}

/// A language as a tickable tile: its own name (in its own script and direction), and its name
/// in the app's language beneath when that differs.
fn language_choice(s: AppState, l: &'static Language) -> impl IntoView {
    let code = l.code;
    let has = move || s.profile.with(|p| p.languages.iter().any(|c| c == code));
    let toggle = move |on: bool| {
        let _ = s.commit(if on {
            Change::AddLanguage(code.to_string())
        } else {
            Change::RemoveLanguage(code.to_string())
        });
    };
    let id = format!("language-{code}");
    let here = l.name(s.l());
    let other = (skillpass_core::taxonomy::fold(here) != skillpass_core::taxonomy::fold(l.own))
        .then_some(here);
    view! {
        <li>
            <label class="choice" class:choice-on=has data-key=id.clone() for=id.clone()>
                <input type="checkbox" id=id.clone() prop:checked=has
                    on:change=move |ev| toggle(event_target_checked(&ev))/>
                <span class="choice-text">
                    <span class="language-own" lang=code dir=if l.rtl { "rtl" } else { "ltr" }>{l.own}</span>
                    {other.map(|n| view! { <span class="language-here">{n}</span> })}
                </span>
            </label>
        </li>
    }
}

//! Two languages side by side (the caseworker's computer): the worker's profile in the page's
//! language and, beside it, in a second language the caseworker picks, as the EU Skills Profile
//! Tool does. A language whose words are not here yet is fetched first.
use leptos::prelude::*;
use skillpass_core::i18n::{text, Lang, Msg};
use skillpass_core::Profile;

use crate::screens::profile::ProfileView;
use crate::state::use_app;
use crate::widgets::job_centre_answers::job_centre_answers;

#[component]
pub fn SideBySide(profile: Signal<Profile>, show_name: bool) -> impl IntoView {
    let s = use_app();
    let current = s.l();
    let second: RwSignal<Option<Lang>> = RwSignal::new(None);
    let pick = move |tag: String| {
        let Some(lang) = Lang::from_code(&tag).filter(|l| *l != current) else {
            second.set(None);
            return;
        };
        leptos::task::spawn_local(async move {
            match crate::platform::locale::ensure(lang).await {
                Ok(()) => second.set(Some(lang)),
                Err(_) => {
                    second.set(None);
                    s.lang_missing.set(Some(lang));
                }
            }
        });
    };
    let column = move |lang: Option<Lang>| {
        let l = lang.unwrap_or(current);
        view! {
            <div class="side-column" lang=l.code() dir=l.is_rtl().then_some("rtl")>
                <ProfileView profile=profile.get() show_name lang=l/>
                // Her job-centre answers in each language too (a caseworker's computer only).
                {profile.with(|p| job_centre_answers(p, l, Msg::JcAnswers))}
            </div>
        }
    };
    view! {
        <div class="second-lang no-print">
            <label for="second-lang">{text(current, Msg::SideBySide)}</label>
            <select id="second-lang" data-testid="second-lang"
                on:change=move |e| pick(event_target_value(&e))>
                <option value="">{text(current, Msg::SideBySideNone)}</option>
                {Lang::ALL.into_iter().filter(|l| *l != current).map(|l| view! {
                    <option value=l.code() lang=l.code()>{l.own_name()}</option>
                }).collect_view()}
            </select>
        </div>
        {move || match second.get() {
            None => column(None).into_any(),
            Some(other) => view! {
                <div class="side-by-side" data-testid="side-by-side">
                    {column(None)}
                    {column(Some(other))}
                </div>
            }.into_any(),
        }}
    }
}

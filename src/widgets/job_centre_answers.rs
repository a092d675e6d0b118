//! Her "For a job centre" answers, read-only, in one language: on her own "done" page, on the
//! open page (what a link carries), and in a caseworker's columns and intake summary. Never on
//! the résumé: they are for a job centre only.

use leptos::prelude::*;
use skillpass_core::i18n::{text, Lang, Msg};
use skillpass_core::Profile;

pub fn job_centre_answers(p: &Profile, lang: Lang, heading: Msg) -> impl IntoView {
    let rows = skillpass_core::intake::answers_in_words(p, lang);
    (!rows.is_empty()).then(|| {
        view! {
            <section class="jc-answers" data-testid="jc-answers">
                <h2 data-read>{text(lang, heading)}</h2>
                <dl>
                    {rows.into_iter().map(|(q, a)| view! {
                        <dt data-read>{q}</dt>
                        <dd data-read data-testid="jc-answer">{a}</dd>
                    }).collect_view()}
                </dl>
            </section>
        }
    })
}

//! "For a job centre" on her phone: one question a screen, each with "I'd rather not say"; a tap
//! saves the answer and shows the next question. When all are answered: her answers, and a way
//! to erase them. Which question shows is `present::job_centre::page`.

use leptos::prelude::*;
use skillpass_core::i18n::{fill, text, Msg};
use skillpass_core::jobcentre::{Question, NEXT_JOB_CHOSEN};
use skillpass_core::present::job_centre::{next_job_choices, page, Page};
use skillpass_core::wizard::Step;
use skillpass_core::Change;

use crate::state::use_app;
use crate::widgets::job_centre_answers::job_centre_answers;
use crate::widgets::{back_bar::back_bar, icons, question::QuestionPage, read_aloud::ReadAloud};

#[component]
pub fn JobCentreScreen() -> impl IntoView {
    let s = use_app();
    let now = Memo::new(move |_| s.profile.with(page));
    move || match now.get() {
        Page::Ask { question, n, total } => ask(question, n, total).into_any(),
        Page::Done => done().into_any(),
    }
}

fn ask(q: &'static Question, n: usize, total: usize) -> impl IntoView {
    let s = use_app();
    let lang = s.l();
    let answer = move |code: &'static str, goal: Option<&'static str>| {
        let mut changes = Vec::new();
        if let Some(soc) = goal {
            changes.push(Change::SetGoal(Some(soc.to_string())));
        }
        changes.push(Change::AnswerJobCentre {
            question: q.key.to_string(),
            answer: code.to_string(),
        });
        // The next question replaces this one without an address change: move to it as to a new screen.
        if s.commit_all(changes).is_ok() {
            request_animation_frame(crate::app::to_top_of_new_screen);
        }
    };
    let first = n == 1 && s.profile.with_untracked(|p| p.job_centre.is_empty());
    let option = move |code: &'static str,
                       words: String,
                       icon: Option<&'static str>,
                       goal: Option<&'static str>| {
        view! {
            <li>
                <button type="button" class="device-choice jc-option" data-testid=format!("jc-{code}")
                    data-soc=goal on:click=move |_| answer(code, goal)>
                    {icon.map(|i| view! { <span class="choice-icon" inner_html=icons::svg(i)></span> })}
                    <span class="career-title" data-read>{words}</span>
                </button>
            </li>
        }
    };
    // The job she wants next is picked from the jobs her skills lead to; the rest are the
    // question's own answers ("I picked a job" is what picking one records, not a button).
    let jobs = (q.key == "next_job").then(|| {
        s.profile
            .with_untracked(next_job_choices)
            .into_iter()
            .map(|o| {
                option(
                    NEXT_JOB_CHOSEN,
                    o.title.get(lang).to_string(),
                    Some(o.icon),
                    Some(o.soc),
                )
            })
            .collect_view()
    });
    let answers = q
        .options
        .iter()
        .filter(|o| o.code != NEXT_JOB_CHOSEN)
        .map(|o| option(o.code, text(lang, o.words).to_string(), None, None))
        .collect_view();
    let caption = fill(
        lang,
        Msg::JcQuestionOf,
        &[("n", &n.to_string()), ("total", &total.to_string())],
    );
    view! {
        <section class="question job-centre" data-testid="jc-question" data-question=q.key>
            <QuestionPage question=text(lang, q.ask).to_string() caption=caption>
                {first.then(|| view! { <p class="hint" data-testid="jc-intro" data-read>{s.t(Msg::JcIntro)}</p> })}
                {q.hint.map(|h| view! { <p class="hint" data-read>{s.t(h)}</p> })}
                <ul class="career-cards jc-options" role="list">{jobs}{answers}</ul>
                <button type="button" class="link-button" data-testid="jc-later" on:click=move |_| s.go(Step::Profile)>
                    {s.t(Msg::JcLater)}
                </button>
            </QuestionPage>
        </section>
    }
}

fn done() -> impl IntoView {
    let s = use_app();
    let sure = RwSignal::new(false);
    let erase = move |_| {
        if s.commit(Change::EraseJobCentre).is_ok() {
            s.flash.set(Some(Msg::JcErased));
            s.go(Step::Profile);
        }
    };
    view! {
        {back_bar(Step::Profile)}
        <section class="job-centre" data-testid="jc-done">
            <h1 tabindex="-1" data-read>{s.t(Msg::JcYourAnswers)}</h1>
            <ReadAloud/>
            <p class="lead" data-read>{s.t(Msg::JcDone)}</p>
            {move || s.profile.with(|p| job_centre_answers(p, s.l(), Msg::JcTitle))}
            <button type="button" class="primary" data-testid="jc-see-profile" on:click=move |_| s.go(Step::Profile)>
                {s.t(Msg::SeeMyProfile)}
            </button>
            <button type="button" class="secondary danger" data-testid="jc-erase" on:click=move |_| sure.set(true)>
                {s.t(Msg::JcErase)}
            </button>
            <Show when=move || sure.get()>
                <div class="decision" role="alertdialog" aria-labelledby="jc-erase-q">
                    <p id="jc-erase-q" class="lead" data-read>{s.t(Msg::JcEraseSure)}</p>
                    <button type="button" class="primary danger" data-testid="jc-erase-now" on:click=erase>
                        {s.t(Msg::EraseNow)}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| sure.set(false)>{s.t(Msg::Cancel)}</button>
                </div>
            </Show>
        </section>
    }
}

/// The profile page's card: answer the questions, or see (and erase) the answers given.
pub fn job_centre_card() -> impl IntoView {
    let s = use_app();
    move || {
        let answered = s.profile.with(|p| !p.job_centre.is_empty());
        let done = s.profile.with(|p| page(p) == Page::Done);
        view! {
            <div class="keep-card jc-card" data-testid="jc-card">
                <p data-read>
                    <span class="inline-icon" inner_html=icons::svg("briefcase")></span>
                    {s.t(if answered { Msg::JcYourAnswers } else { Msg::JcCard })}
                </p>
                <button type="button" class="secondary" data-testid="jc-open" on:click=move |_| s.go(Step::JobCentre)>
                    {s.t(if done { Msg::JcSee } else if answered { Msg::Continue } else { Msg::JcStart })}
                </button>
            </div>
        }
    }
}

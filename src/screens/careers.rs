use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::career::{self, education_words, Level};
use skillpass_core::change::Change;
use skillpass_core::i18n::{
    closeness_words, label_around, level_words, main_tasks, next_step_after, text, Lang, Msg,
};
use skillpass_core::present::career::{self as career_view, JobCentreNote};
use skillpass_core::taxonomy::{self, Occupation};
use skillpass_core::wizard::Step;

use crate::platform::device;
use crate::state::use_app;
use crate::widgets::{back_bar::back_bar, icons, read_aloud::ReadAloud};

fn level_key(l: Level) -> &'static str {
    match l {
        Level::StepUp => "step-up",
        Level::Similar => "similar",
        Level::EasierStart => "easier",
    }
}

/// "A step up" and "A common next step" (on a job's page: "… after Nursing assistant (CNA)"), as
/// small labels.
fn tags(
    lang: Lang,
    level: Option<Level>,
    next_from: Option<&'static Occupation>,
    long: bool,
) -> impl IntoView {
    view! {
        <span class="career-tags">
            {level.map(|l| view! {
                <span class=format!("career-level level-{}", level_key(l)) data-testid="career-level" data-read>{level_words(lang, l)}</span>
            })}
            {next_from.map(|h| view! {
                <span class="career-next" data-testid="career-next" data-read>
                    {if long { next_step_after(lang, h.title.get(lang)) } else { text(lang, Msg::CommonNextStep).to_string() }}
                </span>
            })}
        </span>
    }
}

/// The goal at the top of the profile page: "Your goal: Licensed practical nurse (LPN)", a link
/// to its career page and a way to remove it. Nothing when there is no goal.
pub fn goal_line() -> impl IntoView {
    let s = use_app();
    move || {
        let lang = s.l();
        s.profile.with(career::goal).map(|o| {
            let num = o.num;
            view! {
                <div class="goal-line" data-testid="goal-line">
                    <p data-read>
                        <span class="inline-icon" inner_html=icons::svg("star")></span>
                        {label_around(lang, s.t(Msg::YourGoal)).0}<strong data-testid="goal-title">{o.title.get(lang)}</strong>{label_around(lang, s.t(Msg::YourGoal)).1}
                    </p>
                    <div class="goal-actions">
                        <button type="button" class="link-button" data-testid="goal-open" on:click=move |_| s.go(Step::Career(num))>
                            {s.t(Msg::SeeWhatToLearn)}
                        </button>
                        <button type="button" class="link-button" data-testid="goal-remove" on:click=move |_| { let _ = s.commit(Change::SetGoal(None)); }>
                            {s.t(Msg::RemoveGoal)}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

/// "Where can my skills take me?": the best matches as cards, each saying how much of the job the
/// worker already does.
#[component]
pub fn CareersScreen() -> impl IntoView {
    let s = use_app();
    let lang = s.l();
    let shown = RwSignal::new(6usize);
    let matches = s.profile.with_untracked(career::matches);
    let total = matches.len().min(24);
    let cards = move || {
        matches
            .iter()
            .take(shown.get())
            .map(|m| {
                let o = m.occupation;
                let num = o.num;
                let close = m.closeness.map(|(c, h)| closeness_words(lang, c, h.title.get(lang)));
                view! {
                    <li>
                        <button type="button" class="career-card" data-testid="career-card" data-soc=o.soc
                            data-level=m.level.map(level_key)
                            on:click=move |_| s.go(Step::Career(num))>
                            <span class="choice-icon" inner_html=icons::svg(o.icon)></span>
                            <span class="career-text">
                                <span class="career-title" data-read>{o.title.get(lang)}</span>
                                // On a card the next-step mark goes with a step up only (a next step from an
                                // earlier, easier job is named on its page).
                                {tags(lang, m.level, m.next_from.filter(|_| m.level == Some(Level::StepUp)), false)}
                                <span class="career-have" data-testid="career-have-count" data-read>{main_tasks(lang, m.have, m.main)}</span>
                                // A drawn bar: the CSP allows no inline style attributes.
                                <svg class="meter" viewBox=format!("0 0 {} 1", m.main.max(1)) preserveAspectRatio="none" aria-hidden="true">
                                    <rect class="meter-fill" width=m.have.to_string() height="1"/>
                                </svg>
                                {close.map(|c| view! { <span class="career-close" data-testid="career-close" data-read>{c}</span> })}
                            </span>
                            <span class="chevron" aria-hidden="true">"›"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let empty = total == 0;
    view! {
        <section class="careers">
            {back_bar(Step::Profile)}
            <h1 tabindex="-1" data-read>{s.t(Msg::CareersLink)}</h1>
            <ReadAloud/>
            {if empty {
                view! { <p class="lead" data-testid="careers-empty" data-read>{s.t(Msg::CareersEmpty)}</p> }.into_any()
            } else {
                view! {
                    <p class="hint" data-read>{s.t(Msg::CareersHint)}</p>
                    <ul class="career-cards" role="list" data-testid="career-cards">{cards}</ul>
                    {move || (shown.get() < total).then(|| view! {
                        <button type="button" class="secondary" data-testid="more-careers"
                            on:click=move |_| shown.update(|n| *n += 6)>{s.t(Msg::SeeMoreJobs)}</button>
                    })}
                }.into_any()
            }}
        </section>
    }
}

/// One job: how much the worker already does, what to learn (most important first), the usual
/// education, and the path and training that lead there.
#[component]
pub fn CareerScreen(num: u16) -> impl IntoView {
    let s = use_app();
    let lang = s.l();
    let t = taxonomy::get();
    let c = career::get();
    let Some(o) = t.occupations.iter().find(|o| o.num == num) else {
        return view! { {back_bar(Step::Careers)} <p class="lead">{s.t(Msg::CareersEmpty)}</p> }
            .into_any();
    };
    let (gap, held, m, note) = s.profile.with_untracked(|p| {
        let held: Vec<&'static str> = career::held_jobs(p).iter().map(|x| x.soc).collect();
        let list = career::held_jobs(p);
        let m = (
            career::level(&list, o),
            career::closeness(&list, o),
            career::next_step_from(&list, o),
        );
        (
            career::gap(p, o.soc),
            held,
            m,
            JobCentreNote::new(lang, p, o.soc),
        )
    });
    let Some(gap) = gap else {
        return view! { {back_bar(Step::Careers)} }.into_any();
    };
    let (level, closeness, next_from) = m;
    // A job she has held is not a step from her own jobs.
    let (level, closeness, next_from) = if held.contains(&o.soc) {
        (None, None, None)
    } else {
        (level, closeness, next_from)
    };
    let education = c.facts(o.soc).map(|f| education_words(lang, f.education));
    let list = |items: &[&'static taxonomy::SkillEntry], id: &'static str, learn: bool| {
        let rows = items
            .iter()
            .take(10)
            .map(|e| {
                let words = if learn { e.learn.get(lang) } else { e.words.get(lang) };
                view! { <li class="skill" data-skill=e.id><span class="skill-label" data-read>{words}</span></li> }
            })
            .collect_view();
        view! { <ul class="skill-list" role="list" data-testid=id>{rows}</ul> }
    };
    // The path's steps; the way in's training is said once, under "What to do next".
    let steps_text = career::path_steps(&gap)
        .into_iter()
        .map(|(from, to, step)| {
            let to = t.occupation(to).map_or(to, |x| x.title.get(lang));
            let from = t.occupation(from).map_or(from, |x| x.title.get(lang));
            let cert = step.and_then(|x| x.cert).and_then(|id| t.certificate(id)).map(|k| k.name.get(lang));
            view! {
                <li data-read>
                    <strong>{from}" "<span class="flip-rtl" aria-hidden="true">"→"</span>" "{to}</strong>
                    {step.map(|x| view! { <span class="path-training">{x.training.get(lang)}</span> })}
                    {cert.map(|k| view! { <span class="path-cert"><span class="inline-icon" inner_html=icons::svg("award")></span>{k}</span> })}
                </li>
            }
        })
        .collect_view();
    let has_path = gap.path.len() > 1;
    let svg = career_view::path_svg(lang, &gap.path, o.soc, &held);
    let way_in = gap.way_in.map(|w| w.training.get(lang));
    let way_in_cert = gap
        .way_in
        .and_then(|w| w.cert)
        .and_then(|id| t.certificate(id))
        .map(|k| k.name.get(lang));
    let soc = o.soc;
    let is_goal = move || s.profile.with(|p| p.goal.as_deref() == Some(soc));
    let note_open = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let note_text = note.as_ref().map(|n| n.text(lang)).unwrap_or_default();
    let note_view = note.map(|n| {
        let share_text = note_text.clone();
        let copy_text = note_text.clone();
        let send = move |_| {
            let text = share_text.clone();
            let title = s.t(Msg::NoteTitle).to_string();
            spawn_local(async move {
                device::share_text(&title, &text).await;
            });
        };
        let copy = move |_| {
            let text = copy_text.clone();
            spawn_local(async move {
                copied.set(device::copy_text(&text).await);
            });
        };
        let learn = n
            .to_learn
            .iter()
            .map(|l| view! { <li>{*l}</li> })
            .collect_view();
        view! {
            <section class="job-note" data-testid="job-note" aria-labelledby="job-note-title">
                <h2 id="job-note-title" data-read>{s.t(Msg::NoteTitle)}</h2>
                <dl class="note-facts">
                    {(!n.name.is_empty()).then(|| view! { <dt>{s.t(Msg::NoteName)}</dt><dd class="user-text">{n.name.clone()}</dd> })}
                    <dt>{s.t(Msg::NoteGoal)}</dt><dd data-testid="note-goal">{n.goal}</dd>
                    {n.training.map(|t| view! { <dt>{s.t(Msg::NoteTraining)}</dt><dd>{t}</dd> })}
                </dl>
                <p data-read>{n.have.clone()}</p>
                {(!n.to_learn.is_empty()).then(|| view! {
                    <h3 data-read>{s.t(Msg::NoteToLearn)}</h3>
                    <ul class="note-learn" data-testid="note-learn">{learn}</ul>
                })}
                <p class="note-question" data-read>{s.t(Msg::NoteQuestion)}</p>
                <div class="note-actions no-print">
                    <button type="button" class="primary" data-testid="note-print" on:click=move |_| device::print()>{s.t(Msg::PrintNote)}</button>
                    {device::can_share().then(|| view! {
                        <button type="button" class="secondary" data-testid="note-send" on:click=send>{s.t(Msg::SendNote)}</button>
                    })}
                    <button type="button" class="secondary" data-testid="note-copy" on:click=copy>{s.t(Msg::CopyNote)}</button>
                    <p role="status" class="hint" data-testid="note-copied">{move || copied.get().then(|| s.t(Msg::NoteCopied))}</p>
                </div>
            </section>
        }
    });
    let close = closeness.map(|(c, h)| closeness_words(lang, c, h.title.get(lang)));
    view! {
        <section class="career" class:note-open=move || note_open.get()>
            {back_bar(Step::Careers)}
            <div class="career-head">
                <span class="choice-icon" inner_html=icons::svg(o.icon)></span>
                <h1 tabindex="-1" data-read data-testid="career-title">{o.title.get(lang)}</h1>
            </div>
            <ReadAloud/>
            {tags(lang, level, next_from, true)}
            <p class="lead" data-read data-testid="career-summary">{main_tasks(lang, gap.main_have, gap.main)}</p>
            {close.map(|c| view! { <p class="career-close" data-read data-testid="career-close">{c}</p> })}
            {education.map(|e| view! { <p class="education" data-read>{label_around(lang, s.t(Msg::UsualEducation)).0}<strong>{e}</strong>{label_around(lang, s.t(Msg::UsualEducation)).1}</p> })}
            {has_path.then(|| view! {
                <h2 data-read>{s.t(Msg::YourPath)}</h2>
                <div class="path" data-testid="career-path" inner_html=svg></div>
                <ol class="path-steps" data-testid="path-steps">{steps_text}</ol>
            })}
            <h2 data-read>{s.t(Msg::WhatToLearn)}</h2>
            {if gap.all_done() {
                view! { <p data-read data-testid="nothing-to-learn">{s.t(Msg::NothingToLearn)}</p> }.into_any()
            } else {
                view! {
                    <p class="hint" data-read>{s.t(Msg::WhatToLearnHint)}</p>
                    {list(gap.to_learn(), "career-missing", true)}
                }.into_any()
            }}
            {(!gap.have.is_empty()).then(|| view! {
                <h2 data-read>{s.t(Msg::WhatYouHave)}</h2>
                {list(&gap.have, "career-have", false)}
            })}
            <section class="what-next" data-testid="what-next" aria-labelledby="what-next-title">
                <h2 id="what-next-title" data-read>{s.t(Msg::WhatToDoNext)}</h2>
                <p data-read data-testid="way-in">
                    {way_in.map(|_| view! { <strong>{label_around(lang, s.t(Msg::NoteTraining)).0}</strong> })}
                    {way_in.unwrap_or(s.t(Msg::NoSetTraining))}
                </p>
                {way_in_cert.map(|k| view! { <p class="path-cert"><span class="inline-icon" inner_html=icons::svg("award")></span>{k}</p> })}
                {move || if is_goal() {
                    view! {
                        <p class="saved" role="status" data-testid="goal-saved">
                            <span class="inline-icon" inner_html=icons::svg("check")></span>{s.t(Msg::GoalSaved)}
                        </p>
                        <button type="button" class="secondary" data-testid="remove-goal"
                            on:click=move |_| { let _ = s.commit(Change::SetGoal(None)); }>{s.t(Msg::RemoveGoal)}</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="primary" data-testid="save-goal"
                            on:click=move |_| { let _ = s.commit(Change::SetGoal(Some(soc.to_string()))); }>
                            <span class="inline-icon" inner_html=icons::svg("star")></span>{s.t(Msg::SaveGoal)}
                        </button>
                    }.into_any()
                }}
                <button type="button" class="secondary" data-testid="ask-job-centre" aria-expanded=move || note_open.get().to_string()
                    aria-controls="job-note-title"
                    on:click=move |_| note_open.update(|o| *o = !*o)>{s.t(Msg::AskJobCentre)}</button>
                <div class="note-wrap" data-testid="note-wrap" hidden=move || !note_open.get()>
                    <p class="hint no-print" data-read>{s.t(Msg::AskJobCentreHint)}</p>
                    {note_view}
                </div>
            </section>
        </section>
    }
    .into_any()
}

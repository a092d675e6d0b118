use leptos::prelude::*;
use skillpass_core::career::{self, education_words};
use skillpass_core::i18n::{already_do, have_of, Lang, Msg};
use skillpass_core::taxonomy;
use skillpass_core::wizard::Step;

use crate::state::use_app;
use crate::widgets::{back_bar::back_bar, icons, read_aloud::ReadAloud};

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
                view! {
                    <li>
                        <button type="button" class="career-card" data-testid="career-card" data-soc=o.soc
                            on:click=move |_| s.go(Step::Career(num))>
                            <span class="choice-icon" inner_html=icons::svg(o.icon)></span>
                            <span class="career-text">
                                <span class="career-title" data-read>{o.title.get(lang)}</span>
                                <span class="career-have" data-read>{have_of(lang, m.have, m.main)}</span>
                                // A drawn bar: the CSP allows no inline style attributes.
                                <svg class="meter" viewBox=format!("0 0 {} 1", m.main.max(1)) preserveAspectRatio="none" aria-hidden="true">
                                    <rect class="meter-fill" width=m.have.to_string() height="1"/>
                                </svg>
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

/// The path as a picture: one circle per job, top to bottom, the chosen job filled in. Screen
/// readers get the list under it instead.
fn path_svg(lang: Lang, path: &[&'static str], target: &str, held: &[&str], yours: &str) -> String {
    let t = taxonomy::get();
    let step = 100;
    let height = step * path.len() as i32;
    let mut out = format!(
        r#"<svg viewBox="0 0 320 {height}" width="100%" aria-hidden="true" focusable="false" class="path-svg">"#
    );
    for (i, soc) in path.iter().enumerate() {
        let y = 30 + step * i as i32;
        if i + 1 < path.len() {
            out.push_str(&format!(
                r#"<path d="M28 {} V {}" class="path-line"/><path d="M21 {} l7 8 7-8" class="path-line"/>"#,
                y + 18,
                y + step - 20,
                y + step - 28
            ));
        }
        let class = if *soc == target {
            "path-node path-target"
        } else if held.contains(soc) {
            "path-node path-held"
        } else {
            "path-node"
        };
        let escape = |t: &str| {
            t.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        };
        out.push_str(&format!(
            r#"<circle cx="28" cy="{y}" r="16" class="{class}"/>"#
        ));
        // SVG text does not wrap: long titles (Spanish ones especially) go on two lines, and
        // "Your job" on a line of its own, so everything fits a phone.
        let title = t.occupation(soc).map_or(*soc, |o| o.title.get(lang));
        let mut lines = wrap(title, 24);
        lines.truncate(2);
        let mut ty = y + 6;
        for line in &lines {
            out.push_str(&format!(
                r#"<text x="56" y="{ty}" class="path-label">{}</text>"#,
                escape(line)
            ));
            ty += 21;
        }
        if held.contains(soc) {
            out.push_str(&format!(
                r#"<text x="56" y="{ty}" class="path-note">{}</text>"#,
                escape(yours)
            ));
        }
    }
    out.push_str("</svg>");
    out
}

/// Words split into lines of at most `width` characters (a longer word gets a line to itself).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
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
    let (gap, main_have, held) = s.profile.with_untracked(|p| {
        let mine: Vec<&str> = p.skills.iter().map(|k| k.id.as_str()).collect();
        let have = career::main_activities(o)
            .iter()
            .filter(|e| mine.contains(&e.id))
            .count();
        let held: Vec<&'static str> = p
            .jobs
            .iter()
            .filter_map(|j| t.occupation_of(j))
            .map(|x| x.soc)
            .collect();
        (career::gap(p, o.soc), have, held)
    });
    let Some(gap) = gap else {
        return view! { {back_bar(Step::Careers)} }.into_any();
    };
    let main = career::main_activities(o).len();
    let education = c.facts(o.soc).map(|f| education_words(lang, f.education));
    let list = |items: &[&'static taxonomy::SkillEntry], id: &'static str| {
        let rows = items
            .iter()
            .take(10)
            .map(|e| view! { <li class="skill" data-skill=e.id><span class="skill-label" data-read>{e.words.get(lang)}</span></li> })
            .collect_view();
        view! { <ul class="skill-list" role="list" data-testid=id>{rows}</ul> }
    };
    let steps_text = gap
        .path
        .windows(2)
        .map(|w| {
            let step = c.steps.iter().find(|x| x.from == w[0] && x.to == w[1]);
            let to = t.occupation(w[1]).map_or(w[1], |x| x.title.get(lang));
            let from = t.occupation(w[0]).map_or(w[0], |x| x.title.get(lang));
            let cert = step.and_then(|x| x.cert).and_then(|id| t.certificate(id)).map(|k| k.name.get(lang));
            view! {
                <li data-read>
                    <strong>{format!("{from} → {to}")}</strong>
                    {step.map(|x| view! { <span class="path-training">{x.training.get(lang)}</span> })}
                    {cert.map(|k| view! { <span class="path-cert"><span class="inline-icon" inner_html=icons::svg("award")></span>{k}</span> })}
                </li>
            }
        })
        .collect_view();
    let has_path = gap.path.len() > 1;
    let svg = path_svg(lang, &gap.path, o.soc, &held, s.t(Msg::YouDidThis));
    let way_in = gap.way_in.map(|w| w.training.get(lang));
    view! {
        <section class="career">
            {back_bar(Step::Careers)}
            <div class="career-head">
                <span class="choice-icon" inner_html=icons::svg(o.icon)></span>
                <h1 tabindex="-1" data-read data-testid="career-title">{o.title.get(lang)}</h1>
            </div>
            <ReadAloud/>
            <p class="lead" data-read data-testid="career-summary">{already_do(lang, main_have, main, o.title.get(lang))}</p>
            {education.map(|e| view! { <p class="education" data-read>{s.t(Msg::UsualEducation)}": "<strong>{e}</strong></p> })}
            <h2 data-read>{s.t(Msg::HowToGetThere)}</h2>
            <p data-read data-testid="way-in">{way_in.unwrap_or(s.t(Msg::NoSetTraining))}</p>
            {has_path.then(|| view! {
                <h2 data-read>{s.t(Msg::YourPath)}</h2>
                <div class="path" data-testid="career-path" inner_html=svg></div>
                <ol class="path-steps" data-testid="path-steps">{steps_text}</ol>
            })}
            <h2 data-read>{s.t(Msg::WhatToLearn)}</h2>
            <p class="hint" data-read>{s.t(Msg::WhatToLearnHint)}</p>
            {list(&gap.missing, "career-missing")}
            {(!gap.have.is_empty()).then(|| view! {
                <h2 data-read>{s.t(Msg::WhatYouHave)}</h2>
                {list(&gap.have, "career-have")}
            })}
        </section>
    }
    .into_any()
}

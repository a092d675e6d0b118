use leptos::prelude::*;
use skillpass_core::bidi;
use skillpass_core::credential::{self, Trust};
use skillpass_core::device::DeviceMode;
use skillpass_core::i18n::{
    fill, skills_count, skills_summary, text, trust_pieces_for, Lang, Msg, Piece,
};
use skillpass_core::present;
use skillpass_core::repo::Keeping;
use skillpass_core::resume::{self, Part};
use skillpass_core::summary::{
    contact_lines, credential_name, group_skills, job_icon, job_title, shown_sources, skill_words,
};
use skillpass_core::taxonomy;
use skillpass_core::wizard::Step;
use skillpass_core::{SkillId, SkillSource};

use crate::platform::download::download_text;
use crate::state::use_app;
use crate::widgets::{banners::DownloadKept, icons, keep_card::KeepCard, read_aloud::ReadAloud};

/// A trust line with the names in it isolated (`dir="auto"`, which isolates like `<bdi>`), so
/// right-to-left letters in a provider's or learner's name cannot reorder the words around them,
/// and the key's fingerprint on one line. One element type for every piece keeps the wasm small.
/// `mine`: the worker reading her own profile ("Added by you").
pub fn trust_text(lang: Lang, trust: &Trust, mine: bool) -> impl IntoView {
    trust_pieces_for(lang, trust, mine)
        .into_iter()
        .map(|p| {
            // A fingerprint is left to right, and kept on one line by the style sheet.
            let (dir, text) = match p {
                Piece::Words(t) => (None, t),
                Piece::Name(t) => (Some("auto"), t),
                Piece::Key(t) => (Some("ltr"), t),
            };
            view! { <span dir=dir>{text}</span> }
        })
        .collect_view()
}

/// The finished profile in the worker's words: jobs with the skills from each, other skills,
/// certificates, and how many skills that makes.
#[component]
pub fn ProfileScreen() -> impl IntoView {
    let s = use_app();
    view! {
        <section class="profile">
            <p class="eyebrow">{s.t(Msg::ProfileTitle)}</p>
            <h1 tabindex="-1" data-testid="profile-name" data-read>
                {move || s.profile.with(|p| fill(s.l(), Msg::Hello, &[("name", &p.greeting_name())]))}
            </h1>
            // (issue 14, h-career: the goal line goes here, under the greeting.)
            // Sharing is what the profile is for: on the first screen, above everything else.
            <button type="button" class="primary share-top" data-testid="share" on:click=move |_| s.go(Step::Share)>
                <span class="inline-icon" inner_html=icons::svg("ios-share")></span>{s.t(Msg::ShareButton)}
            </button>
            <ReadAloud/>
            {crate::screens::careers::goal_line()}
            {move || (s.keeping.get() == Keeping::OnDevice).then(|| view! {
                <p class="saved" data-testid="saved-status">
                    <span class="inline-icon" inner_html=icons::svg("check")></span>
                    {s.t(Msg::SavedOnDevice)}
                </p>
            })}
            <KeepCard top=true/>
            <button type="button" class="secondary careers-link" data-testid="careers" on:click=move |_| s.go(Step::Careers)>
                <span class="inline-icon" inner_html=icons::svg("star")></span>{s.t(Msg::CareersLink)}
            </button>
            {crate::screens::job_centre::job_centre_card()}
            // A caseworker can read the client's profile in two languages at once.
            // (Only the tools page runs in caseworker mode: the worker's app leaves this out.)
            {if cfg!(feature = "tools") && s.mode.get_untracked() == Some(DeviceMode::Caseworker) {
                view! { <crate::widgets::side_by_side::SideBySide profile=s.profile.into() show_name=false/> }.into_any()
            } else {
                (move || view! { <ProfileView profile=s.profile.get() show_name=false/> }).into_any()
            }}
            <div class="actions">
                <button type="button" class="secondary" data-testid="edit-answers" on:click=move |_| s.go(Step::Check)>
                    {s.t(Msg::EditAnswers)}
                </button>
                <button type="button" class="link-button" data-testid="about" on:click=move |_| s.go(Step::About)>
                    {s.t(Msg::AboutLink)}
                </button>
                {crate::screens::tools::trainer_link()}
                <button type="button" class="link-button" data-testid="device-link" on:click=move |_| s.go(Step::Device)>
                    {s.t(Msg::DeviceLink)}
                </button>
                {present::profile::pin_link(s.has_pin(), s.mode.get_untracked()).map(|link| view! {
                    <button type="button" class="link-button" data-testid="pin-link" on:click=move |_| s.go(Step::Pin)>
                        {s.t(link)}
                    </button>
                })}
            </div>
            <KeepCard top=false/>
            <KeptCopies/>
        </section>
    }
}

/// A profile in the reader's language, read-only: name and contact (for a résumé or a shared
/// profile, which also counts skills in the third person), how many skills, jobs with the skills
/// from each, other skills, certificates.
#[component]
pub fn ProfileView(
    profile: skillpass_core::Profile,
    show_name: bool,
    /// Another language than the page's (the caseworker's second column).
    #[prop(optional)]
    lang: Option<Lang>,
) -> impl IntoView {
    let s = use_app();
    let lang = lang.unwrap_or_else(|| s.l());
    // Typed and linked text without bidi controls; the style sheet isolates it
    // (`unicode-bidi: plaintext` on the classes below, cheaper in wasm than `dir` attributes).
    let p = &bidi::plain_profile(&profile);
    let grouped = group_skills(p);
    let contact = contact_lines(p);
    let jobs = p
        .jobs
        .iter()
        .enumerate()
        .map(|(i, job)| {
            let skills = grouped.by_job[i].clone();
            view! {
                <li class="job-card" data-testid="job-card">
                    <div class="job-head">
                        <span class="choice-icon" inner_html=icons::svg(job_icon(job))></span>
                        <div>
                            <h3 data-read>{job_title(job, lang)}</h3>
                            <p class="muted" data-testid="job-line">{resume::job_line(job, lang)}</p>
                        </div>
                    </div>
                    {skill_list(lang, skills, p, false)}
                </li>
            }
        })
        .collect_view();
    let certs = p
        .credentials
        .iter()
        .map(|c| {
            // Checked again on every display, offline: a changed record never keeps its label.
            let trust = credential::trust(c, &p.name);
            let kind = trust.kind();
            let badge = matches!(trust, Trust::Signed { .. })
                .then(|| credential::open_badge(c))
                .flatten();
            // Who gave it and when; on paper "added by you" is left out, who signed a class stays.
            let line = Some(resume::credential_line(c, lang)).filter(|l| !l.is_empty());
            let trust_class = format!(
                "trust trust-{kind}{}",
                if resume::prints_trust(&trust) { "" } else { " no-print" }
            );
            view! {
                <li class="skill cert" data-testid="cert">
                    <span class="choice-icon small" inner_html=icons::svg("award")></span>
                    <span>
                        <span class="skill-label" data-read>{credential_name(c, lang)}</span>
                        {line.map(|l| view! { <span class="skill-source cert-line" data-testid="cert-line">{l}</span> })}
                        <span class=trust_class data-testid="trust" data-trust=kind data-read>
                            {trust_text(lang, &trust, !show_name)}
                        </span>
                        {badge.map(|doc| view! {
                            <button type="button" class="link-button no-print" data-testid="save-badge"
                                on:click=move |_| {
                                    let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
                                    let _ = download_text("open-badge.json", &text, "application/json");
                                }>
                                {text(lang, Msg::SaveBadge)}
                            </button>
                            <span class="hint file-hint no-print" data-testid="badge-hint" data-read>{text(lang, Msg::BadgeHint)}</span>
                        })}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="profile-view" data-testid="profile-view">
            {show_name.then(|| view! {
                <h2 class="resume-name" data-testid="view-name" data-read>{p.name.clone()}</h2>
                {(!contact.is_empty()).then(|| view! {
                    <p class="resume-contact" data-testid="view-contact">{contact.join(resume::SEP)}</p>
                })}
            })}
            {(!p.languages.is_empty()).then(|| view! { <p class="resume-languages" data-testid="view-languages" data-read>{skillpass_core::i18n::label_value(lang, text(lang, Msg::LanguagesRow), &skillpass_core::i18n::list(lang, &skillpass_core::languages::names(&p.languages, lang)))}</p> })}
            // Her goal, on a shared view and the résumé (her own profile shows it at the top).
            {show_name.then(|| resume::goal_line(p, lang)).flatten().map(|g| view! { <p class="resume-languages" data-testid="view-goal" data-read>{g}</p> })}
            // A count is the app talking: on screen only, never on the résumé.
            <p class="summary-count no-print" data-testid="skills-summary" data-read>
                <span class="inline-icon" inner_html=icons::svg("star")></span>
                {if show_name { skills_count(lang, p.skills.len()) } else { skills_summary(lang, p.skills.len()) }}
            </p>
            {(!p.jobs.is_empty()).then(|| view! {
                {heading(text(lang, Msg::MyJobs), resume::heading(Part::Jobs, lang))}
                <ul class="job-cards" role="list">{jobs}</ul>
            })}
            {(!grouped.other.is_empty()).then(|| view! {
                {heading(text(lang, Msg::OtherSkillsHeading), resume::heading(Part::OtherSkills, lang))}
                {skill_list(lang, grouped.other.clone(), p, true)}
            })}
            {p.skills.is_empty().then(|| view! { <p class="empty">{text(lang, Msg::NoSkillsYet)}</p> })}
            {(!p.credentials.is_empty()).then(|| view! {
                {heading(text(lang, Msg::MyCerts), resume::heading(Part::Certificates, lang))}
                <ul class="skill-list" role="list" data-testid="cert-list">{certs}</ul>
            })}
        </div>
    }
}

/// A section heading: the worker's words on screen ("My jobs"), résumé words on paper ("Work
/// history"); only the screen's words are read aloud.
fn heading(on_screen: &'static str, on_paper: Option<&'static str>) -> impl IntoView {
    view! {
        <h2>
            <span class="on-screen" data-read>{on_screen}</span>
            <span class="on-paper">{on_paper.unwrap_or(on_screen)}</span>
        </h2>
    }
}

/// Skills as a list; `with_source` adds where each came from ("You added this yourself"), which
/// goes without saying under a job.
fn skill_list(
    lang: Lang,
    ids: Vec<SkillId>,
    p: &skillpass_core::Profile,
    with_source: bool,
) -> impl IntoView {
    let t = taxonomy::get();
    // "Learned in a class" only for a skill a signed class on the profile lists.
    let sources = if with_source {
        shown_sources(p)
    } else {
        Vec::new()
    };
    let rows = ids
        .into_iter()
        .map(|id| {
            let source = sources
                .iter()
                .find_map(|(k, src)| (*k == id).then_some(*src));
            let icon = t
                .skill(&id)
                .map(|e| e.icon)
                .filter(|i| !i.is_empty())
                .unwrap_or("check");
            let source = source.map(|src| match src {
                SkillSource::Chosen => Msg::SourceChosen,
                SkillSource::Job => Msg::SourceJob,
                SkillSource::Training => Msg::SourceTraining,
            });
            view! {
                <li class="skill" data-skill=id.as_str().to_string()>
                    <span class="choice-icon small" inner_html=icons::svg(icon)></span>
                    <span>
                        <span class="skill-label" data-read>{skill_words(&id, lang)}</span>
                        {source.map(|m| view! { <span class="skill-source">{text(lang, m)}</span> })}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="skill-list" role="list" data-testid="skill-list">{rows}</ul> }
}

/// Unreadable saves found on this device, each downloadable, so nothing is ever out of reach.
#[component]
fn KeptCopies() -> impl IntoView {
    let s = use_app();
    view! {
        <Show when=move || s.kept.with(|k| !k.is_empty())>
            <section class="kept" data-testid="kept-copies">
                <h2>{s.t(Msg::KeptCopies)}</h2>
                <p class="hint">{s.t(Msg::KeptCopiesHint)}</p>
                <For
                    each=move || s.kept.get()
                    key=|(k, _)| k.clone()
                    children=|(key, _)| view! { <DownloadKept key=key/> }
                />
            </section>
        </Show>
    }
}

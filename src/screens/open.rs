use leptos::prelude::*;
use skillpass_core::credential;
use skillpass_core::device::DeviceMode;
use skillpass_core::i18n::{add_class_question, fill, left_out, Msg};
use skillpass_core::summary::skill_words;
use skillpass_core::Credential;

use crate::screens::profile::{trust_text, ProfileView};
use crate::state::{use_app, Incoming};
use crate::widgets::job_centre_answers::job_centre_answers;
use crate::widgets::read_aloud::ReadAloud;

/// On a caseworker's computer, the client who is open now, by name ("Add to Rosa Díaz"), if one
/// with a profile is open.
fn open_client_name() -> Option<String> {
    let s = use_app();
    // (The worker's app never opens a link in caseworker mode: this is the tools page's.)
    (cfg!(feature = "tools") && s.mode.get_untracked() == Some(DeviceMode::Caseworker))
        .then(|| {
            s.profile
                .with_untracked(|p| p.is_started().then(|| skillpass_core::bidi::plain(&p.name)))
        })
        .flatten()
}

/// A profile from a share link or a file: read-only, in the reader's language, then saved only if
/// the person says so — added to theirs or in its place, with a confirmation before replacing.
#[component]
pub fn OpenScreen() -> impl IntoView {
    let s = use_app();
    move || match s.incoming.get() {
        None => problem(Msg::LinkProblem, Msg::LinkIncomplete).into_any(),
        Some(Incoming::Link(Err(e))) => {
            let (heading, say) = skillpass_core::present::messages::link_error(e);
            problem(heading, say).into_any()
        }
        Some(Incoming::File(Err(e))) => {
            let (heading, say) = skillpass_core::present::messages::file_error(e);
            problem(heading, say).into_any()
        }
        Some(Incoming::Link(Ok(a))) => {
            let left_out = (!a.dropped.is_empty()).then(|| left_out(s.l(), a.dropped.len(), true));
            preview(
                a.profile,
                Msg::OpenTitle,
                Some(Msg::OpenNote),
                Vec::new(),
                Vec::new(),
                left_out,
            )
            .into_any()
        }
        Some(Incoming::File(Ok((_, imported)))) => {
            let n = imported.dropped.len();
            let left_out = (n > 0).then(|| left_out(s.l(), n, false));
            preview(
                imported.profile,
                Msg::FileTitle,
                None,
                imported.unmatched,
                imported.not_kept,
                left_out,
            )
            .into_any()
        }
        Some(Incoming::Training(Err(msg))) => problem(Msg::LinkProblem, msg).into_any(),
        Some(Incoming::Training(Ok(c))) => class_offer(c).into_any(),
    }
}

/// "Add Forklift Safety from Valley Training Center to your skills?", with who signed it and the
/// skills it brings, in the learner's language.
fn class_offer(c: Credential) -> impl IntoView {
    let s = use_app();
    let lang = s.l();
    let (have, name) = s
        .profile
        .with_untracked(|p| (p.has_credential(&c), p.name.clone()));
    let trust = credential::trust(&c, &name);
    let question = add_class_question(lang, &c.name, c.issuer.as_deref().unwrap_or_default());
    let skills = c
        .skills
        .iter()
        .map(|id| view! { <li class="skill"><span class="skill-label" data-read>{skill_words(id, lang)}</span></li> })
        .collect_view();
    view! {
        <section class="open class-offer" data-testid="class-offer">
            <p class="eyebrow">{s.t(Msg::ClassOfferTitle)}</p>
            <h1 tabindex="-1" data-read data-testid="class-question">{question}</h1>
            <ReadAloud/>
            <p class=format!("trust trust-{}", trust.kind()) data-testid="trust" data-trust=trust.kind() data-read>
                {trust_text(lang, &trust, false)}
            </p>
            <h2 data-read>{s.t(Msg::ClassSkillsYouGet)}</h2>
            <ul class="skill-list" role="list" data-testid="class-skills">{skills}</ul>
            {if have {
                view! {
                    <p class="lead" role="status" data-testid="already-added" data-read>{s.t(Msg::AlreadyAdded)}</p>
                    <button type="button" class="primary" data-testid="leave" on:click=move |_| s.leave_incoming()>
                        {s.t(Msg::SeeMyProfile)}
                    </button>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="primary" data-testid="add-class"
                        on:click=move |_| { let _ = s.accept_training(); }>
                        {match open_client_name() {
                            Some(name) => fill(lang, Msg::AddToClient, &[("name", &name)]),
                            None => s.t(Msg::AddClass).to_string(),
                        }}
                    </button>
                    <button type="button" class="link-button" data-testid="leave" on:click=move |_| s.leave_incoming()>
                        {s.t(Msg::NotNow)}
                    </button>
                }.into_any()
            }}
        </section>
    }
}

#[cfg(feature = "tools")]
fn new_client_button() -> impl IntoView {
    let s = use_app();
    view! {
        <button type="button" class="primary" data-testid="add-new-client"
            on:click=move |_| { s.accept_as_new_client(); }>
            {s.t(Msg::AddNewClient)}
        </button>
        <p class="hint">{s.t(Msg::AddNewClientHint)}</p>
    }
}

/// The worker's app never runs in caseworker mode (it hands over to the tools page).
#[cfg(not(feature = "tools"))]
fn new_client_button() -> impl IntoView {}

/// The friendly page for a link or file that cannot be opened. Nothing stored is touched.
fn problem(title: Msg, message: Msg) -> impl IntoView {
    let s = use_app();
    let started = s.profile.with_untracked(|p| p.is_started());
    view! {
        <section class="problem" data-testid="link-problem">
            <h1 tabindex="-1" data-read>{s.t(title)}</h1>
            <ReadAloud/>
            <p class="lead" data-read data-testid="problem-message">{s.t(message)}</p>
            <p data-read>{s.t(Msg::NothingChanged)}</p>
            <button type="button" class="primary" data-testid="leave" on:click=move |_| s.leave_incoming()>
                {s.t(if started { Msg::GoToMine } else { Msg::StartMine })}
            </button>
        </section>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Look,
    Choose,
    ConfirmReplace,
}

fn preview(
    profile: skillpass_core::Profile,
    title: Msg,
    note: Option<Msg>,
    unmatched: Vec<String>,
    not_kept: Vec<skillpass_core::jsonresume::NotKept>,
    left_out: Option<String>,
) -> impl IntoView {
    let s = use_app();
    let stage = RwSignal::new(Stage::Look);
    let caseworker =
        cfg!(feature = "tools") && s.mode.get_untracked() == Some(DeviceMode::Caseworker);
    let client = open_client_name();
    let answers = job_centre_answers(&profile, s.l(), Msg::JcAnswers);
    // Decided when the button is pressed, from what is stored then: if another tab started a
    // profile since this page was shown, the person is asked rather than it being replaced.
    let save = move |_| {
        if s.has_own_profile() {
            stage.set(Stage::Choose);
        } else {
            let _ = s.accept_incoming(false);
        }
    };
    let client = StoredValue::new(client);
    let decision = move || {
        view! {
            {move || match stage.get() {
                // A caseworker's computer holds many people: a new one is the usual choice.
                Stage::Look if caseworker => view! {
                    <div class="decision" role="group">
                        {new_client_button()}
                        {client.get_value().map(|name| view! {
                            <button type="button" class="secondary" data-testid="add-to-client"
                                on:click=move |_| { let _ = s.accept_incoming(true); }>
                                {fill(s.l(), Msg::AddToClient, &[("name", &name)])}
                            </button>
                            <p class="hint">{s.t(Msg::AddToClientHint)}</p>
                        })}
                        <button type="button" class="link-button" data-testid="leave" on:click=move |_| s.leave_incoming()>
                            {s.t(Msg::Cancel)}
                        </button>
                    </div>
                }.into_any(),
                Stage::Look => view! {
                    <button type="button" class="primary" data-testid="save-to-phone" on:click=save>
                        {s.t(Msg::SaveToPhone)}
                    </button>
                    <button type="button" class="link-button" data-testid="leave" on:click=move |_| s.leave_incoming()>
                        {s.t(Msg::Cancel)}
                    </button>
                }.into_any(),
                Stage::Choose => view! {
                    <div class="decision" role="group" aria-labelledby="decision-q">
                        <p id="decision-q" class="lead" data-read>{s.t(Msg::YouHaveOne)}</p>
                        <button type="button" class="primary" data-testid="add-to-mine"
                            on:click=move |_| { let _ = s.accept_incoming(true); }>
                            {s.t(Msg::AddToMine)}
                        </button>
                        <p class="hint">{s.t(Msg::AddToMineHint)}</p>
                        <button type="button" class="secondary" data-testid="replace-mine"
                            on:click=move |_| stage.set(Stage::ConfirmReplace)>
                            {s.t(Msg::ReplaceMine)}
                        </button>
                        <p class="hint">{s.t(Msg::ReplaceMineHint)}</p>
                        <button type="button" class="link-button" data-testid="cancel" on:click=move |_| stage.set(Stage::Look)>
                            {s.t(Msg::Cancel)}
                        </button>
                    </div>
                }.into_any(),
                Stage::ConfirmReplace => view! {
                    <div class="decision" role="alertdialog" aria-labelledby="confirm-q">
                        <p id="confirm-q" class="lead" data-read>{s.t(Msg::SureReplace)}</p>
                        <button type="button" class="primary danger" data-testid="confirm-replace"
                            on:click=move |_| { let _ = s.accept_incoming(false); }>
                            {s.t(Msg::ConfirmReplace)}
                        </button>
                        <button type="button" class="secondary" data-testid="cancel" on:click=move |_| stage.set(Stage::Choose)>
                            {s.t(Msg::Cancel)}
                        </button>
                    </div>
                }.into_any(),
            }}
        }
    };
    view! {
        <section class="open">
            <h1 tabindex="-1" data-read data-testid="open-title">{s.t(title)}</h1>
            <ReadAloud/>
            {note.map(|n| view! { <p class="hint" data-testid="open-note" data-read>{s.t(n)}</p> })}
            {left_out.map(|t| view! { <p class="lead" role="status" data-testid="left-out" data-read>{t}</p> })}
            {(!unmatched.is_empty()).then(|| view! {
                <div class="not-found" data-testid="unmatched">
                    <p>{s.t(Msg::Unmatched)}</p>
                    <ul>{unmatched.into_iter().map(|u| view! { <li>{skillpass_core::bidi::plain(&u)}</li> }).collect_view()}</ul>
                </div>
            })}
            // What the file held that a profile has no place for (school, attachments…), in words.
            {(!not_kept.is_empty()).then(|| view! {
                <div class="not-found" data-testid="not-kept">
                    <p data-read>{s.t(Msg::NotKeptIntro)}</p>
                    <ul>{not_kept.into_iter().map(|n| view! {
                        <li data-read>{s.t(skillpass_core::present::messages::not_kept(n))}</li>
                    }).collect_view()}</ul>
                </div>
            })}
            // A caseworker decides first: the choice is at the top (a long profile would push the
            // buttons far down), the profile and her answers under it.
            {caseworker.then(|| view! { <div class="caseworker-decision">{decision()}</div> })}
            <ProfileView profile=profile show_name=true/>
            {answers}
            {(!caseworker).then(decision)}
        </section>
    }
}

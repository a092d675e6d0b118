use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::device::{self, DeviceMode, ModeChange};
use skillpass_core::i18n::Msg;
use skillpass_core::share::{self, qr, Choice};
use skillpass_core::wizard::Step;

use crate::platform::{device as browser, nav, offline, storage};
use crate::state::use_app;
use crate::widgets::{icons, read_aloud::ReadAloud};

/// "Whose computer is this?": asked once after the language, and open again from the profile.
/// A change that would hide clients' profiles, or keep the person's profile for this visit only,
/// asks first (`device::mode_change`).
#[component]
pub fn DeviceScreen() -> impl IntoView {
    let s = use_app();
    let current = s.mode.get_untracked();
    // On the worker's own phone, say plainly whether the browser agreed to keep the profile. It
    // is only asked after a tap (Firefox shows a prompt); until it answers, the line says it may not.
    let persisted = RwSignal::new(None::<bool>);
    let asking = RwSignal::new(false);
    if current == Some(DeviceMode::OwnPhone) {
        spawn_local(async move { persisted.set(Some(offline::is_persisted().await)) });
    }
    let ask = move |_| {
        asking.set(true);
        spawn_local(async move {
            let ok = offline::keep_storage().await;
            persisted.set(Some(ok));
            asking.set(false);
        });
    };
    let pending = RwSignal::new(None::<(DeviceMode, ModeChange)>);
    let choose = move |mode: DeviceMode| {
        let started = s.profile.with_untracked(|p| p.is_started());
        match device::mode_change(current, mode, started, storage::client_count()) {
            ModeChange::Now => s.set_mode(mode),
            other => {
                pending.set(Some((mode, other)));
                // The question appears below the choices: bring it under the finger (and to a
                // screen reader) instead of changing nothing visible.
                request_animation_frame(|| {
                    if let Some(q) = document().get_element_by_id("mode-q") {
                        use wasm_bindgen::JsCast;
                        q.scroll_into_view();
                        let _ = q.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                });
            }
        }
    };
    let option = move |mode: DeviceMode, icon: &'static str, label: Msg, hint: Msg| {
        let chosen = current == Some(mode);
        view! {
            <li>
                <button type="button" class="device-choice" class:choice-on=chosen aria-pressed=chosen.to_string()
                    data-testid=format!("device-{}", mode.key()) on:click=move |_| choose(mode)>
                    <span class="choice-icon" inner_html=icons::svg(icon)></span>
                    <span class="career-text">
                        <span class="career-title" data-read>{s.t(label)}</span>
                        <span class="career-have" data-read>{s.t(hint)}</span>
                    </span>
                </button>
            </li>
        }
    };
    view! {
        <section class="device">
            // Asked after Start (or from "Not your phone?"): Back returns to the welcome.
            {current.is_none().then(|| view! {
                <nav class="backbar" aria-label=s.t(Msg::Back)>
                    <button type="button" class="back-link" data-testid="back" on:click=move |_| s.back()>
                        <span aria-hidden="true">"‹ "</span>
                        {s.t(Msg::Back)}
                    </button>
                </nav>
            })}
            <h1 tabindex="-1" data-read>{s.t(Msg::DeviceQuestion)}</h1>
            <ReadAloud/>
            <p class="hint" data-read>{s.t(Msg::DeviceHint)}</p>
            <ul class="career-cards" role="list">
                {option(DeviceMode::OwnPhone, "phone", Msg::DeviceOwn, Msg::DeviceOwnHint)}
                {option(DeviceMode::Shared, "lock", Msg::DeviceShared, Msg::DeviceSharedHint)}
                {option(DeviceMode::Caseworker, "team", Msg::DeviceCaseworker, Msg::DeviceCaseworkerHint)}
            </ul>
            {move || pending.get().map(|(mode, why)| mode_decision(mode, why, pending))}
            {move || persisted.get().map(|ok| view! {
                <div class="banner banner-info" role="status" data-testid="persist-status" data-persisted=ok.to_string()>
                    <p>{s.t(if ok { Msg::PersistYes } else { Msg::PersistNo })}</p>
                    // Safari on iPhone and iPad clears a tab's storage after 7 days whatever
                    // persist() says: there, the profile page's card explains the Home Screen.
                    {(!ok && !browser::browser().ios_tab).then(|| view! {
                        <div class="banner-actions">
                            <button type="button" class="secondary" data-testid="persist-ask" on:click=ask
                                disabled=move || asking.get()>{s.t(Msg::PersistAsk)}</button>
                        </div>
                    })}
                </div>
            })}
            {current.is_some().then(|| view! {
                <button type="button" class="secondary" data-testid="device-done" on:click=move |_| s.back()>
                    {s.t(Msg::Continue)}
                </button>
            })}
        </section>
    }
}

/// Asks before a mode change that needs it: leaving caseworker mode with clients here (each
/// client's backup can be saved first), or making the person's own phone a shared computer.
fn mode_decision(
    mode: DeviceMode,
    why: ModeChange,
    pending: RwSignal<Option<(DeviceMode, ModeChange)>>,
) -> impl IntoView {
    let s = use_app();
    let (question, backups) = match why {
        ModeChange::ClientsStay { .. } => (Msg::ModeClientsStay, storage::client_backups()),
        _ => (Msg::ModeOfferCopy, Vec::new()),
    };
    let offer_own = why == ModeChange::OfferCopy;
    view! {
        <div class="decision" role="alertdialog" aria-labelledby="mode-q" data-testid="mode-decision">
            <p id="mode-q" class="lead" tabindex="-1" data-read>{s.t(question)}</p>
            {offer_own.then(|| view! {
                <button type="button" class="secondary" data-testid="mode-backup" on:click=move |_| { s.save_backup(); }>
                    {s.t(Msg::SaveBackup)}
                </button>
            })}
            <ul class="plain-list" role="list">
                {backups.into_iter().enumerate().map(|(i, (name, raw))| {
                    let file = format!("skillpass-client-{}.json", i + 1);
                    // A client who set a PIN: the name is sealed too, and the file opens only there.
                    let sealed = skillpass_core::pin::parse(&raw).is_some();
                    let label = match (sealed, name.is_empty()) {
                        (true, _) => s.t(Msg::LockedClient).to_string(),
                        (false, true) => s.t(Msg::UnnamedClient).to_string(),
                        (false, false) => name,
                    };
                    view! {
                        <li>
                            <button type="button" class="secondary" data-testid="client-backup"
                                on:click=move |_| { let _ = crate::platform::download::download_text(&file, &raw, "application/json"); }>
                                {s.t(Msg::ClientBackup)}" "<bdi>{label}</bdi>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <button type="button" class="primary" data-testid="mode-change-now" on:click=move |_| s.set_mode(mode)>
                {s.t(Msg::ModeChangeNow)}
            </button>
            <button type="button" class="secondary" data-testid="cancel" on:click=move |_| pending.set(None)>
                {s.t(Msg::Cancel)}
            </button>
        </div>
    }
}

/// The bar a shared computer shows on every screen: what happens to the profile, and the way out.
#[component]
pub fn SharedBar() -> impl IntoView {
    let s = use_app();
    view! {
        <Show when=move || s.mode.get() == Some(DeviceMode::Shared)>
            <aside class="shared-bar no-print" data-testid="shared-bar" aria-label=s.t(Msg::DeviceShared)>
                <p>{s.t(Msg::SharedNote)}</p>
                // Always there (a bar that appeared mid-screen would move what the person was about
                // to tap); it is only left out on the hand-off page itself.
                <Show when=move || s.route.with(|r| r.step != Step::Handoff)>
                    <button type="button" class="primary" data-testid="done-here" on:click=move |_| s.go(Step::Handoff)>
                        {s.t(Msg::DoneHere)}
                    </button>
                </Show>
            </aside>
        </Show>
    }
}

/// "Take your profile with you": the whole profile as a QR code for the phone's camera, a file or
/// the share sheet; then, once the worker says they have it, everything here is erased.
#[component]
pub fn HandoffScreen() -> impl IntoView {
    let s = use_app();
    let profile = s.profile.get_untracked();
    let link = share::link(
        &nav::share_origin(),
        &share::select(&profile, &Choice::everything(&profile)),
    );
    let svg = qr::build(&link, qr::Level::M)
        .map(|c| qr::svg(&c, s.t(Msg::ScanMe)))
        .unwrap_or_default();
    let confirm = RwSignal::new(false);
    let send = {
        let link = link.clone();
        move |_| {
            let l = link.clone();
            let title = s.t(Msg::HandoffTitle).to_string();
            spawn_local(async move {
                browser::share_link(&title, &l).await;
            });
        }
    };
    let save = move |_| {
        s.save_backup();
    };
    view! {
        <section class="handoff">
            <h1 tabindex="-1" data-read>{s.t(Msg::HandoffTitle)}</h1>
            <ReadAloud/>
            <p class="lead" data-read>{s.t(Msg::HandoffHint)}</p>
            <figure class="qr-box room-qr">
                <div class="qr" data-testid="handoff-qr" inner_html=svg></div>
                <figcaption>{s.t(Msg::ScanMe)}</figcaption>
            </figure>
            <p data-read>{s.t(Msg::HandoffOther)}</p>
            <div class="share-actions">
                <button type="button" class="secondary" data-testid="handoff-file" on:click=save>{s.t(Msg::SaveBackup)}</button>
                {browser::can_share().then(|| view! {
                    <button type="button" class="secondary" on:click=send>{s.t(Msg::SendLink)}</button>
                })}
            </div>
            {move || if confirm.get() {
                view! {
                    <div class="decision" role="alertdialog" aria-labelledby="erase-q">
                        <p id="erase-q" class="lead" data-read>{s.t(Msg::HandoffSure)}</p>
                        <button type="button" class="primary danger" data-testid="erase-now" on:click=move |_| s.erase_here()>
                            {s.t(Msg::EraseNow)}
                        </button>
                        <button type="button" class="secondary" data-testid="cancel" on:click=move |_| confirm.set(false)>
                            {s.t(Msg::Cancel)}
                        </button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="primary" data-testid="have-it" on:click=move |_| confirm.set(true)>
                        {s.t(Msg::HandoffHaveIt)}
                    </button>
                }.into_any()
            }}
        </section>
    }
}

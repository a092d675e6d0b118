use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::device::DeviceMode;
use skillpass_core::i18n::Msg;
use skillpass_core::share::{self, qr, Choice};
use skillpass_core::wizard::Step;

use crate::platform::{device, nav, offline};
use crate::state::use_app;
use crate::widgets::{icons, read_aloud::ReadAloud};

/// "Whose computer is this?": asked once after the language, and open again from the profile.
#[component]
pub fn DeviceScreen() -> impl IntoView {
    let s = use_app();
    let current = s.mode.get_untracked();
    // On the worker's own phone, say plainly whether the browser agreed to keep the profile.
    let persisted = RwSignal::new(None::<bool>);
    if current == Some(DeviceMode::OwnPhone) {
        spawn_local(async move { persisted.set(Some(offline::keep_storage().await)) });
    }
    let option = move |mode: DeviceMode, icon: &'static str, label: Msg, hint: Msg| {
        let chosen = current == Some(mode);
        view! {
            <li>
                <button type="button" class="device-choice" class:choice-on=chosen aria-pressed=chosen.to_string()
                    data-testid=format!("device-{}", mode.key()) on:click=move |_| s.set_mode(mode)>
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
            <h1 tabindex="-1" data-read>{s.t(Msg::DeviceQuestion)}</h1>
            <ReadAloud/>
            <p class="hint" data-read>{s.t(Msg::DeviceHint)}</p>
            <ul class="career-cards" role="list">
                {option(DeviceMode::OwnPhone, "phone", Msg::DeviceOwn, Msg::DeviceOwnHint)}
                {option(DeviceMode::Shared, "lock", Msg::DeviceShared, Msg::DeviceSharedHint)}
                {option(DeviceMode::Caseworker, "team", Msg::DeviceCaseworker, Msg::DeviceCaseworkerHint)}
            </ul>
            {move || persisted.get().map(|ok| view! {
                <p class="banner banner-info" role="status" data-testid="persist-status" data-persisted=ok.to_string()>
                    {s.t(if ok { Msg::PersistYes } else { Msg::PersistNo })}
                </p>
            })}
            {current.is_some().then(|| view! {
                <button type="button" class="secondary" data-testid="device-done" on:click=move |_| s.back()>
                    {s.t(Msg::Continue)}
                </button>
            })}
        </section>
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
            spawn_local(async move { device::share_link(&title, &l).await });
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
                {device::can_share().then(|| view! {
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

//! What the person must know about their data, above every screen: a warning that stays for as
//! long as nothing is being kept, and one-off notices with an OK button.

use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::repo::{Keeping, Notice, WhyMemory};

use crate::platform::download::download_text;
use crate::state::{use_app, AppState};

#[component]
pub fn Banners() -> impl IntoView {
    let s = use_app();
    let warning = move || match s.keeping.get() {
        Keeping::OnDevice => None,
        Keeping::MemoryOnly(why) => {
            let msg = match why {
                WhyMemory::Unavailable => Msg::WarnUnavailable,
                WhyMemory::Full => Msg::WarnFull,
                WhyMemory::NewerVersion => Msg::WarnNewer,
            };
            Some(view! {
                <div class="banner banner-warning" role="alert" data-testid="storage-warning">
                    <strong class="banner-icon" aria-hidden="true">"!"</strong>
                    <p>{s.t(msg)}</p>
                </div>
            })
        }
    };
    view! {
        <div class="banners">
            {warning}
            <For
                each=move || s.notices.get()
                key=|n| format!("{n:?}")
                children=move |n| notice(s, n)
            />
            {move || s.update_ready.get().then(|| view! {
                <div class="banner banner-info" role="status" data-testid="update-ready">
                    <p>{s.t(Msg::UpdateReady)}</p>
                    <div class="banner-actions">
                        <button class="primary" data-testid="update-now" on:click=move |_| {
                            leptos::task::spawn_local(crate::platform::offline::apply_update());
                        }>{s.t(Msg::UpdateNow)}</button>
                    </div>
                </div>
            })}
            {move || s.flash.get().map(|msg| view! {
                <div class="banner banner-info" role="status" data-testid="flash">
                    <p>{s.t(msg)}</p>
                    <div class="banner-actions">
                        <button class="secondary" on:click=move |_| s.flash.set(None)>{s.t(Msg::Dismiss)}</button>
                    </div>
                </div>
            })}
        </div>
    }
}

fn notice(s: AppState, n: Notice) -> impl IntoView {
    let msg = skillpass_core::present::messages::notice(&n);
    let download_key = match &n {
        Notice::KeptAside { key } => Some(key.clone()),
        _ => None,
    };
    let testid = match &n {
        Notice::KeptAside { .. } => "notice-kept-aside",
        Notice::UpdatedFromOtherTab => "notice-other-tab",
        Notice::MergedWithOtherTab => "notice-merged",
        Notice::SavingAgain => "notice-saving-again",
        Notice::NotSaved => "notice-not-saved",
        Notice::ErasedElsewhere => "notice-erased-elsewhere",
    };
    let dismissed = n.clone();
    view! {
        <div class="banner banner-info" role="status" data-testid=testid>
            <p>{s.t(msg)}</p>
            <div class="banner-actions">
                {download_key.map(|key| view! {
                    <DownloadKept key=key/>
                })}
                <button class="secondary" on:click=move |_| s.dismiss(&dismissed)>
                    {s.t(Msg::Dismiss)}
                </button>
            </div>
        </div>
    }
}

/// Two buttons for one kept-aside value: save it as a file, exactly as it was stored; or open it
/// the way a picked file opens (what can be read is shown before anything is saved, with what was
/// left out said), so a copy set aside is never out of reach.
#[component]
pub fn DownloadKept(key: String) -> impl IntoView {
    let s = use_app();
    let file = format!("{}.txt", key.replace('.', "-"));
    let raw = move || {
        s.kept
            .with_untracked(|kept| kept.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()))
    };
    let save = {
        let raw = raw.clone();
        move |_| {
            if let Some(raw) = raw() {
                let _ = download_text(&file, &raw, "text/plain");
            }
        }
    };
    let open = move |_| {
        if let Some(raw) = raw() {
            s.open_file(&raw);
        }
    };
    view! {
        <button class="secondary" data-testid="download-kept" on:click=save>
            {s.t(Msg::DownloadCopy)}
        </button>
        <button class="secondary" data-testid="open-kept" on:click=open>
            {s.t(Msg::OpenKept)}
        </button>
    }
}

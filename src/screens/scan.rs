//! "Scan a client's code" on a caseworker's computer (tools page only): the camera reads the code
//! on the client's phone; a pasted link or a saved file do the same where there is no camera.
//! What was read opens on the open page, with "Add as a new client" — nothing is stored before.

use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::i18n::Msg;
use skillpass_core::scan::fragment_of;
use skillpass_core::wizard::Step;

use crate::platform::camera::{self, CameraError, Reader};
use crate::state::use_app;
use crate::widgets::{back_bar::back_bar, open_file::OpenFileButton, read_aloud::ReadAloud};

/// What the camera part of the page says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Camera {
    Starting,
    Looking,
    /// A code was read that is not a SkillPass one (it keeps looking).
    NotOurs,
    Failed(CameraError),
}

/// Time between two frames read. Four a second finds a code held up within a second, and leaves
/// an old computer's processor free for the page.
const FRAME_GAP_MS: i32 = 250;

#[component]
pub fn ScanScreen() -> impl IntoView {
    let s = use_app();
    let state = RwSignal::new(Camera::Starting);
    let reader_kind = RwSignal::new("");
    let video = NodeRef::<leptos::html::Video>::new();
    let opened = move |fragment: String| {
        camera::stop();
        s.open_scanned(&fragment);
    };
    // Started once the video element is on the page; the loop ends when the camera is stopped
    // (a code was read, or the page was left).
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) {
            return true;
        }
        let Some(el) = video.get() else {
            return false;
        };
        spawn_local(async move {
            if let Err(e) = camera::start(&el).await {
                state.set(Camera::Failed(e));
                return;
            }
            state.set(Camera::Looking);
            let mut reader = Reader::new();
            reader_kind.set(reader.kind());
            while camera::running() {
                for text in reader.read(&el).await {
                    match fragment_of(&text) {
                        Some(f) => return opened(f),
                        None => state.set(Camera::NotOurs),
                    }
                }
                camera::pause(FRAME_GAP_MS).await;
            }
        });
        true
    });
    on_cleanup(camera::stop);

    let pasted = RwSignal::new(String::new());
    let paste_wrong = RwSignal::new(false);
    let open_pasted = move |_| match fragment_of(&pasted.get_untracked()) {
        Some(f) => opened(f),
        None => paste_wrong.set(true),
    };
    let status = move || match state.get() {
        Camera::Starting => Msg::ScanStarting,
        Camera::Looking => Msg::ScanLooking,
        Camera::NotOurs => Msg::ScanNotOurs,
        Camera::Failed(CameraError::NoCamera) => Msg::ScanNoCamera,
        Camera::Failed(CameraError::Blocked) => Msg::ScanBlocked,
    };
    let failed = move || matches!(state.get(), Camera::Failed(_));
    view! {
        {back_bar(Step::Clients)}
        <section class="scan">
            <h1 tabindex="-1" data-read>{s.t(Msg::ScanTitle)}</h1>
            <ReadAloud/>
            <p class="hint" data-read>{s.t(Msg::ScanHint)}</p>
            <p class="lead" class:scan-problem=failed role="status" data-testid="scan-status"
                data-state=move || match state.get() {
                    Camera::Starting => "starting",
                    Camera::Looking => "looking",
                    Camera::NotOurs => "not-ours",
                    Camera::Failed(CameraError::NoCamera) => "no-camera",
                    Camera::Failed(CameraError::Blocked) => "blocked",
                }
                data-read>{move || s.t(status())}</p>
            <div class="scan-frame" class:hidden=failed data-testid="scan-frame" data-reader=move || reader_kind.get()>
                <video node_ref=video autoplay=true muted=true playsinline=true aria-hidden="true"></video>
                <span class="scan-aim" aria-hidden="true"></span>
            </div>
            <h2 data-read>{s.t(Msg::ScanOtherWays)}</h2>
            <div class="field" class:field-error=move || paste_wrong.get()>
                <label for="paste-link" data-read>{s.t(Msg::PasteLink)}</label>
                <p class="hint" id="paste-link-hint" data-read>{s.t(Msg::PasteLinkHint)}</p>
                {move || paste_wrong.get().then(|| view! {
                    <p class="error-message" id="paste-link-error" data-testid="paste-wrong">{s.t(Msg::ScanNotOurs)}</p>
                })}
                <input id="paste-link" type="url" inputmode="url" spellcheck="false" autocomplete="off"
                    aria-describedby=move || if paste_wrong.get() { "paste-link-hint paste-link-error" } else { "paste-link-hint" }
                    prop:value=move || pasted.get()
                    on:input=move |ev| { pasted.set(event_target_value(&ev)); paste_wrong.set(false); }/>
            </div>
            <div class="share-actions">
                <button type="button" class="secondary" data-testid="open-pasted" on:click=open_pasted>
                    {s.t(Msg::OpenLink)}
                </button>
                <OpenFileButton id="scan-open-file"/>
            </div>
        </section>
    }
}

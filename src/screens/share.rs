use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::files;
use skillpass_core::i18n::Msg;
use skillpass_core::jsonresume;
use skillpass_core::share::{self, qr, Choice};
use skillpass_core::wizard::Step;

use crate::platform::{device, download::download_text, nav};
use crate::screens::profile::ProfileView;
use crate::state::use_app;
use crate::widgets::open_file::OpenFileButton;
use crate::widgets::{
    back_bar::back_bar, icons, read_aloud::ReadAloud, share_choice::share_choice,
};

/// Sharing without a server: the chosen part of the profile travels inside the link's fragment,
/// shown as a QR code, sent through the share sheet, copied, or printed as a résumé.
#[component]
pub fn ShareScreen() -> impl IntoView {
    let s = use_app();
    let start = s.profile.get_untracked();
    let choice = RwSignal::new(Choice::everything(&start));
    let shared = Memo::new(move |_| s.profile.with(|p| share::select(p, &choice.get())));
    let link = Memo::new(move |_| shared.with(|p| share::link(&nav::share_origin(), p)));
    let code = Memo::new(move |_| {
        link.with(|l| {
            qr::build(l, qr::Level::M)
                .filter(|c| qr::version(c) <= qr::COMFORTABLE_VERSION)
                .map(|c| qr::svg(&c, s.t(Msg::ScanMe)))
        })
    });
    let big = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let on_key = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" {
            big.set(false);
        }
    });
    on_cleanup(move || on_key.remove());

    let copy = move |_| {
        let l = link.get_untracked();
        spawn_local(async move {
            copied.set(device::copy_text(&l).await);
        });
    };
    let send = move |_| {
        let l = link.get_untracked();
        let title = s.t(Msg::ShareTitle).to_string();
        spawn_local(async move {
            device::share_link(&title, &l).await;
        });
    };
    let save_backup = move |_| {
        s.save_backup();
    };
    let save_resume = move |_| {
        let doc = s
            .profile
            .with_untracked(|p| jsonresume::export(&skillpass_core::bidi::plain_profile(p), s.l()));
        let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        let _ = download_text(files::RESUME_NAME, &text, "application/json");
    };
    view! {
        <section class="share">
            {back_bar(Step::Profile)}
            <h1 tabindex="-1" class="no-print" data-read>{s.t(Msg::ShareTitle)}</h1>
            <div class="no-print"><ReadAloud/></div>
            <p class="hint no-print" data-read>{s.t(Msg::ShareHint)}</p>

            {share_choice("share", &start, choice)}

            <div class="no-print">
                {move || match code.get() {
                    Some(svg) => view! {
                        <figure class="qr-box">
                            <div class="qr" data-testid="qr" inner_html=svg></div>
                            <figcaption>{s.t(Msg::ScanMe)}</figcaption>
                        </figure>
                    }.into_any(),
                    None => view! {
                        <p class="too-big" role="alert" data-testid="too-big">{s.t(Msg::TooBig)}</p>
                    }.into_any(),
                }}
                <label class="visually-hidden" for="share-link">{s.t(Msg::CopyLink)}</label>
                <input id="share-link" class="link-text" data-testid="share-link" readonly prop:value=move || link.get()/>
                <div class="share-actions">
                    {device::can_share().then(|| view! {
                        <button type="button" class="primary" data-testid="send-link" on:click=send>
                            {s.t(Msg::SendLink)}
                        </button>
                    })}
                    <button type="button" class="secondary" data-testid="copy-link" on:click=copy>
                        {s.t(Msg::CopyLink)}
                    </button>
                    <button type="button" class="secondary" data-testid="show-big"
                        disabled=move || code.with(Option::is_none) on:click=move |_| big.set(true)>
                        {s.t(Msg::ShowBig)}
                    </button>
                    <button type="button" class="secondary" data-testid="print" on:click=move |_| device::print()>
                        {s.t(Msg::PrintResume)}
                    </button>
                </div>
                <p class="copied" role="status" data-testid="copied">{move || copied.get().then(|| s.t(Msg::Copied))}</p>
                <h2 data-read>{s.t(Msg::ShareTheySee)}</h2>
            </div>

            // On screen: the preview of what they will see. On paper: the résumé, QR in a corner.
            <article class="resume" data-testid="resume">
                {move || code.get().map(|svg| view! {
                    <div class="print-qr print-only">
                        <div class="qr" inner_html=svg></div>
                        <p>{s.t(Msg::ScanMe)}</p>
                    </div>
                })}
                {move || view! { <ProfileView profile=shared.get() show_name=true/> }}
            </article>

            <section class="files no-print">
                <h2 data-read>{s.t(Msg::FilesHeading)}</h2>
                <button type="button" class="secondary" data-testid="save-backup" on:click=save_backup>
                    <span class="inline-icon" inner_html=icons::svg("briefcase")></span>{s.t(Msg::SaveBackup)}
                </button>
                <button type="button" class="secondary" data-testid="save-resume" on:click=save_resume>
                    <span class="inline-icon" inner_html=icons::svg("list")></span>{s.t(Msg::SaveResume)}
                </button>
                <OpenFileButton id="open-file"/>
            </section>

            <Show when=move || big.get()>
                <div class="qr-full" role="dialog" aria-modal="true" aria-label=s.t(Msg::ScanMe) data-testid="qr-full">
                    <div class="qr" inner_html=move || code.get().unwrap_or_default()></div>
                    <p>{s.t(Msg::ScanMe)}</p>
                    <button type="button" class="primary" data-testid="close-big" on:click=move |_| big.set(false)>
                        {s.t(Msg::Close)}
                    </button>
                </div>
            </Show>
        </section>
    }
}

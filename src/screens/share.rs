use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::files;
use skillpass_core::i18n::Msg;
use skillpass_core::jsonresume;
use skillpass_core::ler_rs;
use skillpass_core::share::{self, qr, Choice};
use skillpass_core::wizard::Step;

use crate::platform::{device, download::download_text, nav};
use crate::screens::profile::ProfileView;
use crate::state::use_app;
use crate::widgets::job_centre_answers::job_centre_answers;
use crate::widgets::open_file::OpenFileButton;
use crate::widgets::save_file::SaveFileButton;
use crate::widgets::{back_bar::back_bar, read_aloud::ReadAloud, share_choice::share_choice};

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
                .map(|c| (qr::svg(&c, s.t(Msg::ScanMe)), c.width()))
        })
    });
    let big = RwSignal::new(false);
    let copied = RwSignal::new(false);
    // The big code takes the focus to its Close button, and gives it back to "Show the code big".
    let show_ref = NodeRef::<leptos::html::Button>::new();
    let close_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = close_ref.get() {
            let _ = b.focus();
        }
    });
    let close_big = move || {
        if big.get_untracked() {
            big.set(false);
            if let Some(b) = show_ref.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let on_key = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" {
            close_big();
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
    let save_backup = move || {
        s.save_backup();
    };
    let save_resume = move || {
        let doc = s
            .profile
            .with_untracked(|p| jsonresume::export(&skillpass_core::bidi::plain_profile(p), s.l()));
        let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        let _ = download_text(files::RESUME_NAME, &text, "application/json");
    };
    // The HR Open LER-RS record job centres and hiring systems read (signed classes inside).
    let save_ler_rs = move || {
        let doc = s
            .profile
            .with_untracked(|p| ler_rs::export(&skillpass_core::bidi::plain_profile(p), s.l()));
        let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        let _ = download_text(files::LER_RS_NAME, &text, "application/json");
    };
    // A link made for a job centre says so wherever the code shows, before she shows it.
    let jc_note = move || {
        choice.with(|c| c.job_centre).then(|| view! {
            <p class="jc-link-note" role="status" data-testid="jc-link-note" data-read>{s.t(Msg::ShareJobCentreNote)}</p>
        })
    };
    view! {
        <section class="share">
            {back_bar(Step::Profile)}
            <h1 tabindex="-1" class="no-print" data-read>{s.t(Msg::ShareTitle)}</h1>
            <div class="no-print"><ReadAloud/></div>

            // The code first, on the first screen; the choices below it change it as they are ticked.
            <div class="no-print share-code">
                {move || match code.get() {
                    Some((svg, _)) => view! {
                        <figure class="qr-box">
                            <div class="qr" data-testid="qr" inner_html=svg></div>
                            <figcaption>{s.t(Msg::ScanMe)}</figcaption>
                        </figure>
                    }.into_any(),
                    None => view! {
                        <p class="too-big" role="alert" data-testid="too-big">{s.t(Msg::TooBig)}</p>
                    }.into_any(),
                }}
                {jc_note}
                <button type="button" class="secondary" data-testid="show-big" node_ref=show_ref
                    disabled=move || code.with(Option::is_none) on:click=move |_| big.set(true)>
                    {s.t(Msg::ShowBig)}
                </button>
            </div>
            <p class="hint no-print" data-read>{s.t(Msg::ShareHint)}</p>

            {share_choice("share", &start, choice)}

            <div class="no-print">
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
                    <button type="button" class="secondary" data-testid="print" on:click=move |_| device::print()>
                        {s.t(Msg::PrintResume)}
                    </button>
                </div>
                <p class="copied" role="status" data-testid="copied">{move || copied.get().then(|| s.t(Msg::Copied))}</p>
                <h2 data-read>{s.t(Msg::ShareTheySee)}</h2>
            </div>

            // On screen: the preview of what they will see. On paper: the résumé, QR in a corner.
            <article class="resume" data-testid="resume"
                class:two-columns=move || shared.with(skillpass_core::resume::two_columns)>
                // Set through the style object (the Content-Security-Policy allows no style attributes).
                {move || code.get().map(|(svg, modules)| view! {
                    <div class="print-qr print-only"
                        style:width=format!("{}mm", skillpass_core::resume::qr_print_mm(modules))>
                        <div class="qr" inner_html=svg></div>
                        <p>{s.t(Msg::ScanMe)}</p>
                    </div>
                })}
                {move || view! { <ProfileView profile=shared.get() show_name=true/> }}
                // What the job centre will read too; never on the printed résumé.
                <div class="no-print">
                    {move || shared.with(|p| job_centre_answers(p, s.l(), Msg::JcAnswers))}
                </div>
            </article>

            <section class="files no-print">
                <h2 data-read>{s.t(Msg::FilesHeading)}</h2>
                <SaveFileButton id="save-backup" icon="briefcase" label=Msg::SaveBackup
                    hint=Msg::BackupHint on_save=save_backup/>
                <SaveFileButton id="save-resume" icon="list" label=Msg::SaveResume
                    hint=Msg::ResumeHint on_save=save_resume/>
                <SaveFileButton id="save-ler-rs" icon="idcard" label=Msg::SaveLerRs
                    hint=Msg::LerRsHint on_save=save_ler_rs/>
                <OpenFileButton id="open-file"/>
            </section>

            <Show when=move || big.get()>
                // As big as the screen allows, its white border (quiet zone) included, in portrait
                // and landscape: the words and Close go below it, or beside it when the screen is wide.
                <div class="qr-full no-print" role="dialog" aria-modal="true" aria-label=s.t(Msg::ScanMe) data-testid="qr-full">
                    <div class="qr" inner_html=move || code.get().map(|(svg, _)| svg).unwrap_or_default()></div>
                    <div class="qr-full-side">
                        <p>{s.t(Msg::ScanMe)}</p>
                        {jc_note}
                        <button type="button" class="primary" data-testid="close-big" node_ref=close_ref
                            on:click=move |_| close_big()>
                            {s.t(Msg::Close)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}

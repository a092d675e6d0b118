//! "Keep your profile safe": when the last copy was made and whether the profile changed since,
//! a backup button, and on an iPhone or iPad in a Safari tab the Home Screen steps (Safari deletes
//! a site's storage after 7 days of Safari use without a visit; a Home Screen app keeps its own).
//! The rules are `skillpass_core::keep`'s.

use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::i18n::{day_month_year, Msg};
use skillpass_core::keep::{self, CopyStatus};
use skillpass_core::share::{self, Choice};

use crate::platform::{device, nav, offline};
use crate::state::use_app;
use crate::widgets::icons;

/// `top`: the card is drawn near the top of the page while it nudges (so a person on a Safari tab
/// sees it before scrolling), and at the bottom otherwise; the page places one of each.
#[component]
pub fn KeepCard(top: bool) -> impl IntoView {
    let s = use_app();
    let browser = device::browser();
    let status = move || {
        s.profile
            .with(|p| keep::status(s.last_copy.get().as_deref(), p))
    };
    let nudge = move || {
        s.profile
            .with(|p| keep::nudge_home_screen(browser, p, status()))
    };
    move || (nudge() == top).then(|| card(browser, status, nudge))
}

fn card(
    browser: keep::Browser,
    status: impl Fn() -> CopyStatus + Copy + Send + Sync + 'static,
    nudge: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let s = use_app();
    // Outside iOS the browser can be asked to keep the profile (after this tap, never on its own).
    let persisted = RwSignal::new(true);
    if !browser.ios_tab {
        spawn_local(async move { persisted.set(offline::is_persisted().await) });
    }
    let ask = move |_| {
        spawn_local(async move { persisted.set(offline::keep_storage().await) });
    };
    let send = move |_| {
        let p = s.profile.get_untracked();
        let link = share::link(
            &nav::share_origin(),
            &share::select(&p, &Choice::everything(&p)),
        );
        let title = s.t(Msg::KeepTitle).to_string();
        spawn_local(async move {
            if device::share_link(&title, &link).await {
                crate::platform::storage::write_setting(
                    keep::LAST_COPY_KEY,
                    &keep::record(&p, js_sys::Date::now() as u64),
                );
                s.last_copy
                    .set(crate::platform::storage::read_setting(keep::LAST_COPY_KEY));
            }
        });
    };
    let line = move || {
        let day = |ms: u64| {
            chrono::DateTime::from_timestamp_millis(ms as i64)
                .map(|t| day_month_year(s.l(), t.date_naive()))
                .unwrap_or_default()
        };
        match status() {
            CopyStatus::Never => s.t(Msg::LastCopyNever).to_string(),
            CopyStatus::UpToDate { at_ms } => format!("{} {}", s.t(Msg::LastCopyOn), day(at_ms)),
            CopyStatus::Stale { at_ms } => format!(
                "{} {}. {}",
                s.t(Msg::LastCopyOn),
                day(at_ms),
                s.t(Msg::LastCopyStale)
            ),
        }
    };
    let step = move |icon: &'static str, msg: Msg| {
        view! {
            <li class="home-step">
                <span class="choice-icon small" inner_html=icons::svg(icon)></span>
                <span data-read>{s.t(msg)}</span>
            </li>
        }
    };
    view! {
        <section class="keep-card no-print" data-testid="keep-card"
            class:keep-nudge=nudge data-status=move || match status() {
                CopyStatus::Never => "never",
                CopyStatus::UpToDate { .. } => "fresh",
                CopyStatus::Stale { .. } => "stale",
            }>
            <h2 data-read>{s.t(Msg::KeepTitle)}</h2>
            <Show when=nudge>
                <p data-read data-testid="safari-forgets">{s.t(Msg::SafariForgets)}</p>
                <ol class="home-steps" role="list" data-testid="home-steps">
                    {step("ios-share", Msg::HomeStep1)}
                    {step("add-home", Msg::HomeStep2)}
                    {step("check", Msg::HomeStep3)}
                </ol>
            </Show>
            <p data-read data-testid="last-copy">{line}</p>
            <div class="share-actions">
                <button type="button" class="secondary" data-testid="keep-backup" on:click=move |_| { s.save_backup(); }>
                    {s.t(Msg::SaveBackup)}
                </button>
                {device::can_share().then(|| view! {
                    <button type="button" class="secondary" on:click=send>{s.t(Msg::SendToMyself)}</button>
                })}
                <Show when=move || !persisted.get()>
                    <button type="button" class="link-button" data-testid="persist-ask" on:click=ask>
                        {s.t(Msg::PersistAsk)}
                    </button>
                </Show>
            </div>
        </section>
    }
}

use leptos::prelude::*;
use skillpass_core::device::DeviceMode;
use skillpass_core::i18n::Msg;
use skillpass_core::intake;
use skillpass_core::share::{self, Choice};
use skillpass_core::wizard::{Route, Step};

use crate::platform::{device, download::download_text, nav, storage};
use crate::state::use_app;
use crate::widgets::side_by_side::SideBySide;
use crate::widgets::{icons, read_aloud::ReadAloud, share_choice::share_choice};

/// A caseworker's bar on every screen: whose profile this is, the list of clients, the summary.
#[component]
pub fn CaseworkerBar() -> impl IntoView {
    let s = use_app();
    view! {
        <Show when=move || s.mode.get() == Some(DeviceMode::Caseworker)>
            <aside class="shared-bar caseworker-bar no-print" data-testid="caseworker-bar" aria-label=s.t(Msg::DeviceCaseworker)>
                <p data-testid="current-client" dir="auto">
                    {move || s.profile.with(|p| if p.is_started() { skillpass_core::bidi::plain(&p.name) } else { s.t(Msg::UnnamedClient).to_string() })}
                </p>
                <div class="share-actions">
                    <button type="button" class="secondary" data-testid="clients" on:click=move |_| s.go(Step::Clients)>
                        {s.t(Msg::ClientsLink)}
                    </button>
                    // Always shown: a button appearing mid-question would move what the person taps.
                    <button type="button" class="secondary" data-testid="intake" on:click=move |_| s.go(Step::Intake)>
                        {s.t(Msg::IntakeLink)}
                    </button>
                </div>
            </aside>
        </Show>
    }
}

/// The clients on this computer: open one, erase one (after a check), or start a new intake.
#[component]
pub fn ClientsScreen() -> impl IntoView {
    let s = use_app();
    let list = RwSignal::new(storage::clients());
    let active = StoredValue::new(storage::active_client());
    let confirm = RwSignal::new(None::<String>);
    let open = move |id: Option<String>| {
        storage::choose_client(id.as_deref());
        let step = if id.is_some() {
            Step::Profile
        } else {
            Step::Welcome
        };
        nav::reload_at(&Route::from(step).query());
    };
    let erase = move |id: String| {
        s.erase_client(&id);
        confirm.set(None);
        if id == active.get_value() {
            nav::reload_at(&Route::from(Step::Clients).query());
        } else {
            list.set(storage::clients());
        }
    };
    view! {
        <section class="clients">
            <h1 tabindex="-1" data-read>{s.t(Msg::ClientsTitle)}</h1>
            <ReadAloud/>
            <p class="hint" data-read>{s.t(Msg::ClientsHint)}</p>
            <div class="share-actions">
                <button type="button" class="primary" data-testid="scan-client" on:click=move |_| s.go(Step::Scan)>
                    <span class="inline-icon" inner_html=icons::svg("camera")></span>{s.t(Msg::ScanClient)}
                </button>
                <button type="button" class="secondary" data-testid="new-intake" on:click=move |_| open(None)>
                    <span class="inline-icon" inner_html=icons::svg("plus")></span>{s.t(Msg::NewIntake)}
                </button>
            </div>
            {move || list.with(Vec::is_empty).then(|| view! { <p class="empty">{s.t(Msg::NoClients)}</p> })}
            <ul class="career-cards" role="list" data-testid="client-list">
                {move || list.get().into_iter().map(|c| {
                    let (id1, id2, id3, id4) = (c.id.clone(), c.id.clone(), c.id.clone(), c.id.clone());
                    let name = if c.name.is_empty() { s.t(Msg::UnnamedClient).to_string() } else { skillpass_core::bidi::plain(&c.name) };
                    view! {
                        <li class="client" data-testid="client" data-client=c.id.clone()>
                            <span class="career-text">
                                <span class="career-title" dir="auto">{name}</span>
                                <span class="career-have">{c.saved.clone().unwrap_or_default()}</span>
                            </span>
                            <span class="share-actions">
                                <button type="button" class="secondary" data-testid="open-client" on:click=move |_| open(Some(id1.clone()))>
                                    {s.t(Msg::OpenClient)}
                                </button>
                                <button type="button" class="secondary danger" data-testid="erase-client"
                                    on:click=move |_| confirm.set(Some(id2.clone()))>{s.t(Msg::EraseClient)}</button>
                            </span>
                            <Show when=move || confirm.get().as_deref() == Some(id3.as_str())>
                                {
                                    let id = id4.clone();
                                    view! {
                                        <div class="decision" role="alertdialog">
                                            <p class="lead">{s.t(Msg::EraseClientSure)}</p>
                                            <button type="button" class="primary danger" data-testid="erase-client-now"
                                                on:click=move |_| erase(id.clone())>{s.t(Msg::EraseNow)}</button>
                                            <button type="button" class="secondary" on:click=move |_| confirm.set(None)>{s.t(Msg::Cancel)}</button>
                                        </div>
                                    }
                                }
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The intake summary: the client ticks what the agency may keep (as for a share link); the
/// summary can then be printed or saved as JSON or CSV.
#[component]
pub fn IntakeScreen() -> impl IntoView {
    let s = use_app();
    let start = s.profile.get_untracked();
    // Answers and a goal she brought for the job centre were given for this: ticked, and she
    // may untick them.
    let choice = RwSignal::new(Choice {
        job_centre: !start.job_centre.is_empty(),
        goal: start.goal.is_some(),
        ..Choice::everything(&start)
    });
    let shared = Memo::new(move |_| s.profile.with(|p| share::select(p, &choice.get())));
    let save = move |kind: &'static str| {
        let p = shared.get_untracked();
        let (name, text, mime) = match kind {
            "csv" => ("intake-summary.csv", intake::csv(&p, s.l()), "text/csv"),
            "ler-rs" => (
                "intake-summary-ler-rs.json",
                intake::ler_rs(&p, s.l()),
                "application/json",
            ),
            _ => (
                "intake-summary.json",
                intake::json(&p, s.l()),
                "application/json",
            ),
        };
        let _ = download_text(name, &text, mime);
    };
    view! {
        <section class="intake">
            <div class="no-print">
                <h1 tabindex="-1" data-read>{s.t(Msg::IntakeTitle)}</h1>
                <ReadAloud/>
                <p class="hint" data-read>{s.t(Msg::IntakeHint)}</p>
                {share_choice("intake", &start, choice)}
                <div class="share-actions">
                    <button type="button" class="secondary" data-testid="intake-json" on:click=move |_| save("json")>{s.t(Msg::SaveJson)}</button>
                    <button type="button" class="secondary" data-testid="intake-csv" on:click=move |_| save("csv")>{s.t(Msg::SaveCsv)}</button>
                    <button type="button" class="secondary" data-testid="intake-ler-rs" on:click=move |_| save("ler-rs")>{s.t(Msg::SaveLerRs)}</button>
                    <button type="button" class="secondary" data-testid="intake-print" on:click=move |_| device::print()>{s.t(Msg::PrintSummary)}</button>
                </div>
            </div>
            <article class="resume" data-testid="intake-preview">
                <h2 class="print-title">{s.t(Msg::IntakeTitle)}</h2>
                <SideBySide profile=Signal::derive(move || shared.get()) show_name=true/>
            </article>
        </section>
    }
}

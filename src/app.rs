//! The root component: starts the state, listens to the browser, and shows the current screen.

use leptos::ev;
use leptos::prelude::*;
use skillpass_core::wizard::{Route, Step};

#[cfg(feature = "tools")]
use crate::screens::clients::{CaseworkerBar, ClientsScreen, IntakeScreen};
use crate::screens::device::{DeviceScreen, HandoffScreen, SharedBar};
use crate::screens::pin::{PinScreen, UnlockScreen};
#[cfg(feature = "tools")]
use crate::screens::scan::ScanScreen;
#[cfg(not(feature = "tools"))]
use crate::screens::tools::ToolsHop;
#[cfg(feature = "tools")]
use crate::screens::trainer::TrainerScreen;
use crate::screens::{
    about::AboutScreen,
    careers::{CareerScreen, CareersScreen},
    certificates::CertificatesScreen,
    check::CheckScreen,
    contact::ContactScreen,
    job_centre::JobCentreScreen,
    job_tasks::JobTasksScreen,
    job_when::JobWhenScreen,
    jobs::JobsScreen,
    languages::LanguagesScreen,
    name::NameScreen,
    open::OpenScreen,
    other_skills::OtherSkillsScreen,
    profile::ProfileScreen,
    share::ShareScreen,
    welcome::Welcome,
};
use crate::state::AppState;
use crate::widgets::{banners::Banners, header::Header};
use skillpass_core::device::{self, DeviceMode, Idle};
use skillpass_core::i18n::{erase_in, Msg};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);

    // Another tab saved: show its newer profile here too.
    let on_storage = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        state.external_change(e.key(), e.new_value());
    });
    // "I'm done" or "Forgot PIN" in another tab erased the person: so does this tab (its session
    // storage and memory). Not passed on, or tabs would erase each other forever. (A caseworker's
    // tabs hold different clients: the client's erase marker tells the one concerned.)
    crate::platform::tabs::listen(move || {
        if state.mode.get_untracked() != Some(DeviceMode::Caseworker) {
            state.erase(false);
        }
    });
    // An erase that could not empty the clipboard (the browser wanted a tap) does it on the
    // first tap or key here.
    let clear_clipboard = move || {
        use skillpass_core::device::CLIPBOARD_CLEAR_KEY;
        if crate::platform::storage::read_setting(CLIPBOARD_CLEAR_KEY).is_some() {
            leptos::task::spawn_local(async {
                if crate::platform::device::clear_clipboard().await {
                    crate::platform::storage::remove_setting(CLIPBOARD_CLEAR_KEY);
                }
            });
        }
    };
    let on_tap = window_event_listener(ev::pointerdown, move |_| clear_clipboard());
    let on_key = window_event_listener(ev::keydown, move |_| clear_clipboard());
    let on_popstate = window_event_listener(ev::popstate, move |_| state.follow_address());
    let on_hash = window_event_listener(ev::hashchange, move |_| state.open_fragment());
    on_cleanup(move || {
        on_tap.remove();
        on_key.remove();
        on_storage.remove();
        on_popstate.remove();
        on_hash.remove();
    });

    // Offline: the service worker, and word when a new version is waiting.
    leptos::task::spawn_local(crate::platform::offline::register(move || {
        state.update_ready.set(true)
    }));
    // The browser is asked to keep the profile only after a tap that explains why (the device
    // page and the profile's "keep it safe" card): Firefox answers `persist()` with a prompt.

    // Screen readers and translators read the page in the chosen language.
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
            // Arabic mirrors the whole page (the style sheet uses logical properties).
            let _ = match lang.is_rtl() {
                true => root.set_attribute("dir", "rtl"),
                false => root.remove_attribute("dir"),
            };
        }
    });

    // A new screen starts at its top, with focus on its question (as GOV.UK question pages do).
    Effect::new(move |prev: Option<Route>| {
        let route = state.route.get();
        if prev.is_some_and(|p| p != route) {
            request_animation_frame(to_top_of_new_screen);
        }
        route
    });

    watch_idle(state);

    // Each screen is rebuilt only when the screen itself changes, not on every `from=check` flag.
    let step = Memo::new(move |_| state.route.get().step);
    // The language redraws everything (see `AppState::t`); the screen redraws when the step changes.
    move || {
        state.lang.track();
        view! {
            <Header/>
            <SharedBar/>
            {caseworker_bar()}
            <IdleWarning/>
            // While locked, the stand-in (empty, unsaved) profile's storage warning would mislead.
            <Show when=move || state.locked.with(Option::is_none)><Banners/></Show>
            <main id="main" class="screen">
                {move || current_screen(state, step.get())}
            </main>
        }
    }
}

/// The caseworker's bar and screens are their tools: on the worker's page a caseworker's
/// computer goes straight to `tools.html`.
#[cfg(feature = "tools")]
fn caseworker_bar() -> impl IntoView {
    view! { <CaseworkerBar/> }
}

#[cfg(not(feature = "tools"))]
fn caseworker_bar() -> impl IntoView {}

/// Scrolls to the top and puts the focus on the page's question: a new screen, or a new question
/// on the same screen ("For a job centre" shows its questions one after another).
pub fn to_top_of_new_screen() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    crate::screens::name::focus_selector("main h1");
}

fn current_screen(state: AppState, step: Step) -> AnyView {
    #[cfg(not(feature = "tools"))]
    if state.mode.get() == Some(DeviceMode::Caseworker) {
        return view! { <ToolsHop/> }.into_any();
    }
    if state.locked.with(Option::is_some) {
        screen(Step::Unlock)
    } else {
        screen(step)
    }
}

fn screen(step: Step) -> AnyView {
    match step {
        Step::Welcome => view! { <Welcome/> }.into_any(),
        Step::Name => view! { <NameScreen/> }.into_any(),
        Step::Contact => view! { <ContactScreen/> }.into_any(),
        Step::Languages => view! { <LanguagesScreen/> }.into_any(),
        Step::Jobs => view! { <JobsScreen/> }.into_any(),
        Step::JobWhen(i) => view! { <JobWhenScreen i=i/> }.into_any(),
        Step::JobTasks(i) => view! { <JobTasksScreen i=i/> }.into_any(),
        Step::Skills => view! { <OtherSkillsScreen/> }.into_any(),
        Step::Certificates => view! { <CertificatesScreen/> }.into_any(),
        Step::Check => view! { <CheckScreen/> }.into_any(),
        Step::Profile => view! { <ProfileScreen/> }.into_any(),
        Step::About => view! { <AboutScreen/> }.into_any(),
        Step::Share => view! { <ShareScreen/> }.into_any(),
        Step::Open => view! { <OpenScreen/> }.into_any(),
        #[cfg(feature = "tools")]
        Step::Trainer => view! { <TrainerScreen/> }.into_any(),
        #[cfg(feature = "tools")]
        Step::Clients => view! { <ClientsScreen/> }.into_any(),
        #[cfg(feature = "tools")]
        Step::Intake => view! { <IntakeScreen/> }.into_any(),
        #[cfg(feature = "tools")]
        Step::Scan => view! { <ScanScreen/> }.into_any(),
        #[cfg(not(feature = "tools"))]
        Step::Trainer | Step::Clients | Step::Intake | Step::Scan => {
            view! { <ToolsHop/> }.into_any()
        }
        Step::JobCentre => view! { <JobCentreScreen/> }.into_any(),
        Step::Careers => view! { <CareersScreen/> }.into_any(),
        Step::Device => view! { <DeviceScreen/> }.into_any(),
        Step::Unlock => view! { <UnlockScreen/> }.into_any(),
        Step::Pin => view! { <PinScreen/> }.into_any(),
        Step::Handoff => view! { <HandoffScreen/> }.into_any(),
        Step::Career(n) => view! { <CareerScreen num=n/> }.into_any(),
    }
}

/// On a shared computer, a quiet spell erases everything: a warning for the last minute, and any
/// tap or key cancels it. (The timeout can be shortened with the `skillpass.idle-ms` setting.)
fn watch_idle(state: AppState) {
    if !state
        .mode
        .get_untracked()
        .is_some_and(DeviceMode::is_temporary)
    {
        return;
    }
    let timeout =
        device::idle_timeout(crate::platform::storage::read_setting(device::IDLE_KEY).as_deref());
    let last = std::rc::Rc::new(std::cell::Cell::new(js_sys::Date::now()));
    // The last tap is also kept (see `AppState::note_activity`).
    state.note_activity();
    let touch = {
        let last = last.clone();
        move || {
            let now = js_sys::Date::now();
            last.set(now);
            state.note_activity();
        }
    };
    let (t1, t2, t3) = (touch.clone(), touch.clone(), touch);
    let a = window_event_listener(ev::pointerdown, move |_| t1());
    let b = window_event_listener(ev::keydown, move |_| t2());
    let c = window_event_listener(ev::input, move |_| t3());
    let tick = set_interval_with_handle(
        move || {
            let quiet = (js_sys::Date::now() - last.get()).max(0.0) as u64;
            match device::idle(quiet, timeout) {
                Idle::Active => state.idle_left.set(None),
                Idle::Warning { seconds_left } => state.idle_left.set(Some(seconds_left)),
                // Each tab has its own timer: a quiet tab erases itself, never a tab in use.
                Idle::Expired => state.erase(false),
            }
        },
        std::time::Duration::from_millis(500),
    )
    .ok();
    on_cleanup(move || {
        a.remove();
        b.remove();
        c.remove();
        if let Some(t) = tick {
            t.clear();
        }
    });
}

#[component]
fn IdleWarning() -> impl IntoView {
    let s = crate::state::use_app();
    move || {
        s.idle_left.get().map(|n| {
            view! {
                <div class="banner banner-warning idle-warning" role="alert" data-testid="idle-warning">
                    <strong class="banner-icon" aria-hidden="true">"!"</strong>
                    <p>{s.t(Msg::IdleWarning)}" "{erase_in(s.l(), n)}</p>
                </div>
            }
        })
    }
}

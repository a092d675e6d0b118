//! The root component: starts the state, listens to the browser, and shows the current screen.

use leptos::ev;
use leptos::prelude::*;
use skillpass_core::wizard::{Route, Step};

use crate::screens::{
    about::AboutScreen,
    careers::{CareerScreen, CareersScreen},
    certificates::CertificatesScreen,
    check::CheckScreen,
    contact::ContactScreen,
    job_tasks::JobTasksScreen,
    job_when::JobWhenScreen,
    jobs::JobsScreen,
    language::LanguageScreen,
    name::NameScreen,
    open::OpenScreen,
    other_skills::OtherSkillsScreen,
    profile::ProfileScreen,
    share::ShareScreen,
    trainer::TrainerScreen,
    welcome::Welcome,
};
use crate::state::AppState;
use crate::widgets::{banners::Banners, header::Header};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);

    // Another tab saved: show its newer profile here too.
    let on_storage = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        state.external_change(e.key(), e.new_value());
    });
    let on_popstate = window_event_listener(ev::popstate, move |_| state.follow_address());
    let on_hash = window_event_listener(ev::hashchange, move |_| state.open_fragment());
    on_cleanup(move || {
        on_storage.remove();
        on_popstate.remove();
        on_hash.remove();
    });

    // Offline: the service worker, and word when a new version is waiting.
    leptos::task::spawn_local(crate::platform::offline::register(move || {
        state.update_ready.set(true)
    }));
    // Once there is a profile worth keeping, ask the browser not to clear it under pressure.
    Effect::new(move |asked: Option<bool>| {
        let started = state.profile.with(|p| p.is_started());
        let on_device = state.keeping.get() == skillpass_core::repo::Keeping::OnDevice;
        if started && on_device && asked != Some(true) {
            leptos::task::spawn_local(async {
                crate::platform::offline::keep_storage().await;
            });
            return true;
        }
        asked.unwrap_or(false)
    });

    // Screen readers and translators read the page in the chosen language.
    Effect::new(move |_| {
        let code = state.lang.get().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });

    // A new screen starts at its top, with focus on its question (as GOV.UK question pages do).
    Effect::new(move |prev: Option<Route>| {
        let route = state.route.get();
        if prev.is_some_and(|p| p != route) {
            request_animation_frame(|| {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                if let Some(h1) = document().query_selector("main h1").ok().flatten() {
                    use wasm_bindgen::JsCast;
                    let _ = h1.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
        route
    });

    // Each screen is rebuilt only when the screen itself changes, not on every `from=check` flag.
    let step = Memo::new(move |_| state.route.get().step);
    // The language redraws everything (see `AppState::t`); the screen redraws when the step changes.
    move || {
        state.lang.track();
        view! {
            <Header/>
            <Banners/>
            <main id="main" class="screen">{move || screen(step.get())}</main>
        }
    }
}

fn screen(step: Step) -> AnyView {
    match step {
        Step::Language => view! { <LanguageScreen/> }.into_any(),
        Step::Welcome => view! { <Welcome/> }.into_any(),
        Step::Name => view! { <NameScreen/> }.into_any(),
        Step::Contact => view! { <ContactScreen/> }.into_any(),
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
        Step::Trainer => view! { <TrainerScreen/> }.into_any(),
        Step::Careers => view! { <CareersScreen/> }.into_any(),
        Step::Career(n) => view! { <CareerScreen num=n/> }.into_any(),
    }
}

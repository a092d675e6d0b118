//! SkillPass web app entry point: mounts the Leptos shell around skillpass-core.

mod app;
mod platform;
mod screens;
mod state;
mod widgets;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    // The static "Loading…" text in index.html is for slow phones; the app replaces it now.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

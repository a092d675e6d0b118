//! "Open a saved file": the one file picker for a backup, a JSON Resume or an Open Badge. What the
//! file holds is shown before anything is saved (`AppState::open_file`).

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::files;
use skillpass_core::i18n::Msg;

use crate::platform::device;
use crate::state::use_app;
use crate::widgets::icons;

#[component]
pub fn OpenFileButton(
    /// The input's id (a page may show the picker in two places).
    id: &'static str,
) -> impl IntoView {
    let s = use_app();
    let open_file = move |e: ev::Event| {
        let Some(input) = device::target::<web_sys::HtmlInputElement>(&e) else {
            return;
        };
        // Far too big to be ours: refused before it is read (the core checks the text again).
        if device::chosen_file_size(&input).is_some_and(|n| n > files::MAX_FILE_BYTES as f64) {
            s.refuse_file(files::FileError::TooBig);
            input.set_value("");
            return;
        }
        spawn_local(async move {
            if let Some(text) = device::read_chosen_file(&input).await {
                s.open_file(&text);
            }
            input.set_value("");
        });
    };
    view! {
        <label class="secondary file-button" for=id>
            <span class="inline-icon" inner_html=icons::svg("plus")></span>{s.t(Msg::OpenFile)}
        </label>
        <input id=id class="visually-hidden" type="file" accept=".json,application/json"
            data-testid=id on:change=open_file/>
    }
}

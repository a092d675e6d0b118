//! "Save … file": one button per file a worker can save, each with a line below it saying in plain
//! words what that file is for (read aloud, and read by screen readers as the button's description).

use leptos::prelude::*;
use skillpass_core::i18n::Msg;

use crate::state::use_app;
use crate::widgets::icons;

#[component]
pub fn SaveFileButton(
    /// The button's test id; its line is `<id>-hint`.
    id: &'static str,
    icon: &'static str,
    label: Msg,
    hint: Msg,
    on_save: impl Fn() + 'static,
) -> impl IntoView {
    let s = use_app();
    let hint_id = format!("{id}-hint");
    view! {
        <button type="button" class="secondary" data-testid=id on:click=move |_| on_save()
            aria-describedby=hint_id.clone()>
            <span class="inline-icon" inner_html=icons::svg(icon)></span>{s.t(label)}
        </button>
        <p class="hint file-hint" id=hint_id.clone() data-testid=hint_id data-read>{s.t(hint)}</p>
    }
}

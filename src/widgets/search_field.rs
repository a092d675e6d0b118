//! The one search box the pickers use (jobs, languages): a label with the search picture, a hint,
//! and the input, whose text lives in the caller's signal.

use leptos::prelude::*;
use skillpass_core::i18n::Msg;

use crate::state::AppState;
use crate::widgets::icons;

pub fn search_field(
    s: AppState,
    id: &'static str,
    label: Msg,
    hint: Msg,
    query: RwSignal<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field search">
            <label for=id>
                <span class="inline-icon" inner_html=icons::svg("search")></span>
                {s.t(label)}
            </label>
            <p class="hint" id=hint_id.clone()>{s.t(hint)}</p>
            <input
                id=id
                type="search"
                autocomplete="off"
                aria-describedby=hint_id
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </div>
    }
}

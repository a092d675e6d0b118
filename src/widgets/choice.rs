use leptos::prelude::*;

use crate::widgets::icons;

/// A big tickable tile: a real checkbox (so keyboards and screen readers work), a picture and
/// words. Ticking saves at once; there is nothing to submit.
pub fn choice(
    key: String,
    icon: &str,
    label: String,
    checked: Signal<bool>,
    on_toggle: impl Fn(bool) + 'static,
) -> impl IntoView {
    let id = format!("c-{}", key.replace([':', '.', ' '], "-"));
    let label_for = id.clone();
    view! {
        <li>
            <label class="choice" class:choice-on=move || checked.get() data-key=key for=label_for>
                <input
                    type="checkbox"
                    id=id
                    prop:checked=move || checked.get()
                    on:change=move |ev| on_toggle(event_target_checked(&ev))
                />
                <span class="choice-icon" inner_html=icons::svg(icon)></span>
                <span class="choice-text" data-read>{label}</span>
            </label>
        </li>
    }
}

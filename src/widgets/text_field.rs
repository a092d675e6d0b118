use leptos::prelude::*;
use skillpass_core::device::DeviceMode;
use skillpass_core::i18n::Msg;
use skillpass_core::FieldError;

use crate::state::use_app;

/// The message shown for a field's error: the field may word "empty" its own way.
pub fn error_msg(e: FieldError, empty: Msg) -> Msg {
    match e {
        FieldError::Empty => empty,
        other => other.message(),
    }
}

/// A labelled text box that saves as soon as the person leaves it. Text that fails its check is
/// kept as a draft (never thrown away); the page's Continue shows the error next to the field.
#[component]
pub fn TextField(
    /// The element id, also the draft's key and the error summary's link target.
    id: &'static str,
    label: Msg,
    #[prop(optional)] hint: Option<Msg>,
    /// What "empty" means for this field, if it is required.
    #[prop(optional)]
    empty_msg: Option<Msg>,
    /// The saved value.
    saved: String,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    error: RwSignal<Option<FieldError>>,
    /// Checks and saves what was typed.
    save: impl Fn(String) -> Result<(), FieldError> + Copy + 'static,
) -> impl IntoView {
    let s = use_app();
    // A shared computer must not offer the next person what this one typed.
    let autocomplete = if s.mode.get_untracked().is_some_and(DeviceMode::is_temporary) {
        "off"
    } else {
        autocomplete
    };
    let typed = RwSignal::new(s.draft(id).unwrap_or(saved));
    let empty_msg = empty_msg.unwrap_or(Msg::ErrEmpty);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    // Saved the moment the person leaves the field. Errors only change when Continue is pressed
    // (as on GOV.UK): a message vanishing on blur would move the button out from under the tap.
    let on_change = move |_| {
        if save(typed.get_untracked()).is_ok() {
            s.set_draft(id, None);
        }
    };
    view! {
        <div class="field" class:field-error=move || error.get().is_some()>
            <label for=id data-read>{s.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone() data-read>{s.t(h)}</p> })}
            {move || error.get().map(|e| view! {
                <p class="error-message" id=error_id.clone()>{s.t(error_msg(e, empty_msg))}</p>
            })}
            <input
                id=id
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || typed.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    s.set_draft(id, Some(v.clone()));
                    typed.set(v);
                }
                on:change=on_change
            />
        </div>
    }
}

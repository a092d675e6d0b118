use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::{Change, FieldError};

use crate::screens::name::focus;
use crate::state::use_app;
use crate::widgets::question::{ContinueButton, ErrorSummary, QuestionPage};
use crate::widgets::text_field::{error_msg, TextField};

/// How to reach the worker: optional, and skippable in one tap.
#[component]
pub fn ContactScreen() -> impl IntoView {
    let s = use_app();
    let contact = s.profile.get_untracked().contact;
    let phone_err = RwSignal::new(None::<FieldError>);
    let email_err = RwSignal::new(None::<FieldError>);
    let city_err = RwSignal::new(None::<FieldError>);
    let fields = [
        ("phone", phone_err, Change::SetPhone as fn(String) -> Change),
        ("email", email_err, Change::SetEmail),
        ("city", city_err, Change::SetCity),
    ];
    let errors = Signal::derive(move || {
        fields
            .iter()
            .filter_map(|(id, err, _)| {
                err.get()
                    .map(|e| (id.to_string(), error_msg(e, Msg::ErrEmpty)))
            })
            .collect::<Vec<_>>()
    });
    let on_continue = move || {
        // Anything still unsaved is checked once more; what fails stays typed, with its message.
        let mut first_bad = None;
        for (id, err, change) in fields {
            let result = s.draft(id).map_or(Ok(()), |typed| s.commit(change(typed)));
            match result {
                Ok(()) => {
                    s.set_draft(id, None);
                    err.set(None);
                }
                Err(e) => {
                    err.set(Some(e));
                    first_bad.get_or_insert(id);
                }
            }
        }
        match first_bad {
            Some(id) => {
                focus(id);
                false
            }
            None => true,
        }
    };
    view! {
        <QuestionPage question=s.t(Msg::ContactQuestion).to_string()>
            <p class="hint" data-read>{s.t(Msg::ContactHint)}</p>
            <ErrorSummary errors=errors/>
            <TextField id="phone" label=Msg::PhoneLabel saved=contact.phone.unwrap_or_default()
                input_type="tel" autocomplete="tel" error=phone_err
                save=move |t| s.commit(Change::SetPhone(t))/>
            <TextField id="email" label=Msg::EmailLabel saved=contact.email.unwrap_or_default()
                input_type="email" autocomplete="email" error=email_err
                save=move |t| s.commit(Change::SetEmail(t))/>
            <TextField id="city" label=Msg::CityLabel saved=contact.city.unwrap_or_default()
                autocomplete="address-level2" error=city_err
                save=move |t| s.commit(Change::SetCity(t))/>
            <ContinueButton on_continue=on_continue/>
            <button type="button" class="secondary" data-testid="skip" on:click=move |_| {
                for (id, err, _) in fields {
                    s.set_draft(id, None);
                    err.set(None);
                }
                s.next();
            }>
                {s.t(Msg::Skip)}
            </button>
        </QuestionPage>
    }
}

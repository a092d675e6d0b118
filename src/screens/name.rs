use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::{Change, FieldError};

use crate::state::use_app;
use crate::widgets::question::{ContinueButton, ErrorSummary, QuestionPage};
use crate::widgets::text_field::{error_msg, TextField};

/// The full name employers should see, and (optional) what the app should call the person.
#[component]
pub fn NameScreen() -> impl IntoView {
    let s = use_app();
    let error = RwSignal::new(None::<FieldError>);
    let short_error = RwSignal::new(None::<FieldError>);
    let save = move |typed: String| s.commit(Change::SetName(typed));
    let save_short = move |typed: String| s.commit(Change::SetShortName(typed));
    let errors = Signal::derive(move || {
        let mut e = Vec::new();
        if let Some(err) = error.get() {
            e.push(("name".to_string(), error_msg(err, Msg::ErrNameEmpty)));
        }
        if let Some(err) = short_error.get() {
            e.push(("short-name".to_string(), error_msg(err, Msg::ErrEmpty)));
        }
        e
    });
    let on_continue = move || {
        let result = match s.draft("name") {
            Some(typed) => save(typed),
            None if s.profile.with_untracked(|p| !p.is_started()) => Err(FieldError::Empty),
            None => Ok(()),
        };
        let short = s.draft("short-name").map_or(Ok(()), save_short);
        match result {
            Ok(()) => {
                s.set_draft("name", None);
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
        match short {
            Ok(()) => {
                s.set_draft("short-name", None);
                short_error.set(None);
            }
            Err(e) => short_error.set(Some(e)),
        }
        if error.get_untracked().is_some() {
            focus("name");
            false
        } else if short_error.get_untracked().is_some() {
            focus("short-name");
            false
        } else {
            true
        }
    };
    let p = s.profile.get_untracked();
    view! {
        <QuestionPage question=s.t(Msg::NameQuestion).to_string()>
            <ErrorSummary errors=errors/>
            <TextField
                id="name"
                label=Msg::NameLabel
                hint=Msg::NameHint
                empty_msg=Msg::ErrNameEmpty
                saved=p.name
                autocomplete="name"
                error=error
                save=save
            />
            <TextField
                id="short-name"
                label=Msg::ShortNameLabel
                hint=Msg::ShortNameHint
                saved=p.short_name.unwrap_or_default()
                autocomplete="nickname"
                error=short_error
                save=save_short
            />
            <ContinueButton on_continue=on_continue/>
        </QuestionPage>
    }
}

/// Puts the person straight back in the field that needs fixing.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id) {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Focus on the first element matching a CSS selector.
pub fn focus_selector(selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().query_selector(selector).ok().flatten() {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::{Change, FieldError};

use crate::state::use_app;
use crate::widgets::question::{ContinueButton, ErrorSummary, QuestionPage};
use crate::widgets::text_field::{error_msg, TextField};

#[component]
pub fn NameScreen() -> impl IntoView {
    let s = use_app();
    let error = RwSignal::new(None::<FieldError>);
    let save = move |typed: String| s.commit(Change::SetName(typed));
    let errors = Signal::derive(move || {
        error
            .get()
            .map(|e| vec![("name".to_string(), error_msg(e, Msg::ErrNameEmpty))])
            .unwrap_or_default()
    });
    let on_continue = move || {
        let result = match s.draft("name") {
            Some(typed) => save(typed),
            None if s.profile.with_untracked(|p| !p.is_started()) => Err(FieldError::Empty),
            None => Ok(()),
        };
        match result {
            Ok(()) => {
                s.set_draft("name", None);
                true
            }
            Err(e) => {
                error.set(Some(e));
                focus("name");
                false
            }
        }
    };
    view! {
        <QuestionPage question=s.t(Msg::NameQuestion).to_string()>
            <ErrorSummary errors=errors/>
            <TextField
                id="name"
                label=Msg::NameLabel
                hint=Msg::NameHint
                empty_msg=Msg::ErrNameEmpty
                saved=s.profile.get_untracked().name
                autocomplete="given-name"
                error=error
                save=save
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

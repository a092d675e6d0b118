use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::wizard::Step;
use skillpass_core::{Change, FieldError};

use crate::state::use_app;
use crate::widgets::question::QuestionPage;

#[component]
pub fn NameScreen() -> impl IntoView {
    let s = use_app();
    let typed = RwSignal::new(s.profile.get_untracked().name);
    let error = RwSignal::new(None::<FieldError>);
    let message = move |e: FieldError| match e {
        FieldError::Empty => Msg::ErrNameEmpty,
        other => other.message(),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match s.commit(Change::SetName(typed.get_untracked())) {
            Ok(()) => {
                error.set(None);
                s.go(Step::Skills);
            }
            Err(e) => {
                error.set(Some(e));
                // Put the person straight back in the field that needs fixing.
                if let Some(input) = document().get_element_by_id("name") {
                    use wasm_bindgen::JsCast;
                    let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
        }
    };
    view! {
        <QuestionPage step=Step::Name back=Step::Welcome question=Msg::NameQuestion>
            <form on:submit=submit novalidate>
                {move || error.get().map(|e| view! {
                    <div class="error-summary" role="alert" data-testid="error-summary">
                        <h2>{move || s.t(Msg::ErrorSummary)}</h2>
                        <a href="#name">{move || s.t(message(e))}</a>
                    </div>
                })}
                <div class="field" class:field-error=move || error.get().is_some()>
                    <label for="name">{move || s.t(Msg::NameLabel)}</label>
                    <p class="hint" id="name-hint">{move || s.t(Msg::NameHint)}</p>
                    {move || error.get().map(|e| view! {
                        <p class="error-message" id="name-error">{move || s.t(message(e))}</p>
                    })}
                    <input
                        id="name"
                        name="given-name"
                        autocomplete="given-name"
                        autocapitalize="words"
                        spellcheck="false"
                        aria-describedby=move || if error.get().is_some() { "name-hint name-error" } else { "name-hint" }
                        aria-invalid=move || error.get().is_some().to_string()
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="primary" data-testid="continue">
                    {move || s.t(Msg::Continue)}
                </button>
            </form>
        </QuestionPage>
    }
}

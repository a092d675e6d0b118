use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::taxonomy;
use skillpass_core::{Change, FieldError};

use crate::state::use_app;
use crate::widgets::choice::choice;
use crate::widgets::icons;
use crate::widgets::question::{ContinueButton, QuestionPage};
use crate::widgets::text_field::error_msg;

/// Certificates and licences: the common ones by name, plus any other typed in.
#[component]
pub fn CertificatesScreen() -> impl IntoView {
    let s = use_app();
    let typed = RwSignal::new(s.draft("other-cert").unwrap_or_default());
    let error = RwSignal::new(None::<FieldError>);
    let add_typed = move || {
        let name = typed.get_untracked();
        if name.trim().is_empty() {
            return true;
        }
        match s.commit(Change::AddCertificate { cert: None, name }) {
            Ok(()) => {
                typed.set(String::new());
                s.set_draft("other-cert", None);
                error.set(None);
                true
            }
            Err(e) => {
                error.set(Some(e));
                false
            }
        }
    };
    let typed_ones = move || {
        s.profile.with(|p| {
            p.credentials
                .iter()
                .filter(|c| c.cert.is_none())
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <QuestionPage question=s.t(Msg::CertsQuestion).to_string()>
            <p class="hint" data-read>{s.t(Msg::CertsHint)}</p>
            <ul class="choices" role="list" data-testid="certificates">
                {taxonomy::get().certificates.iter().map(|c| {
                    let id = c.id;
                    let index = move || s.profile.with(|p| p.credentials.iter().position(|x| x.cert.as_deref() == Some(id)));
                    let toggle = move |on: bool| {
                        let change = if on {
                            Change::AddCertificate { cert: Some(id.to_string()), name: c.name.get(s.lang.get_untracked()).to_string() }
                        } else {
                            match s.profile.with_untracked(|p| p.credentials.iter().find(|x| x.cert.as_deref() == Some(id)).map(|x| x.id.clone())) {
                                Some(cid) => Change::RemoveCredential(cid),
                                None => return,
                            }
                        };
                        let _ = s.commit(change);
                    };
                    choice(id.to_string(), c.icon, c.name.get(s.l()).to_string(), Signal::derive(move || index().is_some()), toggle)
                }).collect_view()}
            </ul>
            <ul class="job-list" role="list" data-testid="typed-certificates">
                {move || typed_ones().into_iter().map(|(cid, name)| view! {
                    <li class="job-chip">
                        <span class="choice-icon" inner_html=icons::svg("award")></span>
                        <span class="job-chip-title">{name.clone()}</span>
                        <button type="button" class="remove" aria-label=format!("{} {}", s.t(Msg::Remove), name)
                            on:click=move |_| { let _ = s.commit(Change::RemoveCredential(cid.clone())); }>
                            {s.t(Msg::Remove)}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
            <div class="field" class:field-error=move || error.get().is_some()>
                <label for="other-cert" data-read>{s.t(Msg::OtherCertLabel)}</label>
                {move || error.get().map(|e| view! {
                    <p class="error-message" id="other-cert-error">{s.t(error_msg(e, Msg::ErrEmpty))}</p>
                })}
                <div class="inline-add">
                    <input id="other-cert" type="text" autocomplete="off"
                        prop:value=move || typed.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            s.set_draft("other-cert", Some(v.clone()));
                            typed.set(v);
                        }
                        on:keydown=move |ev| if ev.key() == "Enter" { add_typed(); }
                    />
                    <button type="button" class="secondary add" data-testid="add-cert" on:click=move |_| { add_typed(); }>
                        {s.t(Msg::Add)}
                    </button>
                </div>
            </div>
            // Continue also adds a typed name that was not added yet, so nothing typed is lost.
            <ContinueButton on_continue=add_typed/>
        </QuestionPage>
    }
}

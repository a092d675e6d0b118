use leptos::prelude::*;
use skillpass_core::i18n::Msg;
use skillpass_core::related::certificates_for;
use skillpass_core::taxonomy::Certificate;
use skillpass_core::{Change, FieldError, YearMonth};

use crate::state::use_app;
use crate::widgets::icons;
use crate::widgets::question::{ContinueButton, QuestionPage};
use crate::widgets::text_field::error_msg;
use crate::widgets::year_pick::YearPick;

/// Certificates and licences: the ones related to the worker's jobs first, the rest under "Show
/// all certificates", plus any other typed in. Each one chosen gets "Who gave it?" and "When did
/// you get it?" (both optional; the date year first, the month optional).
#[component]
pub fn CertificatesScreen() -> impl IntoView {
    let s = use_app();
    let typed = RwSignal::new(s.draft("other-cert").unwrap_or_default());
    let error = RwSignal::new(None::<FieldError>);
    // The order is worked out once, so a tick never moves a row under the finger.
    let (first, rest) = s.profile.with_untracked(certificates_for);
    let has_first = !first.is_empty();
    let show_all = RwSignal::new(!has_first);
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
    let typed_ids = Memo::new(move |_| {
        s.profile.with(|p| {
            p.credentials
                .iter()
                .filter(|c| c.cert.is_none())
                .map(|c| (c.id.clone(), c.name.clone(), c.signature.is_none()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <QuestionPage question=s.t(Msg::CertsQuestion).to_string()>
            <p class="hint" data-read>{s.t(Msg::CertsHint)}</p>
            {has_first.then(|| view! {
                <h2 class="cert-heading" data-read>{s.t(Msg::CertsForYourJobs)}</h2>
                <ul class="choices" role="list" data-testid="certificates">
                    {first.iter().map(|c| cert_row(c)).collect_view()}
                </ul>
            })}
            <Show when=move || has_first && !show_all.get()>
                <button type="button" class="secondary show-all" data-testid="show-all-certs"
                    aria-expanded="false" on:click=move |_| show_all.set(true)>
                    {s.t(Msg::CertsShowAll)}
                </button>
            </Show>
            <div hidden=move || !show_all.get()>
                {has_first.then(|| view! { <h2 class="cert-heading" data-read>{s.t(Msg::CertsOthers)}</h2> })}
                <ul class="choices" role="list" data-testid=if has_first { "other-certificates" } else { "certificates" }>
                    {rest.iter().map(|c| cert_row(c)).collect_view()}
                </ul>
            </div>
            <ul class="job-list" role="list" data-testid="typed-certificates">
                <For each=move || typed_ids.get() key=|t| t.clone() let:((cid, name, unsigned))>
                    <li class="cert-typed">
                        <div class="job-chip">
                            <span class="choice-icon" inner_html=icons::svg("award")></span>
                            <span class="job-chip-title">{name.clone()}</span>
                            <button type="button" class="remove" aria-label=format!("{} {}", s.t(Msg::Remove), name)
                                on:click={
                                    let cid = cid.clone();
                                    move |_| { let _ = s.commit(Change::RemoveCredential(cid.clone())); }
                                }>
                                {s.t(Msg::Remove)}
                            </button>
                        </div>
                        {unsigned.then(|| view! { <CertDetails cid=cid.clone()/> })}
                    </li>
                </For>
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

/// One listed certificate: a tickable tile, and once ticked its issuer and date below it.
fn cert_row(c: &'static Certificate) -> impl IntoView {
    let s = use_app();
    let id = c.id;
    // The credential's id while it is chosen: a memo, so typing an issuer does not redraw it.
    let cid = Memo::new(move |_| {
        s.profile.with(|p| {
            p.credentials
                .iter()
                .find(|x| x.cert.as_deref() == Some(id))
                .map(|x| x.id.clone())
        })
    });
    let toggle = move |on: bool| {
        let change = if on {
            Change::AddCertificate {
                cert: Some(id.to_string()),
                name: skillpass_core::summary::picked_cert_name(c, s.lang.get_untracked())
                    .to_string(),
            }
        } else {
            match cid.get_untracked() {
                Some(cid) => Change::RemoveCredential(cid),
                None => return,
            }
        };
        let _ = s.commit(change);
    };
    let input_id = format!("c-{}", id.replace([':', '.', ' '], "-"));
    let label_for = input_id.clone();
    view! {
        <li>
            <label class="choice" class:choice-on=move || cid.get().is_some() data-key=id for=label_for>
                <input type="checkbox" id=input_id
                    prop:checked=move || cid.get().is_some()
                    on:change=move |ev| toggle(event_target_checked(&ev))/>
                <span class="choice-icon" inner_html=icons::svg(c.icon)></span>
                <span class="choice-text" data-read>{c.name.get(s.l())}</span>
            </label>
            {move || cid.get().map(|cid| view! { <CertDetails cid=cid/> })}
        </li>
    }
}

/// "Who gave it?" and "When did you get it?" for the credential `cid`; each saves at once.
#[component]
fn CertDetails(cid: String) -> impl IntoView {
    let s = use_app();
    let cid = StoredValue::new(cid);
    let key = cid.with_value(|c| format!("issuer-{c}"));
    let cred = move || {
        s.profile
            .with(|p| cid.with_value(|c| p.credentials.iter().find(|x| &x.id == c).cloned()))
    };
    let saved_issuer = cred().and_then(|c| c.issuer).unwrap_or_default();
    let typed = RwSignal::new(s.draft(&key).unwrap_or(saved_issuer));
    let error = RwSignal::new(None::<FieldError>);
    let date = Signal::derive(move || cred().and_then(|c| c.date));
    let set_date = move |d: Option<YearMonth>| {
        let _ = s.commit(Change::SetCredentialDate(cid.get_value(), d));
    };
    let on_year = move |y: u16, m: Option<u8>, _: bool| {
        let month = m.or_else(|| date.get_untracked().and_then(YearMonth::month));
        set_date(YearMonth::with_month(y, month).ok());
    };
    let on_month = move |m: Option<u8>| {
        if let Some(d) = date.get_untracked() {
            set_date(YearMonth::with_month(d.year(), m).ok());
        }
    };
    let input_id = key.clone();
    let draft_key = StoredValue::new(key.clone());
    let prefix = cid.with_value(|c| format!("cert-{c}"));
    view! {
        <div class="cert-details" data-testid="cert-details">
            <div class="field" class:field-error=move || error.get().is_some()>
                <label for=input_id.clone() data-read>{s.t(Msg::CertIssuerLabel)}</label>
                {move || error.get().map(|e| view! { <p class="error-message">{s.t(error_msg(e, Msg::ErrEmpty))}</p> })}
                <input id=input_id.clone() type="text" autocomplete="off" spellcheck="false"
                    prop:value=move || typed.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        draft_key.with_value(|k| s.set_draft(k, Some(v.clone())));
                        typed.set(v);
                    }
                    on:change=move |_| {
                        match s.commit(Change::SetCredentialIssuer(cid.get_value(), typed.get_untracked())) {
                            Ok(()) => {
                                draft_key.with_value(|k| s.set_draft(k, None));
                                error.set(None);
                            }
                            Err(e) => error.set(Some(e)),
                        }
                    }/>
            </div>
            <fieldset class="field">
                <legend data-read>{s.t(Msg::CertWhen)}</legend>
                <YearPick
                    prefix=prefix
                    label=s.t(Msg::CertWhen)
                    value=date
                    from=Signal::derive(|| skillpass_core::month::MIN_YEAR)
                    months=Signal::derive(|| (1..=12).collect::<Vec<u8>>())
                    on_year=on_year
                    on_month=on_month
                />
            </fieldset>
        </div>
    }
}

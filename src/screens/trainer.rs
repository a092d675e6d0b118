use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::credential::class::{fingerprint, old_fingerprint, SignedClass};
use skillpass_core::i18n::Msg;
use skillpass_core::present::trainer::{self as form, ClassForm};
use skillpass_core::share::qr;
use skillpass_core::taxonomy::{self, Sector};
use skillpass_core::SkillId;

use crate::platform::{device, download::download_text, nav, storage, trainer_key};
use crate::state::use_app;
use crate::widgets::{choice::choice, question::ErrorSummary, read_aloud::ReadAloud};

/// What the trainer has typed (its rules are the core's, `present::trainer`).
type Draft = ClassForm;

const DRAFT_KEY: &str = "skillpass.trainer-draft";

/// The classes signed from the form: one for the room, one per learner on the roster.
#[derive(Clone, PartialEq)]
struct Signed {
    room: SignedClass,
    learners: Vec<SignedClass>,
}

fn qr_svg(link: &str, title: &str) -> String {
    qr::build(link, qr::Level::M)
        .map(|c| qr::svg(&c, title))
        .unwrap_or_default()
}

/// The trainer's page: describe the class, pick its skills, sign, and hand out the codes.
#[component]
pub fn TrainerScreen() -> impl IntoView {
    let s = use_app();
    let saved: Draft = storage::read_setting(DRAFT_KEY)
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let draft = RwSignal::new(saved);
    Effect::new(move |_| {
        if let Ok(text) = draft.with(serde_json::to_string) {
            storage::write_setting(DRAFT_KEY, &text);
        }
    });
    let errors = RwSignal::new(Vec::<(&'static str, Msg)>::new());
    let signed = RwSignal::new(None::<Signed>);
    // Made on the first visit, so the fingerprint can go on handouts before the class.
    let key_fp = RwSignal::new(trainer_key::get_or_create().map(|k| k.verifying_key().to_bytes()));
    let key_note = RwSignal::new(None::<Msg>);
    let query = RwSignal::new(String::new());
    let job = RwSignal::new(String::new());

    let make = move |_| {
        let d = draft.get_untracked();
        match form::check(&d, chrono::Utc::now().date_naive()) {
            Err(e) => {
                errors.set(e);
                signed.set(None);
            }
            Ok(record) => {
                errors.set(Vec::new());
                let Some(key) = trainer_key::get_or_create() else {
                    return;
                };
                key_fp.set(Some(key.verifying_key().to_bytes()));
                let learners = form::learners(&d, &record)
                    .into_iter()
                    .map(|r| r.sign(&key))
                    .collect();
                signed.set(Some(Signed {
                    room: record.sign(&key),
                    learners,
                }));
            }
        }
    };
    let save_key = move |_| {
        if let Some(key) = trainer_key::get_or_create() {
            key_fp.set(Some(key.verifying_key().to_bytes()));
            let _ = download_text(
                trainer_key::FILE_NAME,
                &trainer_key::backup(&key),
                "application/json",
            );
        }
    };
    let open_key = move |e: ev::Event| {
        let Some(input) = device::target::<web_sys::HtmlInputElement>(&e) else {
            return;
        };
        spawn_local(async move {
            if let Some(text) = device::read_chosen_file(&input).await {
                match trainer_key::restore(&text) {
                    Some(k) => {
                        key_fp.set(Some(k.verifying_key().to_bytes()));
                        key_note.set(Some(Msg::KeyRestored));
                        signed.set(None);
                    }
                    None => key_note.set(Some(Msg::KeyFileBad)),
                }
            }
            input.set_value("");
        });
    };

    let field = move |id: &'static str,
                      label: Msg,
                      multiline: bool,
                      get: fn(&Draft) -> &String,
                      set: fn(&mut Draft, String)| {
        let error = move || errors.with(|e| e.iter().find(|(f, _)| *f == id).map(|(_, m)| *m));
        let value = move || draft.with(|d| get(d).clone());
        let on_input = move |e: ev::Event| draft.update(|d| set(d, event_target_value(&e)));
        view! {
            <div class="field" class:field-error=move || error().is_some()>
                <label for=id data-read>{s.t(label)}</label>
                {move || error().map(|m| view! { <p class="error-message" id=format!("{id}-error")>{s.t(m)}</p> })}
                {if multiline {
                    view! { <textarea id=id rows="3" prop:value=value on:input=on_input></textarea> }.into_any()
                } else {
                    view! { <input id=id type="text" prop:value=value on:input=on_input/> }.into_any()
                }}
            </div>
        }
    };

    let t = taxonomy::get();
    let picked = move || {
        draft.with(|d| {
            d.skills
                .iter()
                .filter_map(|id| t.skill(&SkillId::new(id)))
                .collect::<Vec<_>>()
        })
    };
    // The worker flow's other way in: a job, then the things people do in it.
    let job_activities = move || {
        job.with(|soc| {
            t.occupation(soc)
                .map(|o| t.activities(o).collect::<Vec<_>>())
        })
        .unwrap_or_default()
        .into_iter()
        .filter(|e| draft.with(|d| !d.skills.iter().any(|s| s == e.id)))
        .collect::<Vec<_>>()
    };
    let found = move || {
        let q = query.get();
        draft.with(|d| t.search_skills(&q, 12, |id| d.skills.iter().any(|s| s == id)))
    };
    // A skill shows in one list only (each tile's checkbox has an id that must be unique).
    let job_skills = move || {
        let shown: Vec<&str> = found().iter().map(|e| e.id).collect();
        job_activities()
            .into_iter()
            .filter(|e| !shown.contains(&e.id))
            .collect::<Vec<_>>()
    };
    let tile = move |e: &'static taxonomy::SkillEntry| {
        let id = e.id.to_string();
        let checked = {
            let id = id.clone();
            Signal::derive(move || draft.with(|d| d.skills.contains(&id)))
        };
        let icon = if e.icon.is_empty() { "check" } else { e.icon };
        choice(
            id.clone(),
            icon,
            e.words.get(s.l()).to_string(),
            checked,
            move |on| {
                draft.update(|d| form::tick_skill(d, &id, on));
            },
        )
    };

    view! {
        <section class="trainer">
            <div class="no-print">
                <nav class="backbar">
                    <button type="button" class="back-link" data-testid="back" on:click=move |_| s.back()>
                        <span aria-hidden="true">"‹ "</span>{s.t(Msg::Back)}
                    </button>
                </nav>
                <h1 tabindex="-1" data-read>{s.t(Msg::TrainerTitle)}</h1>
                <ReadAloud/>
                <p class="hint" data-read>{s.t(Msg::TrainerHint)}</p>
                <ErrorSummary errors=Signal::derive(move || errors.with(|e| {
                    e.iter().map(|(id, m)| (id.to_string(), *m)).collect::<Vec<_>>()
                }))/>
                {field(form::PROVIDER, Msg::ProviderLabel, false, |d| &d.provider, |d, v| d.provider = v)}
                {field(form::CLASS, Msg::ClassLabel, false, |d| &d.class, |d, v| d.class = v)}
                <div class="field" class:field-error=move || errors.with(|e| e.iter().any(|(f, _)| *f == form::DAY))>
                    <label for=form::DAY data-read>{s.t(Msg::ClassDayLabel)}</label>
                    <input id=form::DAY type="date" prop:value=move || draft.with(|d| d.day.clone())
                        on:input=move |e| draft.update(|d| d.day = event_target_value(&e))/>
                </div>
                <div class="field" class:field-error=move || errors.with(|e| e.iter().any(|(f, _)| *f == form::HOURS))>
                    <label for=form::HOURS data-read>{s.t(Msg::HoursLabel)}</label>
                    <input id=form::HOURS type="text" inputmode="numeric" class="short"
                        prop:value=move || draft.with(|d| d.hours.clone())
                        on:input=move |e| draft.update(|d| d.hours = event_target_value(&e))/>
                </div>
                {field(form::DESCRIPTION, Msg::DescriptionLabel, true, |d| &d.description, |d, v| d.description = v)}
                {field("t-assessed", Msg::AssessedLabel, false, |d| &d.assessed, |d, v| d.assessed = v)}

                <fieldset class="field" class:field-error=move || errors.with(|e| e.iter().any(|(f, _)| *f == form::SKILLS))>
                    <legend data-read>{s.t(Msg::ClassSkillsLabel)}</legend>
                    <ul class="choices" role="list" data-testid="class-skills-picked">
                        {move || picked().into_iter().map(tile).collect_view()}
                    </ul>
                    <label for=form::SKILLS>{s.t(Msg::SearchSkills)}</label>
                    <input id=form::SKILLS type="search" data-testid="skill-search" autocomplete="off"
                        prop:value=move || query.get() on:input=move |e| query.set(event_target_value(&e))/>
                    <ul class="choices" role="list" data-testid="skill-results">
                        {move || found().into_iter().map(tile).collect_view()}
                    </ul>
                    {move || query.with(|q| form::says_nothing_found(q, found().len()))
                        .then(|| view! { <p class="hint">{s.t(Msg::NoSkillFound)}</p> })}
                    <label for="t-job">{s.t(Msg::PickFromJob)}</label>
                    <select id="t-job" data-testid="skill-job" on:change=move |e| job.set(event_target_value(&e))>
                        <option value="">"—"</option>
                        {Sector::ALL.into_iter().map(|sector| view! {
                            <optgroup label=sector.name(s.l())>
                                {t.in_sector(sector).map(|o| view! {
                                    <option value=o.soc>{o.title.get(s.l())}</option>
                                }).collect_view()}
                            </optgroup>
                        }).collect_view()}
                    </select>
                    <ul class="choices" role="list" data-testid="job-skill-results">
                        {move || job_skills().into_iter().map(tile).collect_view()}
                    </ul>
                </fieldset>

                {field("t-roster", Msg::RosterLabel, true, |d| &d.roster, |d, v| d.roster = v)}
                <p class="hint">{s.t(Msg::RosterHint)}</p>
                <button type="button" class="primary" data-testid="make-class" on:click=make>
                    {s.t(Msg::MakeClassLink)}
                </button>
            </div>

            {move || signed.get().map(|out| {
                let link = out.room.link(&nav::share_origin());
                let svg = qr_svg(&link, s.t(Msg::ScanToAdd));
                let (class, provider) = (
                    skillpass_core::bidi::plain(&out.room.record.class),
                    skillpass_core::bidi::plain(&out.room.record.provider),
                );
                let sheet = out.learners.iter().map(|c| {
                    let l = c.link(&nav::share_origin());
                    let name = skillpass_core::bidi::plain(c.record.learner.as_deref().unwrap_or_default());
                    view! {
                        <figure class="learner-qr" data-testid="learner-qr" data-link=l.clone()>
                            <div class="qr" inner_html=qr_svg(&l, &name)></div>
                            <figcaption dir="auto">{name}</figcaption>
                        </figure>
                    }
                }).collect_view();
                let has_learners = !out.learners.is_empty();
                view! {
                    <section class="class-output" data-testid="class-output">
                        <h2 class="print-title"><bdi>{class}</bdi>" · "<bdi>{provider}</bdi></h2>
                        <h2 class="no-print" data-read>{s.t(Msg::ClassForRoom)}</h2>
                        <p class="hint no-print" data-read>{s.t(Msg::ClassForRoomHint)}</p>
                        <figure class="qr-box room-qr">
                            <div class="qr" data-testid="class-qr" inner_html=svg></div>
                            <figcaption>{s.t(Msg::ScanToAdd)}</figcaption>
                        </figure>
                        <input class="link-text no-print" readonly data-testid="class-link" aria-label=s.t(Msg::CopyLink) prop:value=link.clone()/>
                        <div class="share-actions no-print">
                            <button type="button" class="secondary" data-testid="copy-class-link" on:click=move |_| {
                                let l = link.clone();
                                spawn_local(async move { let _ = device::copy_text(&l).await; });
                            }>{s.t(Msg::CopyLink)}</button>
                            <button type="button" class="secondary" data-testid="print-codes" on:click=move |_| device::print()>
                                {s.t(Msg::PrintCodes)}
                            </button>
                        </div>
                        {has_learners.then(|| view! {
                            <h2 class="no-print" data-read>{s.t(Msg::PerLearner)}</h2>
                            <div class="learner-sheet">{sheet}</div>
                        })}
                    </section>
                }
            })}

            <section class="trainer-key no-print" data-testid="trainer-key">
                <h2 data-read>{s.t(Msg::YourKey)}</h2>
                {move || key_fp.get().map(|k| view! {
                    <p class="fingerprint" data-testid="key-fingerprint">{fingerprint(&k)}</p>
                    <p class="hint" data-read>{s.t(Msg::YourKeyHint)}</p>
                    // Handouts printed with the short form before it grew to 80 bits still match.
                    <p class="hint" data-testid="key-old-fingerprint">
                        {s.t(Msg::KeyOldForm)}" "<span class="fingerprint-old">{old_fingerprint(&k)}</span>
                    </p>
                })}
                {move || key_note.get().map(|m| view! { <p role="status" data-testid="key-note">{s.t(m)}</p> })}
                <button type="button" class="secondary" data-testid="save-key" on:click=save_key>{s.t(Msg::SaveKey)}</button>
                <label class="secondary file-button" for="open-key">{s.t(Msg::OpenKey)}</label>
                <input id="open-key" class="visually-hidden" type="file" accept=".json,application/json"
                    data-testid="open-key" on:change=open_key/>
                <p class="hint" data-read>{s.t(Msg::KeyLostHint)}</p>
            </section>
        </section>
    }
}

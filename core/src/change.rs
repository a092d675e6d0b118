//! Every edit a person can make, as data. The shell never mutates a profile itself: it builds a
//! [`Change`] and the [`crate::repo::Repo`] applies it. Keeping edits as data is what lets a change
//! made in one tab be replayed on top of a newer profile saved by another tab, instead of one
//! overwriting the other.

use chrono::NaiveDate;

use crate::month::YearMonth;
use crate::profile::{Credential, CredentialKind, Job, Profile, Skill, SkillId, SkillSource};
use crate::validate::{self, FieldError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// What the person typed as their name; checked and tidied when applied.
    SetName(String),
    /// What to call the person in greetings, as typed; blank removes it (the first word of the
    /// full name is used then).
    SetShortName(String),
    /// A language spoken, by its ISO 639 code (one the list knows); adding one already there
    /// changes nothing.
    AddLanguage(String),
    RemoveLanguage(String),
    /// Contact details as typed; blank removes the detail.
    SetPhone(String),
    SetEmail(String),
    SetCity(String),
    /// A job picked from the list (with its O*NET-SOC code) or typed in (`occupation: None`).
    AddJob {
        occupation: Option<String>,
        title: String,
    },
    /// The job with this id ([`Job::id`]). Jobs and credentials are named by id, never by list
    /// position: replayed onto another tab's profile, where positions may have shifted, an edit
    /// still hits the job it was made on (or nothing, if that job was removed there).
    RemoveJob(String),
    SetJobStart(String, YearMonth),
    /// `None`: the worker still has this job.
    SetJobEnd(String, Option<YearMonth>),
    SetJobEmployer(String, String),
    /// Ticks a skill. Adding one that is already there keeps the first entry (and its source).
    AddSkill {
        id: SkillId,
        source: SkillSource,
        today: NaiveDate,
    },
    RemoveSkill(SkillId),
    /// A certificate picked from the common list (`cert`) or typed in.
    AddCertificate {
        cert: Option<String>,
        name: String,
    },
    /// The certificate or training with this id ([`Credential::id`]).
    RemoveCredential(String),
    /// Who gave a certificate (blank: nobody said). A signed training's issuer is never changed.
    SetCredentialIssuer(String, String),
    /// When the worker got a certificate (a year alone is fine; `None`: not said). A signed
    /// training's date is never changed.
    SetCredentialDate(String, Option<YearMonth>),
    /// A signed training (from a trainer's link or an Open Badges file) with its skills, marked as
    /// learned in training. The same signed record twice is added once.
    AddTraining {
        credential: Box<Credential>,
        today: NaiveDate,
    },
    /// Takes a whole profile (opened from a link or a file) in place of this one.
    ReplaceProfile(Box<Profile>),
    /// Adds what another profile has and this one lacks, without duplicates.
    MergeProfile(Box<Profile>),
    /// The job chosen as a goal on its career page (an O*NET-SOC code the taxonomy knows), or
    /// `None` to remove it. An unknown code is refused and the goal stays as it was.
    SetGoal(Option<String>),
    /// Her answer to a "For a job centre" question (question key, option code). A question or
    /// option this version does not know is refused.
    AnswerJobCentre {
        question: String,
        answer: String,
    },
    /// Erases every "For a job centre" answer, and the goal if she picked it there.
    EraseJobCentre,
}

impl Change {
    /// The same change with the job and credential ids it names renamed by `rename` (used when a
    /// tab's changes are replayed onto another tab's profile, where an entry this tab added got
    /// a different id).
    pub fn renamed(&self, rename: impl Fn(&str) -> String) -> Change {
        match self {
            Change::RemoveJob(id) => Change::RemoveJob(rename(id)),
            Change::SetJobStart(id, m) => Change::SetJobStart(rename(id), *m),
            Change::SetJobEnd(id, m) => Change::SetJobEnd(rename(id), *m),
            Change::SetJobEmployer(id, t) => Change::SetJobEmployer(rename(id), t.clone()),
            Change::RemoveCredential(id) => Change::RemoveCredential(rename(id)),
            Change::SetCredentialIssuer(id, t) => {
                Change::SetCredentialIssuer(rename(id), t.clone())
            }
            Change::SetCredentialDate(id, d) => Change::SetCredentialDate(rename(id), *d),
            other => other.clone(),
        }
    }
}

/// The ids of the jobs and credentials in `after` that are not in `before`, in order: what a
/// change added.
pub fn added_ids(before: &Profile, after: &Profile) -> Vec<String> {
    let had: std::collections::HashSet<&str> = before
        .jobs
        .iter()
        .map(|j| j.id.as_str())
        .chain(before.credentials.iter().map(|c| c.id.as_str()))
        .collect();
    after
        .jobs
        .iter()
        .map(|j| &j.id)
        .chain(after.credentials.iter().map(|c| &c.id))
        .filter(|id| !had.contains(id.as_str()))
        .cloned()
        .collect()
}

/// Applies `change` to a copy of `profile`. A change that would store bad data is refused with
/// the field's error, and the profile is left as it was. New jobs and credentials get their ids
/// here (see [`Profile::assign_ids`]); ids brought in that clash with one already there are
/// renumbered.
pub fn apply(profile: &Profile, change: &Change) -> Result<Profile, FieldError> {
    let mut next = apply_inner(profile, change)?;
    next.assign_ids();
    Ok(next)
}

fn apply_inner(profile: &Profile, change: &Change) -> Result<Profile, FieldError> {
    let mut next = profile.clone();
    let p = &mut next;
    match change {
        Change::SetName(typed) => p.name = validate::name(typed)?,
        Change::SetShortName(typed) => p.short_name = validate::optional(typed, validate::name)?,
        Change::AddLanguage(code) => {
            if !crate::languages::known(code) {
                return Err(FieldError::UnknownLanguage);
            }
            if !p.languages.contains(code) {
                if p.languages.len() >= crate::admit::MAX_LANGUAGES {
                    return Err(FieldError::TooLong {
                        max: crate::admit::MAX_LANGUAGES,
                    });
                }
                p.languages.push(code.clone());
            }
        }
        Change::RemoveLanguage(code) => p.languages.retain(|l| l != code),
        Change::SetPhone(typed) => p.contact.phone = validate::optional(typed, validate::phone)?,
        Change::SetEmail(typed) => p.contact.email = validate::optional(typed, validate::email)?,
        Change::SetCity(typed) => p.contact.city = validate::optional(typed, validate::short_text)?,
        Change::AddJob { occupation, title } => {
            let title = validate::short_text(title)?;
            // The same listed job twice is almost always a double tap.
            if occupation.is_none() || !p.jobs.iter().any(|j| &j.occupation == occupation) {
                p.jobs.push(Job {
                    id: String::new(),
                    title,
                    employer: None,
                    occupation: occupation.clone(),
                    start: None,
                    end: None,
                });
            }
        }
        Change::RemoveJob(id) => p.jobs.retain(|j| id.is_empty() || &j.id != id),
        Change::SetJobStart(id, start) => {
            let job = job_mut(p, id)?;
            validate::job_dates(Some(*start), job.end)?;
            job.start = Some(*start);
        }
        Change::SetJobEnd(id, end) => {
            let job = job_mut(p, id)?;
            validate::job_dates(job.start, *end)?;
            job.end = *end;
        }
        Change::SetJobEmployer(id, typed) => {
            let job = job_mut(p, id)?;
            job.employer = validate::optional(typed, validate::short_text)?;
        }
        Change::AddSkill { id, source, today } => {
            if id.as_str().trim().is_empty() {
                return Err(FieldError::UnknownSkill);
            }
            if !p.has_skill(id) {
                p.skills.push(Skill {
                    id: id.clone(),
                    source: *source,
                    added: *today,
                });
            }
        }
        Change::RemoveSkill(id) => p.skills.retain(|s| &s.id != id),
        Change::AddTraining { credential, today } => {
            if credential.name.trim().is_empty() {
                return Err(FieldError::Empty);
            }
            if !p.has_credential(credential) {
                for id in &credential.skills {
                    if !p.has_skill(id) {
                        p.skills.push(Skill {
                            id: id.clone(),
                            source: SkillSource::Training,
                            added: *today,
                        });
                    }
                }
                p.credentials.push((**credential).clone());
            }
        }
        Change::AddCertificate { cert, name } => {
            let name = validate::short_text(name)?;
            let same = |c: &Credential| match cert {
                Some(id) => c.cert.as_ref() == Some(id),
                None => c.cert.is_none() && c.name.eq_ignore_ascii_case(&name),
            };
            if !p.credentials.iter().any(same) {
                p.credentials.push(Credential {
                    id: String::new(),
                    kind: CredentialKind::Certificate,
                    cert: cert.clone(),
                    name,
                    issuer: None,
                    date: None,
                    skills: Vec::new(),
                    signature: None,
                });
            }
        }
        Change::RemoveCredential(id) => p.credentials.retain(|c| id.is_empty() || &c.id != id),
        Change::SetCredentialIssuer(id, typed) => {
            credential_mut(p, id)?.issuer = validate::optional(typed, validate::short_text)?;
        }
        Change::SetCredentialDate(id, date) => credential_mut(p, id)?.date = *date,
        Change::ReplaceProfile(other) => *p = (**other).clone(),
        Change::MergeProfile(other) => merge(p, other),
        Change::SetGoal(goal) => {
            if let Some(code) = goal {
                if crate::taxonomy::get().occupation(code).is_none() {
                    return Err(FieldError::UnknownSkill);
                }
            }
            p.goal.clone_from(goal);
        }
        Change::AnswerJobCentre { question, answer } => {
            let known = crate::jobcentre::question(question).and_then(|q| q.option(answer));
            if known.is_none() {
                return Err(FieldError::UnknownSkill);
            }
            p.job_centre.insert(question.clone(), answer.clone());
            p.job_centre = crate::jobcentre::tidy(&p.job_centre);
        }
        Change::EraseJobCentre => {
            let picked_there = p.job_centre.get("next_job").map(String::as_str)
                == Some(crate::jobcentre::NEXT_JOB_CHOSEN);
            if picked_there {
                p.goal = None;
            }
            p.job_centre.clear();
        }
    }
    Ok(next)
}

/// The job with id `id`; an unknown (or blank) id is refused, as an edit of a job that is gone.
fn job_mut<'a>(p: &'a mut Profile, id: &str) -> Result<&'a mut Job, FieldError> {
    p.jobs
        .iter_mut()
        .find(|j| !id.is_empty() && j.id == id)
        .ok_or(FieldError::Empty)
}

/// The unsigned credential with id `id`: an unknown id, or a signed training (whose issuer and date
/// are the signed ones), is refused.
fn credential_mut<'a>(p: &'a mut Profile, id: &str) -> Result<&'a mut Credential, FieldError> {
    p.credentials
        .iter_mut()
        .find(|c| !id.is_empty() && c.id == id && c.signature.is_none())
        .ok_or(FieldError::Empty)
}

/// Adds to `mine` what `theirs` has and `mine` lacks. Nothing of `mine` is changed or dropped:
/// its name stays, a contact detail is only filled in where it was empty, and jobs, skills and
/// certificates are added when no equal one is there (same listed job and start; same skill;
/// same listed certificate, or same name).
pub fn merge(mine: &mut Profile, theirs: &Profile) {
    if mine.name.trim().is_empty() {
        mine.name = theirs.name.clone();
    }
    if mine.goal.is_none() {
        mine.goal.clone_from(&theirs.goal);
    }
    // Her own answers stay; a question only the other profile answered is added.
    for (q, a) in &theirs.job_centre {
        mine.job_centre
            .entry(q.clone())
            .or_insert_with(|| a.clone());
    }
    mine.job_centre = crate::jobcentre::tidy(&mine.job_centre);
    if mine.short_name.is_none() && mine.name == theirs.name {
        mine.short_name = theirs.short_name.clone();
    }
    let c = &mut mine.contact;
    for (field, other) in [
        (&mut c.phone, &theirs.contact.phone),
        (&mut c.email, &theirs.contact.email),
        (&mut c.city, &theirs.contact.city),
    ] {
        if field.is_none() {
            field.clone_from(other);
        }
    }
    for l in &theirs.languages {
        if !mine.languages.contains(l) {
            mine.languages.push(l.clone());
        }
    }
    for job in &theirs.jobs {
        let same = |j: &Job| {
            j.start == job.start
                && match (&j.occupation, &job.occupation) {
                    (Some(a), Some(b)) => a == b,
                    _ => j.title.eq_ignore_ascii_case(&job.title),
                }
        };
        if !mine.jobs.iter().any(same) {
            mine.jobs.push(job.clone());
        }
    }
    for skill in &theirs.skills {
        if !mine.has_skill(&skill.id) {
            mine.skills.push(skill.clone());
        }
    }
    for cred in &theirs.credentials {
        let same = |c: &Credential| match (&c.cert, &cred.cert) {
            (Some(a), Some(b)) => a == b,
            _ => c.name.eq_ignore_ascii_case(&cred.name),
        };
        if !mine.credentials.iter().any(same) {
            mine.credentials.push(cred.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    fn add(id: &str) -> Change {
        Change::AddSkill {
            id: SkillId::new(id),
            source: SkillSource::Chosen,
            today: day(),
        }
    }

    fn ym(s: &str) -> YearMonth {
        YearMonth::parse(s).unwrap()
    }

    /// In these lists `#N` stands for the id job N has when the change is applied.
    fn apply_all(changes: &[Change]) -> Result<Profile, FieldError> {
        changes.iter().try_fold(Profile::default(), |p, c| {
            let c = c.renamed(|id| {
                id.strip_prefix('#')
                    .and_then(|n| p.job_id(n.parse().ok()?))
                    .unwrap_or_else(|| id.to_string())
            });
            apply(&p, &c)
        })
    }

    fn first() -> String {
        "#0".into()
    }

    #[test]
    fn a_bad_name_leaves_the_profile_untouched() {
        let p = apply(&Profile::default(), &Change::SetName(" Ana ".into())).unwrap();
        assert_eq!(p.name, "Ana");
        assert_eq!(
            apply(&p, &Change::SetName("   ".into())),
            Err(FieldError::Empty)
        );
    }

    #[test]
    fn skills_are_never_duplicated_and_keep_their_first_source() {
        let p = apply(&Profile::default(), &add("sp:cash-register")).unwrap();
        let again = Change::AddSkill {
            id: SkillId::new("sp:cash-register"),
            source: SkillSource::Training,
            today: day(),
        };
        let p = apply(&p, &again).unwrap();
        assert_eq!(p.skills.len(), 1);
        assert_eq!(p.skills[0].source, SkillSource::Chosen);
        let p = apply(&p, &Change::RemoveSkill(SkillId::new("sp:cash-register"))).unwrap();
        assert!(p.skills.is_empty());
        assert_eq!(
            apply(&Profile::default(), &add(" ")),
            Err(FieldError::UnknownSkill)
        );
    }

    #[test]
    fn contact_details_are_optional_but_checked() {
        let p = apply_all(&[
            Change::SetPhone("(559) 555-0142".into()),
            Change::SetEmail("ana@example.com".into()),
            Change::SetCity(" Fresno ".into()),
        ])
        .unwrap();
        assert_eq!(p.contact.city.as_deref(), Some("Fresno"));
        assert_eq!(
            apply(&p, &Change::SetEmail("ana@".into())),
            Err(FieldError::EmailFormat)
        );
        let p = apply(&p, &Change::SetPhone("  ".into())).unwrap();
        assert_eq!(p.contact.phone, None, "blank removes it");
    }

    #[test]
    fn jobs_keep_their_dates_in_order() {
        let p = apply_all(&[
            Change::AddJob {
                occupation: Some("41-2011.00".into()),
                title: "Cashier".into(),
            },
            Change::SetJobStart(first(), ym("2020-01")),
            Change::SetJobEnd(first(), Some(ym("2022-05"))),
            Change::SetJobEmployer(first(), "FreshMart".into()),
        ])
        .unwrap();
        let job = &p.jobs[0];
        let id = job.id.clone();
        assert_eq!(
            (job.start, job.end),
            (Some(ym("2020-01")), Some(ym("2022-05")))
        );
        assert_eq!(job.employer.as_deref(), Some("FreshMart"));
        assert_eq!(
            apply(&p, &Change::SetJobEnd(id.clone(), Some(ym("2019-01")))),
            Err(FieldError::EndBeforeStart)
        );
        assert_eq!(
            apply(&p, &Change::SetJobStart(id.clone(), ym("2023-01"))),
            Err(FieldError::EndBeforeStart)
        );
        // A year alone: ending "2022" after starting May 2022 is fine, so is starting "2022".
        let y = apply(&p, &Change::SetJobStart(id.clone(), ym("2022"))).unwrap();
        assert_eq!(y.jobs[0].start, Some(ym("2022")));
        let y = apply(&y, &Change::SetJobEnd(id.clone(), Some(ym("2022")))).unwrap();
        assert_eq!(y.jobs[0].end, Some(ym("2022")));
        assert_eq!(
            apply(&y, &Change::SetJobEnd(id.clone(), Some(ym("2021")))),
            Err(FieldError::EndBeforeStart)
        );
        // A double tap on a listed job adds it once; typed jobs may repeat (two cleaning jobs).
        let twice = apply(
            &p,
            &Change::AddJob {
                occupation: Some("41-2011.00".into()),
                title: "Cashier".into(),
            },
        )
        .unwrap();
        assert_eq!(twice.jobs.len(), 1);
        let p = apply(&twice, &Change::RemoveJob(id)).unwrap();
        assert!(p.jobs.is_empty());
    }

    #[test]
    fn merging_adds_only_what_is_missing_and_never_overwrites() {
        let mine = apply_all(&[
            Change::SetName("Ana".into()),
            Change::SetCity("Fresno".into()),
            Change::AddJob {
                occupation: Some("41-2011.00".into()),
                title: "Cashier".into(),
            },
            Change::SetJobStart(first(), ym("2020-01")),
            add("sp:teamwork"),
        ])
        .unwrap();
        let mut theirs = apply_all(&[
            Change::SetName("Ana María".into()),
            Change::SetCity("Madera".into()),
            Change::SetPhone("559 555 0142".into()),
            Change::AddJob {
                occupation: Some("41-2011.00".into()),
                title: "Cajero/a".into(),
            },
            Change::SetJobStart(first(), ym("2020-01")),
            Change::AddJob {
                occupation: Some("35-2014.00".into()),
                title: "Line cook".into(),
            },
            add("sp:teamwork"),
            add("sp:on-time"),
            Change::AddCertificate {
                cert: Some("cert:forklift".into()),
                name: "Forklift".into(),
            },
        ])
        .unwrap();
        theirs.skills[0].source = SkillSource::Training;
        let merged = apply(&mine, &Change::MergeProfile(Box::new(theirs.clone()))).unwrap();
        assert_eq!(merged.name, "Ana", "my name stays");
        assert_eq!(
            merged.contact.city.as_deref(),
            Some("Fresno"),
            "my town stays"
        );
        assert_eq!(
            merged.contact.phone.as_deref(),
            Some("559 555 0142"),
            "a missing detail is filled"
        );
        assert_eq!(merged.jobs.len(), 2, "the same job is not added twice");
        let ids: Vec<_> = merged.skills.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["sp:teamwork", "sp:on-time"]);
        assert_eq!(
            merged.skills[0].source,
            SkillSource::Chosen,
            "mine is kept as it was"
        );
        assert_eq!(merged.credentials.len(), 1);
        // Merging twice changes nothing more.
        assert_eq!(
            apply(&merged, &Change::MergeProfile(Box::new(theirs.clone()))).unwrap(),
            merged
        );
        let replaced = apply(&mine, &Change::ReplaceProfile(Box::new(theirs.clone()))).unwrap();
        assert_eq!(replaced, theirs);
    }

    #[test]
    fn every_job_and_credential_gets_its_own_id_and_merged_ones_never_take_mine() {
        let cook = |t: &str| Change::AddJob {
            occupation: None,
            title: t.into(),
        };
        let mine = apply_all(&[cook("Cook"), cook("Cook"), cook("Cleaner")]).unwrap();
        let ids: Vec<_> = mine.jobs.iter().map(|j| j.id.as_str()).collect();
        assert!(ids.iter().all(|id| id.starts_with('j') && id.len() == 9));
        assert_ne!(ids[0], ids[1], "two equal typed jobs are still two jobs");
        assert_ne!(ids[1], ids[2]);
        // The same change on the same profile gives the same id (two tabs agree).
        assert_eq!(apply(&mine, &cook("Driver")), apply(&mine, &cook("Driver")));
        // A removed job's id is not handed to a different job added next.
        let gone = mine.jobs[2].id.clone();
        let p = apply(&mine, &Change::RemoveJob(gone.clone())).unwrap();
        let p = apply(&p, &cook("Painter")).unwrap();
        assert_ne!(p.jobs[2].id, gone);

        // A profile from elsewhere whose ids clash with mine: its entries are renumbered, mine stay.
        let mut theirs = Profile::default();
        theirs.jobs.push(Job {
            title: "Driver".into(),
            ..mine.jobs[0].clone()
        });
        theirs.jobs.push(Job {
            id: String::new(),
            title: "Painter".into(),
            ..mine.jobs[0].clone()
        });
        let merged = apply(&mine, &Change::MergeProfile(Box::new(theirs))).unwrap();
        assert_eq!(merged.jobs.len(), 5);
        assert_eq!(merged.jobs[..3], mine.jobs[..], "mine are untouched");
        let mut all: Vec<_> = merged.jobs.iter().map(|j| j.id.clone()).collect();
        crate::order::sort(&mut all);
        all.dedup();
        assert_eq!(all.len(), 5, "no two jobs share an id");
        assert!(merged.jobs.iter().all(|j| !j.id.is_empty()));
    }

    #[test]
    fn an_edit_names_its_job_by_id_so_shifted_positions_do_not_matter() {
        let p = apply_all(&[
            Change::AddJob {
                occupation: None,
                title: "Cook".into(),
            },
            Change::AddJob {
                occupation: None,
                title: "Cleaner".into(),
            },
        ])
        .unwrap();
        let cleaner = p.jobs[1].id.clone();
        let without_cook = apply(&p, &Change::RemoveJob(p.jobs[0].id.clone())).unwrap();
        let set = Change::SetJobEmployer(cleaner.clone(), "Hotel Fresno".into());
        let p = apply(&without_cook, &set).unwrap();
        assert_eq!(p.jobs[0].title, "Cleaner");
        assert_eq!(p.jobs[0].employer.as_deref(), Some("Hotel Fresno"));
        // An edit of a job that is gone is refused; removing it again changes nothing.
        let gone = apply(&p, &Change::RemoveJob(cleaner.clone())).unwrap();
        assert_eq!(apply(&gone, &set), Err(FieldError::Empty));
        assert_eq!(apply(&gone, &Change::RemoveJob(cleaner)).unwrap(), gone);
        assert_eq!(
            apply(&p, &Change::SetJobEmployer(String::new(), "X".into())),
            Err(FieldError::Empty)
        );
        assert_eq!(apply(&p, &Change::RemoveJob(String::new())).unwrap(), p);
    }

    #[test]
    fn certificates_are_added_once() {
        let cna = Change::AddCertificate {
            cert: Some("cert:cna".into()),
            name: "Certified Nursing Assistant (CNA)".into(),
        };
        let typed = Change::AddCertificate {
            cert: None,
            name: "Barista course".into(),
        };
        let p = apply_all(&[cna.clone(), cna, typed.clone(), typed]).unwrap();
        assert_eq!(p.credentials.len(), 2);
        assert_eq!(p.credentials[0].cert.as_deref(), Some("cert:cna"));
        let p = apply(&p, &Change::RemoveCredential(p.credentials[0].id.clone())).unwrap();
        assert_eq!(p.credentials[0].name, "Barista course");
    }

    #[test]
    fn a_certificate_gets_an_issuer_and_a_date_but_a_signed_training_keeps_its_own() {
        let p = apply_all(&[Change::AddCertificate {
            cert: Some("cert:cna".into()),
            name: "CNA".into(),
        }])
        .unwrap();
        let id = p.credentials[0].id.clone();
        let p = apply(
            &p,
            &Change::SetCredentialIssuer(id.clone(), "  Red   Cross ".into()),
        )
        .unwrap();
        assert_eq!(p.credentials[0].issuer.as_deref(), Some("Red Cross"));
        let p = apply(&p, &Change::SetCredentialDate(id.clone(), Some(ym("2021")))).unwrap();
        assert_eq!(p.credentials[0].date, Some(ym("2021")));
        assert_eq!(
            apply(
                &p,
                &Change::SetCredentialIssuer(id.clone(), "x".repeat(300))
            ),
            Err(FieldError::TooLong {
                max: validate::TEXT_MAX_CHARS
            })
        );
        let cleared = apply(&p, &Change::SetCredentialIssuer(id.clone(), "   ".into())).unwrap();
        assert_eq!(cleared.credentials[0].issuer, None);
        let cleared = apply(&cleared, &Change::SetCredentialDate(id, None)).unwrap();
        assert_eq!(cleared.credentials[0].date, None);
        let mut signed = p.clone();
        signed.credentials[0].signature = Some("sp1:1".into());
        let sid = signed.credentials[0].id.clone();
        assert_eq!(
            apply(&signed, &Change::SetCredentialDate(sid.clone(), None)),
            Err(FieldError::Empty)
        );
        assert_eq!(
            apply(&signed, &Change::SetCredentialIssuer(sid, "Me".into())),
            Err(FieldError::Empty)
        );
        assert_eq!(
            apply(&p, &Change::SetCredentialIssuer(String::new(), "Me".into())),
            Err(FieldError::Empty)
        );
    }
}

#[cfg(test)]
mod flow_change_tests {
    use super::*;

    #[test]
    fn the_short_name_is_tidied_and_blank_removes_it() {
        let p = Profile::default();
        let p = apply(&p, &Change::SetShortName("  Mari  ".into())).unwrap();
        assert_eq!(p.short_name.as_deref(), Some("Mari"));
        let p2 = apply(&p, &Change::SetShortName("   ".into())).unwrap();
        assert_eq!(p2.short_name, None);
        assert!(apply(&p, &Change::SetShortName("x".repeat(300))).is_err());
    }

    #[test]
    fn only_known_languages_are_added_once_and_at_most_the_cap() {
        let mut p = Profile::default();
        for code in ["es", "es", "en"] {
            p = apply(&p, &Change::AddLanguage(code.into())).unwrap();
        }
        assert_eq!(p.languages, ["es", "en"]);
        for bad in ["", "xx", "Spanish", "es\u{202e}", "e", &"a".repeat(300)] {
            assert_eq!(
                apply(&p, &Change::AddLanguage(bad.into())),
                Err(FieldError::UnknownLanguage),
                "{bad}"
            );
        }
        for l in crate::languages::all() {
            if let Ok(next) = apply(&p, &Change::AddLanguage(l.code.into())) {
                p = next;
            }
        }
        assert_eq!(p.languages.len(), crate::admit::MAX_LANGUAGES);
        let p = apply(&p, &Change::RemoveLanguage("es".into())).unwrap();
        assert!(!p.languages.contains(&"es".to_string()));
    }
}

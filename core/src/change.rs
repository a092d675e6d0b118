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
    /// Contact details as typed; blank removes the detail.
    SetPhone(String),
    SetEmail(String),
    SetCity(String),
    /// A job picked from the list (with its O*NET-SOC code) or typed in (`occupation: None`).
    AddJob {
        occupation: Option<String>,
        title: String,
    },
    RemoveJob(usize),
    SetJobStart(usize, YearMonth),
    /// `None`: the worker still has this job.
    SetJobEnd(usize, Option<YearMonth>),
    SetJobEmployer(usize, String),
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
    RemoveCredential(usize),
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
}

/// Applies `change` to a copy of `profile`. A change that would store bad data is refused with
/// the field's error, and the profile is left as it was.
pub fn apply(profile: &Profile, change: &Change) -> Result<Profile, FieldError> {
    let mut next = profile.clone();
    let p = &mut next;
    match change {
        Change::SetName(typed) => p.name = validate::name(typed)?,
        Change::SetPhone(typed) => p.contact.phone = validate::optional(typed, validate::phone)?,
        Change::SetEmail(typed) => p.contact.email = validate::optional(typed, validate::email)?,
        Change::SetCity(typed) => p.contact.city = validate::optional(typed, validate::short_text)?,
        Change::AddJob { occupation, title } => {
            let title = validate::short_text(title)?;
            // The same listed job twice is almost always a double tap.
            if occupation.is_none() || !p.jobs.iter().any(|j| &j.occupation == occupation) {
                p.jobs.push(Job {
                    title,
                    employer: None,
                    occupation: occupation.clone(),
                    start: None,
                    end: None,
                });
            }
        }
        Change::RemoveJob(i) => {
            if *i < p.jobs.len() {
                p.jobs.remove(*i);
            }
        }
        Change::SetJobStart(i, start) => {
            let job = p.jobs.get_mut(*i).ok_or(FieldError::Empty)?;
            validate::job_dates(Some(*start), job.end)?;
            job.start = Some(*start);
        }
        Change::SetJobEnd(i, end) => {
            let job = p.jobs.get_mut(*i).ok_or(FieldError::Empty)?;
            validate::job_dates(job.start, *end)?;
            job.end = *end;
        }
        Change::SetJobEmployer(i, typed) => {
            let job = p.jobs.get_mut(*i).ok_or(FieldError::Empty)?;
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
        Change::RemoveCredential(i) => {
            if *i < p.credentials.len() {
                p.credentials.remove(*i);
            }
        }
        Change::ReplaceProfile(other) => *p = (**other).clone(),
        Change::MergeProfile(other) => merge(p, other),
    }
    Ok(next)
}

/// Adds to `mine` what `theirs` has and `mine` lacks. Nothing of `mine` is changed or dropped:
/// its name stays, a contact detail is only filled in where it was empty, and jobs, skills and
/// certificates are added when no equal one is there (same listed job and start; same skill;
/// same listed certificate, or same name).
pub fn merge(mine: &mut Profile, theirs: &Profile) {
    if mine.name.trim().is_empty() {
        mine.name = theirs.name.clone();
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

    fn apply_all(changes: &[Change]) -> Result<Profile, FieldError> {
        changes
            .iter()
            .try_fold(Profile::default(), |p, c| apply(&p, c))
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
            Change::SetJobStart(0, ym("2020-01")),
            Change::SetJobEnd(0, Some(ym("2022-05"))),
            Change::SetJobEmployer(0, "FreshMart".into()),
        ])
        .unwrap();
        let job = &p.jobs[0];
        assert_eq!(
            (job.start, job.end),
            (Some(ym("2020-01")), Some(ym("2022-05")))
        );
        assert_eq!(job.employer.as_deref(), Some("FreshMart"));
        assert_eq!(
            apply(&p, &Change::SetJobEnd(0, Some(ym("2019-01")))),
            Err(FieldError::EndBeforeStart)
        );
        assert_eq!(
            apply(&p, &Change::SetJobStart(0, ym("2023-01"))),
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
        let p = apply(&twice, &Change::RemoveJob(0)).unwrap();
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
            Change::SetJobStart(0, ym("2020-01")),
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
            Change::SetJobStart(0, ym("2020-01")),
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
        let p = apply(&p, &Change::RemoveCredential(0)).unwrap();
        assert_eq!(p.credentials[0].name, "Barista course");
    }
}

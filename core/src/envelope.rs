//! The saved form of a profile, and the one door every saved or imported profile comes in by.
//!
//! Saved form: `{"format":"skillpass-profile","version":4,"rev":7,"saved_at":"…","writer":"…","profile":{…}}`.
//! [`restore`] checks it, migrates older versions step by step, and tidies it. A value it cannot
//! read is reported, never repaired by guessing and never thrown away: the caller keeps it aside.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::admit::{Admitted, Dropped, Part, Why};
use crate::profile::{Contact, Profile, SCHEMA_VERSION};
use crate::validate::tidy;

pub const FORMAT: &str = "skillpass-profile";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    /// The [`Profile`] schema version this was written with.
    pub version: u32,
    /// Counts saves of this device's profile. A tab only writes over the very saved copy it has
    /// seen (see [`crate::repo`]), so a second tab never silently overwrites newer data.
    pub rev: u64,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::dates::opt_moment"
    )]
    pub saved_at: Option<DateTime<Utc>>,
    /// Which tab wrote it (a per-tab id the shell gives [`crate::repo::Repo::open`]). Together
    /// with the rest of the text it tells two saves of the same revision apart.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub writer: String,
    pub profile: Profile,
}

impl Envelope {
    pub fn new(profile: Profile, rev: u64, saved_at: Option<DateTime<Utc>>) -> Self {
        Self {
            format: FORMAT.to_string(),
            version: SCHEMA_VERSION,
            rev,
            saved_at,
            writer: String::new(),
            profile,
        }
    }

    pub fn to_json(&self) -> String {
        // A struct of strings, numbers and vectors always serialises. Indented like the backup
        // file (which is this same text) so the browser bundle carries one JSON writer, not two.
        serde_json::to_string_pretty(self).expect("envelope serialises")
    }
}

/// Why a saved or imported value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Not JSON at all (cut short, overwritten by something else, …).
    NotJson,
    /// JSON, but not a SkillPass profile.
    NotSkillPass,
    /// Written by a newer SkillPass than this one: keep it, and ask the person to update.
    TooNew { version: u32 },
    /// A SkillPass profile with a part missing or wrong. The detail is for the log, not the person.
    Damaged(String),
}

/// One step from version `n` to `n + 1`, as a pure transform of the JSON value. `MIGRATIONS[0]`
/// takes version 1 to 2, and so on. Never edit a released step; add the next one.
type Migration = fn(Value) -> Result<Value, String>;
const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Version 2 added `cert` (the common-certificate id) to credentials. Version 1 credentials were
/// all typed in, which is exactly what a missing `cert` means, so the data needs no change.
fn v1_to_v2(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 3 added `id` to jobs and credentials (edits name them by id, not by position). Old
/// entries get `j1`, `j2`, … and `c1`, `c2`, … in list order: unique, and the same on every tab
/// and device that reads the same save.
/// Version 4 added a year alone as a date (`"2023"`), `short_name` (what to call the person),
/// `goal` (the job she aims for) and language codes from the known list. A version 3 save has
/// none of them, so it needs no change; the number moved so that an older app that finds a
/// version 4 save says it was made by a newer SkillPass and keeps it (memory only) instead of
/// setting aside a year-only date as unreadable, or dropping the new fields when it saves.
fn v3_to_v4(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 5 added `job_centre` (her answers to the "For a job centre" questions). A version 4
/// save has none; the number moved so that an older app keeps a version 5 save as "newer"
/// instead of dropping her answers when it saves.
fn v4_to_v5(value: Value) -> Result<Value, String> {
    Ok(value)
}

fn v2_to_v3(mut value: Value) -> Result<Value, String> {
    for (list, prefix) in [("jobs", 'j'), ("credentials", 'c')] {
        if let Some(items) = value
            .get_mut("profile")
            .and_then(|p| p.get_mut(list))
            .and_then(Value::as_array_mut)
        {
            for (n, item) in items.iter_mut().enumerate() {
                if let Some(obj) = item.as_object_mut() {
                    obj.entry("id")
                        .or_insert_with(|| Value::from(format!("{prefix}{}", n + 1)));
                }
            }
        }
    }
    Ok(value)
}

/// Reads a saved or imported profile: checks, migrates to [`SCHEMA_VERSION`], tidies.
pub fn restore(raw: &str) -> Result<Envelope, RestoreError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| RestoreError::NotJson)?;
    restore_value(value)
}

/// [`restore`] for text already parsed (a file is parsed once, then told apart by its shape).
pub fn restore_value(value: Value) -> Result<Envelope, RestoreError> {
    let value = migrate(value)?;
    let mut env: Envelope =
        serde_json::from_value(value).map_err(|e| RestoreError::Damaged(e.to_string()))?;
    env.version = SCHEMA_VERSION;
    normalise(&mut env.profile);
    Ok(env)
}

/// Checks the format and version and runs the migrations up to [`SCHEMA_VERSION`].
fn migrate(mut value: Value) -> Result<Value, RestoreError> {
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(RestoreError::NotSkillPass);
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or_else(|| RestoreError::Damaged("missing or bad version".into()))?;
    if version > SCHEMA_VERSION {
        return Err(RestoreError::TooNew { version });
    }
    for (from, step) in MIGRATIONS.iter().enumerate().skip(version as usize - 1) {
        value = step(value).map_err(|e| RestoreError::Damaged(format!("v{}: {e}", from + 1)))?;
        value["version"] = Value::from(from as u64 + 2);
    }
    Ok(value)
}

/// The tolerant reading of a saved form that [`restore`] refuses (a kept-aside copy): each part
/// of the profile is read on its own, and a part that cannot be read is left out and counted.
/// Nothing is guessed: the result still goes through [`crate::admit`] before it is shown. Only a
/// value with no profile object at all (or from a newer version) is refused.
pub fn salvage(value: Value) -> Result<Admitted, RestoreError> {
    let mut value = migrate(value)?;
    let Some(Value::Object(mut p)) = value.get_mut("profile").map(Value::take) else {
        return Err(RestoreError::Damaged("no profile".into()));
    };
    let mut unreadable = 0usize;
    fn field<T: serde::de::DeserializeOwned + Default>(
        v: Option<Value>,
        unreadable: &mut usize,
    ) -> T {
        match v.map(serde_json::from_value) {
            None => T::default(),
            Some(Ok(x)) => x,
            Some(Err(_)) => {
                *unreadable += 1;
                T::default()
            }
        }
    }
    fn items<T: serde::de::DeserializeOwned>(v: Option<Value>, unreadable: &mut usize) -> Vec<T> {
        match v {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(list)) => list
                .into_iter()
                .filter_map(|x| match serde_json::from_value(x) {
                    Ok(x) => Some(x),
                    Err(_) => {
                        *unreadable += 1;
                        None
                    }
                })
                .collect(),
            Some(_) => {
                *unreadable += 1;
                Vec::new()
            }
        }
    }
    let contact = match p.remove("contact") {
        Some(Value::Object(mut c)) => Contact {
            phone: field(c.remove("phone"), &mut unreadable),
            email: field(c.remove("email"), &mut unreadable),
            city: field(c.remove("city"), &mut unreadable),
        },
        None | Some(Value::Null) => Contact::default(),
        Some(_) => {
            unreadable += 1;
            Contact::default()
        }
    };
    let profile = Profile {
        name: field(p.remove("name"), &mut unreadable),
        short_name: field(p.remove("short_name"), &mut unreadable),
        contact,
        languages: items(p.remove("languages"), &mut unreadable),
        jobs: items(p.remove("jobs"), &mut unreadable),
        skills: items(p.remove("skills"), &mut unreadable),
        credentials: items(p.remove("credentials"), &mut unreadable),
        goal: field(p.remove("goal"), &mut unreadable),
        job_centre: field(p.remove("job_centre"), &mut unreadable),
    };
    let mut admitted = Admitted::new(profile);
    admitted.dropped.extend((0..unreadable).map(|_| Dropped {
        part: Part::Unreadable,
        why: Why::Unreadable,
    }));
    Ok(admitted)
}

/// Makes a restored profile obey the rules the editor keeps: tidy names, no repeated skills.
fn normalise(p: &mut Profile) {
    p.name = tidy(&p.name);
    p.short_name = p.short_name.as_deref().map(tidy).filter(|s| !s.is_empty());
    p.job_centre = crate::jobcentre::tidy(&p.job_centre);
    let mut seen = std::collections::HashSet::new();
    p.skills.retain(|s| seen.insert(s.id.clone()));
    p.languages.retain(|l| !l.trim().is_empty());
    p.languages.dedup();
    // A job or credential without an id, or with one taken (a file edited by hand), gets one.
    p.assign_ids();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Skill, SkillId, SkillSource};
    use chrono::NaiveDate;

    fn sample() -> Envelope {
        let mut p = Profile {
            name: "Ana".into(),
            ..Profile::default()
        };
        p.skills.push(Skill {
            id: SkillId::new("sp:cash-register"),
            source: SkillSource::Chosen,
            added: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
        });
        Envelope::new(p, 3, None)
    }

    #[test]
    fn what_is_saved_restores_unchanged() {
        let env = sample();
        assert_eq!(restore(&env.to_json()), Ok(env));
    }

    #[test]
    fn every_version_but_the_first_has_a_migration() {
        assert_eq!(MIGRATIONS.len(), SCHEMA_VERSION as usize - 1);
    }

    #[test]
    fn unreadable_values_are_reported_not_guessed() {
        assert_eq!(restore(""), Err(RestoreError::NotJson));
        assert_eq!(restore("{\"format\":\"skill"), Err(RestoreError::NotJson));
        assert_eq!(restore("[1,2]"), Err(RestoreError::NotSkillPass));
        assert_eq!(
            restore(r#"{"format":"excalidraw","version":1}"#),
            Err(RestoreError::NotSkillPass)
        );
        assert!(matches!(
            restore(r#"{"format":"skillpass-profile","version":0,"rev":1,"profile":{"name":"A"}}"#),
            Err(RestoreError::Damaged(_))
        ));
        assert!(matches!(
            restore(r#"{"format":"skillpass-profile","version":1,"rev":1}"#),
            Err(RestoreError::Damaged(_))
        ));
        let bad_month = r#"{"format":"skillpass-profile","version":1,"rev":1,
            "profile":{"name":"A","jobs":[{"title":"Cook","start":"2020-13"}]}}"#;
        assert!(matches!(restore(bad_month), Err(RestoreError::Damaged(_))));
    }

    #[test]
    fn a_newer_save_is_recognised_as_newer() {
        let mut value: Value = serde_json::from_str(&sample().to_json()).unwrap();
        value["version"] = 9.into();
        let raw = value.to_string();
        assert_eq!(restore(&raw), Err(RestoreError::TooNew { version: 9 }));
    }

    #[test]
    fn restore_tidies_what_it_reads() {
        let raw = r#"{"format":"skillpass-profile","version":1,"rev":2,"profile":{
            "name":"  Ana   Lucía ",
            "skills":[
              {"id":"sp:a","source":"chosen","added":"2026-01-02"},
              {"id":"sp:a","source":"job","added":"2026-01-03"}]}}"#;
        let env = restore(raw).unwrap();
        assert_eq!(env.profile.name, "Ana Lucía");
        assert_eq!(env.profile.skills.len(), 1);
        assert_eq!(env.profile.skills[0].source, SkillSource::Chosen);
    }

    #[test]
    fn old_jobs_and_credentials_get_ids_in_list_order() {
        let raw = r#"{"format":"skillpass-profile","version":2,"rev":2,"profile":{"name":"Ana",
            "jobs":[{"title":"Cook"},{"title":"Cook"}],
            "credentials":[{"kind":"certificate","name":"CNA"}]}}"#;
        let p = restore(raw).unwrap().profile;
        let ids: Vec<_> = p.jobs.iter().map(|j| j.id.as_str()).collect();
        assert_eq!(ids, ["j1", "j2"]);
        assert_eq!(p.credentials[0].id, "c1");
        // A version 3 save edited by hand with a missing or repeated id is given fresh ones.
        let raw = r#"{"format":"skillpass-profile","version":3,"rev":2,"profile":{"name":"Ana",
            "jobs":[{"id":"j1","title":"Cook"},{"id":"j1","title":"Cleaner"},{"title":"Driver"}]}}"#;
        let p = restore(raw).unwrap().profile;
        assert_eq!(p.jobs[0].id, "j1");
        assert!(p.jobs[1].id != "j1" && !p.jobs[1].id.is_empty());
        assert!(!p.jobs[2].id.is_empty() && p.jobs[2].id != p.jobs[1].id);
    }
}

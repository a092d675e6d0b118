//! The worker's profile: plain data, serialised with serde. Its saved form is wrapped in
//! [`crate::envelope::Envelope`], which carries the schema version.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::month::YearMonth;

/// The version of the [`Profile`] shape. Bump it only together with a migration in
/// [`crate::envelope`] and a new frozen fixture in `core/tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 5;

/// A stable taxonomy id. O*NET activities use their Detailed Work Activity id verbatim
/// (e.g. `4.A.2.a.2.I04.D01`); skills of SkillPass's own (transferable, digital) start with `sp:`.
/// Once released an id never changes meaning: share links and saved profiles refer to it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SkillId(pub String);

impl SkillId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The full name employers should see (on the résumé, a shared profile, exports).
    pub name: String,
    /// What the app calls the worker in greetings ("Hi, María"), if they gave one; else the first
    /// word of `name` (see [`Profile::greeting_name`]). Kept on this device only: share links and
    /// files carry the full name. Added without a schema change (an optional field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub contact: Contact,
    /// Languages spoken, as ISO 639-1 codes ("en", "es").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jobs: Vec<Job>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credentials: Vec<Credential>,
    /// The job the worker chose as a goal on its career page: an O*NET-SOC code the taxonomy
    /// knows (`crate::career::goal_title` gives its words). Added within schema version 3 (an
    /// older save simply has none); not carried by share links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    /// Her answers to the optional "For a job centre" questions ([`crate::jobcentre`]): question
    /// key → option code. Added in schema version 5; in a share link only when she ticks them.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub job_centre: crate::jobcentre::Answers,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.city.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    /// Names this job in every [`crate::Change`], so an edit made in one tab hits the same job
    /// when it is replayed onto another tab's profile (list positions shift). Unique within the
    /// profile; given by [`Profile::assign_ids`], never by the screens. Added in schema version 3.
    #[serde(default)]
    pub id: String,
    /// The everyday title the worker knows the job by.
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    /// O*NET-SOC 2018 code, e.g. `31-1131.00`, when the job was picked from the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<YearMonth>,
    /// `None` means the worker still has this job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<YearMonth>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    pub id: SkillId,
    pub source: SkillSource,
    /// The day it was added: shown as "added in May 2025" and used to order the list.
    #[serde(with = "crate::dates::day")]
    pub added: NaiveDate,
}

/// Where a skill came from. The profile page says it in plain words ("You added this yourself").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillSource {
    /// The worker ticked it.
    Chosen,
    /// It came with a job the worker added.
    Job,
    /// It came with a training or certificate (possibly a trainer's signed link).
    Training,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CredentialKind {
    Certificate,
    Training,
}

/// A certificate or a finished training.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credential {
    /// Like [`Job::id`]: names this entry in every change. Added in schema version 3.
    #[serde(default)]
    pub id: String,
    pub kind: CredentialKind,
    /// The common certificate this is (`cert:cna`), when picked from the list: it is then shown
    /// in the reader's language. Added in schema version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert: Option<String>,
    /// As the worker knows it (for a picked certificate, its name in the language used then).
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<YearMonth>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillId>,
    /// A trainer's signature over the credential, kept verbatim so it can be checked again later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

/// How a signed training from a file other than ours is kept in [`Credential::signature`]: its
/// whole signed document after this prefix (`credential` checks it; `admit` caps its size).
pub const OB3_PREFIX: &str = "ob3:";

impl Profile {
    pub fn has_skill(&self, id: &SkillId) -> bool {
        self.skills.iter().any(|s| &s.id == id)
    }

    /// True if this signed training (same signature) or this very entry is already there (its
    /// id aside: an entry from a link or a file has none yet).
    pub fn has_credential(&self, c: &Credential) -> bool {
        self.credentials
            .iter()
            .any(|have| match (&have.signature, &c.signature) {
                (Some(a), Some(b)) => a == b,
                _ => {
                    Credential {
                        id: c.id.clone(),
                        ..have.clone()
                    } == *c
                }
            })
    }

    /// The id of job `i` (the screens route by position and edit by id).
    pub fn job_id(&self, i: usize) -> Option<String> {
        self.jobs.get(i).map(|j| j.id.clone())
    }

    /// The id of certificate or training `i`.
    pub fn credential_id(&self, i: usize) -> Option<String> {
        self.credentials.get(i).map(|c| c.id.clone())
    }

    /// Gives every job and credential that has no id, or one an earlier entry already uses, a
    /// fresh id; the others keep theirs. So entries brought in by a merge, a link or a file never
    /// take the id of one of mine.
    ///
    /// A fresh id is `j` (job) or `c` (credential) and 8 hex digits of a SHA-256 over the profile as
    /// it is now and a counter: the same profile always gets the same ids (two tabs replaying the
    /// same change agree), different profiles almost never do, so a removed entry's id is not
    /// handed to a different entry added next (only the very same entry added again onto the very
    /// same profile gets the same id back).
    pub fn assign_ids(&mut self) {
        use std::collections::HashSet;
        let mut seen = HashSet::new();
        let fine = self
            .jobs
            .iter()
            .map(|j| j.id.as_str())
            .chain(self.credentials.iter().map(|c| c.id.as_str()))
            .all(|id| !id.is_empty() && seen.insert(id));
        if fine {
            return;
        }
        use sha2::{Digest, Sha256};
        let seed = Sha256::digest(serde_json::to_string_pretty(&*self).unwrap_or_default());
        let mut counter: u64 = 0;
        let mut fresh = |prefix: char, used: &HashSet<String>| loop {
            counter += 1;
            let mut h = Sha256::new();
            h.update(seed);
            h.update(counter.to_le_bytes());
            let d = h.finalize();
            let id = format!("{prefix}{:02x}{:02x}{:02x}{:02x}", d[0], d[1], d[2], d[3]);
            if !used.contains(&id) {
                return id;
            }
        };
        let mut used: HashSet<String> = HashSet::new();
        let firsts: Vec<bool> = self
            .jobs
            .iter()
            .map(|j| !j.id.is_empty() && used.insert(j.id.clone()))
            .collect();
        for (job, first) in self.jobs.iter_mut().zip(firsts) {
            if !first {
                job.id = fresh('j', &used);
                used.insert(job.id.clone());
            }
        }
        let firsts: Vec<bool> = self
            .credentials
            .iter()
            .map(|c| !c.id.is_empty() && used.insert(c.id.clone()))
            .collect();
        for (c, first) in self.credentials.iter_mut().zip(firsts) {
            if !first {
                c.id = fresh('c', &used);
                used.insert(c.id.clone());
            }
        }
    }

    /// The name to greet the worker by: the short name if given, else the first word of the full
    /// name (bidi controls removed, so a greeting never reads backwards); empty if neither has a
    /// visible letter.
    pub fn greeting_name(&self) -> String {
        let clean = |s: &str| crate::validate::tidy(&crate::text::strip_bidi(s));
        if let Some(short) = self
            .short_name
            .as_deref()
            .map(clean)
            .filter(|s| !s.is_empty())
        {
            return short;
        }
        clean(&self.name)
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// True once the worker has given at least a name: the app then opens on "My profile".
    pub fn is_started(&self) -> bool {
        !self.name.trim().is_empty()
    }
}

#[cfg(test)]
mod greeting_tests {
    use super::*;

    fn with(name: &str, short: Option<&str>) -> Profile {
        Profile {
            name: name.into(),
            short_name: short.map(str::to_string),
            ..Profile::default()
        }
    }

    #[test]
    fn greetings_use_the_short_name_else_the_first_word_of_the_full_name() {
        assert_eq!(with("María Hernández", None).greeting_name(), "María");
        assert_eq!(
            with("María Hernández", Some("Mari")).greeting_name(),
            "Mari"
        );
        assert_eq!(with("  María   José  ", None).greeting_name(), "María");
        // A blank or space-only short name is no short name.
        assert_eq!(with("Ana Ruiz", Some("   ")).greeting_name(), "Ana");
        assert_eq!(with("Ana Ruiz", Some("")).greeting_name(), "Ana");
        assert_eq!(with("", None).greeting_name(), "");
        assert_eq!(with("   ", Some(" ")).greeting_name(), "");
        // One long word is kept whole (the screen wraps it); bidi controls never reach a greeting.
        let long = "x".repeat(300);
        assert_eq!(with(&long, None).greeting_name(), long);
        assert_eq!(
            with("\u{202e}anA\u{202c} Ruiz", None).greeting_name(),
            "anA"
        );
        assert_eq!(with("Ana", Some("\u{202e}\u{2066}")).greeting_name(), "Ana");
        assert_eq!(with("محمد علي", None).greeting_name(), "محمد");
    }
}

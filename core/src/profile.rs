//! The worker's profile: plain data, serialised with serde. Its saved form is wrapped in
//! [`crate::envelope::Envelope`], which carries the schema version.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::month::YearMonth;

/// The version of the [`Profile`] shape. Bump it only together with a migration in
/// [`crate::envelope`] and a new frozen fixture in `core/tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 2;

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
    /// What the worker wants to be called; usually a first name.
    pub name: String,
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

impl Profile {
    pub fn has_skill(&self, id: &SkillId) -> bool {
        self.skills.iter().any(|s| &s.id == id)
    }

    /// True if this signed training (same signature) or this very entry is already there.
    pub fn has_credential(&self, c: &Credential) -> bool {
        self.credentials
            .iter()
            .any(|have| match (&have.signature, &c.signature) {
                (Some(a), Some(b)) => a == b,
                _ => have == c,
            })
    }

    /// True once the worker has given at least a name: the app then opens on "My profile".
    pub fn is_started(&self) -> bool {
        !self.name.trim().is_empty()
    }
}

//! Signed trainings: trainers' class records ([`class`]), the `eddsa-jcs-2022` proofs that sign
//! them ([`eddsa`]), how much a shown credential can be trusted, and Open Badges 3.0 import.
//!
//! Trust is worked out again every time a credential is shown, offline, from what the profile
//! holds: nothing is ever marked "verified" once and believed afterwards.

pub mod class;
pub mod eddsa;
pub mod rdfc;

use serde_json::Value;

use crate::bidi;
use crate::profile::{Credential, CredentialKind, Profile, SkillId};
use crate::taxonomy;
use class::SignedClass;

pub use crate::profile::OB3_PREFIX;

/// What the person reading a profile is told about one credential.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trust {
    /// The worker typed or picked it; nobody signed it.
    SelfReported,
    /// A trainer's key signed it and the signature matches what is shown.
    Signed {
        provider: String,
        fingerprint: String,
        /// Set for per-learner records.
        learner: Option<String>,
        /// The learner named in the record is not the profile's name.
        name_differs: bool,
    },
    /// An Open Badges file whose only proofs are of a kind SkillPass cannot check offline: it is
    /// kept, with who it says it is from, but never shown as signed.
    NotChecked { provider: String },
    /// There is a signature, but it does not match what is shown: it may have been changed.
    Broken,
}

impl Trust {
    /// The word screens and tests use for this state (`data-trust`, and the style `trust-<kind>`).
    pub fn kind(&self) -> &'static str {
        match self {
            Trust::SelfReported => "self",
            Trust::Signed { .. } => "signed",
            Trust::NotChecked { .. } => "not-checked",
            Trust::Broken => "broken",
        }
    }
}

/// Checks `c` as shown in a profile called `profile_name`. It reads as signed only when every
/// field a reader is shown (kind, listed certificate, name, issuer, month, skills) is the signed
/// one; a signature next to anything added or changed afterwards reads as [`Trust::Broken`]
/// ("may have been changed"), never as signed. The names it gives are [`crate::bidi::plain`].
pub fn trust(c: &Credential, profile_name: &str) -> Trust {
    let Some(sig) = &c.signature else {
        return Trust::SelfReported;
    };
    let signed = if sig.starts_with(class::TOKEN_PREFIX) {
        SignedClass::from_token(sig)
            .filter(|s| s.verify() && shows_the_same(c, &s.credential()))
            .map(|s| (s.record.provider.clone(), s.fingerprint(), s.record.learner))
    } else if let Some(doc) = sig.strip_prefix(OB3_PREFIX) {
        let badge = serde_json::from_str::<Value>(doc)
            .ok()
            .and_then(|d| checked_badge(&d).ok())
            .filter(|b| shows_the_same(c, &b.credential));
        match badge {
            Some(CheckedBadge {
                fingerprint: None,
                provider,
                ..
            }) => {
                return Trust::NotChecked {
                    provider: bidi::plain(&provider),
                }
            }
            Some(b) => b.fingerprint.map(|f| (b.provider, f, b.learner)),
            None => None,
        }
    } else {
        None
    };
    match signed {
        None => Trust::Broken,
        Some((provider, fingerprint, learner)) => Trust::Signed {
            name_differs: learner
                .as_deref()
                .is_some_and(|l| !names_match(l, profile_name)),
            provider: bidi::plain(&provider),
            fingerprint,
            learner: learner.as_deref().map(bidi::plain),
        },
    }
}

/// The signed Open Badges 3.0 document behind a signed training, for saving as a file.
pub fn open_badge(c: &Credential) -> Option<Value> {
    let sig = c.signature.as_deref()?;
    match sig.strip_prefix(OB3_PREFIX) {
        Some(doc) => serde_json::from_str(doc).ok(),
        None => SignedClass::from_token(sig)?.to_open_badge(),
    }
}

/// True if a credential reads as signed (see [`trust`]); the intake summary's "signed".
pub fn is_signed(c: &Credential, profile_name: &str) -> bool {
    matches!(trust(c, profile_name), Trust::Signed { .. })
}

/// The skills that may be shown as "Learned in a class": those listed by a class on the profile
/// that reads as signed (so each is one of that class's signed skills).
pub fn signed_class_skills(p: &Profile) -> Vec<SkillId> {
    p.credentials
        .iter()
        .filter(|c| !c.skills.is_empty() && is_signed(c, &p.name))
        .flat_map(|c| c.skills.iter().cloned())
        .collect()
}

fn same_skills(a: &[SkillId], b: &[SkillId]) -> bool {
    a.len() == b.len() && a.iter().all(|s| b.contains(s)) && b.iter().all(|s| a.contains(s))
}

/// Every field a reader is shown is the signed one (someone editing the saved profile or a backup
/// cannot keep the "signed" label on a changed class name, provider, month or skill list, nor on a
/// certificate picked from the list, whose name would show in place of the signed one). Text is
/// compared as shown, in its [`crate::bidi::plain`] form.
fn shows_the_same(shown: &Credential, signed: &Credential) -> bool {
    let text = |s: &Option<String>| bidi::plain(s.as_deref().unwrap_or_default());
    shown.kind == signed.kind
        && shown.cert.is_none()
        && signed.cert.is_none()
        && bidi::plain(&shown.name) == bidi::plain(&signed.name)
        && text(&shown.issuer) == text(&signed.issuer)
        && shown.date == signed.date
        && same_skills(&shown.skills, &signed.skills)
}

/// "María H." matches "María Hernández" and "maria h": same first name, and a last initial (or
/// last name) that agrees. Accents and case are ignored.
pub fn names_match(learner: &str, profile: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        taxonomy::fold(s)
            .split(|c: char| c.is_whitespace())
            .map(|w| w.trim_matches('.').to_string())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (l, p) = (words(learner), words(profile));
    let (Some(lf), Some(pf)) = (l.first(), p.first()) else {
        return false;
    };
    if lf != pf {
        return false;
    }
    match (l.len() > 1, p.last()) {
        (false, _) => true,
        (true, Some(pl)) if p.len() > 1 => {
            let ll = l.last().map(String::as_str).unwrap_or_default();
            if ll.chars().count() == 1 {
                pl.starts_with(ll)
            } else {
                ll == pl
            }
        }
        _ => false,
    }
}

/// Why an Open Badges file could not be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadgeError {
    /// Not an `OpenBadgeCredential` with a proof, or signed by a key that is not its issuer's.
    Unsupported,
    /// A proof SkillPass can check does not match the document.
    Mismatch,
}

pub struct CheckedBadge {
    pub credential: Credential,
    pub provider: String,
    /// The key's fingerprint when a proof verified; `None` when no proof was one SkillPass can
    /// check (the badge reads as [`Trust::NotChecked`]).
    pub fingerprint: Option<String>,
    pub learner: Option<String>,
}

fn is_open_badge(doc: &Value) -> bool {
    doc.get("type")
        .and_then(Value::as_array)
        .is_some_and(|t| t.iter().any(|x| x == "OpenBadgeCredential"))
}

pub fn looks_like_open_badge(doc: &Value) -> bool {
    is_open_badge(doc)
}

/// Verifies an Open Badges 3.0 credential and turns it into a training entry that keeps the whole
/// signed document (canonical JSON), so it can be checked again every time it is shown. Its
/// `proof` may be one or several: it verifies if one SkillPass can check (`eddsa-jcs-2022`, or
/// `eddsa-rdfc-2022` on a document of the shape [`rdfc`] reads) verifies and none fails; with
/// none it can check, it is kept as "not checked".
pub fn checked_badge(doc: &Value) -> Result<CheckedBadge, BadgeError> {
    if !is_open_badge(doc) || doc.get("proof").is_none() {
        return Err(BadgeError::Unsupported);
    }
    let key = match eddsa::verify(doc) {
        Ok(key) => Some(key),
        Err(eddsa::ProofError::Mismatch) => return Err(BadgeError::Mismatch),
        Err(_) => None,
    };
    let issuer = doc.get("issuer");
    let issuer_id = issuer
        .and_then(|i| i.get("id").or(Some(i)))
        .and_then(Value::as_str);
    // The key must be the issuer's own: a did:key issuer whose key signed the proof.
    if key.is_some_and(|k| issuer_id != Some(eddsa::did_key(&k).as_str())) {
        return Err(BadgeError::Unsupported);
    }
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let provider = text(issuer.and_then(|i| i.get("name"))).unwrap_or_default();
    let subject = doc.get("credentialSubject");
    let achievement = subject.and_then(|s| s.get("achievement"));
    let name = text(achievement.and_then(|a| a.get("name")))
        .or_else(|| text(doc.get("name")))
        .ok_or(BadgeError::Unsupported)?;
    let t = taxonomy::get();
    let skills: Vec<SkillId> = achievement
        .and_then(|a| a.get("alignment"))
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|al| {
                    let code = al.get("targetCode").and_then(Value::as_str);
                    let url = al.get("targetUrl").and_then(Value::as_str);
                    t.skills
                        .iter()
                        .find(|e| Some(e.id) == code || (e.esco.is_some() && e.esco == url))
                        .map(|e| SkillId::new(e.id))
                })
                .collect()
        })
        .unwrap_or_default();
    let learner = subject
        .and_then(|s| s.get("identifier"))
        .and_then(Value::as_array)
        .and_then(|ids| {
            ids.iter().find(|i| {
                i.get("identityType") == Some(&Value::from("name"))
                    && i.get("hashed") == Some(&Value::Bool(false))
            })
        })
        .and_then(|i| text(i.get("identityHash")));
    let date = text(doc.get("validFrom"))
        .and_then(|d| d.get(..7).and_then(|ym| crate::YearMonth::parse(ym).ok()));
    let fingerprint = key.map(|k| class::fingerprint(k.as_bytes()));
    let credential = Credential {
        id: String::new(),
        kind: CredentialKind::Training,
        cert: None,
        name,
        issuer: (!provider.is_empty()).then(|| provider.clone()),
        date,
        skills,
        // Kept as it came when it holds a number JCS is not written for here (eddsa::jcs).
        signature: Some(format!(
            "{OB3_PREFIX}{}",
            eddsa::jcs(doc).unwrap_or_else(|| doc.to_string())
        )),
    };
    Ok(CheckedBadge {
        credential,
        provider,
        fingerprint,
        learner,
    })
}

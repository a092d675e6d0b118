//! The files a worker can save and open: the app's own backup (the saved form, lossless) and
//! JSON Resume, HR Open LER-RS (for job applications), and the Open Badges files of signed trainings. Opening a file never changes
//! anything by itself; it yields a profile to preview (or a training to offer).
//!
//! [`open_any`] is the one way in: the size is checked before anything is parsed, the text is
//! parsed once, and every profile passes [`crate::admit`], the checks typed text meets.

use chrono::NaiveDate;
use serde_json::Value;

use crate::admit::{self, Admitted, Dropped, Part, Why};
use crate::credential::{self, BadgeError};
use crate::envelope::{self, restore_value, Envelope, RestoreError};
use crate::jsonresume::{self, Imported};
use crate::ler_rs;
use crate::profile::{Credential, Profile};

pub const BACKUP_NAME: &str = "skillpass-backup.json";
pub const RESUME_NAME: &str = "my-skills.json";
/// The LER-RS record for job applications ([`crate::ler_rs`]).
pub const LER_RS_NAME: &str = "my-record-ler-rs.json";
/// Files larger than this are refused before they are read (a backup of the largest real profile,
/// with signed trainings, is under 100 kB).
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Backup,
    JsonResume,
    LerRs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not a SkillPass backup or a JSON Resume (or not JSON at all).
    Unknown,
    /// A SkillPass backup from a newer version of the app.
    Newer,
    /// A SkillPass backup with parts missing.
    Damaged,
    /// Far larger than any SkillPass file.
    TooBig,
    /// A profile locked with a PIN (a caseworker's backup of a client who set one): only the
    /// device with that PIN can open it.
    Sealed,
}

/// What a picked file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// A profile to preview (what the checks left out is in `Imported::dropped`).
    Profile(FileKind, Imported),
    /// An Open Badges 3.0 file, checked.
    Training(Result<Credential, BadgeError>),
}

/// The backup file: the saved form, readable by every later version of the app.
pub fn backup(profile: &Profile, saved_at: chrono::DateTime<chrono::Utc>) -> String {
    Envelope::new(profile.clone(), 0, Some(saved_at)).to_json()
}

/// Reads a file the person picked: size first, then one parse, then by its shape a signed
/// training, a backup (or a kept-aside copy, read part by part), an LER-RS record, or a JSON
/// Resume.
pub fn open_any(text: &str, today: NaiveDate) -> Result<Picked, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooBig);
    }
    // serde_json stops at 128 levels of nesting, so a deeply nested file is refused here.
    let doc: Value = serde_json::from_str(text).map_err(|_| FileError::Unknown)?;
    if credential::looks_like_open_badge(&doc) {
        if text.len() > admit::MAX_BADGE_BYTES {
            return Err(FileError::TooBig);
        }
        // A badge whose shown words fail the checks a profile's credentials meet would not
        // survive its own backup with its signature intact, so it is refused whole.
        let checked = credential::checked_badge(&doc).and_then(|b| {
            match admit::one_credential(b.credential) {
                Some((c, dropped)) if dropped.is_empty() => Ok(c),
                _ => Err(BadgeError::Unsupported),
            }
        });
        return Ok(Picked::Training(checked));
    }
    if doc.get("format").and_then(Value::as_str) == Some(crate::pin::FORMAT) {
        return Err(FileError::Sealed);
    }
    if doc.get("format").and_then(Value::as_str) == Some(envelope::FORMAT) {
        let admitted = match restore_value(doc.clone()) {
            Ok(env) => Admitted::new(env.profile),
            Err(RestoreError::TooNew { .. }) => return Err(FileError::Newer),
            Err(RestoreError::Damaged(_)) => {
                envelope::salvage(doc).map_err(|_| FileError::Damaged)?
            }
            Err(RestoreError::NotJson | RestoreError::NotSkillPass) => {
                return Err(FileError::Unknown)
            }
        };
        return Ok(Picked::Profile(
            FileKind::Backup,
            Imported {
                profile: admitted.profile,
                unmatched: Vec::new(),
                dropped: admitted.dropped,
                not_kept: Vec::new(),
            },
        ));
    }
    let (kind, mut imported) = if ler_rs::looks_like_ler_rs(&doc) {
        let imported = ler_rs::import(&doc, today).map_err(|_| FileError::Unknown)?;
        (FileKind::LerRs, imported)
    } else {
        let imported = jsonresume::import(&doc, today).map_err(|_| FileError::Unknown)?;
        (FileKind::JsonResume, imported)
    };
    let (profile, mut dropped) = admit::admit(imported.profile);
    // A name listed as "not found" meets the check a typed skill name would (direction controls
    // taken out, at most a short text long); one that fails it is only counted.
    imported.unmatched = std::mem::take(&mut imported.unmatched)
        .into_iter()
        .filter_map(
            |name| match crate::validate::short_text(&crate::bidi::plain(&name)) {
                Ok(name) => Some(name),
                Err(e) => {
                    dropped.push(Dropped {
                        part: Part::Skill,
                        why: Why::Field(e),
                    });
                    None
                }
            },
        )
        .collect();
    if imported.unmatched.len() > jsonresume::MAX_UNMATCHED {
        let extra = imported.unmatched.len() - jsonresume::MAX_UNMATCHED;
        imported.unmatched.truncate(jsonresume::MAX_UNMATCHED);
        dropped.extend((0..extra).map(|_| Dropped {
            part: Part::Skill,
            why: Why::UnknownId,
        }));
    }
    imported.profile = profile;
    imported.dropped = dropped;
    Ok(Picked::Profile(kind, imported))
}

/// [`open_any`] for a profile file: an Open Badges file is not one.
pub fn open(text: &str, today: NaiveDate) -> Result<(FileKind, Imported), FileError> {
    match open_any(text, today)? {
        Picked::Profile(kind, imported) => Ok((kind, imported)),
        Picked::Training(_) => Err(FileError::Unknown),
    }
}

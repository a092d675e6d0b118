//! The files a worker can save and open: the app's own backup (the saved form, lossless) and
//! JSON Resume. Opening a file never changes anything by itself; it yields a profile to preview.

use chrono::NaiveDate;

use crate::credential::{self, BadgeError};
use crate::envelope::{restore, Envelope, RestoreError};
use crate::jsonresume::{self, Imported};
use crate::profile::{Credential, Profile};

pub const BACKUP_NAME: &str = "skillpass-backup.json";
pub const RESUME_NAME: &str = "my-skills.json";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Backup,
    JsonResume,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not a SkillPass backup or a JSON Resume (or not JSON at all).
    Unknown,
    /// A SkillPass backup from a newer version of the app.
    Newer,
    /// A SkillPass backup with parts missing.
    Damaged,
}

/// The backup file: the saved form, readable by every later version of the app.
pub fn backup(profile: &Profile, saved_at: chrono::DateTime<chrono::Utc>) -> String {
    Envelope::new(profile.clone(), 0, Some(saved_at)).to_json()
}

/// An Open Badges 3.0 file, checked: `None` if the file is not one (then try [`open`]).
pub fn open_training(text: &str) -> Option<Result<Credential, BadgeError>> {
    let doc: serde_json::Value = serde_json::from_str(text).ok()?;
    credential::looks_like_open_badge(&doc)
        .then(|| credential::checked_badge(&doc).map(|b| b.credential))
}

/// Reads a file the person picked.
pub fn open(text: &str, today: NaiveDate) -> Result<(FileKind, Imported), FileError> {
    match restore(text) {
        Ok(env) => Ok((
            FileKind::Backup,
            Imported {
                profile: env.profile,
                unmatched: Vec::new(),
            },
        )),
        Err(RestoreError::TooNew { .. }) => Err(FileError::Newer),
        Err(RestoreError::Damaged(_)) => Err(FileError::Damaged),
        Err(RestoreError::NotJson) => Err(FileError::Unknown),
        Err(RestoreError::NotSkillPass) => {
            let doc: serde_json::Value =
                serde_json::from_str(text).map_err(|_| FileError::Unknown)?;
            jsonresume::import(&doc, today)
                .map(|mut i| {
                    // A résumé carries no ids: its jobs and certificates get fresh ones.
                    i.profile.assign_ids();
                    (FileKind::JsonResume, i)
                })
                .map_err(|_| FileError::Unknown)
        }
    }
}

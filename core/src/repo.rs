//! The storage logic: when to read, write, keep aside, merge or refuse. The browser adapter in the
//! shell only implements [`KeyValue`] on `localStorage`; every decision is made here, so native tests
//! can run it against [`MemoryStore`] (including a full disk and two tabs sharing one store).
//!
//! Rules, in order of importance:
//! 1. A value we cannot read is never deleted or overwritten: it is first copied to a backup key.
//! 2. A tab writes over the saved profile only if it has seen that revision; otherwise it replays
//!    its change on top of the newer one (see [`crate::change`]).
//! 3. If storage cannot be used, the app keeps working in memory and says so until it can save.

use chrono::{DateTime, Utc};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::change::{apply, Change};
use crate::envelope::{restore, Envelope, RestoreError};
use crate::profile::Profile;
use crate::validate::FieldError;

pub const PROFILE_KEY: &str = "skillpass.profile";
/// Unreadable saves are moved to `skillpass.unreadable.<unix-ms>`; they are never deleted by the app.
pub const BACKUP_PREFIX: &str = "skillpass.unreadable.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is switched off, blocked (private mode, site settings) or failed.
    Unavailable,
    /// The browser refused the write because its storage is full.
    Full,
}

/// The little a profile store needs from the browser.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Where the profile lives right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Saved on this device after every change.
    OnDevice,
    /// Only in this page's memory: closing it loses changes. The UI warns for as long as this lasts.
    MemoryOnly(WhyMemory),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhyMemory {
    Unavailable,
    Full,
    /// A newer SkillPass saved the profile; this older one must not write over it.
    NewerVersion,
}

/// Something the person should be told once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// An unreadable save was found and copied to `key`; it can be downloaded from there.
    KeptAside { key: String },
    /// Another tab saved a newer profile, and this tab now shows it.
    UpdatedFromOtherTab,
    /// Another tab had saved first; this change was added on top of its version.
    MergedWithOtherTab,
    /// Saving works again after a failure.
    SavingAgain,
}

pub struct Repo<S: KeyValue> {
    store: Option<S>,
    keeping: Keeping,
    /// The current profile, with the revision of the saved copy it is based on.
    env: Envelope,
    /// Changes shown but not yet saved (storage was full). They are replayed on top of whatever is
    /// saved when saving works again, so none is dropped.
    unsaved: Vec<Change>,
}

impl<S: KeyValue> Repo<S> {
    /// Opens the profile saved in `store` (`None` when the browser gives no storage at all).
    pub fn open(store: Option<S>, now: DateTime<Utc>) -> (Self, Vec<Notice>) {
        let mut repo = Repo {
            store,
            keeping: Keeping::OnDevice,
            env: Envelope::new(Profile::default(), 0, None),
            unsaved: Vec::new(),
        };
        let mut notices = Vec::new();
        let stored = match repo.store.as_ref().map(|s| s.get(PROFILE_KEY)) {
            None | Some(Err(_)) => {
                repo.keeping = Keeping::MemoryOnly(WhyMemory::Unavailable);
                return (repo, notices);
            }
            Some(Ok(v)) => v,
        };
        if let Some(raw) = stored {
            match restore(&raw) {
                Ok(env) => repo.env = env,
                Err(RestoreError::TooNew { .. }) => {
                    repo.keeping = Keeping::MemoryOnly(WhyMemory::NewerVersion)
                }
                Err(_) => match repo.move_aside(&raw, now) {
                    Ok(key) => notices.push(Notice::KeptAside { key }),
                    Err(why) => repo.keeping = Keeping::MemoryOnly(why.into()),
                },
            }
        }
        (repo, notices)
    }

    pub fn profile(&self) -> &Profile {
        &self.env.profile
    }

    pub fn keeping(&self) -> Keeping {
        self.keeping
    }

    pub fn rev(&self) -> u64 {
        self.env.rev
    }

    /// Applies one edit and saves it at once. A refused edit (bad input) changes nothing.
    pub fn commit(
        &mut self,
        change: &Change,
        now: DateTime<Utc>,
    ) -> Result<Vec<Notice>, FieldError> {
        let mine = apply(&self.env.profile, change)?;
        let mut notices = Vec::new();
        if matches!(
            self.keeping,
            Keeping::MemoryOnly(WhyMemory::Unavailable | WhyMemory::NewerVersion)
        ) {
            self.env.profile = mine;
            return Ok(notices);
        }
        let was_failing = self.keeping != Keeping::OnDevice;
        let stored = match self.store_mut().get(PROFILE_KEY) {
            Ok(v) => v,
            Err(why) => return Ok(self.fall_back(mine, why.into())),
        };
        self.unsaved.push(change.clone());
        let (profile, rev) = match stored.as_deref().map(restore) {
            None => (mine, self.env.rev + 1),
            Some(Ok(theirs)) if theirs.rev > self.env.rev => {
                notices.push(Notice::MergedWithOtherTab);
                // Each change was valid when made; one that no longer applies is skipped, not fatal.
                let replayed = self
                    .unsaved
                    .iter()
                    .fold(theirs.profile, |p, c| apply(&p, c).unwrap_or(p));
                (replayed, theirs.rev + 1)
            }
            Some(Ok(_)) => (mine, self.env.rev + 1),
            Some(Err(RestoreError::TooNew { .. })) => {
                return Ok(self.fall_back(mine, WhyMemory::NewerVersion))
            }
            Some(Err(_)) => {
                let raw = stored.as_deref().unwrap_or_default();
                match self.move_aside(raw, now) {
                    Ok(key) => notices.push(Notice::KeptAside { key }),
                    Err(why) => return Ok(self.fall_back(mine, why.into())),
                }
                (mine, self.env.rev + 1)
            }
        };
        let env = Envelope::new(profile, rev, Some(now));
        match self.store_mut().set(PROFILE_KEY, &env.to_json()) {
            Ok(()) => {
                self.env = env;
                self.unsaved.clear();
                self.keeping = Keeping::OnDevice;
                if was_failing {
                    notices.push(Notice::SavingAgain);
                }
                Ok(notices)
            }
            Err(why) => Ok(self.fall_back(env.profile, why.into())),
        }
    }

    /// Another tab changed the saved profile (the browser's `storage` event): show its newer
    /// profile, unless this tab holds changes it could not save, which must not be dropped.
    pub fn external_change(&mut self, new_value: Option<&str>) -> Option<Notice> {
        if self.keeping != Keeping::OnDevice {
            return None;
        }
        match restore(new_value?) {
            Ok(theirs) if theirs.rev > self.env.rev => {
                self.env = theirs;
                Some(Notice::UpdatedFromOtherTab)
            }
            Err(RestoreError::TooNew { .. }) => {
                self.keeping = Keeping::MemoryOnly(WhyMemory::NewerVersion);
                None
            }
            // Older, equal or unreadable: the next save deals with it (unreadable is kept aside).
            _ => None,
        }
    }

    /// The unreadable saves kept aside on this device, oldest first, as (key, raw value).
    pub fn kept_aside(&self) -> Vec<(String, String)> {
        let Some(store) = self.store.as_ref() else {
            return Vec::new();
        };
        let mut keys: Vec<String> = store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(BACKUP_PREFIX))
            .collect();
        keys.sort_unstable();
        keys.into_iter()
            .filter_map(|k| Some((k.clone(), store.get(&k).ok()??)))
            .collect()
    }

    /// The store itself, for a change of how it keeps things (the PIN's seal).
    pub fn store(&mut self) -> Option<&mut S> {
        self.store.as_mut()
    }

    fn store_mut(&mut self) -> &mut S {
        self.store
            .as_mut()
            .expect("a repo without a store is always MemoryOnly(Unavailable)")
    }

    fn fall_back(&mut self, profile: Profile, why: WhyMemory) -> Vec<Notice> {
        self.env.profile = profile;
        self.keeping = Keeping::MemoryOnly(why);
        Vec::new()
    }

    /// Copies `raw` to a fresh backup key, then frees the profile key. If the copy fails the
    /// original stays where it was.
    fn move_aside(&mut self, raw: &str, now: DateTime<Utc>) -> Result<String, StoreError> {
        let store = self.store_mut();
        let existing = store.keys()?;
        let stem = format!("{BACKUP_PREFIX}{}", now.timestamp_millis());
        let key = (0..)
            .map(|n| {
                if n == 0 {
                    stem.clone()
                } else {
                    format!("{stem}-{n}")
                }
            })
            .find(|k| !existing.contains(k))
            .expect("an unused key exists");
        store.set(&key, raw)?;
        store.remove(PROFILE_KEY)?;
        Ok(key)
    }
}

impl From<StoreError> for WhyMemory {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unavailable => WhyMemory::Unavailable,
            StoreError::Full => WhyMemory::Full,
        }
    }
}

/// An in-memory [`KeyValue`] with an optional size limit, for tests and for checking the adapter's
/// contract. Clones share one map, the way two tabs share one `localStorage`.
#[derive(Clone, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<MemoryInner>>,
}

#[derive(Default)]
struct MemoryInner {
    map: BTreeMap<String, String>,
    /// Total bytes of keys and values allowed, like the browser's per-origin quota.
    quota: Option<usize>,
    broken: bool,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_quota(bytes: usize) -> Self {
        let s = Self::default();
        s.inner.borrow_mut().quota = Some(bytes);
        s
    }

    pub fn set_quota(&self, bytes: Option<usize>) {
        self.inner.borrow_mut().quota = bytes;
    }

    /// Makes every call fail, as when the browser withdraws storage mid-session.
    pub fn break_it(&self) {
        self.inner.borrow_mut().broken = true;
    }

    pub fn raw(&self, key: &str) -> Option<String> {
        self.inner.borrow().map.get(key).cloned()
    }

    pub fn put_raw(&self, key: &str, value: &str) {
        self.inner
            .borrow_mut()
            .map
            .insert(key.to_string(), value.to_string());
    }

    pub fn all_keys(&self) -> Vec<String> {
        self.inner.borrow().map.keys().cloned().collect()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let inner = self.inner.borrow();
        if inner.broken {
            return Err(StoreError::Unavailable);
        }
        Ok(inner.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut inner = self.inner.borrow_mut();
        if inner.broken {
            return Err(StoreError::Unavailable);
        }
        if let Some(quota) = inner.quota {
            let others: usize = inner
                .map
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StoreError::Full);
            }
        }
        inner.map.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        let mut inner = self.inner.borrow_mut();
        if inner.broken {
            return Err(StoreError::Unavailable);
        }
        inner.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let inner = self.inner.borrow();
        if inner.broken {
            return Err(StoreError::Unavailable);
        }
        Ok(inner.map.keys().cloned().collect())
    }
}

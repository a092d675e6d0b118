//! The storage logic: when to read, write, keep aside, merge or refuse. The browser adapter in the
//! shell only implements [`KeyValue`] on `localStorage`; every decision is made here, so native tests
//! can run it against [`MemoryStore`] (including a full disk and two tabs sharing one store).
//!
//! Rules, in order of importance:
//! 1. A value we cannot read is never deleted or overwritten: it is first copied to a backup key.
//! 2. Nothing is written that would not read back: the exact text is first read back with
//!    [`restore`]; if it differs, the write is refused and nothing changes ([`Notice::NotSaved`]).
//! 3. A tab writes over the saved profile only if it is exactly the one it last read or wrote
//!    (the whole text: revision, writer, content). Otherwise it replays its changes on top of what
//!    is there (see [`crate::change`]): changes name jobs and credentials by id, so a replayed
//!    edit hits the entry it was made on. If another tab wrote the same revision over this tab's
//!    last save without having seen it, that save's changes are replayed too: no change is lost.
//! 4. Erasing leaves [`ERASED_KEY`]: a tab that sees it changed drops what it holds instead of
//!    saving it back.
//! 5. If storage cannot be used, the app keeps working in memory and says so until it can save.

use chrono::{DateTime, Utc};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use crate::change::{added_ids, apply, Change};
use crate::envelope::{restore, Envelope, RestoreError};
use crate::profile::Profile;
use crate::validate::FieldError;

pub const PROFILE_KEY: &str = "skillpass.profile";
/// Unreadable saves are moved to `skillpass.unreadable.<unix-ms>`; they are never deleted by the app.
pub const BACKUP_PREFIX: &str = "skillpass.unreadable.";
/// The erase marker: `<unix-ms>-<writer>`, written through the profile's own store by
/// [`Repo::erased_here`] just before and just after the shell erases the person's keys. Every tab
/// remembers the marker it saw when it opened; one that finds it changed (on its next save, or on
/// the storage event) drops its profile and unsaved changes instead of writing them back.
///
/// Where it lives, chosen on purpose: it goes wherever the profile goes (in caseworker mode under
/// the client's own keys, `skillpass.client.<id>.erased`, so erasing one client never clears
/// another client's tab). It is a personal key (`device::is_personal`), so the next erase removes
/// it too, and is written again afterwards. It holds only the moment of erasing and the tab's
/// random id: nothing about the person. The clients list ignores it (it lists `.profile` keys).
/// On a shared computer the shell writes none: the profile is in the tab's own session storage,
/// which other tabs never read, and erasing there must leave nothing at all.
pub const ERASED_KEY: &str = "skillpass.erased";

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
    /// The profile was erased in another tab: this tab dropped what it held (the shell starts
    /// afresh).
    ErasedElsewhere,
    /// The change was not saved because the saved form would not have read back as it is. Nothing
    /// changed, on the device or on the screen.
    NotSaved,
}

/// The storage keys a tab listens to (the browser's `storage` event).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Watched {
    Profile,
    Erased,
}

/// Which watched key `raw` (a key exactly as the browser's storage event names it) is, for a tab
/// working on caseworker client `client` (`None` in the other modes, where keys are used as they
/// are). In caseworker mode only that client's keys count: `skillpass.client.<id>.profile`.
pub fn watched(raw: &str, client: Option<&str>) -> Option<Watched> {
    let usual = match client {
        Some(id) => crate::device::unclient_key(id, raw)?,
        None => raw.to_string(),
    };
    match usual.as_str() {
        PROFILE_KEY => Some(Watched::Profile),
        ERASED_KEY => Some(Watched::Erased),
        _ => None,
    }
}

/// Writes a fresh [`ERASED_KEY`] into `store` (the profile's store: in caseworker mode, the
/// client's). The shell calls it just before and just after erasing the person's keys, also when
/// this tab has no [`Repo`] open on the store (a profile locked with a PIN).
pub fn mark_erased<S: KeyValue>(
    store: &mut S,
    writer: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    store.set(ERASED_KEY, &format!("{}-{writer}", now.timestamp_millis()))
}

/// A change made in this tab, with the ids of the entries it added (so that, replayed elsewhere
/// where those entries get other ids, later changes naming them can be renamed).
#[derive(Clone, Debug)]
struct Pending {
    change: Change,
    added: Vec<String>,
}

/// Replays `changes` onto `base`. Each was valid when made; one that no longer applies is skipped,
/// not fatal. Returns the profile and the changes as replayed (named by the ids they have now).
fn replay(base: &Profile, changes: &[Pending]) -> (Profile, Vec<Pending>) {
    let mut rename: HashMap<String, String> = HashMap::new();
    let mut p = base.clone();
    let mut out = Vec::new();
    for pend in changes {
        let c = pend
            .change
            .renamed(|id| rename.get(id).cloned().unwrap_or_else(|| id.to_string()));
        let next = apply(&p, &c).ok();
        let added = next.as_ref().map(|n| added_ids(&p, n)).unwrap_or_default();
        for (k, old) in pend.added.iter().enumerate() {
            // An entry not added again here (the other tab had it already) is named by nothing:
            // later edits of it are dropped rather than hitting some other entry.
            rename.insert(old.clone(), added.get(k).cloned().unwrap_or_default());
        }
        if let Some(next) = next {
            out.push(Pending { change: c, added });
            p = next;
        }
    }
    (p, out)
}

/// The saved form of `env`, if it reads back exactly as `env`.
fn checked_text(env: &Envelope) -> Option<String> {
    let text = env.to_json();
    (restore(&text).as_ref() == Ok(env)).then_some(text)
}

pub struct Repo<S: KeyValue> {
    store: Option<S>,
    keeping: Keeping,
    /// The current profile, with the revision of the saved copy it is based on.
    env: Envelope,
    /// Changes shown but not yet saved (storage was full). They are replayed on top of whatever is
    /// saved when saving works again, so none is dropped.
    unsaved: Vec<Pending>,
    /// The changes in this tab's last save, while that save is the newest this tab knows of: if
    /// another tab that had not seen it writes over it, they are replayed on top of that.
    last_write: Vec<Pending>,
    wrote_last: bool,
    /// This tab's id, written into every save.
    writer: String,
    /// The stored text as this tab last read or wrote it (`None`: nothing was stored).
    seen: Option<String>,
    /// The erase marker as this tab last saw it.
    erased: Option<String>,
}

impl<S: KeyValue> Repo<S> {
    /// Opens the profile saved in `store` (`None` when the browser gives no storage at all).
    /// `writer` names this tab in its saves: the shell gives each tab a random one.
    pub fn open(store: Option<S>, writer: &str, now: DateTime<Utc>) -> (Self, Vec<Notice>) {
        let mut repo = Repo {
            store,
            keeping: Keeping::OnDevice,
            env: Envelope::new(Profile::default(), 0, None),
            unsaved: Vec::new(),
            last_write: Vec::new(),
            wrote_last: false,
            writer: writer.to_string(),
            seen: None,
            erased: None,
        };
        let mut notices = Vec::new();
        let stored = match repo.store.as_ref().map(|s| s.get(PROFILE_KEY)) {
            None | Some(Err(_)) => {
                repo.keeping = Keeping::MemoryOnly(WhyMemory::Unavailable);
                return (repo, notices);
            }
            Some(Ok(v)) => v,
        };
        repo.erased = repo.marker().unwrap_or(None);
        if let Some(raw) = stored {
            match restore(&raw) {
                Ok(env) => {
                    repo.env = env;
                    repo.seen = Some(raw);
                }
                Err(RestoreError::TooNew { .. }) => {
                    repo.keeping = Keeping::MemoryOnly(WhyMemory::NewerVersion)
                }
                // Not `seen`: an unreadable value that could not be kept aside yet must go
                // through keeping aside again on the next save, never be written over.
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

    /// Applies one edit and saves it at once. A refused edit (bad input) changes nothing; so does
    /// one whose saved form would not read back ([`Notice::NotSaved`]). If the profile was erased
    /// in another tab, the edit is dropped with everything else this tab held
    /// ([`Notice::ErasedElsewhere`]).
    pub fn commit(
        &mut self,
        change: &Change,
        now: DateTime<Utc>,
    ) -> Result<Vec<Notice>, FieldError> {
        let mine = apply(&self.env.profile, change)?;
        let pending = Pending {
            change: change.clone(),
            added: added_ids(&self.env.profile, &mine),
        };
        Ok(self.save(Some(pending), mine, now))
    }

    /// Saves `mine` (the profile shown, with `pending` applied), following the rules above.
    fn save(&mut self, pending: Option<Pending>, mine: Profile, now: DateTime<Utc>) -> Vec<Notice> {
        let mut notices = Vec::new();
        if matches!(
            self.keeping,
            Keeping::MemoryOnly(WhyMemory::Unavailable | WhyMemory::NewerVersion)
        ) {
            // Nothing is written, but a profile that could never be saved is not taken either.
            if checked_text(&Envelope::new(mine.clone(), self.env.rev, Some(now))).is_none() {
                return vec![Notice::NotSaved];
            }
            self.env.profile = mine;
            return notices;
        }
        let was_failing = self.keeping != Keeping::OnDevice;
        let stored = match self.store_mut().get(PROFILE_KEY) {
            Ok(v) => v,
            Err(why) => {
                self.env.profile = mine;
                self.keeping = Keeping::MemoryOnly(why.into());
                return notices;
            }
        };
        if let Some(n) = self.erased_elsewhere() {
            return vec![n];
        }
        let mut changes = self.unsaved.clone();
        changes.extend(pending);

        // What to write, on top of what. Nothing is changed until the text is known to read back.
        let mut aside = None;
        let mut merged = false;
        let (profile, rev, base_rev, changes) = match stored.as_deref() {
            _ if stored == self.seen => (mine, self.env.rev + 1, self.env.rev, changes),
            None => (mine, self.env.rev + 1, self.env.rev, changes),
            Some(raw) => match restore(raw) {
                Ok(theirs) => {
                    merged = true;
                    // This tab wrote the newest save it knows of, and the stored one does not come
                    // after it: a tab that had not seen that save wrote over it.
                    let lost = self.wrote_last && theirs.rev <= self.env.rev;
                    let mut all = if lost {
                        self.last_write.clone()
                    } else {
                        Vec::new()
                    };
                    all.extend(changes);
                    let (p, all) = replay(&theirs.profile, &all);
                    (p, theirs.rev.max(self.env.rev) + 1, theirs.rev, all)
                }
                Err(RestoreError::TooNew { .. }) => {
                    self.env.profile = mine;
                    self.unsaved = changes;
                    self.keeping = Keeping::MemoryOnly(WhyMemory::NewerVersion);
                    return notices;
                }
                Err(_) => {
                    aside = Some(raw.to_string());
                    (mine, self.env.rev + 1, self.env.rev, changes)
                }
            },
        };
        let mut env = Envelope::new(profile, rev, Some(now));
        env.writer = self.writer.clone();
        let Some(text) = checked_text(&env) else {
            return vec![Notice::NotSaved];
        };
        if let Some(raw) = aside {
            match self.move_aside(&raw, now) {
                Ok(key) => notices.push(Notice::KeptAside { key }),
                Err(why) => {
                    self.env.profile = env.profile;
                    self.unsaved = changes;
                    self.keeping = Keeping::MemoryOnly(why.into());
                    return Vec::new();
                }
            }
        }
        match self.store_mut().set(PROFILE_KEY, &text) {
            Ok(()) => {
                self.env = env;
                self.seen = Some(text);
                self.unsaved.clear();
                self.last_write = changes;
                self.wrote_last = true;
                self.keeping = Keeping::OnDevice;
                if merged {
                    notices.push(Notice::MergedWithOtherTab);
                }
                if was_failing {
                    notices.push(Notice::SavingAgain);
                }
                notices
            }
            Err(why) => {
                // Shown, not saved: from now on based on what is stored (or on nothing, if it was
                // just moved aside), with every change not in it kept for the next save.
                if merged
                    || notices
                        .iter()
                        .any(|n| matches!(n, Notice::KeptAside { .. }))
                {
                    self.seen = self
                        .store
                        .as_ref()
                        .and_then(|s| s.get(PROFILE_KEY).ok().flatten());
                    self.env.rev = base_rev;
                    self.wrote_last = false;
                    self.last_write.clear();
                }
                self.env.profile = env.profile;
                self.unsaved = changes;
                self.keeping = Keeping::MemoryOnly(why.into());
                notices.retain(|n| matches!(n, Notice::KeptAside { .. }));
                notices
            }
        }
    }

    /// Another tab changed the saved profile (the browser's `storage` event, with the value it
    /// carries, as the repo reads it): show its profile, unless this tab holds changes it could not
    /// save, which must not be dropped. If that tab wrote over this tab's last save without having
    /// seen it, this tab's changes are added on top and saved again. An event older than what is
    /// stored now is ignored (a later one follows).
    pub fn external_change(
        &mut self,
        new_value: Option<&str>,
        now: DateTime<Utc>,
    ) -> Option<Notice> {
        if let Some(n) = self.erased_elsewhere() {
            return Some(n);
        }
        if self.keeping != Keeping::OnDevice {
            return None;
        }
        let current = self.store.as_ref()?.get(PROFILE_KEY).ok()?;
        if current.as_deref() != new_value || current == self.seen {
            return None;
        }
        let raw = current?;
        match restore(&raw) {
            Ok(theirs) if self.wrote_last && theirs.rev <= self.env.rev => {
                let mine = self.env.profile.clone();
                self.save(None, mine, now).into_iter().next()
            }
            Ok(theirs) => {
                self.env = theirs;
                self.seen = Some(raw);
                self.wrote_last = false;
                self.last_write.clear();
                Some(Notice::UpdatedFromOtherTab)
            }
            Err(RestoreError::TooNew { .. }) => {
                self.keeping = Keeping::MemoryOnly(WhyMemory::NewerVersion);
                None
            }
            // Unreadable: the next save deals with it (it is kept aside).
            _ => None,
        }
    }

    /// Reads the stored profile now, as a storage event would bring it (before a decision that
    /// depends on it, such as whether the person already has a profile).
    pub fn sync(&mut self, now: DateTime<Utc>) -> Option<Notice> {
        let current = self.store.as_ref()?.get(PROFILE_KEY).ok()?;
        self.external_change(current.as_deref(), now)
    }

    /// True (once) if the profile was erased in another tab since this one last looked: this tab
    /// then holds an empty profile and no unsaved changes. Called on every save and storage event.
    pub fn erased_elsewhere(&mut self) -> Option<Notice> {
        let marker = self.marker().ok()?;
        if marker == self.erased {
            return None;
        }
        self.forget(marker);
        Some(Notice::ErasedElsewhere)
    }

    /// Call just before and just after the shell erases the person's keys on this device: writes a
    /// fresh [`ERASED_KEY`] so other open tabs drop what they hold instead of saving it back, and
    /// forgets the profile here too.
    pub fn erased_here(&mut self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let done = match self.store.as_mut() {
            Some(s) => mark_erased(s, &self.writer, now),
            None => Ok(()),
        };
        let marker = self.marker().unwrap_or(None);
        self.forget(marker);
        done
    }

    fn marker(&self) -> Result<Option<String>, StoreError> {
        self.store.as_ref().map_or(Ok(None), |s| s.get(ERASED_KEY))
    }

    /// Drops the profile and every unsaved change. What is stored from now on counts as another
    /// tab's (a profile started after the erase is never written over).
    fn forget(&mut self, marker: Option<String>) {
        self.env = Envelope::new(Profile::default(), 0, None);
        self.unsaved.clear();
        self.last_write.clear();
        self.wrote_last = false;
        self.seen = None;
        self.erased = marker;
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
        crate::order::sort(&mut keys);
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

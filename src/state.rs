//! The app's state: one [`Repo`] (which owns the profile and every storage decision) and the
//! signals the screens read. Every edit goes through [`AppState::commit`]: the repo applies and
//! saves it at once, then the signals are refreshed from the repo, so what is shown is what is kept.

use leptos::prelude::*;
use skillpass_core::admit::Admitted;
use skillpass_core::credential::BadgeError;
use skillpass_core::device::{self, DeviceMode};
use skillpass_core::files;
use skillpass_core::files::{FileError, FileKind, Picked};
use skillpass_core::i18n::{text, Lang, Msg};
use skillpass_core::jsonresume::Imported;
use skillpass_core::keep;
use skillpass_core::pin::{self, Sealing};
use skillpass_core::repo::{self, Keeping, Notice, Repo, Watched};
use skillpass_core::repo::{KeyValue, PROFILE_KEY};
use skillpass_core::share::{self, LinkError, Opened};
use skillpass_core::wizard::{self, Route, Step};
use skillpass_core::{Change, Credential, FieldError, Profile};
use std::cell::RefCell;
use std::collections::HashMap;

use crate::platform::{nav, storage};

const LANG_KEY: &str = "skillpass.lang";

/// The language to start in: the one chosen here before, else the browser's first that the app
/// speaks, else English.
pub fn starting_lang() -> Lang {
    storage::read_setting(LANG_KEY)
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or_else(|| Lang::pick(nav::browser_languages().iter().map(String::as_str)))
}
/// Where a worker who left mid-way stopped, so opening the app again resumes there.
const RESUME_KEY: &str = "skillpass.resume";

/// The device's storage, sealing the profile when a PIN is set.
type Store = Sealing<storage::LocalStore>;

fn sealing(
    inner: storage::LocalStore,
    key: Option<[u8; 32]>,
    salt: [u8; 16],
    iterations: u32,
) -> Store {
    Sealing {
        inner,
        key,
        salt,
        iterations,
        nonce: crate::platform::pin::nonce,
    }
}

thread_local! {
    // The browser runs one thread; the repo lives here because it holds a non-Send storage handle.
    static REPO: RefCell<Option<Repo<Store>>> = const { RefCell::new(None) };
    /// This tab's id in its saves (random, new on every page load): it tells two saves of the same
    /// revision by two tabs apart.
    static WRITER: String = {
        // Not a secret: if the random source fails, the clock and Math.random tell tabs apart.
        let bytes: [u8; 6] = crate::platform::pin::random().unwrap_or_else(|| {
            let t = (js_sys::Date::now() as u64) ^ ((js_sys::Math::random() * 1e9) as u64) << 16;
            let b = t.to_be_bytes();
            [b[2], b[3], b[4], b[5], b[6], b[7]]
        });
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    };
    /// In caseworker mode, the client whose keys this tab works on (fixed when the page starts).
    static CLIENT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// When the last activity was written (ms; see `AppState::note_activity`).
    static NOTED_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    /// An erase has started: the page is about to reload.
    static ERASING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// "New client added." once, on the page load right after "Add as a new client".
fn client_added() -> Option<Msg> {
    storage::read_setting(device::CLIENT_ADDED_KEY)?;
    storage::remove_setting(device::CLIENT_ADDED_KEY);
    Some(Msg::ClientAdded)
}

fn writer() -> String {
    WRITER.with(String::clone)
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub profile: RwSignal<Profile>,
    pub keeping: RwSignal<Keeping>,
    /// Things to tell the person once; each banner has an OK button that removes it.
    pub notices: RwSignal<Vec<Notice>>,
    /// Unreadable saves kept on this device, as (key, raw value).
    pub kept: RwSignal<Vec<(String, String)>>,
    pub lang: RwSignal<Lang>,
    /// A language being fetched (its file is not on the device yet).
    pub lang_wait: RwSignal<Option<Lang>>,
    /// A language asked for whose file could not be had (offline and never fetched).
    pub lang_missing: RwSignal<Option<Lang>>,
    pub route: RwSignal<Route>,
    /// Text typed but not saved yet (it did not pass its check), by field, so that going Back
    /// and forth never loses what was typed.
    pub drafts: RwSignal<HashMap<String, String>>,
    /// A profile opened from a link or a file, shown before anything is saved.
    pub incoming: RwSignal<Option<Incoming>>,
    /// A one-off message from the app itself ("Saved …"), shown above the page.
    pub flash: RwSignal<Option<Msg>>,
    /// A new version of the app has been downloaded and waits for the person's OK.
    pub update_ready: RwSignal<bool>,
    /// Whose computer this is (`None` until asked).
    pub mode: RwSignal<Option<DeviceMode>>,
    /// On a quiet shared computer: seconds until everything is erased (the warning shows).
    pub idle_left: RwSignal<Option<u64>>,
    /// The saved profile is sealed with a PIN and not yet opened.
    pub locked: RwSignal<Option<pin::Sealed>>,
    /// When the last copy was made, as stored (see `skillpass_core::keep`).
    pub last_copy: RwSignal<Option<String>>,
}

/// What was opened: the profile, or why it could not be read. Nothing is stored until the person
/// says so.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// A profile link, checked (`dropped` says what the checks left out, for the notice).
    Link(Result<Admitted, LinkError>),
    File(Result<(FileKind, Imported), FileError>),
    /// A signed training from a trainer's link or an Open Badges file, already checked; or the
    /// plain-words reason it cannot be added.
    Training(Result<Credential, Msg>),
}

/// What a share link's fragment holds. A class is offered only if its signature matches.
fn from_fragment(fragment: &str) -> Incoming {
    match share::open_any(fragment) {
        Ok(Opened::Profile(a)) => Incoming::Link(Ok(*a)),
        Ok(Opened::Class(c)) if c.verify() => Incoming::Training(Ok(c.credential())),
        Ok(Opened::Class(_)) => Incoming::Training(Err(Msg::ClassMismatch)),
        Err(e) => Incoming::Link(Err(e)),
    }
}

impl Incoming {
    pub fn profile(&self) -> Option<&Profile> {
        match self {
            Incoming::Link(Ok(a)) => Some(&a.profile),
            Incoming::File(Ok((_, i))) => Some(&i.profile),
            _ => None,
        }
    }
}

impl AppState {
    /// Opens the saved profile and works out the first screen.
    pub fn start() -> Self {
        let mode = storage::read_setting(device::MODE_KEY).and_then(|k| DeviceMode::from_key(&k));
        storage::set_mode(mode);
        // A shared computer's tab brought back (session restore, Ctrl+Shift+T) after a longer quiet
        // spell than the idle time keeps nothing of the person who left it.
        if mode.is_some_and(DeviceMode::is_temporary) {
            let active_at =
                storage::read_setting(device::ACTIVE_AT_KEY).and_then(|v| v.parse().ok());
            let timeout = device::idle_timeout(storage::read_setting(device::IDLE_KEY).as_deref());
            if device::expired_on_start(active_at, js_sys::Date::now() as u64, timeout) {
                storage::erase_personal(false, None);
            }
        }
        let store = storage::open_for(mode);
        CLIENT.with(|c| {
            *c.borrow_mut() = store.as_ref().and_then(|s| s.client().map(str::to_string))
        });
        // A profile locked with a PIN stays untouched (not even read as a profile) until unlocked.
        let locked = store
            .as_ref()
            .and_then(|s| s.get(PROFILE_KEY).ok().flatten())
            .and_then(|raw| pin::parse(&raw));
        let store = store.filter(|_| locked.is_none());
        let (repo, notices) = Repo::open(
            store.map(|s| sealing(s, None, [0; 16], pin::ITERATIONS)),
            &writer(),
            chrono::Utc::now(),
        );
        // `main` made the starting language's words ready before mounting (or could not: then
        // English, until they arrive).
        let lang = Some(starting_lang())
            .filter(|l| skillpass_core::locale::is_ready(*l))
            .unwrap_or(Lang::En);
        let fragment = nav::fragment();
        let incoming = share::is_share_fragment(&fragment).then(|| from_fragment(&fragment));
        let requested = match incoming {
            Some(_) => Some(Step::Open.into()),
            None => nav::requested_route().filter(|r| r.step != Step::Open),
        };
        let resume = storage::read_setting(RESUME_KEY).and_then(|q| Route::from_query(&q));
        let route = if locked.is_some() {
            Step::Unlock.into()
        } else {
            wizard::resolve(requested, repo.profile(), resume)
        };
        // While locked the address keeps the screen asked for: unlocking opens it.
        if locked.is_none() && requested != Some(route) {
            nav::replace(&route.query());
        }
        let state = AppState {
            profile: RwSignal::new(repo.profile().clone()),
            keeping: RwSignal::new(repo.keeping()),
            notices: RwSignal::new(notices),
            kept: RwSignal::new(repo.kept_aside()),
            lang: RwSignal::new(lang),
            lang_wait: RwSignal::new(None),
            lang_missing: RwSignal::new(None),
            route: RwSignal::new(route),
            drafts: RwSignal::new(HashMap::new()),
            incoming: RwSignal::new(incoming),
            flash: RwSignal::new(client_added()),
            update_ready: RwSignal::new(false),
            mode: RwSignal::new(mode),
            idle_left: RwSignal::new(None),
            locked: RwSignal::new(locked),
            last_copy: RwSignal::new(storage::read_setting(keep::LAST_COPY_KEY)),
        };
        REPO.with(|r| *r.borrow_mut() = Some(repo));
        state
    }

    fn with_repo<T>(&self, f: impl FnOnce(&mut Repo<Store>) -> T) -> T {
        REPO.with(|r| f(r.borrow_mut().as_mut().expect("AppState::start ran first")))
    }

    /// Copies what the repo holds into the signals (only those that changed, to spare redraws).
    /// The copies kept aside are read again only when a save was just moved aside: listing them
    /// reads every key in storage, which every tick of a checkbox need not do.
    fn refresh(&self, new_notices: Vec<Notice>) {
        if new_notices.contains(&Notice::ErasedElsewhere) {
            // Another tab erased the profile: start afresh, holding nothing of the person (not
            // even what was typed on this page).
            nav::reload_at(&Route::from(Step::Welcome).query());
            return;
        }
        let moved_aside = new_notices
            .iter()
            .any(|n| matches!(n, Notice::KeptAside { .. }));
        let (profile, keeping) = self.with_repo(|r| (r.profile().clone(), r.keeping()));
        if self.profile.with_untracked(|p| p != &profile) {
            self.profile.set(profile);
        }
        if self.keeping.get_untracked() != keeping {
            self.keeping.set(keeping);
        }
        if moved_aside {
            self.kept.set(self.with_repo(|r| r.kept_aside()));
        }
        if !new_notices.is_empty() {
            self.notices.update(|n| {
                for notice in new_notices {
                    if !n.contains(&notice) {
                        n.push(notice);
                    }
                }
            });
        }
    }

    /// Applies one edit and saves it at once. A refused edit returns its error and changes nothing.
    pub fn commit(&self, change: Change) -> Result<(), FieldError> {
        let notices = self.with_repo(|r| r.commit(&change, chrono::Utc::now()))?;
        self.refresh(notices);
        // A save is activity too (a profile saved from a link had no tap on a started one).
        self.note_activity();
        Ok(())
    }

    /// On a shared computer, keeps the time of the last tap or save (at most every few seconds,
    /// and only while there is a profile: an empty page leaves no trace), so a tab the browser
    /// restores after a longer quiet spell erases on start (see [`AppState::start`]).
    pub fn note_activity(&self) {
        if !self
            .mode
            .get_untracked()
            .is_some_and(DeviceMode::is_temporary)
            || !self.profile.with_untracked(|p| p.is_started())
        {
            return;
        }
        let now = js_sys::Date::now();
        if now - NOTED_AT.with(std::cell::Cell::get) >= 5_000.0 {
            NOTED_AT.with(|t| t.set(now));
            storage::write_setting(device::ACTIVE_AT_KEY, &(now as u64).to_string());
        }
    }

    /// Applies several edits (e.g. "I did all of these"); stops at the first refused one.
    pub fn commit_all(&self, changes: impl IntoIterator<Item = Change>) -> Result<(), FieldError> {
        changes.into_iter().try_for_each(|c| self.commit(c))
    }

    /// Another tab saved the profile (the browser's `storage` event). Which keys are this tab's
    /// (in caseworker mode, its client's) is the core's rule ([`repo::watched`]); a `None` key
    /// means the whole storage was cleared.
    pub fn external_change(&self, key: Option<String>, new_value: Option<String>) {
        let client = CLIENT.with(|c| c.borrow().clone());
        let which = match key.as_deref() {
            None => Some(Watched::Profile),
            Some(k) => repo::watched(k, client.as_deref()),
        };
        match which {
            None => return,
            // A tab waiting for its PIN holds no profile: it just starts afresh.
            Some(Watched::Erased) if self.locked.with_untracked(Option::is_some) => {
                nav::reload_at(&Route::from(Step::Welcome).query());
                return;
            }
            Some(Watched::Erased) => {
                let notice = self.with_repo(|r| r.erased_elsewhere());
                self.refresh(notice.into_iter().collect());
                return;
            }
            Some(Watched::Profile) => {}
        }
        // With a PIN the save is sealed: read it with this tab's key. A key this tab does not hold
        // (a PIN set or changed there) locks this tab until the new PIN is typed.
        let seen = new_value.and_then(|v| self.with_repo(|r| r.store().map(|s| s.other_tab(&v))));
        let plain = match seen {
            Some(pin::OtherTab::Locked(sealed)) => {
                self.locked.set(Some(sealed));
                return;
            }
            Some(pin::OtherTab::Plain(p)) => Some(p),
            None => None,
        };
        let notice = self.with_repo(|r| r.external_change(plain.as_deref(), chrono::Utc::now()));
        self.refresh(notice.into_iter().collect());
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|n| n.retain(|x| x != notice));
    }

    /// Shows `route` and records it in the browser history.
    pub fn go(&self, route: impl Into<Route>) {
        let route = route.into();
        if self.route.get_untracked() != route {
            nav::push(&route.query());
            self.remember(route);
            self.route.set(route);
        }
    }

    /// Continue: the next screen of the flow.
    pub fn next(&self) {
        let route = self.route.get_untracked();
        let next = self.profile.with_untracked(|p| wizard::next(route, p));
        self.go(next);
    }

    /// The Back link of a question page.
    pub fn back(&self) {
        let route = self.route.get_untracked();
        let back = self.profile.with_untracked(|p| wizard::back(route, p));
        self.go(back);
    }

    /// A share link was opened while the app was already open (the fragment changed).
    pub fn open_fragment(&self) {
        let fragment = nav::fragment();
        if share::is_share_fragment(&fragment) {
            self.incoming.set(Some(from_fragment(&fragment)));
            nav::replace(&Route::from(Step::Open).query());
            self.route.set(Step::Open.into());
        }
    }

    /// Opens what a scanned code or a pasted link carries (its fragment's digits) on the open
    /// page, as if its link had been opened here. Nothing is stored until the person chooses.
    #[cfg(feature = "tools")]
    pub fn open_scanned(&self, fragment: &str) {
        self.incoming.set(Some(from_fragment(fragment)));
        self.go(Step::Open);
    }

    /// A caseworker's "Add as a new client": the opened profile is saved as a new client's (under
    /// that client's own keys, so no other client changes) and the page opens that client. False,
    /// with the notice shown, if storage would not keep it: then nothing was switched.
    #[cfg(feature = "tools")]
    pub fn accept_as_new_client(&self) -> bool {
        let Some(profile) = self
            .incoming
            .with_untracked(|i| i.as_ref().and_then(Incoming::profile).cloned())
        else {
            return false;
        };
        let taken: Vec<String> = storage::clients().into_iter().map(|c| c.id).collect();
        let id = device::new_client_id(js_sys::Date::now() as u64, &taken);
        let now = chrono::Utc::now();
        let store = storage::open_client(&id).map(|s| sealing(s, None, [0; 16], pin::ITERATIONS));
        let (mut repo, _) = Repo::open(store, &writer(), now);
        let saved = match repo.commit(&Change::ReplaceProfile(Box::new(profile)), now) {
            Ok(notices) => {
                let kept =
                    repo.keeping() == Keeping::OnDevice && !notices.contains(&Notice::NotSaved);
                if !kept {
                    self.refresh(notices);
                }
                kept
            }
            Err(_) => false,
        };
        if !saved {
            self.notices.update(|n| {
                if !n.contains(&Notice::NotSaved) {
                    n.push(Notice::NotSaved);
                }
            });
            return false;
        }
        storage::choose_client(Some(&id));
        storage::write_setting(device::CLIENT_ADDED_KEY, "1");
        nav::reload_at(&Route::from(Step::Profile).query());
        true
    }

    /// Shows what a picked file holds (a profile to preview, or a signed training to add).
    pub fn open_file(&self, text: &str) {
        let incoming = match files::open_any(text, chrono::Utc::now().date_naive()) {
            Ok(Picked::Training(checked)) => Incoming::Training(checked.map_err(|e| match e {
                BadgeError::Mismatch => Msg::ClassMismatch,
                BadgeError::Unsupported => Msg::BadgeUnsupported,
            })),
            Ok(Picked::Profile(kind, imported)) => Incoming::File(Ok((kind, imported))),
            Err(e) => Incoming::File(Err(e)),
        };
        self.incoming.set(Some(incoming));
        self.go(Step::Open);
    }

    /// Shows why a picked file cannot be opened, without reading it (see `files::MAX_FILE_BYTES`).
    pub fn refuse_file(&self, e: FileError) {
        self.incoming.set(Some(Incoming::File(Err(e))));
        self.go(Step::Open);
    }

    /// Sets whose computer this is; the profile moves to where that mode keeps it, and the page
    /// starts again over the new storage (so nothing in memory points at the old one).
    pub fn set_mode(&self, mode: DeviceMode) {
        let old = self.mode.get_untracked();
        if old == Some(mode) {
            return;
        }
        storage::write_setting(device::MODE_KEY, mode.key());
        let started = self.profile.with_untracked(|p| p.is_started());
        let next = match (mode, started) {
            (DeviceMode::Caseworker, _) => Step::Clients,
            (_, true) => Step::Device,
            // Asked after Start (or from "Not your phone?"): the name comes next.
            (_, false) => Step::Name,
        };
        if storage::read_setting(device::MODE_KEY).as_deref() != Some(mode.key()) {
            // Storage refused it: remember the choice for this visit only (nothing is kept anyway).
            storage::set_mode(Some(mode));
            self.mode.set(Some(mode));
            self.go(next);
            return;
        }
        storage::move_personal(old, mode);
        // Other open tabs start again in the new mode instead of saving to the old place.
        crate::platform::tabs::tell_mode_changed();
        storage::set_mode(Some(mode));
        storage::write_setting(LANG_KEY, self.lang.get_untracked().code());
        nav::reload_at(&Route::from(next).query());
    }

    /// Whose device this is, as far as it is known now (see `device::start_mode`).
    pub fn start_mode(&self) -> device::StartMode {
        let storage_off = self.keeping.get_untracked()
            == skillpass_core::repo::Keeping::MemoryOnly(
                skillpass_core::repo::WhyMemory::Unavailable,
            );
        device::start_mode(
            self.mode.get_untracked(),
            crate::platform::device::facts(storage_off),
        )
    }

    /// Start on the welcome: the device question first where it cannot be worked out; an assumed
    /// own phone is kept as the answer (the profile's place does not change: no reload).
    pub fn start_flow(&self) {
        let mode = self.start_mode();
        if let device::StartMode::Assumed(m) = mode {
            if !device::carries_profile(self.mode.get_untracked(), m) {
                storage::write_setting(device::MODE_KEY, m.key());
                storage::set_mode(Some(m));
                self.mode.set(Some(m));
            }
        }
        self.go(wizard::after_welcome(mode.asks()));
    }

    /// Erases the person's profile and every setting of theirs from this computer, then starts
    /// the app afresh (which also clears everything held in memory).
    /// Other open tabs see the erase marker (before and after, so none saves in between) and
    /// start afresh too instead of saving their copy back.
    pub fn erase_here(&self) {
        self.erase(true);
    }

    /// `tell_others`: leave the erase marker and tell other open tabs (`platform::tabs`); not
    /// when obeying another tab's erase, or two tabs would erase each other in turn forever.
    pub fn erase(&self, tell_others: bool) {
        let mode = self.mode.get_untracked();
        // Opened before erasing: in caseworker mode it names the client being erased. A shared
        // computer keeps the profile in this tab's own session storage, which no other tab
        // reads: no marker there, so nothing at all is left.
        // Once: the idle timer ticks on while the page reloads.
        if ERASING.with(|e| e.replace(true)) {
            return;
        }
        let client = CLIENT.with(|c| c.borrow().clone());
        let store = my_store(mode, client.as_deref())
            .filter(|_| tell_others && !mode.is_some_and(DeviceMode::is_temporary));
        let clipboard = crate::platform::device::wrote_clipboard();
        marked_around(store, || {
            storage::erase_personal(tell_others, client.as_deref())
        });
        leptos::task::spawn_local(async move {
            if clipboard && !crate::platform::device::clear_clipboard().await {
                // Refused without a tap: the next tap on the fresh page empties it.
                storage::write_setting(device::CLIPBOARD_CLEAR_KEY, "1");
            }
            nav::reload_at(&Route::from(Step::Welcome).query());
        });
    }

    /// Erases one client on a caseworker's computer, with the erase marker before and after (under
    /// that client's keys), so a tab still open on that client does not save it back.
    #[cfg(feature = "tools")]
    pub fn erase_client(&self, id: &str) {
        marked_around(storage::open_client(id), || storage::erase_client(id));
    }

    /// Downloads the backup file of the current profile; true if the browser took it. The
    /// person is told where it went (on a shared computer: to take it and delete it there).
    pub fn save_backup(&self) -> bool {
        let (text, record) = self.profile.with_untracked(|p| {
            (
                skillpass_core::files::backup(p, chrono::Utc::now()),
                keep::record(p, js_sys::Date::now() as u64),
            )
        });
        let ok = crate::platform::download::download_text(
            skillpass_core::files::BACKUP_NAME,
            &text,
            "application/json",
        )
        .is_ok();
        if ok {
            storage::write_setting(keep::LAST_COPY_KEY, &record);
            self.last_copy
                .set(storage::read_setting(keep::LAST_COPY_KEY));
            let shared = self
                .mode
                .get_untracked()
                .is_some_and(DeviceMode::is_temporary);
            self.flash.set(Some(if shared {
                Msg::BackupWhereShared
            } else {
                Msg::BackupWhere
            }));
        }
        ok
    }

    /// Tries `code` on the locked profile. On success the profile opens as usual (sealed from
    /// now on with the same key); otherwise the count of failures grows, and with it the wait.
    pub async fn unlock(&self, code: String) -> bool {
        let Some(header) = self.locked.get_untracked() else {
            return true;
        };
        let (Some(salt), Some(iterations)) = (pin::salt_of(&header), pin::iterations_of(&header))
        else {
            return false;
        };
        let key = crate::platform::pin::derive(&code, &salt, iterations).await;
        let mode = self.mode.get_untracked();
        let client = CLIENT.with(|c| c.borrow().clone());
        let Some(store) = my_store(mode, client.as_deref()) else {
            return false;
        };
        let raw = store.get(PROFILE_KEY).ok().flatten().unwrap_or_default();
        match key.filter(|k| pin::open(&raw, k).is_ok()) {
            Some(k) => {
                storage::remove_setting(pin::FAILS_KEY);
                let (repo, notices) = Repo::open(
                    Some(sealing(store, Some(k), salt, iterations)),
                    &writer(),
                    chrono::Utc::now(),
                );
                REPO.with(|r| *r.borrow_mut() = Some(repo));
                self.locked.set(None);
                self.refresh(notices);
                // The screen the address asked for (e.g. the trainer's page, opened while
                // locked), if the profile allows it.
                let route = self.profile.with_untracked(|p| {
                    let asked = nav::requested_route().filter(|r| r.step != Step::Unlock);
                    wizard::resolve(asked, p, None)
                });
                nav::replace(&route.query());
                self.route.set(route);
                true
            }
            None => {
                count_wrong_pin();
                false
            }
        }
    }

    /// Seals the saved profile with a new PIN (a fresh salt), and saves it sealed at once. When a
    /// PIN is already set, `current` must be it (someone holding an unlocked phone cannot take the
    /// profile away from its owner by choosing a PIN of their own).
    pub async fn set_pin(&self, code: String, current: Option<String>) -> Result<(), Msg> {
        if self.has_pin() && !self.is_current_pin(current.unwrap_or_default()).await {
            return Err(Msg::PinWrong);
        }
        // A failing random source is an error, never an all-zero salt.
        let salt: [u8; 16] = crate::platform::pin::random().ok_or(Msg::PinNotChanged)?;
        let key = crate::platform::pin::derive(&code, &salt, pin::ITERATIONS)
            .await
            .ok_or(Msg::PinNotChanged)?;
        self.rekey(Some(key), salt, pin::ITERATIONS)
    }

    /// Whether this device keeps the profile sealed with a PIN.
    pub fn has_pin(&self) -> bool {
        self.with_repo(|r| r.store().is_some_and(|s| s.key.is_some()))
    }

    /// Removes the PIN once `code` proves to be it: the profile is saved unsealed at once.
    pub async fn remove_pin(&self, code: String) -> Result<(), Msg> {
        if !self.is_current_pin(code).await {
            return Err(Msg::PinWrong);
        }
        self.rekey(None, [0; 16], pin::ITERATIONS)
    }

    /// Checks the PIN typed to change or remove it. A wrong one counts like a wrong unlock, so
    /// the growing wait guards these too.
    async fn is_current_pin(&self, code: String) -> bool {
        let Some((Some(key), salt, iterations)) =
            self.with_repo(|r| r.store().map(|s| (s.key, s.salt, s.iterations)))
        else {
            return false;
        };
        let right = pin::valid(&code)
            && crate::platform::pin::derive(&code, &salt, iterations).await == Some(key);
        if right {
            storage::remove_setting(pin::FAILS_KEY);
        } else {
            count_wrong_pin();
        }
        right
    }

    fn rekey(&self, key: Option<[u8; 32]>, salt: [u8; 16], iterations: u32) -> Result<(), Msg> {
        let done = self.with_repo(|r| r.store().map(|s| s.rekey(key, salt, iterations)));
        match done {
            Some(Ok(())) => Ok(()),
            _ => Err(Msg::PinNotChanged),
        }
    }

    /// Adds the offered signed training (and its skills) to the worker's profile.
    pub fn accept_training(&self) -> Result<(), FieldError> {
        let Some(Incoming::Training(Ok(credential))) = self.incoming.get_untracked() else {
            return Ok(());
        };
        self.commit(Change::AddTraining {
            credential: Box::new(credential),
            today: chrono::Utc::now().date_naive(),
        })?;
        self.incoming.set(None);
        self.flash.set(Some(Msg::ClassAdded));
        let started = self.profile.with_untracked(|p| p.is_started());
        let route = Route::from(if started { Step::Profile } else { Step::Name });
        nav::clear_fragment(&route.query());
        self.remember(route);
        self.route.set(route);
        Ok(())
    }

    /// Whether the person has a profile of their own, read from storage now (another tab may
    /// have started one since the link was shown): the open page asks "add to mine or replace
    /// mine?" on this answer, given when the button is pressed.
    pub fn has_own_profile(&self) -> bool {
        let notice = self.with_repo(|r| r.sync(chrono::Utc::now()));
        self.refresh(notice.into_iter().collect());
        self.profile.with_untracked(|p| p.is_started())
    }

    /// Saves the opened profile: added to the worker's own (`merge`) or in its place.
    pub fn accept_incoming(&self, merge: bool) -> Result<(), FieldError> {
        let Some(profile) = self
            .incoming
            .with_untracked(|i| i.as_ref().and_then(Incoming::profile).cloned())
        else {
            return Ok(());
        };
        let change = if merge {
            Change::MergeProfile(Box::new(profile))
        } else {
            Change::ReplaceProfile(Box::new(profile))
        };
        self.commit(change)?;
        self.incoming.set(None);
        self.flash.set(Some(Msg::NoticeSaved));
        let route = Route::from(Step::Profile);
        nav::clear_fragment(&route.query());
        self.remember(route);
        self.route.set(route);
        Ok(())
    }

    /// Leaves an opened link or file without saving it.
    pub fn leave_incoming(&self) {
        self.incoming.set(None);
        let started = self.profile.with_untracked(|p| p.is_started());
        let route = Route::from(if started {
            Step::Profile
        } else {
            Step::Welcome
        });
        nav::clear_fragment(&route.query());
        self.route.set(route);
    }

    /// The browser's Back or Forward buttons changed the address.
    pub fn follow_address(&self) {
        let route = self
            .profile
            .with_untracked(|p| wizard::resolve(nav::requested_route(), p, None));
        self.remember(route);
        self.route.set(route);
    }

    /// Keeps the place in the flow, or forgets it once the profile is finished.
    fn remember(&self, route: Route) {
        if route.step.in_flow() {
            storage::write_setting(RESUME_KEY, &route.query());
        } else if route.step == Step::Profile {
            storage::remove_setting(RESUME_KEY);
        }
    }

    /// Switches the page's language; one whose words are not here yet is fetched first (the
    /// page stays in the current language meanwhile), and one that cannot be had is said so.
    pub fn set_lang(&self, lang: Lang) {
        self.lang_missing.set(None);
        if skillpass_core::locale::is_ready(lang) {
            self.lang_wait.set(None);
            self.lang.set(lang);
            storage::write_setting(LANG_KEY, lang.code());
            return;
        }
        self.lang_wait.set(Some(lang));
        let s = *self;
        leptos::task::spawn_local(async move {
            let got = crate::platform::locale::ensure(lang).await;
            if s.lang_wait.get_untracked() != Some(lang) {
                return;
            }
            s.lang_wait.set(None);
            match got {
                Ok(()) => s.set_lang(lang),
                Err(_) => s.lang_missing.set(Some(lang)),
            }
        });
    }

    /// The words for `msg` in the current language. Not tracked: the whole page is redrawn when
    /// the language changes (see `app.rs`), which keeps each screen free of per-word effects —
    /// much less code in the wasm than a reactive closure around every string.
    pub fn t(&self, msg: Msg) -> &'static str {
        text(self.lang.get_untracked(), msg)
    }

    /// The current language, untracked (see [`AppState::t`]).
    pub fn l(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// Job `i`'s title in the current language, for the caption of its questions.
    pub fn job_title(&self, i: usize) -> String {
        self.profile.with_untracked(|p| {
            p.jobs
                .get(i)
                .map(|j| skillpass_core::summary::job_title(j, self.l()))
                .unwrap_or_default()
        })
    }

    pub fn draft(&self, field: &str) -> Option<String> {
        self.drafts.with_untracked(|d| d.get(field).cloned())
    }

    pub fn set_draft(&self, field: &str, value: Option<String>) {
        self.drafts.update_untracked(|d| match value {
            Some(v) => {
                d.insert(field.to_string(), v);
            }
            None => {
                d.remove(field);
            }
        });
    }
}

/// Where this tab keeps the profile: in caseworker mode its own client's keys (another tab may
/// have opened another client since), else the mode's place.
fn my_store(mode: Option<DeviceMode>, client: Option<&str>) -> Option<storage::LocalStore> {
    match (mode, client) {
        (Some(DeviceMode::Caseworker), Some(id)) => storage::open_client(id),
        _ => storage::open_for(mode),
    }
}

/// Runs `erase` between two erase markers written to `store` (none without a store), so that no
/// other tab saves its copy back in between.
fn marked_around(mut store: Option<storage::LocalStore>, erase: impl FnOnce()) {
    let now = chrono::Utc::now();
    let mut mark = || {
        if let Some(s) = store.as_mut() {
            let _ = repo::mark_erased(s, &writer(), now);
        }
    };
    mark();
    erase();
    mark();
}

/// Wrong PINs so far (kept, so reloading does not reset the wait).
pub fn wrong_pins() -> u32 {
    storage::read_setting(pin::FAILS_KEY)
        .and_then(|f| f.parse::<u32>().ok())
        .unwrap_or(0)
}

fn count_wrong_pin() {
    storage::write_setting(pin::FAILS_KEY, &(wrong_pins() + 1).to_string());
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

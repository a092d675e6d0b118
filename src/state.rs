//! The app's state: one [`Repo`] (which owns the profile and every storage decision) and the
//! signals the screens read. Every edit goes through [`AppState::commit`]: the repo applies and
//! saves it at once, then the signals are refreshed from the repo, so what is shown is what is kept.

use leptos::prelude::*;
use skillpass_core::i18n::{text, Lang, Msg};
use skillpass_core::repo::{Keeping, Notice, Repo};
use skillpass_core::wizard::{self, Step};
use skillpass_core::{Change, FieldError, Profile};
use std::cell::RefCell;

use crate::platform::{nav, storage};

const LANG_KEY: &str = "skillpass.lang";

thread_local! {
    // The browser runs one thread; the repo lives here because it holds a non-Send storage handle.
    static REPO: RefCell<Option<Repo<storage::LocalStore>>> = const { RefCell::new(None) };
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
    pub step: RwSignal<Step>,
}

impl AppState {
    /// Opens the saved profile and works out the first screen.
    pub fn start() -> Self {
        let (repo, notices) = Repo::open(storage::open(), chrono::Utc::now());
        let lang = storage::read_setting(LANG_KEY)
            .and_then(|c| Lang::from_code(&c))
            .unwrap_or_else(|| Lang::pick(nav::browser_languages().iter().map(String::as_str)));
        let requested = nav::requested_step();
        let step = wizard::resolve(requested, repo.profile());
        if requested.is_some() && requested != Some(step) {
            nav::replace(step);
        }
        let state = AppState {
            profile: RwSignal::new(repo.profile().clone()),
            keeping: RwSignal::new(repo.keeping()),
            notices: RwSignal::new(notices),
            kept: RwSignal::new(repo.kept_aside()),
            lang: RwSignal::new(lang),
            step: RwSignal::new(step),
        };
        REPO.with(|r| *r.borrow_mut() = Some(repo));
        state
    }

    fn with_repo<T>(&self, f: impl FnOnce(&mut Repo<storage::LocalStore>) -> T) -> T {
        REPO.with(|r| f(r.borrow_mut().as_mut().expect("AppState::start ran first")))
    }

    /// Copies what the repo holds into the signals (only those that changed, to spare redraws).
    fn refresh(&self, new_notices: Vec<Notice>) {
        let (profile, keeping, kept) =
            self.with_repo(|r| (r.profile().clone(), r.keeping(), r.kept_aside()));
        if self.profile.with_untracked(|p| p != &profile) {
            self.profile.set(profile);
        }
        if self.keeping.get_untracked() != keeping {
            self.keeping.set(keeping);
        }
        if self.kept.with_untracked(|k| k != &kept) {
            self.kept.set(kept);
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
        Ok(())
    }

    /// Another tab saved the profile (the browser's `storage` event).
    pub fn external_change(&self, key: Option<String>, new_value: Option<String>) {
        if key.as_deref() != Some(skillpass_core::repo::PROFILE_KEY) {
            return;
        }
        let notice = self.with_repo(|r| r.external_change(new_value.as_deref()));
        self.refresh(notice.into_iter().collect());
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|n| n.retain(|x| x != notice));
    }

    /// Shows `step` and records it in the browser history.
    pub fn go(&self, step: Step) {
        if self.step.get_untracked() != step {
            nav::push(step);
            self.step.set(step);
        }
    }

    /// The browser's Back or Forward buttons changed the address.
    pub fn follow_address(&self) {
        let step = self
            .profile
            .with_untracked(|p| wizard::resolve(nav::requested_step(), p));
        self.step.set(step);
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        storage::write_setting(LANG_KEY, lang.code());
    }

    /// The words for `msg` in the current language (tracked, so views update when it changes).
    pub fn t(&self, msg: Msg) -> &'static str {
        text(self.lang.get(), msg)
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

//! Whose computer this is, and what that means for what is kept: the worker's own phone keeps the
//! profile; a shared or public computer keeps it only for this browser session, erases it on
//! request or after a quiet spell, and hands it to the worker's phone first.

/// The three ways SkillPass can be used, asked once and changeable later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeviceMode {
    /// The profile is kept on this device (local storage).
    OwnPhone,
    /// Library or job-centre computer: nothing outlives the visit (session storage only).
    Shared,
    /// A caseworker's computer with several clients' profiles.
    Caseworker,
}

impl DeviceMode {
    pub const ALL: [DeviceMode; 3] = [
        DeviceMode::OwnPhone,
        DeviceMode::Shared,
        DeviceMode::Caseworker,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DeviceMode::OwnPhone => "own",
            DeviceMode::Shared => "shared",
            DeviceMode::Caseworker => "caseworker",
        }
    }

    pub fn from_key(key: &str) -> Option<DeviceMode> {
        DeviceMode::ALL.into_iter().find(|m| m.key() == key)
    }

    /// True where the profile must not outlive the browser session.
    pub fn is_temporary(self) -> bool {
        self == DeviceMode::Shared
    }
}

/// Where the chosen mode is remembered (it is not personal data, so erasing keeps it: the next
/// person on a library computer gets the same care).
pub const MODE_KEY: &str = "skillpass.device";
/// A shorter quiet spell before erasing, for trying it out and for tests (milliseconds).
pub const IDLE_KEY: &str = "skillpass.idle-ms";
pub const IDLE_DEFAULT_MS: u64 = 10 * 60 * 1000;
pub const WARN_BEFORE_MS: u64 = 60 * 1000;

/// Set once the app has put something on the clipboard (a profile link), so that erasing the
/// person empties the clipboard too, even after a reload.
pub const CLIPBOARD_KEY: &str = "skillpass.clipboard-used";
/// Set when erasing could not empty the clipboard (the browser wanted a tap): the next tap does.
pub const CLIPBOARD_CLEAR_KEY: &str = "skillpass.clipboard-clear";
/// When the person last tapped or typed on a shared computer (ms since 1970, in session storage):
/// a tab brought back by session restore after a longer quiet spell erases on start.
pub const ACTIVE_AT_KEY: &str = "skillpass.active-at";

/// Storage keys holding one person's data (everything of ours but the device settings). A
/// caseworker's clients are not "the person": their keys are never among these, so no erase
/// meant for the person at the keyboard can take them (see [`erase_plan`]).
pub fn is_personal(key: &str) -> bool {
    key.starts_with("skillpass.")
        && !is_client_key(key)
        && ![MODE_KEY, IDLE_KEY, ACTIVE_CLIENT_KEY].contains(&key)
}

/// A key of one of a caseworker's clients (`skillpass.client.<id>.…`).
pub fn is_client_key(key: &str) -> bool {
    key.starts_with(CLIENT_PREFIX)
}

/// The local-storage keys that "I'm done", the idle timer or "Forgot PIN → erase" remove. On a
/// caseworker's computer that is the open client's keys only (a caseworker's explicit choice for
/// that client); anywhere else every personal key, and never a client's.
pub fn erase_plan(
    mode: Option<DeviceMode>,
    keys: &[String],
    active_client: Option<&str>,
) -> Vec<String> {
    match (mode, active_client) {
        (Some(DeviceMode::Caseworker), Some(id)) => keys_of_client(id, keys).cloned().collect(),
        (Some(DeviceMode::Caseworker), None) => Vec::new(),
        _ => keys.iter().filter(|k| is_personal(k)).cloned().collect(),
    }
}

/// Whether changing from `from` to `to` carries the person's profile to the new place. Leaving
/// caseworker mode carries nothing: the open profile is a client's, and stays with that client
/// (moving it into a shared computer's session would erase it with the next "I'm done").
pub fn carries_profile(from: Option<DeviceMode>, to: DeviceMode) -> bool {
    let place = |m: Option<DeviceMode>| match m {
        Some(DeviceMode::Shared) => 1,
        Some(DeviceMode::Caseworker) => 2,
        _ => 0,
    };
    from != Some(DeviceMode::Caseworker) && place(from) != place(Some(to))
}

/// What changing whose computer this is needs from the person first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModeChange {
    /// Nothing to lose: change at once.
    Now,
    /// Leaving caseworker mode with clients' profiles here: ask, and offer each client's backup.
    /// Their profiles stay on the computer, but only caseworker mode shows them.
    ClientsStay { clients: usize },
    /// From the person's own phone to a shared computer with a profile: the profile will be kept
    /// only for this visit, so offer to take a copy first.
    OfferCopy,
}

pub fn mode_change(
    from: Option<DeviceMode>,
    to: DeviceMode,
    has_profile: bool,
    clients: usize,
) -> ModeChange {
    match (from, to) {
        (Some(DeviceMode::Caseworker), t) if t != DeviceMode::Caseworker && clients > 0 => {
            ModeChange::ClientsStay { clients }
        }
        (Some(DeviceMode::OwnPhone) | None, DeviceMode::Shared) if has_profile => {
            ModeChange::OfferCopy
        }
        _ => ModeChange::Now,
    }
}

/// On start on a shared computer: true if the last tap (`active_at`, ms) is longer ago than the
/// idle time, as when the browser restores a closed tab. A clock that went back counts as quiet
/// for no time.
pub fn expired_on_start(active_at: Option<u64>, now_ms: u64, timeout_ms: u64) -> bool {
    active_at.is_some_and(|t| now_ms.saturating_sub(t) >= timeout_ms)
}

/// The quiet spell before a shared computer erases: the `IDLE_KEY` setting if it is a sensible
/// number of milliseconds (2 s or more), else ten minutes.
pub fn idle_timeout(setting: Option<&str>) -> u64 {
    setting
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|&ms| ms >= 2_000)
        .unwrap_or(IDLE_DEFAULT_MS)
}

/// Where a quiet shared computer stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// The warning is showing; everything is erased in this many seconds unless someone taps.
    Warning {
        seconds_left: u64,
    },
    Expired,
}

/// The idle state `quiet_ms` after the last tap or key, erasing at `timeout_ms` with a warning
/// for the last minute (or the last half of a very short timeout).
pub fn idle(quiet_ms: u64, timeout_ms: u64) -> Idle {
    let warn = WARN_BEFORE_MS.min(timeout_ms / 2);
    if quiet_ms >= timeout_ms {
        Idle::Expired
    } else if quiet_ms >= timeout_ms - warn {
        Idle::Warning {
            seconds_left: (timeout_ms - quiet_ms).div_ceil(1000),
        }
    } else {
        Idle::Active
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_new_client_never_takes_an_existing_clients_id() {
        assert_eq!(new_client_id(1700, &[]), "1700");
        let taken = vec!["1700".to_string(), "1701".to_string()];
        assert_eq!(new_client_id(1700, &taken), "1702");
        assert_eq!(new_client_id(1699, &taken), "1699");
    }

    use super::*;

    #[test]
    fn a_quiet_computer_warns_for_the_last_minute_then_erases() {
        let ten = IDLE_DEFAULT_MS;
        assert_eq!(idle(0, ten), Idle::Active);
        assert_eq!(idle(ten - WARN_BEFORE_MS - 1, ten), Idle::Active);
        assert_eq!(
            idle(ten - WARN_BEFORE_MS, ten),
            Idle::Warning { seconds_left: 60 }
        );
        assert_eq!(idle(ten - 1, ten), Idle::Warning { seconds_left: 1 });
        assert_eq!(idle(ten, ten), Idle::Expired);
        // A 4-second setting still warns, for its last 2 seconds.
        assert_eq!(idle(1_000, 4_000), Idle::Active);
        assert_eq!(idle(2_500, 4_000), Idle::Warning { seconds_left: 2 });
    }

    #[test]
    fn erasing_takes_every_personal_key_and_keeps_the_device_setting() {
        for k in [
            "skillpass.profile",
            "skillpass.resume",
            "skillpass.unreadable.1",
            "skillpass.lang",
            "skillpass.trainer-key",
        ] {
            assert!(is_personal(k), "{k}");
        }
        assert!(!is_personal(MODE_KEY));
        assert!(!is_personal("other-app.profile"));
        // A caseworker's clients are never "the person at the keyboard".
        assert!(!is_personal("skillpass.client.17.profile"));
        assert!(!is_personal("skillpass.client.17.resume"));
        for m in DeviceMode::ALL {
            assert_eq!(DeviceMode::from_key(m.key()), Some(m));
        }
    }
}

/// Caseworker mode keeps each client's data under its own keys: `skillpass.client.<id>.profile`
/// and so on. The app's storage adapter maps the usual keys through these.
pub const ACTIVE_CLIENT_KEY: &str = "skillpass.client-active";
const CLIENT_PREFIX: &str = "skillpass.client.";

/// The id for a client added now (`now_ms`, the clock in milliseconds): the time, or the next
/// free number after it when two clients are added in the same millisecond (two tabs, or two
/// scans within one). Never one already `taken`, so no client is written over.
pub fn new_client_id(now_ms: u64, taken: &[String]) -> String {
    (now_ms..)
        .map(|n| n.to_string())
        .find(|id| !taken.contains(id))
        .expect("a free number")
}

/// Set for one page load after "Add as a new client", so the new client's page says so.
pub const CLIENT_ADDED_KEY: &str = "skillpass.client-added";

/// The key where client `id` keeps what is otherwise kept at `key` (`skillpass.profile`).
pub fn client_key(id: &str, key: &str) -> String {
    format!(
        "{CLIENT_PREFIX}{id}.{}",
        key.strip_prefix("skillpass.").unwrap_or(key)
    )
}

/// The usual key for a client's stored `key`, if it belongs to client `id`.
pub fn unclient_key(id: &str, stored: &str) -> Option<String> {
    let rest = stored
        .strip_prefix(CLIENT_PREFIX)?
        .strip_prefix(id)?
        .strip_prefix('.')?;
    Some(format!("skillpass.{rest}"))
}

/// One client on a caseworker's computer, for the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    pub id: String,
    pub name: String,
    /// When the client's profile was last saved (`YYYY-MM-DD`), if known.
    pub saved: Option<String>,
}

/// The clients found among stored `(key, value)` pairs, newest first. A client whose profile is
/// unreadable or sealed is still listed (by its id), so it can be erased.
pub fn clients(pairs: &[(String, String)]) -> Vec<Client> {
    let mut out: Vec<Client> = pairs
        .iter()
        .filter_map(|(k, v)| {
            let id = k.strip_prefix(CLIENT_PREFIX)?.strip_suffix(".profile")?;
            let env = crate::envelope::restore(v).ok();
            Some(Client {
                id: id.to_string(),
                name: env
                    .as_ref()
                    .map(|e| e.profile.name.clone())
                    .unwrap_or_default(),
                saved: env
                    .and_then(|e| e.saved_at)
                    .map(|t| t.date_naive().to_string()),
            })
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| b.saved.cmp(&a.saved).then(b.id.cmp(&a.id)));
    out
}

/// Every stored key of client `id` (to erase them all).
pub fn keys_of_client<'a>(
    id: &'a str,
    keys: &'a [String],
) -> impl Iterator<Item = &'a String> + 'a {
    keys.iter().filter(move |k| unclient_key(id, k).is_some())
}

#[cfg(test)]
mod client_tests {
    use super::*;
    use crate::envelope::Envelope;
    use crate::Profile;

    fn saved(name: &str, day: u32) -> String {
        let p = Profile {
            name: name.into(),
            ..Profile::default()
        };
        let at = chrono::DateTime::from_timestamp(1_790_000_000 + i64::from(day) * 86_400, 0);
        Envelope::new(p, 1, at).to_json()
    }

    #[test]
    fn each_client_has_its_own_keys_and_the_list_shows_name_and_day() {
        assert_eq!(
            client_key("17", "skillpass.profile"),
            "skillpass.client.17.profile"
        );
        assert_eq!(
            unclient_key("17", "skillpass.client.17.profile").as_deref(),
            Some("skillpass.profile")
        );
        assert_eq!(unclient_key("1", "skillpass.client.17.profile"), None);
        let pairs = vec![
            (client_key("a", "skillpass.profile"), saved("Rosa", 1)),
            (client_key("b", "skillpass.profile"), saved("Tomás", 3)),
            (
                client_key("b", "skillpass.resume"),
                "?step=jobs".to_string(),
            ),
            (client_key("c", "skillpass.profile"), "not json".to_string()),
            ("skillpass.profile".to_string(), saved("Someone else", 2)),
        ];
        let list = clients(&pairs);
        let names: Vec<_> = list
            .iter()
            .map(|c| (c.id.as_str(), c.name.as_str()))
            .collect();
        assert_eq!(names, vec![("b", "Tomás"), ("a", "Rosa"), ("c", "")]);
        assert!(list[0]
            .saved
            .as_deref()
            .is_some_and(|d| d.starts_with("2026-")));
        let keys: Vec<String> = pairs.iter().map(|(k, _)| k.clone()).collect();
        assert_eq!(keys_of_client("b", &keys).count(), 2);
    }
}

#[cfg(test)]
mod erase_tests {
    use super::*;

    fn keys() -> Vec<String> {
        [
            "skillpass.profile",
            "skillpass.lang",
            "skillpass.device",
            "skillpass.client-active",
            "skillpass.client.a.profile",
            "skillpass.client.a.resume",
            "skillpass.client.b.profile",
            "other.app",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn erasing_outside_caseworker_mode_never_takes_a_client() {
        for mode in [None, Some(DeviceMode::OwnPhone), Some(DeviceMode::Shared)] {
            let plan = erase_plan(mode, &keys(), Some("a"));
            assert_eq!(plan, ["skillpass.profile", "skillpass.lang"], "{mode:?}");
        }
    }

    #[test]
    fn a_caseworker_erases_one_client_at_a_time() {
        let plan = erase_plan(Some(DeviceMode::Caseworker), &keys(), Some("a"));
        assert_eq!(
            plan,
            ["skillpass.client.a.profile", "skillpass.client.a.resume"]
        );
        assert!(erase_plan(Some(DeviceMode::Caseworker), &keys(), None).is_empty());
    }

    #[test]
    fn leaving_caseworker_mode_with_clients_asks_first() {
        use DeviceMode::*;
        assert_eq!(
            mode_change(Some(Caseworker), Shared, false, 2),
            ModeChange::ClientsStay { clients: 2 }
        );
        assert_eq!(
            mode_change(Some(Caseworker), OwnPhone, true, 1),
            ModeChange::ClientsStay { clients: 1 }
        );
        assert_eq!(
            mode_change(Some(Caseworker), Shared, true, 0),
            ModeChange::Now
        );
        assert_eq!(
            mode_change(Some(OwnPhone), Shared, true, 0),
            ModeChange::OfferCopy
        );
        assert_eq!(mode_change(None, Shared, true, 0), ModeChange::OfferCopy);
        assert_eq!(
            mode_change(Some(OwnPhone), Shared, false, 0),
            ModeChange::Now
        );
        assert_eq!(
            mode_change(Some(Shared), OwnPhone, true, 0),
            ModeChange::Now
        );
    }

    #[test]
    fn the_idle_setting_is_used_only_when_sensible() {
        assert_eq!(idle_timeout(Some("4000")), 4_000);
        assert_eq!(idle_timeout(Some("10")), IDLE_DEFAULT_MS);
        assert_eq!(idle_timeout(Some("soon")), IDLE_DEFAULT_MS);
        assert_eq!(idle_timeout(None), IDLE_DEFAULT_MS);
    }

    #[test]
    fn a_client_never_moves_out_of_caseworker_mode() {
        use DeviceMode::*;
        assert!(!carries_profile(Some(Caseworker), Shared));
        assert!(!carries_profile(Some(Caseworker), OwnPhone));
        assert!(carries_profile(Some(OwnPhone), Shared));
        assert!(carries_profile(None, Shared));
        assert!(carries_profile(Some(Shared), OwnPhone));
        assert!(
            carries_profile(Some(OwnPhone), Caseworker),
            "becomes the first client"
        );
        assert!(!carries_profile(None, OwnPhone), "the same place");
    }

    #[test]
    fn a_restored_tab_after_a_quiet_spell_erases_on_start() {
        let ten = IDLE_DEFAULT_MS;
        assert!(!expired_on_start(None, 1_000_000, ten));
        assert!(!expired_on_start(Some(1_000_000), 1_000_000 + ten - 1, ten));
        assert!(expired_on_start(Some(1_000_000), 1_000_000 + ten, ten));
        // A clock set back does not erase.
        assert!(!expired_on_start(Some(2_000_000), 1_000_000, ten));
    }
}

/// What the browser says about itself, read by the shell (nothing about the person).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeviceFacts {
    /// Opened as an installed app (from the Home Screen): someone added it to their own device.
    pub installed: bool,
    /// The main pointer is a finger (`(pointer: coarse)`).
    pub coarse_pointer: bool,
    /// A phone-sized screen (`(max-width: 600px)`).
    pub narrow: bool,
    /// Storage is switched off: nothing is kept whatever the answer, so it is not asked.
    pub storage_off: bool,
}

/// Whose device this is, as far as it is known when the welcome shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartMode {
    /// Answered before (the saved setting).
    Known(DeviceMode),
    /// Not asked, but clear enough: an installed app, or a phone in the hand, is someone's own.
    /// Start keeps it; the welcome offers "Not your phone?" in case it is wrong.
    Assumed(DeviceMode),
    /// A computer (or a tablet): asked after Start, before the name.
    Ask,
    /// Storage is off: nothing would be kept anyway.
    Skip,
}

/// The rule: a saved answer stands; an installed app, or a device with a finger pointer and a
/// phone-sized screen, is the person's own phone; otherwise the question is asked after Start
/// (a library computer has a mouse and a wide screen; a tablet at an agency is asked too).
pub fn start_mode(saved: Option<DeviceMode>, facts: DeviceFacts) -> StartMode {
    match saved {
        Some(m) => StartMode::Known(m),
        None if facts.storage_off => StartMode::Skip,
        None if facts.installed || (facts.coarse_pointer && facts.narrow) => {
            StartMode::Assumed(DeviceMode::OwnPhone)
        }
        None => StartMode::Ask,
    }
}

impl StartMode {
    /// Start shows the device question first.
    pub fn asks(self) -> bool {
        self == StartMode::Ask
    }

    /// The welcome offers "Not your phone?" (which opens the device question).
    pub fn offers_not_your_phone(self) -> bool {
        matches!(
            self,
            StartMode::Assumed(DeviceMode::OwnPhone) | StartMode::Known(DeviceMode::OwnPhone)
        )
    }
}

#[cfg(test)]
mod start_mode_tests {
    use super::*;

    #[test]
    fn a_phone_is_someones_own_and_a_computer_is_asked() {
        let all_facts = (0..16).map(|b| DeviceFacts {
            installed: b & 1 != 0,
            coarse_pointer: b & 2 != 0,
            narrow: b & 4 != 0,
            storage_off: b & 8 != 0,
        });
        for facts in all_facts {
            // A saved answer always stands.
            for m in DeviceMode::ALL {
                assert_eq!(start_mode(Some(m), facts), StartMode::Known(m));
            }
            let got = start_mode(None, facts);
            let phone = facts.installed || (facts.coarse_pointer && facts.narrow);
            let want = if facts.storage_off {
                StartMode::Skip
            } else if phone {
                StartMode::Assumed(DeviceMode::OwnPhone)
            } else {
                StartMode::Ask
            };
            assert_eq!(got, want, "{facts:?}");
            // Never both asked and offered "Not your phone?"; never a shared computer assumed.
            assert!(!(got.asks() && got.offers_not_your_phone()));
            assert!(!matches!(got, StartMode::Assumed(m) if m != DeviceMode::OwnPhone));
        }
        let computer = DeviceFacts::default();
        assert!(start_mode(None, computer).asks());
        let tablet = DeviceFacts {
            coarse_pointer: true,
            ..computer
        };
        assert!(
            start_mode(None, tablet).asks(),
            "a wide touch screen is asked"
        );
        let narrow_window = DeviceFacts {
            narrow: true,
            ..computer
        };
        assert!(
            start_mode(None, narrow_window).asks(),
            "a narrow desktop window is asked"
        );
        assert!(start_mode(Some(DeviceMode::OwnPhone), computer).offers_not_your_phone());
        assert!(!start_mode(Some(DeviceMode::Shared), computer).offers_not_your_phone());
    }
}

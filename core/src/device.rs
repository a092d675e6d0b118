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

/// Storage keys holding a person's data (everything of ours but the device settings).
pub fn is_personal(key: &str) -> bool {
    key.starts_with("skillpass.") && ![MODE_KEY, IDLE_KEY, ACTIVE_CLIENT_KEY].contains(&key)
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
        for m in DeviceMode::ALL {
            assert_eq!(DeviceMode::from_key(m.key()), Some(m));
        }
    }
}

/// Caseworker mode keeps each client's data under its own keys: `skillpass.client.<id>.profile`
/// and so on. The app's storage adapter maps the usual keys through these.
pub const ACTIVE_CLIENT_KEY: &str = "skillpass.client-active";
const CLIENT_PREFIX: &str = "skillpass.client.";

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
    out.sort_by(|a, b| b.saved.cmp(&a.saved).then(b.id.cmp(&a.id)));
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

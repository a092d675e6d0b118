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
    key.starts_with("skillpass.") && key != MODE_KEY && key != IDLE_KEY
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

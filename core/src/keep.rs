//! Keeping a copy: when the worker last saved a copy of her profile (a backup file, or the whole
//! profile's link sent to herself), whether she changed it since, and where the app should nudge.
//!
//! Browsers may clear what a site keeps: Safari on iPhone and iPad deletes it after 7 days of
//! Safari use without a visit, unless the site was added to the Home Screen (which has storage of
//! its own). A copy outside the browser is the only thing that survives that.

use crate::profile::Profile;

/// `"<unix ms> <fingerprint of the profile copied>"`, in the personal settings.
pub const LAST_COPY_KEY: &str = "skillpass.last-copy";

/// What the profile page says about copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyStatus {
    Never,
    /// The last copy (ms since 1970) holds the profile as it is now.
    UpToDate {
        at_ms: u64,
    },
    /// The profile changed after the last copy.
    Stale {
        at_ms: u64,
    },
}

/// A short fingerprint of the profile's content (FNV-1a over its saved JSON): enough to notice
/// that it changed, never used for trust. Indented like the saved form, so the browser bundle
/// needs no second JSON writer.
pub fn fingerprint(profile: &Profile) -> u64 {
    let json = serde_json::to_string_pretty(profile).unwrap_or_default();
    json.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The value to store after a copy of `profile` was made at `now_ms`.
pub fn record(profile: &Profile, now_ms: u64) -> String {
    format!("{now_ms} {:016x}", fingerprint(profile))
}

/// Reads the stored record against the profile as it is now. A damaged record counts as none.
pub fn status(stored: Option<&str>, profile: &Profile) -> CopyStatus {
    let parsed = stored.and_then(|s| {
        let (at, hash) = s.split_once(' ')?;
        Some((at.parse::<u64>().ok()?, u64::from_str_radix(hash, 16).ok()?))
    });
    match parsed {
        None => CopyStatus::Never,
        Some((at_ms, h)) if h == fingerprint(profile) => CopyStatus::UpToDate { at_ms },
        Some((at_ms, _)) => CopyStatus::Stale { at_ms },
    }
}

/// Where the app runs, as far as keeping is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Browser {
    /// Safari (or any browser: all use WebKit there) on iPhone or iPad, in a tab.
    pub ios_tab: bool,
    /// Opened from the Home Screen or as an installed app.
    pub installed: bool,
}

/// Whether the profile page shows the "keep your profile safe" card with the Home Screen steps.
/// Only once there is a profile, and again whenever it changed since the last copy.
pub fn nudge_home_screen(b: Browser, profile: &Profile, status: CopyStatus) -> bool {
    b.ios_tab
        && !b.installed
        && profile.is_started()
        && !matches!(status, CopyStatus::UpToDate { .. })
}

/// Whether an empty app offers to open a copy first: an installed app starts with storage of its
/// own, empty, though the person may have built her profile in a Safari tab.
pub fn offer_open_copy(b: Browser, profile: &Profile) -> bool {
    b.installed && !profile.is_started()
}

/// iPhone, iPod or iPad from the user agent; iPadOS 13+ says "Macintosh", told apart by touch.
pub fn is_ios(user_agent: &str, max_touch_points: u32) -> bool {
    ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|d| user_agent.contains(d))
        || (user_agent.contains("Macintosh") && max_touch_points > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn maria() -> Profile {
        Profile {
            name: "María".into(),
            ..Profile::default()
        }
    }

    #[test]
    fn a_copy_is_up_to_date_until_the_profile_changes() {
        let p = maria();
        assert_eq!(status(None, &p), CopyStatus::Never);
        let rec = record(&p, 1_790_000_000_000);
        assert_eq!(
            status(Some(&rec), &p),
            CopyStatus::UpToDate {
                at_ms: 1_790_000_000_000
            }
        );
        let mut changed = p.clone();
        changed.name = "María José".into();
        assert_eq!(
            status(Some(&rec), &changed),
            CopyStatus::Stale {
                at_ms: 1_790_000_000_000
            }
        );
        for junk in ["", "x", "12", "12 zz", "zz 12"] {
            assert_eq!(status(Some(junk), &p), CopyStatus::Never, "{junk:?}");
        }
    }

    #[test]
    fn safari_tabs_are_nudged_until_a_fresh_copy_exists() {
        let tab = Browser {
            ios_tab: true,
            installed: false,
        };
        let home = Browser {
            ios_tab: false,
            installed: true,
        };
        let desktop = Browser {
            ios_tab: false,
            installed: false,
        };
        let p = maria();
        assert!(nudge_home_screen(tab, &p, CopyStatus::Never));
        assert!(nudge_home_screen(tab, &p, CopyStatus::Stale { at_ms: 1 }));
        assert!(!nudge_home_screen(
            tab,
            &p,
            CopyStatus::UpToDate { at_ms: 1 }
        ));
        assert!(!nudge_home_screen(
            tab,
            &Profile::default(),
            CopyStatus::Never
        ));
        assert!(!nudge_home_screen(home, &p, CopyStatus::Never));
        assert!(!nudge_home_screen(desktop, &p, CopyStatus::Never));
        assert!(offer_open_copy(home, &Profile::default()));
        assert!(!offer_open_copy(home, &p));
        assert!(!offer_open_copy(tab, &Profile::default()));
    }

    #[test]
    fn ios_is_told_from_its_user_agents() {
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
        let ipad = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
        let android = "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
        assert!(is_ios(iphone, 5));
        assert!(is_ios(ipad, 5), "iPadOS says Macintosh but has touch");
        assert!(!is_ios(ipad, 0), "a Mac");
        assert!(!is_ios(android, 5));
    }
}

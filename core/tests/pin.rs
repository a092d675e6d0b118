//! The PIN envelope: what is stored holds no plaintext, only the right PIN opens it, and any
//! change to the stored value is caught.

use skillpass_core::pin::{self, OtherTab, PinError, RekeyError, Sealing};
use skillpass_core::repo::{KeyValue, MemoryStore, Repo, PROFILE_KEY};
use skillpass_core::Change;

const SALT: [u8; 16] = [7; 16];

fn nonce() -> Option<[u8; 12]> {
    // Tests need no real randomness; the app uses the browser's crypto.getRandomValues.
    use std::sync::atomic::{AtomicU8, Ordering};
    static N: AtomicU8 = AtomicU8::new(0);
    Some([N.fetch_add(1, Ordering::Relaxed); 12])
}

#[test]
fn sealed_with_a_pin_round_trips_and_holds_no_plaintext() {
    let key = pin::derive_key("4821", &SALT, pin::ITERATIONS);
    let text = r#"{"profile":{"name":"María Guadalupe Hernández","phone":"559 555 0142"}}"#;
    let sealed = pin::seal(text, &key, &SALT, &[1; 12]);
    for secret in ["María", "Hernández", "Guadalupe", "559", "name", "profile"] {
        assert!(
            !sealed.contains(secret),
            "{secret} is readable in the stored value"
        );
    }
    assert_eq!(pin::open(&sealed, &key), Ok(text.to_string()));
    // The same text sealed twice (new nonce) looks different.
    assert_ne!(sealed, pin::seal(text, &key, &SALT, &[2; 12]));
}

#[test]
fn a_wrong_pin_or_a_changed_byte_opens_nothing() {
    let key = pin::derive_key("4821", &SALT, pin::ITERATIONS);
    let sealed = pin::seal("hello", &key, &SALT, &[3; 12]);
    let wrong = pin::derive_key("4822", &SALT, pin::ITERATIONS);
    assert_eq!(pin::open(&sealed, &wrong), Err(PinError::NoMatch));
    let s = pin::parse(&sealed).unwrap();
    let data = s.data.clone();
    for i in 0..data.len() {
        let mut bytes = data.clone().into_bytes();
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        let changed = serde_json::to_string(&pin::Sealed {
            data: String::from_utf8(bytes).unwrap(),
            ..s.clone()
        })
        .unwrap();
        assert!(
            pin::open(&changed, &key).is_err(),
            "changed character {i} still opened"
        );
    }
    assert_eq!(pin::open("plain text", &key), Err(PinError::NotSealed));
}

#[test]
fn pins_are_4_to_8_digits_and_waits_grow() {
    for ok in ["1234", "12345678"] {
        assert!(pin::valid(ok));
    }
    for bad in ["123", "123456789", "12a4", "", " 1234"] {
        assert!(!pin::valid(bad), "{bad}");
    }
    let waits: Vec<u32> = (0..12).map(pin::wait_after).collect();
    assert_eq!(&waits[..4], &[0, 0, 0, 5]);
    assert!(waits.windows(2).all(|w| w[1] >= w[0]));
    assert_eq!(*waits.last().unwrap(), 300);
}

#[test]
fn the_repo_saves_through_the_seal_and_reads_it_back() {
    let key = pin::derive_key("2468", &SALT, 1_000);
    let mem = MemoryStore::new();
    let sealing = |key| Sealing {
        inner: mem.clone(),
        key: Some(key),
        salt: SALT,
        iterations: 1_000,
        nonce,
    };
    let now = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap();
    let (mut repo, _) = Repo::open(Some(sealing(key)), "tab", now);
    repo.commit(&Change::SetName("Rosa".into()), now).unwrap();
    let raw = mem.raw(PROFILE_KEY).unwrap();
    assert!(!raw.contains("Rosa"), "the saved value is sealed");
    assert!(pin::parse(&raw).is_some());
    let (again, _) = Repo::open(Some(sealing(key)), "tab", now);
    assert_eq!(again.profile().name, "Rosa");
    // Opened with another key, nothing is shown and the sealed value is kept, not overwritten.
    let other = pin::derive_key("1357", &SALT, 1_000);
    let (locked, _) = Repo::open(Some(sealing(other)), "tab", now);
    assert_ne!(locked.profile().name, "Rosa");
    assert!(mem
        .keys()
        .unwrap()
        .iter()
        .any(|k| mem.raw(k).as_deref() == Some(raw.as_str())));
}

/// Setting, changing and removing the PIN re-saves the profile under the new key at once: the
/// next save and the next start read it as usual, and nothing is kept aside as unreadable.
#[test]
fn changing_or_removing_the_pin_keeps_the_profile_readable() {
    let (k1, k2) = (
        pin::derive_key("2468", &SALT, 1_000),
        pin::derive_key("1357", &[9; 16], 1_000),
    );
    let mem = MemoryStore::new();
    let now = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap();
    let store = |key| Sealing {
        inner: mem.clone(),
        key,
        salt: SALT,
        iterations: 1_000,
        nonce,
    };
    let (mut repo, _) = Repo::open(Some(store(None)), "tab", now);
    repo.commit(&Change::SetName("Rosa".into()), now).unwrap();
    let steps: [(Option<[u8; 32]>, [u8; 16]); 3] =
        [(Some(k1), SALT), (Some(k2), [9; 16]), (None, SALT)];
    for (n, (key, salt)) in steps.into_iter().enumerate() {
        repo.store().unwrap().rekey(key, salt, 1_000).unwrap();
        let raw = mem.raw(PROFILE_KEY).unwrap();
        assert_eq!(
            raw.contains("Rosa"),
            key.is_none(),
            "sealed exactly while a PIN is set"
        );
        // The next edit saves normally: no unreadable copy set aside, no warning.
        let notices = repo
            .commit(&Change::SetName(format!("Rosa {n}")), now)
            .unwrap();
        assert!(notices.is_empty(), "step {n}: {notices:?}");
        assert!(
            repo.kept_aside().is_empty(),
            "step {n}: a copy was set aside"
        );
        let mut reopen = store(key);
        reopen.salt = salt;
        let (again, _) = Repo::open(Some(reopen), "tab", now);
        assert_eq!(again.profile().name, format!("Rosa {n}"));
    }
    // A value the current key cannot open is left alone, and so is the key.
    store(None).rekey(Some(k1), SALT, 1_000).unwrap();
    let sealed = mem.raw(PROFILE_KEY).unwrap();
    let mut stranger = store(Some(k2));
    assert_eq!(
        stranger.rekey(None, SALT, 1_000),
        Err(RekeyError::Unreadable)
    );
    assert_eq!(stranger.key, Some(k2));
    assert_eq!(mem.raw(PROFILE_KEY).unwrap(), sealed);
}

/// Two tabs: a save sealed with this tab's key reads as the profile; one sealed with another key (a
/// PIN set or changed in the other tab) locks this tab; a plain one (the PIN removed there) stops
/// this tab sealing.
#[test]
fn another_tabs_save_is_read_locked_or_unsealed_as_it_should() {
    let (k1, k2) = (
        pin::derive_key("2468", &SALT, 1_000),
        pin::derive_key("1357", &SALT, 1_000),
    );
    let profile = r#"{"format":"skillpass-profile"}"#;
    let sealed_k1 = pin::seal_with(profile, &k1, &SALT, &nonce().unwrap(), 1_000);
    let tab = |key| Sealing {
        inner: MemoryStore::new(),
        key,
        salt: SALT,
        iterations: 1_000,
        nonce,
    };
    assert_eq!(
        tab(Some(k1)).other_tab(&sealed_k1),
        OtherTab::Plain(profile.into())
    );
    assert!(matches!(
        tab(Some(k2)).other_tab(&sealed_k1),
        OtherTab::Locked(_)
    ));
    assert!(matches!(
        tab(None).other_tab(&sealed_k1),
        OtherTab::Locked(_)
    ));
    let mut sealing = tab(Some(k1));
    assert_eq!(sealing.other_tab(profile), OtherTab::Plain(profile.into()));
    assert_eq!(sealing.key, None, "the PIN was removed in the other tab");
}

#[test]
fn the_iterations_stored_with_a_seal_are_the_ones_it_was_made_with() {
    // A profile sealed when the app used 1,000 iterations must open with 1,000, whatever the
    // app's figure is today; a header asking for absurd counts is not believed.
    let key = pin::derive_key("2468", &SALT, 200_000);
    let mut tab = Sealing {
        inner: MemoryStore::new(),
        key: Some(key),
        salt: SALT,
        iterations: 200_000,
        nonce,
    };
    tab.set(PROFILE_KEY, "{}").unwrap();
    let raw = tab.inner.raw(PROFILE_KEY).unwrap();
    let header = pin::parse(&raw).unwrap();
    assert_eq!(pin::iterations_of(&header), Some(200_000));
    assert_ne!(pin::ITERATIONS, 200_000);
    let again = pin::derive_key("2468", &pin::salt_of(&header).unwrap(), 200_000);
    assert_eq!(pin::open(&raw, &again).as_deref(), Ok("{}"));
    for absurd in [0, 1, 99_999, 10_000_001, u32::MAX] {
        let h = pin::Sealed {
            iterations: absurd,
            ..header.clone()
        };
        assert_eq!(pin::iterations_of(&h), None, "{absurd}");
    }
}

#[test]
fn a_failing_random_source_refuses_the_save_instead_of_reusing_a_nonce() {
    fn broken() -> Option<[u8; 12]> {
        None
    }
    let mem = MemoryStore::new();
    let mut tab = Sealing {
        inner: mem.clone(),
        key: Some(pin::derive_key("2468", &SALT, 1_000)),
        salt: SALT,
        iterations: 1_000,
        nonce: broken,
    };
    assert!(tab.set(PROFILE_KEY, "{\"name\":\"Ana\"}").is_err());
    assert_eq!(
        mem.raw(PROFILE_KEY),
        None,
        "nothing written, sealed or plain"
    );
}

//! The storage rules, run against an in-memory store that behaves like `localStorage`
//! (shared between "tabs", with a quota, and able to fail).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use skillpass_core::envelope::restore;
use skillpass_core::repo::{
    Keeping, KeyValue, MemoryStore, Notice, Repo, WhyMemory, BACKUP_PREFIX, PROFILE_KEY,
};
use skillpass_core::{Change, FieldError, SkillId, SkillSource};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap()
}

fn add(id: &str) -> Change {
    Change::AddSkill {
        id: SkillId::new(id),
        source: SkillSource::Chosen,
        today: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    }
}

fn name(n: &str) -> Change {
    Change::SetName(n.into())
}

fn skill_ids(repo: &Repo<MemoryStore>) -> Vec<&str> {
    repo.profile()
        .skills
        .iter()
        .map(|s| s.id.as_str())
        .collect()
}

#[test]
fn every_change_is_saved_at_once_and_restored_on_start() {
    let store = MemoryStore::new();
    let (mut repo, notices) = Repo::open(Some(store.clone()), now());
    assert!(notices.is_empty());
    assert_eq!(repo.keeping(), Keeping::OnDevice);
    repo.commit(&name("Ana"), now()).unwrap();
    repo.commit(&add("sp:cash-register"), now()).unwrap();

    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap();
    assert_eq!(saved.profile.name, "Ana");
    assert_eq!(saved.rev, 2);

    let (reopened, _) = Repo::open(Some(store), now());
    assert_eq!(reopened.profile(), repo.profile());
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let store = MemoryStore::new();
    let (mut repo, _) = Repo::open(Some(store.clone()), now());
    repo.commit(&name("Ana"), now()).unwrap();
    let before = store.raw(PROFILE_KEY);
    assert_eq!(repo.commit(&name("  "), now()), Err(FieldError::Empty));
    assert_eq!(store.raw(PROFILE_KEY), before);
    assert_eq!(repo.profile().name, "Ana");
}

#[test]
fn a_corrupt_save_is_moved_aside_never_lost() {
    let store = MemoryStore::new();
    let garbage = "{\"format\":\"skillpass-profile\",\"version\":1,\"rev\":4,\"profile\":{\"na";
    store.put_raw(PROFILE_KEY, garbage);

    let (mut repo, notices) = Repo::open(Some(store.clone()), now());
    let key = match notices.as_slice() {
        [Notice::KeptAside { key }] => key.clone(),
        other => panic!("expected one KeptAside notice, got {other:?}"),
    };
    assert!(key.starts_with(BACKUP_PREFIX));
    assert_eq!(
        store.raw(&key).as_deref(),
        Some(garbage),
        "kept byte for byte"
    );
    assert_eq!(repo.kept_aside(), vec![(key.clone(), garbage.to_string())]);

    // Working on afterwards never touches the kept copy.
    repo.commit(&name("Ana"), now()).unwrap();
    assert_eq!(store.raw(&key).as_deref(), Some(garbage));
    assert_eq!(
        restore(&store.raw(PROFILE_KEY).unwrap())
            .unwrap()
            .profile
            .name,
        "Ana"
    );

    // Reopening finds a good save and raises nothing new.
    let (_, notices) = Repo::open(Some(store), now());
    assert!(notices.is_empty());
}

#[test]
fn two_corrupt_saves_in_the_same_millisecond_get_two_backups() {
    let store = MemoryStore::new();
    store.put_raw(PROFILE_KEY, "not json 1");
    let (mut repo, _) = Repo::open(Some(store.clone()), now());
    store.put_raw(PROFILE_KEY, "not json 2");
    let notices = repo.commit(&name("Ana"), now()).unwrap();
    assert!(matches!(notices.as_slice(), [Notice::KeptAside { .. }]));
    let kept: Vec<String> = repo.kept_aside().into_iter().map(|(_, v)| v).collect();
    assert_eq!(kept, ["not json 1", "not json 2"]);
}

#[test]
fn a_corrupt_save_that_cannot_be_copied_stays_where_it_is() {
    let garbage = "x".repeat(100);
    let store = MemoryStore::with_quota(150);
    store.put_raw(PROFILE_KEY, &garbage);
    let (mut repo, notices) = Repo::open(Some(store.clone()), now());
    assert!(notices.is_empty());
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::Full));
    repo.commit(&name("Ana"), now()).unwrap();
    assert_eq!(store.raw(PROFILE_KEY), Some(garbage));
    assert_eq!(repo.profile().name, "Ana", "the app still works in memory");
}

#[test]
fn no_storage_at_all_still_works_in_memory() {
    let (mut repo, _) = Repo::<MemoryStore>::open(None, now());
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::Unavailable));
    repo.commit(&name("Ana"), now()).unwrap();
    repo.commit(&add("sp:safety-rules"), now()).unwrap();
    assert_eq!(skill_ids(&repo), ["sp:safety-rules"]);
}

#[test]
fn storage_that_fails_when_read_is_treated_as_unavailable() {
    let store = MemoryStore::new();
    store.break_it();
    let (repo, _) = Repo::open(Some(store), now());
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::Unavailable));
}

#[test]
fn a_full_device_keeps_working_and_saves_again_when_space_returns() {
    let store = MemoryStore::new();
    let (mut repo, _) = Repo::open(Some(store.clone()), now());
    repo.commit(&name("Ana"), now()).unwrap();
    let saved_before = store.raw(PROFILE_KEY);

    store.set_quota(Some(10));
    repo.commit(&add("sp:cash-register"), now()).unwrap();
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::Full));
    assert_eq!(
        skill_ids(&repo),
        ["sp:cash-register"],
        "the change is kept in memory"
    );
    assert_eq!(
        store.raw(PROFILE_KEY),
        saved_before,
        "the last good save is intact"
    );

    store.set_quota(None);
    let notices = repo.commit(&add("sp:safety-rules"), now()).unwrap();
    assert_eq!(notices, [Notice::SavingAgain]);
    assert_eq!(repo.keeping(), Keeping::OnDevice);
    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap();
    assert_eq!(
        saved.profile.skills.len(),
        2,
        "both changes reached the device"
    );
}

#[test]
fn a_change_in_one_tab_appears_in_the_other() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), now());
    let (mut b, _) = Repo::open(Some(store.clone()), now());
    a.commit(&name("Ana"), now()).unwrap();
    // The browser's storage event carries the new value to the other tab.
    let notice = b.external_change(store.raw(PROFILE_KEY).as_deref());
    assert_eq!(notice, Some(Notice::UpdatedFromOtherTab));
    assert_eq!(b.profile().name, "Ana");
    assert_eq!(b.rev(), a.rev());
    // An event carrying an older or equal revision changes nothing.
    assert_eq!(b.external_change(store.raw(PROFILE_KEY).as_deref()), None);
}

#[test]
fn a_tab_that_missed_an_update_adds_its_change_on_top_instead_of_overwriting() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), now());
    a.commit(&name("Ana"), now()).unwrap();
    let (mut b, _) = Repo::open(Some(store.clone()), now());

    a.commit(&add("sp:cash-register"), now()).unwrap();
    // b never heard about it (event lost, or both saved at once) and saves its own change.
    let notices = b.commit(&add("sp:safety-rules"), now()).unwrap();
    assert_eq!(notices, [Notice::MergedWithOtherTab]);

    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap();
    let ids: Vec<_> = saved.profile.skills.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["sp:cash-register", "sp:safety-rules"]);
    assert_eq!(saved.rev, 3);
    assert_eq!(b.profile(), &saved.profile);
}

#[test]
fn a_save_from_a_newer_app_is_never_overwritten() {
    let store = MemoryStore::new();
    let newer = r#"{"format":"skillpass-profile","version":99,"rev":50,"profile":{"name":"Ana"}}"#;
    store.put_raw(PROFILE_KEY, newer);
    let (mut repo, _) = Repo::open(Some(store.clone()), now());
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::NewerVersion));
    repo.commit(&name("Bo"), now()).unwrap();
    assert_eq!(store.raw(PROFILE_KEY).as_deref(), Some(newer));
    assert!(store
        .all_keys()
        .iter()
        .all(|k| !k.starts_with(BACKUP_PREFIX)));
}

#[test]
fn a_tab_that_could_not_save_does_not_drop_its_changes_for_another_tabs() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), now());
    let (mut b, _) = Repo::open(Some(store.clone()), now());
    store.set_quota(Some(10));
    b.commit(&name("Bo"), now()).unwrap();
    store.set_quota(None);
    a.commit(&name("Ana"), now()).unwrap();
    assert_eq!(b.external_change(store.raw(PROFILE_KEY).as_deref()), None);
    assert_eq!(b.profile().name, "Bo");
    a.commit(&add("sp:safety-rules"), now()).unwrap();
    // Its changes, the unsaved one included, are then replayed on top of the other tab's save.
    let notices = b.commit(&add("sp:cash-register"), now()).unwrap();
    assert!(notices.contains(&Notice::MergedWithOtherTab));
    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap();
    assert_eq!(saved.profile.name, "Bo", "b's unsaved rename survives");
    let ids: Vec<_> = saved.profile.skills.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["sp:safety-rules", "sp:cash-register"],
        "a's skill survives too"
    );
}

#[test]
fn the_adapter_contract_holds_for_the_memory_store() {
    let mut s = MemoryStore::new();
    assert_eq!(s.get("k"), Ok(None));
    s.set("k", "v").unwrap();
    assert_eq!(s.get("k"), Ok(Some("v".into())));
    assert_eq!(s.keys(), Ok(vec!["k".to_string()]));
    s.remove("k").unwrap();
    assert_eq!(s.get("k"), Ok(None));
}

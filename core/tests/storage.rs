//! The storage rules, run against an in-memory store that behaves like `localStorage`
//! (shared between "tabs", with a quota, and able to fail).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use skillpass_core::envelope::restore;
use skillpass_core::repo::{
    watched, Keeping, KeyValue, MemoryStore, Notice, Repo, Watched, WhyMemory, BACKUP_PREFIX,
    ERASED_KEY, PROFILE_KEY,
};
use skillpass_core::{Change, FieldError, Profile, Skill, SkillId, SkillSource};

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
    let (mut repo, notices) = Repo::open(Some(store.clone()), "tab", now());
    assert!(notices.is_empty());
    assert_eq!(repo.keeping(), Keeping::OnDevice);
    repo.commit(&name("Ana"), now()).unwrap();
    repo.commit(&add("sp:cash-register"), now()).unwrap();

    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap();
    assert_eq!(saved.profile.name, "Ana");
    assert_eq!(saved.rev, 2);

    let (reopened, _) = Repo::open(Some(store), "tab", now());
    assert_eq!(reopened.profile(), repo.profile());
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let store = MemoryStore::new();
    let (mut repo, _) = Repo::open(Some(store.clone()), "tab", now());
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

    let (mut repo, notices) = Repo::open(Some(store.clone()), "tab", now());
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
    let (_, notices) = Repo::open(Some(store), "tab", now());
    assert!(notices.is_empty());
}

#[test]
fn two_corrupt_saves_in_the_same_millisecond_get_two_backups() {
    let store = MemoryStore::new();
    store.put_raw(PROFILE_KEY, "not json 1");
    let (mut repo, _) = Repo::open(Some(store.clone()), "tab", now());
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
    let (mut repo, notices) = Repo::open(Some(store.clone()), "tab", now());
    assert!(notices.is_empty());
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::Full));
    repo.commit(&name("Ana"), now()).unwrap();
    assert_eq!(store.raw(PROFILE_KEY), Some(garbage));
    assert_eq!(repo.profile().name, "Ana", "the app still works in memory");
}

#[test]
fn a_corrupt_save_on_a_full_device_is_not_written_over_by_a_smaller_one() {
    // The new profile is smaller than the unreadable one, so the browser would take the write:
    // it must still be kept aside first, and while that cannot be done nothing is written.
    let garbage = "x".repeat(2000);
    let store = MemoryStore::with_quota(PROFILE_KEY.len() + garbage.len());
    store.put_raw(PROFILE_KEY, &garbage);
    let (mut repo, _) = Repo::open(Some(store.clone()), "tab", now());
    repo.commit(&name("Ana"), now()).unwrap();
    repo.commit(&add("sp:safety-rules"), now()).unwrap();
    assert_eq!(
        store.raw(PROFILE_KEY),
        Some(garbage.clone()),
        "never written over"
    );
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::Full));
    // Once there is room, it is kept aside, then the new profile is saved.
    store.set_quota(None);
    let notices = repo.commit(&add("sp:teamwork"), now()).unwrap();
    assert!(notices
        .iter()
        .any(|n| matches!(n, Notice::KeptAside { .. })));
    let kept: Vec<String> = store
        .all_keys()
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    assert_eq!(store.raw(&kept[0]), Some(garbage));
    assert_eq!(
        restore(&store.raw(PROFILE_KEY).unwrap())
            .unwrap()
            .profile
            .name,
        "Ana"
    );
}

#[test]
fn no_storage_at_all_still_works_in_memory() {
    let (mut repo, _) = Repo::<MemoryStore>::open(None, "tab", now());
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::Unavailable));
    repo.commit(&name("Ana"), now()).unwrap();
    repo.commit(&add("sp:safety-rules"), now()).unwrap();
    assert_eq!(skill_ids(&repo), ["sp:safety-rules"]);
}

#[test]
fn storage_that_fails_when_read_is_treated_as_unavailable() {
    let store = MemoryStore::new();
    store.break_it();
    let (repo, _) = Repo::open(Some(store), "tab", now());
    assert_eq!(repo.keeping(), Keeping::MemoryOnly(WhyMemory::Unavailable));
}

#[test]
fn a_full_device_keeps_working_and_saves_again_when_space_returns() {
    let store = MemoryStore::new();
    let (mut repo, _) = Repo::open(Some(store.clone()), "tab", now());
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
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());
    a.commit(&name("Ana"), now()).unwrap();
    // The browser's storage event carries the new value to the other tab.
    let notice = b.external_change(store.raw(PROFILE_KEY).as_deref(), now());
    assert_eq!(notice, Some(Notice::UpdatedFromOtherTab));
    assert_eq!(b.profile().name, "Ana");
    assert_eq!(b.rev(), a.rev());
    // An event carrying an older or equal revision changes nothing.
    assert_eq!(
        b.external_change(store.raw(PROFILE_KEY).as_deref(), now()),
        None
    );
}

#[test]
fn a_tab_that_missed_an_update_adds_its_change_on_top_instead_of_overwriting() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    a.commit(&name("Ana"), now()).unwrap();
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());

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
    let (mut repo, _) = Repo::open(Some(store.clone()), "tab", now());
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
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());
    store.set_quota(Some(10));
    b.commit(&name("Bo"), now()).unwrap();
    store.set_quota(None);
    a.commit(&name("Ana"), now()).unwrap();
    assert_eq!(
        b.external_change(store.raw(PROFILE_KEY).as_deref(), now()),
        None
    );
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

fn saved_skills(store: &MemoryStore) -> Vec<String> {
    restore(&store.raw(PROFILE_KEY).unwrap())
        .unwrap()
        .profile
        .skills
        .iter()
        .map(|s| s.id.as_str().to_string())
        .collect()
}

fn typed_job(title: &str) -> Change {
    Change::AddJob {
        occupation: None,
        title: title.into(),
    }
}

/// Tab `a` saves, then tab `b`, which had not seen that save (both wrote in the same millisecond),
/// writes the same revision over it. Returns the store as `b` left it.
fn same_revision_race(a: &mut Repo<MemoryStore>, b: &mut Repo<MemoryStore>, store: &MemoryStore) {
    let before = store.raw(PROFILE_KEY);
    a.commit(&add("sp:cash-register"), now()).unwrap();
    let a_saved = store.raw(PROFILE_KEY);
    // What b read was the value before a's save.
    match &before {
        Some(v) => store.put_raw(PROFILE_KEY, v),
        None => {
            let mut s = store.clone();
            s.remove(PROFILE_KEY).unwrap();
        }
    }
    assert_eq!(b.commit(&add("sp:safety-rules"), now()).unwrap(), []);
    assert_ne!(store.raw(PROFILE_KEY), a_saved, "a's save was written over");
    assert_eq!(
        restore(&store.raw(PROFILE_KEY).unwrap()).unwrap().rev,
        a.rev()
    );
}

#[test]
fn every_save_names_the_tab_that_wrote_it() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "tab-a", now());
    a.commit(&name("Ana"), now()).unwrap();
    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap();
    assert_eq!(saved.writer, "tab-a");
}

#[test]
fn two_tabs_saving_the_same_revision_keep_both_changes_on_the_next_save() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    a.commit(&name("Ana"), now()).unwrap();
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());
    same_revision_race(&mut a, &mut b, &store);

    // a never heard of b's save; its next change finds the stored copy is not the one it wrote.
    let notices = a.commit(&add("sp:on-time"), now()).unwrap();
    assert_eq!(notices, [Notice::MergedWithOtherTab]);
    assert_eq!(
        saved_skills(&store),
        ["sp:safety-rules", "sp:cash-register", "sp:on-time"],
        "b's change, a's lost one and a's new one are all kept"
    );
    assert_eq!(restore(&store.raw(PROFILE_KEY).unwrap()).unwrap().rev, 3);
    // b then hears of it and shows the same.
    let notice = b.external_change(store.raw(PROFILE_KEY).as_deref(), now());
    assert_eq!(notice, Some(Notice::UpdatedFromOtherTab));
    assert_eq!(b.profile(), a.profile());
}

#[test]
fn a_tab_whose_save_was_written_over_puts_its_change_back_when_it_hears_of_it() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());
    same_revision_race(&mut a, &mut b, &store);

    let notice = a.external_change(store.raw(PROFILE_KEY).as_deref(), now());
    assert_eq!(notice, Some(Notice::MergedWithOtherTab));
    assert_eq!(
        saved_skills(&store),
        ["sp:safety-rules", "sp:cash-register"]
    );
    assert_eq!(
        b.external_change(store.raw(PROFILE_KEY).as_deref(), now()),
        Some(Notice::UpdatedFromOtherTab)
    );
    assert_eq!(b.profile(), a.profile());
    // Nobody writes again: the two tabs agree.
    let settled = store.raw(PROFILE_KEY);
    assert_eq!(a.external_change(settled.as_deref(), now()), None);
    assert_eq!(store.raw(PROFILE_KEY), settled);
}

#[test]
fn an_event_older_than_what_is_stored_is_ignored() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());
    a.commit(&name("Ana"), now()).unwrap();
    let first = store.raw(PROFILE_KEY);
    a.commit(&name("Ana María"), now()).unwrap();
    // b gets the first event after the second save happened: it waits for the second event.
    assert_eq!(b.external_change(first.as_deref(), now()), None);
    assert_eq!(b.profile().name, "");
    assert_eq!(
        b.external_change(store.raw(PROFILE_KEY).as_deref(), now()),
        Some(Notice::UpdatedFromOtherTab)
    );
    assert_eq!(b.profile().name, "Ana María");
}

#[test]
fn an_edit_replayed_after_another_tab_removed_an_earlier_job_hits_the_right_job() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    a.commit(&typed_job("Cook"), now()).unwrap();
    a.commit(&typed_job("Cleaner"), now()).unwrap();
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());

    // a removes the first job; b has not heard and names the second job's employer.
    let cook = a.profile().jobs[0].id.clone();
    a.commit(&Change::RemoveJob(cook), now()).unwrap();
    let cleaner = b.profile().job_id(1).unwrap();
    let notices = b
        .commit(
            &Change::SetJobEmployer(cleaner, "Hotel Fresno".into()),
            now(),
        )
        .unwrap();
    assert_eq!(notices, [Notice::MergedWithOtherTab]);

    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap().profile;
    assert_eq!(saved.jobs.len(), 1, "the removal stays");
    assert_eq!(saved.jobs[0].title, "Cleaner");
    assert_eq!(saved.jobs[0].employer.as_deref(), Some("Hotel Fresno"));

    // An edit of a job the other tab removed is dropped, not moved onto another job.
    let (mut c, _) = Repo::open(Some(store.clone()), "c", now());
    let gone = c.profile().job_id(0).unwrap();
    a.external_change(store.raw(PROFILE_KEY).as_deref(), now());
    a.commit(&Change::RemoveJob(gone.clone()), now()).unwrap();
    a.commit(&typed_job("Painter"), now()).unwrap();
    c.commit(&Change::SetJobEmployer(gone, "Motel".into()), now())
        .unwrap();
    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap().profile;
    assert_eq!(saved.jobs.len(), 1);
    assert_eq!(saved.jobs[0].title, "Painter");
    assert_eq!(saved.jobs[0].employer, None);
}

#[test]
fn a_job_added_in_a_tab_that_could_not_save_keeps_its_edits_when_replayed() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    a.commit(&typed_job("Cook"), now()).unwrap();
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());

    // b adds a job while the device is full, and names its employer.
    store.set_quota(Some(10));
    b.commit(&typed_job("Cook"), now()).unwrap();
    let bs = b.profile().job_id(1).unwrap();
    b.commit(&Change::SetJobEmployer(bs.clone(), "Diner".into()), now())
        .unwrap();
    assert_eq!(b.keeping(), Keeping::MemoryOnly(WhyMemory::Full));
    store.set_quota(None);
    // a adds the same typed job on the same profile: it gets the very same id as b's.
    a.commit(&typed_job("Cook"), now()).unwrap();
    assert_eq!(a.profile().job_id(1).unwrap(), bs);

    b.commit(&add("sp:teamwork"), now()).unwrap();
    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap().profile;
    let jobs: Vec<_> = saved
        .jobs
        .iter()
        .map(|j| (j.title.as_str(), j.employer.as_deref()))
        .collect();
    assert_eq!(
        jobs,
        [("Cook", None), ("Cook", None), ("Cook", Some("Diner"))],
        "b's employer lands on b's job, not on a's"
    );
    let mut ids: Vec<_> = saved.jobs.iter().map(|j| j.id.clone()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3);
    assert_eq!(b.profile(), &saved);
}

fn erase(repo: &mut Repo<MemoryStore>, store: &MemoryStore) {
    // What the shell does: mark, erase every personal key, mark again.
    repo.erased_here(now()).unwrap();
    let mut s = store.clone();
    for k in store.all_keys() {
        s.remove(&k).unwrap();
    }
    repo.erased_here(now()).unwrap();
}

#[test]
fn a_tab_does_not_bring_back_a_profile_erased_in_another_tab() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    a.commit(&name("Ana"), now()).unwrap();
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());
    let (mut c, _) = Repo::open(Some(store.clone()), "c", now());
    erase(&mut a, &store);
    assert_eq!(a.profile(), &Profile::default());
    assert_eq!(store.raw(PROFILE_KEY), None);
    assert!(store.raw(ERASED_KEY).is_some());

    // b's next edit finds the marker: it drops its profile instead of saving it back.
    let notices = b.commit(&add("sp:cash-register"), now()).unwrap();
    assert_eq!(notices, [Notice::ErasedElsewhere]);
    assert_eq!(store.raw(PROFILE_KEY), None, "nothing came back");
    assert_eq!(b.profile(), &Profile::default());
    // c hears of it from the storage event (the profile key removed).
    assert_eq!(
        c.external_change(None, now()),
        Some(Notice::ErasedElsewhere)
    );
    assert_eq!(c.profile(), &Profile::default());
    assert_eq!(c.external_change(None, now()), None, "told once");

    // Someone starts afresh in a new tab; the old tab's next edit goes on top of that profile.
    let (mut d, _) = Repo::open(Some(store.clone()), "d", now());
    d.commit(&name("Bo"), now()).unwrap();
    b.commit(&add("sp:teamwork"), now()).unwrap();
    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap().profile;
    assert_eq!(saved.name, "Bo");
    assert_eq!(saved_skills(&store), ["sp:teamwork"]);
}

#[test]
fn an_erase_clears_a_tab_that_could_not_save_too() {
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    a.commit(&name("Ana"), now()).unwrap();
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());
    store.set_quota(Some(10));
    b.commit(&name("Ana María"), now()).unwrap();
    store.set_quota(None);
    erase(&mut a, &store);
    assert_eq!(b.erased_elsewhere(), Some(Notice::ErasedElsewhere));
    assert_eq!(b.profile(), &Profile::default());
    b.commit(&add("sp:teamwork"), now()).unwrap();
    let saved = restore(&store.raw(PROFILE_KEY).unwrap()).unwrap().profile;
    assert_eq!(saved.name, "", "the unsaved rename is gone with the rest");
}

#[test]
fn a_profile_that_would_not_read_back_is_refused_and_nothing_changes() {
    let store = MemoryStore::new();
    let (mut repo, _) = Repo::open(Some(store.clone()), "tab", now());
    repo.commit(&name("Ana"), now()).unwrap();
    let before = store.raw(PROFILE_KEY);
    let shown = repo.profile().clone();

    // A skill dated in the year 10000 (as a crafted link could carry) is written "+10000-01-01",
    // which no reader accepts.
    let mut far = shown.clone();
    far.skills.push(Skill {
        id: SkillId::new("sp:teamwork"),
        source: SkillSource::Chosen,
        added: NaiveDate::from_ymd_opt(10000, 1, 1).unwrap(),
    });
    // A name with runs of spaces would read back tidied, so not as saved.
    let spaced = Profile {
        name: "Ana   María".into(),
        ..shown.clone()
    };
    for bad in [far, spaced] {
        let notices = repo
            .commit(&Change::ReplaceProfile(Box::new(bad)), now())
            .unwrap();
        assert_eq!(notices, [Notice::NotSaved]);
        assert_eq!(store.raw(PROFILE_KEY), before, "storage unchanged");
        assert_eq!(repo.profile(), &shown, "the screen unchanged");
        assert!(store
            .all_keys()
            .iter()
            .all(|k| !k.starts_with(BACKUP_PREFIX)));
    }
    // Later good edits save as usual.
    assert_eq!(repo.commit(&add("sp:teamwork"), now()).unwrap(), []);
    assert_eq!(saved_skills(&store), ["sp:teamwork"]);

    // Without storage nothing is written, but the bad profile is not taken in memory either.
    let (mut memory, _) = Repo::<MemoryStore>::open(None, "tab", now());
    let bad = Profile {
        name: " x  y ".into(),
        ..Profile::default()
    };
    assert_eq!(
        memory
            .commit(&Change::ReplaceProfile(Box::new(bad)), now())
            .unwrap(),
        [Notice::NotSaved]
    );
    assert_eq!(memory.profile(), &Profile::default());
}

#[test]
fn a_tab_listens_to_its_own_profile_key_and_in_caseworker_mode_to_its_clients() {
    assert_eq!(watched("skillpass.profile", None), Some(Watched::Profile));
    assert_eq!(watched("skillpass.erased", None), Some(Watched::Erased));
    assert_eq!(watched("skillpass.lang", None), None);
    assert_eq!(watched("skillpass.client.17.profile", None), None);
    assert_eq!(
        watched("skillpass.client.17.profile", Some("17")),
        Some(Watched::Profile)
    );
    assert_eq!(
        watched("skillpass.client.17.erased", Some("17")),
        Some(Watched::Erased)
    );
    // Another client's keys, or the plain key, are not this tab's.
    assert_eq!(watched("skillpass.client.1.profile", Some("17")), None);
    assert_eq!(watched("skillpass.client.171.profile", Some("17")), None);
    assert_eq!(watched("skillpass.client.17.profile", Some("1")), None);
    assert_eq!(watched("skillpass.profile", Some("17")), None);
    assert_eq!(watched("", Some("17")), None);
}

#[test]
fn whether_i_have_a_profile_is_read_when_i_decide_not_when_the_page_opened() {
    // Tab a opens a link with nothing saved; meanwhile tab b starts a profile (its storage event
    // has not reached a yet).
    let store = MemoryStore::new();
    let (mut a, _) = Repo::open(Some(store.clone()), "a", now());
    assert!(!a.profile().is_started());
    let (mut b, _) = Repo::open(Some(store.clone()), "b", now());
    b.commit(&name("Ana"), now()).unwrap();
    // Pressing "Save to this phone" reads the store first: a now knows it has one, so it asks
    // "add to mine or replace mine?" instead of replacing it.
    assert_eq!(a.sync(now()), Some(Notice::UpdatedFromOtherTab));
    assert!(a.profile().is_started());
    assert_eq!(a.sync(now()), None, "nothing new the second time");
}

/// Two tabs editing jobs at random, with missed events, same-revision races and a full device
/// now and then: an edit never lands on another job, ids stay unique, every save reads back, and
/// the tabs agree once they have heard from each other.
#[test]
fn two_tabs_editing_jobs_at_random_never_edit_the_wrong_job() {
    let mut seed: u64 = 0x5eed_1234_abcd_0001;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    for round in 0..60 {
        let store = MemoryStore::new();
        let (a, _) = Repo::open(Some(store.clone()), "a", now());
        let (b, _) = Repo::open(Some(store.clone()), "b", now());
        let mut tabs = [a, b];
        let mut made = 0;
        let mut removed = Vec::new();
        for _ in 0..30 {
            let t = next(2) as usize;
            let before = store.raw(PROFILE_KEY);
            let jobs = tabs[t].profile().jobs.clone();
            let change = match (next(4), jobs.is_empty()) {
                (0, _) | (_, true) => {
                    made += 1;
                    typed_job(&format!("Job {round}-{made}"))
                }
                (1, false) => {
                    let j = &jobs[next(jobs.len() as u64) as usize];
                    removed.push(j.title.clone());
                    Change::RemoveJob(j.id.clone())
                }
                _ => {
                    let j = &jobs[next(jobs.len() as u64) as usize];
                    Change::SetJobEmployer(j.id.clone(), format!("at {}", j.title))
                }
            };
            let full = next(8) == 0;
            if full {
                store.set_quota(Some(10));
            }
            let _ = tabs[t].commit(&change, now());
            store.set_quota(None);
            match next(4) {
                // The other tab had read the value before this save and writes over it.
                0 if !full => {
                    let written = store.raw(PROFILE_KEY);
                    match &before {
                        Some(v) => store.put_raw(PROFILE_KEY, v),
                        None => store.clone().remove(PROFILE_KEY).unwrap(),
                    }
                    let _ = tabs[1 - t].commit(&add("sp:teamwork"), now());
                    if store.raw(PROFILE_KEY).is_none() {
                        if let Some(w) = written {
                            store.put_raw(PROFILE_KEY, &w);
                        }
                    }
                    let v = store.raw(PROFILE_KEY);
                    tabs[t].external_change(v.as_deref(), now());
                }
                // The other tab hears of it.
                1 | 2 => {
                    let v = store.raw(PROFILE_KEY);
                    tabs[1 - t].external_change(v.as_deref(), now());
                }
                // Or not, yet.
                _ => {}
            }
            if let Some(raw) = store.raw(PROFILE_KEY) {
                let saved = restore(&raw).expect("every save reads back").profile;
                check_jobs(&saved);
            }
            for tab in &tabs {
                check_jobs(tab.profile());
            }
        }
        // Once each has saved again (a tab that could not save keeps its changes until then) and
        // everyone has heard of everything, the tabs agree with what is stored.
        for tab in tabs.iter_mut() {
            tab.commit(&add("sp:on-time"), now()).unwrap();
        }
        for _ in 0..2 {
            for tab in tabs.iter_mut() {
                tab.sync(now());
            }
        }
        let saved = store.raw(PROFILE_KEY).map(|r| restore(&r).unwrap().profile);
        for tab in &tabs {
            assert_eq!(Some(tab.profile()), saved.as_ref(), "round {round}");
        }
        // No job added is lost, unless someone removed it.
        let kept: Vec<String> = saved.unwrap().jobs.into_iter().map(|j| j.title).collect();
        for n in 1..=made {
            let title = format!("Job {round}-{n}");
            assert!(
                kept.contains(&title) || removed.contains(&title),
                "round {round}: {title} was lost"
            );
        }
    }
}

fn check_jobs(p: &Profile) {
    let mut ids: Vec<_> = p.jobs.iter().map(|j| j.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), p.jobs.len(), "ids are unique");
    for j in &p.jobs {
        if let Some(e) = &j.employer {
            assert_eq!(
                e,
                &format!("at {}", j.title),
                "an edit landed on another job"
            );
        }
    }
}

//! Saved forms that real devices hold. Each must load, unchanged in meaning, for as long as the
//! app exists: never edit a fixture here; add a new one when the schema version changes.

use skillpass_core::envelope::restore;
use skillpass_core::{CredentialKind, SkillSource, YearMonth};

#[test]
fn the_version_1_save_loads_with_every_field() {
    let raw = include_str!("fixtures/profile_v1.json");
    let env = restore(raw).expect("the frozen v1 save must always load");
    let p = &env.profile;
    assert_eq!(env.rev, 12);
    assert_eq!(p.name, "María Guadalupe Hernández");
    assert_eq!(p.contact.phone.as_deref(), Some("+1 559 555 0142"));
    assert_eq!(p.contact.city.as_deref(), Some("Fresno, CA"));
    assert_eq!(p.languages, ["es", "en"]);
    assert_eq!(p.jobs.len(), 3);
    assert_eq!(p.jobs[0].occupation.as_deref(), Some("31-1131.00"));
    assert_eq!(p.jobs[0].end, None, "an open job is a current job");
    assert_eq!(p.jobs[1].end, Some(YearMonth::new(2022, 5).unwrap()));
    assert_eq!(p.jobs[2].occupation, None, "a typed job keeps no code");
    let sources: Vec<_> = p.skills.iter().map(|s| s.source).collect();
    assert_eq!(
        sources,
        [SkillSource::Job, SkillSource::Chosen, SkillSource::Training]
    );
    assert_eq!(p.credentials[0].kind, CredentialKind::Certificate);
    assert_eq!(p.credentials[1].kind, CredentialKind::Training);
    assert!(p.credentials[1].signature.is_some());
}

#[test]
fn saving_a_restored_v1_profile_keeps_its_meaning() {
    let env = restore(include_str!("fixtures/profile_v1.json")).unwrap();
    let again = restore(&env.to_json()).unwrap();
    assert_eq!(again, env);
}

#[test]
fn version_1_credentials_migrate_as_typed_in() {
    let env = restore(include_str!("fixtures/profile_v1.json")).unwrap();
    assert_eq!(env.version, skillpass_core::profile::SCHEMA_VERSION);
    assert!(env.profile.credentials.iter().all(|c| c.cert.is_none()));
}

#[test]
fn the_version_2_save_loads_with_its_certificate_ids() {
    let env = restore(include_str!("fixtures/profile_v2.json"))
        .expect("the frozen v2 save must always load");
    assert_eq!(env.rev, 5);
    assert_eq!(env.profile.name, "María Guadalupe Hernández");
    assert_eq!(env.profile.credentials[0].cert.as_deref(), Some("cert:cna"));
    assert_eq!(env.profile.credentials[1].cert, None);
    assert_eq!(env.profile.skills.len(), 3);
}

#[test]
fn version_2_jobs_and_credentials_get_ids_in_list_order() {
    let p = restore(include_str!("fixtures/profile_v2.json"))
        .unwrap()
        .profile;
    let jobs: Vec<_> = p.jobs.iter().map(|j| j.id.as_str()).collect();
    assert_eq!(jobs, ["j1", "j2", "j3"]);
    let creds: Vec<_> = p.credentials.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(creds, ["c1", "c2"]);
    let v1 = restore(include_str!("fixtures/profile_v1.json"))
        .unwrap()
        .profile;
    assert_eq!(v1.jobs[2].id, "j3");
}

#[test]
fn the_version_3_save_loads_with_its_ids_and_writer() {
    let env = restore(include_str!("fixtures/profile_v3.json"))
        .expect("the frozen v3 save must always load");
    assert_eq!(env.rev, 9);
    assert_eq!(env.writer, "3f9a1c2b7d4e");
    let p = &env.profile;
    let jobs: Vec<_> = p.jobs.iter().map(|j| j.id.as_str()).collect();
    assert_eq!(jobs, ["j1", "j2", "j5e1c09ab"]);
    assert_eq!(p.jobs[2].title, "Cocinera");
    assert_eq!(p.credentials[0].id, "c1");
    assert_eq!(p.credentials[0].cert.as_deref(), Some("cert:cna"));
    assert_eq!(p.credentials[1].id, "c0b7d2e44");
    assert!(p.credentials[1].signature.is_some());
    // Saved again, it reads back the same.
    assert_eq!(restore(&env.to_json()).unwrap(), env);
}

#[test]
fn the_version_4_save_loads_with_a_year_alone_a_short_name_and_a_goal() {
    let env = restore(include_str!("fixtures/profile_v4.json"))
        .expect("the frozen v4 save must always load");
    let p = &env.profile;
    assert_eq!(p.short_name.as_deref(), Some("Lupe"));
    assert_eq!(p.goal.as_deref(), Some("29-2061.00"));
    assert_eq!(
        p.jobs[0].start.map(|d| d.to_string()).as_deref(),
        Some("2022")
    );
    assert_eq!(p.jobs[0].start.and_then(|d| d.month()), None);
    assert_eq!(
        p.jobs[1].end.map(|d| d.to_string()).as_deref(),
        Some("2022")
    );
    assert_eq!(
        p.credentials[0].date.map(|d| d.to_string()).as_deref(),
        Some("2022")
    );
    assert_eq!(p.contact.phone.as_deref(), Some("+1 559 555 0142 ext. 12"));
    assert_eq!(restore(&env.to_json()).unwrap(), env);
}

#[test]
fn the_version_5_save_loads_with_her_job_centre_answers() {
    let env = restore(include_str!("fixtures/profile_v5.json"))
        .expect("the frozen v5 save must always load");
    let a = &env.profile.job_centre;
    assert_eq!(a.len(), 6);
    assert_eq!(a["working"], "looking");
    assert_eq!(a["school"], "rather-not");
    assert_eq!(env.profile.goal.as_deref(), Some("29-2061.00"));
    assert_eq!(restore(&env.to_json()).unwrap(), env);
}

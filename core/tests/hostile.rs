//! Hostile input at every door a profile comes in by (issue 13, items 1 and 5): share links, saved
//! forms and kept-aside copies, JSON Resume and Open Badges files. Whatever comes in is checked by
//! the rules typed text meets; one bad part is left out and counted, the rest kept; what comes out
//! always saves and reads back; nothing is unbounded.

mod common;

use chrono::NaiveDate;
use serde_json::{json, Value};
use skillpass_core::admit::{self, admit, Part, Why, MAX_JOBS, MAX_SKILLS};
use skillpass_core::credential::eddsa;
use skillpass_core::envelope::{restore, Envelope};
use skillpass_core::files::{self, FileError, FileKind, Picked};
use skillpass_core::jsonresume;
use skillpass_core::share::{self, codec, digits, LinkError, Opened};
use skillpass_core::taxonomy;
use skillpass_core::{
    Contact, Credential, CredentialKind, Job, Profile, Skill, SkillId, SkillSource, YearMonth,
};

const ORIGIN: &str = "https://skillpass.example.org/";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn reference(name: &str) -> Profile {
    let json = common::read(&format!("fixtures/profiles/{name}.json"));
    skillpass_core::reference::from_json(&json, today()).unwrap()
}

fn fragment(p: &Profile) -> String {
    share::link(ORIGIN, p)
        .split_once('#')
        .unwrap()
        .1
        .to_string()
}

/// R1 with its first skill dated in the year 12000: what a crafted link can carry.
fn poisoned() -> Profile {
    let mut p = reference("R1-typical");
    p.skills[0].added = NaiveDate::from_ymd_opt(12_000, 1, 1).unwrap();
    p
}

/// A profile with its entries' ids left out: links carry no ids (the decoder gives fresh ones),
/// so what a link keeps is everything else.
fn without_ids(p: &Profile) -> Profile {
    let mut p = p.clone();
    p.jobs.iter_mut().for_each(|j| j.id.clear());
    p.credentials.iter_mut().for_each(|c| c.id.clear());
    p
}

fn saves_and_reads_back(p: &Profile) -> bool {
    restore(&Envelope::new(p.clone(), 1, None).to_json()).map(|e| e.profile) == Ok(p.clone())
}

// --- Item 1: a link can no longer poison the saved profile ---------------------------------

#[test]
fn a_link_with_a_skill_dated_past_9999_opens_without_it_and_saves_readably() {
    let good = reference("R1-typical");
    let opened = share::open(&fragment(&poisoned())).expect("the rest of the link opens");
    // Saved with "Save to this phone", the profile must read back — today it does not.
    let saved = Envelope::new(opened.clone(), 1, None).to_json();
    assert_eq!(restore(&saved).map(|e| e.profile), Ok(opened.clone()));
    assert_eq!(
        opened.skills,
        good.skills[1..],
        "only the bad skill is left out"
    );
    assert_eq!(without_ids(&opened).jobs, without_ids(&good).jobs);
    assert_eq!(
        without_ids(&opened).credentials,
        without_ids(&good).credentials
    );
    // And the open screen is told how many things were left out.
    let Ok(Opened::Profile(a)) = share::open_any(&fragment(&poisoned())) else {
        panic!("opens as a profile")
    };
    assert_eq!(a.dropped.len(), 1);
    assert_eq!(a.dropped[0].part, Part::Skill);
    assert_eq!(a.dropped[0].why, Why::BadDate);
    // A clean link is left as it is, with nothing to tell.
    let Ok(Opened::Profile(a)) = share::open_any(&fragment(&good)) else {
        panic!("opens")
    };
    assert_eq!((a.profile, a.dropped.len()), (good, 0));
}

#[test]
fn a_kept_aside_copy_opens_as_a_file_with_only_the_bad_part_left_out() {
    // The saved form the poisoned link used to leave behind: restore refuses it, so the app kept
    // it aside as `skillpass.unreadable.*` and offers it as a download.
    let kept = Envelope::new(poisoned(), 7, None).to_json();
    assert!(
        restore(&kept).is_err(),
        "the kept-aside copy does not restore"
    );
    let (kind, imported) = files::open(&kept, today()).expect("a kept-aside copy opens");
    assert_eq!(kind, FileKind::Backup);
    let good = reference("R1-typical");
    let mut expected = good.clone();
    expected.skills.remove(0);
    assert_eq!(imported.profile, expected);
    assert_eq!(imported.dropped.len(), 1);
    assert!(saves_and_reads_back(&imported.profile));

    // Other unreadable parts: a month 13, a job that is not an object, a skill without an id.
    let mut v: Value =
        serde_json::from_str(&Envelope::new(good.clone(), 3, None).to_json()).unwrap();
    v["profile"]["jobs"][0]["start"] = json!("2020-13");
    v["profile"]["jobs"]
        .as_array_mut()
        .unwrap()
        .push(json!("a job"));
    v["profile"]["skills"][1] = json!({"source": "chosen", "added": "2026-01-01"});
    v["profile"]["contact"]["phone"] = json!(5595550142u64);
    let (_, imported) = files::open(&v.to_string(), today()).expect("opens");
    let mut expected = good.clone();
    expected.jobs.remove(0);
    expected.skills.remove(1);
    expected.contact.phone = None;
    assert_eq!(imported.profile, expected);
    assert_eq!(imported.dropped.len(), 4);

    // A value with no profile at all, or from a newer version, is still refused.
    let none = r#"{"format":"skillpass-profile","version":2,"rev":1}"#;
    assert_eq!(files::open(none, today()).unwrap_err(), FileError::Damaged);
    let newer = r#"{"format":"skillpass-profile","version":99,"profile":{"jobs":[1]}}"#;
    assert_eq!(files::open(newer, today()).unwrap_err(), FileError::Newer);
}

#[test]
fn files_are_held_to_the_same_checks_as_links() {
    let mut p = reference("R1-typical");
    p.credentials[0].cert = Some("cert:no-such-certificate".into());
    p.jobs[0].occupation = Some("99-9999.00".into());
    p.skills.push(Skill {
        id: SkillId::new("sp:not-on-any-list"),
        source: SkillSource::Chosen,
        added: today(),
    });
    p.name = "\u{202E}".to_string() + &"x".repeat(300);
    let backup = files::backup(
        &p,
        chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 29, 9, 0, 0).unwrap(),
    );
    let (_, imported) = files::open(&backup, today()).unwrap();
    assert_eq!(
        imported.profile.name, "",
        "a 300-character name is left out, not cut"
    );
    assert_eq!(imported.profile.credentials[0].cert, None);
    assert_eq!(
        imported.profile.credentials[0].name, p.credentials[0].name,
        "the certificate stays, as typed"
    );
    assert_eq!(imported.profile.jobs[0].occupation, None);
    assert_eq!(imported.profile.jobs[0].title, p.jobs[0].title);
    assert_eq!(imported.profile.skills.len(), p.skills.len() - 1);
    assert_eq!(imported.dropped.len(), 4);
    // The same profile as JSON Resume meets the same checks.
    let resume = jsonresume::export(&p, skillpass_core::i18n::Lang::En).to_string();
    let (kind, from_resume) = files::open(&resume, today()).unwrap();
    assert_eq!(kind, FileKind::JsonResume);
    let r = from_resume.profile;
    assert_eq!(r.name, "");
    assert_eq!(r.credentials[0].cert, None);
    assert_eq!(r.skills, imported.profile.skills);
    // A skill the list does not know has no words to show: the résumé leaves it out rather than
    // print its bare id (the checks would leave it out on the way in anyway).
    assert!(!resume.contains("sp:not-on-any-list"));
    assert!(from_resume.dropped.len() >= 2, "{:?}", from_resume.dropped);
}

#[test]
fn a_signed_badge_file_opens_only_if_it_would_survive_its_own_backup() {
    let key = eddsa::SigningKey::from_bytes(&[5; 32]);
    let badge = skillpass_core::reference::forklift_class(None)
        .sign(&key)
        .to_open_badge()
        .unwrap();
    let Ok(Picked::Training(Ok(c))) = files::open_any(&badge.to_string(), today()) else {
        panic!("a signed badge opens as a training")
    };
    // Added, backed up and opened again, it is the same credential (so it still reads as signed).
    let mut p = Profile {
        name: "Ana".into(),
        credentials: vec![c.clone()],
        ..Profile::default()
    };
    p.assign_ids();
    let (_, back) = files::open(&files::backup(&p, chrono::DateTime::UNIX_EPOCH), today()).unwrap();
    assert_eq!(back.profile.credentials, p.credentials);
    assert!(back.dropped.is_empty());
    // A badge whose class name is 300 characters is signed, but is refused whole.
    let mut doc = badge.clone();
    doc.as_object_mut().unwrap().remove("proof");
    let same = eddsa::sign(&doc, &key, "2026-11-29T09:00:00Z");
    assert!(matches!(
        files::open_any(&same.to_string(), today()),
        Ok(Picked::Training(Ok(_)))
    ));
    doc["credentialSubject"]["achievement"]["name"] = json!("x".repeat(300));
    let resigned = eddsa::sign(&doc, &key, "2026-11-29T09:00:00Z");
    assert_eq!(
        files::open_any(&resigned.to_string(), today()),
        Ok(Picked::Training(Err(
            skillpass_core::credential::BadgeError::Unsupported
        )))
    );
}

// --- Item 5: unbounded input ------------------------------------------------------------------

/// A link of ~15,000 digits whose texts are one 4 kB name repeated by reference: thousands of
/// repeats of a few bits each would decode to ~20 MB of text.
fn repeat_bomb() -> String {
    let p = skillpass_core::reference::repeat_bomb(today());
    let bytes = codec::encode(&p);
    assert!(bytes.len() <= codec::MAX_BYTES, "{} bytes", bytes.len());
    digits::encode(&bytes)
}

#[test]
fn a_link_that_repeats_text_to_megabytes_is_refused_as_too_long() {
    let link = repeat_bomb();
    assert!(link.len() < 20_000, "{} digits", link.len());
    assert_eq!(share::open(&link), Err(LinkError::TooLong));
}

#[test]
fn a_file_over_a_megabyte_is_refused_before_it_is_read() {
    let mut resume =
        jsonresume::export(&reference("R2-minimal"), skillpass_core::i18n::Lang::En).to_string();
    resume.push_str(&" ".repeat(files::MAX_FILE_BYTES));
    assert_eq!(
        files::open(&resume, today()).unwrap_err(),
        FileError::TooBig
    );
    assert_eq!(
        files::open_any(&"[".repeat(10 * 1024 * 1024), today()).unwrap_err(),
        FileError::TooBig
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for text in ["[".repeat(100_000), "{\"a\":".repeat(100_000)] {
        assert_eq!(
            files::open_any(&text, today()).unwrap_err(),
            FileError::Unknown
        );
    }
    let deep = format!(
        r#"{{"format":"skillpass-profile","version":2,"rev":1,"profile":{{"name":"A","jobs":[{}1{}]}}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    assert_eq!(
        files::open_any(&deep, today()).unwrap_err(),
        FileError::Unknown
    );
}

#[test]
fn a_resume_with_100000_skills_keeps_at_most_the_cap_and_lists_a_few_names() {
    let t = taxonomy::get();
    let skills: Vec<Value> = (0..100_000)
        .map(|i| match i % 3 {
            0 => json!({ "name": format!("Skill number {i}") }),
            1 => json!({ "name": "x", "keywords": [t.skills[i % t.skills.len()].id] }),
            _ => json!({ "name": t.skills[i % t.skills.len()].words.en() }),
        })
        .collect();
    let work: Vec<Value> = (0..5000)
        .map(|i| json!({ "position": format!("Job {i}") }))
        .collect();
    let doc = json!({ "basics": { "name": "Ana" }, "work": work, "skills": skills });
    // Bigger than a file may be; the import itself is checked here (linear, capped).
    let imported = jsonresume::import(&doc, today()).unwrap();
    let (p, dropped) = admit(imported.profile);
    assert_eq!(p.jobs.len(), MAX_JOBS);
    assert!(p.skills.len() <= MAX_SKILLS && p.skills.len() == t.skills.len());
    assert_eq!(dropped.len(), 5000 - MAX_JOBS);
    // Through a file: the list of names not found stays short enough to show.
    let small: Vec<Value> = (0..20_000)
        .map(|i| json!({ "name": format!("S{i}") }))
        .collect();
    let text = json!({ "basics": { "name": "Ana" }, "skills": small }).to_string();
    let (_, imported) = files::open(&text, today()).unwrap();
    assert_eq!(imported.unmatched.len(), jsonresume::MAX_UNMATCHED);
    assert_eq!(imported.dropped.len(), 20_000 - jsonresume::MAX_UNMATCHED);
}

#[test]
fn a_long_proof_value_is_refused_before_base58_decoding() {
    let key = eddsa::SigningKey::from_bytes(&[7; 32]);
    let doc =
        json!({ "type": ["VerifiableCredential", "OpenBadgeCredential"], "name": "Forklift" });
    let signed = eddsa::sign(&doc, &key, "2026-11-29T09:00:00Z");
    assert!(eddsa::verify(&signed).is_ok());
    let mut long = signed.clone();
    long["proof"]["proofValue"] = json!(format!("z{}", "2".repeat(50_000)));
    assert_eq!(eddsa::verify(&long), Err(eddsa::ProofError::Mismatch));
    let mut long_key = signed;
    long_key["proof"]["verificationMethod"] = json!(format!("did:key:z{}", "6".repeat(50_000)));
    assert_eq!(eddsa::verify(&long_key), Err(eddsa::ProofError::UnknownKey));
    // As a file, a badge over the badge limit is refused before its proof is looked at.
    let mut big = long.clone();
    big["description"] = json!("x".repeat(admit::MAX_BADGE_BYTES));
    assert_eq!(
        files::open_any(&big.to_string(), today()).unwrap_err(),
        FileError::TooBig
    );
    let Ok(Picked::Training(Err(_))) = files::open_any(&long.to_string(), today()) else {
        panic!("a badge within the limit is checked, and this one does not match")
    };
}

// --- The property test and the seeded fuzz ----------------------------------------------------

use common::Rng;

/// The hostile generators, on the shared seeded generator.
impl Rng {
    fn entry_id(&mut self, prefix: char) -> String {
        match self.below(5) {
            0 => String::new(),
            1 => format!("{prefix}1"),
            2 => "x".repeat(300),
            3 => "\u{202e}j<b>".to_string(),
            _ => format!("{prefix}{:08x}", self.below(1 << 30)),
        }
    }

    fn text(&mut self) -> String {
        let pool = [
            "",
            "   ",
            "Ana",
            "  María   José  ",
            "Oluwaseun Christopher Adebayo-Richardson",
            "\u{202E}evil\u{202C}",
            "\u{200F}\u{202B}لبنى\u{202C}",
            "a\u{0}b\tc\nd",
            "<script>alert(1)</script>",
            "+1 (559) 555-0142",
            "+1 (559) 555-0199 ext. 12",
            "maria.hernandez@example.com",
            "a@b",
            "李小龍",
        ];
        match self.below(6) {
            0 => "x".repeat(1 + self.below(300)),
            1 => "é".repeat(55 + self.below(10)),
            2 => (0..self.below(130))
                .map(|_| char::from(b' ' + self.below(95) as u8))
                .collect(),
            _ => self.pick(&pool).to_string(),
        }
    }

    fn opt_text(&mut self) -> Option<String> {
        (!self.chance(3)).then(|| self.text())
    }

    fn month(&mut self) -> Option<YearMonth> {
        (!self.chance(3)).then(|| {
            let year = 1940 + self.below(161) as u16;
            // A third of the dates are a year alone.
            let month = (!self.chance(3)).then(|| 1 + self.below(12) as u8);
            YearMonth::with_month(year, month).unwrap()
        })
    }

    fn day(&mut self) -> NaiveDate {
        let year = *self.pick(&[
            -5, 0, 1, 1939, 1940, 1999, 2025, 2026, 2100, 2101, 9999, 10_000, 12_000, 262_000,
        ]);
        NaiveDate::from_ymd_opt(year, 1 + self.below(12) as u32, 1 + self.below(28) as u32)
            .unwrap_or_else(today)
    }

    fn skill_id(&mut self) -> SkillId {
        let t = taxonomy::get();
        match self.below(8) {
            0 => SkillId::new(
                self.pick(&["", "sp:nope", "4.A.9.z.9", "x".repeat(300).as_str()])
                    .to_string(),
            ),
            _ => SkillId::new(t.skills[self.below(t.skills.len())].id),
        }
    }

    fn count(&mut self, usual: usize, huge: usize) -> usize {
        if self.chance(40) {
            self.below(huge)
        } else {
            self.below(usual)
        }
    }

    fn profile(&mut self) -> Profile {
        let t = taxonomy::get();
        let jobs = (0..self.count(6, 80))
            .map(|_| {
                let occupation = match self.below(4) {
                    0 => None,
                    1 => Some("99-9999.00".to_string()),
                    _ => Some(
                        t.occupations[self.below(t.occupations.len())]
                            .soc
                            .to_string(),
                    ),
                };
                Job {
                    // Hostile ids too: empty, repeated, long, odd characters.
                    id: self.entry_id('j'),
                    title: self.text(),
                    employer: self.opt_text(),
                    occupation,
                    start: self.month(),
                    end: self.month(),
                }
            })
            .collect();
        let skills = (0..self.count(40, 1500))
            .map(|_| Skill {
                id: self.skill_id(),
                source: *self.pick(&[SkillSource::Chosen, SkillSource::Job, SkillSource::Training]),
                added: self.day(),
            })
            .collect();
        let credentials = (0..self.count(4, 150))
            .map(|_| Credential {
                id: self.entry_id('c'),
                kind: *self.pick(&[CredentialKind::Certificate, CredentialKind::Training]),
                cert: match self.below(3) {
                    0 => None,
                    1 => Some("cert:nope".into()),
                    _ => Some(
                        t.certificates[self.below(t.certificates.len())]
                            .id
                            .to_string(),
                    ),
                },
                name: self.text(),
                issuer: self.opt_text(),
                date: self.month(),
                skills: (0..self.count(3, 100)).map(|_| self.skill_id()).collect(),
                signature: match self.below(6) {
                    0 => Some("x".repeat(admit::MAX_SIGNATURE_BYTES + 1)),
                    1 | 2 => Some(self.text()),
                    _ => None,
                },
            })
            .collect();
        Profile {
            name: self.text(),
            short_name: self.opt_text(),
            contact: Contact {
                phone: self.opt_text(),
                email: self.opt_text(),
                city: self.opt_text(),
            },
            languages: (0..self.count(3, 40))
                .map(|_| {
                    self.pick(&[
                        "en",
                        "es",
                        "yo",
                        "Spanish",
                        "",
                        " es ",
                        "e",
                        "ENG",
                        "tl",
                        "xx",
                        "ase",
                        "\u{202e}ar",
                        "ar",
                    ])
                    .to_string()
                })
                .collect(),
            jobs,
            skills,
            credentials,
            goal: match self.below(5) {
                0 => None,
                1 => Some(self.text()),
                2 => Some("99-9999.99".into()),
                _ => Some(
                    t.occupations[self.below(t.occupations.len())]
                        .soc
                        .to_string(),
                ),
            },
            // Known questions with made-up answers, made-up questions, and real ones.
            job_centre: (0..self.count(4, 40))
                .map(|_| {
                    let q = skillpass_core::jobcentre::QUESTIONS
                        [self.below(skillpass_core::jobcentre::QUESTIONS.len())];
                    match self.below(4) {
                        0 => (self.text(), self.text()),
                        1 => (q.key.to_string(), self.text()),
                        _ => (
                            q.key.to_string(),
                            q.options[self.below(q.options.len())].code.to_string(),
                        ),
                    }
                })
                .collect(),
        }
    }
}

/// What comes out of `admit` saves and reads back exactly, passes `admit` unchanged, and (when it
/// fits in a link) travels through a link unchanged.
fn assert_admitted_is_stable(a: &Profile) {
    let saved = Envelope::new(a.clone(), 1, None).to_json();
    assert_eq!(
        restore(&saved).map(|e| e.profile).as_ref(),
        Ok(a),
        "saves and reads back"
    );
    let (again, dropped) = admit(a.clone());
    assert_eq!(&again, a, "admitting twice changes nothing");
    assert!(dropped.is_empty());
    let bytes = codec::encode(a);
    if bytes.len() <= codec::MAX_BYTES {
        match share::open(&digits::encode(&bytes)) {
            // The short name stays on the phone: links do not carry it (the goal they do).
            Ok(q) => {
                let mut sent = without_ids(a);
                sent.short_name = None;
                assert_eq!(without_ids(&q), sent, "travels through a link");
            }
            Err(e) => assert_eq!(e, LinkError::TooLong),
        }
    }
}

#[test]
fn whatever_admit_lets_in_saves_and_reads_back_and_admit_is_idempotent() {
    let mut rng = Rng(0x0130_001A_D317);
    for _ in 0..1500 {
        let (a, _) = admit(rng.profile());
        assert_admitted_is_stable(&a);
    }
}

const HOSTILE_VALUES: &[&str] = &[
    r#""+12000-01-01""#,
    r#""-0005-01-01""#,
    r#""2020-13""#,
    r#""2101-01""#,
    r#""1939-12""#,
    r#""""#,
    r#""\u202Eevil""#,
    "null",
    "-1",
    "1e400",
    "18446744073709551616",
    "[]",
    "{}",
    "[[[[[[[[[[1]]]]]]]]]]",
    "true",
    r#""chosen""#,
    r#""cert:nope""#,
    r#""99-9999.00""#,
    r#""sp:nope""#,
];

/// Replaces one value somewhere in `v` (chosen by `rng`) with a hostile one.
fn mutate(v: &mut Value, rng: &mut Rng) {
    // Walk down (read only) to pick a place, written as a JSON pointer.
    // Mostly inside the profile (a changed format or version is refused as a whole, rightly).
    let mut path = String::new();
    let mut at = &*v;
    if let Some(p) = v.get("profile").filter(|_| !rng.chance(10)) {
        path.push_str("/profile");
        at = p;
    }
    for depth in 0..6 {
        let next = match at {
            Value::Object(m) if !m.is_empty() && (depth == 0 || !rng.chance(4)) => {
                let (k, next) = m.iter().nth(rng.below(m.len())).unwrap();
                path.push('/');
                path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                next
            }
            Value::Array(a) if !a.is_empty() && (depth == 0 || !rng.chance(4)) => {
                let i = rng.below(a.len());
                path.push_str(&format!("/{i}"));
                &a[i]
            }
            _ => break,
        };
        at = next;
    }
    let new = match rng.below(4) {
        0 => json!("x".repeat(rng.below(400))),
        1 => match at {
            Value::Array(a) => {
                let mut a = a.clone();
                if let Some(first) = a.first().cloned() {
                    for _ in 0..rng.below(200) {
                        a.push(first.clone());
                    }
                }
                Value::Array(a)
            }
            other => other.clone(),
        },
        _ => serde_json::from_str(rng.pick::<&str>(HOSTILE_VALUES)).unwrap_or(Value::Null),
    };
    if let Some(place) = v.pointer_mut(&path) {
        *place = new;
    }
}

/// Opens `text` as a picked file; true if it opened as a profile (which must then be stable).
fn check_file(text: &str) -> bool {
    if let Ok(Picked::Profile(_, imported)) = files::open_any(text, today()) {
        assert_admitted_is_stable(&imported.profile);
        return true;
    }
    false
}

#[test]
fn seeded_fuzz_over_saved_forms_links_and_files_never_panics_or_lets_in_unsaveable_data() {
    let refs: Vec<Profile> = ["R1-typical", "R2-minimal", "R3-large"]
        .iter()
        .map(|n| reference(n))
        .collect();
    let mut rng = Rng(0xF022_1305);
    let (mut forms, mut resumes, mut links) = (0, 0, 0);

    // Saved forms and kept-aside copies: structure mutated, and text cut or changed.
    for i in 0..1200 {
        let p = if i % 2 == 0 {
            rng.pick(&refs).clone()
        } else {
            rng.profile()
        };
        let mut v: Value = serde_json::from_str(&Envelope::new(p, 3, None).to_json()).unwrap();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut v, &mut rng);
        }
        let mut text = v.to_string();
        if rng.chance(5) {
            let mut cut = rng.below(text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        forms += usize::from(check_file(&text));
    }

    // JSON Resume files made by SkillPass and then changed.
    for _ in 0..800 {
        let p = rng.pick(&refs).clone();
        let mut v = jsonresume::export(&p, *rng.pick(&skillpass_core::i18n::Lang::ALL));
        for _ in 0..1 + rng.below(4) {
            mutate(&mut v, &mut rng);
        }
        resumes += usize::from(check_file(&v.to_string()));
    }

    // Links: random digits, random bytes, and real links changed with the checksum fixed up.
    let seeds: Vec<Vec<u8>> = refs
        .iter()
        .map(codec::encode)
        .chain(std::iter::once(codec::encode(&poisoned())))
        .collect();
    for i in 0..20_000u32 {
        let mut bytes: Vec<u8> = if i % 5 == 0 {
            (0..rng.below(200)).map(|_| rng.next() as u8).collect()
        } else {
            rng.pick(&seeds).clone()
        };
        if i % 5 != 0 {
            for _ in 0..1 + rng.below(3) {
                if bytes.is_empty() {
                    break;
                }
                let at = 1 + rng.below(bytes.len().saturating_sub(3).max(1));
                let at = at.min(bytes.len() - 1);
                bytes[at] ^= 1 << rng.below(8);
            }
            let n = bytes.len();
            if n > 2 {
                let crc = codec::crc16(&bytes[..n - 2]);
                bytes[n - 2..].copy_from_slice(&crc.to_be_bytes());
            }
        }
        let text = if i % 50 == 0 {
            (0..rng.below(30_000))
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect()
        } else {
            digits::encode(&bytes)
        };
        if let Ok(Opened::Profile(a)) = share::open_any(&text) {
            assert_admitted_is_stable(&a.profile);
            links += 1;
        }
    }
    // Most changed files still open (part by part); some changed links pass their checksum.
    println!("opened: {forms} of 1200 saved forms, {resumes} of 800 résumés, {links} links");
    assert!(
        forms > 600 && resumes > 400 && links > 100,
        "{forms} {resumes} {links}"
    );
    // The repeat bomb with its bits changed: never more than the text cap, never a panic.
    let bomb = digits::decode(&repeat_bomb()).unwrap();
    for _ in 0..200 {
        let mut bytes = bomb.clone();
        let at = 1 + rng.below(bytes.len() - 3);
        bytes[at] ^= 1 << rng.below(8);
        let n = bytes.len();
        let crc = codec::crc16(&bytes[..n - 2]);
        bytes[n - 2..].copy_from_slice(&crc.to_be_bytes());
        if let Ok(Opened::Profile(a)) = share::open_any(&digits::encode(&bytes)) {
            assert_admitted_is_stable(&a.profile);
        }
    }
}

// --- LER-RS files (issue 16) ------------------------------------------------------------------

use skillpass_core::ler_rs;

#[test]
fn ler_rs_files_made_by_skillpass_and_then_changed_never_panic_or_let_in_unsaveable_data() {
    let refs: Vec<Profile> = ["R1-typical", "R2-minimal", "R3-large"]
        .iter()
        .map(|n| reference(n))
        .collect();
    let mut rng = Rng(0x1E2_0516);
    let mut opened = 0;
    for i in 0..800 {
        let p = if i % 2 == 0 {
            rng.pick(&refs).clone()
        } else {
            rng.profile()
        };
        let mut v = ler_rs::export(&p, *rng.pick(&skillpass_core::i18n::Lang::ALL));
        // Sometimes wrapped in a verifiable credential, as the official samples are.
        if rng.chance(4) {
            v = json!({ "type": ["VerifiableCredential"], "credentialSubject": v });
        }
        for _ in 0..1 + rng.below(4) {
            mutate(&mut v, &mut rng);
        }
        opened += usize::from(check_file(&v.to_string()));
    }
    assert!(opened > 400, "{opened} of 800 opened");
}

#[test]
fn whatever_admit_lets_in_goes_through_ler_rs_and_comes_back_the_same() {
    let mut rng = Rng(0x1E2_0A11);
    for _ in 0..600 {
        let (a, _) = admit(rng.profile());
        let lang = *rng.pick(&skillpass_core::i18n::Lang::ALL);
        let text = ler_rs::export(&a, lang).to_string();
        let Ok(Picked::Profile(FileKind::LerRs, back)) = files::open_any(&text, today()) else {
            panic!("an LER-RS file made by SkillPass opens as one")
        };
        // Ids are made again on the way in (from the whole profile); the short name and the
        // goal stay on the phone, as with JSON Resume.
        let mut sent = without_ids(&a);
        sent.short_name = None;
        sent.goal = None;
        // Texts are read trimmed, as from JSON Resume (`admit` keeps the spaces around a signed
        // entry's text, where they may be part of what was signed), and a "signature" of spaces
        // alone (which checks as nothing) is read as none: every other byte comes back.
        for c in &mut sent.credentials {
            c.name = c.name.trim().to_string();
            c.issuer = c
                .issuer
                .as_deref()
                .map(str::trim)
                .filter(|i| !i.is_empty())
                .map(str::to_string);
            c.signature = c
                .signature
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string);
        }
        // Her job-centre answers are for a job centre's intake only: her own record never has them.
        sent.job_centre.clear();
        // (An entry left with no signature has its text tidied, as any unsigned one.)
        let sent = without_ids(&admit(sent).0);
        assert_eq!(without_ids(&back.profile), sent);
        assert!(back.dropped.is_empty(), "{:?}", back.dropped);
    }
}

#[test]
fn a_hostile_ler_rs_file_is_capped_and_checked_like_any_other() {
    let t = taxonomy::get();
    let bidi = "\u{202E}reganaM\u{202C}";
    let long = "w".repeat(300);
    let skills: Vec<Value> = (0..12_000)
        .map(|i| match i % 3 {
            0 => json!({ "name": format!("Skill {i}") }),
            1 => json!({ "name": 5, "schemeReference": { "reference": format!("urn:onet:dwa:{}", t.skills[i % t.skills.len()].id) } }),
            _ => json!({ "name": [], "schemeReference": { "reference": [1] }, "x-skillpass": "no" }),
        })
        .collect();
    let histories: Vec<Value> = (0..400)
        .map(|i| json!({
            "organization": { "tradeName": if i % 2 == 0 { bidi.to_string() } else { long.clone() } },
            "positionHistories": [{ "title": format!("{bidi} {i}"), "start": "2020-13", "current": "yes" },
                                  { "title": long.clone(), "end": 7 }, 3],
        }))
        .collect();
    let doc = json!({
        "type": ler_rs::TYPE,
        "person": { "name": { "formattedName": format!("{long} {bidi}") } },
        "communication": { "email": [{ "address": long.clone() }], "phone": "x", "address": [{ "city": bidi }] },
        "skills": skills,
        "employmentHistories": histories,
        "certifications": [{ "name": long.clone(), "issuingAuthority": { "tradeName": bidi } },
                           { "verifications": [{ "type": ["OpenBadgeCredential"], "name": 3 }] }],
        "educationAndLearnings": [{ "programs": [long.clone()], "institution": 4 }, { "educationDegrees": [{}] }],
    });
    let text = doc.to_string();
    assert!(text.len() < files::MAX_FILE_BYTES, "{} bytes", text.len());
    let Ok(Picked::Profile(FileKind::LerRs, imported)) = files::open_any(&text, today()) else {
        panic!("opens as LER-RS")
    };
    let p = &imported.profile;
    assert!(p.jobs.len() <= MAX_JOBS && p.skills.len() <= MAX_SKILLS);
    assert_eq!(imported.unmatched.len(), jsonresume::MAX_UNMATCHED);
    assert!(
        !imported.dropped.is_empty(),
        "the 300-letter texts are left out and counted"
    );
    assert_admitted_is_stable(p);
    // Deeper than any real file: refused as not readable, without overflowing the stack.
    let deep = format!(
        r#"{{"type":"{}","skills":[{}1{}]}}"#,
        ler_rs::TYPE,
        "[".repeat(200),
        "]".repeat(200)
    );
    assert_eq!(
        files::open_any(&deep, today()).unwrap_err(),
        FileError::Unknown
    );
    // Nested as deep as the parser allows, in a place the import never reads: opens.
    let nested = format!(
        r#"{{"type":"{}","person":{{"name":{{"formattedName":"Ana"}}}},"narratives":[{}1{}]}}"#,
        ler_rs::TYPE,
        "[".repeat(100),
        "]".repeat(100)
    );
    let Ok(Picked::Profile(_, ok)) = files::open_any(&nested, today()) else {
        panic!("opens")
    };
    assert_eq!(ok.profile.name, "Ana");
}

//! Share links: exact round trips, the QR size targets on the reference profiles, and a decoder
//! that refuses damage without ever panicking.

mod common;

use chrono::NaiveDate;
use proptest::prelude::*;
use skillpass_core::share::codec::crc16;
use skillpass_core::share::{self, codec, digits, qr, LinkError};
use skillpass_core::taxonomy;
use skillpass_core::{
    Contact, Credential, CredentialKind, Job, Profile, Skill, SkillId, SkillSource, YearMonth,
};

const ORIGIN: &str = "https://skillpass.example.org/";

fn reference(name: &str) -> Profile {
    let json = common::read(&format!("fixtures/profiles/{name}.json"));
    skillpass_core::reference::from_json(&json, NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
        .unwrap()
}

#[test]
fn reference_profiles_round_trip_and_fit_their_qr_targets() {
    for (name, max_version) in [("R1-typical", 10), ("R2-minimal", 4), ("R3-large", 17)] {
        let p = reference(name);
        let link = share::link(ORIGIN, &p);
        assert!(link.starts_with("https://skillpass.example.org/#"));
        assert_eq!(
            share::open(link.split_once('#').unwrap().1),
            Ok(p),
            "{name}"
        );
        let code = qr::build(&link, qr::Level::M).expect("fits a QR code");
        assert!(
            qr::version(&code) <= max_version,
            "{name} needs version {} at M (target {max_version})",
            qr::version(&code)
        );
    }
}

#[test]
fn the_qr_svg_has_a_quiet_zone_and_dark_modules_on_white() {
    let link = share::link(ORIGIN, &reference("R2-minimal"));
    let code = qr::build(&link, qr::Level::M).unwrap();
    let svg = qr::svg(&code, "QR");
    let size = code.width() + 8;
    assert!(svg.contains(&format!(r#"viewBox="0 0 {size} {size}""#)));
    assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##));
    // No dark module inside the 4-module margin.
    assert!(!svg.contains("M0 ") && !svg.contains("M3 "));
}

#[test]
fn bad_links_are_refused_in_plain_terms() {
    let good = share::link(ORIGIN, &reference("R1-typical"));
    let digits = good.split_once('#').unwrap().1.to_string();
    assert_eq!(
        share::open(&digits[..digits.len() - 17]),
        Err(LinkError::Incomplete),
        "truncated"
    );
    let mut flipped = digits.clone().into_bytes();
    flipped[40] = if flipped[40] == b'1' { b'2' } else { b'1' };
    assert_eq!(
        share::open(std::str::from_utf8(&flipped).unwrap()),
        Err(LinkError::Incomplete)
    );
    assert_eq!(
        share::open("hello world"),
        Err(LinkError::Incomplete),
        "random text"
    );
    assert_eq!(
        share::open(&"7".repeat(100_000)),
        Err(LinkError::TooLong),
        "100 kB"
    );
    // A newer format or taxonomy version is told apart from damage.
    let mut bytes = codec::encode(&reference("R2-minimal"));
    bytes[0] = 0x32;
    assert_eq!(share::open(&digits::encode(&bytes)), Err(LinkError::Newer));
    let mut bytes = codec::encode(&reference("R2-minimal"));
    bytes[0] = 0x29;
    let n = bytes.len();
    let crc = crc16(&bytes[..n - 2]);
    bytes[n - 2..].copy_from_slice(&crc.to_be_bytes());
    assert_eq!(share::open(&digits::encode(&bytes)), Err(LinkError::Newer));
}

#[test]
fn only_share_links_open_the_link_page() {
    // Places on the page, not data: the app must ignore them (the form stays, nothing is lost).
    for not_a_link in [
        "",
        "#",
        "#top",
        "top",
        "#t-provider",
        "#main-content",
        "#name",
        "#hello%20there",
        "# 123",
        "#-1",
        "#\u{202e}123",
    ] {
        assert!(
            !share::is_share_fragment(not_a_link),
            "{not_a_link:?} taken for a share link"
        );
    }
    let profile = share::link(ORIGIN, &reference("R1-typical"));
    let class = skillpass_core::reference::forklift_class(Some("Ana"))
        .sign(&ed25519_dalek::SigningKey::from_bytes(&[7; 32]))
        .link(ORIGIN);
    for link in [&profile, &class] {
        let fragment = &link[link.find('#').unwrap()..];
        assert!(share::is_share_fragment(fragment), "{fragment}");
        assert!(share::is_share_fragment(&fragment[1..]), "without its #");
        assert!(share::open_any(fragment).is_ok());
        // Damaged on the way, it still gets the page that says it cannot be opened.
        let cut = &fragment[..fragment.len() / 2];
        assert!(share::is_share_fragment(cut), "cut short");
        assert!(share::open_any(cut).is_err());
        let dotted = format!("{fragment}.");
        assert!(share::is_share_fragment(&dotted), "a full stop after it");
        assert_eq!(share::open_any(&dotted), Err(LinkError::Incomplete));
    }
}

use common::Rng;

/// 1,000,000 payloads: random digit strings, random bytes, and valid payloads with bytes changed,
/// cut, or extended — half of them with the checksum fixed up, so the decoder's own checks (not
/// just the checksum) meet the damage. None may panic; whatever is accepted is a profile that
/// survives its own round trip.
#[test]
fn a_million_damaged_payloads_never_panic() {
    let mut seeds: Vec<Vec<u8>> = ["R1-typical", "R2-minimal", "R3-large"]
        .iter()
        .map(|n| codec::encode(&reference(n)))
        .collect();
    // The frozen format-1 links too: the old decoder meets the same damage.
    seeds.extend(
        include_str!("fixtures/share_links_v1.txt")
            .lines()
            .filter(|l| l.starts_with("https://"))
            .filter_map(|l| l.split_once('#').map(|(_, d)| d))
            .map(|d| digits::decode(d).unwrap()),
    );
    let mut rng = Rng(0x5EED_CAFE_F00D_1234);
    let mut accepted = 0;
    for i in 0..1_000_000u32 {
        let mut bytes = match i % 4 {
            0 => (0..rng.below(64))
                .map(|_| rng.next() as u8)
                .collect::<Vec<u8>>(),
            _ => seeds[rng.below(seeds.len())].clone(),
        };
        if i % 4 != 0 {
            for _ in 0..1 + rng.below(4) {
                match rng.below(4) {
                    0 if !bytes.is_empty() => {
                        let at = rng.below(bytes.len());
                        bytes[at] ^= 1 << rng.below(8);
                    }
                    1 if !bytes.is_empty() => {
                        let at = rng.below(bytes.len());
                        bytes[at] = rng.next() as u8;
                    }
                    2 => bytes.truncate(rng.below(bytes.len() + 1)),
                    _ => bytes.push(rng.next() as u8),
                }
            }
            if i % 2 == 1 && bytes.len() > 2 {
                let n = bytes.len();
                let crc = crc16(&bytes[..n - 2]);
                bytes[n - 2..].copy_from_slice(&crc.to_be_bytes());
            }
        }
        if i % 8 == 0 {
            // Through the text form too, with the odd stray character.
            let mut text = digits::encode(&bytes);
            if i % 16 == 0 && !text.is_empty() {
                let at = rng.below(text.len());
                text.replace_range(at..at + 1, "x");
            }
            let _ = share::open(&text);
        }
        if let Ok(p) = codec::decode(&bytes) {
            accepted += 1;
            assert_eq!(
                codec::decode(&codec::encode(&p)),
                Ok(p),
                "an accepted payload must round-trip"
            );
        }
    }
    // Only payloads whose checksum was fixed up can pass, and only a few of those.
    assert!(accepted < 100_000, "{accepted} damaged payloads accepted");
}

/// A year alone or a month of a year (about a third are years alone).
fn month() -> impl Strategy<Value = YearMonth> {
    (1940u16..=2100, 0u8..=18)
        .prop_map(|(y, m)| YearMonth::with_month(y, (1..=12).contains(&m).then_some(m)).unwrap())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z .,'@0-9-]{0,30}",
        "\\PC{0,20}",
        Just("California Department of Public Health".to_string()),
    ]
}

fn skill_id() -> impl Strategy<Value = SkillId> {
    let t = taxonomy::get();
    let n = t.skills.len();
    prop_oneof![
        9 => (0..n).prop_map(move |i| SkillId::new(taxonomy::get().skills[i].id)),
        1 => "sp:[a-z-]{1,12}".prop_map(SkillId::new),
    ]
}

fn job() -> impl Strategy<Value = Job> {
    let n = taxonomy::get().occupations.len();
    (
        prop_oneof![
            6 => (0..n).prop_map(|i| Some(taxonomy::get().occupations[i].soc.to_string())),
            2 => Just(None),
            1 => Just(Some("99-9999.00".to_string())),
        ],
        0..3u8,
        text(),
        proptest::option::of(text()),
        proptest::option::of(month()),
        proptest::option::of(month()),
    )
        .prop_map(|(occupation, title_kind, typed, employer, start, end)| {
            let listed = occupation
                .as_deref()
                .and_then(|s| taxonomy::get().occupation(s));
            let title = match (title_kind, listed) {
                (0, Some(o)) => o.title.en().to_string(),
                (1, Some(o)) => o.title.es().to_string(),
                _ => typed,
            };
            Job {
                id: String::new(),
                title,
                employer,
                occupation,
                start,
                end,
            }
        })
}

fn credential() -> impl Strategy<Value = Credential> {
    let n = taxonomy::get().certificates.len();
    (
        any::<bool>(),
        proptest::option::of(prop_oneof![
            (0..n).prop_map(|i| taxonomy::get().certificates[i].id.to_string()),
            Just("cert:unknown".to_string()),
        ]),
        text(),
        any::<bool>(),
        proptest::option::of(text()),
        proptest::option::of(month()),
        proptest::collection::vec(skill_id(), 0..4),
        proptest::option::of("[A-Za-z0-9]{10,40}"),
    )
        .prop_map(
            |(training, cert, typed, use_listed, issuer, date, skills, signature)| {
                let listed = cert.as_deref().and_then(|c| taxonomy::get().certificate(c));
                let name = match listed {
                    Some(k) if use_listed => k.name.en().to_string(),
                    _ => typed,
                };
                Credential {
                    id: String::new(),
                    kind: if training {
                        CredentialKind::Training
                    } else {
                        CredentialKind::Certificate
                    },
                    cert,
                    name,
                    issuer,
                    date,
                    skills,
                    signature,
                }
            },
        )
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        text(),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::collection::vec("[a-z]{2}", 0..3),
        proptest::collection::vec(job(), 0..6),
        proptest::collection::vec((skill_id(), 0..3u8, -400i64..400), 0..40),
        proptest::collection::vec(credential(), 0..4),
        proptest::collection::vec(0..16u8, 0..8),
    )
        .prop_map(
            |(name, phone, email, city, languages, jobs, skills, credentials, answers)| {
                let mut seen = std::collections::HashSet::new();
                let skills = skills
                    .into_iter()
                    .filter(|(id, _, _)| seen.insert(id.clone()))
                    .map(|(id, source, days)| Skill {
                        id,
                        source: [SkillSource::Chosen, SkillSource::Job, SkillSource::Training]
                            [source as usize],
                        added: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
                            + chrono::Duration::days(days / 50 * 50),
                    })
                    .collect();
                // Ids as the link's decoder gives them (the link carries none).
                let mut p = Profile {
                    name,
                    short_name: None,
                    contact: Contact { phone, email, city },
                    languages,
                    jobs,
                    skills,
                    credentials,
                    goal: None,
                    // Any nibbles: what the link can carry of her job-centre answers.
                    job_centre: skillpass_core::jobcentre::from_nibbles(&answers),
                };
                p.assign_ids();
                p
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// The codec carries any profile exactly; opening the link then holds it to the checks
    /// typed text meets (`admit`), so what a link opens as is what admitting the profile gives.
    #[test]
    fn every_profile_round_trips_exactly(p in profile()) {
        prop_assert_eq!(codec::decode(&codec::encode(&p)), Ok(p.clone()));
        let link = share::link(ORIGIN, &p);
        let fragment = link.split_once('#').unwrap().1;
        prop_assert_eq!(share::open(fragment), Ok(skillpass_core::admit::admit(p).0));
    }
}

#[test]
fn choosing_what_to_share_drops_contact_jobs_and_their_skills() {
    let p = reference("R1-typical");
    let all = share::select(&p, &share::Choice::everything(&p));
    assert_eq!(all, p);
    let choice = share::Choice {
        contact: false,
        jobs: vec![true, false, true],
        goal: false,
        job_centre: false,
    };
    let s = share::select(&p, &choice);
    assert_eq!(s.contact, Contact::default());
    assert_eq!(s.jobs.len(), 2);
    assert!(s
        .jobs
        .iter()
        .all(|j| j.occupation.as_deref() != Some("41-2011.00")));
    let cashier = taxonomy::get().occupation("41-2011.00").unwrap();
    let care = taxonomy::get().occupation("31-1131.00").unwrap();
    let only_cashier = |id: &SkillId| {
        taxonomy::get()
            .activities(cashier)
            .any(|a| a.id == id.as_str())
            && !taxonomy::get()
                .activities(care)
                .any(|a| a.id == id.as_str())
    };
    assert!(
        p.skills.iter().any(|s| only_cashier(&s.id)),
        "R1 has cashier skills"
    );
    assert!(
        !s.skills.iter().any(|s| only_cashier(&s.id)),
        "they leave with the job"
    );
    assert_eq!(s.credentials, p.credentials);
}

/// Links written by format 1 before format 2 existed (R1, R2, R3 and one with every branch of the
/// format): each must open, exactly as it did then, forever.
#[test]
fn frozen_format_1_links_open_as_they_did() {
    let lines: Vec<&str> = include_str!("fixtures/share_links_v1.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert_eq!(lines.len(), 8);
    for pair in lines.chunks(2) {
        let digits = pair[0].split_once('#').unwrap().1;
        let bytes = digits::decode(digits).unwrap();
        assert_eq!(bytes[0] >> 4, 1, "written by format 1");
        let expected: Profile = serde_json::from_str(pair[1]).unwrap();
        assert_eq!(codec::decode(&bytes), Ok(expected), "{}", pair[0]);
        assert!(share::open(digits).is_ok());
    }
}

#[test]
fn a_year_alone_survives_a_link_and_new_links_are_format_2() {
    let mut p = reference("R1-typical");
    p.jobs[0].start = YearMonth::year_only(2022).ok();
    p.jobs[0].end = YearMonth::parse("2022-03").ok();
    p.jobs[1].start = YearMonth::parse("2019-11").ok();
    p.jobs[1].end = YearMonth::year_only(2019).ok();
    p.jobs[2].end = YearMonth::year_only(2100).ok();
    p.credentials[0].date = YearMonth::year_only(1940).ok();
    p.jobs.iter_mut().for_each(|j| j.id.clear());
    p.credentials.iter_mut().for_each(|c| c.id.clear());
    p.assign_ids();
    let link = share::link(ORIGIN, &p);
    let digits = link.split_once('#').unwrap().1;
    assert_eq!(digits::decode(digits).unwrap()[0] >> 4, 2);
    assert_eq!(share::open(digits), Ok(p));
}

/// A profile made in Spanish (jobs and a certificate picked from the list, so worded in Spanish)
/// travels as codes: its link (format 2, frozen in `fixtures/share_link_es_v2.txt`) reads in the
/// reader's language in all seven, each title the one that language's file gives.
#[test]
fn a_spanish_made_link_reads_in_every_language() {
    use skillpass_core::locale::{self, Lang};
    use skillpass_core::summary::{credential_name, job_title};
    let frozen = include_str!("fixtures/share_link_es_v2.txt")
        .lines()
        .find(|l| !l.starts_with('#'))
        .unwrap()
        .trim();
    let t = taxonomy::get();
    let made = {
        let mut p = Profile {
            name: "Lucía Gómez".into(),
            languages: vec!["es".into()],
            ..Default::default()
        };
        for soc in ["41-2011.00", "35-2014.00"] {
            let o = t.occupation(soc).unwrap();
            p.jobs.push(Job {
                id: String::new(),
                title: o.title.es().to_string(),
                employer: Some("Panadería Sol".into()),
                occupation: Some(soc.into()),
                start: YearMonth::year_only(2021).ok(),
                end: None,
            });
        }
        let k = t.certificate("cert:food-handler").unwrap();
        p.credentials.push(Credential {
            id: String::new(),
            kind: CredentialKind::Certificate,
            cert: Some(k.id.into()),
            name: k.name.es().to_string(),
            issuer: None,
            date: None,
            skills: vec![],
            signature: None,
        });
        p
    };
    let link = share::link("https://skillpass.example/", &made);
    assert_eq!(
        link, frozen,
        "the link this profile makes changed: the wire format must not"
    );
    let digits = frozen.split_once('#').unwrap().1;
    assert_eq!(
        digits::decode(digits).unwrap()[0] >> 4,
        2,
        "written by format 2"
    );
    let opened = share::open(digits).unwrap();
    for lang in Lang::ALL {
        assert!(locale::is_ready(lang));
        for (job, soc) in opened.jobs.iter().zip(["41-2011.00", "35-2014.00"]) {
            let want = locale::word_in(lang, &format!("occ.{soc}")).unwrap();
            assert_eq!(job_title(job, lang), want, "{} {soc}", lang.code());
        }
        let want = locale::word_in(lang, "cert.cert:food-handler").unwrap();
        assert_eq!(
            credential_name(&opened.credentials[0], lang),
            want,
            "{}",
            lang.code()
        );
    }
}

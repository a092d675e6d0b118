//! The one door for profiles that come from outside: share links, backup files (also kept-aside
//! copies) and JSON Resume. Everything decoded is held to the rules the editor holds typed text
//! to ([`crate::validate`]), so nothing that comes in can be stored in a form that does not read
//! back.
//!
//! The rule is "leave out, never rewrite": whitespace is tidied as the editor tidies it, and a
//! part that fails its check is left out, counted, and never guessed at. An optional field (an
//! employer, a phone number, a certificate's list id) that fails is left out on its own; an item
//! whose required text fails (a job title, a certificate's name) or whose id is unknown (a skill)
//! is left out whole. The rest is kept. A too-long text is left out rather than cut, because a cut
//! name or title would say something the person never wrote.
//!
//! What comes out always saves and reads back unchanged, and admitting it again changes nothing
//! (both held by the property test in `tests/hostile.rs`).

use std::collections::HashSet;

use crate::month::{MAX_YEAR, MIN_YEAR};
use crate::profile::{Contact, Credential, Job, Profile, SkillId, OB3_PREFIX};
use crate::taxonomy;
use crate::validate::{self, FieldError};
use chrono::Datelike;

/// The most jobs, skills, credentials and languages one profile keeps. Far above any real profile
/// (the largest reference profile has 6 jobs and 60 skills) and low enough that every check on a
/// profile stays instant.
pub const MAX_JOBS: usize = 50;
pub const MAX_SKILLS: usize = 1000;
pub const MAX_CREDENTIALS: usize = 100;
pub const MAX_LANGUAGES: usize = 20;
/// Skills one credential names (a trainer's class has at most 20).
pub const MAX_CREDENTIAL_SKILLS: usize = 64;
/// The largest Open Badges file that is read, and so the largest signature text kept.
pub const MAX_BADGE_BYTES: usize = 64 * 1024;
pub const MAX_SIGNATURE_BYTES: usize = MAX_BADGE_BYTES + OB3_PREFIX.len();

/// Which part of the profile was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Name,
    Phone,
    Email,
    City,
    Language,
    Job,
    Employer,
    /// A job's occupation code: the job stays, as a typed job.
    Occupation,
    /// A job's end month, when it came before the start.
    JobEnd,
    Skill,
    Credential,
    Issuer,
    /// A credential's certificate list id: the credential stays, as typed.
    Cert,
    CredentialSkill,
    Signature,
    /// The job chosen as a goal (an occupation code this version does not know).
    Goal,
    /// A "For a job centre" answer this version does not know (or one that no longer applies).
    JobCentreAnswer,
    /// A part of a saved form that could not be read at all (see [`crate::envelope::salvage`]).
    Unreadable,
}

/// Why it was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// It fails the check the editor makes on typed text.
    Field(FieldError),
    /// An id this version's lists do not have.
    UnknownId,
    /// A date outside 1940–2100.
    BadDate,
    /// Beyond the most a profile keeps.
    TooMany,
    /// Larger than any real one.
    TooLarge,
    /// Not in the shape a saved profile has.
    Unreadable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub part: Part,
    pub why: Why,
}

/// A profile that came in, checked, with what was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Admitted {
    pub profile: Profile,
    pub dropped: Vec<Dropped>,
}

impl Admitted {
    pub fn new(p: Profile) -> Self {
        let (profile, dropped) = admit(p);
        Admitted { profile, dropped }
    }
}

struct Log(Vec<Dropped>);

impl Log {
    fn drop(&mut self, part: Part, why: Why) {
        self.0.push(Dropped { part, why });
    }

    /// An optional text: tidied if it passes `check`, left out (and counted) if not.
    fn optional(
        &mut self,
        part: Part,
        value: Option<String>,
        check: fn(&str) -> Result<String, FieldError>,
    ) -> Option<String> {
        match validate::optional(value.as_deref().unwrap_or_default(), check) {
            Ok(v) => v,
            Err(e) => {
                self.drop(part, Why::Field(e));
                None
            }
        }
    }

    /// Keeps at most `max` of `items`; the rest are counted as too many.
    fn capped<T>(&mut self, part: Part, items: Vec<T>, max: usize) -> Vec<T> {
        let mut items = items;
        for _ in max..items.len() {
            self.drop(part, Why::TooMany);
        }
        items.truncate(max);
        items
    }
}

/// A phone number: what the editor accepts, or — as other tools and older saves write them, with
/// "ext. 12" or words — a short text holding at least 7 digits. Anything else is not a phone.
fn phone(input: &str) -> Result<String, FieldError> {
    validate::phone(input).or_else(|e| {
        let t = validate::short_text(input)?;
        if t.chars().filter(char::is_ascii_digit).count() >= 7 {
            Ok(t)
        } else {
            Err(e)
        }
    })
}

fn day_in_range(d: chrono::NaiveDate) -> bool {
    (i32::from(MIN_YEAR)..=i32::from(MAX_YEAR)).contains(&d.year())
}

/// A language as the profile keeps it: the ISO 639 code of a language the list knows
/// ([`crate::languages`]), so every one shown has a name.
fn language_ok(code: &str) -> bool {
    crate::languages::known(code)
}

/// Checks a profile that came from outside; see the module notes for the rules.
pub fn admit(p: Profile) -> (Profile, Vec<Dropped>) {
    let t = taxonomy::get();
    let mut log = Log(Vec::new());

    let name = match validate::name(&p.name) {
        Ok(n) => n,
        Err(FieldError::Empty) => String::new(),
        Err(e) => {
            log.drop(Part::Name, Why::Field(e));
            String::new()
        }
    };
    // Only a backup or a kept-aside copy carries it (links and résumé files do not).
    let short_name = log.optional(Part::Name, p.short_name, validate::name);
    let contact = Contact {
        phone: log.optional(Part::Phone, p.contact.phone, phone),
        email: log.optional(Part::Email, p.contact.email, validate::email),
        city: log.optional(Part::City, p.contact.city, validate::short_text),
    };

    let mut seen_languages = HashSet::new();
    let mut languages = Vec::new();
    for l in p.languages {
        let l = l.trim().to_string();
        if !language_ok(&l) {
            log.drop(Part::Language, Why::UnknownId);
        } else if seen_languages.insert(l.clone()) {
            languages.push(l);
        }
    }
    let languages = log.capped(Part::Language, languages, MAX_LANGUAGES);

    let mut jobs = Vec::new();
    for j in p.jobs {
        let title = match validate::short_text(&j.title) {
            Ok(t) => t,
            Err(e) => {
                log.drop(Part::Job, Why::Field(e));
                continue;
            }
        };
        let occupation = match j.occupation {
            Some(code) if t.occupation(&code).is_none() => {
                log.drop(Part::Occupation, Why::UnknownId);
                None
            }
            other => other,
        };
        let end = match validate::job_dates(j.start, j.end) {
            Ok(()) => j.end,
            Err(e) => {
                log.drop(Part::JobEnd, Why::Field(e));
                None
            }
        };
        jobs.push(Job {
            id: sane_id(j.id),
            title,
            employer: log.optional(Part::Employer, j.employer, validate::short_text),
            occupation,
            start: j.start,
            end,
        });
    }
    let jobs = log.capped(Part::Job, jobs, MAX_JOBS);

    let mut seen_skills: HashSet<SkillId> = HashSet::new();
    let mut skills = Vec::new();
    for s in p.skills {
        if t.skill(&s.id).is_none() {
            log.drop(Part::Skill, Why::UnknownId);
        } else if !day_in_range(s.added) {
            log.drop(Part::Skill, Why::BadDate);
        } else if seen_skills.insert(s.id.clone()) {
            // The same skill twice is kept once, as the editor and the saved form keep it.
            skills.push(s);
        }
    }
    let skills = log.capped(Part::Skill, skills, MAX_SKILLS);

    let mut credentials = Vec::new();
    for c in p.credentials {
        if let Some(c) = credential(c, &mut log) {
            credentials.push(c);
        }
    }
    let credentials = log.capped(Part::Credential, credentials, MAX_CREDENTIALS);

    // The goal: a job the taxonomy knows, else left out.
    let goal = match p.goal {
        Some(code) if t.occupation(&code).is_none() => {
            log.drop(Part::Goal, Why::UnknownId);
            None
        }
        other => other,
    };
    let job_centre = crate::jobcentre::tidy(&p.job_centre);
    for _ in job_centre.len()..p.job_centre.len() {
        log.drop(Part::JobCentreAnswer, Why::UnknownId);
    }
    let mut profile = Profile {
        name,
        short_name,
        contact,
        languages,
        jobs,
        skills,
        credentials,
        goal,
        job_centre,
    };
    // Entries from outside keep a sane id of theirs; a missing, odd or repeated one gets a fresh
    // one, as the saved form would give it.
    profile.assign_ids();
    (profile, log.0)
}

/// An entry's id as the app makes them (a letter and a few hex digits); anything else (empty,
/// long, other characters) is replaced by a fresh one.
fn sane_id(id: String) -> String {
    let ok = (2..=24).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok {
        id
    } else {
        String::new()
    }
}

/// One credential on its own (a signed training from an Open Badges file), by the same rules as
/// inside a profile: the checked credential and what was left out, or `None` if it cannot be kept.
pub fn one_credential(c: Credential) -> Option<(Credential, Vec<Dropped>)> {
    let mut log = Log(Vec::new());
    credential(c, &mut log).map(|c| (c, log.0))
}

fn credential(c: Credential, log: &mut Log) -> Option<Credential> {
    let t = taxonomy::get();
    let signature = match c.signature {
        Some(s) if s.len() > MAX_SIGNATURE_BYTES => {
            log.drop(Part::Signature, Why::TooLarge);
            None
        }
        other => other,
    };
    // A signed credential's words are kept exactly as signed (tidying them would break the
    // signature); they are only held to the same lengths.
    let signed = signature.is_some();
    let text = |s: &str| -> Result<String, FieldError> {
        let tidy = validate::short_text(s)?;
        Ok(if signed { s.to_string() } else { tidy })
    };
    let name = match text(&c.name) {
        Ok(n) => n,
        Err(e) => {
            log.drop(Part::Credential, Why::Field(e));
            return None;
        }
    };
    let issuer = match c.issuer {
        None => None,
        Some(i) if i.trim().is_empty() => None,
        Some(i) => match text(&i) {
            Ok(i) => Some(i),
            Err(e) => {
                log.drop(Part::Issuer, Why::Field(e));
                None
            }
        },
    };
    let cert = match c.cert {
        Some(id) if t.certificate(&id).is_none() => {
            log.drop(Part::Cert, Why::UnknownId);
            None
        }
        other => other,
    };
    let mut skills = Vec::new();
    for id in c.skills {
        if t.skill(&id).is_some() {
            skills.push(id);
        } else {
            log.drop(Part::CredentialSkill, Why::UnknownId);
        }
    }
    let skills = log.capped(Part::CredentialSkill, skills, MAX_CREDENTIAL_SKILLS);
    Some(Credential {
        id: sane_id(c.id),
        kind: c.kind,
        cert,
        name,
        issuer,
        date: c.date,
        skills,
        signature,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Skill, SkillSource};
    use chrono::NaiveDate;

    fn known_skill() -> SkillId {
        SkillId::new(taxonomy::get().skills[0].id)
    }

    #[test]
    fn a_bad_skill_is_left_out_and_the_rest_kept() {
        let good = Skill {
            id: known_skill(),
            source: SkillSource::Chosen,
            added: NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
        };
        let far = Skill {
            id: SkillId::new(taxonomy::get().skills[1].id),
            added: NaiveDate::from_ymd_opt(12_000, 1, 1).unwrap(),
            ..good.clone()
        };
        let unknown = Skill {
            id: SkillId::new("sp:no-such-skill"),
            ..good.clone()
        };
        let p = Profile {
            name: "  Ana   López ".into(),
            skills: vec![far, good.clone(), unknown, good.clone()],
            ..Profile::default()
        };
        let (out, dropped) = admit(p);
        assert_eq!(out.name, "Ana López");
        assert_eq!(out.skills, [good]);
        assert_eq!(
            dropped,
            [
                Dropped {
                    part: Part::Skill,
                    why: Why::BadDate
                },
                Dropped {
                    part: Part::Skill,
                    why: Why::UnknownId
                }
            ]
        );
    }

    #[test]
    fn optional_parts_go_alone_required_ones_take_their_item() {
        let word = "x".repeat(300);
        let p = Profile {
            name: word.clone(),
            contact: Contact {
                phone: Some("call me".into()),
                email: Some("ana@example.com".into()),
                city: Some(word.clone()),
            },
            jobs: vec![
                Job {
                    id: String::new(),
                    title: word.clone(),
                    employer: None,
                    occupation: None,
                    start: None,
                    end: None,
                },
                Job {
                    id: String::new(),
                    title: "Cook".into(),
                    employer: Some(word.clone()),
                    occupation: Some("99-9999.99".into()),
                    start: crate::YearMonth::new(2020, 5).ok(),
                    end: crate::YearMonth::new(2019, 5).ok(),
                },
            ],
            languages: vec!["es".into(), "es".into(), "Spanish".into()],
            ..Profile::default()
        };
        let (out, dropped) = admit(p);
        assert_eq!(out.name, "");
        assert_eq!(out.contact.phone, None);
        assert_eq!(out.contact.email.as_deref(), Some("ana@example.com"));
        assert_eq!(out.contact.city, None);
        assert_eq!(out.languages, ["es"]);
        assert_eq!(out.jobs.len(), 1);
        let cook = &out.jobs[0];
        assert_eq!(
            (cook.title.as_str(), &cook.employer, &cook.occupation),
            ("Cook", &None, &None)
        );
        assert_eq!(cook.start, crate::YearMonth::new(2020, 5).ok());
        assert_eq!(cook.end, None);
        // name, phone, city, language, the long-titled job, employer, occupation, end month
        assert_eq!(dropped.len(), 8, "{dropped:?}");
    }

    #[test]
    fn counts_beyond_the_caps_are_left_out() {
        let p = Profile {
            languages: crate::languages::all()
                .iter()
                .take(30)
                .map(|l| l.code.to_string())
                .collect(),
            ..Profile::default()
        };
        let (out, dropped) = admit(p);
        assert_eq!(out.languages.len(), MAX_LANGUAGES);
        assert_eq!(dropped.len(), 30 - MAX_LANGUAGES);
        assert!(dropped.iter().all(|d| d.why == Why::TooMany));
    }

    #[test]
    fn only_known_language_codes_and_a_sane_short_name_come_in() {
        let mut languages: Vec<String> = ["zz", "xx", "Spanish", "\u{202e}es", "e", "ESP", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        languages.push("a".repeat(300));
        languages.extend((0..300).map(|_| "es".to_string()));
        languages.push("vi".into());
        let p = Profile {
            name: "María Hernández".into(),
            short_name: Some("x".repeat(300)),
            languages,
            ..Profile::default()
        };
        let (out, dropped) = admit(p);
        assert_eq!(out.languages, ["es", "vi"]);
        assert_eq!(out.short_name, None, "a 300-letter short name is left out");
        assert_eq!(
            dropped.iter().filter(|d| d.part == Part::Language).count(),
            8
        );
        assert_eq!(dropped.iter().filter(|d| d.part == Part::Name).count(), 1);
        let (out, _) = admit(Profile {
            name: "Ana".into(),
            short_name: Some("  Anita   ".into()),
            ..Profile::default()
        });
        assert_eq!(out.short_name.as_deref(), Some("Anita"));
        let (out, _) = admit(Profile {
            name: "Ana".into(),
            short_name: Some("   ".into()),
            ..Profile::default()
        });
        assert_eq!(out.short_name, None);
    }
}

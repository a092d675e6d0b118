//! JSON Resume (jsonresume.org) export and import, made to render cleanly with published themes
//! (`jsonresume-theme-even`, `-stackoverflow`, `-elegant`): everything a theme shows is words in
//! the résumé's language — skill names, languages by name ("Spanish", "español") — and never a
//! code. The codes travel where a machine reads them and themes do not look: `x-skillpass` on each
//! skill (its O*NET DWA or SkillPass id, ESCO URI, source and day), language (ISO 639 code) and
//! certificate (list id, kind, skills, signature), `x-onetSoc` on each job, and `meta`. The
//! optional sections themes expect are there, empty where there is nothing. So SkillPass → JSON
//! Resume → SkillPass gives the same profile, a file from an older SkillPass (codes in `keywords`,
//! languages by code or English name) still opens the same, and a résumé made by another tool is
//! read as far as it maps.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

use crate::locale::Lang;
use crate::month::YearMonth;
use crate::profile::{
    Contact, Credential, CredentialKind, Job, Profile, Skill, SkillId, SkillSource,
};
use crate::summary::skill_words;
use crate::taxonomy::{self, fold};

fn source_name(s: SkillSource) -> &'static str {
    match s {
        SkillSource::Chosen => "chosen",
        SkillSource::Job => "job",
        SkillSource::Training => "training",
    }
}

/// What `meta.version` says a file made by this export is.
pub const META_VERSION: &str = "skillpass-resume-2";

/// The profile as a JSON Resume document, with skill and language names in `lang`. Typed text
/// goes out [`crate::bidi::plain`] (no direction controls for a theme to show reversed). A skill
/// or language this build cannot name is left out: it would show as a bare code, and it would
/// not be let in again ([`crate::admit`]) anyway.
pub fn export(p: &Profile, lang: Lang) -> Value {
    let t = taxonomy::get();
    let p = &crate::bidi::plain_profile(p);
    let mut basics = Map::new();
    basics.insert("name".into(), json!(p.name));
    if let Some(e) = &p.contact.email {
        basics.insert("email".into(), json!(e));
    }
    if let Some(ph) = &p.contact.phone {
        basics.insert("phone".into(), json!(ph));
    }
    basics.insert(
        "location".into(),
        match &p.contact.city {
            Some(c) => json!({ "city": c }),
            None => json!({}),
        },
    );
    basics.insert("profiles".into(), json!([]));
    let work: Vec<Value> = p
        .jobs
        .iter()
        .map(|j| {
            let mut w = Map::new();
            if let Some(e) = &j.employer {
                w.insert("name".into(), json!(e));
            }
            w.insert("position".into(), json!(j.title));
            if let Some(s) = j.start {
                w.insert("startDate".into(), json!(s.to_string()));
            }
            if let Some(e) = j.end {
                w.insert("endDate".into(), json!(e.to_string()));
            }
            w.insert("highlights".into(), json!([]));
            if let Some(code) = &j.occupation {
                w.insert("x-onetSoc".into(), json!(code));
            }
            Value::Object(w)
        })
        .collect();
    let skills: Vec<Value> = p
        .skills
        .iter()
        .filter_map(|s| {
            let entry = t.skill(&s.id)?;
            let mut x = Map::new();
            x.insert("id".into(), json!(s.id.as_str()));
            if let Some(uri) = entry.esco {
                x.insert("esco".into(), json!(uri));
            }
            x.insert("source".into(), json!(source_name(s.source)));
            x.insert("added".into(), json!(s.added.to_string()));
            Some(json!({
                "name": skill_words(&s.id, lang),
                "keywords": [],
                "x-skillpass": x,
            }))
        })
        .collect();
    let certificates: Vec<Value> = p
        .credentials
        .iter()
        .map(|c| {
            let mut v = Map::new();
            v.insert("name".into(), json!(c.name));
            if let Some(i) = &c.issuer {
                v.insert("issuer".into(), json!(i));
            }
            if let Some(d) = c.date {
                v.insert("date".into(), json!(d.to_string()));
            }
            let mut x = Map::new();
            x.insert(
                "kind".into(),
                json!(match c.kind {
                    CredentialKind::Certificate => "certificate",
                    CredentialKind::Training => "training",
                }),
            );
            if let Some(id) = &c.cert {
                x.insert("cert".into(), json!(id));
            }
            if !c.skills.is_empty() {
                x.insert(
                    "skills".into(),
                    json!(c.skills.iter().map(SkillId::as_str).collect::<Vec<_>>()),
                );
            }
            if let Some(sig) = &c.signature {
                x.insert("signature".into(), json!(sig));
            }
            v.insert("x-skillpass".into(), Value::Object(x));
            Value::Object(v)
        })
        .collect();
    let languages: Vec<Value> = p
        .languages
        .iter()
        .filter_map(|code| crate::languages::get(code))
        .map(|l| json!({ "language": l.name(lang), "x-skillpass": { "code": l.code } }))
        .collect();
    json!({
        "basics": basics,
        "work": work,
        "volunteer": [],
        "education": [],
        "awards": [],
        "certificates": certificates,
        "publications": [],
        "skills": skills,
        "languages": languages,
        "interests": [],
        "references": [],
        "projects": [],
        "meta": {
            "version": META_VERSION,
            "x-skillpass": { "app": env!("CARGO_PKG_VERSION"), "lang": lang.code() },
        },
    })
}

/// What an import found: the profile, the entries it could not place (shown to the person), and
/// what the checks every incoming profile meets left out ([`crate::admit`]; counted for the notice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub profile: Profile,
    pub unmatched: Vec<String>,
    pub dropped: Vec<crate::admit::Dropped>,
    /// The kinds of things in the file a profile has no place for (said to the person in plain
    /// words: see [`crate::present::messages::not_kept`]), each once.
    pub not_kept: Vec<NotKept>,
}

/// A kind of thing a file may hold that a SkillPass profile has no place for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NotKept {
    /// Schools, degrees, transcripts.
    School,
    /// Free texts about the person (a goal, a summary).
    About,
    /// Attached files.
    Files,
    /// Web sites and social media.
    Links,
    /// The job applied for, or the kind of job wanted.
    JobWanted,
    /// What the person did at a job, in their words (the job and its dates are kept).
    JobDetails,
    /// A street address or postal code (the city is kept).
    Address,
    /// A signature this app cannot check: the entry is kept as the person's own.
    Signature,
    /// Anything else that could not be placed.
    Other,
}

/// The most names of unplaced skills listed to the person; the rest are only counted.
pub const MAX_UNMATCHED: usize = 50;

/// The taxonomy looked up by what other tools write (ESCO URIs, names, titles), built once so an
/// import takes one look-up per entry however long the résumé is.
struct Index {
    skill_by_esco: HashMap<&'static str, &'static str>,
    skill_by_words: HashMap<String, &'static str>,
    occupation_by_title: HashMap<String, &'static str>,
    cert_by_name: HashMap<String, &'static str>,
}

/// The look-up tables over the words of every language on the device now: built again (at most
/// once per language installed) when a language's words arrive, so a résumé written in it maps.
fn index() -> &'static Index {
    static INDEX: std::sync::Mutex<Option<(u8, &'static Index)>> = std::sync::Mutex::new(None);
    let ready = crate::locale::ready().fold(0u8, |m, l| m | 1 << (l as u8));
    let mut held = INDEX.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((mask, ix)) = *held {
        if mask == ready {
            return ix;
        }
    }
    let ix: &'static Index = Box::leak(Box::new(build_index()));
    *held = Some((ready, ix));
    ix
}

fn build_index() -> Index {
    {
        let t = taxonomy::get();
        // `or_insert`: the first entry with a name wins, as a search down the list would find.
        let mut ix = Index {
            skill_by_esco: HashMap::new(),
            skill_by_words: HashMap::new(),
            occupation_by_title: HashMap::new(),
            cert_by_name: HashMap::new(),
        };
        for e in &t.skills {
            if let Some(uri) = e.esco {
                ix.skill_by_esco.entry(uri).or_insert(e.id);
            }
            for w in e.words.known() {
                ix.skill_by_words.entry(fold(w)).or_insert(e.id);
            }
        }
        for o in &t.occupations {
            for w in o.title.known() {
                ix.occupation_by_title.entry(fold(w)).or_insert(o.soc);
            }
        }
        for k in &t.certificates {
            for w in k.name.known() {
                ix.cert_by_name.entry(fold(w)).or_insert(k.id);
            }
        }
        ix
    }
}

fn str_at<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// "2022-06", "2022-06-15" to a month; "2022" (or a date whose month cannot be read) to the
/// year alone, which is how the export writes a year alone.
fn month(v: &Value, key: &str) -> Option<YearMonth> {
    let s = str_at(v, key)?;
    YearMonth::parse(s.get(..7).unwrap_or(s)).ok().or_else(|| {
        s.get(..4)?
            .parse()
            .ok()
            .and_then(|y| YearMonth::year_only(y).ok())
    })
}

/// Reads a JSON Resume document. `today` dates skills that come without a day. Takes time in
/// proportion to the document (one look-up per entry); the result is not yet checked: callers
/// pass it through [`crate::admit`] (as [`crate::files::open_any`] does).
pub fn import(doc: &Value, today: NaiveDate) -> Result<Imported, String> {
    if !doc.is_object() || !(doc.get("basics").is_some() || doc.get("work").is_some()) {
        return Err("not a JSON Resume".into());
    }
    let t = taxonomy::get();
    let ix = index();
    let empty = Value::Null;
    let basics = doc.get("basics").unwrap_or(&empty);
    let list = |key: &str| -> &[Value] {
        doc.get(key)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
    };
    let mut unmatched = Vec::new();

    let jobs = list("work")
        .iter()
        .filter_map(|w| {
            let title = str_at(w, "position").or(str_at(w, "name"))?.to_string();
            let occupation = str_at(w, "x-onetSoc")
                .and_then(|c| t.occupation(c))
                .or_else(|| {
                    ix.occupation_by_title
                        .get(&fold(&title))
                        .and_then(|soc| t.occupation(soc))
                })
                .map(|o| o.soc.to_string())
                .or_else(|| str_at(w, "x-onetSoc").map(str::to_string));
            Some(Job {
                id: String::new(),
                employer: str_at(w, "name")
                    .filter(|n| *n != title)
                    .map(str::to_string),
                title,
                occupation,
                start: month(w, "startDate"),
                end: month(w, "endDate"),
            })
        })
        .collect();

    let mut skills: Vec<Skill> = Vec::new();
    let mut have: HashSet<SkillId> = HashSet::new();
    for s in list("skills") {
        let x = s.get("x-skillpass").unwrap_or(&empty);
        let keywords: Vec<&str> = s
            .get("keywords")
            .and_then(Value::as_array)
            .map(|k| k.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let name = str_at(s, "name").unwrap_or_default();
        let id = str_at(x, "id")
            .map(SkillId::new)
            .or_else(|| {
                keywords.iter().find_map(|k| {
                    t.skill(&SkillId::new(*k))
                        .map(|e| e.id)
                        .or_else(|| ix.skill_by_esco.get(k).copied())
                        .map(SkillId::new)
                })
            })
            .or_else(|| {
                ix.skill_by_words
                    .get(&fold(name))
                    .map(|id| SkillId::new(*id))
            });
        let Some(id) = id else {
            if !name.is_empty() {
                unmatched.push(name.to_string());
            }
            continue;
        };
        if !have.insert(id.clone()) {
            continue;
        }
        let source = match str_at(x, "source") {
            Some("job") => SkillSource::Job,
            Some("training") => SkillSource::Training,
            _ => SkillSource::Chosen,
        };
        let added = str_at(x, "added")
            .and_then(crate::dates::parse_day)
            .unwrap_or(today);
        skills.push(Skill { id, source, added });
    }

    let credentials = list("certificates")
        .iter()
        .filter_map(|c| {
            let x = c.get("x-skillpass").unwrap_or(&empty);
            let name = str_at(c, "name")?.to_string();
            let cert = str_at(x, "cert")
                .map(str::to_string)
                .or_else(|| ix.cert_by_name.get(&fold(&name)).map(|k| k.to_string()));
            Some(Credential {
                id: String::new(),
                kind: if str_at(x, "kind") == Some("training") {
                    CredentialKind::Training
                } else {
                    CredentialKind::Certificate
                },
                cert,
                name,
                issuer: str_at(c, "issuer").map(str::to_string),
                date: month(c, "date"),
                skills: x
                    .get("skills")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(SkillId::new)
                            .collect()
                    })
                    .unwrap_or_default(),
                signature: str_at(x, "signature").map(str::to_string),
            })
        })
        .collect();

    let languages = list("languages")
        .iter()
        // The code SkillPass writes beside the name first: a name in a language whose words are not
        // on this device would not be found. Then the name (or the code older files wrote).
        .filter_map(|l| {
            l.get("x-skillpass")
                .and_then(|x| str_at(x, "code"))
                .filter(|c| crate::languages::known(c))
                .or_else(|| str_at(l, "language").and_then(crate::languages::from_name))
        })
        .map(str::to_string)
        .collect();

    Ok(Imported {
        profile: Profile {
            name: str_at(basics, "name").unwrap_or_default().to_string(),
            short_name: None,
            contact: Contact {
                phone: str_at(basics, "phone").map(str::to_string),
                email: str_at(basics, "email").map(str::to_string),
                city: basics
                    .get("location")
                    .and_then(|l| str_at(l, "city"))
                    .map(str::to_string),
            },
            languages,
            jobs,
            skills,
            credentials,
            goal: None,
            job_centre: Default::default(),
        },
        unmatched,
        dropped: Vec::new(),
        not_kept: Vec::new(),
    })
}

//! HR Open **LER-RS** (Learning and Employment Record – Resume Standard, 4.4) export and import:
//! the record job centres and hiring systems take in. Schema: `LER-RSType.json` in
//! `../shared/data/ler-rs-and-ob3-schemas/catalog/www.hropenstandards.org/recruiting/json/`
//! (HR Open Standards Consortium); every export validates against it (`tests/interop/`).
//!
//! What goes where (SkillPass → LER-RS):
//! - name → `person.name.formattedName`; email, phone, city → `communication.email[].address`,
//!   `communication.phone[].formattedNumber`, `communication.address[].city`.
//! - each job → one `employmentHistories[]` entry: employer → `organization.tradeName`, and one
//!   `positionHistories[]` entry with `title`, `start`, `end` (or `current: true`), and, for a job
//!   picked from the list, its O*NET-SOC code in `jobCategories[]` (`id.value`, `schemeId`
//!   "O*NET-SOC", `schemeVersionId` "2018"; `name` its official title).
//! - each skill → `skills[]` with `name` in the file's language and a **`schemeReference`**:
//!   - an O*NET activity: `reference` `urn:onet:dwa:<DWA id>` (e.g. `urn:onet:dwa:4.A.2.a.2.I04.D01`),
//!     `scheme` `urn:onet:29.2:dwa` (O*NET 29.2 Detailed Work Activities); its ESCO skill URI, when it
//!     has one, in `definitionReference` (`scheme` `http://data.europa.eu/esco/concept-scheme/skills`);
//!   - a SkillPass skill (`sp:…`) with an ESCO skill: the ESCO URI as `schemeReference.reference`,
//!     `scheme` the ESCO (v1.0) skills pillar `http://data.europa.eu/esco/concept-scheme/skills`;
//!   - a SkillPass skill without one: no reference (its name only).
//! - each language spoken → a `skills[]` entry named in the file's language, `schemeReference`
//!   `http://id.loc.gov/vocabulary/iso639-1/<code>` (`scheme` `http://id.loc.gov/vocabulary/iso639-1`):
//!   LER-RS has no list of languages.
//! - certificates → `certifications[]` (`name`, `issuingAuthority.tradeName`, `issued`); trainings →
//!   `educationAndLearnings[]` (`programs[0]` its name, `institution.tradeName`, `end`). A signed one
//!   carries its Open Badges 3.0 credential ([`crate::credential::open_badge`]) in `verifications[]`.
//! - what LER-RS has no field for (a skill's source and day, a credential's list id, skills and
//!   place in the list, a class's share-link signature) travels in `x-skillpass` fields, which the
//!   schema allows, so SkillPass → LER-RS → SkillPass gives the same profile.
//!
//! Import reads an LER-RS document, bare or wrapped in a verifiable credential (`credentialSubject`),
//! any 4.x `type`, by turning it into the JSON Resume shape [`crate::jsonresume::import`] reads (so
//! skills and jobs map the same way) and says in [`NotKept`] what a profile has no place for.

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

use crate::credential;
use crate::jsonresume::{self, Imported, NotKept};
use crate::locale::Lang;
use crate::profile::{CredentialKind, Profile, SkillId, SkillSource};
use crate::summary::skill_words;
use crate::taxonomy;

/// The only `type` the 4.4 schema allows.
pub const TYPE: &str =
    "http://schema.hropenstandards.org/4.4/recruiting/json/ler-rs/LER-RSType.json";
pub const DWA_PREFIX: &str = "urn:onet:dwa:";
pub const DWA_SCHEME: &str = "urn:onet:29.2:dwa";
pub const ESCO_SCHEME: &str = "http://data.europa.eu/esco/concept-scheme/skills";
pub const LANGUAGE_PREFIX: &str = "http://id.loc.gov/vocabulary/iso639-1/";
pub const LANGUAGE_SCHEME: &str = "http://id.loc.gov/vocabulary/iso639-1";
pub const SOC_SCHEME: &str = "O*NET-SOC";

/// O*NET activity ids look like `4.A.2.a.2.I04.D01`; SkillPass's own start with `sp:`.
fn is_dwa(id: &SkillId) -> bool {
    id.as_str().starts_with("4.")
}

fn source_name(s: SkillSource) -> &'static str {
    match s {
        SkillSource::Chosen => "chosen",
        SkillSource::Job => "job",
        SkillSource::Training => "training",
    }
}

/// An employer, issuer or school by name. The schema wants one, and an organization with at least
/// one property: an empty name says "not given" (and is read back as none).
fn organization(name: Option<&String>) -> Value {
    json!({ "tradeName": name.map_or("", String::as_str) })
}

/// The profile as an LER-RS 4.4 document, with skill and occupation names in `lang`.
pub fn export(p: &Profile, lang: Lang) -> Value {
    let t = taxonomy::get();
    let mut doc = Map::new();
    doc.insert("type".into(), json!(TYPE));
    doc.insert("language".into(), json!(lang.code()));
    doc.insert(
        "person".into(),
        json!({ "name": { "formattedName": p.name } }),
    );
    let mut comm = Map::new();
    if let Some(e) = &p.contact.email {
        comm.insert("email".into(), json!([{ "address": e }]));
    }
    if let Some(ph) = &p.contact.phone {
        comm.insert("phone".into(), json!([{ "formattedNumber": ph }]));
    }
    if let Some(c) = &p.contact.city {
        comm.insert("address".into(), json!([{ "city": c }]));
    }
    if !comm.is_empty() {
        doc.insert("communication".into(), Value::Object(comm));
    }

    let histories: Vec<Value> = p
        .jobs
        .iter()
        .map(|j| {
            let mut pos = Map::new();
            pos.insert("title".into(), json!(j.title));
            if let Some(s) = j.start {
                pos.insert("start".into(), json!(s.to_string()));
            }
            match j.end {
                Some(e) => pos.insert("end".into(), json!(e.to_string())),
                None => pos.insert("current".into(), json!(true)),
            };
            if let Some(code) = &j.occupation {
                let mut cat = json!({ "id": {
                    "value": code, "schemeId": SOC_SCHEME, "schemeVersionId": "2018",
                    "schemeAgencyId": "USDOL/ETA",
                } });
                if let Some(o) = t.occupation(code) {
                    cat["name"] = json!(o.title.get(lang));
                }
                pos.insert("jobCategories".into(), json!([cat]));
            }
            json!({
                "organization": organization(j.employer.as_ref()),
                "positionHistories": [Value::Object(pos)],
            })
        })
        .collect();

    let mut skills: Vec<Value> = p
        .skills
        .iter()
        .map(|s| {
            let mut v = Map::new();
            v.insert("name".into(), json!(skill_words(&s.id, lang)));
            let esco = t.skill(&s.id).and_then(|e| e.esco);
            if is_dwa(&s.id) {
                v.insert(
                    "schemeReference".into(),
                    json!({ "reference": format!("{DWA_PREFIX}{}", s.id.as_str()), "scheme": DWA_SCHEME }),
                );
                if let Some(uri) = esco {
                    v.insert(
                        "definitionReference".into(),
                        json!({ "reference": uri, "scheme": ESCO_SCHEME }),
                    );
                }
            } else if let Some(uri) = esco {
                v.insert(
                    "schemeReference".into(),
                    json!({ "reference": uri, "scheme": ESCO_SCHEME }),
                );
            }
            v.insert(
                "x-skillpass".into(),
                json!({ "id": s.id.as_str(), "source": source_name(s.source), "added": s.added.to_string() }),
            );
            Value::Object(v)
        })
        .collect();
    for l in &p.languages {
        let name = crate::languages::get(l).map_or(l.as_str(), |k| k.words.get(lang));
        let mut v = json!({ "name": name, "x-skillpass": { "language": l } });
        // The reference is a URI: only for a plain two-letter code.
        if l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()) {
            v["schemeReference"] =
                json!({ "reference": format!("{LANGUAGE_PREFIX}{l}"), "scheme": LANGUAGE_SCHEME });
        }
        skills.push(v);
    }

    let mut certifications = Vec::new();
    let mut trainings = Vec::new();
    for (at, c) in p.credentials.iter().enumerate() {
        let mut x = Map::new();
        x.insert("at".into(), json!(at));
        if let Some(id) = &c.cert {
            x.insert("cert".into(), json!(id));
        }
        if !c.skills.is_empty() {
            x.insert(
                "skills".into(),
                json!(c.skills.iter().map(SkillId::as_str).collect::<Vec<_>>()),
            );
        }
        // A badge from a file is its own signature (read back from `verifications`); a class
        // signed in the room keeps its share-link form too, so it comes back byte for byte.
        if let Some(sig) = c.signature.as_deref() {
            if !sig.starts_with(credential::OB3_PREFIX) {
                x.insert("signature".into(), json!(sig));
            }
        }
        let badge = credential::open_badge(c);
        let mut v = Map::new();
        match c.kind {
            CredentialKind::Certificate => {
                v.insert("name".into(), json!(c.name));
                v.insert("issuingAuthority".into(), organization(c.issuer.as_ref()));
                if let Some(d) = c.date {
                    v.insert("issued".into(), json!(d.to_string()));
                }
            }
            CredentialKind::Training => {
                v.insert("institution".into(), organization(c.issuer.as_ref()));
                v.insert("programs".into(), json!([c.name]));
                if let Some(d) = c.date {
                    v.insert("end".into(), json!(d.to_string()));
                }
            }
        }
        if let Some(b) = badge {
            v.insert("verifications".into(), json!([b]));
        }
        v.insert("x-skillpass".into(), Value::Object(x));
        match c.kind {
            CredentialKind::Certificate => certifications.push(Value::Object(v)),
            CredentialKind::Training => trainings.push(Value::Object(v)),
        }
    }
    // The schema wants each list non-empty when present.
    for (key, list) in [
        ("employmentHistories", histories),
        ("skills", skills),
        ("certifications", certifications),
        ("educationAndLearnings", trainings),
    ] {
        if !list.is_empty() {
            doc.insert(key.into(), Value::Array(list));
        }
    }
    Value::Object(doc)
}

fn is_ler_rs_type(v: &Value) -> bool {
    v.get("type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.contains("/recruiting/json/") && t.ends_with("LER-RSType.json"))
}

/// The LER-RS document in `doc`: itself, or the subject of a verifiable credential around it.
pub fn body(doc: &Value) -> Option<&Value> {
    if is_ler_rs_type(doc) {
        return Some(doc);
    }
    doc.get("credentialSubject").filter(|s| is_ler_rs_type(s))
}

pub fn looks_like_ler_rs(doc: &Value) -> bool {
    body(doc).is_some()
}

fn text(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

fn first_text<'a>(v: &'a Value, list_key: &str, key: &str) -> Option<&'a str> {
    list(v, list_key).iter().find_map(|e| text(e.get(key)))
}

/// An organization's name: its trade name, else the `name` some files use.
fn org_name(v: Option<&Value>) -> Option<&str> {
    let v = v?;
    text(v.get("tradeName"))
        .or_else(|| first_text(v, "tradeNames", "name"))
        .or_else(|| text(v.get("name")))
}

/// An Open Badges credential or any verifiable credential in a `verifications` list.
fn badge_in(entry: &Value) -> Option<&Value> {
    list(entry, "verifications").iter().find_map(|v| {
        if credential::looks_like_open_badge(v) {
            Some(v)
        } else {
            v.get("otherW3CVerifiableCredential")
                .filter(|b| credential::looks_like_open_badge(b))
        }
    })
}

/// One credential as the JSON Resume shape `jsonresume::import` reads (`certificates[]`), from
/// an LER-RS certification, license or training. Its place in the profile's list comes first.
fn credential_entry(
    e: &Value,
    training: bool,
    name: Option<&str>,
    issuer: Option<&str>,
    date: Option<&str>,
    not_kept: &mut Vec<NotKept>,
) -> Option<(usize, Value)> {
    let x = e.get("x-skillpass").filter(|x| x.is_object());
    let at = x
        .and_then(|x| x.get("at"))
        .and_then(Value::as_u64)
        .map_or(usize::MAX, |n| n as usize);
    let mut out = Map::new();
    let mut xs = Map::new();
    xs.insert(
        "kind".into(),
        json!(if training { "training" } else { "certificate" }),
    );
    if let Some(cert) = x.and_then(|x| text(x.get("cert"))) {
        xs.insert("cert".into(), json!(cert));
    }
    if let Some(skills) = x.and_then(|x| x.get("skills")).filter(|s| s.is_array()) {
        xs.insert("skills".into(), skills.clone());
    }
    let badge = badge_in(e);
    let (mut name, mut issuer, mut date) = (
        name.map(str::to_string),
        issuer.map(str::to_string),
        date.map(str::to_string),
    );
    if let Some(sig) = x.and_then(|x| text(x.get("signature"))) {
        // Checked again every time it is shown (`credential::trust`), as any signature is.
        xs.insert("signature".into(), json!(sig));
    } else if let Some(b) = badge {
        match credential::checked_badge(b) {
            Ok(checked) => {
                let c = checked.credential;
                name = Some(c.name);
                issuer = c.issuer;
                date = c.date.map(|d| d.to_string());
                xs.insert("kind".into(), json!("training"));
                xs.insert(
                    "skills".into(),
                    json!(c.skills.iter().map(SkillId::as_str).collect::<Vec<_>>()),
                );
                if let Some(sig) = c.signature {
                    xs.insert("signature".into(), json!(sig));
                }
            }
            Err(_) => {
                // Kept as the person's own entry, from what the badge says.
                not_kept.push(NotKept::Signature);
                let subject = b.get("credentialSubject");
                let achievement = subject.and_then(|s| s.get("achievement"));
                name = name
                    .or_else(|| text(achievement.and_then(|a| a.get("name"))).map(str::to_string))
                    .or_else(|| text(b.get("name")).map(str::to_string));
                issuer = issuer.or_else(|| {
                    let i = b.get("issuer");
                    text(i.and_then(|i| i.get("name")))
                        .or_else(|| text(i))
                        .map(str::to_string)
                });
                date = date.or_else(|| {
                    text(b.get("validFrom"))
                        .or_else(|| text(b.get("issuanceDate")))
                        .map(str::to_string)
                });
            }
        }
    }
    let Some(name) = name else {
        not_kept.push(NotKept::Other);
        return None;
    };
    out.insert("name".into(), json!(name));
    if let Some(i) = issuer {
        out.insert("issuer".into(), json!(i));
    }
    if let Some(d) = date {
        out.insert("date".into(), json!(d));
    }
    out.insert("x-skillpass".into(), Value::Object(xs));
    Some((at, Value::Object(out)))
}

/// A skill reference's target: a DWA id, an ESCO URI, or a language code.
enum Ref<'a> {
    Skill(&'a str),
    Language(&'a str),
}

fn reference(r: Option<&Value>) -> Option<Ref<'_>> {
    let uri = text(r?.get("reference"))?;
    if let Some(id) = uri.strip_prefix(DWA_PREFIX) {
        return Some(Ref::Skill(id));
    }
    if let Some(code) = uri.strip_prefix(LANGUAGE_PREFIX) {
        return Some(Ref::Language(code));
    }
    Some(Ref::Skill(uri))
}

/// Reads an LER-RS document (bare or inside a verifiable credential). `today` dates skills that
/// come without a day. Like [`jsonresume::import`], the result is not yet checked: callers pass it
/// through [`crate::admit`] (as [`crate::files::open_any`] does).
pub fn import(doc: &Value, today: NaiveDate) -> Result<Imported, String> {
    let d = body(doc).ok_or("not an LER-RS document")?;
    let mut not_kept = Vec::new();
    let person = d.get("person");
    let pname = person.and_then(|p| p.get("name"));
    let name = text(pname.and_then(|n| n.get("formattedName")))
        .map(str::to_string)
        .or_else(|| {
            let parts: Vec<&str> = ["given", "middle", "family"]
                .iter()
                .filter_map(|k| text(pname.and_then(|n| n.get(*k))))
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        });
    let empty = Value::Null;
    let comm = d.get("communication").unwrap_or(&empty);
    let mut basics = Map::new();
    if let Some(n) = name {
        basics.insert("name".into(), json!(n));
    }
    if let Some(e) = first_text(comm, "email", "address") {
        basics.insert("email".into(), json!(e));
    }
    if let Some(ph) = first_text(comm, "phone", "formattedNumber") {
        basics.insert("phone".into(), json!(ph));
    }
    if let Some(c) = first_text(comm, "address", "city") {
        basics.insert("location".into(), json!({ "city": c }));
    }
    if list(comm, "address")
        .iter()
        .any(|a| a.get("line").is_some() || a.get("postalCode").is_some())
    {
        not_kept.push(NotKept::Address);
    }
    if !list(comm, "web").is_empty() || !list(comm, "social").is_empty() {
        not_kept.push(NotKept::Links);
    }
    if !list(d, "narratives").is_empty() {
        not_kept.push(NotKept::About);
    }
    if !list(d, "attachments").is_empty() {
        not_kept.push(NotKept::Files);
    }
    if d.get("job").is_some()
        || !list(d, "positionPreferences").is_empty()
        || !list(d, "employmentPreferences").is_empty()
    {
        not_kept.push(NotKept::JobWanted);
    }

    // The record's own signature (the samples wrap it in a verifiable credential) is not checked.
    if !std::ptr::eq(d, doc) && doc.get("proof").is_some() {
        not_kept.push(NotKept::Signature);
    }
    let described = |v: Option<&Value>| v.is_some_and(|v| !list(v, "descriptions").is_empty());
    let mut work = Vec::new();
    let mut employers = Vec::new();
    for h in list(d, "employmentHistories") {
        if described(Some(h)) || described(h.get("organization")) {
            not_kept.push(NotKept::JobDetails);
        }
        let employer = org_name(h.get("organization")).or_else(|| {
            // A verified employment history: its organization is inside the credential.
            badge_like_subject(h).and_then(|s| org_name(s.get("organization")))
        });
        let positions = list(h, "positionHistories");
        if positions.is_empty() {
            not_kept.push(NotKept::Other);
        }
        for pos in positions {
            if described(Some(pos)) || described(pos.get("location")) {
                not_kept.push(NotKept::JobDetails);
            }
            let Some(title) = text(pos.get("title")) else {
                not_kept.push(NotKept::Other);
                continue;
            };
            let mut w = Map::new();
            if let Some(e) = employer {
                w.insert("name".into(), json!(e));
            }
            employers.push(employer.map(str::to_string));
            w.insert("position".into(), json!(title));
            if let Some(s) = text(pos.get("start")).or_else(|| text(h.get("start"))) {
                w.insert("startDate".into(), json!(s));
            }
            let current = pos.get("current").and_then(Value::as_bool) == Some(true);
            if !current {
                if let Some(e) = text(pos.get("end")).or_else(|| text(h.get("end"))) {
                    w.insert("endDate".into(), json!(e));
                }
            }
            let soc = list(pos, "jobCategories").iter().find_map(|c| {
                let id = c.get("id")?;
                text(id.get("schemeId"))
                    .filter(|s| s.starts_with(SOC_SCHEME))
                    .and(text(id.get("value")))
            });
            if let Some(code) = soc {
                w.insert("x-onetSoc".into(), json!(code));
            }
            work.push(Value::Object(w));
        }
    }

    let mut skills = Vec::new();
    let mut languages: Vec<String> = Vec::new();
    for s in list(d, "skills") {
        let x = s.get("x-skillpass").filter(|x| x.is_object());
        let lang_code =
            x.and_then(|x| text(x.get("language")))
                .or(match reference(s.get("schemeReference")) {
                    Some(Ref::Language(code)) => Some(code),
                    _ => None,
                });
        if let Some(code) = lang_code {
            if crate::languages::get(code).is_some() || x.is_some() {
                languages.push(code.to_string());
            } else {
                not_kept.push(NotKept::Other);
            }
            continue;
        }
        // Or a language named as a skill by another tool ("Spanish").
        if x.is_none() && s.get("schemeReference").is_none() {
            if let Some(code) = text(s.get("name")).and_then(crate::languages::from_name) {
                languages.push(code.to_string());
                continue;
            }
        }
        // How long, how keen, comments, who vouches: a profile keeps the skill alone.
        if [
            "yearsOfExperience",
            "comments",
            "endorsers",
            "interestLevel",
            "description",
        ]
        .iter()
        .any(|k| s.get(*k).is_some())
        {
            not_kept.push(NotKept::Other);
        }
        let mut keywords = Vec::new();
        for r in [s.get("schemeReference"), s.get("definitionReference")] {
            if let Some(Ref::Skill(k)) = reference(r) {
                keywords.push(json!(k));
            }
        }
        let mut v = Map::new();
        if let Some(n) = text(s.get("name")) {
            v.insert("name".into(), json!(n));
        }
        v.insert("keywords".into(), Value::Array(keywords));
        if let Some(x) = x {
            v.insert("x-skillpass".into(), x.clone());
        }
        skills.push(Value::Object(v));
    }

    let mut credentials: Vec<(usize, Value)> = Vec::new();
    for c in list(d, "certifications").iter().chain(list(d, "licenses")) {
        let date = text(c.get("issued"))
            .or_else(|| text(c.get("firstIssued")))
            .or_else(|| {
                c.get("effectiveTimePeriod")
                    .and_then(|p| text(p.get("validFrom")))
            });
        let x = c.get("x-skillpass");
        let training = x.and_then(|x| text(x.get("kind"))) == Some("training");
        // An end date, a status: a profile keeps the name, issuer and month.
        if c.get("effectiveTimePeriod").is_some() || c.get("status").is_some() {
            not_kept.push(NotKept::Other);
        }
        credentials.extend(credential_entry(
            c,
            training,
            text(c.get("name")),
            org_name(c.get("issuingAuthority")),
            date,
            &mut not_kept,
        ));
    }
    for e in list(d, "educationAndLearnings") {
        let programs = list(e, "programs");
        let ours = e.get("x-skillpass").is_some();
        let degrees = !list(e, "educationDegrees").is_empty();
        // A class: ours, or one with a program named and no degree. Schooling has no place here.
        let program = programs.iter().find_map(|p| text(Some(p)));
        if !ours && (degrees || program.is_none()) {
            not_kept.push(NotKept::School);
            continue;
        }
        let date = text(e.get("end")).or_else(|| text(e.get("start")));
        credentials.extend(credential_entry(
            e,
            true,
            program,
            org_name(e.get("institution")),
            date,
            &mut not_kept,
        ));
    }
    crate::order::sort_by_key(&mut credentials, |(at, _)| *at);

    let jr = json!({
        "basics": basics,
        "work": work,
        "skills": skills,
        "certificates": credentials.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
    });
    let mut imported = jsonresume::import(&jr, today)?;
    // JSON Resume reads an employer named like the job as no employer (its `name` may stand for
    // the title there); here the employer is always its own field.
    if imported.profile.jobs.len() == employers.len() {
        for (job, employer) in imported.profile.jobs.iter_mut().zip(employers) {
            job.employer = employer;
        }
    }
    let mut seen = std::collections::HashSet::new();
    imported.profile.languages = languages
        .into_iter()
        .filter(|l| seen.insert(l.clone()))
        .collect();
    crate::order::sort(&mut not_kept);
    not_kept.dedup();
    imported.not_kept = not_kept;
    Ok(imported)
}

/// The subject of a verifiable credential in an entry's `verifications` (an employment history
/// some files send only as a credential).
fn badge_like_subject(entry: &Value) -> Option<&Value> {
    list(entry, "verifications")
        .iter()
        .find_map(|v| v.get("credentialSubject"))
        .and_then(|s| s.get("employmentHistory").or(Some(s)))
}

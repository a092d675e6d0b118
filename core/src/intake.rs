//! The intake summary a caseworker keeps for the agency: only what the client agreed to share
//! (the same choice as a share link, applied by [`crate::share::select`] before this), as JSON for
//! systems, CSV for spreadsheets and an LER-RS record. "Signed" is the same check the profile
//! page makes ([`crate::credential::trust`]), and typed text has its bidi controls removed
//! ([`crate::bidi`]).
//!
//! Her "For a job centre" answers, when she shared them, are written under the WIOA PIRL data
//! elements they correspond to ([`pirl`]; the table is in the README). Only her own answers go in:
//! no identifier, no eligibility, nothing a caseworker decides.

use serde_json::{json, Value};

use crate::bidi::{plain, plain_profile};
use crate::credential::is_signed;
use crate::jobcentre::{self, Given};
use crate::locale::{text, Lang};
use crate::profile::Profile;
use crate::summary::{credential_meta, credential_name, job_dates, job_title, skill_words};

pub fn json(p: &Profile, lang: Lang) -> String {
    let p = &plain_profile(p);
    let c = &p.contact;
    let doc = json!({
        "format": "skillpass-intake",
        "name": p.name,
        "contact": { "phone": c.phone, "email": c.email, "city": c.city },
        "jobs": p.jobs.iter().map(|j| json!({
            "title": job_title(j, lang),
            "onetSoc": j.occupation.as_deref().map(plain),
            "employer": j.employer,
            "dates": job_dates(j, lang),
        })).collect::<Vec<Value>>(),
        "skills": p.skills.iter().map(|s| json!({
            "code": plain(s.id.as_str()),
            "name": plain(&skill_words(&s.id, lang)),
        })).collect::<Vec<Value>>(),
        "credentials": p.credentials.iter().map(|c| json!({
            "name": credential_name(c, lang),
            "issuer": c.issuer.as_deref().map(plain),
            "date": c.date.map(|d| d.to_string()),
            "signed": is_signed(c, &p.name),
        })).collect::<Vec<Value>>(),
        "jobCentre": job_centre_json(p, lang),
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// One PIRL data element the intake fills: its number, its name, the code value, and the words
/// behind the value (her answer, or the most recent job's title).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PirlItem {
    pub element: &'static str,
    pub name: &'static str,
    pub code: String,
    pub words: String,
}

/// PIRL 403's name: the O*NET-SOC code of her most recent job, from her (shared) jobs.
pub const PIRL_403: (&str, &str) = (
    "403",
    "Occupational Code of Most Recent Employment Prior to Participation",
);

/// The PIRL elements her shared profile fills, in element order. An answer with no PIRL value
/// ("I'd rather not say" where the element has no "not disclosed" code, or "I have never had a
/// paid job" for long-term unemployment) fills none: the field is left for the caseworker.
pub fn pirl(p: &Profile, lang: Lang) -> Vec<PirlItem> {
    let mut out: Vec<PirlItem> = jobcentre::given(&p.job_centre)
        .into_iter()
        .filter_map(|g| {
            let (element, name) = g.question.pirl?;
            Some(PirlItem {
                element,
                name,
                code: g.option.pirl?.to_string(),
                words: text(lang, g.option.words).to_string(),
            })
        })
        .collect();
    if let Some(j) = most_recent_job(p) {
        if let Some(code) = j.occupation.as_deref() {
            out.push(PirlItem {
                element: PIRL_403.0,
                name: PIRL_403.1,
                code: code.chars().filter(char::is_ascii_digit).collect(),
                words: job_title(j, lang),
            });
        }
    }
    crate::order::sort_by_key(&mut out, |i| i.element.parse::<u32>().unwrap_or(u32::MAX));
    out
}

/// Her most recent job: one she still has, else the one that ended last (then the later start).
/// PIRL asks for the best-paid of several; SkillPass knows no wages, so the caseworker checks.
pub fn most_recent_job(p: &Profile) -> Option<&crate::Job> {
    p.jobs.iter().max_by_key(|j| {
        let end = j.end.map_or((u16::MAX, 13), |e| e.sort_key());
        (end, j.start.map(|s| s.sort_key()))
    })
}

/// Her answers as said, in the reader's language: the question and the answer (the job she
/// picked named by its title).
pub fn answers_in_words(p: &Profile, lang: Lang) -> Vec<(String, String)> {
    given_in_words(p, lang)
        .into_iter()
        .map(|(_, words)| words)
        .collect()
}

/// [`jobcentre::given`] with each answer's words; "I picked a job" without the job (her goal not
/// shared) says nothing and is left out.
fn given_in_words(p: &Profile, lang: Lang) -> Vec<(Given, (String, String))> {
    jobcentre::given(&p.job_centre)
        .into_iter()
        .filter_map(|g: Given| {
            let answer = match (g.option.code, crate::career::goal_title(p, lang)) {
                (jobcentre::NEXT_JOB_CHOSEN, Some(title)) => title.to_string(),
                (jobcentre::NEXT_JOB_CHOSEN, None) => return None,
                _ => text(lang, g.option.words).to_string(),
            };
            Some((g, (text(lang, g.question.ask).to_string(), answer)))
        })
        .collect()
}

/// The intake as an LER-RS record: her record as [`crate::ler_rs::export`] writes it, with the
/// job-centre answers (as in [`json`]) in the record's `x-skillpass` field.
pub fn ler_rs(p: &Profile, lang: Lang) -> String {
    let p = &plain_profile(p);
    let mut doc = crate::ler_rs::export(p, lang);
    let jc = job_centre_json(p, lang);
    if let (Some(obj), false) = (doc.as_object_mut(), jc.is_null()) {
        obj.insert("x-skillpass".into(), json!({ "jobCentre": jc }));
    }
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn job_centre_json(p: &Profile, lang: Lang) -> Value {
    if p.job_centre.is_empty() {
        return Value::Null;
    }
    let answers: Vec<Value> = given_in_words(p, lang)
        .into_iter()
        .map(|(g, (question, answer))| {
            json!({
                "question": g.question.key,
                "answer": g.option.code,
                "asked": question,
                "said": answer,
                "pirlElement": g.question.pirl.map(|(n, _)| n),
                "pirlCode": g.option.pirl,
            })
        })
        .collect();
    let pirl: serde_json::Map<String, Value> = pirl(p, lang)
        .into_iter()
        .map(|i| (format!("PIRL {} {}", i.element, i.name), json!(i.code)))
        .collect();
    json!({
        "source": "self-reported by the participant, who chose to share it",
        "answers": answers,
        "pirl": pirl,
        "nextJobOnetSoc": p.job_centre.get("next_job").and(p.goal.as_deref()),
    })
}

/// A CSV field: quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or `@`
/// is prefixed with `'` so a spreadsheet does not run it as a formula.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub fn csv(p: &Profile, lang: Lang) -> String {
    let p = &plain_profile(p);
    let mut rows: Vec<[String; 4]> = vec![[
        "section".into(),
        "item".into(),
        "code".into(),
        "detail".into(),
    ]];
    rows.push(["name".into(), p.name.clone(), String::new(), String::new()]);
    let c = &p.contact;
    for (label, v) in [("phone", &c.phone), ("email", &c.email), ("city", &c.city)] {
        if let Some(v) = v {
            rows.push(["contact".into(), label.into(), String::new(), v.clone()]);
        }
    }
    for j in &p.jobs {
        rows.push([
            "job".into(),
            job_title(j, lang),
            plain(&j.occupation.clone().unwrap_or_default()),
            [j.employer.clone().unwrap_or_default(), job_dates(j, lang)]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
        ]);
    }
    for s in &p.skills {
        rows.push([
            "skill".into(),
            plain(&skill_words(&s.id, lang)),
            plain(s.id.as_str()),
            String::new(),
        ]);
    }
    for k in &p.credentials {
        rows.push([
            "credential".into(),
            credential_name(k, lang),
            plain(&k.cert.clone().unwrap_or_default()),
            credential_meta(k, lang),
        ]);
    }
    if !p.job_centre.is_empty() {
        for i in pirl(p, lang) {
            rows.push([
                "pirl".into(),
                format!("PIRL {} {}", i.element, i.name),
                i.code,
                i.words,
            ]);
        }
        for (g, (question, answer)) in given_in_words(p, lang) {
            // The job she picked is written as its O*NET-SOC code; every other answer as its code.
            let code = match (g.option.code, &p.goal) {
                (jobcentre::NEXT_JOB_CHOSEN, Some(goal)) => goal.clone(),
                _ => g.option.code.to_string(),
            };
            rows.push(["job-centre".into(), question, code, answer]);
        }
    }
    rows.iter()
        .map(|r| r.iter().map(|x| field(x)).collect::<Vec<_>>().join(","))
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::change::apply;
    use crate::share::{select, Choice};
    use crate::Change;

    #[test]
    fn the_summary_holds_only_what_was_agreed_and_is_safe_in_a_spreadsheet() {
        let mut p = apply(&Profile::default(), &Change::SetName("=Rosa, \"R\"".into())).unwrap();
        p = apply(&p, &Change::SetPhone("559 555 0142".into())).unwrap();
        p = apply(
            &p,
            &Change::AddJob {
                occupation: Some("41-2011.00".into()),
                title: "Cashier".into(),
            },
        )
        .unwrap();
        let no_contact = select(
            &p,
            &Choice {
                contact: false,
                jobs: vec![true],
                goal: false,
                job_centre: false,
            },
        );
        let table = csv(&no_contact, Lang::En);
        assert!(!table.contains("559"), "contact left out when not agreed");
        assert!(table.contains("job,Cashier,41-2011.00"));
        assert!(table.starts_with("section,item,code,detail\r\nname,\"'=Rosa, \"\"R\"\"\""));
        let json: serde_json::Value = serde_json::from_str(&json(&no_contact, Lang::En)).unwrap();
        assert_eq!(json["contact"]["phone"], serde_json::Value::Null);
        assert_eq!(json["jobs"][0]["onetSoc"], "41-2011.00");
        let with = csv(&select(&p, &Choice::everything(&p)), Lang::En);
        assert!(with.contains("contact,phone,,559 555 0142"));
    }
}

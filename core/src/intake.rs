//! The intake summary a caseworker keeps for the agency: only what the client agreed to share
//! (the same choice as a share link, applied by [`crate::share::select`] before this), as JSON for
//! systems and CSV for spreadsheets. "Signed" is the same check the profile page makes
//! ([`crate::credential::trust`]), and typed text has its bidi controls removed ([`crate::bidi`]).

use serde_json::{json, Value};

use crate::bidi::{plain, plain_profile};
use crate::credential::is_signed;
use crate::locale::Lang;
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
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
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

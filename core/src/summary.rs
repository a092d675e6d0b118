//! How a profile reads back to a person: job titles and certificate names in the reader's
//! language, dates in words, and skills grouped under the jobs they belong to. Pure functions, so
//! the profile page, Check your answers and (later) printouts all say the same thing.

use crate::i18n::{month_year, text, Lang, Msg};
use crate::profile::{Credential, Job, Profile, SkillId, SkillSource};
use crate::taxonomy::{self, fold};

/// A job's title in `lang`: a job picked from the list (its title is the list's, in either
/// language) reads in the reader's language; a title the worker typed is kept as typed.
pub fn job_title(job: &Job, lang: Lang) -> String {
    match taxonomy::get().occupation_of(job) {
        Some(o) if o.title.known().iter().any(|t| fold(t) == fold(&job.title)) => {
            o.title.get(lang).to_string()
        }
        _ => job.title.clone(),
    }
}

/// The title a job picked from the list is saved with: the list's English title (Spanish in
/// Spanish, as saves always had it), so it reads as picked in every language on any device, even
/// where this language's file is not installed (see [`job_title`]).
pub fn picked_title(o: &taxonomy::Occupation, lang: Lang) -> &'static str {
    match lang {
        Lang::Es => o.title.es(),
        _ => o.title.en(),
    }
}

/// The name a certificate picked from the list is saved with (as [`picked_title`]).
pub fn picked_cert_name(c: &taxonomy::Certificate, lang: Lang) -> &'static str {
    match lang {
        Lang::Es => c.name.es(),
        _ => c.name.en(),
    }
}

/// The icon key for a job: its occupation's, or a briefcase for a typed job.
pub fn job_icon(job: &Job) -> &'static str {
    taxonomy::get()
        .occupation_of(job)
        .map_or("briefcase", |o| o.icon)
}

/// "May 2022 – now", "2020 – 2022"-style dates in words; empty when no date was given.
pub fn job_dates(job: &Job, lang: Lang) -> String {
    match (job.start, job.end) {
        (None, _) => String::new(),
        (Some(s), None) => format!("{} – {}", month_year(lang, s), text(lang, Msg::Now)),
        (Some(s), Some(e)) => format!("{} – {}", month_year(lang, s), month_year(lang, e)),
    }
}

/// A certificate's issuer and date on one line ("Red Cross · May 2023", "2021"); empty when
/// neither was given. The issuer's bidi controls are removed (see [`crate::bidi`]).
pub fn credential_meta(c: &Credential, lang: Lang) -> String {
    let issuer = c
        .issuer
        .as_deref()
        .map(crate::bidi::plain)
        .filter(|i| !i.trim().is_empty());
    let date = c.date.map(|d| month_year(lang, d));
    [issuer, date]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The contact details given, in a fixed order (phone, email, town).
pub fn contact_lines(p: &Profile) -> Vec<String> {
    [&p.contact.phone, &p.contact.email, &p.contact.city]
        .into_iter()
        .flatten()
        .cloned()
        .collect()
}

/// A certificate's name in `lang` (a listed one is translated; a typed one is kept as typed, with
/// its bidi controls removed: see [`crate::bidi`]).
pub fn credential_name(c: &Credential, lang: Lang) -> String {
    c.cert
        .as_deref()
        .and_then(|id| taxonomy::get().certificate(id))
        .map_or_else(
            || crate::bidi::plain(&c.name),
            |cert| cert.name.get(lang).to_string(),
        )
}

/// Where a profile's skill may be said to come from (`None` if the profile lacks it). "Learned in
/// a class" ([`SkillSource::Training`]) is said only of a skill a class that reads as signed
/// lists; any other skill marked so (an edited file, a class whose signature no longer matches, a
/// typed training) reads as added by the worker ([`SkillSource::Chosen`]).
pub fn shown_source(p: &Profile, id: &SkillId) -> Option<SkillSource> {
    shown_sources(p)
        .into_iter()
        .find_map(|(k, s)| (&k == id).then_some(s))
}

/// [`shown_source`] for every skill of the profile, in its order (each signature checked once).
pub fn shown_sources(p: &Profile) -> Vec<(SkillId, SkillSource)> {
    let taught = crate::credential::signed_class_skills(p);
    p.skills
        .iter()
        .map(|k| {
            let source = match k.source {
                SkillSource::Training if !taught.contains(&k.id) => SkillSource::Chosen,
                source => source,
            };
            (k.id.clone(), source)
        })
        .collect()
}

/// A skill's words in `lang`; an id this build does not know is shown as it is rather than hidden.
pub fn skill_words(id: &SkillId, lang: Lang) -> String {
    taxonomy::get().skill(id).map_or_else(
        || id.as_str().to_string(),
        |s| s.words.get(lang).to_string(),
    )
}

/// The profile's skills grouped for reading: for each job, the skills that are among its
/// activities (in the profile's order), then every other skill. A skill two jobs share shows
/// under the first.
pub struct Grouped {
    pub by_job: Vec<Vec<SkillId>>,
    pub other: Vec<SkillId>,
}

pub fn group_skills(p: &Profile) -> Grouped {
    let t = taxonomy::get();
    let mut placed = std::collections::HashSet::new();
    let by_job = p
        .jobs
        .iter()
        .map(|job| {
            let activities = t.job_activity_ids(job);
            p.skills
                .iter()
                .filter(|s| activities.contains(&s.id.as_str()) && placed.insert(s.id.clone()))
                .map(|s| s.id.clone())
                .collect()
        })
        .collect();
    let other = p
        .skills
        .iter()
        .filter(|s| !placed.contains(&s.id))
        .map(|s| s.id.clone())
        .collect();
    Grouped { by_job, other }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{CredentialKind, Skill, SkillSource};
    use crate::YearMonth;
    use chrono::NaiveDate;

    fn job(title: &str, soc: Option<&str>) -> Job {
        Job {
            id: String::new(),
            title: title.into(),
            employer: None,
            occupation: soc.map(str::to_string),
            start: None,
            end: None,
        }
    }

    #[test]
    fn listed_titles_read_in_the_readers_language_and_typed_ones_stay() {
        let picked_in_spanish = job("Cajero/a", Some("41-2011.00"));
        assert_eq!(job_title(&picked_in_spanish, Lang::En), "Cashier");
        let typed = job("Head cashier at FreshMart", Some("41-2011.00"));
        assert_eq!(job_title(&typed, Lang::Es), "Head cashier at FreshMart");
        assert_eq!(job_icon(&job("Dog walker", None)), "briefcase");
    }

    #[test]
    fn dates_read_in_words() {
        let mut j = job("Cashier", None);
        assert_eq!(job_dates(&j, Lang::En), "");
        j.start = YearMonth::new(2022, 5).ok();
        assert_eq!(job_dates(&j, Lang::En), "May 2022 – now");
        j.end = YearMonth::new(2023, 1).ok();
        assert_eq!(job_dates(&j, Lang::Es), "mayo de 2022 – enero de 2023");
        // A year alone reads as the year, in both languages.
        j.end = YearMonth::year_only(2023).ok();
        assert_eq!(job_dates(&j, Lang::En), "May 2022 – 2023");
        j.start = YearMonth::year_only(2021).ok();
        assert_eq!(job_dates(&j, Lang::Es), "2021 – 2023");
        j.end = None;
        assert_eq!(job_dates(&j, Lang::Es), "2021 – ahora");
    }

    #[test]
    fn a_certificate_reads_its_issuer_and_date_on_one_line() {
        let mut c = Credential {
            id: String::new(),
            kind: CredentialKind::Certificate,
            cert: None,
            name: "CPR".into(),
            issuer: None,
            date: None,
            skills: vec![],
            signature: None,
        };
        assert_eq!(credential_meta(&c, Lang::En), "");
        c.date = YearMonth::year_only(2021).ok();
        assert_eq!(credential_meta(&c, Lang::Es), "2021");
        c.issuer = Some("Red \u{202E}Cross".into());
        c.date = YearMonth::new(2023, 5).ok();
        assert_eq!(credential_meta(&c, Lang::En), "Red Cross · May 2023");
        assert_eq!(credential_meta(&c, Lang::Es), "Red Cross · mayo de 2023");
    }

    #[test]
    fn certificates_from_the_list_are_translated() {
        let c = Credential {
            id: String::new(),
            kind: CredentialKind::Certificate,
            cert: Some("cert:food-handler".into()),
            name: "Food handler card".into(),
            issuer: None,
            date: None,
            skills: vec![],
            signature: None,
        };
        assert_ne!(credential_name(&c, Lang::Es), "Food handler card");
        let typed = Credential { cert: None, ..c };
        assert_eq!(credential_name(&typed, Lang::Es), "Food handler card");
    }

    #[test]
    fn skills_group_under_their_jobs_and_the_rest_stand_apart() {
        let t = taxonomy::get();
        let cashier = t.occupation("41-2011.00").unwrap();
        let till = t.activities(cashier).next().unwrap().id;
        let skill = |id: &str| Skill {
            id: SkillId::new(id),
            source: SkillSource::Job,
            added: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        };
        let p = Profile {
            name: "Ana".into(),
            jobs: vec![job("Cashier", Some("41-2011.00")), job("Dog walker", None)],
            skills: vec![skill("sp:teamwork"), skill(till)],
            ..Profile::default()
        };
        let g = group_skills(&p);
        assert_eq!(g.by_job[0], [SkillId::new(till)]);
        assert!(g.by_job[1].is_empty());
        assert_eq!(g.other, [SkillId::new("sp:teamwork")]);
        assert_eq!(skill_words(&SkillId::new("sp:nope"), Lang::En), "sp:nope");
    }
}

//! The printed résumé: what it shows, in which order and in which words. The profile view draws
//! it (`ProfileView` with the style sheet's print rules); these rules are what that view follows,
//! and [`lines`] is the whole résumé as text, top to bottom, which the browser test compares with
//! the text of the printed PDF.
//!
//! A résumé carries the worker's facts and nothing of the app: no buttons, no counts ("20 skills
//! employers look for"), no "added by you". The only line about trust is who signed a training
//! (or that its signature no longer matches), because an employer can check that.

use crate::credential::{self, Trust};
use crate::i18n::{text, trust_line, Lang, Msg};
use crate::profile::{Credential, Job, Profile};
use crate::summary::{
    contact_lines, credential_name, group_skills, job_dates, job_title, skill_words,
};

/// The parts of a résumé, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The full name, large.
    Name,
    /// Phone, email and town on one line.
    Contact,
    /// The languages spoken, on one line (drawn by the profile view right after the contact).
    Languages,
    /// Each job: title; employer and dates; what she did, as bullets.
    Jobs,
    /// Skills that belong to no job, as bullets.
    OtherSkills,
    /// Certificates and trainings: name; issuer and date; who signed a training.
    Certificates,
}

/// The order of the parts.
pub const ORDER: [Part; 6] = [
    Part::Name,
    Part::Contact,
    Part::Languages,
    Part::Jobs,
    Part::OtherSkills,
    Part::Certificates,
];

/// The heading printed above a part, in résumé words ("Work history", not "My jobs"); the name,
/// contact and languages lines have none.
pub fn heading(part: Part, lang: Lang) -> Option<&'static str> {
    let msg = match part {
        Part::Jobs => Msg::ResumeWork,
        Part::OtherSkills => Msg::ResumeSkills,
        Part::Certificates => Msg::ResumeCerts,
        Part::Name | Part::Contact | Part::Languages => return None,
    };
    Some(text(lang, msg))
}

/// The words between the parts of one line ("Valley Care Home · June 2022 – now").
pub const SEP: &str = " · ";

/// Under a job's title: where and when ("Valley Care Home · June 2022 – now"); empty when neither
/// was given.
pub fn job_line(job: &Job, lang: Lang) -> String {
    join([
        job.employer.clone().unwrap_or_default(),
        job_dates(job, lang),
    ])
}

/// Under a certificate's name: who gave it and when ("Fresno County · March 2024"); empty when
/// neither was given.
pub fn credential_line(c: &Credential, lang: Lang) -> String {
    crate::summary::credential_meta(c, lang)
}

/// Whether a credential's trust line goes on paper: who signed a training, or that its signature
/// does not match, yes; "added by you" (nobody signed it), no.
pub fn prints_trust(trust: &Trust) -> bool {
    !matches!(trust, Trust::SelfReported)
}

fn join<const N: usize>(parts: [String; N]) -> String {
    parts
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(SEP)
}

/// The goal line under the languages ("Job I am working toward: Licensed practical nurse"), when
/// the profile carries one: a shared profile does only if she ticked it (see [`crate::share::select`]).
pub fn goal_line(p: &Profile, lang: Lang) -> Option<String> {
    crate::career::goal_title(p, lang).map(|g| format!("{}: {g}", text(lang, Msg::ResumeGoal)))
}

/// The whole résumé as lines of text, in [`ORDER`]: name; contact; (the languages line is the
/// profile view's) the [`goal_line`]; for each job its title, its [`job_line`] and a line per thing done; the
/// other skills; each certificate's name, its [`credential_line`] and, where [`prints_trust`],
/// its trust line. Empty lines and empty parts are left out. Expects a profile already passed
/// through [`crate::bidi::plain_profile`], as the view has it.
pub fn lines(p: &Profile, lang: Lang) -> Vec<String> {
    let grouped = group_skills(p);
    let mut out = Vec::new();
    for part in ORDER {
        match part {
            Part::Name => out.push(p.name.clone()),
            Part::Contact => out.push(contact_lines(p).join(SEP)),
            Part::Languages => out.extend(goal_line(p, lang)),
            Part::Jobs if !p.jobs.is_empty() => {
                out.extend(heading(part, lang).map(str::to_string));
                for (job, skills) in p.jobs.iter().zip(&grouped.by_job) {
                    out.push(job_title(job, lang));
                    out.push(job_line(job, lang));
                    out.extend(skills.iter().map(|k| skill_words(k, lang)));
                }
            }
            Part::OtherSkills if !grouped.other.is_empty() => {
                out.extend(heading(part, lang).map(str::to_string));
                out.extend(grouped.other.iter().map(|k| skill_words(k, lang)));
            }
            Part::Certificates if !p.credentials.is_empty() => {
                out.extend(heading(part, lang).map(str::to_string));
                for c in &p.credentials {
                    out.push(credential_name(c, lang));
                    out.push(credential_line(c, lang));
                    let trust = credential::trust(c, &p.name);
                    if prints_trust(&trust) {
                        out.push(trust_line(lang, &trust));
                    }
                }
            }
            Part::Jobs | Part::OtherSkills | Part::Certificates => {}
        }
    }
    out.retain(|l| !l.trim().is_empty());
    out
}

/// The smallest printed size of the résumé's QR code, its quiet zone included: 1.5 in is 38.1 mm;
/// a little more, so a worn printout still scans.
pub const QR_MIN_MM: f32 = 44.0;

/// The smallest printed module (one black or white square): a 150 dpi scan gives it 3.5 pixels.
pub const QR_MODULE_MM: f32 = 0.6;

/// How wide the résumé prints a code of `modules` modules a side (quiet zone not counted), in mm,
/// quiet zone (4 modules each side) included: at least [`QR_MIN_MM`], and wide enough that each
/// module is [`QR_MODULE_MM`], so a denser code (a long working life) prints bigger. Whole mm:
/// a whole number prints without the float formatter (13 KB of the worker's wasm).
pub fn qr_print_mm(modules: usize) -> u32 {
    let with_quiet_zone = modules + 8;
    (with_quiet_zone as f32 * QR_MODULE_MM)
        .max(QR_MIN_MM)
        .ceil() as u32
}

/// A résumé longer than this many [`lines`] prints its bullets in two columns, so a long working
/// life (R3: eight jobs, sixty skills) still fits on two pages.
pub const LONG: usize = 50;

/// Whether `p`'s résumé prints its bullets in two columns (see [`LONG`]).
pub fn two_columns(p: &Profile) -> bool {
    lines(p, Lang::En).len() > LONG
}

/// Words of the app that must never be on a résumé (compared whole-word, ignoring case).
pub const APP_WORDS: &[&str] = &[
    "SkillPass",
    "JSON",
    "app",
    "tap",
    "toca",
    "QR",
    "export",
    "import",
    "badge",
    "credential",
    "self-reported",
    "added by you",
    "lo añadiste tú",
    "employers look for",
    "buscan los empleadores",
    "share",
    "compartir",
    "profile",
    "perfil",
];

/// The app words found in `line` (whole words, ignoring case).
pub fn app_words_in(line: &str) -> Vec<&'static str> {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let have = words(line);
    APP_WORDS
        .iter()
        .copied()
        .filter(|bad| {
            let want = words(bad);
            have.windows(want.len()).any(|w| w == want.as_slice())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::CredentialKind;
    use crate::YearMonth;
    use chrono::NaiveDate;

    fn reference(name: &str) -> Profile {
        let path = format!(
            "{}/../../shared/fixtures/profiles/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let json = std::fs::read_to_string(path).expect("reference profile");
        let p = crate::reference::from_json(&json, NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
            .unwrap();
        crate::bidi::plain_profile(&p)
    }

    #[test]
    fn parts_come_in_resume_order() {
        assert_eq!(ORDER[0], Part::Name);
        assert_eq!(ORDER[1], Part::Contact);
        assert_eq!(
            ORDER[2],
            Part::Languages,
            "languages right after the contact"
        );
        let pos = |x| ORDER.iter().position(|p| *p == x).unwrap();
        assert!(pos(Part::Jobs) < pos(Part::OtherSkills));
        assert!(pos(Part::OtherSkills) < pos(Part::Certificates));
    }

    #[test]
    fn r1_reads_as_a_resume_in_both_languages() {
        let p = reference("R1-typical");
        let en = lines(&p, Lang::En);
        assert_eq!(en[0], "María Guadalupe Hernández");
        assert_eq!(
            en[1],
            "+1 559 555 0142 · maria.hernandez@example.com · Fresno, CA"
        );
        assert_eq!(en[2], "Work history");
        assert_eq!(en[3], "Nursing assistant (CNA)");
        assert_eq!(en[4], "Valley Care Home · June 2022 – now");
        let certs = en
            .iter()
            .position(|l| l == "Certificates and training")
            .unwrap();
        assert!(en[certs + 1].starts_with("Certified Nursing Assistant"));
        // Issuer and date under each certificate.
        assert_eq!(
            en[certs + 2],
            "California Department of Public Health · May 2022"
        );
        let es = lines(&p, Lang::Es);
        assert_eq!(es[2], "Experiencia laboral");
        assert!(es[4].ends_with("– ahora"), "{}", es[4]);
        assert!(es.contains(&"Certificados y cursos".to_string()));
    }

    #[test]
    fn no_app_words_on_any_reference_resume() {
        for name in ["R1-typical", "R2-minimal", "R3-large"] {
            let p = reference(name);
            for lang in Lang::ALL {
                for line in lines(&p, lang) {
                    assert!(app_words_in(&line).is_empty(), "{name} {lang:?}: {line}");
                }
            }
        }
    }

    #[test]
    fn app_words_are_matched_as_whole_words() {
        assert_eq!(app_words_in("Save as JSON Resume"), ["JSON"]);
        assert_eq!(app_words_in("Happy to tapper"), Vec::<&str>::new());
        assert_eq!(
            app_words_in("20 skills Employers  look for"),
            ["employers look for"]
        );
        assert_eq!(app_words_in("Made with SkillPass."), ["SkillPass"]);
        // The app's own self-reported label would be caught.
        assert!(!app_words_in(text(Lang::En, Msg::AddedByYou)).is_empty());
        assert!(!app_words_in(text(Lang::Es, Msg::AddedByYou)).is_empty());
    }

    #[test]
    fn a_line_leaves_out_what_was_not_given_and_never_breaks_on_odd_input() {
        let mut c = Credential {
            id: String::new(),
            kind: CredentialKind::Certificate,
            cert: None,
            name: "Barista course".into(),
            issuer: None,
            date: None,
            skills: vec![],
            signature: None,
        };
        assert_eq!(credential_line(&c, Lang::En), "");
        c.issuer = Some("   ".into());
        assert_eq!(
            credential_line(&c, Lang::En),
            "",
            "blank issuer is no issuer"
        );
        c.date = YearMonth::new(2024, 3).ok();
        assert_eq!(credential_line(&c, Lang::En), "March 2024");
        assert_eq!(credential_line(&c, Lang::Es), "marzo de 2024");
        // Bidi overrides in a typed issuer never reach the paper.
        c.issuer = Some("\u{202E}Fresno County\u{202C}".into());
        assert_eq!(credential_line(&c, Lang::En), "Fresno County · March 2024");
        let long = "x".repeat(300);
        c.issuer = Some(long.clone());
        assert!(credential_line(&c, Lang::En).starts_with(&long));
        let job = Job {
            id: String::new(),
            title: "Dog walker".into(),
            employer: Some(" Paws ".into()),
            occupation: None,
            start: None,
            end: None,
        };
        assert_eq!(job_line(&job, Lang::En), "Paws");
    }

    #[test]
    fn only_signed_or_broken_trust_goes_on_paper() {
        assert!(!prints_trust(&Trust::SelfReported));
        assert!(prints_trust(&Trust::Broken));
        assert!(prints_trust(&Trust::Signed {
            provider: "Valley Training Center".into(),
            fingerprint: "K7QM".into(),
            learner: None,
            name_differs: false,
        }));
    }

    #[test]
    fn the_printed_code_is_never_under_1_5_inches_and_grows_with_its_density() {
        // Every QR version, 1 (21 modules) to 40 (177).
        let mut last = 0;
        for version in 1..=40 {
            let modules = 17 + 4 * version;
            let mm = qr_print_mm(modules);
            assert!(f64::from(mm) >= 38.1, "version {version}: {mm} mm");
            assert!(mm as f32 / (modules + 8) as f32 >= QR_MODULE_MM - 1e-3);
            assert!(mm >= last, "never smaller for a denser code");
            last = mm;
        }
        assert_eq!(qr_print_mm(57), 44, "R1's version 10 prints at the minimum");
        assert_eq!(qr_print_mm(85), 56, "R3's version 17 prints larger");
    }

    #[test]
    fn only_a_long_resume_prints_in_two_columns() {
        assert!(!two_columns(&reference("R1-typical")));
        assert!(!two_columns(&reference("R2-minimal")));
        assert!(two_columns(&reference("R3-large")));
    }

    #[test]
    fn an_empty_profile_prints_only_its_name() {
        let p = Profile {
            name: "Ana".into(),
            ..Profile::default()
        };
        for lang in Lang::ALL {
            assert_eq!(lines(&p, lang), ["Ana"]);
        }
    }
}

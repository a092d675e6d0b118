//! Bidirectional text that cannot spoof. A name typed with a right-to-left override ("\u{202E}live")
//! would show as "evil"; an unclosed embedding can reorder the words around it ("signed by … —
//! key …"). Every name shown on a trust line, and the text of the files made for other people
//! (JSON Resume, the intake summary), goes through [`plain`]: its bidi control characters are
//! removed, so it reads in the order it was typed. (The screens also isolate user text with
//! `dir="auto"` or `<bdi>`, so an Arabic or Hebrew name still shows right to left.)

use crate::profile::Profile;

/// The character-level rules live in [`crate::text`] (below the profile, which cleans names with
/// them); this module makes whole profiles plain.
pub use crate::text::{is_bidi_control as is_control, strip_bidi as plain};

fn plain_opt(s: &Option<String>) -> Option<String> {
    s.as_deref().map(plain)
}

/// The profile with every piece of typed or linked text made [`plain`]: name, contact, job titles
/// and employers, credential names and issuers. Signatures are kept exactly (the trust check
/// compares shown text in this same plain form, so a signed class stays signed).
pub fn plain_profile(p: &Profile) -> Profile {
    let mut out = p.clone();
    out.name = plain(&p.name);
    out.contact.phone = plain_opt(&p.contact.phone);
    out.contact.email = plain_opt(&p.contact.email);
    out.contact.city = plain_opt(&p.contact.city);
    for j in &mut out.jobs {
        j.title = plain(&j.title);
        j.employer = plain_opt(&j.employer);
    }
    for c in &mut out.credentials {
        c.name = plain(&c.name);
        c.issuer = plain_opt(&c.issuer);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::change::apply;
    use crate::locale::Lang;
    use crate::{Change, Credential, CredentialKind};

    const SPOOF: &str = "\u{202E}live";

    fn spoofed() -> Profile {
        let mut p = apply(&Profile::default(), &Change::SetName("Ana".into())).unwrap();
        p.name = format!("{SPOOF} Ana\u{2067}");
        p.contact.city = Some(format!("\u{202B}Fresno{SPOOF}"));
        p = apply(
            &p,
            &Change::AddJob {
                occupation: None,
                title: "Cook".into(),
            },
        )
        .unwrap();
        p.jobs[0].title = format!("{SPOOF} cook\u{200F}");
        p.jobs[0].employer = Some(format!("\u{061C}{SPOOF}"));
        p.credentials.push(Credential {
            id: String::new(),
            kind: CredentialKind::Certificate,
            cert: None,
            name: format!("Food handler {SPOOF}"),
            issuer: Some(SPOOF.into()),
            date: None,
            skills: vec![],
            signature: None,
        });
        p
    }

    #[test]
    fn controls_are_removed_and_other_text_is_kept() {
        assert_eq!(plain(SPOOF), "live");
        assert_eq!(plain("\u{202A}a\u{202C}\u{2066}b\u{2069}\u{200E}"), "ab");
        // Right-to-left letters themselves are not controls: an Arabic name stays as typed.
        assert_eq!(plain("مريم"), "مريم");
        assert_eq!(plain("María H."), "María H.");
        let long = "\u{202E}".repeat(300);
        assert_eq!(plain(&long), "");
    }

    #[test]
    fn no_file_made_for_someone_else_carries_a_reversed_spoof() {
        let p = spoofed();
        let clean = |s: &str| !s.chars().any(is_control) && !s.contains("evil");
        let resume = crate::jsonresume::export(&plain_profile(&p), Lang::En).to_string();
        assert!(clean(&resume), "{resume}");
        assert!(resume.contains("live cook"));
        for lang in [Lang::En, Lang::Es] {
            let json = crate::intake::json(&p, lang);
            assert!(clean(&json), "{json}");
            assert!(json.contains("\"issuer\": \"live\""));
            let csv = crate::intake::csv(&p, lang);
            assert!(clean(&csv), "{csv}");
            assert!(csv.contains("name,live Ana,"));
        }
    }
}

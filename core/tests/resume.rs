//! The printed résumé's rules on real and hostile profiles: a signed class prints who signed it,
//! a changed one says so, nothing unsigned prints a trust line, and no typed text, however odd,
//! breaks the order or brings app words of its own making.

use chrono::NaiveDate;
use ed25519_dalek::SigningKey;
use proptest::prelude::*;
use skillpass_core::change::apply;
use skillpass_core::i18n::Lang;
use skillpass_core::resume::{self, lines};
use skillpass_core::{bidi, Change, Contact, Credential, CredentialKind, Job, Profile, YearMonth};

fn with_class(name: &str) -> Profile {
    let signed =
        skillpass_core::reference::forklift_class(None).sign(&SigningKey::from_bytes(&[9; 32]));
    let p = apply(&Profile::default(), &Change::SetName(name.into())).unwrap();
    apply(
        &p,
        &Change::AddTraining {
            credential: Box::new(signed.credential()),
            today: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
        },
    )
    .unwrap()
}

#[test]
fn a_signed_class_prints_who_signed_it_and_a_changed_one_says_so() {
    let p = with_class("Ana");
    let en = lines(&p, Lang::En);
    let at = en
        .iter()
        .position(|l| l == "Forklift Safety")
        .expect("the class is on the résumé");
    assert_eq!(en[at + 1], "Valley Training Center · November 2026");
    assert!(
        en[at + 2].starts_with("Class record signed by \"Valley Training Center\""),
        "{}",
        en[at + 2]
    );
    let es = lines(&p, Lang::Es);
    assert!(es
        .iter()
        .any(|l| l.starts_with("Registro de clase firmado por «Valley Training Center»")));

    // The same class with its name changed afterwards: never "signed" on paper.
    let mut changed = p.clone();
    changed.credentials[0].name = "Forklift Master".into();
    let en = lines(&changed, Lang::En);
    assert!(!en.iter().any(|l| l.contains("signed by")), "{en:?}");
    assert!(en.iter().any(|l| l.starts_with("Signature does not match")));

    // A certificate nobody signed prints its name, issuer and date, and no trust line at all.
    let mut typed = Profile {
        name: "Ana".into(),
        ..Profile::default()
    };
    typed.credentials.push(Credential {
        id: String::new(),
        kind: CredentialKind::Certificate,
        cert: None,
        name: "Barista course".into(),
        issuer: Some("Bean School".into()),
        date: YearMonth::new(2024, 3).ok(),
        skills: vec![],
        signature: None,
    });
    assert_eq!(
        lines(&typed, Lang::En),
        [
            "Ana",
            "Certificates and training",
            "Barista course",
            "Bean School · March 2024"
        ]
    );
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{0,30}",
        "\\PC{0,40}",
        Just("\u{202E}evil\u{202C}".to_string()),
        Just("w".repeat(300)),
    ]
}

proptest! {
    /// Whatever was typed, the résumé keeps its order (name first; headings in résumé order),
    /// never has an empty line, never says who signed anything unsigned, and carries no bidi
    /// controls (the view shows `bidi::plain_profile`, as `lines` expects).
    #[test]
    fn any_typed_profile_prints_in_order(
        name in "[A-Za-z]{1,20}",
        contact in proptest::option::of(text()),
        jobs in proptest::collection::vec((text(), proptest::option::of(text()), 1990u16..2030, 1u8..13), 0..5),
        certs in proptest::collection::vec((text(), proptest::option::of(text())), 0..4),
    ) {
        let mut p = Profile { name: name.clone(), contact: Contact { phone: None, email: None, city: contact }, ..Profile::default() };
        for (title, employer, y, m) in jobs {
            p.jobs.push(Job { id: String::new(), title, employer, occupation: None, start: YearMonth::new(y, m).ok(), end: None });
        }
        for (n, issuer) in certs {
            p.credentials.push(Credential { id: String::new(), kind: CredentialKind::Certificate, cert: None, name: n, issuer, date: None, skills: vec![], signature: None });
        }
        let p = bidi::plain_profile(&p);
        for lang in Lang::ALL {
            let out = lines(&p, lang);
            prop_assert_eq!(&out[0], &name);
            prop_assert!(out.iter().all(|l| !l.trim().is_empty()));
            let pos = |part| resume::heading(part, lang).and_then(|h| out.iter().position(|l| l == h));
            if let (Some(a), Some(b)) = (pos(resume::Part::Jobs), pos(resume::Part::Certificates)) {
                prop_assert!(a < b);
            }
            prop_assert!(!out.iter().any(|l| l.contains("signed by") || l.contains("firmado por")));
            let controls = out.iter().any(|l| l.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')));
            prop_assert!(!controls);
        }
    }
}

//! Writes the LER-RS record of every reference profile, for the schema check in `tests/interop/`:
//! `cargo run -p skillpass-core --example interop_ler_rs -- DIR` writes `DIR/ler-rs/<stem>.json`
//! (in English), `DIR/ler-rs/R1-typical.es.json` (in Spanish) and `DIR/ler-rs/R1-typical.classes.json`
//! (R1 with a class signed in the room and one signed for her by name, each embedded as its
//! Open Badges 3.0 credential), and `DIR/ler-rs/R1-typical.intake.json` (the caseworker's intake
//! summary as LER-RS: R1 with her job-centre answers under their PIRL names). Reads `$SHARED` (else `$SKILLPASS_SHARED`, else `<repo>/../shared`).

use std::path::PathBuf;

use chrono::NaiveDate;
use ed25519_dalek::SigningKey;
use skillpass_core::i18n::Lang;
use skillpass_core::{intake, ler_rs, reference, Change};

fn main() {
    let out = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .expect("usage: interop_ler_rs DIR");
    let shared = std::env::var_os("SHARED")
        .or_else(|| std::env::var_os("SKILLPASS_SHARED"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let dir = out.join("ler-rs");
    std::fs::create_dir_all(&dir).expect("cannot create the output folder");
    let day = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a real day");
    let write = |name: &str, p: &skillpass_core::Profile, lang: Lang| {
        let doc = ler_rs::export(p, lang);
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, serde_json::to_string_pretty(&doc).expect("JSON"))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        println!("{}", path.display());
    };
    for stem in ["R1-typical", "R2-minimal", "R3-large"] {
        let path = shared.join(format!("fixtures/profiles/{stem}.json"));
        let json = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let p = reference::from_json(&json, day).expect("a reference profile");
        write(stem, &p, Lang::En);
        if stem == "R1-typical" {
            write(&format!("{stem}.es"), &p, Lang::Es);
            let mut signed = p.clone();
            let key = SigningKey::from_bytes(&[7; 32]);
            signed
                .credentials
                .push(reference::forklift_class(None).sign(&key).credential());
            signed.credentials.push(
                reference::forklift_class(Some(&p.name))
                    .sign(&key)
                    .credential(),
            );
            signed.assign_ids();
            write(&format!("{stem}.classes"), &signed, Lang::En);
            let mut asked = p.clone();
            for (question, answer) in [
                ("working", "looking"),
                ("since_last_job", "over-6-months"),
                ("school", "equivalency"),
                ("veteran", "rather-not"),
                ("english_help", "yes"),
            ] {
                asked = skillpass_core::change::apply(
                    &asked,
                    &Change::AnswerJobCentre {
                        question: question.into(),
                        answer: answer.into(),
                    },
                )
                .expect("a known answer");
            }
            let path = dir.join(format!("{stem}.intake.json"));
            std::fs::write(&path, intake::ler_rs(&asked, Lang::En))
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            println!("{}", path.display());
        }
    }
}

//! Career matching: top 5 for each reference profile, and the time to rank every occupation.
//!   cargo run --release -p skillpass-core --example career_bench
//! (reads ../shared/fixtures/profiles; set SKILLPASS_SHARED to look elsewhere)

use chrono::NaiveDate;
use skillpass_core::career;
use skillpass_core::i18n::Lang;
use skillpass_core::readability::grade;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let shared = std::env::var_os("SKILLPASS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let c = career::get();
    let t = skillpass_core::taxonomy::get();
    println!(
        "{} occupations, {} curated steps (training words: max grade {:.1})\n",
        t.occupations.len(),
        c.steps.len(),
        c.steps
            .iter()
            .map(|s| grade(s.training.en()))
            .fold(0.0, f64::max)
    );
    for s in &c.steps {
        let g = grade(s.training.en());
        if g > 6.0 {
            println!("  grade {g:.1}: {}", s.training.en());
        }
    }
    println!(
        "{:<12} {:>12}  top 5 (have/main, score)",
        "profile", "rank µs"
    );
    for name in ["R1-typical", "R2-minimal", "R3-large"] {
        let path = shared.join(format!("fixtures/profiles/{name}.json"));
        let json = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let p = skillpass_core::reference::from_json(&json, today).expect("reference profile");
        let runs = 200;
        let t0 = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(career::matches(std::hint::black_box(&p)));
        }
        let us = t0.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
        let top: Vec<String> = career::matches(&p)
            .iter()
            .take(5)
            .map(|m| {
                format!(
                    "{} {}/{} {:.2}",
                    m.occupation.title.get(Lang::En),
                    m.have,
                    m.main,
                    m.score
                )
            })
            .collect();
        println!("{name:<12} {us:>12.1}  {}", top.join(" · "));
    }
}

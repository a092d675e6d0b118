//! Prints the Flesch–Kincaid grades of SkillPass's English words: each screen as a whole, the
//! longer messages one by one, and the taxonomy's statements.
//!   cargo run -p skillpass-core --example reading_level

use skillpass_core::i18n::{text, Lang, Msg, SCREENS};
use skillpass_core::readability::grade;
use skillpass_core::taxonomy;

fn stats(mut grades: Vec<f64>) -> (f64, f64, usize) {
    grades.sort_by(f64::total_cmp);
    let median = grades[grades.len() / 2];
    (median, *grades.last().unwrap_or(&0.0), grades.len())
}

fn main() {
    println!("{:<14} {:>6}", "screen", "grade");
    for (screen, msgs) in SCREENS {
        let words: Vec<&str> = msgs
            .iter()
            .map(|m| text(Lang::En, *m).trim_end_matches(['.', '?', '!']))
            .collect();
        println!("{screen:<14} {:>6.1}", grade(&(words.join(". ") + ".")));
    }
    let long: Vec<f64> = Msg::ALL
        .iter()
        .filter(|m| !m.is_formal())
        .map(|m| text(Lang::En, *m))
        .filter(|t| t.split_whitespace().count() >= 4)
        .map(grade)
        .collect();
    let t = taxonomy::get();
    let statements: Vec<f64> = t.skills.iter().map(|s| grade(s.words.en())).collect();
    println!();
    println!("{:<28} {:>6} {:>6} {:>6}", "set", "n", "median", "max");
    for (name, g) in [
        ("UI messages (4+ words)", long),
        ("taxonomy statements", statements),
    ] {
        let (median, max, n) = stats(g);
        println!("{name:<28} {n:>6} {median:>6.1} {max:>6.1}");
    }
}

//! Career pathways: which jobs use the skills a worker already has, what is missing for one of
//! them, and which training gets there. Offline, deterministic and explainable.
//!
//! Data (embedded): `careers.tsv` (from O*NET 29.2 via `tools/gen_careers.py`: importance of the 35
//! O*NET skills, the usual education, related occupations) and `paths.tsv` (hand-curated next
//! steps with the training or credential for each, in plain English and Spanish).
//!
//! Ranking: for each job the worker has not held, `coverage` is the share of its 10 main
//! activities (O*NET's most central DWAs) the worker has ticked, and `similarity` is how alike its
//! 35-skill importance profile is to the jobs the worker has held (Pearson correlation, 0–1). Score
//! = 0.65 × coverage + 0.35 × similarity; ties go to the lower job zone, then the taxonomy number.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::i18n::Lang;
use crate::profile::Profile;
use crate::taxonomy::{self, Occupation, SkillEntry, Words};

const CAREERS_TSV: &str = include_str!("../data/careers.tsv");
const PATHS_TSV: &str = include_str!("../data/paths.tsv");
/// How many of a job's activities count as its "main things".
pub const MAIN: usize = 10;
const COVERAGE_WEIGHT: f32 = 0.65;

pub struct CareerFacts {
    pub soc: &'static str,
    /// O*NET "Required Level of Education" category (1 = less than high school … 12).
    pub education: u8,
    /// Importance (1–5, ×100) of the 35 O*NET skills, in the order of `careers.tsv`'s header.
    pub skills: [u16; 35],
    /// Related occupations that SkillPass carries, most related first.
    pub related: Vec<&'static str>,
}

/// One curated step: from a job to the next, and what it takes.
pub struct Step {
    pub from: &'static str,
    pub to: &'static str,
    pub cert: Option<&'static str>,
    pub training: Words,
}

pub struct Careers {
    pub facts: Vec<CareerFacts>,
    pub steps: Vec<Step>,
}

pub fn get() -> &'static Careers {
    static C: OnceLock<Careers> = OnceLock::new();
    C.get_or_init(|| Careers {
        facts: CAREERS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter(|l| !l.is_empty())
            .map(|l| {
                let c: Vec<&'static str> = l.split('\t').collect();
                let mut skills = [0u16; 35];
                for (v, x) in skills.iter_mut().zip(c[2].split(' ')) {
                    *v = x.parse().expect("careers.tsv: skill importance");
                }
                CareerFacts {
                    soc: c[0],
                    education: c[1].parse().expect("careers.tsv: education"),
                    skills,
                    related: c
                        .get(3)
                        .map_or(Vec::new(), |r| r.split_whitespace().collect()),
                }
            })
            .collect(),
        steps: PATHS_TSV
            .lines()
            .skip(1)
            .filter(|l| !l.is_empty())
            .map(|l| {
                let c: Vec<&'static str> = l.split('\t').collect();
                Step {
                    from: c[0],
                    to: c[1],
                    cert: Some(c[2]).filter(|x| !x.is_empty()),
                    training: Words { en: c[3], es: c[4] },
                }
            })
            .collect(),
    })
}

impl Careers {
    pub fn facts(&self, soc: &str) -> Option<&CareerFacts> {
        self.facts.iter().find(|f| f.soc == soc)
    }

    /// Curated steps out of a job.
    pub fn next_from<'a>(&'a self, soc: &'a str) -> impl Iterator<Item = &'a Step> + 'a {
        self.steps.iter().filter(move |s| s.from == soc)
    }

    /// Curated steps into a job.
    pub fn steps_into<'a>(&'a self, soc: &'a str) -> impl Iterator<Item = &'a Step> + 'a {
        self.steps.iter().filter(move |s| s.to == soc)
    }
}

/// A job that uses the worker's skills, and why.
#[derive(Clone, Debug)]
pub struct Match {
    pub occupation: &'static Occupation,
    /// How many of its main activities the worker already does, out of `main`.
    pub have: usize,
    pub main: usize,
    /// 0–1: how alike its skill profile is to the jobs the worker has done (0.5 without any).
    pub similarity: f32,
    pub score: f32,
}

fn pearson(a: &[u16; 35], b: &[u16; 35]) -> f32 {
    let mean = |v: &[u16; 35]| v.iter().map(|&x| f32::from(x)).sum::<f32>() / 35.0;
    let (ma, mb) = (mean(a), mean(b));
    let (mut num, mut da, mut db) = (0.0, 0.0, 0.0);
    for (&x, &y) in a.iter().zip(b) {
        let (x, y) = (f32::from(x) - ma, f32::from(y) - mb);
        num += x * y;
        da += x * x;
        db += y * y;
    }
    if da == 0.0 || db == 0.0 {
        0.0
    } else {
        num / (da.sqrt() * db.sqrt())
    }
}

/// The O*NET skill profile of the jobs in `p` (their average), if any is a listed job.
fn worker_skills(p: &Profile) -> Option<[u16; 35]> {
    let t = taxonomy::get();
    let c = get();
    let held: Vec<&CareerFacts> = p
        .jobs
        .iter()
        .filter_map(|j| t.occupation_of(j))
        .filter_map(|o| c.facts(o.soc))
        .collect();
    if held.is_empty() {
        return None;
    }
    let mut out = [0u16; 35];
    for (i, v) in out.iter_mut().enumerate() {
        let sum: u32 = held.iter().map(|f| u32::from(f.skills[i])).sum();
        *v = (sum / held.len() as u32) as u16;
    }
    Some(out)
}

fn held_socs(p: &Profile) -> HashSet<&'static str> {
    let t = taxonomy::get();
    p.jobs
        .iter()
        .filter_map(|j| t.occupation_of(j))
        .map(|o| o.soc)
        .collect()
}

/// The main activities of a job (its most central ones first).
pub fn main_activities(o: &'static Occupation) -> Vec<&'static SkillEntry> {
    taxonomy::get().activities(o).take(MAIN).collect()
}

/// Jobs that use the worker's skills, best first. Empty when the profile has neither skills nor
/// a listed job (there is nothing to go on).
pub fn matches(p: &Profile) -> Vec<Match> {
    let t = taxonomy::get();
    let c = get();
    let mine: HashSet<&str> = p.skills.iter().map(|s| s.id.as_str()).collect();
    let worker = worker_skills(p);
    if mine.is_empty() && worker.is_none() {
        return Vec::new();
    }
    let held = held_socs(p);
    let mut out: Vec<Match> = t
        .occupations
        .iter()
        .filter(|o| !held.contains(o.soc))
        .map(|o| {
            let main = main_activities(o);
            let have = main.iter().filter(|e| mine.contains(e.id)).count();
            let similarity = match (worker, c.facts(o.soc)) {
                (Some(w), Some(f)) => (pearson(&w, &f.skills) + 1.0) / 2.0,
                _ => 0.5,
            };
            let coverage = have as f32 / main.len().max(1) as f32;
            Match {
                occupation: o,
                have,
                main: main.len(),
                similarity,
                score: COVERAGE_WEIGHT * coverage + (1.0 - COVERAGE_WEIGHT) * similarity,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.occupation.zone.cmp(&b.occupation.zone))
            .then(a.occupation.num.cmp(&b.occupation.num))
    });
    out
}

/// For one job: what the worker already does, what to learn (most central first), and the
/// curated way in.
pub struct Gap {
    pub have: Vec<&'static SkillEntry>,
    pub missing: Vec<&'static SkillEntry>,
    /// The curated step into this job, preferring one from a job the worker has held.
    pub way_in: Option<&'static Step>,
    /// The path drawn on the page: jobs in order, ending past this one where a next step exists.
    pub path: Vec<&'static str>,
}

pub fn gap(p: &Profile, soc: &str) -> Option<Gap> {
    let t = taxonomy::get();
    let c = get();
    let o = t.occupation(soc)?;
    let mine: HashSet<&str> = p.skills.iter().map(|s| s.id.as_str()).collect();
    let (have, missing): (Vec<_>, Vec<_>) = t.activities(o).partition(|e| mine.contains(e.id));
    let held = held_socs(p);
    let into: Vec<&'static Step> = c.steps.iter().filter(|s| s.to == o.soc).collect();
    let way_in = into
        .iter()
        .find(|s| held.contains(s.from))
        .or(into.first())
        .copied();
    // Back up to two steps (through the worker's own jobs where possible), then one forward.
    let mut path = vec![o.soc];
    let mut at = o.soc;
    for _ in 0..2 {
        let before: Vec<&Step> = c.steps.iter().filter(|s| s.to == at).collect();
        let Some(step) = before
            .iter()
            .find(|s| held.contains(s.from))
            .or(before.first())
        else {
            break;
        };
        if path.contains(&step.from) {
            break;
        }
        path.insert(0, step.from);
        at = step.from;
        if held.contains(at) {
            break;
        }
    }
    if let Some(next) = c.next_from(o.soc).next() {
        path.push(next.to);
    }
    Some(Gap {
        have,
        missing,
        way_in,
        path,
    })
}

/// "High school diploma or GED", from O*NET's education category.
pub fn education_words(lang: Lang, category: u8) -> &'static str {
    let (en, es) = match category {
        0 | 1 => ("No diploma needed", "No hace falta diploma"),
        2 => (
            "High school diploma or GED",
            "Diploma de preparatoria o GED",
        ),
        3 => (
            "A certificate from a short training after high school",
            "Un certificado de una capacitación corta después de la preparatoria",
        ),
        4 => ("Some college classes", "Algunas clases de universidad"),
        5 => (
            "A 2-year college degree",
            "Un título universitario de 2 años",
        ),
        6 => (
            "A 4-year college degree",
            "Un título universitario de 4 años",
        ),
        _ => ("A degree after college", "Un título de posgrado"),
    };
    match lang {
        Lang::En => en,
        Lang::Es => es,
    }
}

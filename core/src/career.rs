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

use crate::locale::Lang;
use crate::locale::Words;
use crate::profile::Profile;
use crate::taxonomy::{self, Occupation, SkillEntry};

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
                    training: Words::key(Box::leak(
                        format!("path.{}>{}", c[0], c[1]).into_boxed_str(),
                    )),
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

/// Where a job stands against the highest job the worker has held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Needs more preparation than any job she has held, or is the curated next step from one of
    /// her highest jobs.
    StepUp,
    /// About the same preparation as her highest job.
    Similar,
    /// Less preparation than her highest job: a way in, not a way up.
    EasierStart,
}

/// How alike the work is to the nearest job the worker has held, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Closeness {
    /// "The work is close to what you did as a …"
    Close,
    /// "The work is a bit like what you did as a …"
    Somewhat,
    /// "This work is new for you …"
    New,
}

/// Two jobs' 35-skill profiles correlate at least this much (Pearson r) to count as alike. Most
/// pairs of frontline jobs correlate 0.7–0.9 (the median is 0.83), so only about the top 4 in 100 pass.
pub const ALIKE_SKILLS: f32 = 0.95;

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
    /// Against her highest held job (`None` when she has no listed job).
    pub level: Option<Level>,
    /// How alike the work is to her nearest held job, and that job (`None` without a listed job).
    pub closeness: Option<(Closeness, &'static Occupation)>,
    /// The held job this is a curated next step from (`paths.tsv`), if any.
    pub next_from: Option<&'static Occupation>,
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
    held_jobs(p).into_iter().map(|o| o.soc).collect()
}

/// The listed jobs the worker has held, each once, in profile order.
pub fn held_jobs(p: &Profile) -> Vec<&'static Occupation> {
    let t = taxonomy::get();
    let mut out: Vec<&'static Occupation> = Vec::new();
    for o in p.jobs.iter().filter_map(|j| t.occupation_of(j)) {
        if !out.iter().any(|x| x.soc == o.soc) {
            out.push(o);
        }
    }
    out
}

/// How much preparation a job takes: its O*NET job zone, then its usual education (zones are
/// coarse: a nursing assistant and a practical nurse are both zone 3, but the nurse needs a
/// year of school).
pub fn preparation(o: &Occupation) -> (u8, u8) {
    (o.zone, get().facts(o.soc).map_or(0, |f| f.education))
}

/// A job against the jobs the worker has held: a curated next step from one of her highest
/// jobs is a step up; otherwise more preparation than her highest job is a step up, the same is
/// a similar job and less is an easier start. `None` when she has held no listed job.
pub fn level(held: &[&Occupation], o: &Occupation) -> Option<Level> {
    let top = held.iter().map(|h| preparation(h)).max()?;
    let c = get();
    let from_top = held
        .iter()
        .filter(|h| preparation(h) == top)
        .any(|h| c.next_from(h.soc).any(|s| s.to == o.soc));
    let mine = preparation(o);
    Some(if from_top || mine > top {
        Level::StepUp
    } else if mine == top {
        Level::Similar
    } else {
        Level::EasierStart
    })
}

/// How alike two jobs' work is: close when they are in the same sector and O*NET relates them,
/// a curated step joins them or their skills are alike; a bit alike when only one of those
/// holds; new otherwise.
pub fn closeness_between(held: &Occupation, o: &Occupation) -> Closeness {
    let c = get();
    let related = c
        .facts(held.soc)
        .is_some_and(|f| f.related.contains(&o.soc))
        || c.facts(o.soc)
            .is_some_and(|f| f.related.contains(&held.soc))
        || c.steps.iter().any(|s| {
            (s.from == held.soc && s.to == o.soc) || (s.from == o.soc && s.to == held.soc)
        });
    let alike = skills_r(held, o) >= ALIKE_SKILLS;
    let same_sector = held.sector == o.sector;
    match (same_sector, related || alike) {
        (true, true) => Closeness::Close,
        (true, false) | (false, true) => Closeness::Somewhat,
        (false, false) => Closeness::New,
    }
}

fn skills_r(a: &Occupation, b: &Occupation) -> f32 {
    let c = get();
    match (c.facts(a.soc), c.facts(b.soc)) {
        (Some(x), Some(y)) => pearson(&x.skills, &y.skills),
        _ => 0.0,
    }
}

/// The held job whose work is nearest to `o`, and how near (`None` without a listed job).
pub fn closeness(
    held: &[&'static Occupation],
    o: &Occupation,
) -> Option<(Closeness, &'static Occupation)> {
    held.iter()
        .map(|h| (closeness_between(h, o), *h))
        .min_by(|a, b| {
            a.0.cmp(&b.0)
                .then(skills_r(b.1, o).total_cmp(&skills_r(a.1, o)))
        })
}

/// The held job `o` is a curated next step from, if any (her highest job first).
pub fn next_step_from(held: &[&'static Occupation], o: &Occupation) -> Option<&'static Occupation> {
    let c = get();
    let mut from: Vec<&'static Occupation> = held
        .iter()
        .copied()
        .filter(|h| c.next_from(h.soc).any(|s| s.to == o.soc))
        .collect();
    crate::order::sort_by_key(&mut from, |h| std::cmp::Reverse(preparation(h)));
    from.first().copied()
}

/// The main activities of a job (its most central ones first).
pub fn main_activities(o: &'static Occupation) -> Vec<&'static SkillEntry> {
    taxonomy::get().activities(o).take(MAIN).collect()
}

/// Jobs that use the worker's skills, best first. Empty when the profile has neither skills nor
/// a listed job (there is nothing to go on).
///
/// Order: first the curated next steps up from her highest jobs (so the usual next step is never
/// buried), then the jobs whose work is close or a bit like hers or that share a main task —
/// step-ups before similar jobs before easier starts, each by score — then everything else by
/// score.
pub fn matches(p: &Profile) -> Vec<Match> {
    let t = taxonomy::get();
    let c = get();
    let mine: HashSet<&str> = p.skills.iter().map(|s| s.id.as_str()).collect();
    let worker = worker_skills(p);
    if mine.is_empty() && worker.is_none() {
        return Vec::new();
    }
    let held_list = held_jobs(p);
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
                level: level(&held_list, o),
                closeness: closeness(&held_list, o),
                next_from: next_step_from(&held_list, o),
            }
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| {
        a.group()
            .cmp(&b.group())
            .then(a.level_rank().cmp(&b.level_rank()))
            .then(b.score.total_cmp(&a.score))
            .then(a.occupation.zone.cmp(&b.occupation.zone))
            .then(a.occupation.num.cmp(&b.occupation.num))
    });
    out
}

impl Match {
    /// 0: a curated next step up; 1: work like hers or a shared main task; 2: the rest.
    fn group(&self) -> u8 {
        if self.next_from.is_some() && self.level == Some(Level::StepUp) {
            0
        } else if self.have > 0
            || matches!(
                self.closeness,
                Some((Closeness::Close | Closeness::Somewhat, _))
            )
        {
            1
        } else {
            2
        }
    }

    fn level_rank(&self) -> u8 {
        match self.level {
            Some(Level::StepUp) => 0,
            Some(Level::Similar) | None => 1,
            Some(Level::EasierStart) => 2,
        }
    }

    /// Every main task is already in her profile: nothing to learn for this job.
    pub fn all_done(&self) -> bool {
        self.main > 0 && self.have >= self.main
    }
}

/// For one job: what the worker already does, what to learn (most central first), and the
/// curated way in.
pub struct Gap {
    pub have: Vec<&'static SkillEntry>,
    pub missing: Vec<&'static SkillEntry>,
    /// How many of the job's main activities she does, out of `main`.
    pub main_have: usize,
    pub main: usize,
    /// The curated step into this job, preferring one from a job the worker has held.
    pub way_in: Option<&'static Step>,
    /// The path drawn on the page: jobs in order, ending past this one where a next step exists.
    pub path: Vec<&'static str>,
}

/// How many things a "What to learn" list shows.
pub const TO_LEARN: usize = 10;

impl Gap {
    /// Every main task is already in her profile.
    pub fn all_done(&self) -> bool {
        self.main > 0 && self.main_have >= self.main
    }

    /// What to learn, most central first (at most [`TO_LEARN`]); nothing once every main task is
    /// done (a job she already does in full has nothing left to learn).
    pub fn to_learn(&self) -> &[&'static SkillEntry] {
        if self.all_done() {
            &[]
        } else {
            &self.missing[..self.missing.len().min(TO_LEARN)]
        }
    }
}

pub fn gap(p: &Profile, soc: &str) -> Option<Gap> {
    let t = taxonomy::get();
    let c = get();
    let o = t.occupation(soc)?;
    let mine: HashSet<&str> = p.skills.iter().map(|s| s.id.as_str()).collect();
    let (have, missing): (Vec<_>, Vec<_>) = t.activities(o).partition(|e| mine.contains(e.id));
    let main = main_activities(o);
    let main_have = main.iter().filter(|e| mine.contains(e.id)).count();
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
        main_have,
        main: main.len(),
        way_in,
        path,
    })
}

/// The path's steps as the page lists them under the picture: each step with its training,
/// except the way in, whose training the page says once, at its end ("What to do next").
pub fn path_steps(g: &Gap) -> Vec<(&'static str, &'static str, Option<&'static Step>)> {
    let c = get();
    g.path
        .windows(2)
        .map(|w| {
            let step = c.steps.iter().find(|x| x.from == w[0] && x.to == w[1]);
            let shown = step.filter(|s| g.way_in.is_none_or(|way| !std::ptr::eq(*s, way)));
            (w[0], w[1], shown)
        })
        .collect()
}

/// The worker's goal, if it names a job the taxonomy knows.
pub fn goal(p: &Profile) -> Option<&'static Occupation> {
    p.goal
        .as_deref()
        .and_then(|soc| taxonomy::get().occupation(soc))
}

/// The goal's words in a language ("Licensed practical nurse (LPN)"), for the profile page, the
/// share view and the résumé.
pub fn goal_title(p: &Profile, lang: Lang) -> Option<&'static str> {
    goal(p).map(|o| o.title.get(lang))
}

/// "High school diploma or GED", from O*NET's education category (`edu.1`…`edu.7`).
pub fn education_words(lang: Lang, category: u8) -> &'static str {
    const KEYS: [&str; 7] = [
        "edu.1", "edu.2", "edu.3", "edu.4", "edu.5", "edu.6", "edu.7",
    ];
    let key = KEYS[usize::from(category.clamp(1, 7) - 1)];
    Words::key(key).get(lang)
}

//! The embedded skills taxonomy: frontline occupations (O*NET-SOC 2018), the things people in each
//! job do (O*NET Detailed Work Activities, reworded by us in plain words), everyday transferable
//! and digital skills (linked to ESCO where a close one exists), and common certificates. Built by
//! `tools/gen_taxonomy.py` into `core/data/*.tsv` and parsed once on first use.
//!
//! Facts only: every word is a [`Words`] key (`skill.<id>`, `learn.<id>`, `occ.<soc>`,
//! `search.<soc>`, `cert.<id>`, `sector.<key>`) looked up in the locale files.
//!
//! Every entry has a stable number that is never changed or reused (share links carry numbers);
//! profiles store the string id (DWA id, `sp:…`, `cert:…`) and the O*NET-SOC code.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::locale::{Lang, Words};
use crate::profile::{Job, SkillId};

/// Bumped whenever entries are added; old numbers keep their meaning.
pub const VERSION: u32 = 2;

const SKILLS_TSV: &str = include_str!("../data/skills.tsv");
const OCCUPATIONS_TSV: &str = include_str!("../data/occupations.tsv");
const CERTIFICATES_TSV: &str = include_str!("../data/certificates.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sector {
    Health,
    Retail,
    Food,
    Warehouse,
    Manufacturing,
    Building,
}

impl Sector {
    pub const ALL: [Sector; 6] = [
        Sector::Health,
        Sector::Retail,
        Sector::Food,
        Sector::Warehouse,
        Sector::Manufacturing,
        Sector::Building,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Sector::Health => "health",
            Sector::Retail => "retail",
            Sector::Food => "food",
            Sector::Warehouse => "warehouse",
            Sector::Manufacturing => "manufacturing",
            Sector::Building => "building",
        }
    }

    pub fn from_key(key: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The group's name in `lang` (`sector.<key>` in the locale files).
    pub fn name(self, lang: Lang) -> &'static str {
        self.words().get(lang)
    }

    pub fn words(self) -> Words {
        Words::key(match self {
            Sector::Health => "sector.health",
            Sector::Retail => "sector.retail",
            Sector::Food => "sector.food",
            Sector::Warehouse => "sector.warehouse",
            Sector::Manufacturing => "sector.manufacturing",
            Sector::Building => "sector.building",
        })
    }
}

#[derive(Clone, Debug)]
pub struct SkillEntry {
    pub num: u16,
    /// DWA id (`4.A.2.a.2.I04.D01`) or our own (`sp:cash-register`).
    pub id: &'static str,
    /// Icon key for transferable skills; empty for job activities (they show their job's icon).
    pub icon: &'static str,
    pub words: Words,
    /// The same activity as something to learn, in the present / infinitive ("Write down
    /// patients' vital signs", "Armar exhibidores"), for "What to learn" lists; `words` is the
    /// past ("Wrote down…", "Armé…"), for what the worker did.
    pub learn: Words,
    /// ESCO skill URI, where a close one exists.
    pub esco: Option<&'static str>,
}

impl SkillEntry {
    pub fn is_transferable(&self) -> bool {
        self.id.starts_with("sp:")
    }
}

#[derive(Clone, Debug)]
pub struct Occupation {
    pub num: u16,
    /// O*NET-SOC 2018 code, e.g. `31-1131.00`.
    pub soc: &'static str,
    pub sector: Sector,
    /// O*NET job zone (1 = little or no preparation … 5 = extensive).
    pub zone: u8,
    pub icon: &'static str,
    pub title: Words,
    /// Other names people type for this job, `;`-separated.
    pub search: Words,
    /// Its activities (skill numbers), most central first.
    pub activities: Vec<u16>,
}

#[derive(Clone, Debug)]
pub struct Certificate {
    pub num: u16,
    /// `cert:…`
    pub id: &'static str,
    pub sector: Option<Sector>,
    pub icon: &'static str,
    pub name: Words,
}

pub struct Taxonomy {
    pub skills: Vec<SkillEntry>,
    pub occupations: Vec<Occupation>,
    pub certificates: Vec<Certificate>,
    skill_by_id: HashMap<&'static str, usize>,
    skill_by_num: HashMap<u16, usize>,
}

/// The taxonomy, parsed on first use (about a millisecond; the data is compiled in).
pub fn get() -> &'static Taxonomy {
    static T: OnceLock<Taxonomy> = OnceLock::new();
    T.get_or_init(|| Taxonomy::parse(SKILLS_TSV, OCCUPATIONS_TSV, CERTIFICATES_TSV))
}

/// The rows of a TSV file after its header, split into cells.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn num(cell: &str) -> u16 {
    cell.parse().expect("taxonomy numbers are checked by tests")
}

impl Taxonomy {
    fn parse(skills: &'static str, occupations: &'static str, certs: &'static str) -> Taxonomy {
        // Words are looked up by key in the locale files; the taxonomy holds facts only.
        let key = |prefix: &str, id: &str| -> Words {
            Words::key(Box::leak(format!("{prefix}.{id}").into_boxed_str()))
        };
        let skills: Vec<SkillEntry> = rows(skills)
            .map(|c| SkillEntry {
                num: num(c[0]),
                id: c[1],
                icon: c[2],
                words: key("skill", c[1]),
                esco: c.get(3).copied().filter(|u| !u.is_empty()),
                learn: key("learn", c[1]),
            })
            .collect();
        let occupations = rows(occupations)
            .map(|c| Occupation {
                num: num(c[0]),
                soc: c[1],
                sector: Sector::from_key(c[2]).expect("known sector"),
                zone: c[3].parse().expect("job zone"),
                icon: c[4],
                title: key("occ", c[1]),
                search: key("search", c[1]),
                activities: c[5].split_whitespace().map(num).collect(),
            })
            .collect();
        let certificates = rows(certs)
            .map(|c| Certificate {
                num: num(c[0]),
                id: c[1],
                sector: Sector::from_key(c[2]),
                icon: c[3],
                name: key("cert", c[1]),
            })
            .collect();
        let skill_by_id = skills.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let skill_by_num = skills.iter().enumerate().map(|(i, s)| (s.num, i)).collect();
        Taxonomy {
            skills,
            occupations,
            certificates,
            skill_by_id,
            skill_by_num,
        }
    }

    pub fn skill(&self, id: &SkillId) -> Option<&SkillEntry> {
        self.skill_by_id.get(id.as_str()).map(|&i| &self.skills[i])
    }

    pub fn skill_by_num(&self, num: u16) -> Option<&SkillEntry> {
        self.skill_by_num.get(&num).map(|&i| &self.skills[i])
    }

    pub fn occupation(&self, soc: &str) -> Option<&Occupation> {
        self.occupations.iter().find(|o| o.soc == soc)
    }

    pub fn certificate(&self, id: &str) -> Option<&Certificate> {
        self.certificates.iter().find(|c| c.id == id)
    }

    /// The listed occupation a job was picked as (`None` for a typed job).
    pub fn occupation_of(&self, job: &Job) -> Option<&Occupation> {
        job.occupation
            .as_deref()
            .and_then(|soc| self.occupation(soc))
    }

    /// The activity ids of a job (empty for a typed job), most central first.
    pub fn job_activity_ids(&self, job: &Job) -> Vec<&'static str> {
        self.occupation_of(job)
            .map(|o| self.activities(o).map(|a| a.id).collect())
            .unwrap_or_default()
    }

    /// The activities of a job, most central first.
    pub fn activities<'a>(&'a self, occ: &'a Occupation) -> impl Iterator<Item = &'a SkillEntry> {
        occ.activities.iter().filter_map(|&n| self.skill_by_num(n))
    }

    pub fn transferable(&self) -> impl Iterator<Item = &SkillEntry> {
        self.skills.iter().filter(|s| s.is_transferable())
    }

    /// The jobs shown as pictures at the top of "What jobs have you done?" (see [`COMMON_JOBS`]).
    pub fn common_jobs(&self) -> impl Iterator<Item = &Occupation> {
        COMMON_JOBS.iter().filter_map(|soc| self.occupation(soc))
    }

    pub fn in_sector(&self, sector: Sector) -> impl Iterator<Item = &Occupation> {
        self.occupations.iter().filter(move |o| o.sector == sector)
    }

    /// The trainer's skill picker: up to `limit` skills whose words, in English or any language
    /// here, contain what was typed (2 letters or more; case, accents and letter forms ignored),
    /// leaving out those `skip` says are picked already.
    pub fn search_skills(
        &self,
        query: &str,
        limit: usize,
        skip: impl Fn(&str) -> bool,
    ) -> Vec<&SkillEntry> {
        let q = fold(query.trim());
        if q.chars().count() < 2 {
            return Vec::new();
        }
        self.skills
            .iter()
            .filter(|e| e.words.known().iter().any(|w| fold(w).contains(&q)))
            .filter(|e| !skip(e.id))
            .take(limit)
            .collect()
    }

    /// Jobs whose everyday title or other names contain every word typed, in English or any
    /// language whose words are here, ignoring case and accents ("cajera" finds "Cajero/a";
    /// "thu ngan" finds "Thu ngân"; "cna" finds the nursing assistant; Chinese by substring).
    pub fn search(&self, query: &str) -> Vec<&Occupation> {
        let terms = crate::text::terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(usize, &Occupation)> = self
            .occupations
            .iter()
            .filter_map(|o| {
                let titles = fold(&o.title.known().join(" | "));
                let others = fold(&o.search.known().join(" ; "));
                let matches = |hay: &str, t: &str| crate::text::term_matches(hay, t);
                if !terms
                    .iter()
                    .all(|t| matches(&titles, t) || matches(&others, t))
                {
                    return None;
                }
                // Title matches rank above other-name matches.
                let rank = terms.iter().filter(|t| !matches(&titles, t)).count();
                Some((rank, o))
            })
            .collect();
        crate::order::sort_by_key(&mut hits, |(rank, o)| (*rank, o.num));
        hits.into_iter().map(|(_, o)| o).collect()
    }
}

pub use crate::text::fold;

/// The most common frontline jobs, shown first (no group to open): care aides, store and
/// kitchen work, cleaning. O*NET-SOC codes; a test holds each to the taxonomy.
pub const COMMON_JOBS: [&str; 8] = [
    "31-1131.00", // Nursing assistant
    "31-1121.00", // Home health aide
    "41-2011.00", // Cashier
    "41-2031.00", // Sales associate
    "53-7065.00", // Stocker
    "35-2021.00", // Food prep worker
    "35-2014.00", // Line cook
    "37-2011.00", // Janitor
];

/// How many of a job's activities "Which of these did you do?" shows before "Show N more".
pub const TASKS_FIRST: usize = 15;

/// How many of a job's `total` activities (most central first) to show: the first
/// [`TASKS_FIRST`], all of them when only a few more would be hidden, and always far enough to
/// show every one already ticked (`ticked`: their positions in the list).
pub fn tasks_shown(total: usize, ticked: impl IntoIterator<Item = usize>) -> usize {
    let base = if total <= TASKS_FIRST + 3 {
        total
    } else {
        TASKS_FIRST
    };
    ticked
        .into_iter()
        .filter(|&i| i < total)
        .map(|i| i + 1)
        .fold(base, usize::max)
}

#[cfg(test)]
mod flow_tests {
    use super::*;

    #[test]
    fn every_common_job_is_in_the_taxonomy_once() {
        let t = get();
        assert_eq!(t.common_jobs().count(), COMMON_JOBS.len());
        let mut seen = std::collections::HashSet::new();
        assert!(COMMON_JOBS.iter().all(|s| seen.insert(s)));
        // Each comes with its picture and its tasks.
        for o in t.common_jobs() {
            assert!(!o.icon.is_empty() && !o.activities.is_empty(), "{}", o.soc);
        }
    }

    #[test]
    fn the_most_central_tasks_show_first_and_ticked_ones_are_never_hidden() {
        for total in 0..60 {
            let shown = tasks_shown(total, []);
            assert!(shown <= total);
            assert!(
                shown == total || total - shown > 3,
                "{total}: hides only a few"
            );
            assert!(shown >= total.min(TASKS_FIRST));
            for ticked in 0..total {
                let s = tasks_shown(total, [ticked]);
                assert!(s > ticked && s <= total);
            }
            // A position out of range (a changed list) shows no more than there is.
            assert!(tasks_shown(total, [usize::MAX, total]) <= total);
        }
        assert_eq!(tasks_shown(25, []), TASKS_FIRST);
        assert_eq!(tasks_shown(17, []), 17);
    }
}

//! The embedded skills taxonomy: frontline occupations (O*NET-SOC 2018), the things people in each
//! job do (O*NET Detailed Work Activities, reworded by us in plain English and Spanish), everyday
//! transferable and digital skills (linked to ESCO where a close one exists), and common
//! certificates. Built by `tools/gen_taxonomy.py` into `core/data/*.tsv` and parsed once on first use.
//!
//! Every entry has a stable number that is never changed or reused (share links carry numbers);
//! profiles store the string id (DWA id, `sp:…`, `cert:…`) and the O*NET-SOC code.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::i18n::Lang;
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

    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Sector::Health, Lang::En) => "Health care",
            (Sector::Health, Lang::Es) => "Salud y cuidado",
            (Sector::Retail, Lang::En) => "Stores and customer service",
            (Sector::Retail, Lang::Es) => "Tiendas y atención al cliente",
            (Sector::Food, Lang::En) => "Food, restaurants and hotels",
            (Sector::Food, Lang::Es) => "Comida, restaurantes y hoteles",
            (Sector::Warehouse, Lang::En) => "Warehouse and driving",
            (Sector::Warehouse, Lang::Es) => "Almacén y manejo",
            (Sector::Manufacturing, Lang::En) => "Factory and building work",
            (Sector::Manufacturing, Lang::Es) => "Fábrica y construcción",
            (Sector::Building, Lang::En) => "Cleaning, child care and security",
            (Sector::Building, Lang::Es) => "Limpieza, cuidado de niños y seguridad",
        }
    }
}

/// Words in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    pub en: &'static str,
    pub es: &'static str,
}

impl Words {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
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
        let skills: Vec<SkillEntry> = rows(skills)
            .map(|c| SkillEntry {
                num: num(c[0]),
                id: c[1],
                icon: c[2],
                words: Words { en: c[3], es: c[4] },
                esco: c.get(5).copied().filter(|u| !u.is_empty()),
                learn: Words {
                    en: c.get(6).copied().unwrap_or_default(),
                    es: c.get(7).copied().unwrap_or_default(),
                },
            })
            .collect();
        let occupations = rows(occupations)
            .map(|c| Occupation {
                num: num(c[0]),
                soc: c[1],
                sector: Sector::from_key(c[2]).expect("known sector"),
                zone: c[3].parse().expect("job zone"),
                icon: c[4],
                title: Words { en: c[5], es: c[6] },
                search: Words { en: c[7], es: c[8] },
                activities: c[9].split_whitespace().map(num).collect(),
            })
            .collect();
        let certificates = rows(certs)
            .map(|c| Certificate {
                num: num(c[0]),
                id: c[1],
                sector: Sector::from_key(c[2]),
                icon: c[3],
                name: Words { en: c[4], es: c[5] },
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

    /// Jobs whose everyday title or other names contain every word typed, in either language,
    /// ignoring case and accents ("cajera" finds "Cajero/a"; "cna" finds the nursing assistant).
    pub fn search(&self, query: &str) -> Vec<&Occupation> {
        let terms: Vec<String> = fold(query)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(usize, &Occupation)> = self
            .occupations
            .iter()
            .filter_map(|o| {
                let titles = fold(&format!("{} | {}", o.title.en, o.title.es));
                let others = fold(&format!("{} ; {}", o.search.en, o.search.es));
                let words = |hay: &str| -> Vec<String> {
                    hay.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(str::to_string)
                        .collect()
                };
                let (tw, ow) = (words(&titles), words(&others));
                let matches = |ws: &[String], t: &str| {
                    ws.iter().any(|w| w.starts_with(t) || stem(w) == stem(t))
                };
                if !terms.iter().all(|t| matches(&tw, t) || matches(&ow, t)) {
                    return None;
                }
                // Title matches rank above other-name matches.
                let rank = terms.iter().filter(|t| !matches(&tw, t)).count();
                Some((rank, o))
            })
            .collect();
        hits.sort_unstable_by_key(|(rank, o)| (*rank, o.num));
        hits.into_iter().map(|(_, o)| o).collect()
    }
}

/// Lower case without accents, so "Cajero", "cajero" and "CAJERO" compare equal, and "limpieza"
/// matches "Limpieza".
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

pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' => 'u',
            'ñ' | 'Ñ' => 'n',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Drops a plural or gender ending, so "cooks" matches "cook" and "cajera" matches "cajero".
fn stem(w: &str) -> &str {
    for end in ["es", "s", "a", "o"] {
        if let Some(s) = w.strip_suffix(end) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    w
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

//! Career pathways: the data is complete and checked against O*NET, and the reference profiles get
//! sensible, stable, explainable suggestions.

mod common;

use chrono::NaiveDate;
use skillpass_core::admit::{admit, Part, Why};
use skillpass_core::career::{self, Closeness, Level, MAIN};
use skillpass_core::change::{apply, Change};
use skillpass_core::envelope::{restore, Envelope};
use skillpass_core::i18n::{closeness_words, main_tasks, Lang};
use skillpass_core::present::career::JobCentreNote;
use skillpass_core::profile::{Job, Skill, SkillId, SkillSource};
use skillpass_core::readability::grade;
use skillpass_core::share::{self, codec, digits};
use skillpass_core::taxonomy::{self, Sector};
use skillpass_core::Profile;

fn reference(name: &str) -> Profile {
    let json = common::read(&format!("fixtures/profiles/{name}.json"));
    skillpass_core::reference::from_json(&json, NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
        .unwrap()
}

fn top(p: &Profile, n: usize) -> Vec<&'static str> {
    career::matches(p)
        .into_iter()
        .take(n)
        .map(|m| m.occupation.soc)
        .collect()
}

fn sector(soc: &str) -> Sector {
    taxonomy::get().occupation(soc).unwrap().sector
}

#[test]
fn every_job_has_its_facts_and_every_step_is_a_real_job() {
    let t = taxonomy::get();
    let c = career::get();
    for o in &t.occupations {
        let f = c
            .facts(o.soc)
            .unwrap_or_else(|| panic!("{} has no career facts", o.soc));
        assert!(
            f.skills.iter().all(|&v| (100..=500).contains(&v)),
            "{}",
            o.soc
        );
        assert!((1..=12).contains(&f.education), "{}", o.soc);
    }
    for s in &c.steps {
        for soc in [s.from, s.to] {
            assert!(
                t.occupation(soc).is_some(),
                "path step names unknown job {soc}"
            );
        }
        if let Some(cert) = s.cert {
            assert!(t.certificate(cert).is_some(), "unknown certificate {cert}");
        }
        for text in [s.training.en(), s.training.es()] {
            assert!(!text.trim().is_empty());
        }
        let g = grade(s.training.en());
        assert!(g <= 8.0, "{} → {}: grade {g:.1}", s.from, s.to);
    }
}

#[test]
fn curated_steps_agree_with_onet_related_jobs_and_job_zones() {
    let t = taxonomy::get();
    let c = career::get();
    // Hand-checked exceptions: O*NET lists neither as related to the other, and the zone drops.
    let reasoned = [(
        "37-2011.00",
        "37-1011.00",
        "O*NET puts janitors in zone 3 and their supervisors in zone 2; leading the crew is still the usual next step",
    )];
    for s in &c.steps {
        let (from, to) = (t.occupation(s.from).unwrap(), t.occupation(s.to).unwrap());
        let related = c.facts(s.from).unwrap().related.contains(&s.to)
            || c.facts(s.to).unwrap().related.contains(&s.from);
        let same_sector_up = from.sector == to.sector && to.zone >= from.zone;
        let excused = reasoned.iter().any(|(f, t, _)| *f == s.from && *t == s.to);
        assert!(
            related || same_sector_up || excused,
            "{} → {} is neither related in O*NET nor a step up in the same sector",
            s.from,
            s.to
        );
    }
    // The ladders named in the issue are all there.
    for ladder in [
        &["31-1121.00", "31-1131.00", "29-2061.00"][..],
        &["35-9021.00", "35-2021.00", "35-2014.00", "35-1012.00"],
        &["41-2011.00", "41-2031.00", "41-1011.00"],
        &["53-7065.00", "53-7051.00", "53-1042.00"],
    ] {
        for w in ladder.windows(2) {
            assert!(
                c.steps.iter().any(|s| s.from == w[0] && s.to == w[1]),
                "missing step {} → {}",
                w[0],
                w[1]
            );
        }
    }
    // Every sector has at least one curated path.
    for sector in Sector::ALL {
        assert!(
            c.steps
                .iter()
                .any(|s| t.occupation(s.from).unwrap().sector == sector),
            "{sector:?} has no path"
        );
    }
}

#[test]
fn a_nursing_assistant_history_ranks_care_jobs_first() {
    let r1 = reference("R1-typical");
    let best = top(&r1, 5);
    assert_eq!(sector(best[0]), Sector::Health, "{best:?}");
    assert!(
        best.iter()
            .take(3)
            .filter(|s| sector(s) == Sector::Health)
            .count()
            >= 2,
        "{best:?}"
    );
    // Jobs she already had are not suggested.
    assert!(!best.contains(&"31-1131.00"));
    let m = &career::matches(&r1)[0];
    assert!(m.have >= 1 && m.have <= m.main && m.main == MAIN.min(m.occupation.activities.len()));
}

#[test]
fn a_cashier_only_history_does_not_put_nursing_first() {
    let r2 = reference("R2-minimal");
    let best = top(&r2, 5);
    assert_ne!(best[0], "31-1131.00");
    assert_ne!(sector(best[0]), Sector::Health, "{best:?}");
    assert!(
        best.iter().take(3).any(|s| sector(s) == Sector::Retail),
        "{best:?}"
    );
}

#[test]
fn ranking_is_stable_and_does_not_depend_on_the_order_of_skills() {
    for name in ["R1-typical", "R2-minimal", "R3-large"] {
        let p = reference(name);
        let a = top(&p, 57);
        assert_eq!(a, top(&p, 57), "{name}");
        let mut shuffled = p.clone();
        shuffled.skills.reverse();
        shuffled.jobs.reverse();
        assert_eq!(a, top(&shuffled, 57), "{name}");
    }
}

#[test]
fn an_empty_profile_gets_no_guesses() {
    assert!(career::matches(&Profile::default()).is_empty());
}

#[test]
fn what_to_learn_next_lists_the_gap_and_the_way_in() {
    let r1 = reference("R1-typical");
    let t = taxonomy::get();
    let g = career::gap(&r1, "31-9092.00").unwrap();
    let all = t.activities(t.occupation("31-9092.00").unwrap()).count();
    assert_eq!(g.have.len() + g.missing.len(), all);
    assert!(!g.missing.is_empty());
    // Missing activities keep the job's own order (most central first).
    let order: Vec<_> = t
        .activities(t.occupation("31-9092.00").unwrap())
        .filter(|e| g.missing.iter().any(|m| m.id == e.id))
        .map(|e| e.id)
        .collect();
    assert_eq!(order, g.missing.iter().map(|e| e.id).collect::<Vec<_>>());
    let way = g.way_in.unwrap();
    assert_eq!(
        (way.from, way.cert),
        ("31-1131.00", Some("cert:medical-assistant"))
    );
    assert_eq!(g.path, vec!["31-1131.00", "31-9092.00"]);
    // Licensed practical nurse: from her own CNA job, and the path goes through it.
    let lpn = career::gap(&r1, "29-2061.00").unwrap();
    assert_eq!(lpn.path.first(), Some(&"31-1131.00"));
    assert_eq!(lpn.way_in.unwrap().cert, Some("cert:lpn-license"));
}

// --- issue 14: career pages that say what to do next ----------------------------------------

const CNA: &str = "31-1131.00";
const LPN: &str = "29-2061.00";
const MA: &str = "31-9092.00";
const PHLEB: &str = "31-9097.00";
const CASHIER: &str = "41-2011.00";

fn occ(soc: &str) -> &'static taxonomy::Occupation {
    taxonomy::get().occupation(soc).unwrap()
}

fn with_jobs(socs: &[&str]) -> Profile {
    let mut p = Profile {
        name: "Ana".into(),
        jobs: socs
            .iter()
            .map(|s| Job {
                id: String::new(),
                title: occ(s).title.en().into(),
                employer: None,
                occupation: Some(s.to_string()),
                start: None,
                end: None,
            })
            .collect(),
        ..Profile::default()
    };
    p.assign_ids();
    p
}

fn first_word(s: &str) -> &str {
    s.split([' ', ',']).next().unwrap_or_default()
}

/// An infinitive, maybe with pronouns after it: "Armar", "Asegurarse", "Darles", "probárselos".
fn spanish_infinitive(word: &str) -> bool {
    let mut w = word.to_lowercase();
    for _ in 0..2 {
        for clitic in [
            "selo", "selos", "sela", "selas", "les", "los", "las", "se", "le", "lo", "la", "me",
            "nos",
        ] {
            if let Some(rest) = w.strip_suffix(clitic) {
                if rest.ends_with("ar")
                    || rest.ends_with("er")
                    || rest.ends_with("ir")
                    || rest.ends_with("ár")
                    || rest.ends_with("ér")
                    || rest.ends_with("ír")
                {
                    w = rest.to_string();
                    break;
                }
            }
        }
    }
    ["ar", "er", "ir", "ír"].iter().any(|e| w.ends_with(e))
}

#[test]
fn every_activity_has_a_to_learn_wording_and_none_is_in_the_past() {
    let t = taxonomy::get();
    // English: a first word of the "did" column is a past form, unless the verb is the same in
    // both ("Set", "Put", "Cut", "Read"): every row it starts says it the same way to learn.
    let did_first: std::collections::HashSet<&str> =
        t.skills.iter().map(|e| first_word(e.words.en())).collect();
    let same_both: std::collections::HashSet<&str> = did_first
        .iter()
        .copied()
        .filter(|w| {
            t.skills
                .iter()
                .filter(|e| first_word(e.words.en()) == *w)
                .all(|e| first_word(e.learn.en()) == *w)
        })
        .collect();
    // Spanish: first-person preterites ("Armé", "Di", "Hice", "Me aseguré" → "aseguré").
    let preterites: std::collections::HashSet<String> = t
        .skills
        .iter()
        .flat_map(|e| e.words.es().split([' ', ',']).take(2))
        .map(str::to_lowercase)
        .filter(|w| {
            w.ends_with('é')
                || w.ends_with('í')
                || ["hice", "puse", "mantuve", "estuve", "di", "sostuve"].contains(&w.as_str())
        })
        .filter(|w| w != "qué")
        .collect();
    assert!(preterites.len() > 100, "{}", preterites.len());
    for e in &t.skills {
        for (lang, text) in [("en", e.learn.en()), ("es", e.learn.es())] {
            assert!(
                !text.trim().is_empty(),
                "{} has no to-learn wording in {lang}",
                e.id
            );
            assert_eq!(text, text.trim(), "{}", e.id);
            assert!(
                text.chars().next().unwrap().is_uppercase(),
                "{}: {text}",
                e.id
            );
        }
        let en = first_word(e.learn.en());
        assert!(
            !did_first.contains(en) || same_both.contains(en),
            "{}: \"{}\" starts in the past",
            e.id,
            e.learn.en()
        );
        // "Wash, dry, and iron": the verbs listed after the first are not past either.
        for w in e.learn.en().split(", ").skip(1).take(3) {
            let w = first_word(w.trim_start_matches("and ").trim_start_matches("or "));
            let cap = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            assert!(
                !did_first.contains(cap.as_str()) || same_both.contains(cap.as_str()),
                "{}: \"{}\"",
                e.id,
                e.learn.en()
            );
        }
        let es = first_word(e.learn.es());
        assert!(
            spanish_infinitive(es),
            "{}: \"{}\" does not start with an infinitive",
            e.id,
            e.learn.es()
        );
        for end in ["é", "ó", "aron", "í"] {
            assert!(!es.ends_with(end), "{}: \"{}\"", e.id, e.learn.es());
        }
        for w in e.learn.es().split([' ', ',']) {
            assert!(
                !preterites.contains(&w.to_lowercase()),
                "{}: \"{}\" keeps the preterite \"{w}\"",
                e.id,
                e.learn.es()
            );
        }
    }
}

#[test]
fn a_job_is_a_step_up_a_similar_job_or_an_easier_start() {
    let r1 = reference("R1-typical");
    let held = career::held_jobs(&r1);
    assert_eq!(held.len(), 3);
    let level = |soc| career::level(&held, occ(soc));
    // The curated next steps from her highest job are step-ups (even where O*NET's zone is the
    // same as hers: a nurse needs a year of school, a nursing assistant a few weeks).
    for soc in [LPN, MA, PHLEB] {
        assert_eq!(level(soc), Some(Level::StepUp), "{soc}");
    }
    // Home health aide and orderly take less preparation than a nursing assistant.
    assert_eq!(level("31-1121.00"), Some(Level::EasierStart));
    assert_eq!(level("31-1132.00"), Some(Level::EasierStart));
    // A cashier only: her own next step is a step up, a job like hers is similar.
    let cashier = with_jobs(&[CASHIER]);
    let held = career::held_jobs(&cashier);
    assert_eq!(career::level(&held, occ("41-2031.00")), Some(Level::StepUp));
    assert_eq!(
        career::level(&held, occ("43-4171.00")),
        Some(Level::Similar)
    );
    assert_eq!(
        career::level(&held, occ("35-9021.00")),
        Some(Level::EasierStart)
    );
    // No listed job: no label at all (nothing to compare with).
    assert_eq!(career::level(&[], occ(LPN)), None);
    // The rule, for every job against every single held job.
    let t = taxonomy::get();
    for h in &t.occupations {
        for o in &t.occupations {
            let l = career::level(&[h], o).unwrap();
            let next = career::get().next_from(h.soc).any(|s| s.to == o.soc);
            let (a, b) = (career::preparation(o), career::preparation(h));
            let want = if next || a > b {
                Level::StepUp
            } else if a == b {
                Level::Similar
            } else {
                Level::EasierStart
            };
            assert_eq!(l, want, "{} from {}", o.soc, h.soc);
        }
    }
}

#[test]
fn her_curated_next_steps_come_first_and_step_ups_rank_above_easier_starts() {
    let r1 = reference("R1-typical");
    let m = career::matches(&r1);
    // The usual next steps from her nursing assistant job open the list, marked as such.
    let first: std::collections::HashSet<&str> =
        m.iter().take(3).map(|x| x.occupation.soc).collect();
    assert_eq!(first, [LPN, MA, PHLEB].into_iter().collect());
    for x in m.iter().take(3) {
        assert_eq!(x.level, Some(Level::StepUp));
        assert_eq!(x.next_from.map(|o| o.soc), Some(CNA));
    }
    // Among jobs whose work is like hers, no easier start ranks above a step up.
    let like = |x: &career::Match| {
        x.have > 0
            || matches!(
                x.closeness,
                Some((Closeness::Close | Closeness::Somewhat, _))
            )
    };
    let relevant: Vec<_> = m.iter().filter(|x| like(x)).collect();
    for (i, a) in relevant.iter().enumerate() {
        for b in &relevant[i + 1..] {
            assert!(
                !(a.level == Some(Level::EasierStart) && b.level == Some(Level::StepUp)),
                "{} (easier) ranks above {} (step up)",
                a.occupation.soc,
                b.occupation.soc
            );
        }
    }
    // Every curated next step from a job she held is in the list (none is ever left out).
    for h in career::held_jobs(&r1) {
        for s in career::get().next_from(h.soc) {
            assert!(
                m.iter().any(|x| x.occupation.soc == s.to)
                    || r1
                        .jobs
                        .iter()
                        .any(|j| j.occupation.as_deref() == Some(s.to))
            );
        }
    }
    // The LPN card says the work is close to her CNA job, though she has none of its 10 main tasks.
    let lpn = m.iter().find(|x| x.occupation.soc == LPN).unwrap();
    assert_eq!(lpn.have, 0);
    let (c, h) = lpn.closeness.unwrap();
    assert_eq!((c, h.soc), (Closeness::Close, CNA));
    assert_eq!(
        closeness_words(Lang::En, c, h.title.en()),
        "The work is close to your past job: Nursing assistant (CNA)."
    );
}

#[test]
fn closeness_words_follow_the_rules_and_read_plainly() {
    const { assert!(career::ALIKE_SKILLS > 0.5 && career::ALIKE_SKILLS < 1.0) };
    let between = |a, b| career::closeness_between(occ(a), occ(b));
    assert_eq!(between(CNA, LPN), Closeness::Close);
    assert_eq!(between(CNA, "31-1132.00"), Closeness::Close);
    assert_eq!(between(CASHIER, "41-2031.00"), Closeness::Close);
    // Another sector, work not alike: new.
    assert_eq!(between(CASHIER, "51-4121.00"), Closeness::New);
    assert_eq!(between(CNA, "53-7051.00"), Closeness::New);
    // The same sector alone is "a bit like".
    assert_eq!(between(CNA, "31-9093.00"), Closeness::Somewhat);
    // Nearest held job wins: for R1 an LPN is close to her CNA job, not her cashier job.
    let r1 = reference("R1-typical");
    let held = career::held_jobs(&r1);
    assert_eq!(
        career::closeness(&held, occ(LPN)).map(|(c, h)| (c, h.soc)),
        Some((Closeness::Close, CNA))
    );
    assert!(career::closeness(&[], occ(LPN)).is_none());
    assert_eq!(
        closeness_words(Lang::En, Closeness::Somewhat, "Orderly"),
        "The work is a bit like your past job: Orderly."
    );
    for lang in [Lang::En, Lang::Es] {
        for c in [Closeness::Close, Closeness::Somewhat, Closeness::New] {
            let w = closeness_words(lang, c, "Cajero/a");
            assert!(!w.contains('{') && w.ends_with('.'), "{w}");
            if lang == Lang::En {
                assert!(grade(&w) <= 6.0, "{w}");
            }
        }
    }
}

#[test]
fn the_main_task_count_is_plain_and_plural_correct() {
    assert_eq!(
        main_tasks(Lang::En, 4, 10),
        "You already do 4 of the 10 main tasks of this job."
    );
    assert_eq!(
        main_tasks(Lang::Es, 4, 10),
        "Ya haces 4 de las 10 tareas principales de este trabajo."
    );
    assert_eq!(
        main_tasks(Lang::En, 10, 10),
        "You already do all 10 main tasks of this job."
    );
    assert_eq!(
        main_tasks(Lang::Es, 10, 10),
        "Ya haces las 10 tareas principales de este trabajo."
    );
    assert_eq!(
        main_tasks(Lang::En, 1, 1),
        "You already do the main task of this job."
    );
    assert_eq!(
        main_tasks(Lang::En, 0, 10),
        "None of the 10 main tasks of this job are in your profile yet."
    );
    // Hostile counts: more than there are, none at all.
    assert_eq!(main_tasks(Lang::En, 99, 10), main_tasks(Lang::En, 10, 10));
    for have in 0..=12 {
        for main in 0..=12 {
            for lang in [Lang::En, Lang::Es] {
                let w = main_tasks(lang, have, main);
                assert!(
                    !w.contains(" 1 tasks") && !w.contains("de la 1 ") && !w.contains("las 1 "),
                    "{w}"
                );
                if lang == Lang::En {
                    assert!(grade(&w) <= 6.0, "{w}");
                }
            }
        }
    }
}

#[test]
fn a_job_already_done_in_full_has_nothing_to_learn() {
    let t = taxonomy::get();
    let lpn = occ(LPN);
    let mut p = with_jobs(&[CNA]);
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    p.skills = career::main_activities(lpn)
        .iter()
        .map(|e| Skill {
            id: SkillId::new(e.id),
            source: SkillSource::Chosen,
            added: today,
        })
        .collect();
    let g = career::gap(&p, LPN).unwrap();
    assert!(g.all_done());
    assert!(
        g.to_learn().is_empty(),
        "a 10 of 10 job lists nothing to learn"
    );
    assert!(g.missing.len() + g.have.len() == t.activities(lpn).count());
    let m = career::matches(&p)
        .into_iter()
        .find(|m| m.occupation.soc == LPN)
        .unwrap();
    assert!(m.all_done());
    // One main task short: it is the first thing to learn, in the to-learn wording.
    p.skills.pop();
    let g = career::gap(&p, LPN).unwrap();
    assert!(!g.all_done());
    let first = g.to_learn()[0];
    assert_eq!(first.id, career::main_activities(lpn)[MAIN - 1].id);
    assert_ne!(first.learn.en(), first.words.en());
}

#[test]
fn the_way_in_training_is_said_once() {
    let r1 = reference("R1-typical");
    for soc in [MA, LPN, "35-1012.00", "41-1011.00"] {
        let g = career::gap(&r1, soc).unwrap();
        let steps = career::path_steps(&g);
        assert_eq!(steps.len(), g.path.len() - 1);
        if let Some(way) = g.way_in {
            let listed = steps
                .iter()
                .filter(|(_, _, s)| {
                    s.is_some_and(|s| s.training.en() == way.training.en() && s.to == way.to)
                })
                .count();
            assert_eq!(
                listed, 0,
                "{soc}: the way in's training is listed again in the path"
            );
        }
    }
}

#[test]
fn a_goal_is_a_known_job_saved_with_the_profile_and_shared_only_when_ticked() {
    let p = with_jobs(&[CNA]);
    // Set, then read back through the saved form.
    let g = apply(&p, &Change::SetGoal(Some(LPN.into()))).unwrap();
    assert_eq!(g.goal.as_deref(), Some(LPN));
    assert_eq!(
        career::goal_title(&g, Lang::En),
        Some("Licensed practical nurse (LPN)")
    );
    assert!(career::goal_title(&g, Lang::Es).is_some_and(|t| t.starts_with("Enfermero/a")));
    let saved = Envelope::new(g.clone(), 1, None).to_json();
    assert!(saved.contains("\"goal\"") && saved.contains(LPN));
    assert_eq!(restore(&saved).unwrap().profile, g);
    // No goal: nothing written (the saved form of older profiles is unchanged).
    assert!(!Envelope::new(p.clone(), 1, None).to_json().contains("goal"));
    // Hostile goals are refused and the goal stays as it was.
    for bad in [
        "",
        "99-9999.99",
        "29-2061.00 ",
        &"9".repeat(300),
        "\u{202E}29-2061.00",
        "sp:cash-register",
    ] {
        assert!(
            apply(&g, &Change::SetGoal(Some(bad.into()))).is_err(),
            "{bad:?}"
        );
    }
    // Removed.
    let none = apply(&g, &Change::SetGoal(None)).unwrap();
    assert_eq!(none.goal, None);
    assert_eq!(career::goal_title(&none, Lang::En), None);
    // From outside, only a known job is let in.
    for (goal, kept) in [
        (LPN, true),
        ("99-9999.99", false),
        ("", false),
        ("\u{202E}x", false),
    ] {
        let mut q = p.clone();
        q.goal = Some(goal.into());
        let (a, dropped) = admit(q);
        assert_eq!(a.goal.is_some(), kept, "{goal:?}");
        assert_eq!(
            dropped
                .iter()
                .any(|d| d.part == Part::Goal && d.why == Why::UnknownId),
            !kept
        );
    }
    // A saved goal the lists do not know is dropped when the file is read back.
    let odd = saved.replace("29-2061.00", "99-9999.99");
    let r = skillpass_core::files::open(&odd, NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
    if let Ok((_, opened)) = r {
        assert_eq!(opened.profile.goal, None);
    }
    // A share link carries the goal only when she ticks it; a damaged goal field is refused.
    let everything = share::Choice::everything(&g);
    let link = |c: &share::Choice| digits::encode(&codec::encode(&share::select(&g, c)));
    assert_eq!(share::open(&link(&everything)).unwrap().goal, None);
    let with_goal = share::Choice {
        goal: true,
        ..everything.clone()
    };
    assert_eq!(
        share::open(&link(&with_goal)).unwrap().goal.as_deref(),
        Some(LPN)
    );
    assert!(
        codec::encode(&g).len() > codec::encode(&share::select(&g, &everything)).len(),
        "the goal costs a few bits only when shared"
    );
    // On the résumé of what she shared, the goal is one line right after the contact details.
    let title = career::goal_title(&g, Lang::En).unwrap();
    let goal_line = format!("Job I am working toward: {title}");
    let shown = skillpass_core::resume::lines(&share::select(&g, &with_goal), Lang::En);
    let at = shown
        .iter()
        .position(|l| *l == goal_line)
        .expect("the goal line");
    assert!(at <= 2, "right after name and contact: {shown:?}");
    let hidden = skillpass_core::resume::lines(&share::select(&g, &everything), Lang::En);
    assert!(
        !hidden.iter().any(|l| l.contains(title)),
        "not shared, not printed"
    );
    // Merging keeps mine, or takes theirs when I have none.
    let theirs = apply(&p, &Change::SetGoal(Some(MA.into()))).unwrap();
    let merged = apply(&g, &Change::MergeProfile(Box::new(theirs.clone()))).unwrap();
    assert_eq!(merged.goal.as_deref(), Some(LPN));
    let merged = apply(&p, &Change::MergeProfile(Box::new(theirs))).unwrap();
    assert_eq!(merged.goal.as_deref(), Some(MA));
}

#[test]
fn the_job_centre_note_says_the_goal_the_training_and_what_to_learn() {
    let mut r1 = reference("R1-typical");
    r1.name = "Mar\u{202E}ía López".into();
    for lang in [Lang::En, Lang::Es] {
        let n = JobCentreNote::new(lang, &r1, LPN).unwrap();
        let g = career::gap(&r1, LPN).unwrap();
        assert_eq!(n.name, "María López", "bidi controls are taken out");
        assert_eq!(n.goal, occ(LPN).title.get(lang));
        assert!(n.training.unwrap().contains("NCLEX-PN"));
        assert_eq!(
            n.to_learn,
            g.to_learn()
                .iter()
                .map(|e| e.learn.get(lang))
                .collect::<Vec<_>>()
        );
        assert!(!n.to_learn.is_empty() && n.to_learn.len() <= career::TO_LEARN);
        let text = n.text(lang);
        assert!(text.contains(n.goal) && text.contains("NCLEX-PN"), "{text}");
        for l in &n.to_learn {
            assert!(text.contains(&format!("- {l}\n")), "{text}");
        }
        // Short enough for one printed page.
        assert!(text.lines().count() <= 25, "{text}");
    }
    let en = JobCentreNote::new(Lang::En, &r1, LPN)
        .unwrap()
        .text(Lang::En);
    assert!(en.starts_with("Training I want to ask about\n"));
    assert!(en.contains("My goal: Licensed practical nurse (LPN)\n"));
    assert!(grade(&en.replace('\n', ". ")) <= 8.0);
    assert!(JobCentreNote::new(Lang::En, &r1, "99-9999.99").is_none());
}

//! "For a job centre": her answers stay hers (in a link only when ticked), survive every door
//! (saves, links, files from outside), and reach the agency's intake files under PIRL names.

mod common;

use std::collections::BTreeMap;

use proptest::prelude::*;
use skillpass_core::change::apply;
use skillpass_core::envelope::{restore, Envelope};
use skillpass_core::jobcentre::{self, Answers, QUESTIONS, RATHER_NOT};
use skillpass_core::locale::Lang;
use skillpass_core::share::{self, codec, digits, Choice};
use skillpass_core::{intake, Change, Profile};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn r1() -> Profile {
    common::references(today()).remove(0)
}

fn answered(mut p: Profile, pairs: &[(&str, &str)]) -> Profile {
    for (q, a) in pairs {
        p = apply(
            &p,
            &Change::AnswerJobCentre {
                question: q.to_string(),
                answer: a.to_string(),
            },
        )
        .unwrap();
    }
    p
}

const MARIA: &[(&str, &str)] = &[
    ("working", "looking"),
    ("since_last_job", "over-6-months"),
    ("school", "equivalency"),
    ("veteran", "no"),
    ("english_help", "yes"),
    ("next_job", "not-sure"),
];

fn link_of(p: &Profile, choice: &Choice) -> String {
    digits::encode(&codec::encode(&share::select(p, choice)))
}

#[test]
fn her_answers_travel_only_when_she_ticks_them() {
    let p = answered(r1(), MARIA);
    let not_ticked = Choice::everything(&p);
    assert!(!not_ticked.job_centre, "never ticked for her");
    let plain = share::open(&link_of(&p, &not_ticked)).unwrap();
    assert!(plain.job_centre.is_empty());
    let ticked = Choice {
        job_centre: true,
        ..not_ticked
    };
    let opened = share::open(&link_of(&p, &ticked)).unwrap();
    assert_eq!(opened.job_centre, p.job_centre);
    // The intake made from a link without them says nothing of them, not even empty fields.
    let csv = intake::csv(&plain, Lang::En);
    assert!(
        !csv.contains("PIRL") && !csv.contains("job-centre"),
        "{csv}"
    );
    let json: serde_json::Value = serde_json::from_str(&intake::json(&plain, Lang::En)).unwrap();
    assert!(json["jobCentre"].is_null());
}

#[test]
fn the_intake_names_each_answer_by_its_pirl_element_and_code() {
    let p = answered(r1(), MARIA);
    let csv = intake::csv(&p, Lang::En);
    for row in [
        "pirl,PIRL 400 Employment Status at Program Entry,0,\"No, and I am looking for work\"",
        "pirl,PIRL 402 Long-Term Unemployed at Program Entry,1,More than 6 months",
        "pirl,PIRL 300 Veteran Status,0,No",
        "pirl,PIRL 803 English Language Learner at Program Entry,1,Yes",
        "job-centre,Did you serve in the military?,no,No",
    ] {
        assert!(csv.contains(row), "missing {row:?} in\n{csv}");
    }
    assert!(csv.contains("pirl,PIRL 408 Highest Educational Level Completed at Program Entry,2,"));
    // PIRL 403: the most recent job's O*NET-SOC code, 8 digits.
    let recent = intake::most_recent_job(&p).unwrap();
    let digits8: String = recent
        .occupation
        .as_deref()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    assert_eq!(digits8.len(), 8);
    assert!(csv.contains(&format!(
        "PIRL 403 Occupational Code of Most Recent Employment Prior to Participation,{digits8},"
    )));
    let json: serde_json::Value = serde_json::from_str(&intake::json(&p, Lang::En)).unwrap();
    let pirl = &json["jobCentre"]["pirl"];
    assert_eq!(pirl["PIRL 400 Employment Status at Program Entry"], "0");
    assert_eq!(pirl["PIRL 402 Long-Term Unemployed at Program Entry"], "1");
    assert_eq!(json["jobCentre"]["answers"].as_array().unwrap().len(), 6);
    // In Spanish the words change, the names and codes do not.
    let es = intake::csv(&p, Lang::Es);
    assert!(es.contains("pirl,PIRL 400 Employment Status at Program Entry,0,"));
    assert!(!es.contains("looking for work"));
}

#[test]
fn rather_not_say_fills_no_pirl_field_except_where_pirl_has_a_not_disclosed_code() {
    let all_rather: Vec<(&str, &str)> = QUESTIONS.iter().map(|q| (q.key, RATHER_NOT)).collect();
    let p = answered(r1(), &all_rather);
    assert_eq!(p.job_centre.len(), QUESTIONS.len());
    let items = intake::pirl(&p, Lang::En);
    let elements: Vec<&str> = items.iter().map(|i| i.element).collect();
    // Veteran status records 9, "not known"; every other element stays blank for the caseworker.
    assert_eq!(elements, ["300", "403"]);
    assert_eq!(items[0].code, "9");
}

#[test]
fn pirl_codes_are_distinct_within_each_element() {
    for q in QUESTIONS {
        let codes: Vec<_> = q.options.iter().filter_map(|o| o.pirl).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len(), "{}", q.key);
        assert_eq!(q.pirl.is_some(), !codes.is_empty(), "{}", q.key);
    }
}

#[test]
fn erasing_takes_every_answer_and_the_goal_she_picked_there() {
    let mut p = answered(r1(), &[("working", "employed")]);
    p = apply(&p, &Change::SetGoal(Some("29-2061.00".into()))).unwrap();
    p = answered(p, &[("next_job", jobcentre::NEXT_JOB_CHOSEN)]);
    let erased = apply(&p, &Change::EraseJobCentre).unwrap();
    assert!(erased.job_centre.is_empty());
    assert_eq!(erased.goal, None);
    // A goal chosen on the career page, not in this section, stays.
    let q = apply(&r1(), &Change::SetGoal(Some("29-2061.00".into()))).unwrap();
    let q = apply(&answered(q, &[("veteran", "no")]), &Change::EraseJobCentre).unwrap();
    assert_eq!(q.goal.as_deref(), Some("29-2061.00"));
}

#[test]
fn a_made_up_answer_is_refused_and_leaves_the_answers_as_they_were() {
    let p = answered(r1(), &[("veteran", "no")]);
    for (q, a) in [
        ("veteran", "maybe"),
        ("shoe_size", "9"),
        ("", ""),
        ("working", ""),
    ] {
        let change = Change::AnswerJobCentre {
            question: q.into(),
            answer: a.into(),
        };
        assert!(apply(&p, &change).is_err(), "{q}={a}");
    }
    // Saying she works after all drops the "since your last job" answer that no longer applies.
    let p = answered(r1(), &[("working", "looking"), ("since_last_job", "never")]);
    let p = answered(p, &[("working", "employed")]);
    assert_eq!(p.job_centre.get("since_last_job"), None);
}

fn any_answers() -> impl Strategy<Value = BTreeMap<String, String>> {
    let key = prop_oneof![
        proptest::sample::select(
            QUESTIONS
                .iter()
                .map(|q| q.key.to_string())
                .collect::<Vec<_>>()
        ),
        "[a-z_]{0,12}",
        "\\PC{0,300}",
    ];
    let value = prop_oneof![
        proptest::sample::select(
            QUESTIONS
                .iter()
                .flat_map(|q| q.options.iter().map(|o| o.code.to_string()))
                .collect::<Vec<_>>()
        ),
        "\\PC{0,300}",
    ];
    proptest::collection::btree_map(key, value, 0..12)
}

proptest! {
    /// Whatever a hand-edited save or a file claims, what is kept is known, applies, saves and
    /// reads back unchanged, and travels in a link unchanged.
    #[test]
    fn any_answers_from_outside_are_kept_only_when_known(raw in any_answers()) {
        let mut p = r1();
        p.job_centre = raw.clone();
        let (admitted, dropped) = skillpass_core::admit::admit(p);
        let kept: &Answers = &admitted.job_centre;
        prop_assert_eq!(kept, &jobcentre::tidy(&raw));
        prop_assert!(dropped.len() >= raw.len() - kept.len());
        for (q, a) in kept {
            let question = jobcentre::question(q).unwrap();
            prop_assert!(question.option(a).is_some());
        }
        let env = Envelope::new(admitted.clone(), 1, None);
        prop_assert_eq!(&restore(&env.to_json()).unwrap().profile, &admitted);
        let choice = Choice { job_centre: true, ..Choice::everything(&admitted) };
        let opened = share::open(&link_of(&admitted, &choice)).unwrap();
        // "I picked a job" goes only with the job (her goal), which is not ticked here.
        let mut expected = kept.clone();
        if expected.get("next_job").map(String::as_str) == Some(jobcentre::NEXT_JOB_CHOSEN) {
            expected.remove("next_job");
        }
        prop_assert_eq!(&opened.job_centre, &expected);
    }
}

#[test]
fn i_picked_a_job_travels_only_with_the_job_itself() {
    let mut p = apply(&r1(), &Change::SetGoal(Some("29-2061.00".into()))).unwrap();
    p = answered(
        p,
        &[
            ("working", "looking"),
            ("next_job", jobcentre::NEXT_JOB_CHOSEN),
        ],
    );
    let answers_only = Choice {
        job_centre: true,
        ..Choice::everything(&p)
    };
    let shared = share::select(&p, &answers_only);
    assert_eq!(
        shared.job_centre.get("next_job"),
        None,
        "no 'I picked a job' without the job"
    );
    assert_eq!(shared.job_centre.len(), 1);
    let with_goal = Choice {
        goal: true,
        ..answers_only
    };
    let shared = share::select(&p, &with_goal);
    let said = intake::answers_in_words(&shared, Lang::En);
    assert!(
        said.iter()
            .any(|(_, a)| a == "Licensed practical nurse (LPN)"),
        "{said:?}"
    );
}

#[test]
fn every_csv_answer_row_has_its_code_and_the_picked_job_its_onet_soc_code() {
    let all_rather: Vec<(&str, &str)> = QUESTIONS.iter().map(|q| (q.key, RATHER_NOT)).collect();
    let csv = intake::csv(&answered(r1(), &all_rather), Lang::En);
    let rows: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("job-centre,"))
        .collect();
    assert_eq!(rows.len(), QUESTIONS.len());
    assert!(rows.iter().all(|r| r.contains(",rather-not,")), "{rows:?}");
    let mut p = apply(&r1(), &Change::SetGoal(Some("29-2061.00".into()))).unwrap();
    p = answered(p, &[("next_job", jobcentre::NEXT_JOB_CHOSEN)]);
    assert!(
        intake::csv(&p, Lang::En).contains("job-centre,What job would you like next?,29-2061.00,")
    );
}

//! "For a job centre": six optional questions a worker may answer on her phone, so a job centre's
//! intake does not ask them again. Each has "I'd rather not say", which is an answer too: a
//! question answered in any way is never asked again, until she erases her answers.
//!
//! The answers are hers. They travel in a share link only when she ticks them
//! ([`crate::share::Choice::job_centre`]), and the intake summary names each under the WIOA PIRL
//! data element it corresponds to ([`Question::pirl`], [`Opt::pirl`]; the table is in the README).
//! Nothing here is an identifier or an eligibility decision: those are the caseworker's, and stay
//! out of every file the app writes.

use std::collections::BTreeMap;

use crate::locale::Msg;

/// The stored answers: question key → option code (`{"working": "looking"}`). A map, so a newer
/// app's question or option is dropped by [`tidy`] rather than breaking the whole save.
pub type Answers = BTreeMap<String, String>;

/// The code every question has for "I'd rather not say".
pub const RATHER_NOT: &str = "rather-not";

/// One answer a question offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opt {
    /// What is stored and written in files (never changes meaning once released).
    pub code: &'static str,
    pub words: Msg,
    /// The PIRL code value it stands for, if it stands for one ("I'd rather not say" does not,
    /// except where the element has a "did not self-identify" value).
    pub pirl: Option<&'static str>,
}

/// One question of the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// The stored key; also its position in a share link (see [`QUESTIONS`]).
    pub key: &'static str,
    pub ask: Msg,
    pub hint: Option<Msg>,
    pub options: &'static [Opt],
    /// The PIRL data element: number and name, as the intake files write them.
    pub pirl: Option<(&'static str, &'static str)>,
}

const fn opt(code: &'static str, words: Msg, pirl: Option<&'static str>) -> Opt {
    Opt { code, words, pirl }
}

const RATHER: Opt = opt(RATHER_NOT, Msg::JcRatherNot, None);

/// The questions in the order they are asked — and, frozen, the order of their nibbles in a share
/// link: a new question is only ever added at the end, a new option only at the end of its list.
pub const QUESTIONS: &[Question] = &[
    Question {
        key: "working",
        ask: Msg::JcWorkingAsk,
        hint: None,
        options: &[
            opt("employed", Msg::JcWorkingYes, Some("1")),
            opt("ending", Msg::JcWorkingEnding, Some("2")),
            opt("looking", Msg::JcWorkingLooking, Some("0")),
            opt("not-looking", Msg::JcWorkingNotLooking, Some("3")),
            RATHER,
        ],
        pirl: Some(("400", "Employment Status at Program Entry")),
    },
    Question {
        key: "since_last_job",
        ask: Msg::JcSinceAsk,
        hint: None,
        options: &[
            opt("under-6-months", Msg::JcSinceUnder6, Some("0")),
            opt("over-6-months", Msg::JcSinceOver6, Some("1")),
            opt("never", Msg::JcSinceNever, None),
            RATHER,
        ],
        pirl: Some(("402", "Long-Term Unemployed at Program Entry")),
    },
    Question {
        key: "school",
        ask: Msg::JcSchoolAsk,
        hint: Some(Msg::JcSchoolHint),
        options: &[
            opt("no-diploma", Msg::JcSchoolNone, Some("0")),
            opt("high-school", Msg::JcSchoolDiploma, Some("1")),
            opt("equivalency", Msg::JcSchoolEquivalency, Some("2")),
            opt("some-college", Msg::JcSchoolSomeCollege, Some("4")),
            opt("certificate", Msg::JcSchoolCertificate, Some("5")),
            opt("associate", Msg::JcSchoolAssociate, Some("6")),
            opt("bachelor", Msg::JcSchoolBachelor, Some("7")),
            opt("beyond-bachelor", Msg::JcSchoolBeyond, Some("8")),
            RATHER,
        ],
        pirl: Some((
            "408",
            "Highest Educational Level Completed at Program Entry",
        )),
    },
    Question {
        key: "veteran",
        ask: Msg::JcVeteranAsk,
        hint: None,
        options: &[
            opt("yes", Msg::Yes, Some("1")),
            opt("no", Msg::No, Some("0")),
            // PIRL 300's "9 = status not known" is what it records for someone who does not say.
            opt(RATHER_NOT, Msg::JcRatherNot, Some("9")),
        ],
        pirl: Some(("300", "Veteran Status")),
    },
    Question {
        key: "english_help",
        ask: Msg::JcEnglishAsk,
        hint: None,
        options: &[
            opt("yes", Msg::Yes, Some("1")),
            opt("no", Msg::No, Some("0")),
            RATHER,
        ],
        pirl: Some(("803", "English Language Learner at Program Entry")),
    },
    // The job she wants next is her goal (`Profile::goal`, picked from the career list); this
    // key only says that she answered, so the question is not asked again.
    Question {
        key: "next_job",
        ask: Msg::JcNextJobAsk,
        hint: Some(Msg::JcNextJobHint),
        options: &[
            opt(NEXT_JOB_CHOSEN, Msg::JcNextJobChosen, None),
            opt("not-sure", Msg::JcNextJobNotSure, None),
            RATHER,
        ],
        pirl: None,
    },
];

/// The `next_job` answer when she picked a job (the job itself is her goal).
pub const NEXT_JOB_CHOSEN: &str = "chosen";

pub fn question(key: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.key == key)
}

impl Question {
    pub fn option(&self, code: &str) -> Option<&'static Opt> {
        self.options.iter().find(|o| o.code == code)
    }

    /// Whether the question makes sense given the answers so far: how long since her last job is
    /// not asked of someone who said she is working.
    pub fn applies(&self, answers: &Answers) -> bool {
        match self.key {
            "since_last_job" => !matches!(
                answers.get("working").map(String::as_str),
                Some("employed" | "ending")
            ),
            _ => true,
        }
    }
}

/// The next question to ask: the first that applies and has no answer. `None` when she is done.
pub fn next_question(answers: &Answers) -> Option<&'static Question> {
    QUESTIONS
        .iter()
        .find(|q| q.applies(answers) && !answers.contains_key(q.key))
}

/// "Question 2 of 6": the position of `q` among the questions that apply, and how many apply.
pub fn progress(answers: &Answers, q: &Question) -> (usize, usize) {
    let applying: Vec<_> = QUESTIONS.iter().filter(|x| x.applies(answers)).collect();
    let n = applying.iter().position(|x| x.key == q.key).unwrap_or(0) + 1;
    (n, applying.len())
}

/// Keeps only answers this version knows, and none to a question that no longer applies (she
/// said she is working after all). What comes from a file or a link goes through this.
pub fn tidy(answers: &Answers) -> Answers {
    // Built by `insert`, not `collect`: collecting into a map sorts first, and that sort is
    // 10 KB of the worker's wasm.
    let mut known = Answers::new();
    for (k, v) in answers {
        if question(k).is_some_and(|q| q.option(v).is_some()) {
            known.insert(k.clone(), v.clone());
        }
    }
    let mut out = Answers::new();
    for (k, v) in &known {
        if question(k).is_some_and(|q| q.applies(&known)) {
            out.insert(k.clone(), v.clone());
        }
    }
    out
}

/// An answer the worker gave, for display and files: the question, the option she picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Given {
    pub question: &'static Question,
    pub option: &'static Opt,
}

/// Her answers in the order the questions are asked.
pub fn given(answers: &Answers) -> Vec<Given> {
    QUESTIONS
        .iter()
        .filter_map(|q| {
            let option = q.option(answers.get(q.key)?)?;
            Some(Given {
                question: q,
                option,
            })
        })
        .collect()
}

/// The answers as a share link carries them: one nibble per question in [`QUESTIONS`] order,
/// 0 for no answer, else the option's place in its list plus one; trailing zeros left off.
pub fn to_nibbles(answers: &Answers) -> Vec<u8> {
    let mut out: Vec<u8> = QUESTIONS
        .iter()
        .map(|q| {
            answers
                .get(q.key)
                .and_then(|code| q.options.iter().position(|o| o.code == code))
                .map_or(0, |i| i as u8 + 1)
        })
        .collect();
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

/// The answers from a link's nibbles. A question or option this version does not know (a newer
/// app's) is passed over, never guessed.
pub fn from_nibbles(nibbles: &[u8]) -> Answers {
    let mut answers = Answers::new();
    for (&n, q) in nibbles.iter().zip(QUESTIONS) {
        if let Some(o) = usize::from(n).checked_sub(1).and_then(|i| q.options.get(i)) {
            answers.insert(q.key.to_string(), o.code.to_string());
        }
    }
    tidy(&answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn every_question_offers_rather_not_say_and_codes_are_unique() {
        for q in QUESTIONS {
            assert!(q.option(RATHER_NOT).is_some(), "{} lacks rather-not", q.key);
            let mut codes: Vec<_> = q.options.iter().map(|o| o.code).collect();
            crate::order::sort(&mut codes);
            codes.dedup();
            assert_eq!(codes.len(), q.options.len(), "{}", q.key);
            assert!(q.options.len() < 16, "a nibble holds every option");
        }
    }

    #[test]
    fn an_answered_question_is_not_asked_again_and_working_skips_the_gap_question() {
        let mut a = Answers::new();
        assert_eq!(next_question(&a).unwrap().key, "working");
        a.insert("working".into(), "employed".into());
        assert_eq!(next_question(&a).unwrap().key, "school");
        assert_eq!(progress(&a, question("school").unwrap()), (2, 5));
        a.insert("working".into(), RATHER_NOT.into());
        assert_eq!(next_question(&a).unwrap().key, "since_last_job");
        for q in QUESTIONS {
            a.insert(q.key.into(), RATHER_NOT.into());
        }
        assert_eq!(next_question(&a), None);
    }

    #[test]
    fn unknown_questions_options_and_answers_that_no_longer_apply_are_dropped() {
        let a = answers(&[
            ("working", "employed"),
            ("since_last_job", "over-6-months"),
            ("school", "phd-from-mars"),
            ("favourite_colour", "blue"),
            ("veteran", "no"),
        ]);
        assert_eq!(
            tidy(&a),
            answers(&[("working", "employed"), ("veteran", "no")])
        );
    }

    #[test]
    fn nibbles_round_trip_every_answer_and_skip_what_a_newer_app_added() {
        for q in QUESTIONS {
            for o in q.options {
                let a = tidy(&answers(&[(q.key, o.code)]));
                assert_eq!(from_nibbles(&to_nibbles(&a)), a, "{} {}", q.key, o.code);
            }
        }
        assert!(to_nibbles(&Answers::new()).is_empty());
        // A seventh question and a tenth option are a newer app's: left out, the rest kept.
        assert_eq!(
            from_nibbles(&[1, 0, 15, 0, 0, 0, 3]),
            answers(&[("working", "employed")])
        );
    }
}

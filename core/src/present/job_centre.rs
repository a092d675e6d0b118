//! The "For a job centre" screens: which question shows, its "Question 2 of 5", and the jobs the
//! last question offers.

use crate::career;
use crate::jobcentre::{self, Question};
use crate::profile::Profile;
use crate::taxonomy::Occupation;

/// How many jobs "What job would you like next?" offers: the best career matches, as on the
/// career page, so the choice is the same list she may have seen there.
pub const NEXT_JOB_CHOICES: usize = 6;

/// What the section's screen shows now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// A question, with its place among the questions that apply (`n` of `total`, from 1).
    Ask {
        question: &'static Question,
        n: usize,
        total: usize,
    },
    /// Every question that applies is answered: her answers, and a way to erase them.
    Done,
}

pub fn page(p: &Profile) -> Page {
    match jobcentre::next_question(&p.job_centre) {
        Some(question) => {
            let (n, total) = jobcentre::progress(&p.job_centre, question);
            Page::Ask { question, n, total }
        }
        None => Page::Done,
    }
}

/// The jobs offered for her next job: her goal first if she has one, then her best career
/// matches, without repeats. With no skills yet there are no matches: the question then offers
/// only "I am not sure yet" and "I'd rather not say".
pub fn next_job_choices(p: &Profile) -> Vec<&'static Occupation> {
    let mut out: Vec<&'static Occupation> = career::goal(p).into_iter().collect();
    for m in career::matches(p) {
        if out.len() >= NEXT_JOB_CHOICES {
            break;
        }
        if !out.iter().any(|o| o.num == m.occupation.num) {
            out.push(m.occupation);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::change::apply;
    use crate::Change;

    #[test]
    fn the_page_walks_the_questions_then_shows_her_answers() {
        let mut p = Profile::default();
        let mut seen = Vec::new();
        while let Page::Ask { question, n, total } = page(&p) {
            assert!(n <= total);
            seen.push(question.key);
            p = apply(
                &p,
                &Change::AnswerJobCentre {
                    question: question.key.into(),
                    answer: question.options[0].code.into(),
                },
            )
            .unwrap();
        }
        // Working now: the "since your last job" question is skipped.
        assert_eq!(
            seen,
            ["working", "school", "veteran", "english_help", "next_job"]
        );
        assert_eq!(page(&p), Page::Done);
    }

    #[test]
    fn her_goal_is_offered_first_and_nothing_twice() {
        let mut p = Profile::default();
        assert!(next_job_choices(&p).is_empty());
        p = apply(&p, &Change::SetGoal(Some("29-2061.00".into()))).unwrap();
        let choices = next_job_choices(&p);
        assert_eq!(choices[0].soc, "29-2061.00");
        let mut nums: Vec<_> = choices.iter().map(|o| o.num).collect();
        nums.dedup();
        assert_eq!(nums.len(), choices.len());
        assert!(choices.len() <= NEXT_JOB_CHOICES);
    }
}

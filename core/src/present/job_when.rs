//! "Where and when did you do this job?": when the page is complete, what Continue says when it
//! is not, and which parts show.

use crate::i18n::Msg;
use crate::profile::Job;
use crate::when;

/// What keeps the page from being done, shown at its part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// At the start year.
    Start(Msg),
    /// At "I still work there" and the end year.
    End(Msg),
}

/// Whether she still works there, as the page opens: unanswered for a job without a start, and
/// a saved start with no end means "still there".
pub fn still_there_at_open(job: &Job) -> Option<bool> {
    job.start.map(|_| job.end.is_none())
}

/// What Continue must say first, or `None` when the page is complete: a start, then an end or
/// "I still work there" (`still_there`: what she answered on this page), and an end not before
/// the start.
pub fn incomplete(job: &Job, still_there: Option<bool>) -> Option<Problem> {
    if job.start.is_none() {
        Some(Problem::Start(Msg::ErrStartMissing))
    } else if job.end.is_none() && still_there != Some(true) {
        Some(Problem::End(Msg::ErrEndMissing))
    } else if when::dates_clash(job) {
        Some(Problem::End(Msg::ErrEndBeforeStart))
    } else {
        None
    }
}

/// The end is asked only once there is a start.
pub fn asks_end(job: &Job) -> bool {
    job.start.is_some()
}

/// "I still work there" shows pressed: she said so and no end is set.
pub fn still_there_pressed(job: &Job, still_there: Option<bool>) -> bool {
    still_there == Some(true) && job.end.is_none()
}

/// "These dates do not fit" (old data, the end before the start) shows unless Continue has
/// already said something at the end.
pub fn shows_clash(job: &Job, problem: Option<Problem>) -> bool {
    when::dates_clash(job) && !matches!(problem, Some(Problem::End(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::month::YearMonth;

    fn job(start: Option<&str>, end: Option<&str>) -> Job {
        Job {
            id: "j1".into(),
            title: "Cook".into(),
            employer: None,
            occupation: None,
            start: start.map(|s| YearMonth::parse(s).unwrap()),
            end: end.map(|s| YearMonth::parse(s).unwrap()),
        }
    }

    #[test]
    fn a_new_job_asks_for_the_start_first_and_hides_the_end() {
        let j = job(None, None);
        assert_eq!(still_there_at_open(&j), None);
        assert_eq!(
            incomplete(&j, None),
            Some(Problem::Start(Msg::ErrStartMissing))
        );
        assert_eq!(
            incomplete(&j, Some(true)),
            Some(Problem::Start(Msg::ErrStartMissing))
        );
        assert!(!asks_end(&j));
    }

    #[test]
    fn with_a_start_she_must_say_when_she_stopped_or_that_she_still_works_there() {
        let j = job(Some("2021"), None);
        assert!(asks_end(&j));
        assert_eq!(incomplete(&j, None), Some(Problem::End(Msg::ErrEndMissing)));
        assert_eq!(
            incomplete(&j, Some(false)),
            Some(Problem::End(Msg::ErrEndMissing))
        );
        assert_eq!(incomplete(&j, Some(true)), None);
        assert!(still_there_pressed(&j, Some(true)));
        assert_eq!(incomplete(&job(Some("2021"), Some("2023-05")), None), None);
        assert!(!still_there_pressed(
            &job(Some("2021"), Some("2023")),
            Some(true)
        ));
    }

    #[test]
    fn a_saved_job_without_an_end_opens_as_still_there_and_is_complete() {
        let j = job(Some("2019-03"), None);
        assert_eq!(still_there_at_open(&j), Some(true));
        assert_eq!(incomplete(&j, still_there_at_open(&j)), None);
        assert_eq!(
            still_there_at_open(&job(Some("2019"), Some("2020"))),
            Some(false)
        );
    }

    #[test]
    fn an_end_before_the_start_is_not_complete_and_is_said_once() {
        let j = job(Some("2022"), Some("2020"));
        assert_eq!(
            incomplete(&j, Some(false)),
            Some(Problem::End(Msg::ErrEndBeforeStart))
        );
        assert!(shows_clash(&j, None));
        assert!(
            !shows_clash(&j, incomplete(&j, None)),
            "Continue's message says it already"
        );
        assert!(!shows_clash(&job(Some("2020"), Some("2022")), None));
        // The same year (or May and "2023") does not clash.
        assert_eq!(incomplete(&job(Some("2023-05"), Some("2023")), None), None);
    }
}

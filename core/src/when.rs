//! The year-first date input ("When did you start?" as year buttons, the month optional): which
//! years and months to offer, and what a tap changes. A tap can never make a job end before it
//! starts: end years start at the start's year, months that would cross the other date are not
//! offered, and a new start year after the end clears the end (the screen then asks again).

use crate::change::Change;
use crate::month::{YearMonth, MIN_YEAR};
use crate::profile::Job;

/// How many recent years get their own big button (this year first).
pub const RECENT_YEARS: u16 = 10;

/// The years offered as buttons, newest first: this year and the nine before it, never before
/// `from` (an end year is never before the start year).
pub fn recent_years(this_year: u16, from: u16) -> Vec<u16> {
    let lowest = this_year
        .saturating_sub(RECENT_YEARS - 1)
        .max(from)
        .max(MIN_YEAR);
    (lowest..=this_year).rev().collect()
}

/// The years behind "Earlier", newest first, down to `from` (at least 1940).
pub fn earlier_years(this_year: u16, from: u16) -> Vec<u16> {
    let top = this_year.saturating_sub(RECENT_YEARS);
    (from.max(MIN_YEAR)..=top).rev().collect()
}

/// The months (1–12) the start may have: none that would put it after the end.
pub fn start_months(job: &Job) -> Vec<u8> {
    let Some(start) = job.start else {
        return Vec::new();
    };
    (1..=12)
        .filter(|&m| {
            let d = YearMonth::new(start.year(), m).expect("a month");
            !job.end.is_some_and(|e| e.is_before(d))
        })
        .collect()
}

/// The months (1–12) the end may have: none that would put it before the start.
pub fn end_months(job: &Job) -> Vec<u8> {
    let Some(end) = job.end else {
        return Vec::new();
    };
    (1..=12)
        .filter(|&m| {
            let d = YearMonth::new(end.year(), m).expect("a month");
            !job.start.is_some_and(|s| d.is_before(s))
        })
        .collect()
}

/// What a tap on a start year commits: the start (keeping its month when that still fits), and
/// first, when the end would now come before it, the end cleared (`true`: ask for the end again).
pub fn pick_start_year(job: &Job, year: u16) -> Option<(Vec<Change>, bool)> {
    let alone = YearMonth::year_only(year).ok()?;
    let with_month = job
        .start
        .and_then(|s| s.month())
        .and_then(|m| YearMonth::new(year, m).ok())
        .unwrap_or(alone);
    let fits = |d: YearMonth| !job.end.is_some_and(|e| e.is_before(d));
    let (start, clash) = if fits(with_month) {
        (with_month, false)
    } else if fits(alone) {
        (alone, false)
    } else {
        (with_month, true)
    };
    let id = job.id.clone();
    let mut changes = Vec::new();
    if clash {
        changes.push(Change::SetJobEnd(id.clone(), None));
    }
    changes.push(Change::SetJobStart(id, start));
    Some((changes, clash))
}

/// What a tap on an end year commits (its month kept when that still fits).
pub fn pick_end_year(job: &Job, year: u16) -> Option<Change> {
    let kept = job
        .end
        .and_then(|e| e.month())
        .and_then(|m| YearMonth::new(year, m).ok())
        .filter(|d| !job.start.is_some_and(|s| d.is_before(s)));
    let end = match kept {
        Some(d) => d,
        None => YearMonth::year_only(year).ok()?,
    };
    (!job.start.is_some_and(|s| end.is_before(s)))
        .then(|| Change::SetJobEnd(job.id.clone(), Some(end)))
}

/// What a tap on a start month (or "I don't remember the month": `None`) commits.
pub fn pick_start_month(job: &Job, month: Option<u8>) -> Option<Change> {
    let start = YearMonth::with_month(job.start?.year(), month).ok()?;
    (!job.end.is_some_and(|e| e.is_before(start)))
        .then(|| Change::SetJobStart(job.id.clone(), start))
}

/// What a tap on an end month (or `None`) commits.
pub fn pick_end_month(job: &Job, month: Option<u8>) -> Option<Change> {
    let end = YearMonth::with_month(job.end?.year(), month).ok()?;
    (!job.start.is_some_and(|s| end.is_before(s)))
        .then(|| Change::SetJobEnd(job.id.clone(), Some(end)))
}

/// A date's month and year picked alone (a certificate's date): the year keeps its month.
pub fn pick_year(old: Option<YearMonth>, year: u16) -> Option<YearMonth> {
    YearMonth::with_month(year, old.and_then(YearMonth::month)).ok()
}

/// Dates that came in wrong (an old save or file): the end before the start. The screen says so.
pub fn dates_clash(job: &Job) -> bool {
    crate::validate::job_dates(job.start, job.end).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::change::apply;
    use crate::profile::Profile;
    use proptest::prelude::*;

    fn ym(s: &str) -> YearMonth {
        YearMonth::parse(s).unwrap()
    }

    fn job(start: Option<&str>, end: Option<&str>) -> Job {
        Job {
            id: "j1".into(),
            title: "Cook".into(),
            employer: None,
            occupation: None,
            start: start.map(ym),
            end: end.map(ym),
        }
    }

    #[test]
    fn recent_years_are_ten_newest_first_and_never_before_the_start() {
        assert_eq!(
            recent_years(2026, MIN_YEAR),
            (2017..=2026).rev().collect::<Vec<_>>()
        );
        assert_eq!(recent_years(2026, 2023), vec![2026, 2025, 2024, 2023]);
        assert_eq!(recent_years(2026, 2030), Vec::<u16>::new());
        let earlier = earlier_years(2026, MIN_YEAR);
        assert_eq!((earlier[0], *earlier.last().unwrap()), (2016, 1940));
        assert_eq!(
            earlier_years(2026, 2012),
            vec![2016, 2015, 2014, 2013, 2012]
        );
        assert!(earlier_years(2026, 2020).is_empty());
        // A clock gone wrong never offers years outside 1940–2100.
        assert!(recent_years(1941, MIN_YEAR).iter().all(|y| *y >= MIN_YEAR));
        assert!(earlier_years(0, MIN_YEAR).is_empty());
    }

    #[test]
    fn months_that_would_cross_the_other_date_are_not_offered() {
        let j = job(Some("2023-05"), Some("2023-08"));
        assert_eq!(start_months(&j), (1..=8).collect::<Vec<_>>());
        assert_eq!(end_months(&j), (5..=12).collect::<Vec<_>>());
        let j = job(Some("2023"), Some("2024"));
        assert_eq!(start_months(&j).len(), 12);
        assert_eq!(end_months(&j).len(), 12);
        assert!(start_months(&job(None, None)).is_empty());
    }

    #[test]
    fn a_later_start_year_clears_an_end_before_it() {
        let j = job(Some("2019-03"), Some("2021-06"));
        let (changes, cleared) = pick_start_year(&j, 2020).unwrap();
        assert!(!cleared);
        assert_eq!(
            changes,
            vec![Change::SetJobStart("j1".into(), ym("2020-03"))]
        );
        // Same year as the end, month after the end's: the month goes, the end stays.
        let (changes, cleared) = pick_start_year(&j, 2021).unwrap();
        assert!(!cleared);
        assert_eq!(
            changes,
            vec![Change::SetJobStart("j1".into(), ym("2021-03"))]
        );
        let j2 = job(Some("2019-09"), Some("2021-06"));
        let (changes, _) = pick_start_year(&j2, 2021).unwrap();
        assert_eq!(changes, vec![Change::SetJobStart("j1".into(), ym("2021"))]);
        let (changes, cleared) = pick_start_year(&j, 2024).unwrap();
        assert!(cleared);
        assert_eq!(
            changes,
            vec![
                Change::SetJobEnd("j1".into(), None),
                Change::SetJobStart("j1".into(), ym("2024-03"))
            ]
        );
        assert!(pick_start_year(&j, 1939).is_none());
    }

    #[test]
    fn end_taps_keep_the_month_when_it_fits() {
        let j = job(Some("2020-05"), Some("2022-03"));
        assert_eq!(
            pick_end_year(&j, 2023),
            Some(Change::SetJobEnd("j1".into(), Some(ym("2023-03"))))
        );
        assert_eq!(
            pick_end_year(&j, 2020),
            Some(Change::SetJobEnd("j1".into(), Some(ym("2020"))))
        );
        assert_eq!(pick_end_year(&j, 2019), None);
        assert_eq!(
            pick_end_month(&j, Some(1)),
            Some(Change::SetJobEnd("j1".into(), Some(ym("2022-01"))))
        );
        assert_eq!(
            pick_end_month(&j, None),
            Some(Change::SetJobEnd("j1".into(), Some(ym("2022"))))
        );
        assert_eq!(
            pick_start_month(&j, None),
            Some(Change::SetJobStart("j1".into(), ym("2020")))
        );
        assert_eq!(pick_start_month(&job(None, None), Some(3)), None);
        assert_eq!(pick_year(Some(ym("2020-05")), 2021), Some(ym("2021-05")));
        assert_eq!(pick_year(None, 2021), Some(ym("2021")));
    }

    #[test]
    fn old_data_with_the_end_first_is_told() {
        assert!(dates_clash(&job(Some("2022"), Some("2021-12"))));
        assert!(!dates_clash(&job(Some("2022-05"), Some("2022"))));
    }

    fn date() -> impl Strategy<Value = Option<YearMonth>> {
        proptest::option::of(
            (1940u16..=2100, proptest::option::of(1u8..=12))
                .prop_map(|(y, m)| YearMonth::with_month(y, m).unwrap()),
        )
    }

    proptest! {
        /// Whatever the dates were and whatever is tapped, every offered tap is accepted by
        /// `apply` and the job never ends before it starts.
        #[test]
        fn no_tap_makes_a_job_end_before_it_starts(
            start in date(), end in date(), year in 1940u16..=2100, month in proptest::option::of(1u8..=12)
        ) {
            let mut p = Profile::default();
            p.jobs.push(Job { start, end, ..job(None, None) });
            prop_assume!(!dates_clash(&p.jobs[0]));
            let j = p.jobs[0].clone();
            let mut outcomes = Vec::new();
            if let Some((changes, _)) = pick_start_year(&j, year) {
                outcomes.push(changes);
            }
            if j.start.is_some() && (j.start.unwrap().year() <= year) {
                outcomes.push(pick_end_year(&j, year).into_iter().collect());
            }
            for m in start_months(&j) {
                outcomes.push(vec![pick_start_month(&j, Some(m)).unwrap()]);
            }
            for m in end_months(&j) {
                outcomes.push(vec![pick_end_month(&j, Some(m)).unwrap()]);
            }
            outcomes.push(pick_start_month(&j, month.filter(|m| start_months(&j).contains(m))).into_iter().collect());
            for changes in outcomes {
                let mut q = p.clone();
                for c in &changes {
                    q = apply(&q, c).expect("an offered tap is accepted");
                }
                prop_assert!(!dates_clash(&q.jobs[0]));
            }
        }
    }
}

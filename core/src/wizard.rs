//! The guided flow: which screen to show, what comes next, and where Back goes. The screen lives
//! in the page address as `?step=…` (plus `&job=N` and `&from=check`), so the browser's Back button
//! and a reload both land on the same screen. The fragment is reserved for share links.

use crate::profile::Profile;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// What the app is, with English / Español at its top, and Start. (`?step=language`, the old
    /// separate language screen, opens it too.)
    Welcome,
    Name,
    Contact,
    /// "Which languages do you speak?"
    Languages,
    /// "What jobs have you done?"
    Jobs,
    /// When (and where) the worker did job N.
    JobWhen(usize),
    /// "Which of these did you do?" for job N.
    JobTasks(usize),
    /// Other things you are good at (transferable and digital skills).
    Skills,
    Certificates,
    Check,
    Profile,
    About,
    /// Sharing: what to share, the link and QR code, printing, files.
    Share,
    /// A profile opened from a share link or a file, before it is saved.
    Open,
    /// A trainer's page: sign a class record and hand out its codes.
    Trainer,
    /// "Whose phone or computer is this?": asked after Start where it cannot be inferred (see
    /// [`crate::device::start_mode`]); changeable later.
    Device,
    /// On a shared computer: take the profile to your phone, then erase it here.
    Handoff,
    /// The saved profile is locked with a PIN: enter it (nothing else shows until then).
    Unlock,
    /// Setting a PIN: a backup first, then the PIN twice.
    Pin,
    /// A caseworker's clients: open, switch, erase, start a new intake.
    Clients,
    /// The intake summary for the agency's records: only what the client agreed to share.
    Intake,
    /// "Where can my skills take me?": jobs that use the worker's skills.
    Careers,
    /// One of those jobs (by taxonomy occupation number): what you have, what to learn, the path.
    Career(u16),
    /// "For a job centre": the next unanswered question (one a screen), or her answers when done.
    JobCentre,
    /// A caseworker's "Scan a client's code": the camera, or a pasted link or a file.
    Scan,
}

/// A screen, and whether it was opened from "Check your answers" (then Continue returns there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub step: Step,
    pub from_check: bool,
}

impl From<Step> for Route {
    fn from(step: Step) -> Self {
        Route {
            step,
            from_check: false,
        }
    }
}

/// The numbered questions: "Step n of 8".
pub const QUESTION_COUNT: usize = 8;

/// What the progress line says: "Step 3 of 8", or on a job's own screens "Job 2 of 3 — Cashier".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    Step {
        n: usize,
        total: usize,
    },
    /// Job `n` (from 1) of the `total` jobs in the profile.
    Job {
        n: usize,
        total: usize,
    },
}

/// The progress line for `step` in this profile.
pub fn progress(step: Step, profile: &Profile) -> Option<Progress> {
    match step {
        Step::JobWhen(i) | Step::JobTasks(i) if i < profile.jobs.len() => Some(Progress::Job {
            n: i + 1,
            total: profile.jobs.len(),
        }),
        _ => step
            .progress()
            .map(|(n, total)| Progress::Step { n, total }),
    }
}

/// Where Start on the welcome goes: the device question first where whose device this is could
/// not be worked out (see [`crate::device::start_mode`]), else the name.
pub fn after_welcome(ask_device: bool) -> Step {
    if ask_device {
        Step::Device
    } else {
        Step::Name
    }
}

impl Step {
    fn key(self) -> &'static str {
        match self {
            Step::Welcome => "welcome",
            Step::Languages => "languages",
            Step::Name => "name",
            Step::Contact => "contact",
            Step::Jobs => "jobs",
            Step::JobWhen(_) => "job-when",
            Step::JobTasks(_) => "job-tasks",
            Step::Skills => "skills",
            Step::Certificates => "certificates",
            Step::Check => "check",
            Step::Profile => "profile",
            Step::About => "about",
            Step::Share => "share",
            Step::Open => "open",
            Step::Trainer => "trainer",
            Step::Device => "device",
            Step::Clients => "clients",
            Step::Intake => "intake",
            Step::Unlock => "unlock",
            Step::Pin => "pin",
            Step::Handoff => "handoff",
            Step::Careers => "careers",
            Step::Career(_) => "career",
            Step::JobCentre => "job-centre",
            Step::Scan => "scan",
        }
    }

    /// `(n, total)` for question steps, for "Step n of total".
    pub fn progress(self) -> Option<(usize, usize)> {
        let n = match self {
            Step::Name => 1,
            Step::Contact => 2,
            Step::Languages => 3,
            Step::Jobs => 4,
            Step::JobWhen(_) | Step::JobTasks(_) => 5,
            Step::Skills => 6,
            Step::Certificates => 7,
            Step::Check => 8,
            _ => return None,
        };
        Some((n, QUESTION_COUNT))
    }

    /// Part of the guided flow (as opposed to the start, the profile or the About page).
    pub fn in_flow(self) -> bool {
        self.progress().is_some()
    }
}

impl Route {
    pub fn query(self) -> String {
        let mut q = format!("?step={}", self.step.key());
        if let Step::JobWhen(i) | Step::JobTasks(i) = self.step {
            q.push_str(&format!("&job={i}"));
        }
        if let Step::Career(n) = self.step {
            q.push_str(&format!("&occupation={n}"));
        }
        if self.from_check {
            q.push_str("&from=check");
        }
        q
    }

    /// Reads a route from a location's search string (`"?step=job-when&job=1"`).
    pub fn from_query(search: &str) -> Option<Route> {
        let q = search.strip_prefix('?').unwrap_or(search);
        let param = |name: &str| {
            q.split('&')
                .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        };
        let job = || param("job").and_then(|j| j.parse::<usize>().ok());
        let step = match param("step")? {
            // The separate language screen is gone: the welcome has the languages at its top.
            "language" | "welcome" => Step::Welcome,
            "languages" => Step::Languages,
            "name" => Step::Name,
            "contact" => Step::Contact,
            "jobs" => Step::Jobs,
            "job-when" => Step::JobWhen(job()?),
            "job-tasks" => Step::JobTasks(job()?),
            "skills" => Step::Skills,
            "certificates" => Step::Certificates,
            "check" => Step::Check,
            "profile" => Step::Profile,
            "about" => Step::About,
            "share" => Step::Share,
            "open" => Step::Open,
            "trainer" => Step::Trainer,
            "device" => Step::Device,
            "clients" => Step::Clients,
            "intake" => Step::Intake,
            "unlock" => Step::Unlock,
            "pin" => Step::Pin,
            "handoff" => Step::Handoff,
            "careers" => Step::Careers,
            "career" => Step::Career(param("occupation")?.parse().ok()?),
            "job-centre" => Step::JobCentre,
            "scan" => Step::Scan,
            _ => return None,
        };
        Some(Route {
            step,
            from_check: param("from") == Some("check"),
        })
    }
}

/// The screen to show for an address. With no address, a worker who stopped mid-way resumes
/// there, a returning worker sees their profile, and a new one sees the welcome. Screens that
/// greet by name, or name a job that does not exist, fall back to the question that is missing.
pub fn resolve(requested: Option<Route>, profile: &Profile, resume: Option<Route>) -> Route {
    let route = match requested.or(resume) {
        Some(r) => r,
        None if profile.is_started() => Step::Profile.into(),
        None => Step::Welcome.into(),
    };
    let needs_name = !matches!(
        route.step,
        Step::Welcome
            | Step::Name
            | Step::About
            | Step::Open
            | Step::Trainer
            | Step::Device
            | Step::Unlock
            | Step::Clients
            | Step::Scan
    );
    if needs_name && !profile.is_started() {
        return Step::Name.into();
    }
    match route.step {
        Step::JobWhen(i) | Step::JobTasks(i) if i >= profile.jobs.len() => Step::Jobs.into(),
        Step::JobTasks(i) if profile.jobs[i].occupation.is_none() => Route {
            step: Step::JobWhen(i),
            ..route
        },
        _ => route,
    }
}

/// Where Continue goes.
pub fn next(route: Route, profile: &Profile) -> Route {
    let back_to_check = |step: Step| Route {
        step: if route.from_check { Step::Check } else { step },
        from_check: false,
    };
    let after_jobs = |from: usize| {
        if from < profile.jobs.len() {
            Route {
                step: Step::JobWhen(from),
                from_check: route.from_check,
            }
        } else {
            back_to_check(Step::Skills)
        }
    };
    match route.step {
        Step::Welcome => Step::Name.into(),
        Step::Name => back_to_check(Step::Contact),
        Step::Contact => back_to_check(Step::Languages),
        Step::Languages => back_to_check(Step::Jobs),
        Step::Jobs if route.from_check => {
            // Only the jobs just added still need their details.
            match profile.jobs.iter().position(|j| j.start.is_none()) {
                Some(i) => Route {
                    step: Step::JobWhen(i),
                    from_check: true,
                },
                None => Step::Check.into(),
            }
        }
        Step::Jobs => after_jobs(0),
        Step::JobWhen(i) => match profile.jobs.get(i) {
            Some(j) if j.occupation.is_some() => Route {
                step: Step::JobTasks(i),
                ..route
            },
            _ if route.from_check => Step::Check.into(),
            _ => after_jobs(i + 1),
        },
        Step::JobTasks(_) if route.from_check => Step::Check.into(),
        Step::JobTasks(i) => after_jobs(i + 1),
        Step::Skills => back_to_check(Step::Certificates),
        Step::Certificates => Step::Check.into(),
        Step::Check => Step::Profile.into(),
        other => off_flow(other, profile),
    }
}

/// Continue and Back from a page outside the guided flow: back to the profile (a job page to its
/// list of jobs), or to the start for someone with no profile yet.
fn off_flow(step: Step, profile: &Profile) -> Route {
    match step {
        Step::Career(_) => Step::Careers.into(),
        Step::Scan => Step::Clients.into(),
        Step::Clients | Step::Trainer if !profile.is_started() => Step::Welcome.into(),
        // Asked after Start: the name comes next.
        Step::Device if !profile.is_started() => Step::Name.into(),
        _ => Step::Profile.into(),
    }
}

/// Where the Back link goes (the browser's own Back button follows history instead).
pub fn back(route: Route, profile: &Profile) -> Route {
    if route.from_check {
        return Step::Check.into();
    }
    let last_job = |before: usize| -> Route {
        match before.checked_sub(1) {
            None => Step::Jobs.into(),
            Some(i) if profile.jobs.get(i).is_some_and(|j| j.occupation.is_some()) => {
                Step::JobTasks(i).into()
            }
            Some(i) => Step::JobWhen(i).into(),
        }
    };
    match route.step {
        Step::Device if !profile.is_started() => Step::Welcome.into(),
        Step::Welcome => Step::Welcome.into(),
        Step::Name => Step::Welcome.into(),
        Step::Contact => Step::Name.into(),
        Step::Languages => Step::Contact.into(),
        Step::Jobs => Step::Languages.into(),
        Step::JobWhen(i) => last_job(i),
        Step::JobTasks(i) => Step::JobWhen(i).into(),
        Step::Skills => last_job(profile.jobs.len()),
        Step::Certificates => Step::Skills.into(),
        Step::Check => Step::Certificates.into(),
        other => off_flow(other, profile),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Job;
    use crate::YearMonth;

    fn job(occupation: Option<&str>, start: bool) -> Job {
        Job {
            id: String::new(),
            title: "Cashier".into(),
            employer: None,
            occupation: occupation.map(str::to_string),
            start: start.then(|| YearMonth::new(2020, 1).unwrap()),
            end: None,
        }
    }

    fn named() -> Profile {
        Profile {
            name: "Ana".into(),
            ..Profile::default()
        }
    }

    #[test]
    fn pages_outside_the_flow_lead_back_to_the_profile_or_the_start() {
        let empty = Profile::default();
        assert_eq!(next(Step::Device.into(), &empty).step, Step::Name);
        for step in [Step::Trainer, Step::Device, Step::Clients] {
            assert_eq!(back(step.into(), &empty).step, Step::Welcome, "{step:?}");
            assert_eq!(back(step.into(), &named()).step, Step::Profile, "{step:?}");
            assert_eq!(next(step.into(), &named()).step, Step::Profile, "{step:?}");
        }
        assert_eq!(back(Step::Career(6).into(), &named()).step, Step::Careers);
        for step in [
            Step::Careers,
            Step::Handoff,
            Step::Pin,
            Step::Intake,
            Step::Share,
            Step::JobCentre,
        ] {
            assert_eq!(back(step.into(), &named()).step, Step::Profile, "{step:?}");
        }
        // A caseworker scanning in has no client open yet: Back is the client list, never a name.
        assert_eq!(back(Step::Scan.into(), &empty).step, Step::Clients);
        assert_eq!(
            resolve(Some(Step::Scan.into()), &empty, None).step,
            Step::Scan
        );
    }

    #[test]
    fn routes_round_trip_through_the_address() {
        for step in [
            Step::Welcome,
            Step::Languages,
            Step::Name,
            Step::JobWhen(2),
            Step::JobTasks(0),
            Step::Certificates,
            Step::About,
            Step::Share,
            Step::Open,
            Step::Trainer,
            Step::Careers,
            Step::Career(23),
            Step::Device,
            Step::Handoff,
            Step::Unlock,
            Step::Pin,
            Step::Clients,
            Step::Intake,
            Step::JobCentre,
            Step::Scan,
        ] {
            for from_check in [false, true] {
                let r = Route { step, from_check };
                assert_eq!(Route::from_query(&r.query()), Some(r));
            }
        }
        assert_eq!(Route::from_query("?step=nonsense"), None);
        assert_eq!(
            Route::from_query("?step=job-when"),
            None,
            "a job step needs its job"
        );
        assert_eq!(Route::from_query(""), None);
        // Old addresses (the erase reload, bookmarks) open the welcome, which has the languages.
        assert_eq!(
            Route::from_query("?step=language").map(|r| r.step),
            Some(Step::Welcome)
        );
    }

    #[test]
    fn newcomers_see_the_welcome_and_returning_workers_see_their_profile() {
        let mut p = Profile::default();
        assert_eq!(resolve(None, &p, None).step, Step::Welcome);
        assert_eq!(
            resolve(Some(Step::Languages.into()), &p, None).step,
            Step::Name
        );
        assert_eq!(resolve(Some(Step::Jobs.into()), &p, None).step, Step::Name);
        p.name = "Ana".into();
        assert_eq!(resolve(None, &p, None).step, Step::Profile);
        let resume = Some(Step::Skills.into());
        assert_eq!(
            resolve(None, &p, resume).step,
            Step::Skills,
            "resumes mid-way"
        );
        assert_eq!(
            resolve(Some(Step::JobWhen(3).into()), &p, None).step,
            Step::Jobs
        );
    }

    #[test]
    fn the_flow_visits_each_jobs_details_in_turn() {
        let mut p = named();
        p.jobs = vec![job(Some("41-2011.00"), true), job(None, true)];
        let mut r: Route = Step::Welcome.into();
        let mut seen = vec![r.step];
        while r.step != Step::Profile {
            r = next(r, &p);
            seen.push(r.step);
        }
        use Step::*;
        assert_eq!(
            seen,
            [
                Welcome,
                Name,
                Contact,
                Languages,
                Jobs,
                JobWhen(0),
                JobTasks(0),
                JobWhen(1),
                Skills,
                Certificates,
                Check,
                Profile
            ]
        );
        // Back retraces the same path (a typed job has no task list).
        assert_eq!(back(Skills.into(), &p).step, JobWhen(1));
        assert_eq!(back(JobWhen(1).into(), &p).step, JobTasks(0));
        assert_eq!(back(JobWhen(0).into(), &p).step, Jobs);
        assert_eq!(back(Jobs.into(), &p).step, Languages);
        assert_eq!(back(Languages.into(), &p).step, Contact);
        assert_eq!(after_welcome(true), Device);
        assert_eq!(after_welcome(false), Name);
        p.jobs.clear();
        assert_eq!(next(Jobs.into(), &p).step, Skills);
        assert_eq!(back(Skills.into(), &p).step, Jobs);
    }

    #[test]
    fn change_links_return_to_check_your_answers() {
        let mut p = named();
        p.jobs = vec![job(Some("41-2011.00"), true)];
        let from_check = |step| Route {
            step,
            from_check: true,
        };
        assert_eq!(next(from_check(Step::Name), &p), Step::Check.into());
        assert_eq!(next(from_check(Step::Languages), &p), Step::Check.into());
        assert_eq!(back(from_check(Step::Languages), &p), Step::Check.into());
        assert_eq!(next(from_check(Step::Jobs), &p), Step::Check.into());
        assert_eq!(back(from_check(Step::Contact), &p), Step::Check.into());
        // A job added from the check page still gets its questions, then returns there.
        p.jobs.push(job(Some("35-2014.00"), false));
        let r = next(from_check(Step::Jobs), &p);
        assert_eq!(r, from_check(Step::JobWhen(1)));
        let r = next(r, &p);
        assert_eq!(r, from_check(Step::JobTasks(1)));
        assert_eq!(next(r, &p), Step::Check.into());
    }

    #[test]
    fn progress_counts_eight_questions_and_names_each_job() {
        assert_eq!(Step::Name.progress(), Some((1, 8)));
        assert_eq!(Step::Languages.progress(), Some((3, 8)));
        assert_eq!(Step::Check.progress(), Some((8, 8)));
        assert_eq!(Step::Welcome.progress(), None);
        assert_eq!(Step::Device.progress(), None);
        assert!(!Step::Profile.in_flow());
        let mut p = named();
        p.jobs = vec![job(Some("41-2011.00"), true); 3];
        for i in 0..3 {
            for step in [Step::JobWhen(i), Step::JobTasks(i)] {
                assert_eq!(
                    progress(step, &p),
                    Some(Progress::Job { n: i + 1, total: 3 })
                );
            }
        }
        // A job that is gone (another tab removed it) falls back to the step count.
        assert_eq!(
            progress(Step::JobTasks(7), &p),
            Some(Progress::Step { n: 5, total: 8 })
        );
        assert_eq!(
            progress(Step::Jobs, &p),
            Some(Progress::Step { n: 4, total: 8 })
        );
        assert_eq!(progress(Step::Profile, &p), None);
    }
}

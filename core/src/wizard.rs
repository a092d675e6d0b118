//! The first-run flow: which screen to show, kept in the page address as `?step=…` so the
//! browser's Back button and a reload both land on the same screen. (The fragment is reserved for
//! share links, so it is never used for navigation.)

use crate::profile::Profile;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Welcome,
    Name,
    Skills,
    Profile,
}

/// The question steps, in order; "Step 1 of 2" counts these.
const QUESTIONS: [Step; 2] = [Step::Name, Step::Skills];

impl Step {
    pub fn query(self) -> &'static str {
        match self {
            Step::Welcome => "",
            Step::Name => "?step=name",
            Step::Skills => "?step=skills",
            Step::Profile => "?step=profile",
        }
    }

    /// Reads the step from a location's search string (`"?step=name"`); unknown means none.
    pub fn from_query(search: &str) -> Option<Step> {
        let q = search.strip_prefix('?').unwrap_or(search);
        let value = q.split('&').find_map(|pair| pair.strip_prefix("step="))?;
        match value {
            "welcome" => Some(Step::Welcome),
            "name" => Some(Step::Name),
            "skills" => Some(Step::Skills),
            "profile" => Some(Step::Profile),
            _ => None,
        }
    }

    /// `(n, total)` for question steps, for "Step n of total".
    pub fn progress(self) -> Option<(usize, usize)> {
        QUESTIONS
            .iter()
            .position(|s| *s == self)
            .map(|i| (i + 1, QUESTIONS.len()))
    }

    pub fn next(self) -> Step {
        match self {
            Step::Welcome => Step::Name,
            Step::Name => Step::Skills,
            Step::Skills | Step::Profile => Step::Profile,
        }
    }
}

/// The screen to show for an address and a profile. A returning worker lands on their profile;
/// a step that needs a name (because it greets by name) falls back to the name question.
pub fn resolve(requested: Option<Step>, profile: &Profile) -> Step {
    match (requested, profile.is_started()) {
        (None, true) => Step::Profile,
        (None, false) => Step::Welcome,
        (Some(Step::Skills | Step::Profile), false) => Step::Name,
        (Some(step), _) => step,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_through_the_address() {
        for s in [Step::Name, Step::Skills, Step::Profile] {
            assert_eq!(Step::from_query(s.query()), Some(s));
        }
        assert_eq!(Step::from_query("?lang=es&step=skills"), Some(Step::Skills));
        assert_eq!(Step::from_query("?step=nonsense"), None);
        assert_eq!(Step::from_query(""), None);
    }

    #[test]
    fn returning_workers_land_on_their_profile() {
        let mut p = Profile::default();
        assert_eq!(resolve(None, &p), Step::Welcome);
        assert_eq!(resolve(Some(Step::Profile), &p), Step::Name);
        p.name = "Ana".into();
        assert_eq!(resolve(None, &p), Step::Profile);
        assert_eq!(resolve(Some(Step::Skills), &p), Step::Skills);
    }

    #[test]
    fn progress_counts_only_questions() {
        assert_eq!(Step::Name.progress(), Some((1, 2)));
        assert_eq!(Step::Skills.progress(), Some((2, 2)));
        assert_eq!(Step::Welcome.progress(), None);
        assert_eq!(Step::Welcome.next().next().next(), Step::Profile);
    }
}

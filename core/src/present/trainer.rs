//! The trainer's class form: what it keeps as the trainer types, its limits, what makes it
//! ready to sign (each problem named by the field it is shown at, in the order of the fields), the
//! skill picker's cap, and the roster's learners.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::credential::class::ClassRecord;
pub use crate::credential::class::{MAX_HOURS, MAX_SKILLS};
use crate::dates::parse_day;
use crate::i18n::Msg;
use crate::profile::SkillId;

/// The longest provider and class names (characters, after spaces are tidied).
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_DESCRIPTION_CHARS: usize = 200;
pub const MAX_ASSESSED_CHARS: usize = 120;
/// Learners signed for at once from the roster (one line each); more lines are left out.
pub const MAX_LEARNERS: usize = 60;
/// A learner's name is cut to this many characters.
pub const MAX_LEARNER_CHARS: usize = 40;
/// A skill search says "no skill found" only once this many characters are typed.
pub const MIN_SEARCH_CHARS: usize = 2;

/// The form's fields, by the id of the input each problem is shown at.
pub const PROVIDER: &str = "t-provider";
pub const CLASS: &str = "t-class";
pub const DAY: &str = "t-day";
pub const HOURS: &str = "t-hours";
pub const DESCRIPTION: &str = "t-description";
pub const SKILLS: &str = "t-search";

/// What the trainer has typed, kept on the device as they type (nothing is lost on a reload).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassForm {
    pub provider: String,
    pub class: String,
    /// `YYYY-MM-DD`, from the date input.
    pub day: String,
    pub hours: String,
    pub description: String,
    pub assessed: String,
    pub skills: Vec<String>,
    pub roster: String,
}

/// Spaces tidied: none at the ends, one between words.
fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Hours that are not a whole number from 1 to [`MAX_HOURS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadHours;

/// The hours as typed: nothing (not given), or a whole number from 1 to [`MAX_HOURS`].
pub fn hours(typed: &str) -> Result<Option<u16>, BadHours> {
    match typed.trim() {
        "" => Ok(None),
        h => h
            .parse::<u16>()
            .ok()
            .filter(|h| (1..=MAX_HOURS).contains(h))
            .map(Some)
            .ok_or(BadHours),
    }
}

/// The class record the form makes, signed on `today`; or the form's problems, as (field, message)
/// in the order of the fields.
pub fn check(form: &ClassForm, today: NaiveDate) -> Result<ClassRecord, Vec<(&'static str, Msg)>> {
    let mut errors = Vec::new();
    let (provider, class) = (tidy(&form.provider), tidy(&form.class));
    for (field, value) in [(PROVIDER, &provider), (CLASS, &class)] {
        if value.is_empty() {
            errors.push((field, Msg::ErrEmpty));
        } else if value.chars().count() > MAX_NAME_CHARS {
            errors.push((field, Msg::ErrTooLong));
        }
    }
    let day = parse_day(form.day.trim());
    if day.is_none() {
        errors.push((DAY, Msg::ErrDay));
    }
    let hours = hours(&form.hours);
    if hours.is_err() {
        errors.push((HOURS, Msg::ErrHours));
    }
    let (description, assessed) = (tidy(&form.description), tidy(&form.assessed));
    if description.chars().count() > MAX_DESCRIPTION_CHARS
        || assessed.chars().count() > MAX_ASSESSED_CHARS
    {
        errors.push((DESCRIPTION, Msg::ErrTooLong));
    }
    if form.skills.is_empty() {
        errors.push((SKILLS, Msg::ErrPickSkill));
    }
    match (day, hours) {
        (Some(day), Ok(hours)) if errors.is_empty() => Ok(ClassRecord {
            provider,
            class,
            description,
            day,
            hours,
            assessed: Some(assessed).filter(|a| !a.is_empty()),
            skills: form.skills.iter().map(SkillId::new).collect(),
            learner: None,
            signed_on: today,
        }),
        _ => Err(errors),
    }
}

/// One record per learner on the roster (a name a line; blank lines skipped, at most
/// [`MAX_LEARNERS`], each name cut to [`MAX_LEARNER_CHARS`]), each the room's record with the name.
pub fn learners(form: &ClassForm, room: &ClassRecord) -> Vec<ClassRecord> {
    form.roster
        .lines()
        .map(tidy)
        .filter(|l| !l.is_empty())
        .take(MAX_LEARNERS)
        .map(|l| ClassRecord {
            learner: Some(l.chars().take(MAX_LEARNER_CHARS).collect()),
            ..room.clone()
        })
        .collect()
}

/// A skill tile ticked (`on`) or unticked: picked skills keep their order, and a class holds at
/// most [`MAX_SKILLS`] (a tick past that does nothing).
pub fn tick_skill(form: &mut ClassForm, id: &str, on: bool) {
    form.skills.retain(|x| x != id);
    if on && form.skills.len() < MAX_SKILLS {
        form.skills.push(id.to_string());
    }
}

/// Whether the skill search says "no skill found": something was typed and nothing matched.
pub fn says_nothing_found(query: &str, found: usize) -> bool {
    query.trim().chars().count() >= MIN_SEARCH_CHARS && found == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 2).unwrap()
    }

    fn filled() -> ClassForm {
        ClassForm {
            provider: "  Eastside   Job Centre ".into(),
            class: "Forklift safety".into(),
            day: "2025-05-20".into(),
            hours: "8".into(),
            description: String::new(),
            assessed: " ".into(),
            skills: vec!["t.safety".into()],
            roster: String::new(),
        }
    }

    fn fields(r: Result<ClassRecord, Vec<(&'static str, Msg)>>) -> Vec<(&'static str, Msg)> {
        r.err().unwrap_or_default()
    }

    #[test]
    fn an_empty_form_names_each_missing_part_in_the_order_of_the_fields() {
        assert_eq!(
            fields(check(&ClassForm::default(), today())),
            [
                (PROVIDER, Msg::ErrEmpty),
                (CLASS, Msg::ErrEmpty),
                (DAY, Msg::ErrDay),
                (SKILLS, Msg::ErrPickSkill)
            ],
            "hours may be left out"
        );
        let spaces = ClassForm {
            provider: "   ".into(),
            ..filled()
        };
        assert_eq!(fields(check(&spaces, today())), [(PROVIDER, Msg::ErrEmpty)]);
    }

    #[test]
    fn a_filled_form_makes_the_record_with_tidy_text() {
        let r = check(&filled(), today()).unwrap();
        assert_eq!(r.provider, "Eastside Job Centre");
        assert_eq!(r.day, NaiveDate::from_ymd_opt(2025, 5, 20).unwrap());
        assert_eq!((r.hours, r.assessed, r.learner), (Some(8), None, None));
        assert_eq!(r.signed_on, today());
        assert_eq!(r.skills, [SkillId::new("t.safety")]);
    }

    #[test]
    fn names_up_to_80_characters_pass_and_longer_ones_are_too_long() {
        let at = ClassForm {
            class: "é".repeat(MAX_NAME_CHARS),
            ..filled()
        };
        assert!(
            check(&at, today()).is_ok(),
            "characters are counted, not bytes"
        );
        let over = ClassForm {
            class: "a".repeat(MAX_NAME_CHARS + 1),
            provider: "b".repeat(81),
            ..filled()
        };
        assert_eq!(
            fields(check(&over, today())),
            [(PROVIDER, Msg::ErrTooLong), (CLASS, Msg::ErrTooLong)]
        );
        let long = ClassForm {
            description: "d".repeat(MAX_DESCRIPTION_CHARS),
            assessed: "a".repeat(120),
            ..filled()
        };
        assert!(check(&long, today()).is_ok());
        for f in [
            ClassForm {
                description: "d".repeat(MAX_DESCRIPTION_CHARS + 1),
                ..filled()
            },
            ClassForm {
                assessed: "a".repeat(MAX_ASSESSED_CHARS + 1),
                ..filled()
            },
        ] {
            assert_eq!(fields(check(&f, today())), [(DESCRIPTION, Msg::ErrTooLong)]);
        }
    }

    #[test]
    fn hours_are_a_whole_number_from_1_to_2000_or_nothing() {
        for (typed, want) in [
            ("", Ok(None)),
            (" 1 ", Ok(Some(1))),
            ("2000", Ok(Some(2000))),
        ] {
            assert_eq!(hours(typed), want, "{typed:?}");
        }
        for typed in ["0", "2001", "-3", "8.5", "eight", "99999999"] {
            assert_eq!(hours(typed), Err(BadHours), "{typed:?}");
            let f = ClassForm {
                hours: typed.into(),
                ..filled()
            };
            assert_eq!(
                fields(check(&f, today())),
                [(HOURS, Msg::ErrHours)],
                "{typed:?}"
            );
        }
    }

    #[test]
    fn a_day_that_is_not_a_date_is_asked_again() {
        for day in ["", "2025-02-30", "20/05/2025"] {
            let f = ClassForm {
                day: day.into(),
                ..filled()
            };
            assert_eq!(fields(check(&f, today())), [(DAY, Msg::ErrDay)], "{day:?}");
        }
    }

    #[test]
    fn at_most_20_skills_can_be_ticked_and_unticking_frees_a_place() {
        let mut f = ClassForm::default();
        for i in 0..MAX_SKILLS + 3 {
            tick_skill(&mut f, &format!("s{i}"), true);
        }
        assert_eq!(f.skills.len(), MAX_SKILLS);
        assert!(!f.skills.contains(&format!("s{MAX_SKILLS}")));
        tick_skill(&mut f, "s0", false);
        tick_skill(&mut f, "new", true);
        assert_eq!(
            (f.skills.len(), f.skills.last().map(String::as_str)),
            (MAX_SKILLS, Some("new"))
        );
        tick_skill(&mut f, "s1", true);
        assert_eq!(
            f.skills.iter().filter(|s| *s == "s1").count(),
            1,
            "ticked once, kept once"
        );
    }

    #[test]
    fn the_roster_gives_one_learner_a_line() {
        let mut f = filled();
        f.roster = format!("  María   H. \n\n   \n{}\nAna", "x".repeat(50));
        let room = check(&f, today()).unwrap();
        let names: Vec<String> = learners(&f, &room)
            .into_iter()
            .map(|r| r.learner.unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "María H.".to_string(),
                "x".repeat(MAX_LEARNER_CHARS),
                "Ana".to_string()
            ]
        );
        assert!(learners(&f, &room)
            .iter()
            .all(|r| r.class == room.class && r.skills == room.skills));
        f.roster = (0..MAX_LEARNERS + 5).map(|i| format!("L{i}\n")).collect();
        assert_eq!(learners(&f, &room).len(), MAX_LEARNERS);
    }

    #[test]
    fn nothing_found_is_said_only_after_two_characters() {
        assert!(!says_nothing_found(" a ", 0));
        assert!(says_nothing_found("ab", 0));
        assert!(!says_nothing_found("ab", 3));
    }

    #[test]
    fn a_saved_draft_reads_back() {
        let f = filled();
        let text = serde_json::to_string(&f).unwrap();
        assert!(
            text.contains("\"provider\"") && text.contains("\"roster\""),
            "the field names a saved draft has"
        );
        assert_eq!(serde_json::from_str::<ClassForm>(&text).unwrap(), f);
    }
}

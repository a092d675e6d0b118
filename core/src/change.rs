//! Every edit a person can make, as data. The shell never mutates a profile itself: it builds a
//! [`Change`] and the [`crate::repo::Repo`] applies it. Keeping edits as data is what lets a change
//! made in one tab be replayed on top of a newer profile saved by another tab, instead of one
//! overwriting the other.

use chrono::NaiveDate;

use crate::profile::{Profile, Skill, SkillId, SkillSource};
use crate::validate::{self, FieldError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// What the person typed as their name; checked and tidied when applied.
    SetName(String),
    /// Ticks a skill. Adding one that is already there keeps the first entry (and its source).
    AddSkill {
        id: SkillId,
        source: SkillSource,
        today: NaiveDate,
    },
    RemoveSkill(SkillId),
}

/// Applies `change` to a copy of `profile`. A change that would store bad data is refused with
/// the field's error, and the profile is left as it was.
pub fn apply(profile: &Profile, change: &Change) -> Result<Profile, FieldError> {
    let mut next = profile.clone();
    match change {
        Change::SetName(typed) => next.name = validate::name(typed)?,
        Change::AddSkill { id, source, today } => {
            if id.as_str().trim().is_empty() {
                return Err(FieldError::UnknownSkill);
            }
            if !next.has_skill(id) {
                next.skills.push(Skill {
                    id: id.clone(),
                    source: *source,
                    added: *today,
                });
            }
        }
        Change::RemoveSkill(id) => next.skills.retain(|s| &s.id != id),
    }
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    fn add(id: &str) -> Change {
        Change::AddSkill {
            id: SkillId::new(id),
            source: SkillSource::Chosen,
            today: day(),
        }
    }

    #[test]
    fn a_bad_name_leaves_the_profile_untouched() {
        let p = apply(&Profile::default(), &Change::SetName(" Ana ".into())).unwrap();
        assert_eq!(p.name, "Ana");
        assert_eq!(
            apply(&p, &Change::SetName("   ".into())),
            Err(FieldError::Empty)
        );
    }

    #[test]
    fn skills_are_never_duplicated_and_keep_their_first_source() {
        let p = apply(&Profile::default(), &add("sp:cash-register")).unwrap();
        let again = Change::AddSkill {
            id: SkillId::new("sp:cash-register"),
            source: SkillSource::Training,
            today: day(),
        };
        let p = apply(&p, &again).unwrap();
        assert_eq!(p.skills.len(), 1);
        assert_eq!(p.skills[0].source, SkillSource::Chosen);
        let p = apply(&p, &Change::RemoveSkill(SkillId::new("sp:cash-register"))).unwrap();
        assert!(p.skills.is_empty());
    }

    #[test]
    fn an_empty_skill_id_is_refused() {
        assert_eq!(
            apply(&Profile::default(), &add(" ")),
            Err(FieldError::UnknownSkill)
        );
    }
}

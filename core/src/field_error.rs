//! A typed error for what a person typed, and the message that words it. Kept apart from
//! [`crate::validate`] (which re-exports it) so `month` can use it without a `month`↔`validate`
//! cycle.

use crate::locale::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Empty,
    TooLong {
        max: usize,
    },
    MonthFormat,
    MonthOutOfRange,
    YearOutOfRange,
    EndBeforeStart,
    EmailFormat,
    PhoneFormat,
    UnknownSkill,
    /// A language code the list does not know.
    UnknownLanguage,
}

impl FieldError {
    /// The plain-words message for this error, to show next to the field.
    pub fn message(self) -> Msg {
        match self {
            FieldError::Empty => Msg::ErrEmpty,
            FieldError::TooLong { .. } => Msg::ErrTooLong,
            FieldError::MonthFormat => Msg::ErrMonthFormat,
            FieldError::MonthOutOfRange => Msg::ErrMonthOutOfRange,
            FieldError::YearOutOfRange => Msg::ErrYearOutOfRange,
            FieldError::EndBeforeStart => Msg::ErrEndBeforeStart,
            FieldError::EmailFormat => Msg::ErrEmailFormat,
            FieldError::PhoneFormat => Msg::ErrPhoneFormat,
            FieldError::UnknownSkill => Msg::ErrUnknownSkill,
            FieldError::UnknownLanguage => Msg::ErrUnknownLanguage,
        }
    }
}

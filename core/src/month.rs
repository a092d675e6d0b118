//! A date as workers give it: a year ("2023"), or a month of a year ("2023-05"). A year alone is a
//! valid date everywhere a date is shown, compared, stored, shared and exported.
//!
//! Comparing: a year alone covers its whole year, so it is neither before nor after a month of the
//! same year. [`YearMonth::is_before`] is "certainly earlier" (a job may not *certainly* end before
//! it starts: start May 2023, end 2023 is fine); [`YearMonth::sort_key`] orders for lists (a year
//! alone sorts before the months of its year). There is deliberately no `Ord`, so no caller can
//! compare dates without choosing one of these.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::field_error::FieldError;

/// Earliest and latest years accepted: a typo such as "0223" or "20223" should be caught, not stored.
pub const MIN_YEAR: u16 = 1940;
pub const MAX_YEAR: u16 = 2100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct YearMonth {
    year: u16,
    /// 1–12, or `None` when the person gave only the year.
    month: Option<u8>,
}

impl YearMonth {
    /// A month of a year.
    pub fn new(year: u16, month: u8) -> Result<Self, FieldError> {
        if !(1..=12).contains(&month) {
            return Err(FieldError::MonthOutOfRange);
        }
        Self::year_only(year).map(|y| Self {
            month: Some(month),
            ..y
        })
    }

    /// A year alone ("I don't remember the month").
    pub fn year_only(year: u16) -> Result<Self, FieldError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(FieldError::YearOutOfRange);
        }
        Ok(Self { year, month: None })
    }

    /// A year with or without its month.
    pub fn with_month(year: u16, month: Option<u8>) -> Result<Self, FieldError> {
        match month {
            Some(m) => Self::new(year, m),
            None => Self::year_only(year),
        }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// The month (1–12), or `None` for a year alone.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// Certainly earlier than `other`: an earlier year, or an earlier month of the same year. A
    /// year alone is never certainly before or after a date in the same year.
    pub fn is_before(self, other: YearMonth) -> bool {
        match (self.month, other.month) {
            (Some(a), Some(b)) if self.year == other.year => a < b,
            _ => self.year < other.year,
        }
    }

    /// For ordering lists by time: by year, then month, a year alone first within its year.
    pub fn sort_key(self) -> (u16, u8) {
        (self.year, self.month.unwrap_or(0))
    }

    /// Whole months from `self` to `later` when both have a month; otherwise `None` (say it in
    /// years: [`YearMonth::years_until`]).
    pub fn months_until(self, later: YearMonth) -> Option<i32> {
        let (a, b) = (self.month?, later.month?);
        Some((i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(b) - i32::from(a))
    }

    /// Whole calendar years from `self` to `later` (what can be said when a month is unknown).
    pub fn years_until(self, later: YearMonth) -> i32 {
        i32::from(later.year) - i32::from(self.year)
    }

    /// Reads what a person typed. Accepts "2023", "2023-05", "2023-5" and "2023/05", with spaces
    /// around; anything else is [`FieldError::MonthFormat`], which the UI words as "a month like
    /// 2023-05".
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(FieldError::Empty);
        }
        let digits = |t: &str, max_len: usize| {
            !t.is_empty() && t.len() <= max_len && t.bytes().all(|b| b.is_ascii_digit())
        };
        let Some((y, m)) = s.split_once(['-', '/']) else {
            if s.len() != 4 || !digits(s, 4) {
                return Err(FieldError::MonthFormat);
            }
            return Self::year_only(s.parse().map_err(|_| FieldError::MonthFormat)?);
        };
        if !digits(y, 4) || y.len() != 4 || !digits(m, 2) {
            return Err(FieldError::MonthFormat);
        }
        let year: u16 = y.parse().map_err(|_| FieldError::MonthFormat)?;
        let month: u8 = m.parse().map_err(|_| FieldError::MonthFormat)?;
        Self::new(year, month)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            Some(m) => write!(f, "{:04}-{:02}", self.year, m),
            None => write!(f, "{:04}", self.year),
        }
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(|e| serde::de::Error::custom(format!("bad month {s:?}: {e:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ym(s: &str) -> YearMonth {
        YearMonth::parse(s).unwrap()
    }

    #[test]
    fn reads_the_forms_people_type() {
        let may = YearMonth::new(2023, 5).unwrap();
        for typed in ["2023-05", " 2023-05 ", "2023-5", "2023/05"] {
            assert_eq!(YearMonth::parse(typed), Ok(may), "{typed:?}");
        }
        assert_eq!(may.to_string(), "2023-05");
        let year = YearMonth::year_only(2023).unwrap();
        for typed in ["2023", " 2023 "] {
            assert_eq!(YearMonth::parse(typed), Ok(year), "{typed:?}");
        }
        assert_eq!(year.to_string(), "2023");
        assert_eq!(year.month(), None);
        assert_eq!(YearMonth::with_month(2023, None), Ok(year));
        assert_eq!(YearMonth::with_month(2023, Some(5)), Ok(may));
    }

    #[test]
    fn says_why_a_month_is_wrong() {
        assert_eq!(YearMonth::parse(""), Err(FieldError::Empty));
        assert_eq!(YearMonth::parse("May 2023"), Err(FieldError::MonthFormat));
        assert_eq!(YearMonth::parse("05-2023"), Err(FieldError::MonthFormat));
        assert_eq!(
            YearMonth::parse("2023-13"),
            Err(FieldError::MonthOutOfRange)
        );
        assert_eq!(
            YearMonth::parse("2023-00"),
            Err(FieldError::MonthOutOfRange)
        );
        assert_eq!(YearMonth::parse("1023-01"), Err(FieldError::YearOutOfRange));
        assert_eq!(YearMonth::parse("2023-123"), Err(FieldError::MonthFormat));
        // A year alone: four digits, in range.
        for bad in ["202", "20233", "+2023", "2023-", "-2023", "٢٠٢٣", "2023 5"] {
            assert!(YearMonth::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(YearMonth::parse("1939"), Err(FieldError::YearOutOfRange));
        assert_eq!(YearMonth::parse("2101"), Err(FieldError::YearOutOfRange));
        assert_eq!(YearMonth::parse("0000"), Err(FieldError::YearOutOfRange));
        assert!(YearMonth::parse("1940").is_ok() && YearMonth::parse("2100").is_ok());
        assert_eq!(
            YearMonth::parse(&"9".repeat(300)),
            Err(FieldError::MonthFormat)
        );
    }

    #[test]
    fn a_year_alone_is_neither_before_nor_after_its_own_months() {
        let (y, may, dec) = (ym("2023"), ym("2023-05"), ym("2023-12"));
        // Start May 2023, end "2023": fine either way round.
        assert!(!y.is_before(may) && !may.is_before(y));
        assert!(may.is_before(dec) && !dec.is_before(may));
        assert!(ym("2022").is_before(may) && ym("2022-12").is_before(y));
        assert!(!y.is_before(y) && !may.is_before(may));
        assert!(y.sort_key() < may.sort_key() && may.sort_key() < dec.sort_key());
        assert!(dec.sort_key() < ym("2024").sort_key());
    }

    #[test]
    fn durations_in_months_only_when_both_months_are_known() {
        assert_eq!(ym("2019-12").months_until(ym("2020-01")), Some(1));
        assert_eq!(ym("2020-01").months_until(ym("2019-12")), Some(-1));
        assert_eq!(ym("2019-12").months_until(ym("2020")), None);
        assert_eq!(ym("2019").years_until(ym("2023-05")), 4);
    }

    #[test]
    fn orders_by_time_and_round_trips_through_json() {
        let a = ym("2019-12");
        let b = ym("2020-01");
        assert!(a.is_before(b));
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, "\"2019-12\"");
        assert_eq!(serde_json::from_str::<YearMonth>(&json).unwrap(), a);
        assert!(serde_json::from_str::<YearMonth>("\"2019-13\"").is_err());
        let y = ym("2019");
        assert_eq!(serde_json::to_string(&y).unwrap(), "\"2019\"");
        assert_eq!(serde_json::from_str::<YearMonth>("\"2019\"").unwrap(), y);
        assert!(
            serde_json::from_str::<YearMonth>("2019").is_err(),
            "a number is not a date"
        );
    }

    fn any_date() -> impl Strategy<Value = YearMonth> {
        (MIN_YEAR..=MAX_YEAR, proptest::option::of(1u8..=12))
            .prop_map(|(y, m)| YearMonth::with_month(y, m).unwrap())
    }

    proptest! {
        #[test]
        fn every_date_reads_back_from_its_text_and_is_before_agrees_with_sort_order(
            a in any_date(), b in any_date()
        ) {
            prop_assert_eq!(YearMonth::parse(&a.to_string()), Ok(a));
            // Certainly before ⇒ sorts before; and never both ways.
            if a.is_before(b) {
                prop_assert!(a.sort_key() < b.sort_key());
                prop_assert!(!b.is_before(a));
            }
            // Not before either way ⇔ same month, or same year with a month unknown.
            if !a.is_before(b) && !b.is_before(a) {
                prop_assert_eq!(a.year(), b.year());
                prop_assert!(a == b || a.month().is_none() || b.month().is_none());
            }
        }
    }
}

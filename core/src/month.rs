//! A month of a year ("2023-05"): the only date precision workers are asked for.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::validate::FieldError;

/// Earliest and latest years accepted: a typo such as "0223" or "20223" should be caught, not stored.
pub const MIN_YEAR: u16 = 1940;
pub const MAX_YEAR: u16 = 2100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: u16,
    month: u8,
}

impl YearMonth {
    pub fn new(year: u16, month: u8) -> Result<Self, FieldError> {
        if !(1..=12).contains(&month) {
            return Err(FieldError::MonthOutOfRange);
        }
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(FieldError::YearOutOfRange);
        }
        Ok(Self { year, month })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// Months since January of year 0: a small integer that orders and subtracts simply.
    pub fn index(self) -> u32 {
        u32::from(self.year) * 12 + u32::from(self.month) - 1
    }

    /// Reads what a person typed. Accepts "2023-05", "2023-5" and "2023/05", with spaces around;
    /// anything else is [`FieldError::MonthFormat`], which the UI words as "a month like 2023-05".
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(FieldError::Empty);
        }
        let (y, m) = s.split_once(['-', '/']).ok_or(FieldError::MonthFormat)?;
        let digits = |t: &str, max_len: usize| {
            !t.is_empty() && t.len() <= max_len && t.bytes().all(|b| b.is_ascii_digit())
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
        write!(f, "{:04}-{:02}", self.year, self.month)
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

    #[test]
    fn reads_the_forms_people_type() {
        let may = YearMonth::new(2023, 5).unwrap();
        for typed in ["2023-05", " 2023-05 ", "2023-5", "2023/05"] {
            assert_eq!(YearMonth::parse(typed), Ok(may), "{typed:?}");
        }
        assert_eq!(may.to_string(), "2023-05");
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
    }

    #[test]
    fn orders_by_time_and_round_trips_through_json() {
        let a = YearMonth::parse("2019-12").unwrap();
        let b = YearMonth::parse("2020-01").unwrap();
        assert!(a < b);
        assert_eq!(b.index() - a.index(), 1);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, "\"2019-12\"");
        assert_eq!(serde_json::from_str::<YearMonth>(&json).unwrap(), a);
        assert!(serde_json::from_str::<YearMonth>("\"2019-13\"").is_err());
    }
}

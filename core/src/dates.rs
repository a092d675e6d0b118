//! Reading and writing the two date forms a profile stores: a day (`2026-11-29`) and a moment
//! (RFC 3339, `2026-11-29T08:44:25.123Z`).
//!
//! chrono's own `FromStr`/serde path goes through its general format-string parser, which pulls
//! about 10 KB of code (RFC 2822, strftime items) into the browser bundle for two fixed formats.
//! These helpers accept exactly what chrono writes and keep the bundle small.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

/// A calendar day written `YYYY-MM-DD`; anything else (or an impossible day) is `None`.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// An RFC 3339 moment, any offset, turned into UTC.
pub fn parse_moment(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// `#[serde(with = "dates::day")]`
pub mod day {
    use super::*;

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse_day(&s).ok_or_else(|| D::Error::custom("a day written YYYY-MM-DD"))
    }
}

/// `#[serde(with = "dates::opt_moment")]` for an optional RFC 3339 moment.
pub mod opt_moment {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(&d.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        match <Option<std::borrow::Cow<'de, str>>>::deserialize(d)? {
            None => Ok(None),
            Some(s) => parse_moment(&s)
                .map(Some)
                .ok_or_else(|| D::Error::custom("a moment written as RFC 3339")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_back_what_is_written_and_refuse_anything_else() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(parse_day(&d.to_string()), Some(d));
        for bad in [
            "2026-02-30",
            "2026-2-28",
            "26-02-28",
            "2026/02/28",
            "2026-02-2x",
            "",
            "+026-02-28",
        ] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn moments_keep_their_instant_whatever_the_offset() {
        let utc = parse_moment("2026-11-29T08:44:25.123Z").unwrap();
        assert_eq!(parse_moment("2026-11-29T09:44:25.123+01:00"), Some(utc));
        assert_eq!(utc.timestamp_millis() % 1000, 123);
        assert_eq!(parse_moment("29 Nov 2026 08:44:25 +0000"), None);
    }
}

//! Checks on what a person typed. Errors are typed; the UI words them through
//! [`crate::i18n::Msg`], so nobody ever sees a parser message.

pub use crate::field_error::FieldError;

pub const NAME_MAX_CHARS: usize = 60;
pub const TEXT_MAX_CHARS: usize = 120;

/// Collapses runs of whitespace and trims, so "  María   José " is stored as "María José".
pub fn tidy(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn bounded(input: &str, max: usize) -> Result<String, FieldError> {
    let t = tidy(input);
    if t.is_empty() {
        Err(FieldError::Empty)
    } else if t.chars().count() > max {
        Err(FieldError::TooLong { max })
    } else {
        Ok(t)
    }
}

/// A name: required, any script, at most [`NAME_MAX_CHARS`] characters.
pub fn name(input: &str) -> Result<String, FieldError> {
    bounded(input, NAME_MAX_CHARS)
}

/// A short free text (job title, employer, city, certificate name).
pub fn short_text(input: &str) -> Result<String, FieldError> {
    bounded(input, TEXT_MAX_CHARS)
}

/// An optional field: blank means "not given".
pub fn optional<T>(
    input: &str,
    check: impl Fn(&str) -> Result<T, FieldError>,
) -> Result<Option<T>, FieldError> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        check(input).map(Some)
    }
}

/// An email address, checked only for shape (one `@`, a dot in the domain, no spaces):
/// the point is to catch typos, not to police addresses.
pub fn email(input: &str) -> Result<String, FieldError> {
    let t = input.trim();
    let (local, domain) = t.split_once('@').ok_or(FieldError::EmailFormat)?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !t.chars().any(char::is_whitespace)
        && t.chars().count() <= TEXT_MAX_CHARS;
    if ok {
        Ok(t.to_string())
    } else {
        Err(FieldError::EmailFormat)
    }
}

/// A phone number as people write it: digits with optional `+`, spaces, dashes, dots and brackets,
/// 7 to 15 digits in all (the E.164 limit), and optionally an extension after it ("ext. 12",
/// "x12", "extension 12": a care home's or a store's desk line often has one), 1 to 6 digits.
pub fn phone(input: &str) -> Result<String, FieldError> {
    let t = tidy(input);
    let (number, extension) = split_extension(&t);
    let allowed = |c: char| c.is_ascii_digit() || " +-.()".contains(c);
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let number_ok = number.chars().all(allowed)
        && (7..=15).contains(&digits)
        && !number.chars().skip(1).any(|c| c == '+');
    let extension_ok = extension
        .is_none_or(|e| (1..=6).contains(&e.len()) && e.bytes().all(|b| b.is_ascii_digit()));
    if number_ok && extension_ok {
        Ok(t)
    } else {
        Err(FieldError::PhoneFormat)
    }
}

/// `"555 0199 ext. 12"` → (`"555 0199"`, `Some("12")`); no marker → (all, `None`).
fn split_extension(t: &str) -> (&str, Option<&str>) {
    let lower = t.to_ascii_lowercase();
    for marker in ["extension", "ext.", "ext", "x"] {
        if let Some(at) = lower.rfind(marker) {
            let before = &t[..at];
            // "x" must follow the number (a space or a digit), never start the text.
            if before.trim().is_empty() {
                continue;
            }
            let after = t[at + marker.len()..].trim_start_matches([' ', '.', ':', '#']);
            return (
                before.trim_end().trim_end_matches(','),
                Some(after.trim_end()),
            );
        }
    }
    (t, None)
}

/// A job's dates: the end (if any) must not certainly come before the start (start May 2023,
/// end "2023" is fine: see [`crate::YearMonth::is_before`]).
pub fn job_dates(
    start: Option<crate::YearMonth>,
    end: Option<crate::YearMonth>,
) -> Result<(), FieldError> {
    match (start, end) {
        (Some(s), Some(e)) if e.is_before(s) => Err(FieldError::EndBeforeStart),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::YearMonth;

    #[test]
    fn names_are_tidied_and_bounded() {
        assert_eq!(name("  María   José "), Ok("María José".into()));
        assert_eq!(name("   "), Err(FieldError::Empty));
        let long = "a".repeat(NAME_MAX_CHARS + 1);
        assert_eq!(
            name(&long),
            Err(FieldError::TooLong {
                max: NAME_MAX_CHARS
            })
        );
        // Counted in characters, not bytes: 60 accented letters are fine.
        assert!(name(&"é".repeat(NAME_MAX_CHARS)).is_ok());
    }

    #[test]
    fn emails_catch_typos_only() {
        assert!(email("maria.hernandez@example.com").is_ok());
        assert_eq!(email("maria.example.com"), Err(FieldError::EmailFormat));
        assert_eq!(email("maria@example"), Err(FieldError::EmailFormat));
        assert_eq!(email("maria @example.com"), Err(FieldError::EmailFormat));
        assert_eq!(email("a@b@c.com"), Err(FieldError::EmailFormat));
    }

    #[test]
    fn phones_accept_common_writing() {
        assert_eq!(phone("+1 559 555 0142"), Ok("+1 559 555 0142".into()));
        assert!(phone("(559) 555-0142").is_ok());
        assert_eq!(phone("555"), Err(FieldError::PhoneFormat));
        assert_eq!(phone("call me"), Err(FieldError::PhoneFormat));
        assert_eq!(phone("55+5 555 0142"), Err(FieldError::PhoneFormat));
        // An extension after the number is kept as typed.
        for typed in [
            "+1 (559) 555-0199 ext. 12",
            "559 555 0199 x12",
            "559-555-0199 extension 4",
            "559 555 0199, Ext 7",
        ] {
            assert_eq!(phone(typed), Ok(typed.to_string()), "{typed:?}");
        }
        for bad in [
            "ext. 12",
            "559 555 0199 ext.",
            "559 555 0199 ext. 1234567",
            "559 555 0199 ext. twelve",
            "x 559 555 0199",
            "555 x 12",
        ] {
            assert_eq!(phone(bad), Err(FieldError::PhoneFormat), "{bad:?}");
        }
    }

    #[test]
    fn optional_fields_may_be_blank_but_not_wrong() {
        assert_eq!(optional("  ", email), Ok(None));
        assert_eq!(optional("x", email), Err(FieldError::EmailFormat));
    }

    #[test]
    fn a_job_cannot_end_before_it_starts() {
        let a = YearMonth::parse("2020-01").ok();
        let b = YearMonth::parse("2019-12").ok();
        assert_eq!(job_dates(a, b), Err(FieldError::EndBeforeStart));
        assert_eq!(job_dates(b, a), Ok(()));
        assert_eq!(job_dates(a, None), Ok(()));
        // A year alone: same year is fine either way round; an earlier year is not.
        let may = YearMonth::parse("2023-05").ok();
        let y2023 = YearMonth::parse("2023").ok();
        assert_eq!(job_dates(may, y2023), Ok(()));
        assert_eq!(job_dates(y2023, may), Ok(()));
        assert_eq!(
            job_dates(y2023, YearMonth::parse("2022-12").ok()),
            Err(FieldError::EndBeforeStart)
        );
        assert_eq!(
            job_dates(may, YearMonth::parse("2022").ok()),
            Err(FieldError::EndBeforeStart)
        );
        assert_eq!(
            job_dates(may, YearMonth::parse("2023-04").ok()),
            Err(FieldError::EndBeforeStart)
        );
    }
}

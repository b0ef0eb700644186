//! Civil dates: strict ISO `YYYY-MM-DD` parsing, formatting, and serde helpers.
//!
//! Counting is done on civil dates only (reference convention 7): no time, no time zone,
//! so daylight-saving and time-zone bugs cannot happen by construction.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serializer;

/// A civil date for static rule and calendar tables; an impossible date fails at compile time.
pub const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(x) => x,
        None => panic!("no such date in the data"),
    }
}

/// Why a string is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Of the right form but no such day, e.g. `2026-02-30`.
    NoSuchDay,
}

/// Parses a strict ISO 8601 calendar date `YYYY-MM-DD` (four-digit year, no sign, no time).
pub fn parse_iso(s: &str) -> Result<NaiveDate, DateError> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(DateError::Format);
    }
    let num = |r: core::ops::Range<usize>| -> Result<u32, DateError> {
        let mut v = 0u32;
        for &c in &b[r] {
            if !c.is_ascii_digit() {
                return Err(DateError::Format);
            }
            v = v * 10 + u32::from(c - b'0');
        }
        Ok(v)
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DateError::NoSuchDay)
}

/// `YYYY-MM-DD`.
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// English, for the plain-text steps: `Fri 3 May 2024`.
pub fn human(d: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        weekday_name(d.weekday()),
        d.day(),
        MONTHS[d.month0() as usize],
        d.year()
    )
}

/// Days from `a` to `b` (`b - a`).
pub fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// `d + n` days, saturating at chrono's range ends (never panics).
pub fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    let r = if n >= 0 {
        d.checked_add_days(chrono::Days::new(n as u64))
    } else {
        d.checked_sub_days(chrono::Days::new(n.unsigned_abs()))
    };
    r.unwrap_or(if n >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

/// `d + n` months: the same day of the month, or the month's last day when it is shorter
/// (31 May − 3 months = 28 or 29 February); saturating at chrono's range ends.
pub fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    let m = chrono::Months::new(n.unsigned_abs());
    let r = if n >= 0 {
        d.checked_add_months(m)
    } else {
        d.checked_sub_months(m)
    };
    r.unwrap_or(if n >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

/// Serde helper: a date as `"YYYY-MM-DD"`.
pub fn ser<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&iso(*d))
}

/// Serde helper: an optional date as `"YYYY-MM-DD"` or `null`.
pub fn ser_opt<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&iso(*d)),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_strict_iso() {
        assert_eq!(
            parse_iso("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        assert_eq!(parse_iso("2023-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(parse_iso("2026-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(parse_iso("2026-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(parse_iso("2026-00-10"), Err(DateError::NoSuchDay));
        for bad in [
            "",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026-01-01T00:00",
            "+2026-01-01",
            "２０２６-01-01",
            "2026-01-0a",
        ] {
            assert_eq!(parse_iso(bad), Err(DateError::Format), "{bad}");
        }
    }

    #[test]
    fn formats() {
        let d = NaiveDate::from_ymd_opt(2024, 5, 3).unwrap();
        assert_eq!(iso(d), "2024-05-03");
        assert_eq!(human(d), "Fri 3 May 2024");
        assert_eq!(
            add_days(d, -3),
            NaiveDate::from_ymd_opt(2024, 4, 30).unwrap()
        );
        assert_eq!(add_days(NaiveDate::MAX, 1), NaiveDate::MAX);
    }
}

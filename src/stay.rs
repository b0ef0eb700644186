//! How long a stay may last: per-entry limits, "N days in any M" rolling windows and
//! "N days per calendar year", counting earlier trips.
//!
//! Reference convention 4: every day on which the person is in the country for any part of it
//! counts, entry and exit days included; for each day d the window is the M days ending on d.
//! The last lawful day is the last day before the count would exceed N, and no later than the
//! per-entry limit.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::date;
use crate::i18n::msg;
use crate::text::{Arg, Text};

/// One limit on the length of a stay: part of a country's rule data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Limit {
    /// At most `days` days from the day of entry (entry day = day 1).
    PerEntry { days: u32 },
    /// At most `days` days of presence in any `window` consecutive days.
    Rolling { days: u32, window: u32 },
    /// At most `days` days of presence in each calendar year.
    CalendarYear { days: u32 },
    /// At most `entries` entries (visits) in the period `from`–`to`, both included, this one
    /// counted: a limit on visits, not on days.
    Visits {
        entries: u32,
        #[serde(serialize_with = "date::ser")]
        from: NaiveDate,
        #[serde(serialize_with = "date::ser")]
        to: NaiveDate,
    },
}

/// What one limit allows for this stay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LimitResult<T = String> {
    pub limit: Limit,
    /// The last day this limit allows; `None` when it is already used up on the day of entry.
    #[serde(serialize_with = "date::ser_opt")]
    pub last_day: Option<NaiveDate>,
    /// Days of presence already counted against this limit on the day of entry, entry day excluded.
    pub days_used_before: u32,
    /// The computation explained.
    pub text: T,
}

/// Day numbers of presence from earlier stays (first and last day, both counted), sorted and
/// without repeats.
fn presence(stays: &[(NaiveDate, NaiveDate)]) -> Vec<i32> {
    let mut days: Vec<i32> = Vec::new();
    for &(from, to) in stays {
        let (a, b) = (from.num_days_from_ce(), to.num_days_from_ce());
        days.extend(a..=b);
    }
    crate::sort::sort(&mut days);
    days.dedup();
    days
}

fn from_num(n: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(if n > 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

/// Earlier days (from `earlier`, sorted) in `lo..=hi`.
fn count_in(earlier: &[i32], lo: i32, hi: i32) -> u32 {
    let a = earlier.partition_point(|&d| d < lo);
    let b = earlier.partition_point(|&d| d <= hi);
    (b - a) as u32
}

/// Applies one limit to a stay that starts on `entry`, with earlier stays `earlier` (first and
/// last day of each, both counted; any order, overlaps allowed).
pub fn apply(
    limit: Limit,
    entry: NaiveDate,
    earlier: &[(NaiveDate, NaiveDate)],
) -> LimitResult<Text> {
    let n = |v: u32| Arg::from(v);
    let day = Arg::Date;
    let t = |id: &'static str, args: &[(&'static str, Arg)]| Text::with(id, args.to_vec());
    let e = entry.num_days_from_ce();
    let entries_before = |from: NaiveDate, to: NaiveDate| {
        earlier
            .iter()
            .filter(|(a, _)| *a >= from && *a <= to && *a < entry)
            .count() as u32
    };
    let earlier: Vec<i32> = presence(earlier).into_iter().filter(|&d| d < e).collect();
    match limit {
        Limit::Visits { entries, from, to } => {
            let used = entries_before(from, to);
            let span = [("from", day(from)), ("to", day(to))];
            // Outside the period the limit does not bind; within it, this entry must fit.
            let within = (from..=to).contains(&entry);
            let (last, text) = if within && used >= entries {
                (
                    None,
                    t(
                        msg::VISITS_USED_UP,
                        &[&[("entries", n(entries))][..], &span[..]].concat(),
                    ),
                )
            } else {
                (
                    Some(date::add_days(entry, 366 * 5)),
                    t(
                        msg::VISITS_TEXT,
                        &[
                            &[("entries", n(entries)), ("n", n(used + 1))][..],
                            &span[..],
                        ]
                        .concat(),
                    ),
                )
            };
            LimitResult {
                limit,
                last_day: last,
                days_used_before: used,
                text,
            }
        }
        Limit::PerEntry { days } => {
            let last = date::add_days(entry, i64::from(days.max(1)) - 1);
            LimitResult {
                limit,
                last_day: Some(last),
                days_used_before: 0,
                text: t(
                    msg::PER_ENTRY_TEXT,
                    &[
                        ("days", n(days)),
                        ("entry", day(entry)),
                        ("last", day(last)),
                    ],
                ),
            }
        }
        Limit::Rolling { days, window } => {
            let w = window.max(1) as i32;
            let used = count_in(&earlier, e - w + 1, e - 1);
            // Walk forward from the entry day while every window ending on the day holds at most
            // `days` days; the stay itself is continuous from the entry day.
            let mut last = None;
            let mut d = e;
            while d - e < w {
                let stay_days = (d - e + 1) as u32;
                let in_window = count_in(&earlier, d - w + 1, d - 1) + stay_days.min(w as u32);
                if in_window > days {
                    break;
                }
                last = Some(d);
                d += 1;
            }
            // After a whole window of continuous presence, further days fit only if `days >= window`.
            if d - e >= w {
                last = Some(e + 366 * 5);
            }
            let args = |last: Option<Arg>| {
                let mut v = vec![
                    ("days", n(days)),
                    ("window", n(window)),
                    ("used", n(used)),
                    ("entry", day(entry)),
                ];
                v.extend(last.map(|l| ("last", l)));
                v
            };
            let text = match last {
                Some(l) => t(msg::ROLLING_TEXT, &args(Some(day(from_num(l))))),
                None => t(msg::ROLLING_USED_UP, &args(None)),
            };
            LimitResult {
                limit,
                last_day: last.map(from_num),
                days_used_before: used,
                text,
            }
        }
        Limit::CalendarYear { days } => {
            let year = entry.year();
            let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).map_or(e, |d| d.num_days_from_ce());
            let dec31 = NaiveDate::from_ymd_opt(year, 12, 31).map_or(e, |d| d.num_days_from_ce());
            let used = count_in(&earlier, jan1, e - 1);
            let left = days.saturating_sub(used);
            // A stay that runs into the next year starts a fresh count on 1 January (also when
            // the year's days run out exactly on 31 December).
            let last = if left == 0 {
                None
            } else if e + left as i32 - 1 < dec31 {
                Some(e + left as i32 - 1)
            } else {
                Some(dec31 + days as i32)
            };
            let y = Arg::Num(i64::from(year));
            let text = match last {
                Some(l) => t(
                    msg::YEAR_TEXT,
                    &[
                        ("days", n(days)),
                        ("used", n(used)),
                        ("year", y),
                        ("last", day(from_num(l))),
                    ],
                ),
                None => t(msg::YEAR_USED_UP, &[("days", n(days)), ("year", y)]),
            };
            LimitResult {
                limit,
                last_day: last.map(from_num),
                days_used_before: used,
                text,
            }
        }
    }
}

/// The earliest of the limits' last days: the last lawful day of the stay. `None` if a limit is
/// already used up on the day of entry.
pub fn last_day<T>(results: &[LimitResult<T>]) -> Option<NaiveDate> {
    results
        .iter()
        .map(|r| r.last_day)
        .try_fold(NaiveDate::MAX, |acc, d| d.map(|d| acc.min(d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        date::parse_iso(s).unwrap()
    }
    fn trip(a: &str, b: &str) -> (NaiveDate, NaiveDate) {
        (d(a), d(b))
    }

    #[test]
    fn per_entry_counts_entry_day_as_day_one() {
        // Reference README convention 3: 30 days from Fri 2026-03-06 → Sat 2026-04-04.
        let r = apply(Limit::PerEntry { days: 30 }, d("2026-03-06"), &[]);
        assert_eq!(r.last_day, Some(d("2026-04-04")));
    }

    #[test]
    fn rolling_window_without_history_is_days_long() {
        let r = apply(
            Limit::Rolling {
                days: 90,
                window: 180,
            },
            d("2026-03-06"),
            &[],
        );
        assert_eq!(r.last_day, Some(d("2026-06-03"))); // 6 Mar + 89 days
    }

    #[test]
    fn rolling_window_counts_earlier_trip_days_inclusive() {
        // 50 days (1 Jan – 19 Feb 2026, both counted) stay in every window up to the one ending
        // 2026-06-29; entry Fri 2026-03-06: 50 + 40 = 90 on day 40 = 2026-04-14, 91 on 15 Apr.
        let r = apply(
            Limit::Rolling {
                days: 90,
                window: 180,
            },
            d("2026-03-06"),
            &[trip("2026-01-01", "2026-02-19")],
        );
        assert_eq!(r.days_used_before, 50);
        assert_eq!(r.last_day, Some(d("2026-04-14")));
    }

    #[test]
    fn rolling_window_old_days_leave_before_they_matter() {
        // 1–20 Nov 2025 are in the window on entry (2026-03-06 − 179 = 2025-09-08), but the
        // window ending on 2026-05-14 starts 2025-11-16 (5 of them left) and the one ending on
        // 2026-05-20 starts 2025-11-22 (none): the count never exceeds 90 before day 91 of the
        // stay, so the last day is 2026-06-03, as without history.
        let r = apply(
            Limit::Rolling {
                days: 90,
                window: 180,
            },
            d("2026-03-06"),
            &[trip("2025-11-01", "2025-11-20")],
        );
        assert_eq!(r.days_used_before, 20);
        assert_eq!(r.last_day, Some(d("2026-06-03")));
    }

    #[test]
    fn rolling_window_days_drop_out_as_the_window_moves() {
        // 85 days from 2025-09-09 to 2025-12-02; entry 2026-03-01. The window ending on 1 Mar
        // starts 2025-09-03 and holds all 85: 86. 5 Mar: starts 09-07, 85 + 5 = 90. 6 Mar: starts
        // 09-08, still all 85, + 6 = 91 > 90 — although from 10 Mar on earlier days would drop out.
        let r = apply(
            Limit::Rolling {
                days: 90,
                window: 180,
            },
            d("2026-03-01"),
            &[trip("2025-09-09", "2025-12-02")],
        );
        assert_eq!(r.last_day, Some(d("2026-03-05")));
    }

    #[test]
    fn rolling_window_used_up_gives_no_day() {
        let r = apply(
            Limit::Rolling {
                days: 90,
                window: 180,
            },
            d("2026-03-01"),
            &[trip("2025-11-01", "2026-01-29")],
        );
        assert_eq!(r.days_used_before, 90);
        assert_eq!(r.last_day, None);
        assert_eq!(last_day(&[r]), None);
    }

    #[test]
    fn calendar_year_limit() {
        let r = apply(
            Limit::CalendarYear { days: 90 },
            d("2025-12-01"),
            &[trip("2025-01-01", "2025-03-01")],
        );
        assert_eq!(r.days_used_before, 60);
        assert_eq!(r.last_day, Some(d("2025-12-30")));
        // Used 80 of 2025: 10 days left from 25 Dec would end 3 Jan, but 2026 starts a fresh count.
        let r = apply(
            Limit::CalendarYear { days: 90 },
            d("2025-12-25"),
            &[trip("2025-01-01", "2025-03-21")],
        );
        assert_eq!(r.last_day, Some(d("2026-03-31")));
    }
}

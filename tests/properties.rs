//! Property tests: counting never goes backwards and agrees with the calendar; the last lawful
//! day never leaves a window over its limit; arbitrary input never panics.

mod common;

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use tirkeu::count::{count, CountRule, Start, Unit};
use tirkeu::json::Json;
use tirkeu::scenario::Trip;
use tirkeu::stay::{apply, Limit};

fn date_in(lo: (i32, u32, u32), hi: (i32, u32, u32)) -> impl Strategy<Value = NaiveDate> {
    let a = NaiveDate::from_ymd_opt(lo.0, lo.1, lo.2)
        .unwrap()
        .num_days_from_ce();
    let b = NaiveDate::from_ymd_opt(hi.0, hi.1, hi.2)
        .unwrap()
        .num_days_from_ce();
    (a..=b).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

fn rule() -> impl Strategy<Value = CountRule> {
    (
        1u32..=60,
        prop_oneof![Just(Unit::Working), Just(Unit::Calendar)],
        prop_oneof![Just(Start::EventDay), Just(Start::NextDay)],
        any::<bool>(),
    )
        .prop_map(|(days, unit, start, roll_forward)| CountRule {
            days,
            unit,
            start,
            roll_forward,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn due_date_is_never_before_the_count_starts(event in date_in((2015, 1, 1), (2027, 12, 31)), r in rule()) {
        let cal = tirkeu::countries::calendar("KZ").unwrap();
        let c = count(cal, event, r);
        prop_assert!(c.due_date >= event);
        if r.start == Start::NextDay {
            prop_assert!(c.due_date > event);
        }
        // The steps are consecutive-or-increasing dates ending on the due date.
        prop_assert!(c.steps.windows(2).all(|w| w[0].date < w[1].date));
        prop_assert_eq!(c.steps.last().unwrap().date, c.due_date);
        prop_assert_eq!(c.steps.iter().filter(|s| s.due).count(), 1);
    }

    #[test]
    fn working_day_count_agrees_with_the_calendar(event in date_in((2015, 1, 1), (2027, 11, 30)), days in 1u32..=15, next in any::<bool>()) {
        let cal = tirkeu::countries::calendar("KZ").unwrap();
        let start = if next { Start::NextDay } else { Start::EventDay };
        let c = count(cal, event, CountRule { days, unit: Unit::Working, start, roll_forward: false });
        // The due date is a working day, and exactly `days` working days lie from day 1 to it.
        prop_assert!(cal.is_working_day(c.due_date));
        let first = if next { event.succ_opt().unwrap() } else { event };
        let mut n = 0;
        let mut d = first;
        while d <= c.due_date {
            if cal.is_working_day(d) { n += 1; }
            d = d.succ_opt().unwrap();
        }
        prop_assert_eq!(n, days);
        // Each step's number matches the calendar.
        for s in &c.steps {
            prop_assert_eq!(s.counts_as.is_some(), cal.is_working_day(s.date) && s.date >= first);
        }
    }

    #[test]
    fn calendar_count_is_entry_plus_n_minus_one(event in date_in((2015, 1, 1), (2027, 12, 31)), days in 1u32..=120) {
        let cal = tirkeu::countries::calendar("KZ").unwrap();
        let c = count(cal, event, CountRule { days, unit: Unit::Calendar, start: Start::EventDay, roll_forward: false });
        prop_assert_eq!((c.due_date - event).num_days(), i64::from(days) - 1);
        let c = count(cal, event, CountRule { days, unit: Unit::Calendar, start: Start::EventDay, roll_forward: true });
        prop_assert!(cal.is_working_day(c.due_date));
        prop_assert!((c.due_date - event).num_days() >= i64::from(days) - 1);
    }
}

/// Earlier trips: up to 12, non-overlapping, all before `entry`.
fn trips_before(entry: NaiveDate) -> impl Strategy<Value = Vec<Trip>> {
    prop::collection::vec((1i64..40, 0i64..30), 0..12).prop_map(move |gaps| {
        let mut trips = Vec::new();
        let mut end = entry;
        for (gap, len) in gaps {
            let exit = end - chrono::Days::new(gap as u64);
            let start = exit - chrono::Days::new(len as u64);
            trips.push(Trip {
                entry_date: start,
                exit_date: exit,
            });
            end = start - chrono::Days::new(1);
        }
        trips
    })
}

/// Days of presence in the `window` days ending on `d`, for a stay from `entry` to at least `d`.
fn brute(trips: &[Trip], entry: NaiveDate, d: NaiveDate, window: i64) -> i64 {
    let lo = d - chrono::Days::new(window as u64 - 1);
    let mut n = 0;
    let mut x = lo;
    while x <= d {
        let present = x >= entry || trips.iter().any(|t| t.entry_date <= x && x <= t.exit_date);
        if present {
            n += 1;
        }
        x = x.succ_opt().unwrap();
    }
    n
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn ninety_in_180_last_day_keeps_every_window_within_the_limit(
        (entry, trips) in date_in((2023, 1, 27), (2027, 6, 30)).prop_flat_map(|e| (Just(e), trips_before(e)))
    ) {
        let spans: Vec<_> = trips.iter().map(|t| (t.entry_date, t.exit_date)).collect();
        let r = apply(Limit::Rolling { days: 90, window: 180 }, entry, &spans);
        match r.last_day {
            Some(last) => {
                let mut d = entry;
                while d <= last {
                    prop_assert!(brute(&trips, entry, d, 180) <= 90, "window ending {} over 90", d);
                    d = d.succ_opt().unwrap();
                }
                // One more day would break the limit.
                prop_assert!(brute(&trips, entry, last.succ_opt().unwrap(), 180) > 90);
            }
            None => prop_assert!(brute(&trips, entry, entry, 180) > 90),
        }
    }
}

// ------------------------------------------------------------------------------------------
// Arbitrary input never panics.
// ------------------------------------------------------------------------------------------

// The generator is shared with the fuzzer: tests/common/arbitrary.rs.
use common::arbitrary::{value, KEYS};

/// A scenario that is mostly valid, with random values in random places.
fn scenario() -> impl Strategy<Value = Json> {
    (
        date_in((2015, 1, 1), (2027, 12, 31)),
        0i64..400,
        prop::sample::select(vec![
            "DE",
            "RU",
            "CN",
            "KG",
            "US",
            "SG",
            "stateless",
            "AM",
            "IN",
            "TR",
            "GE",
            "KZ",
            "QA",
            "UA",
            "BY",
            "TJ",
            "UZ",
            "AZ",
        ]),
        prop::sample::select(vec![
            "none",
            "e-visa",
            "tourist",
            "business",
            "investor",
            "diplomatic",
            "transit",
            "work",
        ]),
        prop::sample::select(vec!["ordinary", "diplomatic", "service"]),
        prop::sample::select(vec!["private", "hotel", "organization"]),
        prop::option::of(date_in((1900, 1, 1), (2027, 12, 31))),
        prop::collection::vec((0i64..2000, 0i64..60), 0..6),
        prop::collection::vec((0i64..400, any::<bool>()), 0..3),
        prop::collection::vec((prop::sample::select(KEYS.to_vec()), value()), 0..2),
        prop::sample::select(vec!["KZ", "AZ", "RU"]),
    )
        .prop_map(
            |(entry, len, cit, visa, passport, acc, birth, trips, moves, junk, dest)| {
                let s = |v: &str| Json::String(v.to_owned());
                let d = |x: NaiveDate| Json::String(tirkeu::date::iso(x));
                let exit = entry + chrono::Days::new(len as u64);
                let mut m = vec![
                    ("destination".to_owned(), s(dest)),
                    ("citizenship".to_owned(), s(cit)),
                    ("entryDate".to_owned(), d(entry)),
                    ("exitDate".to_owned(), d(exit)),
                    ("visa".to_owned(), s(visa)),
                    ("passport".to_owned(), s(passport)),
                    ("accommodation".to_owned(), s(acc)),
                ];
                if let Some(b) = birth {
                    m.push(("birthDate".to_owned(), d(b)));
                }
                let trips: Vec<Json> = trips
                    .into_iter()
                    .map(|(back, l)| {
                        let a = entry - chrono::Days::new(back as u64 + l as u64 + 1);
                        Json::Object(vec![
                            ("entryDate".into(), d(a)),
                            ("exitDate".into(), d(a + chrono::Days::new(l as u64))),
                        ])
                    })
                    .collect();
                m.push(("trips".into(), Json::Array(trips)));
                let moves: Vec<Json> = moves
                    .into_iter()
                    .map(|(k, o)| {
                        Json::Object(vec![
                            ("date".into(), d(entry + chrono::Days::new(k as u64))),
                            ("otherRegion".into(), Json::Bool(o)),
                            ("sameOwner".into(), Json::Bool(k % 3 == 0)),
                        ])
                    })
                    .collect();
                m.push(("moves".into(), Json::Array(moves)));
                for (k, v) in junk {
                    m.push((k.to_owned(), v));
                }
                Json::Object(m)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics(v in value()) {
        let _ = tirkeu::evaluate_json(&v);
    }

    #[test]
    fn near_valid_scenarios_never_panic_and_stay_consistent(v in scenario()) {
        match tirkeu::evaluate_json(&v) {
            Ok(a) => {
                for o in &a.obligations {
                    if o.count.start == tirkeu::count::Start::Before {
                        // Counted back from the last lawful day or the permit's expiry.
                        prop_assert!(o.due_date < o.trigger.date, "{} counted back", o.rule);
                    } else {
                        prop_assert!(o.due_date >= o.trigger.date, "{} due before its trigger", o.rule);
                    }
                    if o.trigger.kind == "stay-end" {
                        let s = tirkeu::scenario::parse(&v).unwrap();
                        prop_assert!(o.due_date >= s.entry_date, "{} before the entry", o.rule);
                    }
                    prop_assert!(!o.sources.is_empty(), "{} has sources", o.rule);
                    prop_assert!(!o.steps.is_empty());
                }
                if let (Some(last), Ok(s)) = (a.stay.last_day, tirkeu::scenario::parse(&v)) {
                    prop_assert!(last >= s.entry_date);
                }
            }
            Err(e) => {
                prop_assert!(!e.message.is_empty());
            }
        }
    }
}

#[test]
fn calendar_answers_every_date_without_panicking() {
    let cal = tirkeu::countries::calendar("KZ").unwrap();
    for d in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2100, 2, 28).unwrap(),
    ] {
        let _ = cal.day(d);
        let _ = cal.is_working_day(d);
    }
    let mut d = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap();
    while d.year() < 2029 {
        let _ = cal.day(d);
        d = d.succ_opt().unwrap();
    }
}

//! Russia working-day calendar (the federal production calendar): hand-worked cases from
//! `docs/research/az-ru-calendar.md` (Labour Code Art. 112 and each year's Government decree,
//! applied by hand), data integrity, and registration. The cross-check with python-holidays is
//! the generic runner `tests/calendar_python_holidays.rs` (fixture
//! `tests/fixtures/ru_python_holidays.json`).

mod common;
use chrono::{Datelike, NaiveDate, Weekday};
use tirkeu::calendar::{CountryCalendar, DayKind, OnWeekend, Reason};
use tirkeu::i18n::Lang;

fn cal() -> &'static CountryCalendar {
    tirkeu::countries::calendar("RU").expect("RU calendar")
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn kind(s: &str) -> DayKind {
    cal().day(d(s)).kind
}

fn en(s: &str) -> Option<&'static str> {
    cal()
        .day(d(s))
        .name
        .map(|n| common::message_in(n, Lang::En))
}

fn off_between(from: &str, to: &str) -> Vec<NaiveDate> {
    let (mut day, to) = (d(from), d(to));
    let mut v = Vec::new();
    while day <= to {
        if !cal().is_working_day(day) {
            v.push(day);
        }
        day = day.succ_opt().unwrap();
    }
    v
}

fn run(from: &str, to: &str) -> Vec<NaiveDate> {
    let (mut day, to) = (d(from), d(to));
    let mut v = Vec::new();
    while day <= to {
        v.push(day);
        day = day.succ_opt().unwrap();
    }
    v
}

#[test]
fn each_holiday_in_a_sample_year() {
    for (date, name) in [
        ("2026-01-01", "New Year holidays"),
        ("2026-01-06", "New Year holidays"),
        ("2026-01-07", "Christmas"),
        ("2026-01-08", "New Year holidays"),
        ("2026-02-23", "Defender of the Fatherland Day"),
        ("2027-03-08", "International Women's Day"),
        ("2026-05-01", "Spring and Labour Day"),
        ("2027-05-09", "Victory Day"),
        ("2026-06-12", "Russia Day"),
        ("2026-11-04", "Unity Day"),
    ] {
        assert_eq!(kind(date), DayKind::Holiday, "{date}");
        assert_eq!(en(date), Some(name), "{date}");
    }
    // Art. 112 part 1 has nothing else: 12 Dec and 7 Nov are ordinary days since 2005.
    assert_eq!(kind("2025-12-12"), DayKind::Working);
    assert_eq!(kind("2025-11-07"), DayKind::Working);
}

#[test]
fn january_2026_and_the_9_january_transfer() {
    // The 2026 decree: Sat 3 Jan → Fri 9 Jan, Sun 4 Jan → Thu 31 Dec. Rest: Wed 31 Dec 2025
    // (the 2025 decree's day for Sun 5 Jan 2025) to Sun 11 Jan 2026.
    assert_eq!(
        off_between("2025-12-30", "2026-01-12"),
        run("2025-12-31", "2026-01-11")
    );
    // Sat 3 and Sun 4 Jan stay holidays; their rest days are moved by the decree, not the rule.
    for s in ["2026-01-03", "2026-01-04"] {
        assert_eq!(kind(s), DayKind::Holiday, "{s}");
    }
    let i = cal().day(d("2026-01-09"));
    assert_eq!((i.kind, i.reason), (DayKind::DayOff, Reason::Decree));
    assert_eq!(i.moved_from, Some(d("2026-01-03")));
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some("New Year holidays")
    );
    let i = cal().day(d("2026-12-31"));
    assert_eq!(
        (i.kind, i.reason, i.moved_from),
        (DayKind::DayOff, Reason::Decree, Some(d("2026-01-04")))
    );
    assert_eq!(kind("2026-01-12"), DayKind::Working);
}

#[test]
fn the_weekend_rule_outside_january() {
    // 2026: 8 Mar (Sun) → Mon 9 Mar; 9 May (Sat) → Mon 11 May (Art. 112 part 2).
    for (off, from) in [("2026-03-09", "2026-03-08"), ("2026-05-11", "2026-05-09")] {
        let i = cal().day(d(off));
        assert_eq!(
            (i.kind, i.reason),
            (DayKind::DayOff, Reason::WeekendRule),
            "{off}"
        );
        assert_eq!(i.moved_from, Some(d(from)));
    }
    // 2027: 1 May (Sat), 9 May (Sun), 12 Jun (Sat) → Mon 3 May, Mon 10 May, Mon 14 Jun.
    for s in ["2027-05-03", "2027-05-10", "2027-06-14"] {
        assert_eq!(cal().day(d(s)).reason, Reason::WeekendRule, "{s}");
    }
    // January is the exception: a year without a decree (2030) moves no January weekend day.
    assert_eq!(kind("2030-01-05"), DayKind::Holiday); // Saturday
    assert_eq!(kind("2030-01-09"), DayKind::Working); // Wednesday after the holidays
    assert!(cal().day(d("2030-01-09")).provisional);
    assert!(cal()
        .holidays
        .iter()
        .filter(|h| h.month == 1 && h.day <= 8 && h.in_force.contains(2026))
        .all(|h| h.on_weekend == OnWeekend::ByDecree));
}

#[test]
fn a_decree_moves_a_day_off_the_rule_gave() {
    // 2025: 23 Feb (Sun) and 8 Mar (Sat) would give Mon 24 Feb and Mon 10 Mar; the decree moved
    // them to Thu 8 May and Fri 13 Jun, so both Mondays were working days.
    for (worked, off, holiday) in [
        ("2025-02-24", "2025-05-08", "Defender of the Fatherland Day"),
        ("2025-03-10", "2025-06-13", "International Women's Day"),
    ] {
        let w = cal().day(d(worked));
        assert_eq!(
            (w.kind, w.reason, w.moved_from),
            (DayKind::Working, Reason::Decree, Some(d(off)))
        );
        let o = cal().day(d(off));
        assert_eq!((o.kind, o.moved_from), (DayKind::DayOff, Some(d(worked))));
        assert_eq!(
            o.name.map(|n| common::message_in(n, Lang::En)),
            Some(holiday)
        );
    }
    // 2019: 23 Feb (Sat) → Mon 25 Feb by the rule, moved to Fri 10 May.
    assert_eq!(kind("2019-02-25"), DayKind::Working);
    assert_eq!(
        off_between("2019-05-01", "2019-05-12"),
        [
            "2019-05-01",
            "2019-05-02",
            "2019-05-03",
            "2019-05-04",
            "2019-05-05",
            "2019-05-09",
            "2019-05-10",
            "2019-05-11",
            "2019-05-12"
        ]
        .iter()
        .map(|s| d(s))
        .collect::<Vec<_>>()
    );
}

#[test]
fn working_saturdays() {
    let ww: Vec<NaiveDate> = (2015..=2027)
        .flat_map(|y| cal().special_days(y))
        .filter(|x| x.kind == DayKind::WorkingWeekend)
        .map(|x| x.date)
        .collect();
    let want: Vec<NaiveDate> = [
        "2016-02-20",
        "2018-04-28",
        "2018-06-09",
        "2018-12-29",
        "2021-02-20",
        "2022-03-05",
        "2024-04-27",
        "2024-11-02",
        "2024-12-28",
        "2025-11-01",
        "2027-02-20",
    ]
    .iter()
    .map(|s| d(s))
    .collect();
    assert_eq!(ww, want);
    // Sat 1 Nov 2025 worked, Mon 3 Nov off: 2-4 Nov 2025 off.
    assert_eq!(cal().day(d("2025-11-01")).moved_from, Some(d("2025-11-03")));
    assert_eq!(
        off_between("2025-10-31", "2025-11-05"),
        run("2025-11-02", "2025-11-04")
    );
    // 2024: Sat 2 Nov worked for Tue 30 Apr: 28 Apr - 1 May off, Sat 27 Apr worked too.
    assert_eq!(
        off_between("2024-04-26", "2024-05-02"),
        run("2024-04-28", "2024-05-01")
    );
}

#[test]
fn year_ends() {
    // 2024: Sat 28 Dec worked for Mon 30 Dec; Tue 31 Dec for Sun 7 Jan 2024.
    assert_eq!(kind("2024-12-28"), DayKind::WorkingWeekend);
    assert_eq!(
        off_between("2024-12-27", "2025-01-09"),
        run("2024-12-29", "2025-01-08")
    );
    // 2027: 31 Dec 2026 (for 4 Jan 2026) to 10 Jan 2027; Fri 31 Dec 2027 for Sun 3 Jan 2027.
    assert_eq!(
        off_between("2026-12-30", "2027-01-11"),
        run("2026-12-31", "2027-01-10")
    );
    assert_eq!(cal().day(d("2027-12-31")).moved_from, Some(d("2027-01-03")));
    assert_eq!(kind("2027-11-05"), DayKind::DayOff);
}

#[test]
fn leap_day_2024_and_yearly_totals() {
    assert_eq!(kind("2024-02-29"), DayKind::Working); // Thursday
                                                      // Working days per year (five-day week): the totals the production calendars print,
                                                      // e.g. 248 in 2020 and 2024, 247 otherwise; python-holidays gives the same.
    for (y, n) in [
        (2015, 247),
        (2016, 247),
        (2017, 247),
        (2018, 247),
        (2019, 247),
        (2020, 248),
        (2021, 247),
        (2022, 247),
        (2023, 247),
        (2024, 248),
        (2025, 247),
        (2026, 247),
        (2027, 247),
    ] {
        let first = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
        let days = first.iter_days().take_while(|x| x.year() == y);
        assert_eq!(days.filter(|x| cal().is_working_day(*x)).count(), n, "{y}");
    }
}

#[test]
fn coverage_and_registration() {
    let c = cal();
    assert_eq!((c.first_year(), c.last_year()), (2015, 2027));
    assert!(tirkeu::countries::calendar("ru").is_some());
    let ru = tirkeu::countries::find("RU").expect("Russia is a destination");
    assert!(std::ptr::eq((ru.calendar)(), c));
    // Every destination's calendar is in the registry's list of calendars.
    for country in tirkeu::countries::ALL {
        let cal = (country.calendar)();
        assert!(
            tirkeu::countries::CALENDARS
                .iter()
                .any(|c| std::ptr::eq(*c, cal)),
            "{}",
            country.code
        );
    }
    // The decrees for 2015-2027 are known: nothing is provisional.
    assert!((2015..=2027).all(|y| c.special_days(y).iter().all(|x| !x.provisional)));
    assert!(!c.day(d("2027-06-01")).provisional);
}

#[test]
fn data_integrity() {
    let c = cal();
    assert_eq!(c.weekend, &[Weekday::Sat, Weekday::Sun]);
    for (i, r) in c.years.iter().enumerate() {
        assert_eq!(r.year, c.first_year() + i as i32);
        assert!(!r.sources.is_empty(), "{} has no source", r.year);
        assert!(r.movable.is_empty());
        for t in r.transfers {
            assert!(!c.is_weekend(t.day_off), "{}", t.day_off);
            assert_eq!(c.day(t.day_off).kind, DayKind::DayOff);
            // The worked day: a weekend day made working, a weekday off under the rule made
            // working, or a weekend day of 1-8 January whose rest day the decree moves.
            let w = c.day(t.worked);
            if w.kind == DayKind::Holiday {
                assert!(
                    c.is_weekend(t.worked) && t.worked.month() == 1 && t.worked.day() <= 8,
                    "{}",
                    t.worked
                );
            } else {
                assert!(w.kind.is_working(), "{}", t.worked);
            }
        }
    }
    for y in 2015..=2027 {
        let days = c.special_days(y);
        assert!(days.windows(2).all(|w| w[0].date < w[1].date), "{y}");
        for x in &days {
            assert!(!x.sources.is_empty(), "{} has no source", x.date);
            match x.kind {
                DayKind::DayOff => assert!(
                    !c.is_weekend(x.date) && x.moved_from.is_some(),
                    "{}",
                    x.date
                ),
                DayKind::WorkingWeekend => assert!(c.is_weekend(x.date) && x.moved_from.is_some()),
                DayKind::Holiday => assert!(x.name.is_some()),
                DayKind::Working | DayKind::Weekend => panic!("{} listed as special", x.date),
            }
        }
    }
}

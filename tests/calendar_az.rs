//! Azerbaijan working-day calendar: hand-worked cases from `docs/research/az-ru-calendar.md`
//! (the Labour Code's rules applied by hand to each year's Cabinet decision, and the press
//! reports of how many days were off), data integrity, and registration. The cross-check with
//! python-holidays is the generic runner `tests/calendar_python_holidays.rs` (fixture
//! `tests/fixtures/az_python_holidays.json`, differences `az::PYTHON_HOLIDAYS_DIFFERENCES`).

mod common;
use chrono::{Datelike, NaiveDate, Weekday};
use tirkeu::calendar::{CountryCalendar, DayKind, Reason};
use tirkeu::countries::az::calendar as az;
use tirkeu::i18n::Lang;

fn cal() -> &'static CountryCalendar {
    tirkeu::countries::calendar("AZ").expect("AZ calendar")
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

fn also(s: &str) -> Vec<&'static str> {
    cal()
        .day(d(s))
        .also
        .iter()
        .map(|n| common::message_in(n, Lang::En))
        .collect()
}

/// The dates from `from` to `to` (inclusive) that are not working days.
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

const NOVRUZ: &str = "Novruz Bayram";
const RAMAZAN: &str = "Ramazan Bayram (Eid al-Fitr)";
const QURBAN: &str = "Gurban Bayram (Eid al-Adha)";

#[test]
fn each_holiday_in_a_sample_year() {
    for (date, name) in [
        ("2025-01-01", "New Year"),
        ("2025-01-02", "New Year"),
        ("2025-01-20", "Day of National Mourning"),
        ("2024-03-08", "Women's Day"),
        ("2024-03-20", NOVRUZ),
        ("2024-03-22", NOVRUZ),
        ("2025-03-24", NOVRUZ),
        ("2024-05-09", "Victory over Fascism Day"),
        ("2024-05-28", "Independence Day"),
        ("2025-06-26", "Armed Forces Day"),
        ("2023-11-08", "Victory Day"),
        ("2023-11-09", "National Flag Day"),
        ("2025-12-31", "World Azerbaijanis Solidarity Day"),
        ("2024-04-10", RAMAZAN),
        ("2024-04-11", RAMAZAN),
        ("2023-06-28", QURBAN),
        ("2023-06-29", QURBAN),
    ] {
        assert_eq!(kind(date), DayKind::Holiday, "{date}");
        assert_eq!(en(date), Some(name), "{date}");
    }
    // Renamed and added: Republic Day until 2020, Independence Day from 2021; Victory Day
    // (8 Nov) from 2021.
    assert_eq!(en("2020-05-28"), Some("Republic Day"));
    assert_eq!(en("2021-05-28"), Some("Independence Day"));
    assert_eq!(kind("2019-11-08"), DayKind::Working); // Fri 8 Nov 2019
    assert_eq!(kind("2021-11-08"), DayKind::Holiday);
    // Not non-working: Constitution Day (12 Nov), National Revival Day (17 Nov), 18 Oct.
    assert_eq!(kind("2024-11-12"), DayKind::DayOff); // a Cabinet swap that year, not the holiday
    assert_eq!(en("2024-11-12"), None);
    assert_eq!(kind("2025-11-12"), DayKind::Working);
    assert_eq!(kind("2025-11-17"), DayKind::Working);
    assert_eq!(kind("2024-10-18"), DayKind::Working);
}

#[test]
fn novruz_2016_nine_non_working_days() {
    // report.az: 9 non-working days. Novruz 20-24 Mar 2016 (Sun-Thu); Sun 20 Mar gives Fri
    // 25 Mar (Art. 105(5)); with the weekends, Sat 19 - Sun 27 Mar.
    assert_eq!(
        off_between("2016-03-18", "2016-03-28"),
        run("2016-03-19", "2016-03-27")
    );
    let i = cal().day(d("2016-03-25"));
    assert_eq!(i.kind, DayKind::DayOff);
    assert_eq!(i.reason, Reason::WeekendRule);
    assert_eq!(i.moved_from, Some(d("2016-03-20")));
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some(NOVRUZ)
    );
}

#[test]
fn novruz_2015_with_the_sunday_swap() {
    // 20-24 Mar (Fri-Tue), 21-22 on the weekend → 25, 26 Mar; the Cabinet swapped Fri 27 Mar
    // with Sun 29 Mar: 20-28 Mar off, Sun 29 Mar a working day.
    assert_eq!(
        off_between("2015-03-19", "2015-03-31"),
        run("2015-03-20", "2015-03-28")
    );
    assert_eq!(kind("2015-03-29"), DayKind::WorkingWeekend);
    assert_eq!(cal().day(d("2015-03-27")).reason, Reason::Decree);
}

#[test]
fn novruz_and_ramazan_together_in_2026() {
    // 1news.az: 20-30 Mar non-working, first working day Tue 31 Mar.
    assert_eq!(
        off_between("2026-03-19", "2026-03-31"),
        run("2026-03-20", "2026-03-30")
    );
    // Both names kept on the shared days.
    assert_eq!(en("2026-03-20"), Some(NOVRUZ));
    assert_eq!(also("2026-03-20"), vec![RAMAZAN]);
    assert_eq!(also("2026-03-21"), vec![RAMAZAN]);
    // Fri 20 Mar (a working day): Ramazan's own day off on the next free working day, Wed 25.
    let i = cal().day(d("2026-03-25"));
    assert_eq!((i.kind, i.reason), (DayKind::DayOff, Reason::Coincidence));
    assert_eq!(i.moved_from, Some(d("2026-03-20")));
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some(RAMAZAN)
    );
    // Sat 21 Mar: the rest day (for Novruz) and Ramazan's day: Thu 26 and Fri 27.
    let i = cal().day(d("2026-03-26"));
    assert_eq!(
        (i.reason, i.moved_from),
        (Reason::WeekendRule, Some(d("2026-03-21")))
    );
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some(NOVRUZ)
    );
    let i = cal().day(d("2026-03-27"));
    assert_eq!(
        (i.reason, i.moved_from),
        (Reason::Coincidence, Some(d("2026-03-21")))
    );
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some(RAMAZAN)
    );
    // Sun 22 Mar: Mon 30 Mar.
    let i = cal().day(d("2026-03-30"));
    assert_eq!(
        (i.reason, i.moved_from),
        (Reason::WeekendRule, Some(d("2026-03-22")))
    );
}

#[test]
fn qurban_on_independence_day_2026() {
    // news.day.az: 27-31 May non-working (Qurban Wed 27 - Thu 28 May, Independence Day Thu 28).
    assert_eq!(
        off_between("2026-05-26", "2026-06-01"),
        run("2026-05-27", "2026-05-31")
    );
    assert_eq!(en("2026-05-28"), Some("Independence Day"));
    assert_eq!(also("2026-05-28"), vec![QURBAN]);
    let i = cal().day(d("2026-05-29"));
    assert_eq!((i.kind, i.reason), (DayKind::DayOff, Reason::Coincidence));
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some(QURBAN)
    );
}

#[test]
fn bayram_on_another_holiday_in_2017_and_2018() {
    // 2017: Ramazan Mon 26 Jun on Armed Forces Day, Tue 27 Jun its second day → Wed 28 Jun.
    assert_eq!(also("2017-06-26"), vec![RAMAZAN]);
    assert_eq!(cal().day(d("2017-06-28")).reason, Reason::Coincidence);
    assert_eq!(kind("2017-06-29"), DayKind::Working);
    // 2018: Ramazan Fri 15 Jun on National Salvation Day, Sat 16 Jun → Mon 18 and Tue 19 Jun.
    assert_eq!(
        off_between("2018-06-14", "2018-06-20"),
        run("2018-06-15", "2018-06-19")
    );
}

#[test]
fn qurban_2024_behind_a_saturday_holiday() {
    // Sat 15 Jun National Salvation Day, Qurban Sun 16 - Mon 17 Jun: Tue 18 and Wed 19 off;
    // metbuat.az: 15-19 June non-working.
    assert_eq!(
        off_between("2024-06-14", "2024-06-20"),
        run("2024-06-15", "2024-06-19")
    );
    assert_eq!(cal().day(d("2024-06-18")).moved_from, Some(d("2024-06-15")));
    assert_eq!(cal().day(d("2024-06-19")).moved_from, Some(d("2024-06-16")));
}

#[test]
fn mourning_day_is_never_moved() {
    // Art. 106, not an Art. 105 holiday: Sun 20 Jan 2019 and Sat 20 Jan 2024 give nothing.
    assert_eq!(kind("2019-01-20"), DayKind::Holiday);
    assert_eq!(kind("2019-01-21"), DayKind::Working);
    assert_eq!(kind("2024-01-20"), DayKind::Holiday);
    assert_eq!(kind("2024-01-22"), DayKind::Working);
}

#[test]
fn cabinet_swaps_and_working_weekend_days() {
    // 2025: Women's Day Sat 8 Mar → Mon 10 Mar, Ramazan Sun 30 Mar → Tue 1 Apr; the Cabinet
    // made both working and gave Thu 27 and Fri 28 Mar instead: 20-31 Mar off (mia.az).
    assert_eq!(kind("2025-03-10"), DayKind::Working);
    assert_eq!(cal().day(d("2025-03-10")).reason, Reason::Decree);
    assert_eq!(kind("2025-04-01"), DayKind::Working);
    assert_eq!(
        off_between("2025-03-19", "2025-04-01"),
        run("2025-03-20", "2025-03-31")
    );
    let i = cal().day(d("2025-03-27"));
    assert_eq!((i.kind, i.reason), (DayKind::DayOff, Reason::Decree));
    assert_eq!(i.moved_from, Some(d("2025-03-10")));
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some("Women's Day")
    );
    assert_eq!(en("2025-03-28"), Some(RAMAZAN));
    // A working Saturday: 21 Jun 2025, for Fri 27 Jun (abc.az).
    assert_eq!(kind("2025-06-21"), DayKind::WorkingWeekend);
    assert_eq!(cal().day(d("2025-06-21")).moved_from, Some(d("2025-06-27")));
    assert_eq!(kind("2025-06-27"), DayKind::DayOff);
    // 2024: Ramazan 10-11 Apr, Fri 12 Apr off for Sat 6 Apr; November: 12, 13 for 16, 23 Nov.
    assert_eq!(kind("2024-04-06"), DayKind::WorkingWeekend);
    assert_eq!(
        off_between("2024-04-08", "2024-04-15"),
        run("2024-04-10", "2024-04-14")
    );
    for s in ["2024-11-16", "2024-11-23"] {
        assert_eq!(kind(s), DayKind::WorkingWeekend, "{s}");
    }
    // Working weekend days 2015-2026, all of them.
    let ww: Vec<NaiveDate> = (2015..=2027)
        .flat_map(|y| cal().special_days(y))
        .filter(|x| x.kind == DayKind::WorkingWeekend)
        .map(|x| x.date)
        .collect();
    let want: Vec<NaiveDate> = [
        "2015-03-29",
        "2019-12-28",
        "2019-12-29",
        "2020-03-29",
        "2020-05-31",
        "2021-05-08",
        "2021-05-16",
        "2021-07-17",
        "2022-03-05",
        "2022-11-05",
        "2023-06-24",
        "2023-06-25",
        "2023-11-04",
        "2023-12-30",
        "2024-01-07",
        "2024-04-06",
        "2024-11-16",
        "2024-11-23",
        "2024-12-28",
        "2024-12-29",
        "2025-06-21",
    ]
    .iter()
    .map(|s| d(s))
    .collect();
    assert_eq!(ww, want);
}

#[test]
fn year_ends_and_swaps_across_the_new_year() {
    // Solidarity Day Sat 31 Dec 2016 and New Year Sun 1 Jan 2017: Tue 3 and Wed 4 Jan off.
    let i = cal().day(d("2017-01-03"));
    assert_eq!(i.moved_from, Some(d("2016-12-31")));
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some("World Azerbaijanis Solidarity Day")
    );
    assert_eq!(cal().day(d("2017-01-04")).moved_from, Some(d("2017-01-01")));
    assert_eq!(kind("2017-01-05"), DayKind::Working);
    // Sat 30 Dec 2023 worked for Thu 4 Jan 2024; Sun 7 Jan 2024 for Fri 5 Jan; Sun 31 Dec
    // 2023 gives Wed 3 Jan: 30 Dec worked, then 31 Dec - 7 Jan... 1-6 Jan off, Sun 7 worked.
    assert_eq!(kind("2023-12-30"), DayKind::WorkingWeekend);
    assert_eq!(cal().day(d("2023-12-30")).moved_from, Some(d("2024-01-04")));
    assert_eq!(
        off_between("2023-12-30", "2024-01-08"),
        run("2023-12-31", "2024-01-06")
    );
    assert_eq!(kind("2024-01-07"), DayKind::WorkingWeekend);
    // Sat 28 and Sun 29 Dec 2024 worked for Mon 30 Dec and Fri 3 Jan 2025: 30 Dec - 5 Jan off.
    assert_eq!(
        off_between("2024-12-27", "2025-01-06"),
        run("2024-12-30", "2025-01-05")
    );
    // The year's last day of 2026 and 2027: Solidarity Day, a Thursday and a Friday.
    assert_eq!(kind("2026-12-31"), DayKind::Holiday);
    assert_eq!(kind("2027-12-31"), DayKind::Holiday);
    // Sat 31 Dec 2022 and Sun 1 Jan 2023: Tue 3 and Wed 4 Jan 2023 off (Mon 2 Jan a holiday).
    assert_eq!(
        off_between("2022-12-30", "2023-01-05"),
        run("2022-12-31", "2023-01-04")
    );
}

#[test]
fn voting_days() {
    for s in [
        "2016-09-26",
        "2018-04-11",
        "2019-12-23",
        "2024-02-07",
        "2025-01-29",
    ] {
        let i = cal().day(d(s));
        assert_eq!(i.kind, DayKind::Holiday, "{s}");
        assert!(
            common::message_in(i.name.unwrap(), Lang::En).contains("voting day"),
            "{s}"
        );
        assert!(i.sources.contains(&az::VOTING_DAY_LAW), "{s}");
    }
    // python-holidays puts the 2019 municipal elections on Fri 27 Dec; they were on Mon 23 Dec.
    assert_eq!(kind("2019-12-27"), DayKind::Working);
}

#[test]
fn leap_day_2024() {
    assert_eq!(kind("2024-02-29"), DayKind::Working); // Thursday
    assert_eq!(kind("2024-03-01"), DayKind::Working);
    // 366 days: 104 weekend days, 6 of them worked (7 Jan, 6 Apr, 16 and 23 Nov, 28 and
    // 29 Dec), and 27 weekdays off; python-holidays also counts 241 working days.
    let off = off_between("2024-01-01", "2024-12-31");
    let weekdays_off = off.iter().filter(|x| !cal().is_weekend(**x)).count();
    assert_eq!((366 - off.len(), weekdays_off), (241, 27));
}

#[test]
fn provisional_2027_bayrams() {
    // The Cabinet decides 2027's dates in December 2026: python-holidays' estimates, flagged.
    for s in ["2027-03-09", "2027-03-10", "2027-05-16", "2027-05-17"] {
        let i = cal().day(d(s));
        assert_eq!(i.kind, DayKind::Holiday, "{s}");
        assert!(i.provisional, "{s}");
    }
    // Sun 16 May gives Tue 18 May: provisional too.
    let i = cal().day(d("2027-05-18"));
    assert_eq!((i.kind, i.provisional), (DayKind::DayOff, true));
    // The days next to a provisional date may become holidays: not final either.
    assert!(cal().day(d("2027-03-11")).provisional);
    assert!(
        cal().day(d("2027-03-08")).kind == DayKind::Holiday
            && !cal().day(d("2027-03-08")).provisional
    );
    // 2026's bayrams are confirmed (and have passed).
    assert!(!cal().day(d("2026-03-20")).provisional);
    assert!(!cal().day(d("2026-05-27")).provisional);
    // Only 2027's bayram days (and the day off one of them gives) are provisional.
    let prov: Vec<NaiveDate> = (2015..=2027)
        .flat_map(|y| cal().special_days(y))
        .filter(|x| x.provisional)
        .map(|x| x.date)
        .collect();
    let want: Vec<NaiveDate> = [
        "2027-03-09",
        "2027-03-10",
        "2027-05-16",
        "2027-05-17",
        "2027-05-18",
    ]
    .iter()
    .map(|s| d(s))
    .collect();
    assert_eq!(prov, want);
}

#[test]
fn coverage_and_registration() {
    let c = cal();
    assert_eq!((c.first_year(), c.last_year()), (2015, 2027));
    assert!(tirkeu::countries::calendar("az").is_some());
    // A destination: its rules use this calendar.
    let az = tirkeu::countries::find("AZ").expect("Azerbaijan is a destination");
    assert!(std::ptr::eq((az.calendar)(), c));
    // Outside the data: fixed holidays and the rules only, provisional; no bayrams.
    let i = c.day(d("2030-03-20"));
    assert!(i.kind == DayKind::Holiday && i.provisional);
    assert!(
        c.special_days(2030)
            .iter()
            .all(|x| x.provisional
                && x.name.map(|n| common::message_in(n, Lang::En)) != Some(RAMAZAN))
    );
}

#[test]
fn data_integrity() {
    let c = cal();
    assert_eq!(c.weekend, &[Weekday::Sat, Weekday::Sun]);
    for (i, r) in c.years.iter().enumerate() {
        assert_eq!(r.year, c.first_year() + i as i32);
        assert!(!r.sources.is_empty(), "{} has no source", r.year);
        // Two days of each bayram, consecutive; sources on each.
        for id in az::BAYRAM_IDS {
            let days: Vec<NaiveDate> = r
                .movable
                .iter()
                .filter(|m| m.id == *id)
                .map(|m| m.date)
                .collect();
            assert_eq!(days.len(), 2, "{} {id}", r.year);
            assert_eq!(days[1], days[0].succ_opt().unwrap(), "{} {id}", r.year);
        }
        for m in r.movable {
            assert_eq!(m.date.year(), r.year);
            assert!(!m.sources.is_empty());
            assert_eq!(
                m.provisional,
                r.year == 2027 && m.id != "voting-day",
                "{}",
                m.date
            );
        }
        for t in r.transfers {
            assert!(!c.is_weekend(t.day_off), "{}", t.day_off);
            assert_eq!(c.day(t.day_off).kind, DayKind::DayOff);
            assert!(c.day(t.worked).kind.is_working(), "{}", t.worked);
        }
    }
    for h in c.holidays {
        assert!(!h.sources.is_empty(), "{}", h.id);
    }
    for y in 2015..=2027 {
        let days = c.special_days(y);
        assert!(days.windows(2).all(|w| w[0].date < w[1].date), "{y}");
        for x in &days {
            assert!(!x.sources.is_empty(), "{} has no source", x.date);
            match x.kind {
                DayKind::DayOff => assert!(!c.is_weekend(x.date) && x.moved_from.is_some()),
                DayKind::WorkingWeekend => assert!(c.is_weekend(x.date) && x.moved_from.is_some()),
                DayKind::Holiday => assert!(x.name.is_some()),
                DayKind::Working | DayKind::Weekend => panic!("{} listed as special", x.date),
            }
        }
    }
    // Every listed difference names the official source tirkeu follows.
    for x in c.differences {
        assert!(x
            .sources
            .iter()
            .any(|s| s.confidence >= tirkeu::source::Confidence::Medium));
    }
}

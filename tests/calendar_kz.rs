//! Kazakhstan working-day calendar: hand-worked cases from `docs/research/kz.md` §6 and §8,
//! data integrity, and property tests. The cross-check against python-holidays is the generic
//! runner `tests/calendar_python_holidays.rs` (fixture `tests/fixtures/kz_python_holidays.json`,
//! differences `kz::PYTHON_HOLIDAYS_DIFFERENCES`); equality with the computation before the
//! transfer rules were named is `tests/calendar_golden.rs`.

mod common;
use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;
use tirkeu::calendar::{self, CountryCalendar, DayKind, Reason};
use tirkeu::countries::kz::calendar as kz;
use tirkeu::i18n::Lang;

fn cal() -> &'static CountryCalendar {
    tirkeu::countries::calendar("KZ").expect("KZ calendar")
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

// ---------------------------------------------------------------------------------------------
// Statutory holidays, one by one
// ---------------------------------------------------------------------------------------------

#[test]
fn each_statutory_holiday_in_a_sample_year() {
    let cases = [
        ("2024-01-01", "New Year"),
        ("2024-01-02", "New Year"),
        ("2025-01-07", "Orthodox Christmas"),
        ("2024-03-08", "International Women's Day"),
        ("2024-03-21", "Nauryz Meirami"),
        ("2024-03-22", "Nauryz Meirami"),
        ("2024-03-23", "Nauryz Meirami"),
        ("2024-05-01", "Kazakhstan People's Unity Day"),
        ("2024-05-07", "Defender of the Fatherland Day"),
        ("2024-05-09", "Victory Day"),
        ("2024-07-06", "Capital Day"),
        ("2024-08-30", "Constitution Day"),
        ("2024-10-25", "Republic Day"),
        ("2026-10-25", "Republic of Kazakhstan Day"),
        ("2021-12-01", "First President Day"),
        ("2024-12-16", "Independence Day"),
        ("2021-12-17", "Independence Day"),
        ("2025-06-06", "Kurban Ait (first day)"),
        ("2027-03-15", "Constitution Day"),
    ];
    for (date, name) in cases {
        let i = cal().day(d(date));
        assert_eq!(i.kind, DayKind::Holiday, "{date}");
        assert_eq!(
            i.name.map(|n| common::message_in(n, Lang::En)),
            Some(name),
            "{date}"
        );
        assert_eq!(i.reason, Reason::Statutory);
        assert!(!i.sources.is_empty(), "{date} has no source");
        let n = i.name.unwrap();
        for lang in Lang::ALL {
            assert!(!common::message_in(n, lang).is_empty(), "{date} {lang:?}");
        }
        assert!(!i.kind.is_working());
    }
}

#[test]
fn republic_day_and_first_president_day_switch_in_2022() {
    assert_eq!(kind("2021-10-25"), DayKind::Working); // Monday, not a holiday in 2021
    assert_eq!(kind("2022-10-25"), DayKind::Holiday);
    assert_eq!(en("2022-10-25"), Some("Republic Day"));
    assert_eq!(kind("2021-12-01"), DayKind::Holiday); // Wednesday
    assert_eq!(kind("2022-12-01"), DayKind::Working); // Thursday, abolished
}

#[test]
fn independence_day_17_december_2021_vs_2022() {
    assert_eq!(kind("2021-12-16"), DayKind::Holiday);
    assert_eq!(kind("2021-12-17"), DayKind::Holiday);
    assert_eq!(kind("2022-12-16"), DayKind::Holiday);
    let i = cal().day(d("2022-12-17"));
    assert_eq!((i.kind, i.name), (DayKind::Weekend, None)); // a plain Saturday
    assert_eq!(kind("2022-12-19"), DayKind::Working); // no day off for a 17 Dec that is no holiday
                                                      // 2020: 16-17 Dec Wed-Thu, then the decree day off Fri 18 Dec.
    assert_eq!(kind("2020-12-17"), DayKind::Holiday);
    assert_eq!(kind("2020-12-18"), DayKind::DayOff);
    assert_eq!(kind("2020-12-20"), DayKind::WorkingWeekend);
}

// ---------------------------------------------------------------------------------------------
// The weekend rule
// ---------------------------------------------------------------------------------------------

#[test]
fn new_year_on_a_weekend_2022() {
    assert_eq!(kind("2022-01-01"), DayKind::Holiday);
    assert_eq!(kind("2022-01-02"), DayKind::Holiday);
    for (date, from) in [("2022-01-03", "2022-01-01"), ("2022-01-04", "2022-01-02")] {
        let i = cal().day(d(date));
        assert_eq!(i.kind, DayKind::DayOff, "{date}");
        assert_eq!(i.moved_from, Some(d(from)), "{date}");
        assert_eq!(
            i.name.map(|n| common::message_in(n, Lang::En)),
            Some("New Year")
        );
        assert_eq!(i.reason, Reason::WeekendRule);
        assert!(i.sources.iter().any(|s| s.url().contains("Z010000267_")));
    }
    assert_eq!(kind("2022-01-05"), DayKind::Working);
}

#[test]
fn nauryz_on_a_weekend() {
    // 2020: Sat 21, Sun 22 (holidays on the weekend), Mon 23 holiday → Tue 24 and Wed 25 off.
    assert_eq!(kind("2020-03-23"), DayKind::Holiday);
    assert_eq!(cal().day(d("2020-03-24")).moved_from, Some(d("2020-03-21")));
    assert_eq!(cal().day(d("2020-03-25")).moved_from, Some(d("2020-03-22")));
    assert_eq!(kind("2020-03-24"), DayKind::DayOff);
    assert_eq!(kind("2020-03-25"), DayKind::DayOff);
    assert_eq!(kind("2020-03-26"), DayKind::Working);
    // 2021: Sun 21 → Wed 24 (Mon 22, Tue 23 are holidays themselves).
    assert_eq!(kind("2021-03-22"), DayKind::Holiday);
    assert_eq!(kind("2021-03-23"), DayKind::Holiday);
    assert_eq!(cal().day(d("2021-03-24")).moved_from, Some(d("2021-03-21")));
    assert_eq!(kind("2021-03-25"), DayKind::Working);
    // 2015: Sat 21, Sun 22, Mon 23 → 24 and 25 off (egov 2015 calendar).
    assert_eq!(kind("2015-03-24"), DayKind::DayOff);
    assert_eq!(kind("2015-03-25"), DayKind::DayOff);
}

#[test]
fn religious_holidays_are_not_moved_off_weekends() {
    // 7 Jan 2018 is a Sunday: Mon 8 Jan 2018 is an ordinary working day.
    assert_eq!(kind("2018-01-07"), DayKind::Holiday);
    assert_eq!(kind("2018-01-08"), DayKind::Working);
    // Kurban Ait on Sun 11 Aug 2019.
    assert_eq!(en("2019-08-11"), Some("Kurban Ait (first day)"));
    assert_eq!(kind("2019-08-12"), DayKind::Working);
    // Kurban Ait on Sun 16 Jun 2024; the earlier-announced Mon 17 Jun day off was cancelled.
    assert_eq!(kind("2024-06-16"), DayKind::Holiday);
    assert!(cal().is_working_day(d("2024-06-17")));
    assert!(kz::YEARS
        .iter()
        .find(|r| r.year == 2024)
        .unwrap()
        .notes
        .iter()
        .any(|n| n.contains("17 Jun")));
    // Kurban Ait on Sat 9 Jul 2022.
    assert_eq!(kind("2022-07-09"), DayKind::Holiday);
    assert_eq!(kind("2022-07-11"), DayKind::Working);
}

#[test]
fn a_holiday_block_spanning_the_weekend_pushes_past_the_block() {
    // 2016: Sat 7 May (Defender Day), Mon 9 May (Victory Day) → Tue 10 May off.
    assert_eq!(kind("2016-05-09"), DayKind::Holiday);
    let i = cal().day(d("2016-05-10"));
    assert_eq!(
        (i.kind, i.moved_from),
        (DayKind::DayOff, Some(d("2016-05-07")))
    );
}

// ---------------------------------------------------------------------------------------------
// Decrees
// ---------------------------------------------------------------------------------------------

#[test]
fn working_saturdays() {
    for (date, with) in [
        ("2024-05-04", "2024-05-08"),
        ("2023-07-01", "2023-07-07"),
        ("2025-01-05", "2025-01-03"),
    ] {
        let i = cal().day(d(date));
        assert_eq!(i.kind, DayKind::WorkingWeekend, "{date}");
        assert!(cal().is_working_day(d(date)));
        assert_eq!(i.moved_from, Some(d(with)));
        assert_eq!(i.reason, Reason::Decree);
        assert!(!i.sources.is_empty());
        let off = cal().day(d(with));
        assert_eq!((off.kind, off.moved_from), (DayKind::DayOff, Some(d(date))));
    }
}

#[test]
fn may_2020_victory_day_swap() {
    // Sat 9 May 2020 Victory Day; its Mon 11 May day off moved by decree to Fri 8 May.
    let fri = cal().day(d("2020-05-08"));
    assert_eq!(fri.kind, DayKind::DayOff);
    assert_eq!(fri.moved_from, Some(d("2020-05-11")));
    assert_eq!(
        fri.name.map(|n| common::message_in(n, Lang::En)),
        Some("Victory Day")
    );
    assert!(fri.sources.iter().any(|s| s.url().contains("P1900000820")));
    let mon = cal().day(d("2020-05-11"));
    assert_eq!(mon.kind, DayKind::Working);
    assert_eq!(mon.reason, Reason::Decree);
    assert_eq!(mon.moved_from, Some(d("2020-05-08")));
    assert!(cal().is_working_day(d("2020-05-11")));
    assert_eq!(kind("2020-05-09"), DayKind::Holiday);
}

#[test]
fn constitution_day_2025_2026_2027() {
    assert_eq!(kind("2025-08-30"), DayKind::Holiday); // Saturday
    let mon = cal().day(d("2025-09-01"));
    assert_eq!(
        (mon.kind, mon.moved_from),
        (DayKind::DayOff, Some(d("2025-08-30")))
    );
    assert_eq!(
        mon.name.map(|n| common::message_in(n, Lang::En)),
        Some("Constitution Day")
    );
    // 2026: no Constitution Day at all.
    assert_eq!(kind("2026-08-30"), DayKind::Weekend);
    assert_eq!(kind("2026-08-31"), DayKind::Working);
    assert_eq!(kind("2026-03-16"), DayKind::Working);
    assert!(cal()
        .special_days(2026)
        .iter()
        .all(|x| x.name.map(|n| common::message_in(n, Lang::En)) != Some("Constitution Day")));
    // 2027: 15 March.
    assert_eq!(kind("2027-03-15"), DayKind::Holiday);
    assert_eq!(kind("2027-08-30"), DayKind::Working); // Monday
}

#[test]
fn special_days_2024_content_and_order() {
    let got: Vec<(String, DayKind, Option<&str>, Option<String>)> = cal()
        .special_days(2024)
        .into_iter()
        .map(|x| {
            (
                x.date.to_string(),
                x.kind,
                x.name.map(|n| common::message_in(n, Lang::En)),
                x.moved_from.map(|m| m.to_string()),
            )
        })
        .collect();
    use DayKind::*;
    let h = |s: &str, n: &'static str| (s.to_owned(), Holiday, Some(n), None);
    let expected = vec![
        h("2024-01-01", "New Year"),
        h("2024-01-02", "New Year"),
        h("2024-01-07", "Orthodox Christmas"),
        h("2024-03-08", "International Women's Day"),
        h("2024-03-21", "Nauryz Meirami"),
        h("2024-03-22", "Nauryz Meirami"),
        h("2024-03-23", "Nauryz Meirami"),
        (
            "2024-03-25".to_owned(),
            DayOff,
            Some("Nauryz Meirami"),
            Some("2024-03-23".to_owned()),
        ),
        h("2024-05-01", "Kazakhstan People's Unity Day"),
        (
            "2024-05-04".to_owned(),
            WorkingWeekend,
            None,
            Some("2024-05-08".to_owned()),
        ),
        h("2024-05-07", "Defender of the Fatherland Day"),
        (
            "2024-05-08".to_owned(),
            DayOff,
            None,
            Some("2024-05-04".to_owned()),
        ),
        h("2024-05-09", "Victory Day"),
        h("2024-06-16", "Kurban Ait (first day)"),
        h("2024-07-06", "Capital Day"),
        (
            "2024-07-08".to_owned(),
            DayOff,
            Some("Capital Day"),
            Some("2024-07-06".to_owned()),
        ),
        h("2024-08-30", "Constitution Day"),
        h("2024-10-25", "Republic Day"),
        h("2024-12-16", "Independence Day"),
    ];
    assert_eq!(got, expected);
}

// ---------------------------------------------------------------------------------------------
// Coverage, provisional data, no panics
// ---------------------------------------------------------------------------------------------

#[test]
fn coverage_and_provisional() {
    let kz = cal();
    assert_eq!(kz.country(), "KZ");
    assert_eq!((kz.first_year(), kz.last_year()), (2015, 2027));
    assert!(tirkeu::countries::calendar("kz").is_some());
    assert!(tirkeu::countries::calendar("UZ").is_none());
    assert!(kz.covers(d("2015-01-01")) && kz.covers(d("2027-12-31")));
    assert!(!kz.covers(d("2014-12-31")) && !kz.covers(d("2028-01-01")));

    // Outside the data: statutory holidays and the weekend rule only, every day provisional.
    let i = kz.day(d("2030-01-01"));
    assert_eq!(i.kind, DayKind::Holiday);
    assert!(i.provisional);
    assert!(kz.day(d("2030-01-03")).provisional); // a plain Thursday, still provisional
    assert_eq!(kz.day(d("2028-01-03")).kind, DayKind::DayOff); // Sat 1 Jan 2028 → Mon 3 Jan
    assert!(kz.special_days(2030).iter().all(|x| x.provisional));
    assert!(
        kz.special_days(2030)
            .iter()
            .all(|x| x.name.map(|n| common::message_in(n, Lang::En))
                != Some("Kurban Ait (first day)"))
    );

    // Inside: only the future Kurban Ait date is provisional. Kurban Ait 2026 (Wed 27 May) is
    // in the official eGov calendar and has passed: confirmed (kz-2026 §4).
    assert!(!kz.day(d("2026-05-27")).provisional);
    assert_eq!(kz.day(d("2026-05-27")).kind, DayKind::Holiday);
    assert!(!kz.day(d("2026-05-28")).provisional);
    // 2027: the estimate Sun 16 May may be announced a day apart; Mon 17 May would then be off,
    // so it and Sat 15 May are not final either, while Tue 18 May is.
    assert!(kz.day(d("2027-05-16")).provisional);
    assert!(kz.day(d("2027-05-17")).provisional);
    assert_eq!(kz.day(d("2027-05-17")).kind, DayKind::Working);
    assert!(kz.day(d("2027-05-15")).provisional);
    assert!(!kz.day(d("2027-05-18")).provisional);
    assert!(!kz.day(d("2027-05-14")).provisional);
    assert!(!kz.day(d("2025-06-06")).provisional);
    assert!(!kz.day(d("2026-01-05")).provisional);
    let prov: Vec<NaiveDate> = (2015..=2027)
        .flat_map(|y| kz.special_days(y))
        .filter(|x| x.provisional)
        .map(|x| x.date)
        .collect();
    assert_eq!(prov, vec![d("2027-05-16")]);
}

#[test]
fn serializes_dates_as_iso_strings() {
    let v = serde_json::to_value(cal().day(d("2025-09-01"))).unwrap();
    assert_eq!(v["date"], "2025-09-01");
    assert_eq!(v["kind"], "day-off");
    assert_eq!(v["movedFrom"], "2025-08-30");
    assert_eq!(v["reason"], "weekend-rule");
    // The name is its message ID; the Kazakh catalog words it.
    assert_eq!(v["name"], "kz-holiday-constitution-day");
    assert_eq!(
        common::message_in(v["name"].as_str().unwrap(), Lang::Kk),
        "Қазақстан Республикасының Конституциясы күні"
    );
    let v = serde_json::to_value(cal().day(d("2024-05-04"))).unwrap();
    assert_eq!(v["kind"], "working-weekend");
    let v = serde_json::to_value(cal().day(d("2024-05-06"))).unwrap();
    assert_eq!(v["movedFrom"], serde_json::Value::Null);
    assert_eq!(v["sources"], serde_json::json!([]));
}

#[test]
fn data_integrity() {
    let kz = cal();
    // Year records consecutive, each citing a source.
    for (i, r) in kz.years.iter().enumerate() {
        assert_eq!(r.year, kz.first_year() + i as i32);
        assert!(!r.sources.is_empty(), "{} has no source", r.year);
        for m in r.movable {
            assert_eq!(m.date.year(), r.year);
            assert!(!m.sources.is_empty());
        }
        for t in r.transfers {
            // The new day off is an ordinary weekday; the worked day a weekend day or a day off
            // under the weekend rule (2020-05-11).
            assert!(!kz.is_weekend(t.day_off), "{}", t.day_off);
            assert_eq!(kz.day(t.day_off).kind, DayKind::DayOff);
            assert!(kz.day(t.worked).kind.is_working(), "{}", t.worked);
        }
    }
    for h in kz.holidays {
        assert!(!h.sources.is_empty(), "{}", h.id);
        assert!(NaiveDate::from_ymd_opt(2024, h.month, h.day).is_some());
    }
    // Every special day has a source; kinds match weekdays.
    for y in 2015..=2027 {
        let days = kz.special_days(y);
        assert!(
            days.windows(2).all(|w| w[0].date < w[1].date),
            "{y} not sorted/unique"
        );
        for x in &days {
            assert!(!x.sources.is_empty(), "{} has no source", x.date);
            assert_eq!(x.date.year(), y);
            match x.kind {
                DayKind::DayOff => assert!(!kz.is_weekend(x.date) && x.moved_from.is_some()),
                DayKind::WorkingWeekend => assert!(kz.is_weekend(x.date) && x.moved_from.is_some()),
                DayKind::Holiday => assert!(x.name.is_some()),
                DayKind::Working | DayKind::Weekend => panic!("{} listed as special", x.date),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// kz.md §8, convention A: arrival day is working day 1 if it is a working day; due = day 3
// ---------------------------------------------------------------------------------------------

fn third_working_day(arrival: NaiveDate) -> NaiveDate {
    let mut n = 0;
    let mut day = arrival;
    loop {
        if cal().is_working_day(day) {
            n += 1;
            if n == 3 {
                return day;
            }
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn kz_md_section_8_convention_a() {
    let rows = [
        ("2025-01-10", "2025-01-14"),
        ("2024-03-20", "2024-03-27"),
        ("2025-03-20", "2025-03-27"),
        ("2025-03-21", "2025-03-28"),
        ("2024-05-03", "2024-05-06"),
        ("2023-06-30", "2023-07-03"),
        ("2025-06-05", "2025-06-10"),
        ("2025-12-31", "2026-01-06"),
        ("2026-05-08", "2026-05-13"),
        ("2026-03-20", "2026-03-27"),
        ("2025-10-24", "2025-10-29"),
    ];
    for (arrival, due) in rows {
        assert_eq!(third_working_day(d(arrival)), d(due), "arrival {arrival}");
    }
    // The facts those rows hinge on.
    assert!(cal().is_working_day(d("2024-05-04")));
    assert!(cal().is_working_day(d("2023-07-01")));
    assert!(!cal().is_working_day(d("2026-01-07")));
    assert!(cal().is_working_day(d("2026-01-05")));
    assert!(!cal().is_working_day(d("2026-05-11")));
    assert!(!cal().is_working_day(d("2026-03-24")) && !cal().is_working_day(d("2026-03-25")));
    assert!(!cal().is_working_day(d("2025-10-27")));
    assert!(!cal().is_working_day(d("2025-06-06")));
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

proptest! {
    #[test]
    fn any_date_is_answered(days in (NaiveDate::MIN.num_days_from_ce())..=(NaiveDate::MAX.num_days_from_ce())) {
        let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
        let i = cal().day(date);
        prop_assert_eq!(i.date, date);
        prop_assert_eq!(cal().is_working_day(date), i.kind.is_working());
        if !cal().covers(date) { prop_assert!(i.provisional); }
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        match i.kind {
            DayKind::Working => prop_assert!(!weekend || i.reason == Reason::Decree),
            DayKind::Weekend | DayKind::WorkingWeekend => prop_assert!(weekend),
            DayKind::DayOff => prop_assert!(!weekend),
            DayKind::Holiday => {}
        }
    }

    #[test]
    fn special_days_match_day(y in 1990i32..2100) {
        let kz = cal();
        for x in kz.special_days(y) {
            prop_assert_eq!(kz.day(x.date), x);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Two holidays on one day (docs/calendar.md, "Kazakhstan": what the law says)
// ---------------------------------------------------------------------------------------------

#[test]
fn kazakhstan_applies_next_workday_since_2002_and_no_collision_rule() {
    use tirkeu::calendar::{WeekendTransfer, YearSpan};
    let rules = cal().transfer_rules;
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].rule, WeekendTransfer::NextWorkday);
    assert_eq!(
        rules[0].in_force,
        YearSpan {
            from: 2002,
            to: i32::MAX
        }
    );
    assert!(rules[0]
        .sources
        .iter()
        .any(|s| s.url().contains("Z010000267_")));
    // The religious days off are exceptions: never moved.
    for h in cal().holidays {
        let religious = h.id == "orthodox-christmas";
        assert_eq!(!h.on_weekend.is_moved(), religious, "{}", h.id);
    }
    for r in cal().years {
        assert!(r.movable.iter().all(|m| !m.on_weekend.is_moved()));
    }
}

#[test]
fn kurban_ait_on_nauryz_gives_no_extra_day() {
    // Kurban Ait is expected near Nauryz about 2032 (the first coincidence since it became a day
    // off in 2006). A made-up 2032 record with Kurban Ait on Mon 22 Mar 2032, under
    // Kazakhstan's own holidays and rules: 22 March keeps both names, Sun 21 Mar gives Wed 24
    // Mar (22 and 23 are holidays), and the coincidence gives nothing more.
    static Y2032: &[calendar::YearRecord] = &[calendar::YearRecord {
        year: 2032,
        movable: &[calendar::MovableHoliday {
            id: "kurban-ait",
            date: calendar::ymd(2032, 3, 22),
            name: kz::KURBAN_AIT,
            on_weekend: calendar::OnWeekend::NotMoved,
            provisional: true,
            sources: &[kz::PY_HOLIDAYS],
        }],
        transfers: &[],
        sources: &[kz::PY_HOLIDAYS],
        notes: &[],
    }];
    let c = CountryCalendar {
        years: Y2032,
        ..kz::KZ.clone()
    };
    let i = c.day(d("2032-03-22"));
    assert_eq!(i.kind, DayKind::Holiday);
    assert_eq!(
        i.name.map(|n| common::message_in(n, Lang::En)),
        Some("Nauryz Meirami")
    );
    assert_eq!(
        i.also
            .iter()
            .map(|n| common::message_in(n, Lang::En))
            .collect::<Vec<_>>(),
        ["Kurban Ait (first day)"]
    );
    let wed = c.day(d("2032-03-24"));
    assert_eq!(
        (wed.kind, wed.moved_from),
        (DayKind::DayOff, Some(d("2032-03-21")))
    );
    assert!(c.is_working_day(d("2032-03-25")));
}

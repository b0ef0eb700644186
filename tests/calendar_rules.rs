//! The named weekend-transfer rules (`src/calendar/transfer.rs`) on made-up calendars: a
//! holiday on a Saturday, on a Sunday, two holidays on one Saturday and on one weekday, a moved
//! day meeting another holiday, the year's end, a leap day, a rule's first year, the
//! per-holiday exceptions; both names of a shared day in `day()`, `calendar()` and the counting
//! steps; and a property: the rules give exactly the days off they owe, however holidays fall.

use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;
use tirkeu::calendar::{
    year, CountryCalendar, DayKind, Holiday, MovableHoliday, OnWeekend, Reason, Transfer,
    TransferRule, WeekendTransfer, YearRecord, YearSpan,
};
use tirkeu::count::{self, CountRule, Start, Unit};
use tirkeu::i18n::{msg, Lang};
use tirkeu::source::{Confidence, Source};

const STATUTE: Source = Source::new("xa-src-statute", Confidence::Low);
const RULE_SRC: Source = Source::new("xa-src-rule-src", Confidence::Low);
const DECREE: Source = Source::new("xa-src-decree", Confidence::Low);

const ALWAYS: YearSpan = YearSpan {
    from: 1900,
    to: i32::MAX,
};

fn hol(id: &'static str, month: u32, day: u32, on_weekend: OnWeekend) -> Holiday {
    Holiday {
        id,
        month,
        day,
        // A made-up holiday is named by its id (a message ID no catalog has).
        name: id,
        on_weekend,
        in_force: ALWAYS,
        sources: &[STATUTE],
    }
}

const NEXT: WeekendTransfer = WeekendTransfer::NextWorkday;
const COLLIDE: WeekendTransfer = WeekendTransfer::OnCollisionMoveOn { only: &[] };

fn rule(rule: WeekendTransfer) -> TransferRule {
    TransferRule::new(rule, ALWAYS, &[RULE_SRC])
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// A made-up country with `holidays` and `rules`, its data known 2019–2025 (no decrees unless
/// `years` is given).
fn cal_with(
    holidays: Vec<Holiday>,
    rules: Vec<TransferRule>,
    years: Option<Vec<YearRecord>>,
) -> &'static CountryCalendar {
    let years = years.unwrap_or_else(|| {
        (2019..=2025)
            .map(|year| YearRecord {
                year,
                movable: &[],
                transfers: &[],
                sources: &[DECREE],
                notes: &[],
            })
            .collect()
    });
    Box::leak(Box::new(CountryCalendar {
        country: "XB",
        weekend: &[Weekday::Sat, Weekday::Sun],
        holidays: leak(holidays),
        transfer_rules: leak(rules),
        years: leak(years),
        second_source: "",
        differences: &[],
    }))
}

fn cal(holidays: Vec<Holiday>, rules: Vec<TransferRule>) -> &'static CountryCalendar {
    cal_with(holidays, rules, None)
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (kind, name, the other names, moved from, reason) of `date` (a made-up holiday's name is its id).
fn at(
    c: &CountryCalendar,
    date: &str,
) -> (
    DayKind,
    Option<&'static str>,
    Vec<&'static str>,
    Option<NaiveDate>,
    Reason,
) {
    let i = c.day(d(date));
    (i.kind, i.name, i.also, i.moved_from, i.reason)
}

fn working(c: &CountryCalendar, date: &str) -> bool {
    c.is_working_day(d(date))
}

use DayKind::{DayOff, Holiday as Hday};
use OnWeekend::{ByDecree, Moved, NotMoved};

// ---------------------------------------------------------------------------------------------
// NextWorkday
// ---------------------------------------------------------------------------------------------

#[test]
fn a_holiday_on_saturday_gives_monday() {
    let c = cal(vec![hol("alpha", 6, 4, Moved)], vec![rule(NEXT)]);
    assert_eq!(
        at(c, "2022-06-04"),
        (Hday, Some("alpha"), vec![], None, Reason::Statutory)
    );
    assert_eq!(
        at(c, "2022-06-06"),
        (
            DayOff,
            Some("alpha"),
            vec![],
            Some(d("2022-06-04")),
            Reason::WeekendRule
        )
    );
    let sources = c.day(d("2022-06-06")).sources;
    assert_eq!(sources, vec![STATUTE, RULE_SRC]);
    assert!(working(c, "2022-06-07"));
    // A weekday occurrence gives nothing: Fri 4 Jun 2021.
    assert_eq!(at(c, "2021-06-04").0, Hday);
    assert!(working(c, "2021-06-07"));
}

#[test]
fn a_holiday_on_sunday_gives_monday() {
    let c = cal(vec![hol("alpha", 6, 5, Moved)], vec![rule(NEXT)]);
    assert_eq!(at(c, "2022-06-06").0, DayOff);
    assert_eq!(at(c, "2022-06-06").3, Some(d("2022-06-05")));
    assert!(working(c, "2022-06-07"));
}

#[test]
fn no_rule_no_day_off() {
    let c = cal(vec![hol("alpha", 6, 4, Moved)], vec![]);
    assert_eq!(at(c, "2022-06-04").0, Hday);
    assert!(working(c, "2022-06-06"));
}

#[test]
fn a_rule_applies_from_its_first_year() {
    let since_2023 = TransferRule::new(
        NEXT,
        YearSpan {
            from: 2023,
            to: i32::MAX,
        },
        &[RULE_SRC],
    );
    let c = cal(vec![hol("alpha", 6, 4, Moved)], vec![since_2023]);
    assert!(working(c, "2022-06-06")); // Sat 4 Jun 2022: before the rule
    assert_eq!(at(c, "2023-06-05").0, DayOff); // Sun 4 Jun 2023
}

#[test]
fn exceptions_per_holiday_not_moved_and_by_decree() {
    // A religious holiday on Saturday: not moved.
    let c = cal(vec![hol("feast", 6, 4, NotMoved)], vec![rule(NEXT)]);
    assert_eq!(at(c, "2022-06-04").0, Hday);
    assert!(working(c, "2022-06-06"));
    // A holiday whose weekend days only the decree moves: nothing without the decree...
    let c = cal(vec![hol("new-year-3", 1, 3, ByDecree)], vec![rule(NEXT)]);
    assert_eq!(at(c, "2021-01-03").0, Hday); // Sun 3 Jan 2021
    assert!(working(c, "2021-01-04"));
    // ...and the decree's day when there is one: Sun 3 Jan 2021 → Fri 8 Jan 2021 by decree.
    let years = (2019..=2025)
        .map(|year| YearRecord {
            year,
            movable: &[],
            transfers: if year == 2021 {
                static DECREE_2021: &[Transfer] = &[Transfer {
                    day_off: tirkeu::calendar::ymd(2021, 1, 8),
                    worked: tirkeu::calendar::ymd(2021, 1, 3),
                }];
                DECREE_2021
            } else {
                &[]
            },
            sources: &[DECREE],
            notes: &[],
        })
        .collect();
    let c = cal_with(
        vec![
            hol("new-year-3", 1, 3, ByDecree),
            hol("other", 1, 2, ByDecree),
        ],
        vec![rule(NEXT)],
        Some(years),
    );
    // The decree names the weekend holiday as the worked day: it moves the rest day, so the
    // holiday stays a holiday and the day off stands in for it (its name, and the holiday's
    // date as `moved_from`).
    assert_eq!(at(c, "2021-01-03").0, Hday);
    assert_eq!(
        at(c, "2021-01-08"),
        (
            DayOff,
            Some("new-year-3"),
            vec![],
            Some(d("2021-01-03")),
            Reason::Decree
        )
    );
    // Its sources are the decree's.
    assert_eq!(c.day(d("2021-01-08")).sources, vec![DECREE]);
}

// ---------------------------------------------------------------------------------------------
// Two holidays on one day
// ---------------------------------------------------------------------------------------------

fn two_on_saturday(rules: Vec<TransferRule>) -> &'static CountryCalendar {
    cal(
        vec![hol("alpha", 6, 4, Moved), hol("beta", 6, 4, Moved)],
        rules,
    )
}

#[test]
fn two_holidays_on_one_saturday_are_both_kept() {
    let c = two_on_saturday(vec![rule(NEXT)]);
    assert_eq!(
        at(c, "2022-06-04"),
        (Hday, Some("alpha"), vec!["beta"], None, Reason::Statutory)
    );
    // Both holidays' sources, each once.
    assert_eq!(c.day(d("2022-06-04")).sources, vec![STATUTE]);
}

#[test]
fn two_holidays_on_one_saturday_next_workday_gives_one_day_for_both() {
    let c = two_on_saturday(vec![rule(NEXT)]);
    assert_eq!(
        at(c, "2022-06-06"),
        (
            DayOff,
            Some("alpha"),
            vec!["beta"],
            Some(d("2022-06-04")),
            Reason::WeekendRule
        )
    );
    assert!(working(c, "2022-06-07"));
}

#[test]
fn two_holidays_on_one_saturday_with_collision_rule_give_two_days() {
    let c = two_on_saturday(vec![rule(NEXT), rule(COLLIDE)]);
    assert_eq!(
        at(c, "2022-06-06"),
        (
            DayOff,
            Some("alpha"),
            vec![],
            Some(d("2022-06-04")),
            Reason::WeekendRule
        )
    );
    assert_eq!(
        at(c, "2022-06-07"),
        (
            DayOff,
            Some("beta"),
            vec![],
            Some(d("2022-06-04")),
            Reason::Coincidence
        )
    );
    assert!(working(c, "2022-06-08"));
    // The collision rule alone (no weekend rule): the Saturday holds one, the other moves on.
    let c = two_on_saturday(vec![rule(COLLIDE)]);
    assert_eq!(at(c, "2022-06-06").1, Some("beta"));
    assert!(working(c, "2022-06-07"));
}

#[test]
fn the_collision_rule_applies_only_to_the_holidays_it_lists() {
    let only_gamma = WeekendTransfer::OnCollisionMoveOn { only: &["gamma"] };
    let c = two_on_saturday(vec![rule(NEXT), rule(only_gamma)]);
    assert!(working(c, "2022-06-07"));
    let only_beta = WeekendTransfer::OnCollisionMoveOn { only: &["beta"] };
    let c = two_on_saturday(vec![rule(NEXT), rule(only_beta)]);
    assert_eq!(at(c, "2022-06-07").0, DayOff);
    // A holiday that is never moved does not count in a collision either.
    let c = cal(
        vec![hol("alpha", 6, 4, Moved), hol("feast", 6, 4, NotMoved)],
        vec![rule(NEXT), rule(COLLIDE)],
    );
    assert_eq!(
        at(c, "2022-06-06"),
        (
            DayOff,
            Some("alpha"),
            vec![],
            Some(d("2022-06-04")),
            Reason::WeekendRule
        )
    );
    assert!(working(c, "2022-06-07"));
}

#[test]
fn two_holidays_on_one_weekday() {
    let holidays = || vec![hol("alpha", 6, 8, Moved), hol("beta", 6, 8, Moved)];
    // Without a collision rule: one holiday with both names, nothing moves (Kazakhstan).
    let c = cal(holidays(), vec![rule(NEXT)]);
    assert_eq!(
        at(c, "2022-06-08"),
        (Hday, Some("alpha"), vec!["beta"], None, Reason::Statutory)
    );
    assert!(working(c, "2022-06-09"));
    // With it: the next working day is off for the second (Azerbaijan, Art. 105.6).
    let c = cal(holidays(), vec![rule(NEXT), rule(COLLIDE)]);
    assert_eq!(
        at(c, "2022-06-09"),
        (
            DayOff,
            Some("beta"),
            vec![],
            Some(d("2022-06-08")),
            Reason::Coincidence
        )
    );
    assert!(working(c, "2022-06-10"));
    // Three on one day: two more days off, past the weekend.
    let c = cal(
        vec![
            hol("alpha", 6, 10, Moved),
            hol("beta", 6, 10, Moved),
            hol("gamma", 6, 10, Moved),
        ],
        vec![rule(NEXT), rule(COLLIDE)],
    );
    assert_eq!(at(c, "2022-06-13").1, Some("beta")); // Fri 10 Jun → Mon 13, Tue 14
    assert_eq!(at(c, "2022-06-14").1, Some("gamma"));
    assert!(working(c, "2022-06-15"));
}

#[test]
fn a_movable_holiday_on_a_fixed_one_is_kept_too() {
    let years = (2019..=2025)
        .map(|year| YearRecord {
            year,
            movable: if year == 2022 {
                static MOON_2022: &[MovableHoliday] = &[MovableHoliday {
                    id: "moon-feast",
                    date: tirkeu::calendar::ymd(2022, 6, 8),
                    name: "moon-feast",
                    on_weekend: Moved,
                    provisional: true,
                    sources: &[DECREE],
                }];
                MOON_2022
            } else {
                &[]
            },
            transfers: &[],
            sources: &[DECREE],
            notes: &[],
        })
        .collect();
    let c = cal_with(
        vec![hol("alpha", 6, 8, Moved)],
        vec![rule(NEXT)],
        Some(years),
    );
    let i = c.day(d("2022-06-08"));
    assert_eq!(i.name, Some("alpha"));
    assert_eq!(i.also, ["moon-feast"]);
    assert_eq!(i.sources, vec![STATUTE, DECREE]);
    // The fixed holiday is certain, so the day is, though the movable one is provisional.
    assert!(!i.provisional);
}

// ---------------------------------------------------------------------------------------------
// Moving on
// ---------------------------------------------------------------------------------------------

#[test]
fn a_moved_day_meeting_another_holiday_moves_on() {
    // Sat 4 Jun alpha; Mon 6 Jun gamma → alpha's day off is Tue 7 Jun.
    let c = cal(
        vec![hol("alpha", 6, 4, Moved), hol("gamma", 6, 6, Moved)],
        vec![rule(NEXT)],
    );
    assert_eq!(at(c, "2022-06-06").0, Hday);
    assert_eq!(at(c, "2022-06-07").3, Some(d("2022-06-04")));
    // Sat, Sun and Mon holidays: Tue and Wed off, in order.
    let c = cal(
        vec![
            hol("alpha", 6, 4, Moved),
            hol("beta", 6, 5, Moved),
            hol("gamma", 6, 6, Moved),
        ],
        vec![rule(NEXT)],
    );
    assert_eq!(at(c, "2022-06-07").1, Some("alpha"));
    assert_eq!(at(c, "2022-06-08").1, Some("beta"));
    assert!(working(c, "2022-06-09"));
}

#[test]
fn a_moved_day_meeting_an_already_moved_day_moves_on() {
    // Fri 3 Jun two holidays (collision → Mon 6), Sat 4 Jun one more (→ Tue 7).
    let c = cal(
        vec![
            hol("alpha", 6, 3, Moved),
            hol("beta", 6, 3, Moved),
            hol("gamma", 6, 4, Moved),
        ],
        vec![rule(NEXT), rule(COLLIDE)],
    );
    assert_eq!(
        at(c, "2022-06-06"),
        (
            DayOff,
            Some("beta"),
            vec![],
            Some(d("2022-06-03")),
            Reason::Coincidence
        )
    );
    assert_eq!(
        at(c, "2022-06-07"),
        (
            DayOff,
            Some("gamma"),
            vec![],
            Some(d("2022-06-04")),
            Reason::WeekendRule
        )
    );
    assert!(working(c, "2022-06-08"));
}

// ---------------------------------------------------------------------------------------------
// Year end and leap day
// ---------------------------------------------------------------------------------------------

#[test]
fn the_year_end_gives_days_off_in_january() {
    let c = cal(
        vec![hol("eve", 12, 31, Moved), hol("new-year", 1, 1, Moved)],
        vec![rule(NEXT)],
    );
    // Sat 31 Dec 2022, Sun 1 Jan 2023 → Mon 2 Jan (eve), Tue 3 Jan (new year).
    assert_eq!(at(c, "2023-01-02").1, Some("eve"));
    assert_eq!(at(c, "2023-01-02").3, Some(d("2022-12-31")));
    assert_eq!(at(c, "2023-01-03").1, Some("new-year"));
    assert!(working(c, "2023-01-04"));
    let dates = |y| {
        c.special_days(y)
            .into_iter()
            .map(|x| x.date.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(dates(2022), ["2022-01-01", "2022-01-03", "2022-12-31"]);
    assert_eq!(
        dates(2023),
        ["2023-01-01", "2023-01-02", "2023-01-03", "2023-12-31"]
    );
    // Sun 31 Dec 2023, Mon 1 Jan 2024 a holiday → Tue 2 Jan 2024.
    assert_eq!(at(c, "2024-01-02").3, Some(d("2023-12-31")));
    // Outside the known years the same rules apply, provisionally.
    let i = c.day(d("2028-01-03")); // Sat 1 Jan 2028 → Mon 3 Jan
    assert_eq!((i.kind, i.provisional), (DayOff, true));
}

#[test]
fn a_leap_day_holiday() {
    let c = cal(vec![hol("leap", 2, 29, Moved)], vec![rule(NEXT)]);
    // Sat 29 Feb 2020 → Mon 2 Mar 2020.
    assert_eq!(at(c, "2020-03-02").3, Some(d("2020-02-29")));
    // 2021 has no 29 February: nothing, and no panic.
    assert!(c.special_days(2021).is_empty());
    assert!(working(c, "2021-03-01"));
    // Thu 29 Feb 2024: a holiday, nothing moves.
    assert_eq!(at(c, "2024-02-29").0, Hday);
    assert!(working(c, "2024-03-01"));
    assert!(c.special_days(2100).is_empty()); // not a leap year
}

// ---------------------------------------------------------------------------------------------
// Both names everywhere
// ---------------------------------------------------------------------------------------------

#[test]
fn calendar_output_lists_both_holidays() {
    let c = cal(
        vec![hol("alpha", 6, 8, Moved), hol("beta", 6, 8, Moved)],
        vec![rule(NEXT)],
    );
    let days = year::days(c, 2022, Lang::Ru);
    let day = days.iter().find(|x| x.date == "2022-06-08").unwrap();
    // Made-up names have no message: each is worded as its ID.
    assert_eq!(day.name.as_deref(), Some("alpha"));
    assert_eq!(day.name_id, Some("alpha"));
    assert_eq!(day.also, ["beta"]);
    assert_eq!(day.also_ids, ["beta"]);
    let v = serde_json::to_value(day).unwrap();
    assert_eq!(v["also"], serde_json::json!(["beta"]));
    assert_eq!(v["alsoIds"], serde_json::json!(["beta"]));
    assert_eq!(v["alsoNames"][0]["kk"], "beta");
    // A day with one holiday: empty lists, always present.
    let c = cal(vec![hol("alpha", 6, 8, Moved)], vec![rule(NEXT)]);
    let v = serde_json::to_value(&year::days(c, 2022, Lang::En)[0]).unwrap();
    assert_eq!(v["also"], serde_json::json!([]));
    assert_eq!(v["alsoNames"], serde_json::json!([]));
    assert_eq!(v["alsoIds"], serde_json::json!([]));
    // DayInfo serialises `also` only when there is something.
    let v = serde_json::to_value(c.day(d("2022-06-08"))).unwrap();
    assert!(v.get("also").is_none());
}

#[test]
fn counting_steps_name_both_holidays() {
    let c = cal(
        vec![hol("alpha", 6, 8, Moved), hol("beta", 6, 8, Moved)],
        vec![rule(NEXT)],
    );
    let counted = count::count(
        c,
        d("2022-06-07"),
        CountRule {
            days: 3,
            unit: Unit::Working,
            start: Start::EventDay,
            roll_forward: false,
        },
    );
    assert_eq!(counted.due_date, d("2022-06-10")); // Tue 7, (Wed 8 holiday), Thu 9, Fri 10
    let step = counted
        .steps
        .iter()
        .find(|s| s.date == d("2022-06-08"))
        .unwrap();
    assert_eq!(step.also.len(), 1);
    let v = serde_json::to_value(step).unwrap();
    // In the facts a name is a message reference: `{ id, args }`.
    assert_eq!(v["also"][0]["id"], "beta");
    let lines: Vec<String> = count::render(&counted, msg::ARRIVAL)
        .iter()
        .map(|t| tirkeu::i18n::word_in(Lang::En, t).unwrap())
        .collect();
    assert!(
        lines.iter().any(|l| l.contains("alpha; beta")),
        "{lines:#?}"
    );
    let lines: Vec<String> = count::render(&counted, msg::ARRIVAL)
        .iter()
        .map(|t| tirkeu::i18n::word_in(Lang::Zh, t).unwrap())
        .collect();
    assert!(
        lines.iter().any(|l| l.contains("alpha；beta")),
        "{lines:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Property: the rules give exactly the days off they owe
// ---------------------------------------------------------------------------------------------

fn on_weekend() -> impl Strategy<Value = OnWeekend> {
    prop_oneof![Just(Moved), Just(Moved), Just(NotMoved), Just(ByDecree)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// For made-up holidays (several may share a day) under any combination of the two rules:
    /// every holiday is kept under its date; every day off stands on a free working day after
    /// the day it comes from; and the days off coming from year `y`'s holidays are exactly as
    /// many as the rules owe, counted from the data alone.
    #[test]
    fn the_rules_give_what_they_owe(
        // Few months, so that holidays often share a day, and December for the year's end.
        raw in prop::collection::vec(
            (prop_oneof![Just(1u32), Just(2), Just(12)], 1u32..=31, on_weekend()),
            0..10,
        ),
        next in any::<bool>(),
        collide in any::<bool>(),
        y in 2019i32..=2024,
    ) {
        const IDS: [&str; 10] = ["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9"];
        let holidays: Vec<Holiday> = raw
            .iter()
            .enumerate()
            .map(|(i, &(m, dd, w))| hol(IDS[i], m, dd, w))
            .collect();
        let mut rules = Vec::new();
        if next { rules.push(rule(NEXT)); }
        if collide { rules.push(rule(COLLIDE)); }
        let c = cal(holidays.clone(), rules);

        // Holidays: each date holds all its holidays, in data order.
        let mut owed = 0;
        // (31 February is no date: such a holiday does not exist.)
        let mut dates: Vec<NaiveDate> = holidays
            .iter()
            .filter_map(|h| NaiveDate::from_ymd_opt(y, h.month, h.day))
            .collect();
        dates.sort();
        dates.dedup();
        for &date in &dates {
            let here: Vec<&Holiday> = holidays
                .iter()
                .filter(|h| (h.month, h.day) == (date.month(), date.day()))
                .collect();
            let i = c.day(date);
            prop_assert_eq!(i.kind, Hday);
            let mut got = vec![i.name.unwrap()];
            got.extend(i.also.iter().copied());
            prop_assert_eq!(got, here.iter().map(|h| h.id).collect::<Vec<_>>());
            let moved = here.iter().filter(|h| h.on_weekend == Moved).count();
            let weekend = date.weekday().num_days_from_monday() >= 5;
            if moved > 0 {
                owed += usize::from(next && weekend);
                if collide && moved >= 2 { owed += moved - 1; }
            }
        }

        // Days off: from y's holidays, found in y or y+1, on free working days after them.
        let mut given = 0;
        for yy in [y, y + 1] {
            let special = c.special_days(yy);
            for x in &special {
                if x.kind != DayOff { continue; }
                let from = x.moved_from.unwrap();
                prop_assert!(from < x.date);
                prop_assert!(x.date.weekday().num_days_from_monday() < 5);
                prop_assert!(dates.contains(&from) || from.year() != y);
                if from.year() == y { given += 1; }
            }
            prop_assert!(special.windows(2).all(|w| w[0].date < w[1].date));
        }
        prop_assert_eq!(given, owed);
    }
}

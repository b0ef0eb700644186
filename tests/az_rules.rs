//! Azerbaijan: what needs more than the equalities of `tests/cases/az/*.toml` — properties of
//! the counts back from a day (every day 2015–2027), the readings' order, the fines' first day,
//! and the wording in every language. Expected dates are worked by hand from the cited rule.

mod common;
use chrono::NaiveDate;
use common::{eval, iso, none, one};
use proptest::prelude::*;
use serde_json::json;
use tirkeu::count::{count, CountRule, Start, Unit};
use tirkeu::date::ymd;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn az() -> &'static tirkeu::rules::Country {
    tirkeu::countries::find("AZ").expect("Azerbaijan is a destination")
}

#[test]
fn no_alternative_is_ever_earlier_and_a_later_only_reading_is_never_the_same() {
    // Reference convention 5: the engine uses the earliest reading; the data lists it first.
    // A reading shown only when later (Azerbaijan's roll-forward of registration, Russia's
    // departure notice on the next working day) must never be earlier either, and is later only
    // because the rule's day is non-working. Every country's rules, every day 2015–2027.
    let mut checked = 0;
    for country in tirkeu::countries::ALL {
        let cal = (country.calendar)();
        let mut day = ymd(2015, 1, 1);
        while day <= ymd(2027, 12, 31) {
            for r in country
                .obligations
                .iter()
                .filter(|r| r.in_force.contains(day))
            {
                let due = count(cal, day, r.count).due_date;
                for alt in r.alternatives {
                    let other = count(cal, day, alt.count).due_date;
                    assert!(other >= due, "{} on {day}", r.id);
                    if alt.only_if_later && other > due {
                        assert!(!cal.is_working_day(due), "{} on {day}", r.id);
                    }
                    checked += 1;
                }
            }
            day = day.succ_opt().unwrap();
        }
    }
    assert!(checked > 20000, "{checked}");
}

#[test]
fn the_roll_forward_reading_appears_only_on_a_non_working_last_day() {
    // GE, entry Wed 3 Jun 2026: day 15 = Thu 18 Jun, a working day → no other reading.
    let a = eval(
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2026-06-03", "exitDate": "2026-07-10"}),
    );
    let r = one(&a, "registration");
    assert_eq!(iso(r.due_date), "2026-06-18");
    assert!(r.alternatives.is_empty());
    // GE, entry Fri 9 Oct 2026: day 15 = Sat 24 Oct; Sun 25 → Mon 26 Oct, said "later".
    let a = eval(
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2026-10-09", "exitDate": "2026-11-30"}),
    );
    let r = one(&a, "registration");
    assert_eq!(iso(r.due_date), "2026-10-24");
    assert_eq!(r.alternatives.len(), 1);
    assert_eq!(iso(r.alternatives[0].due_date), "2026-10-26");
    assert_eq!(r.alternatives[0].compared, "later");
}

#[test]
fn months_back_keep_the_day_or_take_the_shorter_months_last() {
    let cal = (az().calendar)();
    let rule = CountRule {
        days: 3,
        unit: Unit::Month,
        start: Start::Before,
        roll_forward: false,
    };
    // 31 Dec 2026 − 3 months = 30 Sep (September has 30 days); 31 May 2026 → 28 Feb 2026;
    // 31 May 2024 → 29 Feb 2024 (leap year); 15 Jan 2027 → 15 Oct 2026 (across the year end).
    for (event, due) in [
        ("2026-12-31", "2026-09-30"),
        ("2026-05-31", "2026-02-28"),
        ("2024-05-31", "2024-02-29"),
        ("2027-01-15", "2026-10-15"),
    ] {
        let c = count(cal, d(event), rule);
        assert_eq!(iso(c.due_date), due, "{event}");
        assert_eq!(c.steps.first().map(|s| s.due), Some(true));
        assert_eq!(c.steps.last().map(|s| s.event_day), Some(true));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// "At least N days before": N days remain strictly after the due date, up to and including
    /// the event, and the due date is the latest such day.
    #[test]
    fn counted_back_n_days_remain(y in 2015i32..=2027, doy in 0u32..365, days in 1u32..=60, working in any::<bool>()) {
        let cal = (az().calendar)();
        let event = ymd(y, 1, 1) + chrono::Days::new(u64::from(doy));
        let unit = if working { Unit::Working } else { Unit::Calendar };
        let c = count(cal, event, CountRule { days, unit, start: Start::Before, roll_forward: false });
        prop_assert!(c.due_date < event);
        let remaining = |from: NaiveDate| {
            let mut n = 0;
            let mut x = from.succ_opt().unwrap();
            while x <= event {
                if !working || cal.is_working_day(x) { n += 1; }
                x = x.succ_opt().unwrap();
            }
            n
        };
        prop_assert!(remaining(c.due_date) >= days);
        prop_assert!(remaining(c.due_date.succ_opt().unwrap()) < days);
        // Steps in date order, from the due date to the event, one due.
        prop_assert!(c.steps.windows(2).all(|w| w[0].date < w[1].date));
        prop_assert_eq!(c.steps.first().unwrap().date, c.due_date);
        prop_assert_eq!(c.steps.last().unwrap().date, event);
        prop_assert_eq!(c.steps.iter().filter(|s| s.due).count(), 1);
    }
}

#[test]
fn fines_start_with_the_code_of_1_march_2016_a_leap_day_before() {
    // 10-day rule (before 14 July 2018). GE entry Thu 18 Feb 2016: day 1 Fri 19 … day 10 Sun 28
    // Feb; a fine would run from Mon 29 Feb, before the Code of Administrative Offences of 2015
    // took effect: no penalty shown, and the note says why.
    let a = eval(
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2016-02-18", "exitDate": "2016-04-01"}),
    );
    let r = one(&a, "registration");
    assert_eq!(iso(r.due_date), "2016-02-28");
    assert!(r.penalty.is_none());
    assert!(a.warnings.iter().any(|w| w.code == "az-no-penalty-data"));
    // Entry Fri 19 Feb 2016: day 10 = Mon 29 Feb (leap day); a fine runs from Tue 1 Mar 2016.
    let a = eval(
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2016-02-19", "exitDate": "2016-04-01"}),
    );
    let r = one(&a, "registration");
    assert_eq!(iso(r.due_date), "2016-02-29");
    let p = r.penalty.as_ref().expect("Art. 577/575 from 1 March 2016");
    let lines: Vec<(&str, Option<u64>, Option<u64>)> = p
        .lines
        .iter()
        .map(|l| (l.party, l.amount, l.amount_max))
        .collect();
    assert_eq!(
        lines,
        [
            ("individual", Some(300), Some(500)),
            ("organization", Some(300), Some(500)),
            ("organization", Some(2000), Some(3000)),
            ("foreigner", Some(300), Some(400)),
        ]
    );
    assert_eq!(p.currency, "AZN");
    assert!(p
        .lines
        .iter()
        .all(|l| l.units.is_none() && l.sanction == "fine"));
}

#[test]
fn a_permit_bounds_the_stay_and_brings_its_own_deadlines() {
    // TRP valid to Thu 31 Dec 2026: permanent permit at least 3 months before → Wed 30 Sep;
    // renewal at least 30 days before → 31 Dec − 30 = Tue 1 Dec (2 Dec … 31 Dec = 30 days);
    // passport replaced Wed 20 May 2026 → 10 working days → Mon 8 Jun (Qurban 27–29 May).
    let a = eval(
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2026-01-10", "exitDate": "2026-12-20",
        "permit": {"kind": "temporary", "validUntil": "2026-12-31", "changedOn": "2026-05-20"}}),
    );
    assert_eq!(
        iso(one(&a, "permanent-residence-permit").due_date),
        "2026-09-30"
    );
    assert_eq!(
        iso(one(&a, "temporary-residence-permit").due_date),
        "2026-12-01"
    );
    assert_eq!(
        one(&a, "temporary-residence-permit").trigger.kind,
        "permit-expiry"
    );
    assert_eq!(iso(one(&a, "permit-data-change").due_date), "2026-06-08");
    none(&a, "registration");
    none(&a, "stay-extension");
    assert!(common::exempt(&a, "registration"));
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2026-12-31"));
    assert_eq!(a.stay.overstay_days, None);
    // A permanent permit: its renewal 3 months before; no temporary-permit deadlines.
    let a = eval(
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2026-01-10",
        "permit": {"kind": "permanent", "validUntil": "2027-05-31"}}),
    );
    assert_eq!(
        iso(one(&a, "permanent-residence-permit").due_date),
        "2027-02-28"
    );
    none(&a, "temporary-residence-permit");
    none(&a, "permit-data-change");
}

#[test]
fn a_permit_counted_back_to_before_the_entry_is_a_warning_not_a_past_date() {
    // Qatar: 30 days, Sun 1 Feb 2026 → last day Mon 2 Mar; 30 days before = Sat 31 Jan, the
    // day before entry: no date in the past, a warning instead. The extension: Mon 2 Mar =
    // working day 1, Fri 27 Feb = 2, Thu 26 Feb = 3 → due the day before, Wed 25 Feb.
    let a = eval(
        json!({"destination": "AZ", "citizenship": "QA", "entryDate": "2026-02-01", "exitDate": "2026-03-20"}),
    );
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2026-03-02"));
    none(&a, "temporary-residence-permit");
    assert!(a.warnings.iter().any(|w| w.code == "too-late-in-country"));
    assert_eq!(iso(one(&a, "stay-extension").due_date), "2026-02-25");
    // Leaving in time: neither permit nor extension is asked.
    let a = eval(
        json!({"destination": "AZ", "citizenship": "QA", "entryDate": "2026-02-01", "exitDate": "2026-03-02"}),
    );
    none(&a, "temporary-residence-permit");
    none(&a, "stay-extension");
    assert!(!a.warnings.iter().any(|w| w.code == "too-late-in-country"));
}

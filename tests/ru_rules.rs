//! Russia: what needs more than the equalities of `tests/cases/ru/*.toml` — the regional days
//! off as warnings that never change the federal count. Dates worked by hand from
//! `src/countries/ru/calendar.rs` and docs/research/ru.md §10.

mod common;
use common::{eval, iso, one};
use serde_json::json;

#[test]
fn a_regional_day_off_in_the_count_is_a_warning_not_a_day_skipped() {
    // AZ citizen (no exemption), entry Mon 16 Mar 2026, staying to 30 Apr: day 1 Tue 17,
    // Wed 18 = 2, Thu 19 = 3, Fri 20 = 4 (Uraza Bayram: a day off in Tatarstan and
    // Bashkortostan only, a federal working day), Mon 23 = 5, Tue 24 = 6, Wed 25 = 7.
    let a = eval(
        json!({"destination": "RU", "citizenship": "AZ", "entryDate": "2026-03-16", "exitDate": "2026-04-30"}),
    );
    assert_eq!(iso(one(&a, "host-notification").due_date), "2026-03-25");
    let w: Vec<&str> = a
        .warnings
        .iter()
        .filter(|w| w.code == "regional-day")
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("20 Mar 2026")
            && w[0].contains("Tatarstan")
            && w[0].contains("Bashkortostan"),
        "{}",
        w[0]
    );
    // Entry Fri 20 Mar itself: the count starts the day after, so the day is not within it.
    let a = eval(
        json!({"destination": "RU", "citizenship": "AZ", "entryDate": "2026-03-20", "exitDate": "2026-04-30"}),
    );
    assert!(!a.warnings.iter().any(|w| w.code == "regional-day"));
    // In Russian, the regions in the prepositional case.
    let a = eval(
        json!({"destination": "RU", "citizenship": "AZ", "entryDate": "2026-03-16", "exitDate": "2026-04-30", "lang": "ru"}),
    );
    let m = &a
        .warnings
        .iter()
        .find(|w| w.code == "regional-day")
        .unwrap()
        .message;
    assert!(m.contains("в Татарстане и Башкортостане"), "{m}");
}

#[test]
fn an_estimated_regional_day_says_it_is_estimated() {
    // 2027: the republics' decrees are not out; Uraza Bayram expected Tue 9 Mar 2027. AZ entry
    // Fri 5 Mar 2027: Sat 6, Sun 7 weekend, Mon 8 Women's Day, Tue 9 = 1 (federal working day).
    let a = eval(
        json!({"destination": "RU", "citizenship": "AZ", "entryDate": "2027-03-05", "exitDate": "2027-04-30"}),
    );
    let m = &a
        .warnings
        .iter()
        .find(|w| w.code == "regional-day")
        .unwrap()
        .message;
    assert!(
        m.contains("9 Mar 2027") && m.contains("not yet known"),
        "{m}"
    );
}

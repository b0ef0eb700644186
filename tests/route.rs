//! Across borders (issue 15): `compare` and `itinerary`. Hand-worked routes from the cited rules
//! of each country (docs/research/kz.md, az.md, ru.md), and properties: each row of `compare`
//! is `evaluate()` with its destination, each leg of `itinerary` is `evaluate()` of the leg with
//! the earlier legs in the same country as its trips.

mod common;
use proptest::prelude::*;
use serde_json::{json, Value};
use tirkeu::json::Json;

fn j(v: Value) -> Json {
    serde_json::from_value(v).unwrap()
}

fn itinerary(v: Value) -> tirkeu::route::Itinerary {
    tirkeu::route::itinerary(&j(v.clone())).unwrap_or_else(|e| panic!("{v}: {e}"))
}

fn itinerary_err(v: Value) -> tirkeu::InputError {
    match tirkeu::route::itinerary(&j(v.clone())) {
        Ok(_) => panic!("{v}: expected an error"),
        Err(e) => e,
    }
}

/// The due date of the route's obligation of `kind` in leg `leg`.
fn due(r: &tirkeu::route::Itinerary, leg: usize, kind: &str) -> String {
    let o: Vec<_> = r
        .obligations
        .iter()
        .filter(|o| o.leg == leg && o.kind.as_str() == kind)
        .collect();
    assert_eq!(o.len(), 1, "leg {leg} {kind}: {:?}", r.obligations);
    tirkeu::date::iso(o[0].due_date)
}

#[test]
fn a_chinese_traveller_through_all_three_and_back() {
    let r = itinerary(json!({
        "citizenship": "CN",
        "legs": [
            {"destination": "KZ", "entryDate": "2026-04-01", "exitDate": "2026-04-20", "accommodation": "hotel"},
            {"destination": "AZ", "entryDate": "2026-04-20", "exitDate": "2026-05-15"},
            {"destination": "RU", "entryDate": "2026-05-15", "exitDate": "2026-06-05", "visa": "tourist"},
            {"destination": "KZ", "entryDate": "2026-06-05", "exitDate": "2026-06-20", "accommodation": "hotel"}
        ]
    }));
    // Kazakhstan: 3 working days, the arrival day 1: Wed 1 Apr, Thu 2, Fri 3 Apr 2026.
    assert_eq!(due(&r, 0, "host-notification"), "2026-04-03");
    // Azerbaijan: 25 days > 15: registration by entry + 15 = Tue 5 May 2026, a working day.
    assert_eq!(due(&r, 1, "registration"), "2026-05-05");
    // Russia: 7 working days from the day after Fri 15 May: Mon 18 … Tue 26 May 2026; the
    // migration card on the day of entry.
    assert_eq!(due(&r, 2, "host-notification"), "2026-05-26");
    assert_eq!(due(&r, 2, "migration-card"), "2026-05-15");
    // Back in Kazakhstan: Fri 5 Jun = 1, Mon 8 = 2, Tue 9 Jun = 3.
    assert_eq!(due(&r, 3, "host-notification"), "2026-06-09");
    // The April stay counts against China's 90 in 180 in Kazakhstan: 20 days (1–20 Apr) used.
    let kz2 = &r.legs[3].stay;
    let rolling = kz2
        .limits
        .iter()
        .find(|l| matches!(l.limit, tirkeu::stay::Limit::Rolling { .. }))
        .unwrap();
    assert_eq!(rolling.days_used_before, 20);
    // Last lawful days: 30 per entry in Kazakhstan (1 Apr → 30 Apr) and Azerbaijan
    // (20 Apr → 19 May); Russia on a visa: bounded by the visa.
    assert_eq!(
        r.legs[0].stay.last_day.map(common::iso).as_deref(),
        Some("2026-04-30")
    );
    assert_eq!(
        r.legs[1].stay.last_day.map(common::iso).as_deref(),
        Some("2026-05-19")
    );
    assert_eq!(r.legs[2].stay.last_day, None);
    // The list is by due date; the route is said once to count each country apart.
    let dates: Vec<_> = r.obligations.iter().map(|o| o.due_date).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    assert!(r.warnings.iter().any(|w| w.code == "limits-per-country"));
}

#[test]
fn a_kazakh_citizens_route() {
    let r = itinerary(json!({
        "citizenship": "KZ",
        "legs": [
            {"destination": "AZ", "entryDate": "2026-06-01", "exitDate": "2026-07-02"},
            {"destination": "RU", "entryDate": "2026-07-02", "exitDate": "2026-07-25"}
        ]
    }));
    // Azerbaijan, 30 days for citizens of Kazakhstan: 1 Jun + 30 = Wed 1 Jul 2026 (C8).
    assert_eq!(due(&r, 0, "registration"), "2026-07-01");
    // Russia: 24 days within the 30-day exemption: no notification, the exemption said.
    assert!(!r
        .obligations
        .iter()
        .any(|o| o.leg == 1 && o.kind.as_str() == "host-notification"));
    assert!(r.legs[1]
        .exemptions
        .iter()
        .any(|e| e.rule == "ru-exempt-30"));
    assert_eq!(due(&r, 1, "migration-card"), "2026-07-02");
}

#[test]
fn a_russian_citizens_calendar_year_across_31_december() {
    let r = itinerary(json!({
        "citizenship": "RU",
        "legs": [
            {"destination": "AZ", "entryDate": "2025-09-01", "exitDate": "2025-11-25"},
            {"destination": "KZ", "entryDate": "2025-11-25", "exitDate": "2025-12-20"},
            {"destination": "AZ", "entryDate": "2025-12-20", "exitDate": "2025-12-23"},
            {"destination": "KZ", "entryDate": "2025-12-23", "exitDate": "2026-01-05"},
            {"destination": "AZ", "entryDate": "2026-01-05", "exitDate": "2026-02-01"}
        ]
    }));
    // Azerbaijan, registration of the first leg: Mon 1 Sep 2025 + 15 = Tue 16 Sep, working.
    assert_eq!(due(&r, 0, "registration"), "2025-09-16");
    // The first leg's 86 days of 2025 (Sep 30 + Oct 31 + Nov 25) leave 4: 20–23 Dec 2025.
    assert_eq!(
        r.legs[2].stay.last_day.map(common::iso).as_deref(),
        Some("2025-12-23")
    );
    assert_eq!(r.legs[2].stay.overstay_days, None);
    // A new calendar year: 90 again, and 90 per stay: 5 Jan + 89 = Sat 4 Apr 2026.
    assert_eq!(
        r.legs[4].stay.last_day.map(common::iso).as_deref(),
        Some("2026-04-04")
    );
    // Kazakhstan counts its own days: the Azerbaijani days are not in its 90 in 180.
    let kz = &r.legs[3].stay;
    let used: u32 = kz.limits.iter().map(|l| l.days_used_before).max().unwrap();
    assert_eq!(used, 26, "25 Nov – 20 Dec 2025 in Kazakhstan: 26 days");
}

#[test]
fn route_errors_name_the_leg() {
    let e = itinerary_err(json!({"citizenship": "CN", "legs": [
        {"destination": "KZ", "entryDate": "2026-04-01", "exitDate": "2026-04-20"},
        {"destination": "AZ", "entryDate": "2026-04-19", "exitDate": "2026-05-15"}]}));
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("trip-overlap", "legs[1].entryDate")
    );
    let e = itinerary_err(json!({"citizenship": "KZ", "lang": "ru", "legs": [
        {"destination": "KZ", "entryDate": "2026-04-01", "exitDate": "2026-04-20"}]}));
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("citizen-of-destination", "legs[0].destination")
    );
    let e = itinerary_err(json!({"citizenship": "CN", "legs": [
        {"destination": "KZ", "entryDate": "2026-04-01"},
        {"destination": "AZ", "entryDate": "2026-04-19"}]}));
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("missing-field", "legs[0].exitDate")
    );
    let e = itinerary_err(json!({"citizenship": "CN", "lang": "ru", "legs": [
        {"destination": "KZ", "entryDate": "2026-04-01", "exitDate": "2026-04-20"},
        {"destination": "AZ", "entryDate": "2026-02-30"}]}));
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("invalid-date", "legs[1].entryDate")
    );
    assert!(e.message.contains("этап 2"), "{}", e.message);
    let e = itinerary_err(json!({"citizenship": "CN", "legs": []}));
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("out-of-range", "legs")
    );
}

#[test]
fn compare_gives_each_country_or_why_not() {
    let s = json!({"citizenship": "DE", "entryDate": "2026-06-01", "exitDate": "2026-06-25"});
    let rows =
        tirkeu::route::compare(&j(s.clone()), &j(json!(["KZ", "AZ", "RU", "DE", "XX"]))).unwrap();
    let dest: Vec<&str> = rows.iter().map(|r| r.destination.as_str()).collect();
    assert_eq!(dest, ["KZ", "AZ", "RU", "DE", "XX"]);
    // Russia: 7 working days from the day after Mon 1 Jun 2026: Tue 2 … Wed 10 Jun.
    let ru = rows[2].assessment.as_ref().unwrap();
    assert_eq!(
        common::iso(common::one(ru, "host-notification").due_date),
        "2026-06-10"
    );
    // Azerbaijan: 24 days > 15: 1 Jun + 15 = Tue 16 Jun 2026, a working day.
    let az = rows[1].assessment.as_ref().unwrap();
    assert_eq!(
        common::iso(common::one(az, "registration").due_date),
        "2026-06-16"
    );
    assert_eq!(
        rows[3].error.as_ref().map(|e| e.code.as_str()),
        Some("unsupported-destination")
    );
    assert_eq!(
        rows[4].error.as_ref().map(|e| e.code.as_str()),
        Some("unknown-country")
    );
    let e = tirkeu::route::compare(&j(s), &j(json!("KZ"))).unwrap_err();
    assert_eq!(e.field, "countries");
}

/// A random route of 1–5 legs in the three countries, consecutive or with gaps.
fn route() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec!["CN", "DE", "GE", "UZ", "KG", "TR", "US", "AM"]),
        0i64..3000,
        prop::collection::vec(
            (
                prop::sample::select(vec!["KZ", "AZ", "RU"]),
                0i64..40,
                1i64..100,
                prop::sample::select(vec!["private", "hotel", "organization"]),
                prop::sample::select(vec!["none", "tourist", "e-visa"]),
            ),
            1..6,
        ),
        prop::sample::select(vec!["en", "ru", "kk", "zh"]),
    )
        .prop_map(|(cit, start, legs, lang)| {
            let mut d = tirkeu::date::add_days(tirkeu::date::ymd(2015, 3, 1), start);
            let legs: Vec<Value> = legs
                .into_iter()
                .map(|(dest, gap, len, acc, visa)| {
                    let entry = tirkeu::date::add_days(d, gap);
                    let exit = tirkeu::date::add_days(entry, len);
                    d = exit;
                    json!({"destination": dest, "entryDate": tirkeu::date::iso(entry),
                        "exitDate": tirkeu::date::iso(exit), "accommodation": acc, "visa": visa})
                })
                .collect();
            json!({"citizenship": cit, "lang": lang, "legs": legs})
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn each_leg_is_its_own_evaluate(r in route()) {
        let Ok(it) = tirkeu::route::itinerary(&j(r.clone())) else { return Ok(()) };
        let legs = r["legs"].as_array().unwrap();
        for (i, leg) in legs.iter().enumerate() {
            let trips: Vec<Value> = legs[..i]
                .iter()
                .filter(|l| l["destination"] == leg["destination"])
                .map(|l| json!({"entryDate": l["entryDate"], "exitDate": l["exitDate"]}))
                .collect();
            let mut s = leg.clone();
            s["citizenship"] = r["citizenship"].clone();
            s["lang"] = r["lang"].clone();
            s["trips"] = json!(trips);
            let a = tirkeu::evaluate_json(&j(s)).unwrap();
            prop_assert_eq!(serde_json::to_value(&a).unwrap(), serde_json::to_value(&it.legs[i]).unwrap());
        }
        let n: usize = it.legs.iter().map(|a| a.obligations.len()).sum();
        prop_assert_eq!(it.obligations.len(), n);
    }

    #[test]
    fn each_compare_row_is_its_own_evaluate(r in route()) {
        let leg = &r["legs"][0];
        let mut s = leg.clone();
        s["citizenship"] = r["citizenship"].clone();
        s["lang"] = r["lang"].clone();
        let rows = tirkeu::route::compare(&j(s.clone()), &j(json!(["KZ", "AZ", "RU"]))).unwrap();
        for row in rows {
            let mut one = s.clone();
            one["destination"] = json!(row.destination);
            match tirkeu::evaluate_json(&j(one)) {
                Ok(a) => prop_assert_eq!(serde_json::to_value(&a).unwrap(), serde_json::to_value(row.assessment.unwrap()).unwrap()),
                Err(e) => prop_assert_eq!(e, row.error.unwrap()),
            }
        }
    }
}

fn plan(v: Value) -> tirkeu::plan::Plan {
    tirkeu::plan::plan(&j(v.clone())).unwrap_or_else(|e| panic!("{v}: {e}"))
}

#[test]
fn planning_ahead_with_a_planned_trip_after_the_stay() {
    // Kazakhstan, a citizen of China (30 per entry, 90 in any 180 since 10 Nov 2023): 1–30 Apr
    // 2026 done (30 days), 1–30 Jun 2026 planned (30 days). From Sun 10 May: the stay must end
    // before 1 June (22 days: 10–31 May); April 30 + May 22 + June 30 = 82 ≤ 90, so June still
    // fits. A 30-day stay fits first from Wed 1 Jul: the 180 days ending Thu 30 Jul (1 Feb –
    // 30 Jul) hold 30 + 30 + 30 = 90; on 31 Jul they would hold 91.
    let p = plan(
        json!({"destination": "KZ", "citizenship": "CN", "entryDate": "2026-05-10", "days": 30,
        "trips": [{"entryDate": "2026-06-01", "exitDate": "2026-06-30"}, {"entryDate": "2026-04-01", "exitDate": "2026-04-30"}]}),
    );
    assert_eq!(p.available, Some(22));
    assert_eq!(p.last_day.map(common::iso).as_deref(), Some("2026-05-31"));
    let e = p.earliest.expect("a 30-day stay fits");
    assert_eq!(common::iso(e.entry_date), "2026-07-01");
    assert_eq!(e.last_day.map(common::iso).as_deref(), Some("2026-07-30"));
}

#[test]
fn planning_across_31_december_in_russia() {
    // Russia, a citizen of Azerbaijan: 90 days per calendar year since 2025. 10 Jan – 10 Mar 2026
    // done (31 − 9 + 28 + 10 = 60 days), 1–20 Oct planned (20). From 1 Jun: 10 days are left for
    // it (Jun 1–10) if October is to fit. A 30-day stay: none in 2026 after October (80 used);
    // entering Tue 22 Dec uses the last 10 days of 2026 up to 31 Dec, and 2027 starts a new
    // count: 22 Dec + 89 = Sun 21 Mar 2027 (per stay), within 2027's 90 (Jan 1 – Mar 21 = 80).
    // Entering 21 Dec would make 91 in 2026.
    let p = plan(
        json!({"destination": "RU", "citizenship": "AZ", "entryDate": "2026-06-01", "days": 30,
        "trips": [{"entryDate": "2026-01-10", "exitDate": "2026-03-10"}, {"entryDate": "2026-10-01", "exitDate": "2026-10-20"}]}),
    );
    assert_eq!(p.available, Some(10));
    assert_eq!(p.last_day.map(common::iso).as_deref(), Some("2026-06-10"));
    let e = p.earliest.expect("a 30-day stay fits");
    assert_eq!(common::iso(e.entry_date), "2026-12-22");
    assert_eq!(e.last_day.map(common::iso).as_deref(), Some("2027-03-21"));
}

#[test]
fn planning_errors_and_unbounded_stays() {
    let e = tirkeu::plan::plan(&j(json!({"destination": "RU", "citizenship": "AZ", "entryDate": "2026-06-01",
        "trips": [{"entryDate": "2026-01-10", "exitDate": "2026-03-10"}, {"entryDate": "2026-03-01", "exitDate": "2026-03-20"}]}))).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("trip-overlap", "trips[1].entryDate")
    );
    let e = tirkeu::plan::plan(&j(
        json!({"destination": "RU", "citizenship": "AZ", "entryDate": "2026-06-01", "days": 0}),
    ))
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("out-of-range", "days")
    );
    // Belarus in Russia: no limit; a visa holder: bounded by the visa, not by tirkeu's data.
    let p = plan(
        json!({"destination": "RU", "citizenship": "BY", "entryDate": "2026-06-01", "days": 200}),
    );
    assert_eq!(p.available, None);
    assert_eq!(
        p.earliest.map(|e| common::iso(e.entry_date)).as_deref(),
        Some("2026-06-01")
    );
}

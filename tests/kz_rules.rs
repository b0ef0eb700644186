//! Kazakhstan rules, case by case. Every expected date is worked by hand from the cited rule
//! and the counting conventions of docs/research/conventions.md; the comment shows the count.

mod common;
use common::*;
use serde_json::json;

#[test]
fn working_sunday_and_orthodox_christmas() {
    // Thu 2 Jan 2025 (holiday) → Fri 3 Jan day off (moved from Sun 5 Jan), Sat 4 weekend,
    // Sun 5 Jan made a working day = 1, Mon 6 = 2, Tue 7 Orthodox Christmas, Wed 8 = 3.
    let a = eval(json!({"destination": "KZ", "citizenship": "US", "entryDate": "2025-01-02"}));
    let n = one(&a, "host-notification");
    assert_eq!(iso(n.due_date), "2025-01-08");
    let kinds: Vec<(String, Option<u32>)> = n
        .steps
        .iter()
        .map(|s| (format!("{:?}", s.kind), s.counts_as))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("Holiday".into(), None),
            ("DayOff".into(), None),
            ("Weekend".into(), None),
            ("WorkingWeekend".into(), Some(1)),
            ("Working".into(), Some(2)),
            ("Holiday".into(), None),
            ("Working".into(), Some(3)),
        ]
    );
    assert!(
        n.steps_text
            .iter()
            .any(|l| l.contains("Sun 5 Jan 2025: Sunday made a working day")),
        "{:#?}",
        n.steps_text
    );
    assert!(n.steps[0].event_day && n.steps.last().unwrap().due);
}

#[test]
fn reform_of_11_january_2020_day_before_and_day_of() {
    let s = |entry: &str| json!({"destination": "KZ", "citizenship": "CN", "visa": "tourist", "entryDate": entry, "exitDate": "2020-01-25", "birthDate": "1985-01-01"});
    // 10 Jan 2020: the old regime: registration of a stay over 5 days by the 5th calendar day
    // (Fri 10 Jan = day 1 → Tue 14 Jan); no host notification rule yet; migration card.
    let a = eval(s("2020-01-10"));
    let r = one(&a, "registration");
    assert_eq!(iso(r.due_date), "2020-01-14");
    assert_eq!(r.who, "host");
    // The reading "5 working days": Fri 10 = 1, Mon 13 = 2, Tue 14 = 3, Wed 15 = 4, Thu 16 = 5.
    assert_eq!(iso(r.alternatives[0].due_date), "2020-01-16");
    // Before 2020 the receiving party also informed the internal affairs bodies within 3
    // working days (kz-2026 §7): Fri 10 Jan = 1, Mon 13 = 2, Tue 14 = 3; the next-day reading
    // Mon 13 = 1, Tue 14 = 2, Wed 15 = 3.
    let h = one(&a, "host-notification");
    assert_eq!(h.rule, "kz-host-notification-2015");
    assert_eq!(iso(h.due_date), "2020-01-14");
    assert_eq!(iso(h.alternatives[0].due_date), "2020-01-15");
    assert_eq!(iso(one(&a, "migration-card").due_date), "2020-01-10");
    assert!(
        a.warnings.iter().any(|w| w.code == "rule-change"),
        "the 11 Jan 2020 change is during the stay"
    );
    // 11 Jan 2020 (Sat): the new regime: host notification within 3 working days: Mon 13 = 1,
    // Tue 14 = 2, Wed 15 = 3; no registration for a 15-day stay.
    let a = eval(s("2020-01-11"));
    assert_eq!(iso(one(&a, "host-notification").due_date), "2020-01-15");
    none(&a, "registration");
    assert!(
        exempt(&a, "temporary-residence-permit")
            || a.obligations
                .iter()
                .all(|o| o.kind.as_str() != "temporary-residence-permit")
    );
}

#[test]
fn old_regime_exemptions() {
    let base = json!({"destination": "KZ", "citizenship": "CN", "visa": "business", "entryDate": "2018-05-14", "exitDate": "2018-06-30", "birthDate": "1980-01-01"});
    let a = eval(base.clone());
    assert_eq!(iso(one(&a, "registration").due_date), "2018-05-18"); // Mon 14 = day 1 → Fri 18 = day 5
                                                                     // Stay of 5 days: none needed.
    let mut s = base.clone();
    s["exitDate"] = json!("2018-05-18");
    let a = eval(s);
    none(&a, "registration");
    assert!(exempt(&a, "registration"));
    // Under 16: no registration, no migration card.
    let mut s = base.clone();
    s["birthDate"] = json!("2005-01-01");
    let a = eval(s);
    none(&a, "registration");
    none(&a, "migration-card");
    // Diplomatic passport.
    let mut s = base.clone();
    s["passport"] = json!("diplomatic");
    let a = eval(s);
    none(&a, "registration");
    none(&a, "migration-card");
    // Investor visa.
    let mut s = base;
    s["visa"] = json!("investor");
    let a = eval(s);
    none(&a, "registration");
    assert!(a.exemptions.iter().any(|e| e.rule == "kz-exempt-investor"));
}

#[test]
fn visa_free_2017_list_registered_at_border() {
    // A German visitor in 2018: 30 days visa-free, registered on entry by the border service.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2018-05-14", "exitDate": "2018-06-01"}),
    );
    none(&a, "registration");
    assert!(a
        .exemptions
        .iter()
        .any(|e| e.rule == "kz-exempt-border-registration"));
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2018-06-12")); // 14 May + 29
}

#[test]
fn fifteen_day_regime_2015_2016() {
    // 16 Jul 2015 – 31 Dec 2016: 15 days for the 18 countries (Singapore joined on 16 Jul 2015).
    let a = eval(json!({"destination": "KZ", "citizenship": "SG", "entryDate": "2016-03-01"}));
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2016-03-15"));
    assert!(a.warnings.iter().any(|w| w.code == "extend-15-day-stay"));
    // The day before, Singapore was not on the pilot list.
    // tirkeu's lists are incomplete, so that is "not known", never "visa required".
    let a = eval(json!({"destination": "KZ", "citizenship": "SG", "entryDate": "2015-07-15"}));
    assert_eq!(a.stay.last_day, None);
    assert!(a.warnings.iter().any(|w| w.code == "visa-free-unknown"));
    assert!(a.warnings.iter().all(|w| w.code != "visa-required"));
    // 2017: the 30-day list replaced it.
    let a = eval(json!({"destination": "KZ", "citizenship": "SG", "entryDate": "2017-01-01"}));
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2017-01-30"));
}

#[test]
fn limits_of_27_january_2023_day_before_and_day_of() {
    // 80 days in the 180 before: before the reform each entry started 30 new days.
    let trips = json!([{"entryDate": "2022-11-01", "exitDate": "2022-11-30"}, {"entryDate": "2022-12-05", "exitDate": "2023-01-03"}, {"entryDate": "2023-01-06", "exitDate": "2023-01-25"}]);
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2023-01-26", "trips": trips}),
    );
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2023-02-24"));
    // From 27 Jan 2023: 30 + 30 + 20 = 80 earlier days in the window, so 10 more: 27 Jan … 5 Feb.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2023-01-27", "trips": trips}),
    );
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2023-02-05"));
    assert!(a.warnings.iter().any(|w| w.code == "no-visa-run"));
}

#[test]
fn eaeu_90_in_180() {
    // A Russian citizen, 60 earlier days in the window: 30 more from 1 Mar 2024 → 30 Mar.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "RU", "entryDate": "2024-03-01", "trips": [{"entryDate": "2023-12-01", "exitDate": "2024-01-29"}]}),
    );
    assert_eq!(a.stay.regime, Some("kz-90-day"));
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2024-03-30"));
}

#[test]
fn self_registration_of_1_july_2026_day_before_and_day_of() {
    let s = |entry: &str, exit: &str| json!({"destination": "KZ", "citizenship": "RU", "entryDate": entry, "exitDate": exit, "birthDate": "1990-01-01"});
    let a = eval(s("2026-06-30", "2026-08-28"));
    none(&a, "registration");
    assert!(a.warnings.iter().any(|w| w.code == "rule-change"));
    let a = eval(s("2026-07-01", "2026-08-29"));
    let r = one(&a, "registration");
    assert_eq!(r.who, "foreigner");
    assert_eq!(iso(r.due_date), "2026-07-30"); // day 1 = 1 Jul, day 30 = 30 Jul
                                               // The host's notification is still computed: Wed 1 Jul = 1, Thu 2 = 2, Fri 3 = 3.
    assert_eq!(iso(one(&a, "host-notification").due_date), "2026-07-03");
    assert!(a
        .warnings
        .iter()
        .any(|w| w.code == "host-and-self-registration"));
    // A stay that ends by day 30 needs none.
    let a = eval(s("2026-07-01", "2026-07-30"));
    none(&a, "registration");
    // Without an exit date the registration is shown with its condition.
    let a = eval(json!({"destination": "KZ", "citizenship": "BY", "entryDate": "2026-07-01"}));
    let r = one(&a, "registration");
    assert!(
        r.conditional.as_deref().unwrap_or("").contains("30 days"),
        "{:?}",
        r.conditional
    );
    // Non-EAEU visitors do not self-register.
    none(
        &eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-07-01"})),
        "registration",
    );
}

#[test]
fn re_registration_and_host_notification_on_a_move() {
    let a = eval(json!({
        "destination": "KZ", "citizenship": "KG", "entryDate": "2026-09-01", "exitDate": "2026-11-20",
        "moves": [{"date": "2026-10-23", "accommodation": "hotel", "otherRegion": true}]
    }));
    // Re-registration within 5 working days, move day = 1: Fri 23 Oct = 1, Sat 24 / Sun 25,
    // Mon 26 = 2 (25 Oct 2026, Republic Day, is a Sunday → Mon 26 is a day off!). So:
    // Fri 23 = 1, Mon 26 day off, Tue 27 = 2, Wed 28 = 3, Thu 29 = 4, Fri 30 = 5.
    let rr = one(&a, "re-registration");
    assert_eq!(iso(rr.due_date), "2026-10-30");
    let moves: Vec<_> = obligations(&a, "host-notification")
        .into_iter()
        .filter(|o| o.trigger.kind == "move")
        .collect();
    assert_eq!(moves.len(), 1);
    assert_eq!(moves[0].who, "hotel");
    assert_eq!(iso(moves[0].due_date), "2026-10-28"); // Fri 23 = 1, Tue 27 = 2, Wed 28 = 3
}

#[test]
fn temporary_residence_permit_thresholds() {
    // A German staying 40 days in 2025: no permit can be had in Kazakhstan for a visa-free
    // German (AIFC iTRP FAQ), so no permit obligation; a `needs-visa` warning; 30 days from
    // Tue 1 Apr = Wed 30 Apr is a hard limit, the exit 10 May is 10 days over.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2025-04-01", "exitDate": "2025-05-10"}),
    );
    none(&a, "temporary-residence-permit");
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2025-04-30"));
    assert_eq!(a.stay.overstay_days, Some(10));
    let p = a.stay.penalty.as_ref().expect("overstay penalty");
    assert!(p.article.contains("517"));
    let w = a
        .warnings
        .iter()
        .find(|w| w.code == "needs-visa")
        .expect("needs-visa");
    assert!(w.message.contains("Wed 30 Apr 2025"), "{}", w.message);
    assert!(w.message.contains("before entering"), "{}", w.message);
    assert!(!w.sources.is_empty());
    // 20 days: nothing to say.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2025-04-01", "exitDate": "2025-04-20"}),
    );
    none(&a, "temporary-residence-permit");
    assert!(a.warnings.iter().all(|w| w.code != "needs-visa"));
    // Exactly 30 days (1–30 Apr) is inside; 31 days is one day beyond.
    let w = |exit: &str, c: &str, entry: &str| {
        eval(json!({"destination": "KZ", "citizenship": c, "entryDate": entry, "exitDate": exit}))
            .warnings
            .iter()
            .any(|w| w.code == "needs-visa")
    };
    assert!(!w("2025-04-30", "DE", "2025-04-01"));
    assert!(w("2025-05-01", "DE", "2025-04-01"));
    // Without an exit date it is said as a condition on the last lawful day.
    let a = eval(json!({"destination": "KZ", "citizenship": "US", "entryDate": "2025-04-01"}));
    let m = &a
        .warnings
        .iter()
        .find(|w| w.code == "needs-visa")
        .unwrap()
        .message;
    assert!(
        m.starts_with("If the stay goes beyond Wed 30 Apr 2025:"),
        "{m}"
    );
    // China (30 per entry since 10 Nov 2023), India and Iran (14 per entry): no permit route.
    // CN from Mon 2 Dec 2024: day 30 = Tue 31 Dec; IN from 2 Dec: day 14 = Sun 15 Dec.
    assert!(!w("2024-12-31", "CN", "2024-12-02") && w("2025-01-01", "CN", "2024-12-02"));
    assert!(!w("2024-12-15", "IN", "2024-12-02") && w("2024-12-16", "IN", "2024-12-02"));
    assert!(w("2024-12-16", "IR", "2024-12-02"));
    for c in ["CN", "IN", "IR", "GB", "US"] {
        none(
            &eval(
                json!({"destination": "KZ", "citizenship": c, "entryDate": "2024-12-02", "exitDate": "2025-03-01"}),
            ),
            "temporary-residence-permit",
        );
    }
    // Turkey: 90 in 180 since 8 Sep 2025 is a ceiling, not a permit route. From Mon 1 Dec 2025
    // with no earlier trips, day 90 = Sat 28 Feb 2026.
    assert!(!w("2026-02-28", "TR", "2025-12-01") && w("2026-03-01", "TR", "2025-12-01"));
    // An Armenian staying 100 days: TRP by day 90 (1 Apr + 89 = 29 Jun); no needs-visa.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "AM", "entryDate": "2025-04-01", "exitDate": "2025-07-09"}),
    );
    assert_eq!(
        iso(one(&a, "temporary-residence-permit").due_date),
        "2025-06-29"
    );
    assert!(a.warnings.iter().all(|w| w.code != "needs-visa"));
    // Azerbaijan, Tajikistan, Uzbekistan: a permit in the country beyond 30 days (day 30 = 30 Apr).
    for c in ["AZ", "TJ", "UZ"] {
        let a = eval(
            json!({"destination": "KZ", "citizenship": c, "entryDate": "2025-04-01", "exitDate": "2025-05-10"}),
        );
        assert_eq!(
            iso(one(&a, "temporary-residence-permit").due_date),
            "2025-04-30",
            "{c}"
        );
        assert!(a.warnings.iter().all(|w| w.code != "needs-visa"), "{c}");
    }
    // An Armenian child: no permit of its own.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "AM", "entryDate": "2025-04-01", "exitDate": "2025-07-09", "birthDate": "2015-06-01"}),
    );
    none(&a, "temporary-residence-permit");
    // Before 11 January 2020 the permit regime and its warning did not exist: a German staying
    // 40 days from 1 Apr 2019 gets the overstay, not `needs-visa`.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2019-04-01", "exitDate": "2019-05-10"}),
    );
    assert_eq!(a.stay.overstay_days, Some(10));
    assert!(a.warnings.iter().all(|w| w.code != "needs-visa"));
}

#[test]
fn exemptions_current_regime() {
    // No text of the 2020+ Rules exempting diplomats, crews or transit passengers from the host's
    // notification was found (docs/research/kz-visa-free.md §6): the notification stays, with a
    // note saying so; registration-type duties and the permit are exempt.
    // Uzbekistan: a citizenship with a permit route, so that the permit's exemptions show.
    let base = json!({"destination": "KZ", "citizenship": "UZ", "entryDate": "2025-09-01", "exitDate": "2025-10-20"});
    let mut s = base.clone();
    s["passport"] = json!("diplomatic");
    let a = eval(s);
    one(&a, "host-notification");
    assert!(a
        .warnings
        .iter()
        .any(|w| w.code == "diplomatic-notification-unsettled"));
    none(&a, "temporary-residence-permit");
    assert!(a
        .exemptions
        .iter()
        .any(|e| e.rule == "kz-exempt-diplomatic"));
    let mut s = base.clone();
    s["crew"] = json!(true);
    let a = eval(s);
    one(&a, "host-notification");
    none(&a, "temporary-residence-permit");
    assert!(a.warnings.iter().any(|w| w.code == "transit-notification"));
    let mut s = base;
    s["visa"] = json!("transit");
    let a = eval(s);
    assert!(a
        .exemptions
        .iter()
        .all(|e| e.kind.as_str() != "host-notification"));
}

#[test]
fn covid_suspension_of_the_unilateral_regime() {
    let last = |c: &str, entry: &str| {
        let a = eval(json!({"destination": "KZ", "citizenship": c, "entryDate": entry}));
        (
            a.stay.last_day.map(iso),
            a.warnings.iter().map(|w| w.code).collect::<Vec<_>>(),
        )
    };
    // The day before the (earliest reported) suspension: 30 days.
    assert_eq!(last("DE", "2020-03-15").0.as_deref(), Some("2020-04-13"));
    let (d, w) = last("DE", "2020-03-16");
    assert_eq!(d, None);
    assert!(w.contains(&"covid-suspension") && w.contains(&"visa-required"));
    // The UAE from May 2021; everyone else again from 1 January 2022.
    assert_eq!(last("AE", "2021-05-04").0.as_deref(), Some("2021-06-02"));
    assert_eq!(last("DE", "2021-12-31").0, None);
    assert_eq!(last("DE", "2022-01-01").0.as_deref(), Some("2022-01-30"));
    // Bilateral regimes were not suspended by it.
    assert_eq!(last("RU", "2020-06-01").0.as_deref(), Some("2020-08-29"));
}

#[test]
fn china_india_iran() {
    let stay = |c: &str, entry: &str, trips: serde_json::Value| {
        eval(json!({"destination": "KZ", "citizenship": c, "entryDate": entry, "trips": trips}))
            .stay
            .last_day
            .map(iso)
    };
    assert_eq!(stay("CN", "2022-07-07", json!([])), None); // visa needed the day before
    assert_eq!(
        stay("CN", "2022-07-08", json!([])).as_deref(),
        Some("2022-07-21")
    ); // 14 days: 8 + 13
       // 42 in 180: 30 earlier days (two 15-day trips within the window) → 12 more: 1–12 Oct 2022.
    let trips = json!([{"entryDate": "2022-07-10", "exitDate": "2022-07-24"}, {"entryDate": "2022-08-20", "exitDate": "2022-09-03"}]);
    assert_eq!(
        stay("IN", "2022-10-01", trips).as_deref(),
        Some("2022-10-12")
    );
    // China from 10 Nov 2023: 30 per entry.
    assert_eq!(
        stay("CN", "2023-11-09", json!([])).as_deref(),
        Some("2023-11-22")
    );
    assert_eq!(
        stay("CN", "2023-11-10", json!([])).as_deref(),
        Some("2023-12-09")
    );
    assert_eq!(
        stay("IR", "2024-04-01", json!([])).as_deref(),
        Some("2024-04-14")
    );
}

#[test]
fn list_changes_2015_2019_2025() {
    let stay = |c: &str, entry: &str| {
        eval(json!({"destination": "KZ", "citizenship": c, "entryDate": entry}))
            .stay
            .last_day
            .map(iso)
    };
    // Hungary joined the 15-day list on 16 July 2015.
    assert_eq!(stay("HU", "2015-07-15"), None);
    assert_eq!(stay("HU", "2015-07-16").as_deref(), Some("2015-07-30"));
    // Thailand: 2019 addition, in force by 30 September 2019.
    assert_eq!(stay("TH", "2019-09-29"), None);
    assert_eq!(stay("TH", "2019-09-30").as_deref(), Some("2019-10-29"));
    // Turkey: 90 days in 180 from September 2025 (8 Sep used), then a 90-day regime state.
    assert_eq!(stay("TR", "2025-09-07").as_deref(), Some("2025-10-06"));
    assert_eq!(stay("TR", "2025-09-08").as_deref(), Some("2025-12-06"));
    let a = eval(
        json!({"destination": "KZ", "citizenship": "TR", "entryDate": "2026-08-03", "exitDate": "2026-10-01"}),
    );
    assert_eq!(iso(one(&a, "registration").due_date), "2026-09-01");
}

#[test]
fn host_penalty_in_tenge_for_the_year() {
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06", "accommodation": "organization"}),
    );
    let p = one(&a, "host-notification").penalty.as_ref().unwrap();
    assert!(p.article.contains("518"));
    assert_eq!(p.unit_value, Some(4325));
    let small = p
        .lines
        .iter()
        .find(|l| l.offender.contains("small"))
        .unwrap();
    assert_eq!((small.units, small.amount), (Some(10), Some(43_250)));
    assert_eq!(p.lines[0].sanction, "warning");
    // Whom each line is for, as a code (the page highlights the lines for its visitor).
    let parties: Vec<&str> = p.lines.iter().map(|l| l.party).collect();
    assert_eq!(
        parties,
        ["individual", "organization", "organization", "organization"]
    );
    assert_eq!(small.party, "organization");
    let fee = &one(&a, "host-notification").fee;
    assert_eq!(fee.amount, Some(0));
}

#[test]
fn visa_holders_and_visa_required() {
    let a = eval(
        json!({"destination": "KZ", "citizenship": "CN", "entryDate": "2019-05-01", "visa": "tourist"}),
    );
    assert_eq!(a.stay.last_day, None);
    assert!(a.stay.note.contains("visa"));
    // No visa-free row: "not known to tirkeu", never "visa required" (kz-2026 §3).
    for c in ["stateless", "BT", "NG"] {
        let a = eval(json!({"destination": "KZ", "citizenship": c, "entryDate": "2025-10-01"}));
        assert_eq!(a.stay.last_day, None);
        let w = a
            .warnings
            .iter()
            .find(|w| w.code == "visa-free-unknown")
            .expect("visa-free-unknown");
        assert!(
            w.message.contains("does not mean a visa is required"),
            "{}",
            w.message
        );
        assert!(a.warnings.iter().all(|w| w.code != "visa-required"));
    }
}

#[test]
fn channels_follow_the_date() {
    // eQonaq exists from June 2022.
    let ch = |entry: &str| {
        let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": entry}));
        one(&a, "host-notification")
            .channels
            .iter()
            .map(|c| c.id)
            .collect::<Vec<_>>()
    };
    assert!(!ch("2022-01-10").contains(&"kz-eqonaq"));
    assert!(ch("2022-07-11").contains(&"kz-eqonaq"));
}

#[test]
fn alternative_reading_is_later_and_shown() {
    let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2025-01-10"}));
    let n = one(&a, "host-notification");
    assert_eq!(iso(n.alternatives[0].due_date), "2025-01-15"); // next-day reading: Mon 13, Tue 14, Wed 15
    assert!(
        n.alternatives.iter().all(|x| x.due_date >= n.due_date),
        "tirkeu uses the earliest reading"
    );
}

#[test]
fn steps_as_plain_english() {
    let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2024-05-03"}));
    let n = one(&a, "host-notification");
    assert!(n.steps_text[0].starts_with("Kazakhstan counts the day of arrival"));
    assert_eq!(
        n.steps_text[1..],
        [
            "Fri 3 May 2024 (day of arrival): working day 1",
            "Sat 4 May 2024: Saturday made a working day (in exchange for Wed 8 May 2024), working day 2",
            "Sun 5 May 2024: weekend, not counted",
            "Mon 6 May 2024: working day 3 — due date",
        ]
    );
    let a = eval(
        json!({"destination": "KZ", "citizenship": "RU", "entryDate": "2026-07-01", "exitDate": "2026-09-01"}),
    );
    let r = one(&a, "registration");
    assert_eq!(
        r.steps_text[1..],
        [
            "Wed 1 Jul 2026 (day of arrival): calendar day 1",
            "… calendar days 2 to 29 count whatever the day is …",
            "Thu 30 Jul 2026: calendar day 30 — due date",
        ]
    );
}

#[test]
fn migration_card_last_day_and_2017_switch() {
    let s = |entry: &str| json!({"destination": "KZ", "citizenship": "DE", "entryDate": entry, "birthDate": "1980-01-01"});
    assert_eq!(
        iso(one(&eval(s("2020-04-12")), "migration-card").due_date),
        "2020-04-12"
    );
    none(&eval(s("2020-04-13")), "migration-card");
    // Singapore: 15 days on 31 Dec 2016 (→ 14 Jan 2017), 30 days on 1 Jan 2017.
    let a = eval(json!({"destination": "KZ", "citizenship": "SG", "entryDate": "2016-12-31"}));
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2017-01-14"));
    assert!(
        a.warnings.iter().any(|w| w.code == "rule-change")
            || a.stay.allowance == Some("kz-pilot-15-2015")
    );
}

/// Every row with a start or end date, checked the day before, on, and after the boundary:
/// allowance rows must be selected exactly inside their period, obligation rules must fire
/// exactly inside theirs.
#[test]
fn every_effective_date_boundary() {
    use tirkeu::rules;
    let kz = tirkeu::countries::find("KZ").unwrap();
    let day = |d: chrono::NaiveDate, n: i64| tirkeu::date::add_days(d, n);
    let inside = |p: rules::Period, d: chrono::NaiveDate| p.contains(d) && kz.covers.contains(d);
    let mut checked = 0;
    for a in kz.allowances {
        let c = a.citizens[0];
        for edge in [a.in_force.from, a.in_force.to.map(|t| day(t, 1))]
            .into_iter()
            .flatten()
        {
            for d in [day(edge, -1), edge] {
                if !kz.covers.contains(d) {
                    continue;
                }
                let got = eval(json!({"destination": "KZ", "citizenship": c, "entryDate": iso(d)}));
                assert_eq!(
                    got.stay.allowance == Some(a.id),
                    inside(a.in_force, d),
                    "{} for {c} on {}",
                    a.id,
                    iso(d)
                );
                checked += 1;
            }
        }
    }
    // Obligation rules: a scenario that meets every condition of the rule, on each side of its edges.
    for o in kz.obligations {
        for edge in [o.in_force.from, o.in_force.to.map(|t| day(t, 1))]
            .into_iter()
            .flatten()
        {
            for d in [day(edge, -1), edge] {
                if !kz.covers.contains(d) {
                    continue;
                }
                let move_ = matches!(
                    o.trigger,
                    rules::Trigger::Move | rules::Trigger::MoveToOtherRegion
                );
                let entry = if move_ { day(d, -10) } else { d };
                if !kz.covers.contains(entry) {
                    continue;
                }
                let fired: Vec<(bool, bool)> = ["RU", "DE", "TR", "IN", "UZ"]
                    .iter()
                    .map(|c| {
                        let got = eval(json!({
                            "destination": "KZ", "citizenship": c, "entryDate": iso(entry), "exitDate": iso(day(entry, 120)),
                            "birthDate": "1980-01-01",
                            "moves": if move_ { json!([{"date": iso(d), "otherRegion": true}]) } else { json!([]) }
                        }));
                        (got.obligations.iter().any(|x| x.rule == o.id), got.exemptions.iter().any(|e| e.kind == o.kind))
                    })
                    .collect();
                if inside(o.in_force, d) {
                    assert!(
                        fired.iter().any(|&(f, e)| f || e),
                        "{} should apply on {}",
                        o.id,
                        iso(d)
                    );
                } else {
                    assert!(
                        fired.iter().all(|&(f, _)| !f),
                        "{} applied on {}, outside its period",
                        o.id,
                        iso(d)
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 60, "{checked} boundary checks");
}

//! Kazakhstan as of December 2026 (docs/research/kz-2026.md): who self-registers under Order
//! No. 923 and how sure the sources are, the transition of 1 July 2026, warnings only where they
//! apply, the pre-2020 host duty, channels, the Art. 517 tiers, MRP 2027, and alternative
//! readings said truthfully. Every date is worked by hand in the comment beside it.

mod common;
use common::*;
use serde_json::json;
use tirkeu::assessment::Assessment;

fn codes(a: &Assessment) -> Vec<&'static str> {
    a.warnings.iter().map(|w| w.code).collect()
}

fn warning<'a>(a: &'a Assessment, code: &str) -> &'a str {
    &a.warnings
        .iter()
        .find(|w| w.code == code)
        .unwrap_or_else(|| panic!("no {code} warning: {:?}", codes(a)))
        .message
}

fn stay(c: &str, entry: &str, exit: &str) -> Assessment {
    eval(
        json!({"destination": "KZ", "citizenship": c, "entryDate": entry, "exitDate": exit, "birthDate": "1990-01-01"}),
    )
}

#[test]
fn order_923_scope_by_citizenship() {
    // Entry Fri 20 Nov 2026, 60 days: the 30th calendar day from crossing is entry + 29 =
    // Sat 19 Dec 2026 (not moved off the weekend); the next-day reading gives Sun 20 Dec.
    for c in ["RU", "BY", "AM", "KG"] {
        let a = stay(c, "2026-11-20", "2027-01-18");
        let r = one(&a, "registration");
        assert_eq!(r.rule, "kz-registration-2026");
        assert_eq!(iso(r.due_date), "2026-12-19", "{c}");
        assert_eq!(iso(r.alternatives[0].due_date), "2026-12-20");
        assert_eq!(r.alternatives[0].compared, "later");
        assert_eq!(format!("{:?}", r.confidence), "Medium");
        assert!(r
            .result
            .as_deref()
            .unwrap()
            .contains("certificate, not a card"));
        // The host's notification stays: Fri 20 = 1, Mon 23 = 2, Tue 24 = 3.
        assert_eq!(iso(one(&a, "host-notification").due_date), "2026-11-24");
        assert!(codes(&a).contains(&"host-and-self-registration"), "{c}");
        assert!(
            !codes(&a).contains(&"scope-uncertain"),
            "{c}: EAEU is not flagged"
        );
    }
    // Tajikistan: computed, with the reading flagged (a press report and the 2018 agreement).
    let a = stay("TJ", "2026-11-20", "2027-01-18");
    assert_eq!(iso(one(&a, "registration").due_date), "2026-12-19");
    assert!(warning(&a, "scope-uncertain").contains("Tajikistan"));
    // Turkey: computed, flagged as tirkeu's inference, low confidence.
    let a = stay("TR", "2026-11-20", "2027-01-18");
    let r = one(&a, "registration");
    assert_eq!(format!("{:?}", r.confidence), "Low");
    assert!(warning(&a, "scope-uncertain").contains("inference"));
    // Uzbekistan and the others the sources do not settle: no deadline, a warning that says so.
    for c in ["UZ", "AZ", "UA", "GE", "MD", "MN"] {
        let a = stay(c, "2026-11-20", "2027-01-18");
        none(&a, "registration");
        assert!(warning(&a, "scope-unknown").contains("not known"), "{c}");
    }
    // Without an exit date the open question is said under its condition.
    let a = eval(json!({"destination": "KZ", "citizenship": "UZ", "entryDate": "2026-11-20"}));
    assert!(warning(&a, "scope-unknown").starts_with("If the stay lasts longer than 30 days:"));
    // A stay of up to 30 days needs none, and nothing is said of the open question.
    let a = stay("UZ", "2026-11-20", "2026-12-19");
    none(&a, "registration");
    assert!(!codes(&a).contains(&"scope-unknown"));
    // Never self-registration for a US or German citizen: no obligation, no exemption, no warning.
    for c in ["US", "DE", "CN", "IN"] {
        let a = stay(c, "2026-11-20", "2026-12-10");
        none(&a, "registration");
        assert!(
            a.exemptions
                .iter()
                .all(|e| e.kind.as_str() != "registration"),
            "{c}"
        );
        assert!(codes(&a)
            .iter()
            .all(|w| !w.starts_with("scope") && *w != "host-and-self-registration"));
    }
}

#[test]
fn people_already_in_kazakhstan_on_1_july_2026() {
    // A Russian who entered 15 Jun and stays to 30 Aug is there on 1 July: the open question is
    // explained, and the rule is named as changing during the stay.
    let a = stay("RU", "2026-06-15", "2026-08-30");
    assert!(warning(&a, "self-registration-transition").contains("open question"));
    assert!(a
        .warnings
        .iter()
        .any(|w| w.code == "rule-change" && w.message.contains("Register yourself online")));
    // Left on 30 June: not concerned.
    let a = stay("RU", "2026-06-01", "2026-06-30");
    assert!(!codes(&a).contains(&"self-registration-transition"));
    // A short stay across 1 July (20 days) cannot reach the 30th day: not concerned.
    let a = stay("RU", "2026-06-20", "2026-07-09");
    assert!(!codes(&a).contains(&"self-registration-transition"));
    assert!(a.warnings.iter().all(|w| w.code != "rule-change"));
    // Without an exit date: said under its condition.
    let a = eval(json!({"destination": "KZ", "citizenship": "BY", "entryDate": "2026-06-15"}));
    assert!(warning(&a, "self-registration-transition").starts_with("If "));
    // A German over the same dates: the rule could never apply, so neither warning.
    let a = stay("DE", "2026-06-15", "2026-07-10");
    assert!(!codes(&a).contains(&"self-registration-transition"));
    assert!(
        a.warnings.iter().all(|w| w.code != "rule-change"),
        "{:?}",
        a.warnings.iter().map(|w| &w.message).collect::<Vec<_>>()
    );
    // Entered on 1 July: the rule applies outright, no transition warning.
    let a = stay("RU", "2026-07-01", "2026-08-30");
    assert!(!codes(&a).contains(&"self-registration-transition"));
}

#[test]
fn re_registration_is_named_only_with_a_move() {
    // A Kyrgyz citizen in Kazakhstan from 1 Jun to 30 Sep 2026 with no move: the
    // re-registration rule that starts on 1 July is not named.
    let a = stay("KG", "2026-06-01", "2026-09-30");
    let changes: Vec<&String> = a
        .warnings
        .iter()
        .filter(|w| w.code == "rule-change")
        .map(|w| &w.message)
        .collect();
    assert!(
        changes.iter().all(|m| !m.contains("Register again")),
        "{changes:?}"
    );
    // With a move on Mon 3 Aug 2026 it is: re-registration by the 5th working day, the move day
    // being day 1: Mon 3 = 1, Tue 4 = 2, Wed 5 = 3, Thu 6 = 4, Fri 7 = 5.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "KG", "entryDate": "2026-06-01", "exitDate": "2026-09-30",
        "moves": [{"date": "2026-08-03", "accommodation": "private"}]}),
    );
    assert!(a
        .warnings
        .iter()
        .any(|w| w.code == "rule-change" && w.message.contains("Register again")));
    // The entry was before 1 July, so under convention 1 the move (after it) is judged by the
    // rules of its own day: re-registration due Fri 7 Aug.
    assert_eq!(iso(one(&a, "re-registration").due_date), "2026-08-07");
}

#[test]
fn host_notification_before_2020() {
    // 2015: the first year of tirkeu's data. Arrival Fri 2 Jan 2015 (holiday) → Sat, Sun;
    // Mon 5 Jan = 1, Tue 6 = 2, Wed 7 Jan: Orthodox Christmas (holiday) → Thu 8 = 3.
    let a = stay("CN", "2015-01-02", "2015-01-20");
    let h = one(&a, "host-notification");
    assert_eq!(h.rule, "kz-host-notification-2015");
    assert_eq!(iso(h.due_date), "2015-01-08");
    assert_eq!(h.who, "host");
    // Hotels too, and alongside the registration of stays over 5 days.
    let mut s = json!({"destination": "KZ", "citizenship": "GB", "entryDate": "2018-03-06", "exitDate": "2018-04-20", "visa": "business", "accommodation": "hotel"});
    let a = eval(s.clone());
    // Tue 6 Mar 2018 = 1, Wed 7 = 2, Thu 8 Mar International Women's Day, Fri 9 a day off
    // moved from Sat 3 Mar by the 2018 decree (P1700000864), Sat 10 / Sun 11, Mon 12 = 3.
    let h = one(&a, "host-notification");
    assert_eq!((h.who, iso(h.due_date).as_str()), ("hotel", "2018-03-12"));
    // Registration by day 5 (Sat 10 Mar); 5 working days gives 6, 7, 12, 13, Wed 14 Mar.
    let r = one(&a, "registration");
    assert_eq!(iso(r.due_date), "2018-03-10");
    assert_eq!(iso(r.alternatives[0].due_date), "2018-03-14");
    // Channels of the time: no eGov or eQonaq, but the portal, the office and the post.
    let ids: Vec<&str> = h.channels.iter().map(|c| c.id).collect();
    assert!(ids.contains(&"kz-vmp") && ids.contains(&"kz-post"));
    assert!(!ids.contains(&"kz-egov") && !ids.contains(&"kz-eqonaq"));
    // The last day of the old rules and the first of the new.
    s["entryDate"] = json!("2020-01-10");
    s["exitDate"] = json!("2020-01-25");
    assert_eq!(
        one(&eval(s.clone()), "host-notification").rule,
        "kz-host-notification-2015"
    );
    s["entryDate"] = json!("2020-01-11");
    assert_eq!(
        one(&eval(s), "host-notification").rule,
        "kz-host-notification-2020"
    );
}

#[test]
fn same_date_is_said_as_the_same_date() {
    // Arrival Sat 11 Jan 2025: day 1 is Mon 13 either way (the arrival day is not a working
    // day; the next day is Sunday), so both readings give Wed 15 Jan.
    let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2025-01-11"}));
    let n = one(&a, "host-notification");
    assert_eq!(iso(n.due_date), "2025-01-15");
    let alt = &n.alternatives[0];
    assert_eq!(iso(alt.due_date), "2025-01-15");
    assert_eq!(alt.compared, "same");
    assert!(
        alt.reading.contains("gives the same date"),
        "{}",
        alt.reading
    );
    assert!(!alt.reading.contains("later"), "{}", alt.reading);
    // Arrival Fri 10 Jan: Fri, Mon, Tue 14 against Mon, Tue, Wed 15: later, and said so.
    let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2025-01-10"}));
    let alt = &one(&a, "host-notification").alternatives[0];
    assert_eq!(
        (alt.compared, iso(alt.due_date).as_str()),
        ("later", "2025-01-15")
    );
    assert!(alt.reading.contains("gives a later date"));
    // The same in Russian: no claim of a later date either.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2025-01-11", "lang": "ru"}),
    );
    let alt = &one(&a, "host-notification").alternatives[0];
    assert!(alt.reading.contains("ту же дату"), "{}", alt.reading);
}

#[test]
fn no_alternative_is_ever_earlier() {
    // Reference convention 5: the engine uses the earliest reading, so the data lists it first.
    // Checked for every rule with alternatives on every day of the calendar's years.
    let kz = tirkeu::countries::find("KZ").unwrap();
    let cal = tirkeu::countries::calendar("KZ").unwrap();
    let mut d = tirkeu::date::ymd(2015, 1, 1);
    let mut checked = 0;
    while d <= tirkeu::date::ymd(2027, 12, 31) {
        for r in kz.obligations.iter().filter(|r| r.in_force.contains(d)) {
            let due = tirkeu::count::count(cal, d, r.count).due_date;
            for alt in r.alternatives {
                assert!(
                    tirkeu::count::count(cal, d, alt.count).due_date >= due,
                    "{} on {d}",
                    r.id
                );
                checked += 1;
            }
        }
        d = d.succ_opt().unwrap();
    }
    assert!(checked > 4000, "{checked}");
}

#[test]
fn overstay_beyond_5_days_has_no_invented_amount() {
    // 30 days from Mon 2 Mar 2026 → Tue 31 Mar; exit 10 Apr = 10 days over.
    let a = stay("FR", "2026-03-02", "2026-04-10");
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2026-03-31"));
    assert_eq!(a.stay.overstay_days, Some(10));
    let p = a.stay.penalty.as_ref().unwrap();
    let lines: Vec<(&str, Option<u32>)> = p.lines.iter().map(|l| (l.sanction, l.units)).collect();
    assert_eq!(
        lines,
        [
            ("warning", None),
            ("fine", Some(10)),
            ("unquantified", None)
        ]
    );
    let last = p.lines.last().unwrap();
    assert_eq!(last.amount, None);
    assert_eq!(
        last.text.as_deref(),
        Some("a fine, possible expulsion and an entry ban; amounts not established")
    );
    assert!(p.text.contains("expulsion"));
    // 10 MRP at the 2026 value (4,325 tenge) = 43,250 tenge.
    assert_eq!(p.lines[1].amount, Some(43_250));
}

#[test]
fn fines_in_2027_are_in_mrp_until_its_value_is_known() {
    // An arrival on Mon 4 Jan 2027, the day off for New Year's Sat 2 Jan: Tue 5 = 1, Wed 6 = 2,
    // Thu 7 Orthodox Christmas, Fri 8 = 3. A late notice is fined at the MRP of Sat 9 Jan
    // 2027, which is not known yet.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2027-01-04", "accommodation": "organization"}),
    );
    let h = one(&a, "host-notification");
    assert_eq!(iso(h.due_date), "2027-01-08");
    let p = h.penalty.as_ref().unwrap();
    assert_eq!(p.unit_value, None);
    assert!(p.lines.iter().all(|l| l.amount.is_none()));
    assert_eq!(p.lines[1].units, Some(10));
    assert!(
        p.text.contains("10 MRP") && !p.text.contains("KZT"),
        "{}",
        p.text
    );
    // The day before the year ends, the 2026 value applies: arrival Thu 24 Dec 2026 → Thu 24 = 1,
    // Fri 25 = 2, Mon 28 = 3; the penalty on Tue 29 Dec at 4,325 tenge.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-12-24", "accommodation": "organization"}),
    );
    let h = one(&a, "host-notification");
    assert_eq!(iso(h.due_date), "2026-12-28");
    assert_eq!(h.penalty.as_ref().unwrap().unit_value, Some(4325));
}

#[test]
fn channels_post_and_eqonaq() {
    let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06"}));
    let h = one(&a, "host-notification");
    let post = h.channels.iter().find(|c| c.id == "kz-post").expect("post");
    assert!(!post.online);
    assert!(post.needs.contains("not established"));
    let eq = h
        .channels
        .iter()
        .find(|c| c.id == "kz-eqonaq")
        .expect("eQonaq");
    assert!(eq.needs.contains("private hosts"));
    // Online channels come first: the electronic ones are recommended.
    assert!(h.channels.first().unwrap().online);
}

#[test]
fn the_2025_list_changes_nothing_for_a_stay_across_it() {
    // The decree of 25 August 2025 (taken from 8 Sep 2025) keeps 30 per entry and 90 in 180.
    let a = eval(json!({"destination": "KZ", "citizenship": "US", "entryDate": "2025-09-07"}));
    assert_eq!(a.stay.allowance, Some("kz-visa-free-30-90-2023"));
    let b = eval(json!({"destination": "KZ", "citizenship": "US", "entryDate": "2025-09-08"}));
    assert_eq!(b.stay.allowance, Some("kz-visa-free-30-90-2025"));
    // 30 days: 7 Sep + 29 = 6 Oct; 8 Sep + 29 = 7 Oct.
    assert_eq!(a.stay.last_day.map(iso).as_deref(), Some("2025-10-06"));
    assert_eq!(b.stay.last_day.map(iso).as_deref(), Some("2025-10-07"));
    // A stay across 8 Sep is not told of a change that changes nothing.
    let a = stay("US", "2025-09-01", "2025-09-20");
    assert!(
        a.warnings.iter().all(|w| w.code != "rule-change"),
        "{:?}",
        codes(&a)
    );
    // Turkey's change on the same day does change its limits, and is said.
    let a = stay("TR", "2025-09-01", "2025-09-20");
    assert!(a.warnings.iter().any(|w| w.code == "rule-change"));
}

#[test]
fn calendar_2026_confirmed_2027_provisional() {
    // Kurban Ait Wed 27 May 2026 is confirmed: an arrival Tue 26 May counts Tue 26 = 1,
    // Thu 28 = 2, Fri 29 = 3, and no step is provisional.
    let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-05-26"}));
    let h = one(&a, "host-notification");
    assert_eq!(iso(h.due_date), "2026-05-29");
    assert!(h.steps.iter().all(|s| !s.provisional));
    assert!(!codes(&a).contains(&"calendar-provisional"));
    // 2027: Kurban Ait is estimated on Sun 16 May; if announced a day later, Mon 17 May is off.
    // An arrival Fri 14 May 2027 counts Fri 14 = 1, Mon 17 = 2 (not final), Tue 18 = 3.
    let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2027-05-14"}));
    let h = one(&a, "host-notification");
    assert_eq!(iso(h.due_date), "2027-05-18");
    assert!(h.count.provisional);
    assert!(codes(&a).contains(&"calendar-provisional"));
}

#[test]
fn post_is_its_own_mode() {
    let a = eval(json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06"}));
    let modes: Vec<(&str, &str)> = one(&a, "host-notification")
        .channels
        .iter()
        .map(|c| (c.id, c.mode))
        .collect();
    assert!(modes.contains(&("kz-post", "post")));
    assert!(modes.contains(&("kz-vmp", "online")));
    assert!(modes.contains(&("kz-migration-office", "in-person")));
}

#[test]
fn permit_route_just_inside_and_beyond_each_allowance() {
    let trp = |c: &str, exit: &str| {
        let a = stay(c, "2025-04-01", exit);
        (
            obligations(&a, "temporary-residence-permit").len(),
            codes(&a).contains(&"needs-visa"),
        )
    };
    // EAEU, 90 days: 1 Apr + 89 = Sun 29 Jun 2025 is day 90.
    assert_eq!(trp("AM", "2025-06-29"), (0, false));
    assert_eq!(trp("AM", "2025-06-30"), (1, false));
    // Azerbaijan, 30 days: day 30 = Wed 30 Apr.
    assert_eq!(trp("AZ", "2025-04-30"), (0, false));
    assert_eq!(trp("AZ", "2025-05-01"), (1, false));
    // Korea (bilateral, no permit route in the sources): needs-visa beyond day 30.
    assert_eq!(trp("KR", "2025-04-30"), (0, false));
    assert_eq!(trp("KR", "2025-05-01"), (0, true));
    // The warning starts with the permit regime of 11 January 2020: the day before, nothing;
    // the day of, said. 30 days from Fri 10 Jan 2020 = Sat 8 Feb; from Sat 11 Jan = Sun 9 Feb.
    let nv = |entry: &str, exit: &str| codes(&stay("DE", entry, exit)).contains(&"needs-visa");
    assert!(!nv("2020-01-10", "2020-02-20"));
    assert!(!nv("2020-01-11", "2020-02-09"));
    assert!(nv("2020-01-11", "2020-02-10"));
    // Visa holders are bounded by their visa, not told to get one.
    let a = eval(
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2025-04-01", "exitDate": "2025-08-01", "visa": "business"}),
    );
    assert!(!codes(&a).contains(&"needs-visa"));
}

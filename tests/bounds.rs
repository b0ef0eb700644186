//! Every input date is bounded, every error names the real field and says what is wrong with
//! it, and every date the engine writes is a four-digit ISO date (issue 12).

mod common;

use common::{eval, eval_err};
use serde_json::{json, Value};
use tirkeu::json::Json;
use tirkeu::ErrorCode;

fn scenario(extra: Value) -> Value {
    let mut v = json!({ "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06" });
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    v
}

fn j(v: Value) -> Json {
    serde_json::from_value(v).unwrap()
}

#[test]
fn a_move_far_in_the_future_without_an_exit_date_names_the_move() {
    // Before: dueDate "10000-01-06" and an unparseable DTSTART in the .ics.
    let e = eval_err(scenario(json!({ "moves": [{ "date": "9999-12-31" }] })));
    assert_eq!(e.code, ErrorCode::OutOfRange);
    assert_eq!(e.field, "moves[0].date");
    assert!(
        e.message.contains("For the date of move 1, 9999-12-31"),
        "{}",
        e.message
    );
    assert!(
        e.message.contains("2026-03-06"),
        "says from when: {}",
        e.message
    );
    // The last day a move is accepted without an exit date is the last day of the longest stay
    // tirkeu answers for (as for exitDate), and its deadline is an ordinary date.
    let last = tirkeu::date::add_days(
        tirkeu::date::parse_iso("2026-03-06").unwrap(),
        tirkeu::scenario::MAX_STAY_DAYS - 1,
    );
    let a = eval(scenario(
        json!({ "moves": [{ "date": tirkeu::date::iso(last), "accommodation": "hotel" }] }),
    ));
    assert!(a.obligations.iter().any(|o| o.trigger.date == last));
    let after = tirkeu::date::add_days(last, 1);
    let e = eval_err(scenario(
        json!({ "moves": [{ "date": "2026-04-01" }, { "date": tirkeu::date::iso(after) }] }),
    ));
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::OutOfRange, "moves[1].date")
    );
    // With an exit date, the stay is the range, as before.
    let e = eval_err(scenario(
        json!({ "exitDate": "2026-03-20", "moves": [{ "date": "2026-03-21" }] }),
    ));
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::OutOfRange, "moves[0].date")
    );
    assert!(e.message.contains("outside the stay"));
}

#[test]
fn a_birth_date_too_old_is_a_birth_date_error_with_a_birth_date_message() {
    for (entry, birth) in [
        ("2026-03-06", "1850-06-01"),
        ("2015-01-05", "1899-12-31"),
        ("2026-03-06", "0001-01-01"),
        // An entry tirkeu does not cover: the birth date is still the first thing named.
        ("1960-01-01", "1850-01-01"),
    ] {
        let e = eval_err(scenario(json!({ "entryDate": entry, "birthDate": birth })));
        assert_eq!(e.code, ErrorCode::OutOfRange, "{birth}");
        assert_eq!(e.field, "birthDate", "{birth}");
        assert!(
            e.message
                .starts_with(&format!("For the date of birth, {birth}")),
            "{}",
            e.message
        );
        assert!(
            e.message.contains("birth dates from 1900-01-01"),
            "{}",
            e.message
        );
        assert!(
            !e.message.contains("entries"),
            "not the entry date's message"
        );
        let ru = eval_err(scenario(
            json!({ "entryDate": entry, "birthDate": birth, "lang": "ru" }),
        ));
        assert!(ru.message.contains("даты рождения"), "{}", ru.message);
    }
    eval(scenario(json!({ "birthDate": "1900-01-01" })));
}

#[test]
fn earlier_trips_start_no_earlier_than_1900() {
    let e = eval_err(scenario(json!({ "trips": [
        { "entryDate": "2025-01-01", "exitDate": "2025-01-05" },
        { "entryDate": "1899-12-31", "exitDate": "1900-01-02" },
    ] })));
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::OutOfRange, "trips[1].entryDate")
    );
    assert!(e.message.contains("1900-01-01"), "{}", e.message);
    eval(scenario(
        json!({ "trips": [{ "entryDate": "1900-01-01", "exitDate": "1900-01-02" }] }),
    ));
}

#[cfg(feature = "form")]
#[test]
fn the_form_details_dates_are_bounded_by_the_stay() {
    let s = tirkeu::scenario::parse(&j(scenario(json!({ "exitDate": "2026-03-20" })))).unwrap();
    let err =
        |d: Value| tirkeu::forms::parse_details_for(&j(d.clone()), &s).expect_err(&d.to_string());
    for (d, field, code) in [
        (
            json!({ "birthDate": "1850-01-01" }),
            "details.birthDate",
            ErrorCode::OutOfRange,
        ),
        (
            json!({ "birthDate": "2026-03-07" }),
            "details.birthDate",
            ErrorCode::OutOfRange,
        ),
        (
            json!({ "passportIssueDate": "2026-04-01" }),
            "details.passportIssueDate",
            ErrorCode::OutOfRange,
        ),
        (
            json!({ "passportIssueDate": "1812-01-01" }),
            "details.passportIssueDate",
            ErrorCode::OutOfRange,
        ),
        (
            json!({ "passportExpiry": "9999-12-31" }),
            "details.passportExpiry",
            ErrorCode::OutOfRange,
        ),
        (
            json!({ "passportExpiry": "2026-03-05" }),
            "details.passportExpiry",
            ErrorCode::OutOfRange,
        ),
        (
            json!({ "visaExpiry": "0001-01-01" }),
            "details.visaExpiry",
            ErrorCode::OutOfRange,
        ),
        // The row as given: the empty first child is dropped from the form, not from the path.
        (
            json!({ "children": [{}, { "birthDate": "1899-01-01" }] }),
            "details.children[1].birthDate",
            ErrorCode::OutOfRange,
        ),
        (
            json!({ "children": [{ "name": "A", "birthDate": "2030-01-01" }] }),
            "details.children[0].birthDate",
            ErrorCode::OutOfRange,
        ),
    ] {
        let e = err(d.clone());
        assert_eq!(
            (e.code, e.field.as_str()),
            (code, field),
            "{d}: {}",
            e.message
        );
        // The message names the detail by its label on the form (the row as given), not by
        // its path, which stays in `field`.
        let label = e.text.args.iter().find_map(|(_, a)| match a {
            tirkeu::text::Arg::Field { path, label } if path == field => Some(*label),
            _ => None,
        });
        let label = label.unwrap_or_else(|| panic!("{d}: names no {field}: {}", e.message));
        assert!(label.is_some(), "{d}: {field} has a label on the form");
        let words = tirkeu::i18n::field::words_in(tirkeu::i18n::Lang::En, field, label).unwrap();
        assert!(
            e.message.starts_with(&format!("For {words}, ")),
            "{}",
            e.message
        );
    }
    let e = err(json!({ "birthDate": "1850-01-01" }));
    assert!(e.message.contains("birth dates"), "{}", e.message);
    let ok = tirkeu::forms::parse_details_for(
        &j(json!({
            "birthDate": "1900-01-01", "passportIssueDate": "2026-03-06",
            "passportExpiry": "2026-03-06", "visaExpiry": "2056-03-01",
            "children": [{ "birthDate": "2026-03-06" }]
        })),
        &s,
    );
    assert!(ok.is_ok(), "{ok:?}");
}

#[test]
fn every_date_in_the_ics_is_eight_digits_near_the_limits() {
    let last = tirkeu::date::add_days(
        tirkeu::date::parse_iso("2027-12-31").unwrap(),
        tirkeu::scenario::MAX_STAY_DAYS - 1,
    );
    let v = j(scenario(json!({
        "entryDate": "2027-12-31",
        "moves": [{ "date": tirkeu::date::iso(last), "otherRegion": true, "accommodation": "hotel" }]
    })));
    let s = tirkeu::scenario::parse(&v).unwrap();
    let a = tirkeu::evaluate(&s).unwrap();
    let ics = tirkeu::ics::calendar_ics(&s, &a);
    let mut n = 0;
    for line in ics.split("\r\n") {
        if let Some(rest) = line
            .strip_prefix("DTSTART;VALUE=DATE:")
            .or_else(|| line.strip_prefix("DTEND;VALUE=DATE:"))
        {
            assert!(
                rest.len() == 8 && rest.bytes().all(|b| b.is_ascii_digit()),
                "{line}"
            );
            n += 1;
        }
    }
    assert!(n >= 4, "{ics}");
}

//! The .ics export: RFC 5545 structure, CRLF, folding at 75 octets (never inside a UTF-8
//! character), text escaping, one event per obligation, the alarm, stable UIDs.

use serde_json::{json, Value};
use tirkeu::ics::{calendar_ics, escape_text, fold, LINE_OCTETS};
use tirkeu::json::Json;

fn ics(v: Value) -> (tirkeu::Assessment, String) {
    let j: Json = serde_json::from_value(v).unwrap();
    let s = tirkeu::scenario::parse(&j).unwrap();
    let a = tirkeu::evaluate(&s).unwrap();
    let text = calendar_ics(&s, &a);
    (a, text)
}

/// Unfolds the content lines (RFC 5545 §3.1).
fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in text.split("\r\n") {
        if let Some(rest) = l.strip_prefix(' ') {
            out.last_mut().unwrap().push_str(rest);
        } else if !l.is_empty() {
            out.push(l.to_owned());
        }
    }
    out
}

fn check_physical_lines(text: &str) {
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
    assert!(!text.replace("\r\n", "").contains('\r'), "bare CR");
    for l in text.split("\r\n") {
        assert!(l.len() <= LINE_OCTETS, "{} octets: {l}", l.len());
    }
}

#[test]
fn one_all_day_event_per_obligation_with_an_alarm() {
    let (a, text) = ics(json!({
        "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06",
        "exitDate": "2026-04-20", "accommodation": "private",
        "moves": [{ "date": "2026-03-20", "accommodation": "hotel", "otherRegion": true }]
    }));
    check_physical_lines(&text);
    let lines = unfold(&text);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0".to_owned()));
    assert!(lines.contains(&"PRODID:-//tirkeu//EN".to_owned()));
    assert!(a.obligations.len() >= 2, "arrival and move");
    let n = a.obligations.len();
    for (k, want) in [
        ("BEGIN:VEVENT", n),
        ("END:VEVENT", n),
        ("BEGIN:VALARM", n),
        ("END:VALARM", n),
        ("TRIGGER:-P1D", n),
        ("ACTION:DISPLAY", n),
    ] {
        assert_eq!(lines.iter().filter(|l| *l == k).count(), want, "{k}");
    }
    // The first event: the host notification due Wed 11 March 2026.
    let o = &a.obligations[0];
    let uid = format!(
        "UID:{}-{}-{}@tirkeu",
        o.rule,
        tirkeu::date::iso(o.trigger.date),
        tirkeu::date::iso(o.due_date)
    );
    assert_eq!(
        uid,
        "UID:kz-host-notification-2020-2026-03-06-2026-03-11@tirkeu"
    );
    let at = lines.iter().position(|l| *l == uid).expect("uid");
    let event: Vec<&String> = lines[at..]
        .iter()
        .take_while(|l| *l != "END:VEVENT")
        .collect();
    assert!(event.iter().any(|l| *l == "DTSTART;VALUE=DATE:20260311"));
    assert!(event.iter().any(|l| *l == "DTEND;VALUE=DATE:20260312"));
    assert!(
        event.iter().any(|l| *l == "DTSTAMP:20261201T000000Z"),
        "rulesCheckedOn at midnight UTC"
    );
    assert!(event
        .iter()
        .any(|l| **l == format!("SUMMARY:{}", escape_text(&o.title))));
    let desc = event
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:"))
        .unwrap();
    assert!(desc.contains("https://"), "first source URL: {desc}");
    assert!(desc.contains("\\n"), "parts on separate lines: {desc}");
    // UIDs are unique and the file is the same every time.
    let mut uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), n);
    let (_, again) = ics(json!({
        "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06",
        "exitDate": "2026-04-20", "accommodation": "private",
        "moves": [{ "date": "2026-03-20", "accommodation": "hotel", "otherRegion": true }]
    }));
    assert_eq!(text, again);
}

#[test]
fn cyrillic_and_chinese_texts_fold_at_75_octets_without_splitting_characters() {
    for lang in ["ru", "kk", "zh", "en"] {
        let (_, text) = ics(json!({
            "destination": "KZ", "citizenship": "RU", "entryDate": "2026-07-06",
            "exitDate": "2026-09-20", "lang": lang
        }));
        // Every physical line is valid UTF-8 on its own (no character split) and ≤ 75 octets.
        check_physical_lines(&text);
        for l in text.as_bytes().split(|&b| b == b'\n') {
            assert!(
                std::str::from_utf8(l).is_ok(),
                "{lang}: a line splits a character"
            );
        }
        assert!(text.contains("\r\n "), "{lang}: long lines are folded");
    }
}

#[test]
fn folding_by_hand() {
    let cyr = format!("SUMMARY:{}", "Ж".repeat(100)); // 8 + 200 octets
    let folded = fold(&cyr);
    let lines: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
    assert!(lines.iter().all(|l| l.len() <= 75));
    assert_eq!(
        lines[0].len(),
        75 - 1,
        "a 2-octet letter does not fit in the 75th octet"
    );
    assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
    assert_eq!(lines.concat().replace(" Ж", "Ж"), cyr);
    assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
    let exact = "X".repeat(75);
    assert_eq!(fold(&exact), format!("{exact}\r\n"));
    assert_eq!(
        fold(&"X".repeat(76)),
        format!("{}\r\n X\r\n", "X".repeat(75))
    );
    // 4-octet characters.
    let emoji = "\u{1F600}".repeat(40);
    for l in fold(&emoji).split("\r\n") {
        assert!(l.len() <= 75);
    }
}

#[test]
fn text_escaping() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(
        escape_text("line1\nline2\r\nline3\rx"),
        r"line1\nline2\nline3\nx"
    );
    assert_eq!(escape_text("tab\there\u{7}"), "tabhere");
    assert_eq!(
        escape_text("Қазақстан: 3 рабочих дня"),
        "Қазақстан: 3 рабочих дня"
    );
}

#[test]
fn an_assessment_without_obligations_gives_an_empty_calendar() {
    // Since 2015 the receiving party's notification applies to every stay in Kazakhstan (before
    // 2020 alongside the registration), so no real scenario is left without an obligation: the
    // empty case is an assessment whose obligations are taken away.
    let j: Json = serde_json::from_value(json!({
        "destination": "KZ", "citizenship": "DE", "entryDate": "2018-03-06",
        "exitDate": "2018-04-20", "passport": "diplomatic", "visa": "diplomatic"
    }))
    .unwrap();
    let s = tirkeu::scenario::parse(&j).unwrap();
    let mut a = tirkeu::evaluate(&s).unwrap();
    // The diplomat is exempt from the registration and the migration card; only the host's
    // notification is left, with a note that no exemption from it was found.
    assert_eq!(
        a.obligations.iter().map(|o| o.rule).collect::<Vec<_>>(),
        ["kz-host-notification-2015"]
    );
    a.obligations.clear();
    let text = calendar_ics(&s, &a);
    assert!(!text.contains("BEGIN:VEVENT"));
    check_physical_lines(&text);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
}

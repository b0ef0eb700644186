//! Calendar export (RFC 5545): one all-day event per obligation on its due date, with a
//! reminder the day before.
//!
//! Deterministic like the engine: the DTSTAMP is the day the rules were checked (the engine
//! reads no clock), and each UID is made of the rule and the dates, so importing the file
//! again updates the events instead of duplicating them.
//!
//! ```
//! let j: tirkeu::json::Json = serde_json::from_value(serde_json::json!({
//!     "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06"
//! })).unwrap();
//! let s = tirkeu::scenario::parse(&j).unwrap();
//! let a = tirkeu::evaluate(&s).unwrap();
//! let ics = tirkeu::ics::calendar_ics(&s, &a);
//! assert!(ics.contains("DTSTART;VALUE=DATE:20260311\r\n"));
//! ```

use chrono::{Datelike, NaiveDate};

use crate::assessment::{Assessment, Obligation};
use crate::date;
use crate::scenario::Scenario;

/// Longest content line, in octets, before it is folded (RFC 5545 §3.1).
pub const LINE_OCTETS: usize = 75;

fn basic(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` and line breaks; other control
/// characters are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line into lines of at most [`LINE_OCTETS`] octets, continuation lines
/// starting with a space, never inside a UTF-8 character; each line ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn description(o: &Obligation) -> String {
    let mut parts = vec![o.who_detail.to_string(), o.what.to_string()];
    if let Some(c) = &o.conditional {
        parts.push(c.clone());
    }
    parts.push(o.convention.to_string());
    if let Some(url) = o.sources.iter().map(|s| s.url()).find(|u| !u.is_empty()) {
        parts.push(url);
    }
    parts.retain(|p| !p.is_empty());
    parts.join("\n")
}

/// The obligations of the assessment as an iCalendar file (CRLF line ends, folded at 75
/// octets): one all-day VEVENT per obligation on its due date, with a display alarm one day
/// before.
pub fn calendar_ics(s: &Scenario, a: &Assessment) -> String {
    calendar_ics_of(&format!("tirkeu {}", s.destination), &[a])
}

/// The obligations of several assessments (a route's legs) as one iCalendar file named `name`.
pub fn calendar_ics_of(name: &str, assessments: &[&Assessment]) -> String {
    let checked = assessments
        .iter()
        .map(|a| a.rules_checked_on)
        .max()
        .unwrap_or(date::ymd(2026, 1, 1));
    let stamp = format!("{}T000000Z", basic(checked));
    let n: usize = assessments.iter().map(|a| a.obligations.len()).sum();
    let mut out = String::with_capacity(1024 + 1024 * n);
    let mut line = |l: String| out.push_str(&fold(&l));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//tirkeu//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape_text(name)));
    for o in assessments.iter().flat_map(|a| &a.obligations) {
        line("BEGIN:VEVENT".into());
        line(format!(
            "UID:{}-{}-{}@tirkeu",
            o.rule,
            date::iso(o.trigger.date),
            date::iso(o.due_date)
        ));
        line(format!("DTSTAMP:{stamp}"));
        line(format!("DTSTART;VALUE=DATE:{}", basic(o.due_date)));
        line(format!(
            "DTEND;VALUE=DATE:{}",
            basic(date::add_days(o.due_date, 1))
        ));
        line(format!("SUMMARY:{}", escape_text(&o.title)));
        line(format!("DESCRIPTION:{}", escape_text(&description(o))));
        line("TRANSP:TRANSPARENT".into());
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line("TRIGGER:-P1D".into());
        line(format!("DESCRIPTION:{}", escape_text(&o.title)));
        line("END:VALARM".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

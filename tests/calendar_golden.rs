//! Day-by-day equality of every country's calendar with a golden snapshot
//! (`tests/fixtures/<cc>_calendar_golden.txt`), taken from the computation before the calendar
//! machinery was restructured into named weekend-transfer rules (issue 11). Years 2000–2035:
//! the known years and, either side, years where only the statute and the rules apply.
//!
//! Each year has one line per non-plain day (date, kind, reason, moved from, English name,
//! provisional, a digest of its sources) and a digest of the whole `DayInfo` JSON of every day
//! of the year, plain days included, so any change in any field of any day shows. A deliberate change of the data (a new decree, a corrected date) updates the
//! snapshot: `GOLDEN_WRITE=1 cargo test --test calendar_golden`, then review the diff.
//!
//! Holiday names are message IDs since they moved to the catalogs (`calendar.ftl`); the
//! snapshot still holds the names themselves, as the day's JSON had them then (`{ en, ru, kk,
//! zh }`), worded here from the four catalogs, so the names in every language stay checked.

mod common;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tirkeu::calendar::{CountryCalendar, DayInfo, DayKind, Reason};
use tirkeu::i18n::Lang;
use tirkeu::source::Source;

/// A name in the four languages, serialised as `DayInfo.name` was before the catalogs.
#[derive(Serialize)]
struct Names {
    en: &'static str,
    ru: &'static str,
    kk: &'static str,
    zh: &'static str,
}

fn names(id: &'static str) -> Names {
    Names {
        en: common::message_in(id, Lang::En),
        ru: common::message_in(id, Lang::Ru),
        kk: common::message_in(id, Lang::Kk),
        zh: common::message_in(id, Lang::Zh),
    }
}

/// `DayInfo` with its names in the four languages: field for field what the day's JSON was
/// when the snapshot was taken (destructured whole, so a new field fails to compile here).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Day {
    date: String,
    kind: DayKind,
    name: Option<Names>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    also: Vec<Names>,
    moved_from: Option<String>,
    provisional: bool,
    sources: Vec<Source>,
    reason: Reason,
}

fn day_json(i: &DayInfo) -> String {
    let DayInfo {
        date,
        kind,
        name,
        also,
        moved_from,
        provisional,
        sources,
        reason,
    } = i.clone();
    serde_json::to_string(&Day {
        date: date.to_string(),
        kind,
        name: name.map(names),
        also: also.into_iter().map(names).collect(),
        moved_from: moved_from.map(|d| d.to_string()),
        provisional,
        sources,
        reason,
    })
    .unwrap()
}

const FIRST: i32 = 2000;
const LAST: i32 = 2035;

/// FNV-1a, 64 bits: a stable digest with no dependency.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn snapshot(cal: &CountryCalendar) -> String {
    let mut out = String::new();
    for y in FIRST..=LAST {
        let mut all = Vec::new();
        let mut day = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
        while day.year() == y {
            let i = cal.day(day);
            let json = day_json(&i);
            all.extend_from_slice(json.as_bytes());
            all.push(b'\n');
            if i.reason != Reason::Plain {
                let sources = serde_json::to_string(&i.sources).unwrap();
                out.push_str(&format!(
                    "{} {:?} {:?} {} {:?} {} {:016x}\n",
                    i.date,
                    i.kind,
                    i.reason,
                    i.moved_from.map_or("-".to_owned(), |d| d.to_string()),
                    i.name.map_or("-", |id| common::message_in(id, Lang::En)),
                    if i.provisional {
                        "provisional"
                    } else {
                        "final"
                    },
                    fnv(sources.as_bytes()),
                ));
            }
            day = day.succ_opt().unwrap();
        }
        out.push_str(&format!("{y} all days {:016x}\n", fnv(&all)));
    }
    out
}

#[test]
fn every_calendar_matches_its_golden_snapshot() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    for c in tirkeu::countries::ALL {
        let cal = tirkeu::countries::calendar(c.code).expect("a country without a calendar");
        let path = dir.join(format!(
            "{}_calendar_golden.txt",
            cal.country().to_ascii_lowercase()
        ));
        let got = snapshot(cal);
        if std::env::var_os("GOLDEN_WRITE").is_some() {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            // A country added after the restructuring has no "before" to equal.
            Err(_) => continue,
        };
        if got != want {
            let diff: Vec<String> = want
                .lines()
                .zip(got.lines())
                .filter(|(a, b)| a != b)
                .take(20)
                .map(|(a, b)| format!("- {a}\n+ {b}"))
                .collect();
            panic!(
                "{}: the calendar differs from {} (first differing lines; a different number of lines shows as a shift):\n{}",
                cal.country(),
                path.display(),
                diff.join("\n")
            );
        }
        checked += 1;
    }
    if std::env::var_os("GOLDEN_WRITE").is_none() {
        assert!(checked >= 1, "no golden snapshot was compared");
    }
}

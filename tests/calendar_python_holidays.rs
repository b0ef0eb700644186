//! The cross-check of every country's working-day calendar against the python `holidays`
//! package (vacanza, MIT), one runner for all: each `tests/fixtures/<cc>_python_holidays.json`
//! (written by `scripts/python-holidays-fixture.py`) is compared, day by day over the fixture's
//! years, with the calendar of `<cc>`. A date where we and the library disagree must be listed
//! in the calendar's `differences` (`KnownDifference` rows: date, both answers, the library's
//! label, the explanation, our sources); a listed date where we now agree fails as stale.
//! Adding a country's cross-check is a fixture and data, no test code.
//!
//! Only whether a day is a working day is compared (the library's `is_working_day`), not names.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, Weekday};
use tirkeu::calendar::{
    self, CountryCalendar, Holiday, KnownDifference, OnWeekend, TransferRule, WeekendTransfer,
    YearRecord, YearSpan,
};
use tirkeu::source::{Confidence, Source};

/// What a fixture says.
struct Fixture {
    country: String,
    version: String,
    first_year: i32,
    last_year: i32,
    weekend: Vec<Weekday>,
    /// date → (the library says working, its label), for every day that is not ordinary.
    days: BTreeMap<NaiveDate, (bool, String)>,
}

impl Fixture {
    /// (working, label) for `day` according to the library.
    fn says(&self, day: NaiveDate) -> (bool, &str) {
        match self.days.get(&day) {
            Some((w, l)) => (*w, l.as_str()),
            None => (!self.weekend.contains(&day.weekday()), "(ordinary day)"),
        }
    }
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?}: {e}"))
}

fn weekday(s: &str) -> Weekday {
    s.parse().unwrap_or_else(|_| panic!("bad weekday {s:?}"))
}

fn parse(text: &str) -> Fixture {
    let v: serde_json::Value = serde_json::from_str(text).expect("fixture is JSON");
    let weekend: Vec<Weekday> = v["weekend"]
        .as_array()
        .expect("weekend")
        .iter()
        .map(|w| weekday(w.as_str().unwrap()))
        .collect();
    let mut days = BTreeMap::new();
    for y in v["years"].as_array().expect("years") {
        for e in y["non_working_weekdays"].as_array().unwrap() {
            let date = d(e["date"].as_str().unwrap());
            assert!(
                !weekend.contains(&date.weekday()),
                "{date} listed as a non-working weekday"
            );
            let label = e["label"].as_str().unwrap_or("").to_owned();
            assert!(days.insert(date, (false, label)).is_none(), "{date} twice");
        }
        for e in y["working_weekend_days"].as_array().unwrap() {
            let date = d(e["date"].as_str().unwrap());
            assert!(
                weekend.contains(&date.weekday()),
                "{date} listed as a working weekend day"
            );
            assert!(
                days.insert(date, (true, "working weekend day".to_owned()))
                    .is_none(),
                "{date} twice"
            );
        }
    }
    Fixture {
        country: v["country"].as_str().expect("country").to_owned(),
        version: v["holidays_version"]
            .as_str()
            .expect("holidays_version")
            .to_owned(),
        first_year: v["first_year"].as_i64().expect("first_year") as i32,
        last_year: v["last_year"].as_i64().expect("last_year") as i32,
        weekend,
        days,
    }
}

/// Compares `cal` with the fixture over the fixture's years: `Err` lists every unexplained
/// difference and every listed difference that is wrong, stale, unexplained or out of range.
fn compare(cal: &CountryCalendar, fx: &Fixture) -> Result<(), Vec<String>> {
    let version = &fx.version;
    let mut problems = Vec::new();
    let (first, last) = (
        NaiveDate::from_ymd_opt(fx.first_year, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(fx.last_year, 12, 31).unwrap(),
    );
    let mut day = first;
    while day <= last {
        let ours = cal.is_working_day(day);
        let (theirs, label) = fx.says(day);
        let listed: Vec<&KnownDifference> =
            cal.differences.iter().filter(|x| x.date == day).collect();
        match listed[..] {
            [] if ours != theirs => problems.push(format!(
                "{day} {:?}: ours working={ours} ({:?}), holidays {version} working={theirs} ({label})",
                day.weekday(),
                cal.day(day).kind
            )),
            [] => {}
            [x] => {
                if x.ours_working != ours || x.theirs_working != theirs {
                    problems.push(format!(
                        "{day}: differences table says ours={} theirs={}, but ours={ours} theirs={theirs}",
                        x.ours_working, x.theirs_working
                    ));
                }
                if ours == theirs {
                    problems.push(format!(
                        "{day}: listed as a difference but we agree with holidays {version}: stale entry"
                    ));
                } else if x.theirs_label != label {
                    problems.push(format!(
                        "{day}: differences table quotes the label {:?}, holidays {version} says {label:?}",
                        x.theirs_label
                    ));
                }
                if x.explanation.trim().is_empty() || x.sources.is_empty() {
                    problems.push(format!(
                        "{day}: a difference needs an explanation and sources"
                    ));
                }
            }
            _ => problems.push(format!("{day}: listed {} times", listed.len())),
        }
        day = day.succ_opt().unwrap();
    }
    for x in cal.differences {
        if x.date < first || x.date > last {
            problems.push(format!(
                "difference {} is outside the fixture's years {}-{}",
                x.date, fx.first_year, fx.last_year
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut v: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name()?.to_str()?.to_owned();
            let cc = name.strip_suffix("_python_holidays.json")?;
            Some((cc.to_ascii_uppercase(), p))
        })
        .collect();
    v.sort();
    v
}

#[test]
fn every_country_with_a_fixture_agrees_except_its_listed_differences() {
    let all = fixtures();
    assert!(!all.is_empty(), "no fixture found");
    let mut failures = Vec::new();
    for (cc, path) in &all {
        let cal = tirkeu::countries::calendar(cc)
            .unwrap_or_else(|| panic!("{}: no calendar for {cc}", path.display()));
        let fx = parse(&std::fs::read_to_string(path).unwrap());
        assert_eq!(fx.country, *cc, "{}: country", path.display());
        assert_eq!(cal.second_source, "python-holidays", "{cc}: second_source");
        assert_eq!(
            fx.weekend, cal.weekend,
            "{cc}: the fixture's weekend is not the calendar's"
        );
        // The fixture covers every year whose data we know, so a new year needs a new fixture.
        assert!(
            fx.first_year <= cal.first_year() && cal.last_year() <= fx.last_year,
            "{cc}: the fixture covers {}-{}, the calendar knows {}-{}: regenerate it (scripts/python-holidays-fixture.py)",
            fx.first_year,
            fx.last_year,
            cal.first_year(),
            cal.last_year()
        );
        if let Err(p) = compare(cal, &fx) {
            failures.push(format!(
                "{cc}: cross-check with holidays {} failed:\n{}",
                fx.version,
                p.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_calendar_naming_python_holidays_has_a_fixture() {
    let have: Vec<String> = fixtures().into_iter().map(|(cc, _)| cc).collect();
    for cal in tirkeu::countries::CALENDARS {
        if cal.second_source == "python-holidays" || !cal.differences.is_empty() {
            assert!(
                have.iter().any(|cc| cc == cal.country()),
                "{}: no tests/fixtures/{}_python_holidays.json",
                cal.country(),
                cal.country().to_ascii_lowercase()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The mechanism itself, on a made-up country ("XA") and a made-up fixture
// ---------------------------------------------------------------------------------------------

const SRC: Source = Source::new("xa-src-test", Confidence::Low);
static HOLIDAYS: &[Holiday] = &[Holiday {
    id: "made-up-day",
    month: 6,
    day: 1,
    name: "made-up-day",
    on_weekend: OnWeekend::Moved,
    in_force: YearSpan {
        from: 2000,
        to: i32::MAX,
    },
    sources: &[SRC],
}];
static RULES: &[TransferRule] = &[TransferRule::new(
    WeekendTransfer::NextWorkday,
    YearSpan {
        from: 2000,
        to: i32::MAX,
    },
    &[SRC],
)];
static YEARS: &[YearRecord] = &[YearRecord {
    year: 2024,
    movable: &[],
    transfers: &[],
    sources: &[SRC],
    notes: &[],
}];

fn made_up(differences: &'static [KnownDifference]) -> CountryCalendar {
    CountryCalendar {
        country: "XA",
        weekend: &[Weekday::Sat, Weekday::Sun],
        holidays: HOLIDAYS,
        transfer_rules: RULES,
        years: YEARS,
        second_source: "python-holidays",
        differences,
    }
}

/// The library's view of 2024 for "XA": Sat 1 Jun a holiday (weekend, so not listed), Mon 3 Jun
/// observed — as our rules say.
const FIXTURE: &str = r#"{
  "country": "XA", "holidays_version": "0.0-test", "first_year": 2024, "last_year": 2024,
  "weekend": ["Sat", "Sun"],
  "years": [{"year": 2024,
    "non_working_weekdays": [{"date": "2024-06-03", "label": "Made-up Day (observed)"}],
    "working_weekend_days": []}]
}"#;

#[test]
fn the_cross_check_passes_when_both_agree() {
    let fx = parse(FIXTURE);
    assert_eq!(fx.says(d("2024-06-03")), (false, "Made-up Day (observed)"));
    assert_eq!(fx.says(d("2024-06-08")), (false, "(ordinary day)"));
    compare(&made_up(&[]), &fx).unwrap();
}

#[test]
fn the_cross_check_reports_an_unlisted_difference_and_accepts_it_once_explained() {
    let mut fx = parse(FIXTURE);
    // The library now also says Tue 4 Jun is off; we do not.
    fx.days
        .insert(d("2024-06-04"), (false, "Something Else".to_owned()));
    let err = compare(&made_up(&[]), &fx).unwrap_err();
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(err[0].starts_with("2024-06-04"), "{err:?}");

    static EXPLAINED: &[KnownDifference] = &[KnownDifference {
        date: calendar::ymd(2024, 6, 4),
        ours_working: true,
        theirs_working: false,
        theirs_label: "Something Else",
        explanation: "test: the decree the library follows was repealed",
        sources: &[SRC],
    }];
    compare(&made_up(EXPLAINED), &fx).unwrap();

    // The same row with the library's label misquoted, or with no explanation, is refused.
    static MISQUOTED: &[KnownDifference] = &[KnownDifference {
        date: calendar::ymd(2024, 6, 4),
        ours_working: true,
        theirs_working: false,
        theirs_label: "Something",
        explanation: "test",
        sources: &[SRC],
    }];
    let err = compare(&made_up(MISQUOTED), &fx).unwrap_err();
    assert!(err.iter().any(|e| e.contains("label")), "{err:?}");
    static UNEXPLAINED: &[KnownDifference] = &[KnownDifference {
        date: calendar::ymd(2024, 6, 4),
        ours_working: true,
        theirs_working: false,
        theirs_label: "Something Else",
        explanation: " ",
        sources: &[],
    }];
    let err = compare(&made_up(UNEXPLAINED), &fx).unwrap_err();
    assert!(err.iter().any(|e| e.contains("explanation")), "{err:?}");
}

#[test]
fn the_cross_check_flags_stale_wrong_and_out_of_range_rows() {
    let fx = parse(FIXTURE);
    // Mon 10 Jun: both say working, so a listed difference is stale.
    static STALE: &[KnownDifference] = &[KnownDifference {
        date: calendar::ymd(2024, 6, 10),
        ours_working: true,
        theirs_working: false,
        theirs_label: "test",
        explanation: "test",
        sources: &[SRC],
    }];
    let err = compare(&made_up(STALE), &fx).unwrap_err();
    assert!(err.iter().any(|e| e.contains("stale")), "{err:?}");
    assert!(err.iter().any(|e| e.contains("table says")), "{err:?}");
    static OUTSIDE: &[KnownDifference] = &[KnownDifference {
        date: calendar::ymd(2023, 6, 1),
        ours_working: true,
        theirs_working: false,
        theirs_label: "test",
        explanation: "test",
        sources: &[SRC],
    }];
    let err = compare(&made_up(OUTSIDE), &fx).unwrap_err();
    assert!(err.iter().any(|e| e.contains("outside")), "{err:?}");
}

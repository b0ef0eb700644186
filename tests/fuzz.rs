//! Time-boxed fuzzing of every export's Rust entry point with arbitrary and near-valid input:
//! `evaluate_json`, `calendar::year::calendar_year`, the form's details, HTML and PDF, and the
//! `.ics`. Each must return (no panic), errors must name a field path and say something, and on
//! success every date in the output must be a real `YYYY-MM-DD` date (every `DTSTART`/`DTEND`
//! of the `.ics` eight digits).
//!
//! Budget: `TIRKEU_FUZZ_SECONDS` per target (default 12; the four targets run side by side, so
//! `cargo test` spends about 25 s on two cores), `TIRKEU_FUZZ_SEED` (default a fixed seed, so a
//! failure in CI can be replayed; `random` picks one and prints it). `scripts/fuzz.sh` runs the
//! same targets for longer with a random seed. A failure prints the seed, the case number and
//! the input.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use tirkeu::i18n::Lang;
use tirkeu::json::Json;

mod common;
use common::arbitrary::{date_between, date_string, iso, leaf, value, ymd, KEYS};

// ---- inputs ------------------------------------------------------------------------------

/// Replaces, removes or adds one member somewhere in `v` (an object, or an array's element),
/// steered by `path`.
fn mutate(v: &mut Json, path: &[usize], key: &str, new: Option<Json>) {
    match v {
        Json::Object(m) if !m.is_empty() => {
            let i = path.first().copied().unwrap_or(0) % (m.len() + 1);
            if i == m.len() {
                if let Some(n) = new {
                    m.push((key.to_owned(), n));
                }
            } else if path.len() > 1 && matches!(m[i].1, Json::Object(_) | Json::Array(_)) {
                mutate(&mut m[i].1, &path[1..], key, new);
            } else if let Some(n) = new {
                m[i].1 = n;
            } else {
                m.remove(i);
            }
        }
        Json::Array(a) if !a.is_empty() => {
            let i = path.first().copied().unwrap_or(0) % a.len();
            if path.len() > 1 && matches!(a[i], Json::Object(_) | Json::Array(_)) {
                mutate(&mut a[i], &path[1..], key, new);
            } else if let Some(n) = new {
                a[i] = n;
            } else {
                a.remove(i);
            }
        }
        _ => {}
    }
}

/// A valid-looking scenario (optional exit, trips, moves far in time), then 0–3 random
/// mutations anywhere in it.
fn scenario() -> impl Strategy<Value = Json> {
    let skeleton = (
        date_between(ymd(2014, 6, 1), ymd(2028, 6, 30)),
        prop::option::of(0i64..2000),
        prop::sample::select(vec![
            "DE",
            "RU",
            "CN",
            "KG",
            "US",
            "stateless",
            "IN",
            "TR",
            "KZ",
            "GE",
            "QA",
            "BY",
            "UZ",
            "AZ",
        ]),
        prop::sample::select(vec![
            "none",
            "e-visa",
            "tourist",
            "investor",
            "diplomatic",
            "transit",
            "work",
        ]),
        prop::sample::select(vec!["ordinary", "diplomatic", "service"]),
        prop::sample::select(vec!["private", "hotel", "organization"]),
        prop::option::of(date_between(ymd(1880, 1, 1), ymd(2028, 12, 31))),
        prop::collection::vec((0i64..3000, 0i64..120), 0..5),
        prop::collection::vec(
            (
                prop_oneof![6 => (0i64..60).prop_map(Ok), 1 => (0i64..2100).prop_map(Ok), 1 => date_string().prop_map(Err)],
                any::<bool>(),
            ),
            0..3,
        ),
        prop::sample::select(vec!["en", "ru", "kk", "zh"]),
        prop::sample::select(vec!["KZ", "AZ", "RU"]),
    )
        .prop_map(
            |(entry, len, cit, visa, passport, acc, birth, trips, moves, lang, dest)| {
                let s = |v: &str| Json::String(v.to_owned());
                let mut m = vec![
                    ("destination".to_owned(), s(dest)),
                    ("citizenship".to_owned(), s(cit)),
                    ("entryDate".to_owned(), iso(entry)),
                    ("visa".to_owned(), s(visa)),
                    ("passport".to_owned(), s(passport)),
                    ("accommodation".to_owned(), s(acc)),
                    ("lang".to_owned(), s(lang)),
                ];
                if let Some(l) = len {
                    m.push(("exitDate".into(), iso(entry + chrono::Days::new(l as u64))));
                }
                if let Some(b) = birth {
                    m.push(("birthDate".into(), iso(b)));
                }
                let trips = trips
                    .into_iter()
                    .map(|(back, l)| {
                        let a = tirkeu::date::add_days(entry, -(back + l + 1));
                        Json::Object(vec![
                            ("entryDate".into(), iso(a)),
                            ("exitDate".into(), iso(tirkeu::date::add_days(a, l))),
                        ])
                    })
                    .collect();
                m.push(("trips".into(), Json::Array(trips)));
                let moves = moves
                    .into_iter()
                    .map(|(k, o)| {
                        Json::Object(vec![
                            (
                                "date".into(),
                                k.map_or_else(|d| d, |k| iso(tirkeu::date::add_days(entry, k))),
                            ),
                            ("otherRegion".into(), Json::Bool(o)),
                            ("sameOwner".into(), Json::Bool(!o)),
                        ])
                    })
                    .collect();
                m.push(("moves".into(), Json::Array(moves)));
                Json::Object(m)
            },
        );
    let mutation = (
        prop::collection::vec(0usize..12, 1..4),
        prop::sample::select(KEYS.to_vec()),
        prop::option::weighted(0.85, prop_oneof![3 => leaf(), 1 => value()]),
    );
    let mutations = prop_oneof![3 => Just(vec![]), 2 => prop::collection::vec(mutation, 1..4)];
    (skeleton, mutations).prop_map(|(mut v, ms)| {
        for (path, key, new) in ms {
            mutate(&mut v, &path, key, new);
        }
        v
    })
}

/// Form details: valid-looking values with random dates, sometimes mutated.
fn details() -> impl Strategy<Value = Json> {
    let text = prop_oneof![
        4 => prop::sample::select(vec!["Müller", "Құрманғазы", "Іңкәр", "N12345678", "+7 701 234 56 78", "Алматы, ул. Абая 150", "M", "f", "900101 300123"]).prop_map(str::to_owned),
        1 => "[a-zA-Zа-яА-Я0-9 .,-]{0,12}",
        1 => "\\PC{0,210}",
    ];
    (
        prop::collection::vec(
            (
                prop::sample::select(
                    tirkeu::form::text_fields()
                        .chain(["sex"])
                        .collect::<Vec<_>>(),
                ),
                text,
            ),
            0..6,
        ),
        prop::collection::vec(
            (
                prop::sample::select(vec![
                    "birthDate",
                    "passportIssueDate",
                    "passportExpiry",
                    "visaExpiry",
                ]),
                prop_oneof![
                    2 => date_between(ymd(1950, 1, 1), ymd(2014, 1, 1)).prop_map(iso),
                    1 => date_between(ymd(2028, 1, 1), ymd(2040, 1, 1)).prop_map(iso),
                    1 => date_string(),
                ],
            ),
            0..4,
        ),
        prop::collection::vec(prop::option::of(date_string()), 0..2),
        prop::collection::vec(
            (
                prop::collection::vec(0usize..6, 1..3),
                prop::option::of(leaf()),
            ),
            0..2,
        ),
    )
        .prop_map(|(texts, dates, children, ms)| {
            let mut m: Vec<(String, Json)> = texts
                .into_iter()
                .map(|(k, v)| (k.to_owned(), Json::String(v)))
                .collect();
            m.extend(dates.into_iter().map(|(k, v)| (k.to_owned(), v)));
            let kids: Vec<Json> = children
                .into_iter()
                .map(|b| {
                    let mut c = vec![("name".to_owned(), Json::String("Ғалия".into()))];
                    if let Some(b) = b {
                        c.push(("birthDate".into(), b));
                    }
                    Json::Object(c)
                })
                .collect();
            m.push(("children".into(), Json::Array(kids)));
            let mut v = Json::Object(m);
            for (path, new) in ms {
                mutate(&mut v, &path, "x", new);
            }
            v
        })
}

// ---- what must hold ---------------------------------------------------------------------

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && tirkeu::date::parse_iso(s).is_ok()
}

/// Looks like a date someone meant (digits-dash-digits-dash-digits, maybe signed).
fn date_shaped(s: &str) -> bool {
    let t = s.trim_start_matches(['+', '-']);
    let parts: Vec<&str> = t.split('-').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
}

fn date_key(k: &str) -> bool {
    k == "date"
        || k.ends_with("Date")
        || matches!(
            k,
            "lastDay" | "from" | "movedFrom" | "rulesCheckedOn" | "dueDate"
        )
}

/// Every date-valued member and every date-shaped string in `v` is a real `YYYY-MM-DD` date.
fn dates_ok(v: &serde_json::Value, at: &str) -> Result<(), String> {
    use serde_json::Value as V;
    match v {
        V::String(s) if date_shaped(s) && !is_iso_date(s) => Err(format!("{at}: {s:?}")),
        V::Array(a) => a
            .iter()
            .enumerate()
            .try_for_each(|(i, x)| dates_ok(x, &format!("{at}[{i}]"))),
        V::Object(m) => m.iter().try_for_each(|(k, x)| {
            let p = format!("{at}.{k}");
            match x {
                V::String(s) if date_key(k) && !is_iso_date(s) => Err(format!("{p}: {s:?}")),
                _ => dates_ok(x, &p),
            }
        }),
        _ => Ok(()),
    }
}

/// An error names a path made of the input's own member names (or `''`) and explains itself.
fn error_ok(e: &tirkeu::InputError) -> Result<(), String> {
    let path_ok = e.field.is_empty()
        || e.field.split('.').all(|seg| {
            let name = seg.split('[').next().unwrap_or("");
            !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && seg[name.len()..].split_terminator(']').all(|ix| {
                    ix.strip_prefix('[')
                        .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
                })
        });
    if !path_ok {
        return Err(format!("field {:?}", e.field));
    }
    if e.message.trim().len() < 10 {
        return Err(format!("message {:?}", e.message));
    }
    Ok(())
}

fn ics_ok(ics: &str) -> Result<(), String> {
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        if line.len() > tirkeu::ics::LINE_OCTETS {
            return Err(format!("line over 75 octets: {line:?}"));
        }
        let date = line
            .strip_prefix("DTSTART;VALUE=DATE:")
            .or_else(|| line.strip_prefix("DTEND;VALUE=DATE:"));
        if let Some(d) = date {
            let ok = d.len() == 8
                && d.bytes().all(|c| c.is_ascii_digit())
                && tirkeu::date::parse_iso(&format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]))
                    .is_ok();
            if !ok {
                return Err(format!("{line:?}"));
            }
        }
        if let Some(s) = line.strip_prefix("DTSTAMP:") {
            if !(s.len() == 16
                && s[..8].bytes().all(|c| c.is_ascii_digit())
                && &s[8..] == "T000000Z")
            {
                return Err(format!("{line:?}"));
            }
        }
    }
    Ok(())
}

fn check_evaluate(v: &Json) -> Result<bool, String> {
    match tirkeu::evaluate_json(v) {
        Ok(a) => {
            for o in &a.obligations {
                // A count back from the last lawful day or a permit's expiry ends before it
                // (and, from the last lawful day, never before the entry); every other count
                // ends on or after its trigger.
                let back = o.count.start == tirkeu::count::Start::Before;
                if back != (o.due_date < o.trigger.date) {
                    return Err(format!("{} due on the wrong side of its trigger", o.rule));
                }
                if o.trigger.kind == "stay-end"
                    && tirkeu::scenario::parse(v).is_ok_and(|s| o.due_date < s.entry_date)
                {
                    return Err(format!("{} due before the entry", o.rule));
                }
            }
            dates_ok(
                &serde_json::to_value(&a).map_err(|e| e.to_string())?,
                "assessment",
            )?;
            Ok(true)
        }
        Err(e) => error_ok(&e).map(|()| false),
    }
}

fn check_ics(v: &Json) -> Result<bool, String> {
    let Ok(s) = tirkeu::scenario::parse(v) else {
        return Ok(false);
    };
    match tirkeu::evaluate(&s) {
        Ok(a) => ics_ok(&tirkeu::ics::calendar_ics(&s, &a)).map(|()| true),
        Err(e) => error_ok(&e).map(|()| false),
    }
}

fn check_form(v: &Json, d: &Json, pdf: bool) -> Result<bool, String> {
    let Ok(s) = tirkeu::scenario::parse(v) else {
        return Ok(false);
    };
    let Ok(a) = tirkeu::evaluate(&s) else {
        return Ok(false);
    };
    let details = match tirkeu::forms::parse_details_for(d, &s) {
        Ok(x) => x,
        Err(e) => return error_ok(&e).map(|()| false),
    };
    let html = tirkeu::forms::form_html(&s, &a, &details);
    // Every DD.MM.YYYY on the form is a real date with a four-digit year.
    let b = html.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let w = &b[i..i + 10];
        let shaped = w[2] == b'.'
            && w[5] == b'.'
            && w[..2].iter().all(u8::is_ascii_digit)
            && w[3..5].iter().all(u8::is_ascii_digit);
        if shaped && (i > 0 && b[i - 1].is_ascii_digit()) {
            continue;
        }
        if shaped {
            let (dd, mm) = (&html[i..i + 2], &html[i + 3..i + 5]);
            let yyyy = &html[i + 6..i + 10];
            let after = b.get(i + 10).copied();
            if !yyyy.bytes().all(|c| c.is_ascii_digit())
                || after.is_some_and(|c| c.is_ascii_digit())
            {
                continue; // e.g. a phone number the user typed
            }
            if tirkeu::date::parse_iso(&format!("{yyyy}-{mm}-{dd}")).is_err() {
                return Err(format!("form date {dd}.{mm}.{yyyy}"));
            }
        }
    }
    if pdf && !tirkeu::forms::form_pdf(&s, &a, &details).starts_with(b"%PDF-") {
        return Err("not a PDF".into());
    }
    Ok(true)
}

fn check_calendar(country: &Json, year: &Json, lang: Lang) -> Result<bool, String> {
    match tirkeu::calendar::year::calendar_year(country, year, lang, tirkeu::countries::calendar) {
        Ok(c) => {
            for d in &c.days {
                if !is_iso_date(&d.date) || !d.date.starts_with(&format!("{}-", c.year)) {
                    return Err(format!("calendar date {:?} in {}", d.date, c.year));
                }
            }
            Ok(true)
        }
        Err(e) => error_ok(&e).map(|()| false),
    }
}

// ---- the runner -------------------------------------------------------------------------

fn seconds() -> f64 {
    std::env::var("TIRKEU_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(12.0)
}

fn seed() -> u64 {
    match std::env::var("TIRKEU_FUZZ_SEED").as_deref() {
        Ok("random") => {
            let s = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64);
            eprintln!("TIRKEU_FUZZ_SEED={s}");
            s
        }
        Ok(s) => s.parse().unwrap_or(20261201),
        Err(_) => 20261201,
    }
}

/// Runs `check` on values of `strategy` until the time budget is spent; panics with the seed,
/// the case and the input on the first failure or panic.
fn fuzz<S: Strategy>(
    name: &str,
    salt: u64,
    strategy: S,
    check: impl Fn(&S::Value, u64) -> Result<bool, String>,
) where
    S::Value: std::fmt::Debug,
{
    let base = seed();
    let seed = base ^ salt;
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &bytes),
    );
    let budget = Duration::from_secs_f64(seconds());
    let start = Instant::now();
    let mut n = 0u64;
    let mut accepted = 0u64;
    // Library panics are what is looked for: keep their default message off the output.
    while start.elapsed() < budget {
        let v = strategy.new_tree(&mut runner).expect("a value").current();
        let r = catch_unwind(AssertUnwindSafe(|| check(&v, n)));
        match r {
            Ok(Ok(ok)) => accepted += u64::from(ok),
            Ok(Err(why)) => {
                panic!("fuzz {name}: TIRKEU_FUZZ_SEED={base}, case {n}: {why}\ninput: {v:?}")
            }
            Err(_) => {
                panic!("fuzz {name}: TIRKEU_FUZZ_SEED={base}, case {n}: panicked\ninput: {v:?}")
            }
        }
        n += 1;
    }
    eprintln!(
        "fuzz {name}: {n} cases ({accepted} accepted) in {:.1} s (TIRKEU_FUZZ_SEED={base})",
        start.elapsed().as_secs_f64()
    );
    assert!(n > 0);
    // Near-valid input must reach the engine's answers, not only its errors.
    assert!(accepted * 20 > n, "only {accepted} of {n} cases accepted");
}

#[test]
fn fuzz_evaluate() {
    fuzz(
        "evaluate",
        1,
        prop_oneof![3 => scenario(), 1 => value()],
        |v, _| check_evaluate(v),
    );
}

#[test]
fn fuzz_calendar_ics() {
    fuzz(
        "calendarIcs",
        2,
        prop_oneof![3 => scenario(), 1 => value()],
        |v, _| check_ics(v),
    );
}

#[cfg(feature = "form")]
#[test]
fn fuzz_form_html_and_pdf() {
    fuzz(
        "formHtml/formPdf",
        3,
        (scenario(), prop_oneof![4 => details(), 1 => value()]),
        // The PDF (font subsetting) is the slow part: every 8th case.
        |(s, d), n| check_form(s, d, n % 8 == 0),
    );
}

#[test]
fn fuzz_calendar() {
    let country = prop_oneof![
        3 => prop::sample::select(vec!["KZ", "kz", " KZ ", "FR", "XX", "stateless", ""]).prop_map(|s| Json::String(s.to_owned())),
        1 => leaf(),
    ];
    let year = prop_oneof![
        3 => (2010i32..2032).prop_map(|y| Json::Number(y.into())),
        1 => any::<f64>().prop_map(Json::Number),
        1 => leaf(),
    ];
    let lang = prop::sample::select(Lang::ALL.to_vec());
    fuzz("calendar", 4, (country, year, lang), |(c, y, l), _| {
        check_calendar(c, y, *l)
    });
}

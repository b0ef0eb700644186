//! Messages name fields in words, never by their path: over a spread of bad inputs (scenarios,
//! the form's details, the calendar's arguments, and arbitrary ones) and the assumptions, in
//! every language, no error message or assumption holds a camelCase field name (`birthDate`) or
//! a path (`trips[0]`, `details.surname`), and each error's message still names its field: the
//! words of the field its `field` path names (or of the item it is in), in that language. The
//! path stays in `field`, for programs.

mod common;

use proptest::prelude::*;
use serde_json::{json, Value};
use tirkeu::i18n::{field, Lang};
use tirkeu::json::Json;
use tirkeu::text::{Arg, Text};
use tirkeu::InputError;

fn j(v: Value) -> Json {
    serde_json::from_value(v).expect("test JSON")
}

/// A camelCase word (`exitDate`, `otherRegion`), a list index (`trips[0]`, `[1]`) or a dotted
/// path (`details.surname`, `facts.dueDate`), if `s` has one.
fn path_like(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| {
            !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '[' || c == ']')
        })
        .filter(|w| !w.is_empty())
        .collect();
    for w in words {
        let w = w.trim_matches('.');
        let b = w.as_bytes();
        let camel = b.first().is_some_and(u8::is_ascii_lowercase)
            && w.chars().any(|c| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphanumeric());
        let index = w.contains('[') && w.contains(']');
        let dotted = w.split_once('.').is_some_and(|(a, b)| {
            a.len() > 1
                && b.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && a.chars().all(|c| c.is_ascii_alphabetic())
        });
        if camel || index || dotted {
            return Some(w.to_owned());
        }
    }
    None
}

/// The fields an error's message names (every `Arg::Field` in its text).
fn fields(t: &Text, out: &mut Vec<(String, Option<&'static str>)>) {
    for (_, a) in &t.args {
        match a {
            Arg::Field { path, label } => out.push((path.clone(), *label)),
            Arg::Msg(t) => fields(t, out),
            Arg::List { items, .. } => items.iter().for_each(|t| fields(t, out)),
            _ => {}
        }
    }
}

/// `e.field` and the paths it is inside (`trips[1].entryDate` → `trips[1]`, `trips`).
fn with_parents(p: &str) -> Vec<String> {
    let mut v = vec![p.to_owned()];
    let mut p = p;
    while let Some(i) = p.rfind(['.', '[']) {
        p = &p[..i];
        v.push(p.to_owned());
    }
    v
}

/// `m` without the quoted values that the caller typed (`input`, as printed): a value is shown
/// as typed, so a typed "cCP" is not a field name. A typed value may hold the quote marks
/// themselves, so each kind of quote is taken from its first opening to its last closing mark.
fn without_typed_values(m: &str, input: &str) -> String {
    let mut out = m.to_owned();
    for (open, close) in [('“', '”'), ('"', '"'), ('«', '»'), ('„', '“')] {
        let Some(a) = out.find(open) else { continue };
        let from = a + open.len_utf8();
        let Some(b) = out[from..].rfind(close) else {
            continue;
        };
        let quoted = out[from..from + b].to_owned();
        // A value as typed: found in the input (or its beginning, when shortened with "…"),
        // or with characters no field path has (the input prints those escaped).
        let shown = quoted.strip_suffix('…').unwrap_or(&quoted);
        let pathlike = shown
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.[]".contains(c));
        if !quoted.is_empty() && (input.contains(shown) || !pathlike) {
            out.replace_range(from..from + b, "");
        }
    }
    out
}

/// The error's message names no path, and names its field in words.
fn check(e: &InputError, lang: Lang, input: &str) {
    let m = &e.message;
    let words = without_typed_values(m, input);
    assert!(
        path_like(&words).is_none(),
        "{lang:?}: {:?} in the message of {input}: {m}",
        path_like(&words)
    );
    assert!(
        !words.contains("{$") && !words.contains("{ $"),
        "{lang:?}: {m}"
    );
    // The whole input's errors name it ("the scenario"); the others name their field.
    if e.field.is_empty() {
        return;
    }
    let mut named = Vec::new();
    fields(&e.text, &mut named);
    let within = with_parents(&e.field);
    let hit = named.iter().find(|(p, _)| within.contains(p));
    let Some((path, label)) = hit else {
        panic!(
            "{lang:?}: the message of {input} names no field {:?} ({:?}): {m}",
            e.field, e.text.id
        );
    };
    let words = field::words_in(lang, path, *label).unwrap();
    assert!(
        path_like(&words).is_none(),
        "{lang:?}: {path} in words: {words}"
    );
    assert!(
        m.contains(&words),
        "{lang:?}: {m} does not say {words} ({path})"
    );
}

fn scenarios() -> Vec<Value> {
    let base = json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06"});
    let with = |extra: Value| {
        let mut v = base.clone();
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        v
    };
    let trips = |list: Value| with(json!({ "trips": list }));
    let moves = |list: Value| with(json!({ "exitDate": "2026-04-01", "moves": list }));
    vec![
        json!("KZ"),
        json!({}),
        json!({"destination": "KZ"}),
        json!({"destination": "KZ", "citizenship": "DE"}),
        json!({"destination": 5, "citizenship": "DE", "entryDate": "2026-03-06"}),
        json!({"destination": "XX", "citizenship": "DE", "entryDate": "2026-03-06"}),
        json!({"destination": "FR", "citizenship": "DE", "entryDate": "2026-03-06"}),
        json!({"destination": "KZ", "citizenship": "XX", "entryDate": "2026-03-06"}),
        json!({"destination": "KZ", "citizenship": "KZ", "entryDate": "2026-03-06"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-02-30"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "6 March"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "1990-03-06"}),
        with(json!({"lang": "fr"})),
        with(json!({"lang": 3})),
        with(json!({"exitDate": "2026-03-01"})),
        with(json!({"exitDate": "2036-03-01"})),
        with(json!({"exitDate": true})),
        with(json!({"birthDate": "2030-01-01"})),
        with(json!({"birthDate": "1880-01-01"})),
        with(json!({"birthDate": "1895-03-07"})),
        with(json!({"passport": "golden"})),
        with(json!({"visa": "x"})),
        with(json!({"accommodation": 1})),
        with(json!({"crew": "yes"})),
        with(json!({"trips": {}})),
        with(json!({"moves": "x"})),
        trips(json!([5])),
        trips(json!([{"entryDate": "2026-01-01"}])),
        trips(json!([{"exitDate": "2026-01-01"}])),
        trips(json!([{"entryDate": "2026-01-10", "exitDate": "2026-01-01"}])),
        trips(json!([{"entryDate": "2026-01-10", "exitDate": "2026-03-20"}])),
        trips(json!([{"entryDate": "1800-01-10", "exitDate": "2026-01-20"}])),
        trips(
            json!([{"entryDate": "2025-01-01", "exitDate": "2025-01-05"}, {"entryDate": "2025-01-03", "exitDate": "2025-01-09"}]),
        ),
        trips(
            json!([{"entryDate": "2025-01-01", "exitDate": "2025-01-05"}, {"entryDate": "2025-02-30", "exitDate": "2025-03-01"}]),
        ),
        trips(json!((0..501)
            .map(|_| json!({"entryDate": "2025-01-01", "exitDate": "2025-01-02"}))
            .collect::<Vec<_>>())),
        moves(json!([{"date": "2026-05-01"}])),
        moves(json!([{}])),
        moves(json!([{"date": "2026-03-10", "accommodation": "tent"}])),
        moves(json!([{"date": "2026-03-10", "otherRegion": "no"}])),
        moves(json!([3])),
        with(json!({"moves": [{"date": "2036-03-10"}]})),
    ]
}

fn details() -> Vec<Value> {
    vec![
        json!("Müller"),
        json!({"surname": 5}),
        json!({"surname": "x".repeat(81)}),
        json!({"surname": "王"}),
        json!({"address": "😀"}),
        json!({"givenNames": "e\u{0301}\u{0301}"}),
        json!({"birthDate": "1990-02-30"}),
        json!({"passportExpiry": "soon"}),
        json!({"sex": "X"}),
        json!({"hostId": "12345"}),
        json!({"children": 3}),
        json!({"children": [{}, 5]}),
        json!({"children": [{"name": "王"}]}),
        json!({"children": [{}, {"birthDate": "2020-13-01"}]}),
        json!({"children": (0..21).map(|_| json!({})).collect::<Vec<_>>()}),
    ]
}

#[test]
fn errors_name_fields_in_words_in_every_language() {
    let mut n = 0;
    for lang in Lang::ALL {
        for s in scenarios() {
            let mut s = s;
            if s.is_object() && s.get("lang").is_none() {
                s["lang"] = json!(lang.code());
            }
            let e = match tirkeu::evaluate_json(&j(s.clone())) {
                Err(e) => e,
                Ok(_) => panic!("no error for {s}"),
            };
            let e = if s.get("lang").is_some_and(|l| l == lang.code()) {
                e
            } else {
                e.localized(lang)
            };
            check(&e, lang, &s.to_string());
            n += 1;
        }
        for d in details() {
            let e = tirkeu::forms::parse_details(&j(d.clone())).expect_err(&d.to_string());
            let e = e.localized(lang);
            check(&e, lang, &d.to_string());
            n += 1;
        }
        for (country, year) in [
            (json!(5), json!(2026)),
            (json!("XX"), json!(2026)),
            (json!("KZ"), json!(1800)),
            (json!("KZ"), json!("2026")),
        ] {
            let Err(e) = tirkeu::calendar::year::calendar_year(
                &j(country.clone()),
                &j(year.clone()),
                lang,
                tirkeu::countries::calendar,
            ) else {
                panic!("no error for calendar({country}, {year})");
            };
            // Their messages (src/calendar/year.rs) say "the country", "the year" in the catalog's
            // own words, without a field argument: only the paths are checked.
            let e = e.localized(lang);
            assert!(path_like(&e.message).is_none(), "{lang:?}: {}", e.message);
        }
    }
    assert!(n > 200);
}

#[test]
fn details_are_named_by_their_label_on_the_form() {
    let e = tirkeu::forms::parse_details(&j(json!({"surname": "王"}))).unwrap_err();
    assert_eq!(e.field, "details.surname");
    assert!(e.message.contains("the field “Surname”"), "{}", e.message);
    let ru = e.clone().localized(Lang::Ru);
    assert!(ru.message.starts_with("Поле «Фамилия»"), "{}", ru.message);
    let e =
        tirkeu::forms::parse_details(&j(json!({"children": [{}, {"birthDate": "2020-13-01"}]})))
            .unwrap_err();
    assert_eq!(e.field, "details.children[1].birthDate");
    assert!(
        e.message.contains("the field “Date of birth” of child 2"),
        "{}",
        e.message
    );
    let zh = e.localized(Lang::Zh);
    assert!(zh.message.contains("子女2的出生日期"), "{}", zh.message);
}

#[test]
fn paths_in_words() {
    let en = |p: &str| field::words_in(Lang::En, p, None).unwrap();
    assert_eq!(en("exitDate"), "the date of exit");
    assert_eq!(en("trips[2].exitDate"), "the exit date of earlier trip 3");
    assert_eq!(en("moves[0].date"), "the date of move 1");
    assert_eq!(en(""), "the input");
    assert_eq!(en("details.children[1]"), "child 2");
    assert_eq!(en("trips[0].foo"), "the value “foo” of earlier trip 1");
    assert_eq!(
        field::words_in(Lang::Ru, "exitDate", None).unwrap(),
        "дата выезда"
    );
    assert_eq!(
        field::words_in(Lang::En, "details.surname", Some("kz-form-surname")).unwrap(),
        "the field “Surname”"
    );
}

#[test]
fn assumptions_name_fields_in_words() {
    let s = json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06"});
    for lang in Lang::ALL {
        let mut s = s.clone();
        s["lang"] = json!(lang.code());
        let a = common::eval(s);
        assert_eq!(a.assumptions.len(), 5, "{:?}", a.assumptions);
        for x in &a.assumptions {
            assert!(path_like(x).is_none(), "{lang:?}: {x}");
        }
        for p in ["passport", "exitDate", "birthDate"] {
            let w = field::words_in(lang, p, None).unwrap();
            assert!(
                a.assumptions.iter().any(|x| x.contains(&w)),
                "{lang:?}: {w} in {:?}",
                a.assumptions
            );
        }
    }
    let a = common::eval(s);
    assert!(
        a.assumptions
            .contains(&"Taken as \"ordinary\", since the passport was not given.".to_owned()),
        "{:?}",
        a.assumptions
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn arbitrary_inputs_errors_name_fields_in_words(v in common::arbitrary::value(), l in 0usize..4) {
        let lang = Lang::ALL[l];
        if let Err(e) = tirkeu::scenario::parse(&v) {
            check(&e.localized(lang), lang, &format!("{v:?}"));
        }
        if let Err(e) = tirkeu::forms::parse_details(&v) {
            check(&e.localized(lang), lang, &format!("{v:?}"));
        }
    }
}

//! Hand-worked cases as data: `tests/cases/<country>/*.toml`, one runner for every country.
//! A researcher adds a case without writing Rust; the format is in `tests/cases/README.md`.
//!
//! Each `[[case]]` has a `name`, a `why` (the count worked by hand from the cited rule), a
//! `scenario` (the destination defaults to the folder's name), and either `expect` — a table of
//! paths into the assessment, as JSON, and the value found there — or `error` (`code`, `field`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};
use tirkeu::json::Json;

/// TOML dates written without quotes arrive as `{"$__toml_private_datetime": "2024-05-03"}`:
/// turn them back into the strings the engine reads.
fn plain(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            if m.len() == 1 {
                if let Some(Value::String(s)) = m.get("$__toml_private_datetime") {
                    return Value::String(s.clone());
                }
            }
            Value::Object(m.into_iter().map(|(k, v)| (k, plain(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(plain).collect()),
        v => v,
    }
}

/// One step of a path: `obligations`, `0`, or a selector `[kind=host-notification,trigger.kind=move]`.
enum Step {
    Key(String),
    Index(usize),
    Select(Vec<(String, String)>),
}

fn parse_path(path: &str) -> Result<Vec<Step>, String> {
    let mut out = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| format!("unclosed [ in {path:?}"))?;
            let inner = &r[..end];
            if let Ok(i) = inner.parse::<usize>() {
                out.push(Step::Index(i));
            } else {
                let mut conds = Vec::new();
                for c in inner.split(',') {
                    let (k, v) = c
                        .split_once('=')
                        .ok_or_else(|| format!("selector {c:?} in {path:?} needs key=value"))?;
                    conds.push((k.trim().to_owned(), v.trim().to_owned()));
                }
                out.push(Step::Select(conds));
            }
            rest = &r[end + 1..];
            rest = rest.strip_prefix('.').unwrap_or(rest);
        } else {
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            out.push(Step::Key(rest[..end].to_owned()));
            rest = &rest[end..];
            rest = rest.strip_prefix('.').unwrap_or(rest);
        }
    }
    Ok(out)
}

/// The value at a dotted path inside `v` (`trigger.kind`), as text for selectors.
fn field_text(v: &Value, dotted: &str) -> Option<String> {
    let mut cur = v;
    for k in dotted.split('.') {
        cur = cur.get(k)?;
    }
    Some(match cur {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

/// Follows `path`; a selector must match exactly one element (or none, which gives `None`).
fn lookup<'a>(root: &'a Value, path: &str) -> Result<Option<&'a Value>, String> {
    lookup_with(root, path, false)
}

/// As [`lookup`]; with `any_last`, a selector that ends the path may match several elements
/// (the first is given): for `true`, "such an element exists".
fn lookup_with<'a>(
    root: &'a Value,
    path: &str,
    any_last: bool,
) -> Result<Option<&'a Value>, String> {
    let mut cur = root;
    let steps = parse_path(path)?;
    let last = steps.len().saturating_sub(1);
    for (i, step) in steps.into_iter().enumerate() {
        let next = match step {
            Step::Key(k) => cur.get(&k),
            Step::Index(i) => cur.get(i),
            Step::Select(conds) => {
                let arr = cur
                    .as_array()
                    .ok_or_else(|| format!("{path}: a selector needs an array"))?;
                let hits: Vec<&Value> = arr
                    .iter()
                    .filter(|e| {
                        conds
                            .iter()
                            .all(|(k, v)| field_text(e, k).as_deref() == Some(v.as_str()))
                    })
                    .collect();
                match hits.len() {
                    0 => None,
                    1 => Some(hits[0]),
                    _ if any_last && i == last => Some(hits[0]),
                    n => {
                        return Err(format!(
                            "{path}: the selector matches {n} elements; add a condition"
                        ))
                    }
                }
            }
        };
        match next {
            Some(v) => cur = v,
            None => return Ok(None),
        }
    }
    Ok(Some(cur))
}

/// Whether `got` (at the path) satisfies `want`:
/// - `true` / `false` on a path that ends in a selector: the element exists / does not;
/// - `"absent"`: nothing at the path, or null (TOML has no null);
/// - `{ contains = "text" }`: a string containing the text;
/// - `{ count = n }`: an array of that length;
/// - anything else: equal as JSON.
fn check(path: &str, got: Option<&Value>, want: &Value) -> Result<(), String> {
    // `…[kind=x]` selects; `…[2]` indexes.
    let ends_in_selector = path
        .trim_end()
        .strip_suffix(']')
        .and_then(|p| p.rsplit('[').next())
        .is_some_and(|inner| inner.parse::<usize>().is_err());
    let ok = match want {
        Value::Bool(b) if ends_in_selector => got.is_some() == *b,
        Value::String(s) if s == "absent" => got.is_none_or(Value::is_null),
        Value::Object(m) if m.contains_key("contains") => {
            let needle = m["contains"].as_str().unwrap_or_default();
            got.and_then(Value::as_str)
                .is_some_and(|s| s.contains(needle))
        }
        Value::Object(m) if m.contains_key("count") => {
            got.and_then(Value::as_array).map(|a| a.len() as u64) == m["count"].as_u64()
        }
        w => got == Some(w),
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{path}: expected {want}, got {}",
            got.map_or("nothing".to_owned(), |g| {
                let s = g.to_string();
                if s.len() > 300 {
                    format!(
                        "{}…",
                        &s[..s.char_indices().nth(300).map_or(s.len(), |(i, _)| i)]
                    )
                } else {
                    s
                }
            })
        ))
    }
}

fn run_case(country: &str, case: &Map<String, Value>) -> Result<(), Vec<String>> {
    let mut scenario = case
        .get("scenario")
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| vec!["no scenario table".to_owned()])?;
    scenario
        .entry("destination")
        .or_insert_with(|| json!(country.to_uppercase()));
    let input: Json = serde_json::from_value(Value::Object(scenario.clone()))
        .map_err(|e| vec![format!("scenario: {e}")])?;
    let result = tirkeu::evaluate_json(&input);
    let mut errors = Vec::new();
    match (result, case.get("error"), case.get("expect")) {
        (Ok(a), None, Some(Value::Object(expect))) => {
            let got = serde_json::to_value(&a).expect("assessment as JSON");
            for (path, want) in expect {
                // `true` on a selector: at least one element (several may match).
                match lookup_with(&got, path, *want == Value::Bool(true)) {
                    Ok(v) => {
                        if let Err(e) = check(path, v, want) {
                            errors.push(e);
                        }
                    }
                    Err(e) => errors.push(e),
                }
            }
        }
        (Err(e), Some(Value::Object(want)), _) => {
            let got = serde_json::to_value(&e).expect("error as JSON");
            for (k, w) in want {
                if got.get(k) != Some(w) {
                    errors.push(format!("error.{k}: expected {w}, got {}", got[k]));
                }
            }
        }
        (Ok(_), Some(_), _) => errors.push("expected an error, got an assessment".into()),
        (Err(e), None, _) => errors.push(format!("unexpected error: {e:?}")),
        (Ok(_), None, _) => errors.push("the case has neither `expect` nor `error`".into()),
        (Err(_), Some(_), _) => errors.push("`error` must be a table".into()),
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn case_files() -> BTreeMap<String, Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for dir in std::fs::read_dir(&root).expect("tests/cases").flatten() {
        if !dir.path().is_dir() {
            continue;
        }
        let country = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|f| f.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        out.insert(country, files);
    }
    out
}

#[test]
fn every_hand_worked_case() {
    let mut failures = Vec::new();
    let mut ran = 0;
    for (country, files) in case_files() {
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let doc: Value = match toml::from_str::<Value>(&text) {
                Ok(v) => plain(v),
                Err(e) => {
                    failures.push(format!("{}: not TOML: {e}", file.display()));
                    continue;
                }
            };
            let cases = doc
                .get("case")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            assert!(!cases.is_empty(), "{}: no [[case]]", file.display());
            for case in cases {
                let case = case.as_object().expect("a case is a table").clone();
                let name = case
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or("?")
                    .to_owned();
                assert!(
                    case.get("why")
                        .and_then(Value::as_str)
                        .is_some_and(|w| !w.trim().is_empty()),
                    "{}: case {name:?} has no `why` (the count worked by hand)",
                    file.display()
                );
                ran += 1;
                if let Err(errs) = run_case(&country, &case) {
                    failures.push(format!(
                        "{} — {name}:\n    {}",
                        file.file_name().unwrap().to_string_lossy(),
                        errs.join("\n    ")
                    ));
                }
            }
        }
    }
    assert!(ran >= 40, "only {ran} cases found under tests/cases");
    assert!(
        failures.is_empty(),
        "{} of {ran} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("{ran} hand-worked cases passed");
}

#[test]
fn the_runner_itself() {
    let a = json!({"obligations": [
        {"kind": "host-notification", "trigger": {"kind": "arrival"}, "dueDate": "2026-03-11"},
        {"kind": "host-notification", "trigger": {"kind": "move"}, "dueDate": "2026-04-01"}
    ], "stay": {"lastDay": null}, "warnings": []});
    let at = |p: &str| lookup(&a, p);
    assert_eq!(
        at("obligations[kind=host-notification,trigger.kind=move].dueDate").unwrap(),
        Some(&json!("2026-04-01"))
    );
    assert!(
        at("obligations[kind=host-notification].dueDate").is_err(),
        "ambiguous selector"
    );
    assert!(at("obligations[kind=host-notification]").is_err());
    assert!(
        lookup_with(&a, "obligations[kind=host-notification]", true)
            .unwrap()
            .is_some(),
        "`true` on a selector: at least one"
    );
    assert!(
        lookup_with(&a, "obligations[kind=host-notification].dueDate", true).is_err(),
        "only the last step may match several"
    );
    assert_eq!(
        at("obligations[1].trigger.kind").unwrap(),
        Some(&json!("move"))
    );
    assert!(check(
        "warnings[code=x]",
        at("warnings[code=x]").unwrap(),
        &json!(false)
    )
    .is_ok());
    assert!(check(
        "warnings[code=x]",
        at("warnings[code=x]").unwrap(),
        &json!(true)
    )
    .is_err());
    assert!(check(
        "stay.lastDay",
        at("stay.lastDay").unwrap(),
        &json!("absent")
    )
    .is_ok());
    assert!(check(
        "obligations[0].dueDate",
        at("obligations[0].dueDate").unwrap(),
        &json!("absent")
    )
    .is_err());
    assert!(check(
        "obligations",
        at("obligations").unwrap(),
        &json!({"count": 2})
    )
    .is_ok());
    assert!(check(
        "obligations[0].dueDate",
        at("obligations[0].dueDate").unwrap(),
        &json!("2026-03-12")
    )
    .is_err());
    assert_eq!(
        plain(json!({"$__toml_private_datetime": "2024-05-03"})),
        json!("2024-05-03")
    );
}

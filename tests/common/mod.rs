#![allow(dead_code)]
pub mod arbitrary;
use tirkeu::assessment::{Assessment, Obligation};
use tirkeu::json::Json;

/// Evaluates a scenario written as JSON text.
pub fn eval(json: serde_json::Value) -> Assessment {
    let j: Json = serde_json::from_value(json.clone()).expect("test JSON");
    tirkeu::evaluate_json(&j).unwrap_or_else(|e| panic!("{json}: {e}"))
}

pub fn eval_err(json: serde_json::Value) -> tirkeu::InputError {
    let j: Json = serde_json::from_value(json.clone()).expect("test JSON");
    match tirkeu::evaluate_json(&j) {
        Ok(_) => panic!("{json}: expected an error"),
        Err(e) => e,
    }
}

pub fn obligations<'a>(a: &'a Assessment, kind: &str) -> Vec<&'a Obligation> {
    a.obligations
        .iter()
        .filter(|o| o.kind.as_str() == kind)
        .collect()
}

pub fn one<'a>(a: &'a Assessment, kind: &str) -> &'a Obligation {
    let v = obligations(a, kind);
    assert_eq!(
        v.len(),
        1,
        "exactly one {kind}: {:#?}",
        a.obligations.iter().map(|o| o.rule).collect::<Vec<_>>()
    );
    v[0]
}

pub fn none(a: &Assessment, kind: &str) {
    assert!(
        obligations(a, kind).is_empty(),
        "no {kind} expected, got {:?}",
        obligations(a, kind)
            .iter()
            .map(|o| o.rule)
            .collect::<Vec<_>>()
    );
}

pub fn iso(d: chrono::NaiveDate) -> String {
    tirkeu::date::iso(d)
}

pub fn exempt(a: &Assessment, kind: &str) -> bool {
    a.exemptions.iter().any(|e| e.kind.as_str() == kind)
}

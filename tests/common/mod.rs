#![allow(dead_code)]
pub mod arbitrary;
use tirkeu::assessment::{Assessment, Obligation};
use tirkeu::i18n::{self, Lang};
use tirkeu::json::Json;
use tirkeu::text::Text;

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

/// A message without arguments (a holiday's name, by the message ID the calendar data holds) in
/// `lang`, from that language's catalog, which must have it (no fallback to another language).
pub fn message_in(id: &str, lang: Lang) -> &'static str {
    let c = i18n::catalog(lang).expect("the catalogs are built in for the tests");
    assert!(c.get(id).is_some(), "{id} is not in the {lang:?} catalog");
    Box::leak(i18n::word(&Text::new(Box::leak(id.into())), &c).into_boxed_str())
}

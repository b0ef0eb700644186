//! Arbitrary JSON input for the property tests and the fuzzer: leaves that reach the engine's
//! edges (dates near and far from the supported range, codes, values JS can send that are not
//! JSON) and objects with the scenario's and the details' keys.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use tirkeu::i18n::msg;
use tirkeu::json::Json;

pub fn date_between(lo: NaiveDate, hi: NaiveDate) -> impl Strategy<Value = NaiveDate> {
    (lo.num_days_from_ce()..=hi.num_days_from_ce())
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn iso(d: NaiveDate) -> Json {
    Json::String(tirkeu::date::iso(d))
}

/// A date string: anywhere in 0001..9999 (mostly near the supported range), the edges, or a
/// string that only looks like one.
pub fn date_string() -> impl Strategy<Value = Json> {
    prop_oneof![
        4 => date_between(ymd(2014, 1, 1), ymd(2034, 12, 31)).prop_map(iso),
        2 => date_between(ymd(1, 1, 1), ymd(9999, 12, 31)).prop_map(iso),
        1 => prop::sample::select(vec![
            "0001-01-01", "1899-12-31", "1900-01-01", "2014-12-31", "2015-01-01", "2027-12-31",
            "2028-01-01", "9999-12-31", "2026-02-29", "2024-02-29", "2026-13-01", "+2026-03-06",
            "2026-3-6", "", " 2026-03-06 ",
        ])
        .prop_map(|s| Json::String(s.to_owned())),
        1 => "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Json::String),
    ]
}

pub fn leaf() -> impl Strategy<Value = Json> {
    prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<f64>().prop_map(Json::Number),
        (-3000i32..3000).prop_map(|n| Json::Number(n.into())),
        ".{0,12}".prop_map(Json::String),
        "\\PC{0,220}".prop_map(Json::String),
        date_string(),
        prop::sample::select(vec![
            "KZ",
            "AZ",
            "e-visa",
            "temporary",
            "permanent",
            "DE",
            "RU",
            "CN",
            "KG",
            "US",
            "stateless",
            "kz",
            "XX",
            "FR",
            "none",
            "private",
            "hotel",
            "organization",
            "diplomatic",
            "transit",
            "investor",
            "M",
            "F",
            "ru",
            "kk",
            "zh",
            "zh-CN",
            "en",
        ])
        .prop_map(|s| Json::String(s.to_owned())),
        prop::sample::select(vec![
            msg::A_SYMBOL,
            msg::A_FUNCTION,
            msg::A_BIGINT,
            msg::BINARY_DATA,
            msg::A_MAP,
            msg::A_SET,
            msg::A_DATE_OBJECT,
        ])
        .prop_map(Json::Other),
    ]
}

pub const KEYS: &[&str] = &[
    "destination",
    "citizenship",
    "entryDate",
    "exitDate",
    "birthDate",
    "passport",
    "visa",
    "accommodation",
    "trips",
    "moves",
    "crew",
    "lang",
    "date",
    "otherRegion",
    "sameOwner",
    "permit",
    "kind",
    "validUntil",
    "changedOn",
    "surname",
    "givenNames",
    "sex",
    "hostId",
    "children",
    "name",
    "passportExpiry",
    "__proto__",
    "x",
];

pub fn value() -> impl Strategy<Value = Json> {
    leaf().prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec(
                (
                    prop::sample::select(KEYS.to_vec()).prop_map(str::to_owned),
                    inner
                ),
                0..10
            )
            .prop_map(Json::Object),
        ]
    })
}

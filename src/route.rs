//! Across borders: one traveller in several countries (`compare`) and a whole route
//! (`itinerary`). Both are made of [`crate::evaluate_json`] calls and add nothing to what a
//! country's rules say: each row of `compare` is `evaluate({ ...scenario, destination })`, and
//! each leg of `itinerary` is `evaluate()` of that leg with the earlier legs (and the earlier
//! `trips`) in the same country as its earlier trips. Each country counts its own days.

use chrono::NaiveDate;
use serde::Serialize;

use crate::assessment::Assessment;
use crate::date;
use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Lang};
use crate::json::Json;
use crate::rules::Kind;
use crate::scenario::{self, lang_of, member, object, required_at, string, too_many, wrong_type};
use crate::text::{Arg, Text};

/// At most this many countries in one `compare`.
pub const MAX_COUNTRIES: usize = 10;
/// At most this many legs in one route.
pub const MAX_LEGS: usize = 30;
/// At most this many earlier trips given with a route.
pub const MAX_ROUTE_TRIPS: usize = 500;

/// One country's answer for the traveller, or why it has none.
#[derive(Debug, Clone, Serialize)]
pub struct CompareRow {
    pub destination: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<InputError>,
}

/// `input` with `key` set to `value` (replaced, or added).
fn with(input: &Json, key: &str, value: Json) -> Json {
    let mut m = match input {
        Json::Object(m) => m.clone(),
        _ => Vec::new(),
    };
    m.retain(|(k, _)| k != key);
    m.push((key.to_owned(), value));
    Json::Object(m)
}

/// `compare(scenario, countries)`: the answer in each country, in the order asked. The
/// scenario's own `destination`, if any, is ignored. Throws only when `countries` is not a
/// list of strings (or is too long) or the scenario is not an object; every other problem is
/// the row's `error`.
pub fn compare(input: &Json, countries: &Json) -> Result<Vec<CompareRow>, InputError> {
    let lang = lang_of(input);
    object(input, "").map_err(|e| e.localized(lang))?;
    let list = match countries {
        Json::Array(a) if a.len() > MAX_COUNTRIES => {
            return Err(too_many("countries", a.len(), MAX_COUNTRIES).localized(lang))
        }
        Json::Array(a) => a,
        other => return Err(wrong_type("countries", msg::AN_ARRAY, other).localized(lang)),
    };
    let mut rows = Vec::with_capacity(list.len());
    for (i, c) in list.iter().enumerate() {
        let code = string(c, &format!("countries[{i}]")).map_err(|e| e.localized(lang))?;
        let one = with(input, "destination", Json::String(code.to_owned()));
        let (assessment, error) = match crate::evaluate_json(&one) {
            Ok(a) => (Some(a), None),
            Err(e) => (None, Some(e)),
        };
        rows.push(CompareRow {
            destination: code.trim().to_ascii_uppercase(),
            assessment,
            error,
        });
    }
    Ok(rows)
}

/// One obligation of a route, for the list of the whole route's deadlines.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RouteObligation {
    pub destination: &'static str,
    /// The leg's index in `legs`.
    pub leg: usize,
    pub kind: Kind,
    pub who: &'static str,
    #[serde(serialize_with = "date::ser")]
    pub due_date: NaiveDate,
    pub title: String,
}

/// A warning about the route as a whole.
#[derive(Debug, Clone, Serialize)]
pub struct RouteWarning {
    pub code: &'static str,
    pub message: String,
    /// The leg it concerns, if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leg: Option<usize>,
}

/// A whole route's answer.
#[derive(Debug, Clone, Serialize)]
pub struct Itinerary {
    pub legs: Vec<Assessment>,
    pub obligations: Vec<RouteObligation>,
    pub warnings: Vec<RouteWarning>,
}

/// The checked scenario of each leg, with its assessment.
pub struct Leg {
    pub scenario: scenario::Scenario,
    pub assessment: Assessment,
}

/// The same error with its field (and the fields its message names) under `prefix`
/// (`legs[2].`), worded again in `lang`.
fn under(mut e: InputError, prefix: &str, lang: Lang) -> InputError {
    let move_path = |p: &mut String| {
        if !p.starts_with("legs[") {
            *p = format!("{prefix}{p}");
            if p.ends_with('.') {
                p.pop();
            }
        }
    };
    move_path(&mut e.field);
    e.text.map_fields(&mut |p| {
        // The traveller's own fields are the route's, not the leg's.
        if !matches!(
            p.as_str(),
            "citizenship" | "passport" | "birthDate" | "lang"
        ) {
            move_path(p)
        }
    });
    if matches!(
        e.field.strip_prefix(prefix),
        Some("citizenship" | "passport" | "birthDate" | "lang")
    ) {
        e.field = e.field[prefix.len()..].to_owned();
    }
    // The traveller's own country as a leg: the leg's destination is what to change.
    if e.code == ErrorCode::CitizenOfDestination {
        e.field = format!("{prefix}destination");
    }
    e.localized(lang)
}

/// Reads the route's earlier trips: `[{ destination, entryDate, exitDate }]`.
fn route_trips(input: &Json, lang: Lang) -> Result<Vec<(String, Json)>, InputError> {
    let list = match member(input, "trips") {
        None | Some(Json::Null) => return Ok(Vec::new()),
        Some(Json::Array(a)) if a.len() > MAX_ROUTE_TRIPS => {
            return Err(too_many("trips", a.len(), MAX_ROUTE_TRIPS).localized(lang))
        }
        Some(Json::Array(a)) => a,
        Some(other) => return Err(wrong_type("trips", msg::AN_ARRAY, other).localized(lang)),
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let path = format!("trips[{i}]");
        let t = object(t, &path).map_err(|e| e.localized(lang))?;
        let field = format!("{path}.destination");
        let d = required_at(t, "destination", &field)
            .and_then(|v| string(v, &field))
            .map_err(|e| e.localized(lang))?;
        let mut trip = Vec::new();
        for k in ["entryDate", "exitDate"] {
            if let Some(v) = member(t, k) {
                trip.push((k.to_owned(), v.clone()));
            }
        }
        out.push((d.trim().to_ascii_uppercase(), Json::Object(trip)));
    }
    Ok(out)
}

/// `itinerary(route)`: each leg's assessment (with the earlier legs in the same country as its
/// trips), every deadline of the route by date, and warnings about the route as a whole.
pub fn legs(input: &Json) -> Result<Vec<Leg>, InputError> {
    let lang = lang_of(input);
    object(input, "").map_err(|e| e.localized(lang))?;
    let legs = match member(input, "legs") {
        None | Some(Json::Null) => {
            return Err(InputError::new(
                ErrorCode::MissingField,
                "legs",
                msg::REQUIRED,
                vec![("field", Arg::field("legs"))],
            )
            .localized(lang))
        }
        Some(Json::Array(a)) if a.len() > MAX_LEGS => {
            return Err(too_many("legs", a.len(), MAX_LEGS).localized(lang))
        }
        Some(Json::Array(a)) if a.is_empty() => {
            return Err(InputError::new(
                ErrorCode::OutOfRange,
                "legs",
                msg::LEGS_COUNT,
                vec![
                    ("field", Arg::field("legs")),
                    ("max", Arg::Str(MAX_LEGS.to_string())),
                ],
            )
            .localized(lang))
        }
        Some(Json::Array(a)) => a,
        Some(other) => return Err(wrong_type("legs", msg::AN_ARRAY, other).localized(lang)),
    };
    let trips = route_trips(input, lang)?;
    let mut out: Vec<Leg> = Vec::with_capacity(legs.len());
    for (i, leg) in legs.iter().enumerate() {
        let prefix = format!("legs[{i}].");
        let leg = object(leg, &format!("legs[{i}]")).map_err(|e| e.localized(lang))?;
        // Every leg but the last has an exit: the next leg's entry follows it.
        if i + 1 < legs.len() && member(leg, "exitDate").is_none() {
            let f = format!("{prefix}exitDate");
            return Err(InputError::new(
                ErrorCode::MissingField,
                f.clone(),
                msg::REQUIRED,
                vec![("field", Arg::field(f))],
            )
            .localized(lang));
        }
        // The scenario of the leg: the traveller's fields, then the leg's own.
        let mut m: Vec<(String, Json)> = Vec::new();
        for k in ["citizenship", "passport", "birthDate", "lang"] {
            if let Some(v) = member(input, k) {
                m.push((k.to_owned(), v.clone()));
            }
        }
        for k in [
            "destination",
            "entryDate",
            "exitDate",
            "accommodation",
            "visa",
            "moves",
            "crew",
            "permit",
        ] {
            if let Some(v) = member(leg, k) {
                m.push((k.to_owned(), v.clone()));
            }
        }
        let scenario_json = Json::Object(m.clone());
        // Read the leg alone first, so that its own errors name its fields.
        let s = scenario::parse(&scenario_json).map_err(|e| under(e, &prefix, lang))?;
        if let Some(prev) = out.last() {
            let prev_exit = prev.scenario.exit_date.unwrap_or(prev.scenario.entry_date);
            if s.entry_date < prev_exit {
                let f = format!("{prefix}entryDate");
                return Err(InputError::new(
                    ErrorCode::TripOverlap,
                    f.clone(),
                    msg::LEG_OVERLAP,
                    vec![
                        ("field", Arg::field(f)),
                        ("n", Arg::from(i as i64)),
                        ("exit", Arg::Date(prev_exit)),
                    ],
                )
                .localized(lang));
            }
        }
        // Earlier stays in the same country: the given trips, then the earlier legs.
        let mut earlier: Vec<Json> = trips
            .iter()
            .filter(|(d, _)| d == s.destination)
            .map(|(_, t)| t.clone())
            .collect();
        earlier.extend(
            out.iter()
                .filter(|l| l.scenario.destination == s.destination)
                .map(|l| {
                    let exit = l.scenario.exit_date.unwrap_or(l.scenario.entry_date);
                    Json::Object(vec![
                        (
                            "entryDate".into(),
                            Json::String(date::iso(l.scenario.entry_date)),
                        ),
                        ("exitDate".into(), Json::String(date::iso(exit))),
                    ])
                }),
        );
        m.push(("trips".to_owned(), Json::Array(earlier)));
        let full = Json::Object(m);
        let s = scenario::parse(&full).map_err(|e| {
            // An earlier trip that does not fit: the route's trips, not the leg's.
            let mut e = e;
            if e.field.starts_with("trips") {
                e.field = "trips".into();
                e.text.map_fields(&mut |p| {
                    if p.starts_with("trips") {
                        *p = "trips".into()
                    }
                });
                e.localized(lang)
            } else {
                under(e, &prefix, lang)
            }
        })?;
        let a = crate::evaluate(&s).map_err(|e| under(e, &prefix, lang))?;
        out.push(Leg {
            scenario: s,
            assessment: a,
        });
    }
    Ok(out)
}

/// The whole route's answer from its legs.
pub fn itinerary(input: &Json) -> Result<Itinerary, InputError> {
    let lang = lang_of(input);
    let legs = legs(input)?;
    let mut obligations: Vec<RouteObligation> = legs
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            l.assessment
                .obligations
                .iter()
                .map(move |o| RouteObligation {
                    destination: l.assessment.destination,
                    leg: i,
                    kind: o.kind,
                    who: o.who,
                    due_date: o.due_date,
                    title: o.title.clone(),
                })
        })
        .collect();
    crate::sort::sort_by_key(&mut obligations, |o| (o.due_date, o.leg));
    let mut warnings = Vec::new();
    let cat = crate::i18n::catalog(lang);
    let say = |t: Text| match &cat {
        Some(c) => crate::i18n::word(&t, c),
        None => t.id.to_owned(),
    };
    let mut countries: Vec<&str> = legs.iter().map(|l| l.assessment.destination).collect();
    crate::sort::sort(&mut countries);
    countries.dedup();
    if countries.len() > 1 {
        warnings.push(RouteWarning {
            code: "limits-per-country",
            message: say(Text::new(msg::ROUTE_LIMITS_PER_COUNTRY)),
            leg: None,
        });
    }
    for (i, l) in legs.iter().enumerate() {
        if let Some(over) = l.assessment.stay.overstay_days {
            warnings.push(RouteWarning {
                code: "leg-overstay",
                message: say(Text::with(
                    msg::ROUTE_LEG_OVERSTAY,
                    vec![
                        ("n", Arg::from((i + 1) as i64)),
                        ("country", Arg::Country(l.assessment.destination.to_owned())),
                        ("days", Arg::Num(over)),
                    ],
                )),
                leg: Some(i),
            });
        }
    }
    Ok(Itinerary {
        legs: legs.into_iter().map(|l| l.assessment).collect(),
        obligations,
        warnings,
    })
}

//! JavaScript bindings (wasm-bindgen). Thin: read the JS value, call the core, write a plain
//! JS object back. Bad input throws a plain object `{ code, field, message }`; nothing here
//! panics on any input.

mod form;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::calendar::{self, DayKind};
use crate::error::{ErrorCode, InputError};
use crate::json::Json;

fn to_js<T: Serialize + ?Sized>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn error(e: &InputError) -> JsValue {
    to_js(e)
}

fn read(v: JsValue, what: &str) -> Result<Json, JsValue> {
    serde_wasm_bindgen::from_value::<Json>(v).map_err(|e| {
        error(&InputError::new(
            ErrorCode::InvalidInput,
            "",
            format!("The {what} could not be read as plain data: {e}."),
        ))
    })
}

/// `evaluate(scenario)` → assessment. Throws `{ code, field, message }` on bad input.
#[wasm_bindgen]
pub fn evaluate(scenario: JsValue) -> Result<JsValue, JsValue> {
    let json = read(scenario, "scenario")?;
    crate::evaluate_json(&json)
        .map(|a| to_js(&a))
        .map_err(|e| error(&e))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CalendarDay {
    date: String,
    /// `holiday`, `day-off` or `working-day`.
    kind: &'static str,
    /// English name.
    name: Option<&'static str>,
    names: Option<calendar::Names>,
    moved_from: Option<String>,
    provisional: bool,
    sources: Vec<crate::source::Source>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CalendarYear {
    country: &'static str,
    year: i32,
    days: Vec<CalendarDay>,
}

/// `calendar(country, year)` → `{ country, year, days: [{ date, kind, name, names, movedFrom, provisional, sources }] }`.
#[wasm_bindgen]
pub fn calendar(country: JsValue, year: JsValue) -> Result<JsValue, JsValue> {
    let c = match read(country, "country")? {
        Json::String(s) => s,
        other => {
            return Err(error(&InputError::new(
                ErrorCode::WrongType,
                "country",
                format!("country must be a string, not {}.", other.type_name()),
            )))
        }
    };
    let code = crate::country::lookup(c.trim()).ok_or_else(|| {
        error(&InputError::new(
            ErrorCode::UnknownCountry,
            "country",
            "country is not an ISO 3166-1 alpha-2 code.",
        ))
    })?;
    let cal = calendar::for_country(code).ok_or_else(|| {
        error(&InputError::new(
            ErrorCode::UnsupportedDestination,
            "country",
            format!("tirkeu has no working-day calendar for {code} yet."),
        ))
    })?;
    let y = match read(year, "year")? {
        Json::Number(n)
            if n.fract() == 0.0 && n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX) =>
        {
            n as i32
        }
        other => {
            return Err(error(&InputError::new(
                ErrorCode::WrongType,
                "year",
                format!("year must be a whole number, not {}.", other.type_name()),
            )))
        }
    };
    if y < cal.first_year() || y > cal.last_year() {
        return Err(error(&InputError::new(
            ErrorCode::OutOfRange,
            "year",
            format!(
                "year: the {code} calendar covers {} to {}.",
                cal.first_year(),
                cal.last_year()
            ),
        )));
    }
    let days = cal
        .special_days(y)
        .into_iter()
        .filter_map(|d| {
            let kind = match d.kind {
                DayKind::Holiday => "holiday",
                DayKind::DayOff => "day-off",
                DayKind::WorkingWeekend => "working-day",
                DayKind::Working | DayKind::Weekend => return None,
            };
            Some(CalendarDay {
                date: crate::date::iso(d.date),
                kind,
                name: d.name.map(|n| n.en),
                names: d.name,
                moved_from: d.moved_from.map(crate::date::iso),
                provisional: d.provisional,
                sources: d.sources.to_vec(),
            })
        })
        .collect();
    Ok(to_js(&CalendarYear {
        country: code,
        year: y,
        days,
    }))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CountryOut {
    code: &'static str,
    name: &'static str,
    rules_checked_on: String,
    entries_from: Option<String>,
    entries_to: Option<String>,
    calendar_years: [i32; 2],
}

/// `countries()` → the destinations tirkeu has rules for.
#[wasm_bindgen]
pub fn countries() -> JsValue {
    let out: Vec<CountryOut> = crate::rules::countries()
        .iter()
        .map(|c| {
            let cal = (c.calendar)();
            CountryOut {
                code: c.code,
                name: c.name,
                rules_checked_on: crate::date::iso(c.rules_checked_on),
                entries_from: c.covers.from.map(crate::date::iso),
                entries_to: c.covers.to.map(crate::date::iso),
                calendar_years: [cal.first_year(), cal.last_year()],
            }
        })
        .collect();
    to_js(&out)
}

/// `version()` → the engine version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::engine::ENGINE_VERSION.to_owned()
}

/// A trivial call with the same signature as `evaluate`, for benchmarks: returns its argument.
#[wasm_bindgen]
pub fn noop(value: JsValue) -> Result<JsValue, JsValue> {
    Ok(value)
}

/// For benchmarks: reads the argument across the boundary like `evaluate` does and writes it
/// back, without evaluating: the cost of the data crossing alone.
#[wasm_bindgen]
pub fn echo(value: JsValue) -> Result<JsValue, JsValue> {
    let json = read(value, "value")?;
    Ok(to_js(&JsonOut(&json)))
}

struct JsonOut<'a>(&'a Json);

impl Serialize for JsonOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self.0 {
            Json::Null => s.serialize_none(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Number(n) => s.serialize_f64(*n),
            Json::String(v) => s.serialize_str(v),
            Json::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    seq.serialize_element(&JsonOut(v))?;
                }
                seq.end()
            }
            Json::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    map.serialize_entry(k, &JsonOut(v))?;
                }
                map.end()
            }
        }
    }
}

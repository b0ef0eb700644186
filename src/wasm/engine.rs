//! The engine's bindings: evaluate, calendar, countries, version (and the benchmark's noop and
//! echo). Not in the page's form-only module.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{error, read, to_js};
use crate::calendar::{self, DayKind};
use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Arg, Lang};
use crate::json::Json;

/// The language asked for by an optional JS argument (`undefined`, or a string like "ru").
fn lang_arg(v: JsValue) -> Lang {
    v.as_string()
        .and_then(|s| Lang::parse(&s))
        .unwrap_or_default()
}

/// `evaluate(scenario)` → assessment, in `scenario.lang`. Throws `{ code, field, message }`.
#[wasm_bindgen]
pub fn evaluate(scenario: JsValue) -> Result<JsValue, JsValue> {
    let json = read(scenario, msg::THE_SCENARIO).map_err(|e| error(&e))?;
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

/// `calendar(country, year, lang?)` → `{ country, year, days: [{ date, kind, name, names, movedFrom, provisional, sources }] }`;
/// `lang` only chooses the language of error messages and of `name`.
#[wasm_bindgen]
pub fn calendar(country: JsValue, year: JsValue, lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_arg(lang);
    calendar_year(country, year, lang).map_err(|e| error(&e.localized(lang)))
}

fn calendar_year(country: JsValue, year: JsValue, lang: Lang) -> Result<JsValue, InputError> {
    let c = match read(country, msg::THE_COUNTRY)? {
        Json::String(s) => s,
        other => {
            return Err(crate::scenario::wrong_type(
                "country",
                msg::A_STRING,
                &other,
            ))
        }
    };
    let code = crate::country::lookup(c.trim()).ok_or_else(|| {
        InputError::new(
            ErrorCode::UnknownCountry,
            "country",
            msg::COUNTRY_NOT_ISO,
            vec![],
        )
    })?;
    let cal = calendar::for_country(code).ok_or_else(|| {
        InputError::new(
            ErrorCode::UnsupportedDestination,
            "country",
            msg::NO_CALENDAR,
            vec![("code", Arg::Text(code.into()))],
        )
    })?;
    let y = match read(year, msg::THE_YEAR)? {
        Json::Number(n)
            if n.fract() == 0.0 && n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX) =>
        {
            n as i32
        }
        other => {
            return Err(crate::scenario::wrong_type(
                "year",
                msg::A_WHOLE_NUMBER,
                &other,
            ))
        }
    };
    if y < cal.first_year() || y > cal.last_year() {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            "year",
            msg::YEAR_OUT_OF_RANGE,
            vec![
                ("code", Arg::Text(code.into())),
                ("from", Arg::Text(cal.first_year().to_string())),
                ("to", Arg::Text(cal.last_year().to_string())),
            ],
        ));
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
                name: d.name.map(|n| n.get(lang)),
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
    let json = read(value, msg::THE_SCENARIO).map_err(|e| error(&e))?;
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

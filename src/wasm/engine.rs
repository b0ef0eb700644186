//! The engine's bindings: evaluate, compute, calendar, countries, version (and the benchmark's
//! noop and echo). Not in the page's form-only module (which has `loadCatalog` too, `mod.rs`).

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{error, read, read_scenario, to_js};
use crate::i18n::{msg, Lang};

/// The language asked for by an optional JS argument (`undefined`, or a string like "ru").
fn lang_arg(v: JsValue) -> Lang {
    v.as_string()
        .and_then(|s| Lang::parse(&s))
        .unwrap_or_default()
}

/// `evaluate(scenario)` → assessment, in `scenario.lang`. Throws `{ code, field, message }`.
#[wasm_bindgen(unchecked_return_type = "Assessment")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
) -> Result<JsValue, JsValue> {
    let json = read_scenario(&scenario).map_err(|e| error(&e))?;
    crate::evaluate_json(&json)
        .map(|a| to_js(&a))
        .map_err(|e| error(&e))
}

/// `compute(scenario)` → the facts: the assessment with every text a message reference
/// `{ id, args }` and no `lang`; word them with the catalog of any language. Errors as
/// `evaluate`'s, in `scenario.lang`.
#[wasm_bindgen(unchecked_return_type = "Facts")]
pub fn compute(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
) -> Result<JsValue, JsValue> {
    let json = read_scenario(&scenario).map_err(|e| error(&e))?;
    crate::compute_json(&json)
        .map(|a| to_js(&a))
        .map_err(|e| error(&e))
}

/// `compare(scenario, countries)` → `[{ destination, assessment } | { destination, error }]`:
/// the traveller's answer in each country, in the order asked; each `assessment` equals
/// `evaluate({ ...scenario, destination })`. Throws `{ code, field, message }` only when
/// `countries` is not a list of codes or the scenario not an object.
#[wasm_bindgen(unchecked_return_type = "CompareRow[]")]
pub fn compare(
    #[wasm_bindgen(
        unchecked_param_type = "Omit<Scenario, 'destination'> & { destination?: string }"
    )]
    scenario: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string[]")] countries: JsValue,
) -> Result<JsValue, JsValue> {
    let json = read_scenario(&scenario).map_err(|e| error(&e))?;
    let lang = super::read::lang_of(&scenario);
    let list =
        read(&countries, msg::THE_COUNTRIES, "countries").map_err(|e| error(&e.localized(lang)))?;
    crate::route::compare(&json, &list)
        .map(|rows| to_js(&rows))
        .map_err(|e| error(&e))
}

/// `itinerary(route)` → `{ legs: [assessment], obligations: [{ destination, leg, kind, who,
/// dueDate, title }], warnings }`: each leg's assessment equals `evaluate()` of that leg with
/// the earlier legs (and `trips`) in the same country as its earlier trips.
#[wasm_bindgen(unchecked_return_type = "Itinerary")]
pub fn itinerary(
    #[wasm_bindgen(unchecked_param_type = "Route")] route: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = super::read::lang_of(&route);
    let json = read(&route, msg::THE_ROUTE, "").map_err(|e| error(&e.localized(lang)))?;
    crate::route::itinerary(&json)
        .map(|r| to_js(&r))
        .map_err(|e| error(&e))
}

/// `plan(query)` → `{ destination, from, days, available, lastDay, earliest: { entryDate,
/// lastDay } | null, allowance, note, limits }`: how many days a stay entering on
/// `query.entryDate` may last, and the earliest date from then on when a stay of `query.days`
/// fits every limit, with `query.trips` past or planned (any dates, not overlapping).
#[wasm_bindgen(unchecked_return_type = "Plan")]
pub fn plan(
    #[wasm_bindgen(unchecked_param_type = "PlanQuery")] query: JsValue,
) -> Result<JsValue, JsValue> {
    let json = read_scenario(&query).map_err(|e| error(&e))?;
    crate::plan::plan(&json)
        .map(|p| to_js(&p))
        .map_err(|e| error(&e))
}

/// `calendar(country, year, lang?)` → `{ country, year, days: [{ date, kind, name, nameId, names,
/// also, alsoIds, alsoNames, movedFrom, provisional, sources }] }`; `lang` only chooses the
/// language of error messages and of `name`/`also` (`names` has every catalog at hand).
#[wasm_bindgen(unchecked_return_type = "CalendarYear")]
pub fn calendar(
    #[wasm_bindgen(unchecked_param_type = "string")] country: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang | undefined")] lang: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let lang = lang.unwrap_or(JsValue::UNDEFINED);
    let lang = lang_arg(lang);
    let out = read(&country, msg::THE_COUNTRY, "country").and_then(|c| {
        let y = read(&year, msg::THE_YEAR, "year")?;
        crate::calendar::year::calendar_year(&c, &y, lang, crate::countries::calendar)
    });
    out.map(|c| to_js(&c))
        .map_err(|e| error(&e.localized(lang)))
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
    /// ISO 4217: the page formats money with Intl in this currency.
    currency: &'static str,
    /// The choices, details, defaults, FAQ and channels a user interface needs.
    passports: &'static [crate::scenario::Passport],
    visas: &'static [crate::scenario::Visa],
    accommodations: &'static [crate::scenario::Accommodation],
    details: &'static [crate::rules::ui::DetailField],
    defaults: &'static crate::rules::ui::UiDefaults,
    own_channels: &'static crate::rules::ui::OwnChannels,
    move_questions: &'static [&'static str],
    faq: &'static [&'static str],
    /// How the page answers each claim of `faq` (`src/rules/faq.rs`).
    faq_answers: &'static [crate::rules::faq::Claim],
    fine_unit: &'static str,
}

/// `countries()` → the destinations tirkeu has rules for.
#[wasm_bindgen(unchecked_return_type = "CountryInfo[]")]
pub fn countries() -> JsValue {
    let out: Vec<CountryOut> = crate::countries::ALL
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
                currency: c.currency,
                passports: c.ui.passports,
                visas: c.ui.visas,
                accommodations: c.ui.accommodations,
                details: c.ui.details,
                defaults: &c.ui.defaults,
                own_channels: &c.ui.own_channels,
                move_questions: c.ui.move_questions,
                faq: c.ui.faq,
                faq_answers: crate::countries::faq(c.code),
                fine_unit: c.ui.fine_unit,
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
#[wasm_bindgen(unchecked_return_type = "unknown")]
pub fn echo(value: JsValue) -> Result<JsValue, JsValue> {
    let json = read_scenario(&value).map_err(|e| error(&e))?;
    Ok(super::write::json_to_js(&json))
}

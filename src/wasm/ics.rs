//! Binding for the calendar file; in the core module (the form module has the rest).

use wasm_bindgen::prelude::*;

use super::{error, read_scenario};
use crate::assessment::Assessment;
use crate::error::InputError;
use crate::scenario::Scenario;

/// Reads, checks and evaluates the scenario.
pub(crate) fn assess(scenario: JsValue) -> Result<(Scenario, Assessment), InputError> {
    let json = read_scenario(&scenario)?;
    let s = crate::scenario::parse(&json)?;
    let a = crate::evaluate(&s)?;
    Ok((s, a))
}

/// `calendarIcs(scenario)` → an iCalendar (.ics) file: one all-day event per obligation on
/// its due date, with a reminder the day before.
#[wasm_bindgen(js_name = calendarIcs)]
pub fn calendar_ics(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
) -> Result<String, JsValue> {
    let (s, a) = assess(scenario).map_err(|e| error(&e))?;
    Ok(crate::ics::calendar_ics(&s, &a))
}

/// `itineraryIcs(route)` → one iCalendar file with every deadline of the route's legs.
#[wasm_bindgen(js_name = itineraryIcs)]
pub fn itinerary_ics(
    #[wasm_bindgen(unchecked_param_type = "Route")] route: JsValue,
) -> Result<String, JsValue> {
    let lang = super::read::lang_of(&route);
    let json = super::read(&route, crate::i18n::msg::THE_ROUTE, "")
        .map_err(|e| error(&e.localized(lang)))?;
    let legs = crate::route::legs(&json).map_err(|e| error(&e))?;
    let all: Vec<&Assessment> = legs.iter().map(|l| &l.assessment).collect();
    let mut names: Vec<&str> = legs.iter().map(|l| l.scenario.destination).collect();
    names.dedup();
    Ok(crate::ics::calendar_ics_of(
        &format!("tirkeu {}", names.join(" → ")),
        &all,
    ))
}

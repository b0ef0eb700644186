//! Bindings for the form, its PDF and the calendar file. The scenario is read and evaluated
//! as by `evaluate`; bad input throws the same plain `{ code, field, message }` objects, with
//! `field` like `details.surname` for the details.

use wasm_bindgen::prelude::*;

use super::{error, read};
use crate::assessment::Assessment;
use crate::error::InputError;
use crate::form::{self, FormDetails};
use crate::i18n::msg;
use crate::scenario::Scenario;

/// Reads, checks and evaluates the scenario.
fn assess(scenario: JsValue) -> Result<(Scenario, Assessment), InputError> {
    let json = read(scenario, msg::THE_SCENARIO)?;
    let s = crate::scenario::parse(&json)?;
    let a = crate::engine::evaluate(&s)?;
    Ok((s, a))
}

/// The scenario and assessment, and the details (errors in the scenario's language).
fn inputs(
    scenario: JsValue,
    details: JsValue,
) -> Result<(Scenario, Assessment, FormDetails), JsValue> {
    let (s, a) = assess(scenario).map_err(|e| error(&e))?;
    let d = read(details, msg::THE_DETAILS)
        .and_then(|j| form::parse_details(&j))
        .map_err(|e| error(&e.localized(s.lang)))?;
    Ok((s, a, d))
}

/// `formHtml(scenario, details?)` → the pre-filled arrival notification as an HTML fragment
/// (`<section class="tirkeu-form" lang="ru">…`), styled by `formCss()`.
#[wasm_bindgen(js_name = formHtml)]
pub fn form_html(scenario: JsValue, details: JsValue) -> Result<String, JsValue> {
    let (s, a, d) = inputs(scenario, details)?;
    Ok(form::form_html(&s, &a, &d))
}

/// `formPdf(scenario, details?)` → the same form as a one-page A4 PDF (`Uint8Array`).
#[wasm_bindgen(js_name = formPdf)]
pub fn form_pdf(scenario: JsValue, details: JsValue) -> Result<js_sys::Uint8Array, JsValue> {
    let (s, a, d) = inputs(scenario, details)?;
    let bytes = form::form_pdf(&s, &a, &d);
    Ok(js_sys::Uint8Array::from(&bytes[..]))
}

/// `formCss()` → the print CSS the form's HTML needs (A4 page, boxes).
#[wasm_bindgen(js_name = formCss)]
pub fn form_css() -> String {
    form::FORM_CSS.to_owned()
}

/// `calendarIcs(scenario)` → an iCalendar (.ics) file: one all-day event per obligation on
/// its due date, with a reminder the day before.
#[wasm_bindgen(js_name = calendarIcs)]
pub fn calendar_ics(scenario: JsValue) -> Result<String, JsValue> {
    let (s, a) = assess(scenario).map_err(|e| error(&e))?;
    Ok(crate::ics::calendar_ics(&s, &a))
}

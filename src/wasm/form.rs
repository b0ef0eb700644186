//! Bindings for the form, its PDF and the calendar file. The scenario is read and evaluated
//! as by `evaluate`; bad input throws the same plain `{ code, field, message }` objects, with
//! `field` like `details.surname` for the details.

use wasm_bindgen::prelude::*;

use super::{error, read};
use crate::error::{ErrorCode, InputError};
use crate::form::{self, FormDetails, FormFacts};
use crate::i18n::msg;
use crate::json::Json;
use crate::scenario::Scenario;

/// The scenario, what the form needs of its assessment, and the details (errors in the
/// scenario's language). The full module evaluates the scenario itself; the page's form-only
/// module takes `facts` (`{ dueDate, rulesCheckedOn, lastDay }`) from the core module instead.
fn inputs(
    scenario: JsValue,
    details: JsValue,
    facts: JsValue,
) -> Result<(Scenario, FormFacts, FormDetails), JsValue> {
    #[cfg(not(feature = "form-only"))]
    let (s, f) = {
        let _ = facts;
        let (s, a) = super::ics::assess(scenario).map_err(|e| error(&e))?;
        let f = FormFacts::from(&a);
        (s, f)
    };
    #[cfg(feature = "form-only")]
    let (s, f) = {
        let json = super::read_scenario(&scenario).map_err(|e| error(&e))?;
        let s = crate::scenario::parse(&json).map_err(|e| error(&e))?;
        let f = read(&facts, msg::THE_DETAILS, "facts")
            .and_then(|j| parse_facts(&j))
            .map_err(|e| error(&e.localized(s.lang)))?;
        (s, f)
    };
    let d = read(&details, msg::THE_DETAILS, "details")
        .and_then(|j| crate::forms::parse_details_for(&j, &s))
        .map_err(|e| error(&e.localized(s.lang)))?;
    Ok((s, f, d))
}

/// `{ dueDate?, rulesCheckedOn, lastDay? }` as the core module's assessment gives them
/// (`lastDay`: its `stay.lastDay`; `null` is none).
#[cfg_attr(not(feature = "form-only"), allow(dead_code))]
fn parse_facts(j: &Json) -> Result<FormFacts, InputError> {
    use crate::scenario::{date_value, member, object};
    let j = object(j, "facts")?;
    let due_date = member(j, "dueDate")
        .map(|v| date_value(v, "facts.dueDate"))
        .transpose()?;
    let rules_checked_on = date_value(
        member(j, "rulesCheckedOn").ok_or_else(|| {
            InputError::new(
                ErrorCode::MissingField,
                "facts.rulesCheckedOn",
                msg::REQUIRED,
                vec![("field", crate::text::Arg::field("facts.rulesCheckedOn"))],
            )
        })?,
        "facts.rulesCheckedOn",
    )?;
    let last_day = match member(j, "lastDay") {
        None | Some(Json::Null) => None,
        Some(v) => Some(date_value(v, "facts.lastDay")?),
    };
    Ok(FormFacts {
        due_date,
        rules_checked_on,
        last_day,
    })
}

/// `formHtml(scenario, details?)` → the pre-filled arrival notification as an HTML fragment
/// (`<section class="tirkeu-form" lang="ru">…`), styled by `formCss()`.
#[wasm_bindgen(js_name = formHtml)]
pub fn form_html(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Details | undefined")] details: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FormFacts | undefined")] facts: JsValue,
) -> Result<String, JsValue> {
    let (s, f, d) = inputs(scenario, details, facts)?;
    Ok(crate::forms::form_html(&s, f, &d))
}

/// `formPdf(scenario, details?)` → the same form as an A4 PDF (`Uint8Array`), with a continuation
/// sheet when a value does not fit on the first page.
#[wasm_bindgen(js_name = formPdf)]
pub fn form_pdf(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Details | undefined")] details: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FormFacts | undefined")] facts: JsValue,
) -> Result<js_sys::Uint8Array, JsValue> {
    let (s, f, d) = inputs(scenario, details, facts)?;
    let bytes = crate::forms::form_pdf(&s, f, &d);
    Ok(js_sys::Uint8Array::from(&bytes[..]))
}

/// `formCss()` → the print CSS the form's HTML needs (A4 page, boxes).
#[wasm_bindgen(js_name = formCss)]
pub fn form_css() -> String {
    form::FORM_CSS.to_owned()
}

/// `loadCjkFont(bytes)` → `true` once the PDF can draw the forms' Chinese labels. The page's
/// form module is built without their font (`NotoSansSC-Regular-tirkeu-form.ttf`, copied next
/// to it by the build): the page gives it before making a PDF in Chinese, and without it a
/// Chinese PDF has the English renderings under the labels. The full package has the font
/// built in. Bytes that are not such a font are refused (`false` while none was given).
#[wasm_bindgen(js_name = loadCjkFont)]
pub fn load_cjk_font(bytes: &[u8]) -> bool {
    crate::form::font::load_cjk(bytes.to_vec())
}

//! The registered forms: which form a destination uses, and the entry points that pick it for
//! the JS API and the tests. `src/form/` draws and checks any [`FormSpec`] and knows neither the
//! countries nor their registry; this module joins the two, as `engine.rs` joins the rules.
//!
//! ```
//! let j = |v: serde_json::Value| -> tirkeu::json::Json { serde_json::from_value(v).unwrap() };
//! let s = tirkeu::scenario::parse(&j(serde_json::json!({
//!     "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06", "lang": "en"
//! }))).unwrap();
//! let a = tirkeu::evaluate(&s).unwrap();
//! let d = tirkeu::forms::parse_details(&j(serde_json::json!({ "surname": "Müller" }))).unwrap();
//! let html = tirkeu::forms::form_html(&s, &a, &d);
//! assert!(html.contains("Müller") && html.contains("06.03.2026") && html.contains("11.03.2026"));
//! assert!(tirkeu::forms::form_pdf(&s, &a, &d).starts_with(b"%PDF-"));
//! ```

use crate::error::InputError;
use crate::form::spec::FormSpec;
use crate::form::{self, FormDetails, FormFacts};
use crate::json::Json;
use crate::scenario::Scenario;

/// The form for destination `code`: the registered country's, else the first registered
/// (today every destination has one).
pub fn spec_for(code: &str) -> &'static FormSpec {
    let forms = crate::countries::FORMS;
    forms
        .iter()
        .find(|f| f.country.eq_ignore_ascii_case(code))
        .or(forms.first())
        .copied()
        .expect("a registered form")
}

/// The form whose checks apply when no scenario says which (the first registered).
fn default_spec() -> &'static FormSpec {
    spec_for("")
}

/// The longest text accepted in details field `key` (`surname`, `children[].name`) by the
/// default form's checks ([`FormSpec::inputs`]; the reasons are in docs/form.md). Every
/// accepted value is printed whole: in its box (wrapped, down to 6.5 pt), or on the PDF's
/// continuation sheet.
pub fn max_len(key: &str) -> usize {
    form::max_len_in(default_spec(), key)
}

/// Reads the user's details for the default form ([`form::parse_details_in`]).
pub fn parse_details(v: &Json) -> Result<FormDetails, InputError> {
    form::parse_details_in(default_spec(), v)
}

/// Reads the user's details for the destination's form and checks their dates against the
/// scenario ([`form::parse_details_for`]).
pub fn parse_details_for(v: &Json, s: &Scenario) -> Result<FormDetails, InputError> {
    form::parse_details_for(spec_for(s.destination), v, s)
}

/// The destination's form as HTML ([`form::render_html`]).
pub fn form_html(s: &Scenario, facts: impl Into<FormFacts>, details: &FormDetails) -> String {
    form::render_html(spec_for(s.destination), s, facts, details)
}

/// The destination's form as an A4 PDF ([`form::render_pdf`]).
pub fn form_pdf(s: &Scenario, facts: impl Into<FormFacts>, d: &FormDetails) -> Vec<u8> {
    form::render_pdf(spec_for(s.destination), s, facts, d)
}

/// Every message a form's details can be refused with: the form module's own, then each
/// registered form's checks' (a tax number's, …), for translators and tests.
pub fn messages() -> Vec<&'static str> {
    let mut v = form::messages::ALL.to_vec();
    for f in crate::countries::FORMS {
        v.extend(f.inputs.iter().filter_map(|i| i.rule.map(|(_, _, m)| m)));
    }
    v
}

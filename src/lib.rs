//! tirkeu: what registration of a foreigner's stay the law asks of whom, by which date, counted
//! how, on which legal basis. Kazakhstan first; a country is a folder (`src/countries/<code>/`):
//! data, a calendar, catalogs and, later, a form.
//!
//! Two stages: [`compute`] gives the facts (the assessment with every text a message reference,
//! in no language), [`wording::word`] words them with the catalog of one language;
//! [`evaluate`] does both in the scenario's `lang`.
//!
//! ```
//! let scenario = serde_json::json!({
//!     "destination": "KZ", "citizenship": "DE", "entryDate": "2024-05-03",
//!     "exitDate": "2024-05-20", "accommodation": "private"
//! });
//! let json: tirkeu::json::Json = serde_json::from_value(scenario).unwrap();
//! let a = tirkeu::evaluate_json(&json).unwrap();
//! assert_eq!(a.obligations[0].kind.as_str(), "host-notification");
//! assert_eq!(tirkeu::date::iso(a.obligations[0].due_date), "2024-05-06");
//! ```

/// `research![a, b, …]`: a list of research notes or known differences (the calendars' `notes`
/// and `differences`), which only the tests and the full package read: with the feature
/// `research` the list, without it an empty one, so the page's core module carries none of their
/// words.
#[cfg(feature = "research")]
macro_rules! research {
    ($($x:expr),* $(,)?) => { &[$($x),*] };
}
#[cfg(not(feature = "research"))]
macro_rules! research {
    ($($x:expr),* $(,)?) => {
        &[]
    };
}

pub mod assessment;
pub mod calendar;
pub mod count;
pub mod countries;
pub mod country;
pub mod date;
pub mod engine;
pub mod error;
#[cfg(feature = "form")]
pub mod form;
#[cfg(feature = "form")]
pub mod forms;
pub mod i18n;
pub mod ics;
pub mod json;
pub mod plan;
pub mod route;
pub mod rules;
pub mod scenario;
pub mod sort;
pub mod source;
pub mod stay;
pub mod text;
pub mod wording;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use assessment::{Assessment, Facts};
pub use error::{ErrorCode, InputError};
pub use scenario::Scenario;

/// Reads, checks and evaluates a scenario given as a JSON-like value.
/// Texts (messages, steps, reasons, errors) come in the scenario's `lang`.
pub fn evaluate_json(input: &json::Json) -> Result<Assessment, InputError> {
    let s = scenario::parse(input)?;
    evaluate(&s)
}

/// Evaluates a checked scenario: [`compute`], then [`wording::word`] with the catalog of the
/// scenario's `lang` (an error `no-catalog` when it is not at hand).
pub fn evaluate(s: &Scenario) -> Result<Assessment, InputError> {
    let Some(cat) = i18n::catalog(s.lang) else {
        return Err(InputError::no_catalog(s.lang));
    };
    let facts = engine::compute(s).map_err(|e| e.localized(s.lang))?;
    Ok(wording::word(&facts, &cat))
}

/// The facts of a checked scenario, in no language: every text a message reference.
pub fn compute(s: &Scenario) -> Result<Facts, InputError> {
    engine::compute(s).map_err(|e| e.localized(s.lang))
}

/// Reads, checks and computes a scenario given as a JSON-like value.
pub fn compute_json(input: &json::Json) -> Result<Facts, InputError> {
    let s = scenario::parse(input)?;
    compute(&s)
}

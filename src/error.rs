//! Input errors: what the JS API throws as `{ code, field, message }`.

use serde::Serialize;

use crate::i18n::{self, Arg, Lang};

/// A machine-readable reason; the page localises messages by this code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The input is not a JSON object / JS object at all, or is nested absurdly deep.
    InvalidInput,
    MissingField,
    /// A number where a string belongs, an object where an array belongs, …
    WrongType,
    /// Not `YYYY-MM-DD`, or no such day (`2026-02-30`).
    InvalidDate,
    /// Not an ISO 3166-1 alpha-2 code (nor `"stateless"` where that is allowed).
    UnknownCountry,
    /// A known country for which tirkeu has no rules yet.
    UnsupportedDestination,
    /// A value outside the listed choices (e.g. `passport: "golden"`).
    UnknownValue,
    ExitBeforeEntry,
    BirthAfterEntry,
    /// An earlier trip that ends after this entry, or that overlaps another trip.
    TripOverlap,
    /// A date or number outside what tirkeu can answer for (years, ages, list lengths).
    OutOfRange,
    /// The citizenship is the destination's own: its citizens are not foreigners there.
    CitizenOfDestination,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputError {
    pub code: ErrorCode,
    /// Path of the offending value: `exitDate`, `trips[0].exitDate`; empty for the whole input.
    pub field: String,
    /// Explanation naming the field, in the scenario's language (English until it is known).
    pub message: String,
    #[serde(skip)]
    template: &'static str,
    #[serde(skip)]
    args: Vec<(&'static str, Arg)>,
}

impl InputError {
    /// An error whose message is `template` (from [`crate::i18n::msg`]) filled with `args`.
    pub fn new(
        code: ErrorCode,
        field: impl Into<String>,
        template: &'static str,
        args: Vec<(&'static str, Arg)>,
    ) -> Self {
        let message = i18n::fill(Lang::En, template, &args);
        InputError {
            code,
            field: field.into(),
            message,
            template,
            args,
        }
    }

    /// The same error with its message in `lang`.
    pub fn localized(mut self, lang: Lang) -> Self {
        self.message = i18n::t(lang, self.template, &self.args);
        self
    }
}

impl core::fmt::Display for InputError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            self.field,
            serde_plain_code(self.code),
            self.message
        )
    }
}

fn serde_plain_code(c: ErrorCode) -> &'static str {
    match c {
        ErrorCode::InvalidInput => "invalid-input",
        ErrorCode::MissingField => "missing-field",
        ErrorCode::WrongType => "wrong-type",
        ErrorCode::InvalidDate => "invalid-date",
        ErrorCode::UnknownCountry => "unknown-country",
        ErrorCode::UnsupportedDestination => "unsupported-destination",
        ErrorCode::UnknownValue => "unknown-value",
        ErrorCode::ExitBeforeEntry => "exit-before-entry",
        ErrorCode::BirthAfterEntry => "birth-after-entry",
        ErrorCode::TripOverlap => "trip-overlap",
        ErrorCode::OutOfRange => "out-of-range",
        ErrorCode::CitizenOfDestination => "citizen-of-destination",
    }
}

impl std::error::Error for InputError {}

//! Input errors: what the JS API throws as `{ code, field, message }`.

use serde::Serialize;

use crate::i18n::{self, Lang};
use crate::text::{Arg, Text};

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
    /// No catalog of the asked language is at hand: this build embeds none and
    /// `loadCatalog(lang, text)` was not called for it.
    NoCatalog,
    /// `loadCatalog` was given a text that is not a catalog in tirkeu's subset of Fluent.
    InvalidCatalog,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputError {
    pub code: ErrorCode,
    /// Path of the offending value: `exitDate`, `trips[0].exitDate`; empty for the whole input.
    pub field: String,
    /// Explanation naming the field, in the scenario's language (English until it is known).
    pub message: String,
    /// The message as a reference, worded again in the scenario's language by [`localized`](Self::localized).
    #[serde(skip)]
    pub text: Text,
}

impl InputError {
    /// An error whose message is the catalog message `id` (from [`crate::i18n::msg`]) with `args`.
    pub fn new(
        code: ErrorCode,
        field: impl Into<String>,
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    ) -> Self {
        let text = Text::with(id, args);
        let message = i18n::word_in(Lang::En, &text).unwrap_or_else(|| id.to_owned());
        InputError {
            code,
            field: field.into(),
            message,
            text,
        }
    }

    /// The same error with each field it names that has no label yet given the label `label`
    /// finds for its path (a form's details: `details.surname` → `kz-form-surname`), its
    /// message worded again (in English; [`localized`](Self::localized) words it in a language).
    pub fn with_labels(mut self, label: impl Fn(&str) -> Option<&'static str>) -> Self {
        fn walk(t: &mut Text, label: &dyn Fn(&str) -> Option<&'static str>) {
            for (_, a) in &mut t.args {
                match a {
                    Arg::Field {
                        path,
                        label: l @ None,
                    } => *l = label(path),
                    Arg::Msg(t) => walk(t, label),
                    Arg::List { items, .. } => items.iter_mut().for_each(|t| walk(t, label)),
                    _ => {}
                }
            }
        }
        if self.text.id.is_empty() {
            return self;
        }
        walk(&mut self.text, &label);
        self.message =
            i18n::word_in(Lang::En, &self.text).unwrap_or_else(|| self.text.id.to_owned());
        self
    }

    /// The same error with its message in `lang`; without a catalog for `lang`, its message
    /// says so beside the message's ID.
    pub fn localized(mut self, lang: Lang) -> Self {
        if self.text.id.is_empty() {
            return self;
        }
        self.message = match i18n::word_in(lang, &self.text) {
            Some(m) => m,
            None => format!(
                "{} (no catalog for \"{}\" is loaded: call loadCatalog first)",
                self.text.id,
                lang.code()
            ),
        };
        self
    }

    /// An error whose message is given as it is, not from a catalog (a missing or broken
    /// catalog cannot be explained by a catalog).
    pub fn plain(code: ErrorCode, field: impl Into<String>, message: String) -> Self {
        InputError {
            code,
            field: field.into(),
            message,
            text: Text::new(""),
        }
    }

    /// The error for a language whose catalog is not at hand.
    pub fn no_catalog(lang: Lang) -> Self {
        InputError::plain(
            ErrorCode::NoCatalog,
            "lang",
            format!(
                "No catalog for \"{0}\" is loaded: this build embeds none, so call loadCatalog(\"{0}\", text) with www/locales/{0}.ftl first.",
                lang.code()
            ),
        )
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

impl ErrorCode {
    /// The public name of the code (`trip-overlap`), as the JS error's `code`.
    pub fn as_str(self) -> &'static str {
        serde_plain_code(self)
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
        ErrorCode::NoCatalog => "no-catalog",
        ErrorCode::InvalidCatalog => "invalid-catalog",
    }
}

impl std::error::Error for InputError {}

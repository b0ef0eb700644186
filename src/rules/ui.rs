//! What a user interface needs of a destination to ask its questions (issue 11, "a country is a
//! folder"): the choices it offers, the personal details its form asks for, the defaults, the
//! FAQ's claims and which channels each kind of visitor uses. Labels are catalog IDs
//! (`docs/i18n.md`): the generic `ui-…` ones of the page, or the country's own (`kz-ui-…`).
//! Given to JS by `countries()`; the page and the embed name no country and build their lists
//! from it.

use serde::Serialize;

use crate::scenario::{Accommodation, Passport, Visa};

/// A personal detail the country's form asks for (`formHtml`'s `details.<code>`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DetailField {
    /// The details' name, as the form module reads it (`surname`, `hostId`).
    pub code: &'static str,
    /// `text`, `date`, `sex` (M/F), `phone`, or `id` (an identity number checked by `pattern`).
    pub kind: &'static str,
    /// The longest value the form accepts, in characters (0 for dates and choices).
    pub max_length: u16,
    /// Whose detail it is: `person` (the traveller) or `host` (the receiving party).
    pub group: &'static str,
    /// The catalog ID of its label.
    pub label: &'static str,
    /// For `id`: a JS regular expression the value (without spaces) must match.
    pub pattern: &'static str,
    /// For `id`: the catalog ID of the message when it does not.
    pub error: &'static str,
    /// Takes a whole row (addresses).
    pub wide: bool,
}

/// What the questions start from.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UiDefaults {
    pub passport: Passport,
    pub visa: Visa,
    pub accommodation: Accommodation,
    /// The planned stay the page proposes, in days counting the entry day.
    pub stay_days: u16,
}

/// The channels a receiving party uses itself, shown first on its own obligations; the
/// others go under "Other ways".
#[derive(Debug, Serialize)]
pub struct OwnChannels {
    pub host: &'static [&'static str],
    pub hotel: &'static [&'static str],
    pub organization: &'static [&'static str],
}

/// A destination's user interface data.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CountryUi {
    pub passports: &'static [Passport],
    pub visas: &'static [Visa],
    pub accommodations: &'static [Accommodation],
    pub details: &'static [DetailField],
    pub defaults: UiDefaults,
    pub own_channels: OwnChannels,
    /// The yes/no questions a move asks (`moves[]` fields of the scenario): `otherRegion` (to
    /// another region), `sameOwner` (to another dwelling of the same owner); labels
    /// `ui-f-other-region`, `ui-f-same-owner`.
    pub move_questions: &'static [&'static str],
    /// The claims the country's FAQ answers, in order (its answers are data:
    /// `crate::countries::faq`, `src/rules/faq.rs`; their words are `<code>-faq-…` in the
    /// country's catalog).
    pub faq: &'static [&'static str],
    /// The fine unit's code (`mrp`); its names are `<code>-ui-fine-unit` and `…-long`.
    pub fine_unit: &'static str,
}

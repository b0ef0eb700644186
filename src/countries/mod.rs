//! The registry of countries. A country is a folder, `src/countries/<code>/`, holding all of its
//! data: rules, allowances, calendar (and, as they move here, penalties, channels, forms, FAQ and
//! catalogs). Generic code (the engine, counting, stay limits, the calendar machinery, the form
//! renderers, the page) finds a country only through [`ALL`] and names none.
//!
//! A country's working-day calendar may come before its rules: [`CALENDARS`] lists every
//! calendar (destinations' and others'), and [`calendar`] looks there, so a
//! calendar is usable (JS `calendar()`, the cross-check with python-holidays) while the country
//! is not yet a destination.

pub mod az;
pub mod kz;
pub mod ru;

use crate::calendar::CountryCalendar;
use crate::rules::faq::Claim;
use crate::rules::Country;

/// Every destination tirkeu has rules for, in the order the page lists them.
pub static ALL: &[&Country] = &[&kz::COUNTRY, &az::COUNTRY, &ru::COUNTRY];

/// The registered countries' forms (the form renderers find the destination's here).
#[cfg(feature = "form")]
pub const FORMS: &[&crate::form::spec::FormSpec] =
    &[&kz::form::FORM, &az::form::FORM, &ru::form::FORM];

/// Every working-day calendar tirkeu has, destinations or not, by ISO code. Each destination's
/// calendar (`Country::calendar`) is here too (tested).
/// Calendars of countries that are not destinations yet come with the `pending-calendars`
/// feature (on by default; off in the page's core module, which lists only destinations).
pub static CALENDARS: &[&CountryCalendar] =
    &[&az::calendar::AZ, &kz::calendar::KZ, &ru::calendar::RU];

/// Each destination's FAQ (`src/countries/<code>/faq.rs`): the answers to the claims its
/// `ui.faq` lists, by its code (tested: every claim listed has one).
pub static FAQS: &[(&str, &[Claim])] = &[
    ("KZ", kz::faq::FAQ),
    ("AZ", az::faq::FAQ),
    ("RU", ru::faq::FAQ),
];

/// The FAQ answers of the destination with `code` (empty if it has none).
pub fn faq(code: &str) -> &'static [Claim] {
    FAQS.iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map_or(&[], |(_, f)| f)
}

/// The country with ISO 3166-1 alpha-2 `code` (case-insensitive), if tirkeu covers it.
pub fn find(code: &str) -> Option<&'static Country> {
    ALL.iter()
        .copied()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

/// The working-day calendar of a country (ISO alpha-2, case-insensitive), if tirkeu has one,
/// from [`CALENDARS`] (which also has countries that are not destinations yet). The calendar
/// machinery (`src/calendar/`) does not look up the registry: its callers give it this.
pub fn calendar(code: &str) -> Option<&'static CountryCalendar> {
    CALENDARS
        .iter()
        .copied()
        .find(|c| c.country.eq_ignore_ascii_case(code))
}

//! The registry of countries. A country is a folder, `src/countries/<code>/`, holding all of its
//! data: rules, allowances, calendar (and, as they move here, penalties, channels, forms, FAQ and
//! catalogs). Generic code (the engine, counting, stay limits, the calendar machinery, the form
//! renderers, the page) finds a country only through [`ALL`] and names none.

pub mod kz;

use crate::rules::Country;

/// Every destination tirkeu has rules for, in the order the page lists them.
pub static ALL: &[&Country] = &[&kz::COUNTRY];

/// The registered countries' forms (the form renderers find the destination's here).
#[cfg(feature = "form")]
pub const FORMS: &[&crate::form::spec::FormSpec] = &[&kz::form::FORM];

/// The country with ISO 3166-1 alpha-2 `code` (case-insensitive), if tirkeu covers it.
pub fn find(code: &str) -> Option<&'static Country> {
    ALL.iter()
        .copied()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

//! Russia. `rules.rs`: the notification of arrival at the place of stay, its citizenship
//! exemptions, the hotel's departure notice, the migration card, stays, penalties, notes;
//! `calendar.rs`: the production calendar (2015–2027); `form.rs`: the notification form with
//! its tear-off part; `ui.rs`: what the page asks.
//! Research notes: `docs/research/ru.md`, `docs/research/az-ru-calendar.md`.

pub mod calendar;
pub mod faq;
#[cfg(feature = "form")]
pub mod form;
pub mod rules;
pub mod ui;

pub use rules::RUSSIA as COUNTRY;

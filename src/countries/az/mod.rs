//! Azerbaijan. `rules.rs`: obligations (registration at the place of stay, re-registration,
//! residence permits, extension of stay), exemptions, visa-free stays, channels, penalties,
//! notes; `calendar.rs`: the working-day calendar (2015–2027); `ui.rs`: what the page asks;
//! `form.rs`: the application for registration at the place of stay (Annex 6).
//! Research notes: `docs/research/az.md`, `docs/research/az-ru-calendar.md`.

pub mod calendar;
pub mod faq;
pub mod rules;
pub mod ui;

pub use rules::AZERBAIJAN as COUNTRY;
#[cfg(feature = "form")]
pub mod form;

//! Kazakhstan. `rules.rs`: obligations, exemptions, channels, penalties, fine units, notes;
//! `allowances.rs`: visa-free allowances by citizenship and period; `calendar.rs`: the
//! working-day calendar. Research notes: `docs/research/kz.md`, `docs/research/kz-2026.md`.

pub mod calendar;
pub mod faq;
pub mod rules;
pub mod ui;

pub use rules::KAZAKHSTAN as COUNTRY;
#[cfg(feature = "form")]
pub mod form;

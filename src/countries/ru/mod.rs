//! Russia. For now only `calendar.rs`, the working-day calendar (the production calendar,
//! 2015–2027): the rules (migration registration, allowances, penalties) come later, so Russia
//! is not yet a destination ([`super::ALL`]); its calendar is registered in
//! [`super::CALENDARS`]. Research notes: `docs/research/az-ru-calendar.md`.

pub mod calendar;

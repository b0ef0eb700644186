//! Azerbaijan. For now only `calendar.rs`, the working-day calendar (2015–2027): the rules
//! (registration at the place of stay, allowances, penalties) come later, so Azerbaijan is not
//! yet a destination ([`super::ALL`]); its calendar is registered in [`super::CALENDARS`].
//! Research notes: `docs/research/az-ru-calendar.md`.

pub mod calendar;

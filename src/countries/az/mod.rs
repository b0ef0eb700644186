//! Azerbaijan. `calendar.rs`: the working-day calendar (2015–2027); `form.rs`: the application
//! for registration at the place of stay (Annex 6); `ui.rs`: what the page asks. The rules
//! (registration at the place of stay, allowances, penalties) come later, so Azerbaijan is not
//! yet a destination ([`super::ALL`]); its calendar is registered in [`super::CALENDARS`].
//! Research notes: `docs/research/az-ru-calendar.md`.

pub mod calendar;
pub mod ui;

#[cfg(feature = "form")]
pub mod form;

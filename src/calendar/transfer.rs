//! Named weekend-transfer rules: what a holiday that falls on a weekend day, or on the same day
//! as another holiday, gives. Modelled on the python `holidays` package (vacanza, MIT), whose
//! country classes combine the same pieces (which country uses which, with the law: see
//! `docs/calendar.md`):
//!
//! | here | python-holidays |
//! |---|---|
//! | [`WeekendTransfer::NextWorkday`] | `observed_rule=SAT_SUN_TO_NEXT_WORKDAY` with `_populate_observed(dts)` (one observed day per date) |
//! | [`WeekendTransfer::OnCollisionMoveOn`] | `_populate_observed(..., multiple=True)` (one observed day per holiday name), plus `rule=WORKDAY_TO_NEXT_WORKDAY` for a listed holiday sharing a working day with another |
//! | [`OnWeekend::NotMoved`] | a holiday added after `_populate_observed`, so never observed |
//! | [`OnWeekend::ByDecree`] | no observed rule; each year's decree as `special_public_holidays` substitutions |
//! | [`TransferRule::in_force`] | `observed_since` |
//!
//! `_get_next_workday` there skips dates that are weekend days or already holidays (observed
//! days included), which is our "next free working day". It stops at the year's end; ours
//! does not (a late-December weekend holiday may give a January day off), which matters only
//! for a holiday on the last days of December.

use serde::Serialize;

use super::YearSpan;
use crate::source::Source;

/// How a holiday that falls on a weekend day is treated: its exception, if any, to the
/// country's [`TransferRule`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OnWeekend {
    /// The country's transfer rules apply: on a weekend day it gives a day off on the next
    /// free working day; on a collision it counts.
    Moved,
    /// Never moved: on a weekend day the day off is lost, and a collision with it gives nothing
    /// (a religious holiday the law lists as a day off but not as a transferable holiday).
    NotMoved,
    /// Not moved by the statute's rule: each year's decree reassigns its weekend days, and the
    /// decree's days are that year's [`super::Transfer`]s. Computed as [`OnWeekend::NotMoved`];
    /// the difference is where the day off comes from (a decree, not the rule).
    ByDecree,
}

impl OnWeekend {
    pub const fn is_moved(self) -> bool {
        matches!(self, OnWeekend::Moved)
    }
}

/// A named weekend-transfer rule. "The next free working day" after a date is the first later
/// day that is not a weekend day, not a holiday and not a day off already given by a rule, so
/// a day off that would meet another holiday or an earlier moved day moves on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WeekendTransfer {
    /// A weekend day that is a holiday ([`OnWeekend::Moved`]) gives one day off on the next
    /// free working day. One day per weekend day, however many holidays share it: the law
    /// moves the weekly rest day that coincides with a holiday. The day off stands in for every
    /// holiday of that day (`name` and `also`).
    NextWorkday,
    /// Two or more holidays ([`OnWeekend::Moved`]) on one day, at least one of them in `only`
    /// (any holiday when `only` is empty): the day holds one of them, and each of the others
    /// gives a day off on the next free working day — on a working day as the only day off, on
    /// a weekend day in addition to [`WeekendTransfer::NextWorkday`]'s (which then stands in
    /// for the first holiday alone). `only` lists holiday ids.
    OnCollisionMoveOn { only: &'static [&'static str] },
}

/// A transfer rule as a country applies it: which, in which years (by the holiday's year),
/// and on what legal basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TransferRule {
    pub rule: WeekendTransfer,
    pub in_force: YearSpan,
    pub sources: &'static [Source],
}

impl TransferRule {
    pub const fn new(
        rule: WeekendTransfer,
        in_force: YearSpan,
        sources: &'static [Source],
    ) -> Self {
        TransferRule {
            rule,
            in_force,
            sources,
        }
    }
}

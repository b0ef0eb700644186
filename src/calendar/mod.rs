//! Working-day calendars: which days are public holidays, days off and working days.
//!
//! A country's calendar is data ([`CountryCalendar`]), not code: its weekend, its statutory
//! holidays (fixed month/day, years in force, how each is treated on a weekend day), the named
//! weekend-transfer rules it applies and since when ([`transfer`]), and one [`YearRecord`] per
//! year whose decrees are known (movable holidays of that year, transfers of days off, notes,
//! and the source of each). This module turns that data into a [`DayInfo`] for any date; it
//! knows nothing about any one country. Two holidays on one day are kept as two (`name` and
//! `also`), and the rules count both where the country's rules say so.
//! A country's calendar is data in its folder (`src/countries/<code>/calendar.rs`), found through
//! the registry ([`crate::countries`]).
//!
//! For a year without a [`YearRecord`] (before the first or after the last known year), only
//! the fixed statutory holidays and the weekend rule apply, movable holidays are unknown, and
//! every day of that year is marked `provisional`.

pub mod transfer;
pub mod year;

pub use transfer::{OnWeekend, TransferRule, WeekendTransfer};

use crate::source::Source;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;

/// What kind of day a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayKind {
    /// An ordinary working day (Monday–Friday where the weekend is Saturday–Sunday).
    Working,
    /// An ordinary weekend day.
    Weekend,
    /// A public holiday (whatever its weekday).
    Holiday,
    /// A weekday off that is not itself a holiday: a holiday moved off a weekend, or a day off
    /// moved by decree.
    DayOff,
    /// A weekend day made a working day by decree.
    WorkingWeekend,
}

impl DayKind {
    /// `Working` or `WorkingWeekend`.
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::WorkingWeekend)
    }
}

/// Why a day is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// An ordinary day: its weekday decides.
    Plain,
    /// A statutory holiday (fixed or movable).
    Statutory,
    /// A day off given because a holiday fell on a weekend day (`moved_from` = the holiday):
    /// [`WeekendTransfer::NextWorkday`].
    WeekendRule,
    /// A day off given because two holidays fell on one day (`moved_from` = that day):
    /// [`WeekendTransfer::OnCollisionMoveOn`].
    Coincidence,
    /// A transfer of a day off by the year's decree or order (`moved_from` = the other day).
    Decree,
}

/// What the calendar says about one date.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DayInfo {
    #[serde(serialize_with = "crate::date::ser")]
    pub date: NaiveDate,
    pub kind: DayKind,
    /// `Holiday`: the holiday's name, as the ID of its message in the country's catalogs
    /// (`src/countries/<code>/locales/<lang>/calendar.ftl`: `kz-holiday-nauryz`). `DayOff`: the
    /// holiday it stands in for (a holiday on a weekend, or the observed day off a decree
    /// moved), else `None`. Otherwise `None`.
    pub name: Option<&'static str>,
    /// The other holidays of the day, when two or more fall on it (`name` is the first); for a
    /// `DayOff`, the other holidays it also stands in for; message IDs like `name`. Usually
    /// empty (then not serialised).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<&'static str>,
    /// `DayOff`: the weekend holiday it replaces, or the day the decree moved the day off from.
    /// `WorkingWeekend` (and a weekday made working by decree): the day it was swapped with.
    #[serde(serialize_with = "crate::date::ser_opt")]
    pub moved_from: Option<NaiveDate>,
    /// Not final: a movable holiday the authorities may still move, or a year whose decrees
    /// (and movable holidays) are not known.
    pub provisional: bool,
    /// Why this day is what it is: the statutory act for a holiday (plus the weekend rule for a
    /// day off standing in for one); the year's decree for a transfer. Empty for plain days.
    pub sources: Vec<Source>,
    /// Which rule made the day what it is.
    pub reason: Reason,
}

pub use crate::date::ymd;

/// Inclusive range of years; `to: i32::MAX` when still in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YearSpan {
    pub from: i32,
    pub to: i32,
}

impl YearSpan {
    pub const fn contains(self, y: i32) -> bool {
        self.from <= y && y <= self.to
    }
}

/// A statutory holiday on a fixed month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Holiday {
    /// Stable identifier, e.g. `"victory-day"`.
    pub id: &'static str,
    pub month: u32,
    pub day: u32,
    /// The ID of its name's message in the country's catalogs (`calendar.ftl`).
    pub name: &'static str,
    /// Whether the country's [`TransferRule`]s apply to it, or it is an exception.
    pub on_weekend: OnWeekend,
    /// Years in which it is a holiday (a holiday with several periods is several rows).
    pub in_force: YearSpan,
    pub sources: &'static [Source],
}

/// A movable holiday in one year (e.g. a lunar feast).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MovableHoliday {
    pub id: &'static str,
    #[serde(serialize_with = "crate::date::ser")]
    pub date: NaiveDate,
    /// The ID of its name's message in the country's catalogs (`calendar.ftl`).
    pub name: &'static str,
    /// Whether the country's [`TransferRule`]s apply to it, or it is an exception.
    pub on_weekend: OnWeekend,
    /// The date announced so far may still change (moon sighting, later decree).
    pub provisional: bool,
    pub sources: &'static [Source],
}

/// A transfer of a day off by decree: `day_off` becomes a day off and `worked` (a weekend day,
/// or a weekday that was a day off under the weekend rule) becomes a working day. When `worked`
/// is a weekend day that is a holiday the rules do not move ([`OnWeekend::ByDecree`]), the
/// decree moves its rest day: the holiday stays, and `day_off` stands in for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Transfer {
    #[serde(serialize_with = "crate::date::ser")]
    pub day_off: NaiveDate,
    #[serde(serialize_with = "crate::date::ser")]
    pub worked: NaiveDate,
}

/// What is known about one year beyond the statute: its movable holidays and its transfers,
/// each year citing its decree (or the source saying there is none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YearRecord {
    pub year: i32,
    pub movable: &'static [MovableHoliday],
    pub transfers: &'static [Transfer],
    /// The decree(s)/order(s) on transfers of that year, or the source saying none was made.
    pub sources: &'static [Source],
    pub notes: &'static [&'static str],
}

/// A known, explained disagreement with an independent second source (see
/// `tests/calendar_python_holidays.rs`): the test fails on any other disagreement, and on a
/// listed one that no longer disagrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KnownDifference {
    #[serde(serialize_with = "crate::date::ser")]
    pub date: NaiveDate,
    /// Whether we say the date is a working day.
    pub ours_working: bool,
    /// Whether the second source says it is.
    pub theirs_working: bool,
    /// What the second source calls the day.
    pub theirs_label: &'static str,
    pub explanation: &'static str,
    /// The sources supporting our side.
    pub sources: &'static [Source],
}

/// A country's working-day calendar, as data.
#[derive(Debug, Clone)]
pub struct CountryCalendar {
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    pub weekend: &'static [Weekday],
    pub holidays: &'static [Holiday],
    /// The named weekend-transfer rules the country applies, each with its years and sources.
    /// None: a holiday on a weekend day is simply lost.
    pub transfer_rules: &'static [TransferRule],
    /// One record per year, consecutive and ascending: these years are "covered".
    pub years: &'static [YearRecord],
    /// Which second source the cross-check compares against: `"python-holidays"`, with
    /// `tests/fixtures/<cc>_python_holidays.json`.
    pub second_source: &'static str,
    pub differences: &'static [KnownDifference],
}

impl CountryCalendar {
    pub fn country(&self) -> &'static str {
        self.country
    }

    /// First year whose data (decrees, movable holidays) is known.
    pub fn first_year(&self) -> i32 {
        self.years.first().map_or(i32::MAX, |r| r.year)
    }

    /// Last year whose data is known.
    pub fn last_year(&self) -> i32 {
        self.years.last().map_or(i32::MIN, |r| r.year)
    }

    /// Whether `date`'s year is within `first_year()..=last_year()`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.record(date.year()).is_some()
    }

    /// The record of year `y`, if covered.
    pub fn record(&self, y: i32) -> Option<&'static YearRecord> {
        self.years.iter().find(|r| r.year == y)
    }

    /// Every source the calendar cites (each once): their words are catalog messages
    /// (`src/countries/<code>/sources.ftl`), which the tests check against this list.
    pub fn sources(&self) -> Vec<Source> {
        let mut v: Vec<Source> = Vec::new();
        for h in self.holidays {
            add_sources(&mut v, h.sources);
        }
        for r in self.transfer_rules {
            add_sources(&mut v, r.sources);
        }
        for y in self.years {
            add_sources(&mut v, y.sources);
            for m in y.movable {
                add_sources(&mut v, m.sources);
            }
        }
        for d in self.differences {
            add_sources(&mut v, d.sources);
        }
        v
    }

    /// Every message ID the calendar's holidays are named by, sorted, each once (the tests check
    /// each is in every language's catalog, and that the catalogs keep no other).
    pub fn message_ids(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.holidays.iter().map(|h| h.name).collect();
        v.extend(self.years.iter().flat_map(|r| r.movable).map(|m| m.name));
        crate::sort::sort(&mut v);
        v.dedup();
        v
    }

    pub fn is_weekend(&self, date: NaiveDate) -> bool {
        self.weekend.contains(&date.weekday())
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.day(date).kind.is_working()
    }

    /// What `date` is. Never panics.
    pub fn day(&self, date: NaiveDate) -> DayInfo {
        let y = date.year();
        let plan = self.cached_plan(y);
        // The plan is sorted by date (stably): the first entry of `date`, as a linear search
        // would find it.
        let i = plan.partition_point(|d| d.date < date);
        match plan.get(i).filter(|d| d.date == date) {
            Some(d) => d.clone(),
            None => DayInfo {
                date,
                kind: if self.is_weekend(date) {
                    DayKind::Weekend
                } else {
                    DayKind::Working
                },
                name: None,
                also: Vec::new(),
                moved_from: None,
                provisional: self.record(y).is_none() || self.near_provisional(date),
                sources: Vec::new(),
                reason: Reason::Plain,
            },
        }
    }

    /// A day next to a movable holiday whose date is not confirmed: the holiday may still move
    /// onto it (a lunar date is often announced a day apart), so the day is not final either.
    fn near_provisional(&self, date: NaiveDate) -> bool {
        [date.year() - 1, date.year(), date.year() + 1]
            .into_iter()
            .filter_map(|y| self.record(y))
            .flat_map(|r| r.movable)
            .any(|m| m.provisional && (m.date - date).num_days().abs() == 1)
    }

    /// Every `Holiday`, `DayOff` and `WorkingWeekend` day of `year`, in date order. (A weekday
    /// that a decree made working, because the day off it was moved elsewhere, is `Working` and
    /// not listed; `day()` still reports its decree.)
    pub fn special_days(&self, year: i32) -> Vec<DayInfo> {
        self.cached_plan(year)
            .iter()
            .filter(|d| {
                matches!(
                    d.kind,
                    DayKind::Holiday | DayKind::DayOff | DayKind::WorkingWeekend
                )
            })
            .cloned()
            .collect()
    }

    /// The plan of year `y` ([`Self::plan`]), computed once per calendar and year and then kept
    /// (a count walks up to hundreds of days of the same one or two years; rebuilding the year
    /// for each day was a fifth of `evaluate`).
    ///
    /// The key is the identity of the data the plan is made from: the addresses and lengths of
    /// the calendar's `'static` slices (weekend, holidays, transfer rules, years). A `'static`
    /// slice is never freed, so an address is never reused for other data, and a calendar built
    /// at run time from other slices (the tests make some) gets its own entries, while two
    /// `CountryCalendar` values over the same data share theirs. One cache per thread (wasm has
    /// one; native tests run on several): no lock, nothing shared. At most [`PLAN_CACHE`]
    /// plans are kept, the oldest dropped first, so asking for many years costs no memory.
    fn cached_plan(&self, y: i32) -> Rc<[DayInfo]> {
        let key = PlanKey::of(self, y);
        if let Some(p) = PLANS.with(|c| {
            c.borrow()
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, p)| Rc::clone(p))
        }) {
            return p;
        }
        // Computed outside the borrow: `plan` reads only the calendar's data.
        let plan: Rc<[DayInfo]> = self.plan(y).into();
        PLANS.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= PLAN_CACHE {
                c.remove(0);
            }
            c.push((key, Rc::clone(&plan)));
        });
        plan
    }

    /// The holidays of year `y` (fixed ones in force, then the year's movable ones), in data
    /// order; two on one date are both kept.
    fn holidays_of(&self, y: i32, out: &mut Vec<Hol>) {
        for h in self.holidays.iter().filter(|h| h.in_force.contains(y)) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, h.month, h.day) {
                out.push(Hol {
                    date,
                    id: h.id,
                    name: h.name,
                    on_weekend: h.on_weekend,
                    provisional: false,
                    sources: h.sources,
                });
            }
        }
        if let Some(r) = self.record(y) {
            for m in r.movable {
                out.push(Hol {
                    date: m.date,
                    id: m.id,
                    name: m.name,
                    on_weekend: m.on_weekend,
                    provisional: m.provisional,
                    sources: m.sources,
                });
            }
        }
    }

    /// The rule `f` picks among the country's rules in force in year `y`, if any.
    fn rule_in_force(
        &self,
        y: i32,
        f: impl Fn(&WeekendTransfer) -> bool,
    ) -> Option<&'static TransferRule> {
        self.transfer_rules
            .iter()
            .find(|r| r.in_force.contains(y) && f(&r.rule))
    }

    /// The days off the transfer rules give for the holidays `day` (all on one date), in the
    /// order they are looked for: (the holidays each stands in for, the reason, the rule).
    fn owed(&self, day: &[Hol]) -> Vec<(Vec<usize>, Reason, &'static TransferRule)> {
        let mut owed = Vec::new();
        let d = day[0].date;
        // Only holidays the rules apply to move or count (exceptions per holiday).
        let moved: Vec<usize> = (0..day.len())
            .filter(|&i| day[i].on_weekend.is_moved())
            .collect();
        if moved.is_empty() {
            return owed;
        }
        let collision = self.rule_in_force(d.year(), |r| match r {
            WeekendTransfer::OnCollisionMoveOn { only } => {
                moved.len() >= 2
                    && (only.is_empty() || moved.iter().any(|&i| only.contains(&day[i].id)))
            }
            WeekendTransfer::NextWorkday => false,
        });
        if self.is_weekend(d) {
            if let Some(rule) = self.rule_in_force(d.year(), |r| *r == WeekendTransfer::NextWorkday)
            {
                // With a collision rule each holiday has its own day; without, the one day
                // stands in for all of them.
                let stands_for = if collision.is_some() {
                    vec![moved[0]]
                } else {
                    moved.clone()
                };
                owed.push((stands_for, Reason::WeekendRule, rule));
            }
        }
        if let Some(rule) = collision {
            for &i in &moved[1..] {
                owed.push((vec![i], Reason::Coincidence, rule));
            }
        }
        owed
    }

    /// All non-plain days of year `y` (holidays, days off, decree-made working days), sorted.
    fn plan(&self, y: i32) -> Vec<DayInfo> {
        let covered = self.record(y).is_some();
        // Holidays of the year before too: a late-December weekend holiday may give a day off
        // in January.
        let mut hol = Vec::with_capacity(40);
        if let Some(prev) = y.checked_sub(1) {
            self.holidays_of(prev, &mut hol);
        }
        self.holidays_of(y, &mut hol);
        // Stable: two holidays of one date stay in data order (fixed ones first).
        crate::sort::sort_by_key(&mut hol, |h| h.date);

        let mut out: Vec<DayInfo> = Vec::with_capacity(32);
        for day in hol.chunk_by(|a, b| a.date == b.date) {
            let mut sources = Vec::new();
            for h in day {
                add_sources(&mut sources, h.sources);
            }
            out.push(DayInfo {
                date: day[0].date,
                kind: DayKind::Holiday,
                name: Some(day[0].name),
                also: day[1..].iter().map(|h| h.name).collect(),
                moved_from: None,
                // Not final only if every holiday of the day may still move away from it.
                provisional: day.iter().all(|h| h.provisional),
                sources,
                reason: Reason::Statutory,
            });
        }

        // The transfer rules, holiday date by holiday date: each day off owed goes to the next
        // free working day (not a weekend day, a holiday or a day off given already).
        for day in hol.chunk_by(|a, b| a.date == b.date) {
            let d = day[0].date;
            for (stands_for, reason, rule) in self.owed(day) {
                let mut c = d;
                // A free day is always found within a few weeks; the bound only guards the loop.
                for _ in 0..60 {
                    c = match c.succ_opt() {
                        Some(n) => n,
                        None => break,
                    };
                    if !self.is_weekend(c) && !out.iter().any(|o| o.date == c) {
                        let mut sources = Vec::new();
                        for &i in &stands_for {
                            add_sources(&mut sources, day[i].sources);
                        }
                        // The rule's sources follow the holiday's, as given (unchanged from
                        // before the rules were named, so the same day carries the same list).
                        sources.extend_from_slice(rule.sources);
                        out.push(DayInfo {
                            date: c,
                            kind: DayKind::DayOff,
                            name: Some(day[stands_for[0]].name),
                            also: stands_for[1..].iter().map(|&i| day[i].name).collect(),
                            moved_from: Some(d),
                            provisional: stands_for.iter().any(|&i| day[i].provisional),
                            sources,
                            reason,
                        });
                        break;
                    }
                }
            }
        }

        // Decrees: any record's transfer touching year y (a transfer may cross the new year).
        for r in self.years {
            for t in r.transfers {
                if t.day_off.year() != y && t.worked.year() != y {
                    continue;
                }
                let mut stands_for = (None, Vec::new());
                match out.iter().position(|o| o.date == t.worked) {
                    // A holiday on a weekend day whose rest day only a decree moves
                    // (`OnWeekend::ByDecree`): the holiday stays a holiday, and the day off the
                    // decree gives stands in for it. (A holiday is never worked.)
                    Some(i) if out[i].kind == DayKind::Holiday => {
                        stands_for = (out[i].name, out[i].also.clone());
                    }
                    Some(i) => {
                        stands_for = (out[i].name, std::mem::take(&mut out[i].also));
                        out[i] = decree_day(t.worked, DayKind::Working, t.day_off, r);
                    }
                    None => {
                        let kind = if self.is_weekend(t.worked) {
                            DayKind::WorkingWeekend
                        } else {
                            DayKind::Working
                        };
                        out.push(decree_day(t.worked, kind, t.day_off, r));
                    }
                }
                let mut off = decree_day(t.day_off, DayKind::DayOff, t.worked, r);
                (off.name, off.also) = stands_for;
                match out.iter().position(|o| o.date == t.day_off) {
                    Some(i) if out[i].kind == DayKind::Holiday => {}
                    Some(i) => out[i] = off,
                    None => out.push(off),
                }
            }
        }

        out.retain(|d| d.date.year() == y);
        crate::sort::sort_by_key(&mut out, |d| d.date);
        if !covered {
            for d in &mut out {
                d.provisional = true;
            }
        }
        out
    }
}

/// How many year plans each thread keeps ([`CountryCalendar::cached_plan`]): a few countries
/// times the few years one answer touches.
const PLAN_CACHE: usize = 16;

/// What a year's plan is computed from: the year and the data slices' addresses and lengths.
#[derive(Clone, Copy, PartialEq, Eq)]
struct PlanKey {
    year: i32,
    data: [(usize, usize); 4],
}

impl PlanKey {
    fn of(c: &CountryCalendar, year: i32) -> Self {
        fn at<T>(s: &'static [T]) -> (usize, usize) {
            (s.as_ptr() as usize, s.len())
        }
        PlanKey {
            year,
            data: [
                at(c.weekend),
                at(c.holidays),
                at(c.transfer_rules),
                at(c.years),
            ],
        }
    }
}

std::thread_local! {
    static PLANS: RefCell<Vec<(PlanKey, Rc<[DayInfo]>)>> = const { RefCell::new(Vec::new()) };
}

/// One holiday on one date, as the computation reads it.
struct Hol {
    date: NaiveDate,
    id: &'static str,
    name: &'static str,
    on_weekend: OnWeekend,
    provisional: bool,
    sources: &'static [Source],
}

/// Appends `add` to `to`, without repeating a source already there.
fn add_sources(to: &mut Vec<Source>, add: &[Source]) {
    for s in add {
        if !to.contains(s) {
            to.push(*s);
        }
    }
}

fn decree_day(date: NaiveDate, kind: DayKind, other: NaiveDate, r: &YearRecord) -> DayInfo {
    DayInfo {
        date,
        kind,
        name: None,
        also: Vec::new(),
        moved_from: Some(other),
        provisional: false,
        sources: r.sources.to_vec(),
        reason: Reason::Decree,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `day()` answered before the cache: the year's plan rebuilt, searched linearly.
    fn uncached_day(cal: &CountryCalendar, date: NaiveDate) -> Option<DayInfo> {
        cal.plan(date.year()).into_iter().find(|d| d.date == date)
    }

    #[test]
    fn cached_plans_answer_as_the_plan_does() {
        for cal in crate::countries::CALENDARS {
            for y in cal.first_year() - 1..=cal.last_year() + 1 {
                let mut d = ymd(y, 1, 1);
                while d.year() == y {
                    let got = cal.day(d);
                    if let Some(want) = uncached_day(cal, d) {
                        assert_eq!(got, want, "{} {d}", cal.country);
                    } else {
                        assert_eq!(got.reason, Reason::Plain, "{} {d}", cal.country);
                    }
                    d = d.succ_opt().unwrap();
                }
            }
        }
    }

    #[test]
    fn calendars_over_other_data_do_not_share_a_plan() {
        for cal in crate::countries::CALENDARS {
            let y = cal.first_year();
            let first = cal.special_days(y);
            assert!(
                !first.is_empty()
                    && first
                        .iter()
                        .all(|d| !d.provisional || d.kind == DayKind::Holiday)
            );
            // The same country and holidays without the year's records: another plan (every day
            // provisional, no decree), though asked in the same thread for the same year.
            let bare = CountryCalendar {
                years: &[],
                ..(*cal).clone()
            };
            let other = bare.special_days(y);
            assert!(other
                .iter()
                .all(|d| d.provisional && d.reason != Reason::Decree));
            assert_ne!(first, other, "{}", cal.country);
            // And the first calendar's plan is still its own.
            assert_eq!(cal.special_days(y), first);
        }
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        for cal in crate::countries::CALENDARS {
            for d in [
                NaiveDate::MIN,
                NaiveDate::MAX,
                ymd(1, 1, 1),
                ymd(-1, 12, 31),
            ] {
                let _ = cal.day(d);
                let _ = cal.special_days(d.year());
            }
        }
    }
}

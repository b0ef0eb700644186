//! Counting a deadline, step by step: "within N working days from arrival" and
//! "by the Nth calendar day". How a country counts is data ([`CountRule`]); this module
//! only carries it out and records every day it looked at.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::calendar::{CountryCalendar, DayKind};
use crate::date;
use crate::i18n::msg;
use crate::text::{Arg, Text};

/// What kind of days are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Working days of the country's calendar (decree-made working Saturdays count).
    Working,
    /// Every day.
    Calendar,
    /// Calendar months (only counted back: "at least 3 months before the permit ends").
    Month,
}

/// Which day is day 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Start {
    /// The day of the event is day 1 (for working days: if it is a working day; otherwise the
    /// first working day after it). Kazakhstan's Rules: "counting starts at 00:01 of the day of arrival".
    EventDay,
    /// Day 1 is the day after the event (the civil-code rule of Russia and Azerbaijan).
    NextDay,
    /// Counted back: "at least N days before the event" — the event day is day 1 (of working
    /// days: the last working day up to it), and the due date is the day before day N, so that
    /// N days remain after it. For months: the same day N months earlier (the month's last day
    /// when that month is shorter).
    Before,
    /// Day 1 is the day of entry, whatever event the rule follows (a treaty's "N days from the
    /// date of entry" that binds at whichever address the person is then): the engine counts
    /// from the entry; otherwise as [`Start::EventDay`].
    EntryDay,
    /// Counted back as [`Start::Before`], but day N itself is the due date (a reading of
    /// "N working days before" that does not keep N full days after the application).
    NthBefore,
}

/// How one deadline is counted: part of a country's rule data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountRule {
    pub days: u32,
    pub unit: Unit,
    pub start: Start,
    /// For calendar-day counts: a due date that falls on a non-working day moves to the next
    /// working day. (Working-day counts always end on a working day.)
    pub roll_forward: bool,
}

/// One day looked at while counting. The engine gives holiday names as message references
/// (`Step<Text>`, in the facts); the wording stage gives them in words (`Step<String>`, in the
/// assessment), as it does every other text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step<T = String> {
    #[serde(serialize_with = "date::ser")]
    pub date: NaiveDate,
    /// `Mon` … `Sun`.
    pub weekday: &'static str,
    /// What the calendar says the day is.
    pub kind: DayKind,
    /// The holiday's name, for holidays and for days off that stand in for one (its message in
    /// the country's `calendar.ftl`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<T>,
    /// The other holidays of the day, when two or more fall on it (or that the day off also
    /// stands in for); `name` is the first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<T>,
    /// For a day off or a working weekend day: the date it was moved from or swapped with.
    #[serde(
        serialize_with = "date::ser_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub moved_from: Option<NaiveDate>,
    /// The number this day gets in the count (working day 2, calendar day 30), if it counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts_as: Option<u32>,
    /// This is the day of the event that starts the count.
    pub event_day: bool,
    /// This is the due date.
    pub due: bool,
    /// The calendar for this day is not final (a future movable holiday, or a year whose
    /// decrees are not yet known).
    pub provisional: bool,
}

/// A finished count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Count {
    /// The day of the event the count runs from.
    #[serde(serialize_with = "date::ser")]
    pub from: NaiveDate,
    pub days: u32,
    pub unit: Unit,
    pub start: Start,
    #[serde(serialize_with = "date::ser")]
    pub due_date: NaiveDate,
    /// Some day of the count lies in a year whose calendar data is not known yet.
    pub provisional: bool,
    #[serde(skip)]
    pub steps: Vec<Step<Text>>,
}

impl<T> Step<T> {
    /// The same step with its names given by `f` (the wording stage: references to words).
    pub fn map<U>(&self, f: impl Fn(&T) -> U) -> Step<U> {
        Step {
            date: self.date,
            weekday: self.weekday,
            kind: self.kind,
            name: self.name.as_ref().map(&f),
            also: self.also.iter().map(&f).collect(),
            moved_from: self.moved_from,
            counts_as: self.counts_as,
            event_day: self.event_day,
            due: self.due,
            provisional: self.provisional,
        }
    }
}

/// Longest count this will walk: a safety bound, far beyond any real deadline.
const MAX_WALK: u32 = 1_000;

fn step(cal: &CountryCalendar, d: NaiveDate) -> Step<Text> {
    let info = cal.day(d);
    Step {
        date: d,
        weekday: date::weekday_name(d.weekday()),
        kind: info.kind,
        name: info.name.map(Text::new),
        also: info.also.into_iter().map(Text::new).collect(),
        moved_from: info.moved_from,
        counts_as: None,
        event_day: false,
        due: false,
        provisional: info.provisional || !cal.covers(d),
    }
}

/// Counts `rule` from the event on `event` in `cal`.
///
/// Working days: walks day by day from the event day (or the day after), numbering each
/// working day, until the `days`-th; every day walked is a step. Calendar days: the due date is
/// day `days` (day 1 = the event day or the day after), moved to the next working day when
/// `roll_forward` says so; the steps are the event day, day 1, the nominal last day and any day
/// walked past it.
pub fn count(cal: &CountryCalendar, event: NaiveDate, rule: CountRule) -> Count {
    if matches!(rule.start, Start::Before | Start::NthBefore) || rule.unit == Unit::Month {
        return count_back(cal, event, rule);
    }
    let days = rule.days.max(1);
    let first = match rule.start {
        Start::NextDay => date::add_days(event, 1),
        Start::EventDay | Start::EntryDay | Start::Before | Start::NthBefore => event,
    };
    let mut steps = Vec::new();
    if first != event {
        let mut s = step(cal, event);
        s.event_day = true;
        steps.push(s);
    }
    let due = match rule.unit {
        Unit::Working => {
            let mut n = 0;
            let mut d = first;
            let mut walked = 0;
            loop {
                let mut s = step(cal, d);
                s.event_day = d == event;
                if s.kind.is_working() {
                    n += 1;
                    s.counts_as = Some(n);
                }
                walked += 1;
                let done = n == days || walked >= MAX_WALK || d == NaiveDate::MAX;
                s.due = done;
                steps.push(s);
                if done {
                    break d;
                }
                d = date::add_days(d, 1);
            }
        }
        Unit::Calendar | Unit::Month => {
            let mut s1 = step(cal, first);
            s1.event_day = first == event;
            s1.counts_as = Some(1);
            let nominal = date::add_days(first, i64::from(days) - 1);
            if nominal != first {
                steps.push(s1);
            }
            let mut d = nominal;
            let mut walked = 0;
            loop {
                let mut s = step(cal, d);
                s.event_day = d == event;
                if d == nominal {
                    s.counts_as = Some(days);
                }
                let working = s.kind.is_working();
                walked += 1;
                let done =
                    !rule.roll_forward || working || walked >= MAX_WALK || d == NaiveDate::MAX;
                s.due = done;
                steps.push(s);
                if done {
                    break d;
                }
                d = date::add_days(d, 1);
            }
        }
    };
    let provisional = steps.iter().any(|s| s.provisional);
    Count {
        from: event,
        days,
        unit: rule.unit,
        start: rule.start,
        due_date: due,
        provisional,
        steps,
    }
}

/// Counts back from the event ([`Start::Before`]): steps in date order, the due date first.
fn count_back(cal: &CountryCalendar, event: NaiveDate, rule: CountRule) -> Count {
    let days = rule.days.max(1);
    let on_nth = rule.start == Start::NthBefore && rule.unit != Unit::Month;
    let mut steps = Vec::new();
    let due = match rule.unit {
        Unit::Month => {
            let due = date::add_months(event, -(days as i32));
            let mut s = step(cal, due);
            s.due = true;
            steps.push(s);
            let mut e = step(cal, event);
            e.event_day = true;
            steps.push(e);
            due
        }
        Unit::Working => {
            let mut n = 0;
            let mut d = event;
            let mut walked = 0;
            loop {
                let mut s = step(cal, d);
                s.event_day = d == event;
                if s.kind.is_working() {
                    n += 1;
                    s.counts_as = Some(n);
                }
                let done = n == days || walked + 1 >= MAX_WALK || d == NaiveDate::MIN;
                s.due = done && on_nth;
                steps.push(s);
                walked += 1;
                if done {
                    break;
                }
                d = date::add_days(d, -1);
            }
            let due = if on_nth { d } else { date::add_days(d, -1) };
            if !on_nth {
                let mut s = step(cal, due);
                s.due = true;
                steps.push(s);
            }
            steps.reverse();
            due
        }
        Unit::Calendar => {
            let mut e = step(cal, event);
            e.event_day = true;
            e.counts_as = Some(1);
            let nth = date::add_days(event, -(i64::from(days) - 1));
            let due = if on_nth { nth } else { date::add_days(nth, -1) };
            if !on_nth {
                let mut d = step(cal, due);
                d.due = true;
                steps.push(d);
            }
            if nth != event {
                let mut s = step(cal, nth);
                s.counts_as = Some(days);
                s.due = on_nth;
                steps.push(s);
            } else {
                e.due = on_nth;
            }
            steps.push(e);
            due
        }
    };
    let provisional = steps.iter().any(|s| s.provisional);
    Count {
        from: event,
        days,
        unit: rule.unit,
        start: rule.start,
        due_date: due,
        provisional,
        steps,
    }
}

/// What a day is, in words, for the plain-text steps.
pub fn describe_kind(s: &Step<Text>) -> Text {
    // Two holidays on one day: both names, joined as the language joins a list.
    let name = s.name.as_ref().map(|n| {
        let items = std::iter::once(n).chain(&s.also).cloned().collect();
        Arg::Msg(Box::new(Text::list(msg::LIST_SEPARATOR, items)))
    });
    let moved = s.moved_from.map(Arg::Date);
    let t = |id: &'static str, args: Vec<(&'static str, Arg)>| Text::with(id, args);
    match (s.kind, name, moved) {
        (DayKind::Working, ..) => Text::new(msg::WORKING_DAY),
        (DayKind::Weekend, ..) => Text::new(msg::WEEKEND),
        (DayKind::Holiday, Some(n), _) => t(msg::PUBLIC_HOLIDAY_NAMED, vec![("name", n)]),
        (DayKind::Holiday, None, _) => Text::new(msg::PUBLIC_HOLIDAY),
        (DayKind::DayOff, Some(n), Some(f)) => {
            t(msg::DAY_OFF_FOR_MOVED, vec![("name", n), ("date", f)])
        }
        (DayKind::DayOff, None, Some(f)) => t(msg::DAY_OFF_MOVED, vec![("date", f)]),
        (DayKind::DayOff, Some(n), None) => t(msg::DAY_OFF_FOR, vec![("name", n)]),
        (DayKind::DayOff, None, None) => Text::new(msg::DAY_OFF),
        (DayKind::WorkingWeekend, _, Some(f)) => t(
            if s.weekday == "Sat" {
                msg::SATURDAY_WORKING
            } else {
                msg::SUNDAY_WORKING
            },
            vec![("date", f)],
        ),
        (DayKind::WorkingWeekend, _, None) => Text::new(msg::WEEKEND_WORKING),
    }
}

/// The count as plain lines, one per step. `event` names the day that starts the count
/// ([`msg::ARRIVAL`], [`msg::THE_MOVE`]).
pub fn render(c: &Count, event: &'static str) -> Vec<Text> {
    let unit = Arg::msg(match c.unit {
        Unit::Working => msg::WORKING_DAY,
        Unit::Calendar => msg::CALENDAR_DAY,
        Unit::Month => msg::MONTH_UNIT,
    });
    let mut out = Vec::with_capacity(c.steps.len() + 2);
    if matches!(c.start, Start::Before | Start::NthBefore) {
        let (id, args) = if c.unit == Unit::Month {
            (
                msg::COUNT_MONTHS_BACK,
                vec![("n", Arg::from(c.days)), ("event", Arg::msg(event))],
            )
        } else {
            (
                if c.start == Start::NthBefore {
                    msg::COUNT_BACK_NTH
                } else {
                    msg::COUNT_BACK
                },
                vec![
                    ("n", Arg::from(c.days)),
                    ("unit", unit.clone()),
                    ("event", Arg::msg(event)),
                ],
            )
        };
        out.push(Text::with(id, args));
    }
    for s in &c.steps {
        let mut day = Arg::Date(s.date);
        if s.event_day {
            day = Text::with(msg::DAY_OF, vec![("date", day), ("event", Arg::msg(event))]).into();
        }
        let day = ("day", day);
        let kind = || ("kind", Arg::from(describe_kind(s)));
        let mut line = match s.counts_as {
            Some(n) if s.kind == DayKind::Working => Text::with(
                msg::STEP_COUNTED,
                vec![day, ("unit", unit.clone()), ("n", Arg::from(n))],
            ),
            Some(n) => Text::with(
                msg::STEP_KIND_COUNTED,
                vec![day, kind(), ("unit", unit.clone()), ("n", Arg::from(n))],
            ),
            None if c.unit == Unit::Working => Text::with(msg::STEP_NOT_COUNTED, vec![day, kind()]),
            None => Text::with(msg::STEP_KIND, vec![day, kind()]),
        };
        if s.due {
            line = Text::with(msg::DUE_MARK, vec![("line", line.into())]);
        }
        if s.provisional {
            line = Text::with(msg::PROVISIONAL_MARK, vec![("line", line.into())]);
        }
        out.push(line);
    }
    if c.unit == Unit::Calendar
        && c.days > 2
        && !matches!(c.start, Start::Before | Start::NthBefore)
    {
        if let Some(i) = c.steps.iter().position(|s| s.counts_as == Some(1)) {
            out.insert(
                i + 1,
                Text::with(
                    msg::CALENDAR_DAYS_BETWEEN,
                    vec![("n", Arg::from(c.days - 1))],
                ),
            );
        }
    }
    out
}

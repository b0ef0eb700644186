//! Planning ahead ("when can I come back, and for how long?"): for one destination, how many
//! days a stay from a chosen date may last, and the earliest date from which a stay of N days
//! fits every limit — with trips already made and trips planned, past or future, as long as
//! they do not overlap. A planned trip after the stay must still fit once the stay is counted.
//! The limits are the destination's own (`stay::apply`), as `evaluate` applies them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::date;
use crate::error::{ErrorCode, InputError};
use crate::i18n::msg;
use crate::json::Json;
use crate::rules::Country;
use crate::scenario::{self, member, Visa};
use crate::stay::{self, Limit};
use crate::text::Arg;

/// The longest stay asked about, in days.
pub const MAX_DAYS: u32 = 3650;
/// How far ahead the earliest date is looked for, in days.
pub const HORIZON: i64 = 3 * 366;
/// At most this many trips.
pub const MAX_PLAN_TRIPS: usize = 500;

/// The earliest stay of the asked length.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Earliest {
    #[serde(serialize_with = "date::ser")]
    pub entry_date: NaiveDate,
    /// The last lawful day of a stay entering then.
    #[serde(serialize_with = "date::ser_opt")]
    pub last_day: Option<NaiveDate>,
}

/// What `plan` answers.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub destination: &'static str,
    /// The chosen entry date.
    #[serde(serialize_with = "date::ser")]
    pub from: NaiveDate,
    /// The asked length of stay.
    pub days: u32,
    /// Days a stay entering on `from` may last (0 when none); `null` when no limit of tirkeu's
    /// data bounds it (a visa, a treaty without a limit).
    pub available: Option<u32>,
    #[serde(serialize_with = "date::ser_opt")]
    pub last_day: Option<NaiveDate>,
    /// The first date from `from` on when a stay of `days` fits every limit and every planned
    /// trip still fits after it; `null` when none within three years.
    pub earliest: Option<Earliest>,
    /// The allowance applied on `from` (its id), and its note and the limits in words.
    pub allowance: Option<&'static str>,
    pub note: String,
    pub limits: Vec<String>,
}

/// The last lawful day of a stay entering on `entry`, given `stays` (first and last day each)
/// before it: `Ok(None)` when no limit bounds it, `Err(())` when nothing is left.
fn last_day(
    limits: &[Limit],
    entry: NaiveDate,
    stays: &[(NaiveDate, NaiveDate)],
) -> Result<Option<NaiveDate>, ()> {
    if limits.is_empty() {
        return Ok(None);
    }
    let r: Vec<_> = limits
        .iter()
        .map(|&l| stay::apply(l, entry, stays))
        .collect();
    stay::last_day(&r).map(Some).ok_or(())
}

/// Whether a stay `entry..=exit` fits, with `trips` (sorted, not overlapping) around it.
fn fits(
    c: &Country,
    s: &scenario::Scenario,
    trips: &[(NaiveDate, NaiveDate)],
    entry: NaiveDate,
    exit: NaiveDate,
) -> bool {
    if trips.iter().any(|&(a, b)| a <= exit && entry <= b) {
        return false;
    }
    let before: Vec<_> = trips.iter().copied().filter(|&(_, b)| b < entry).collect();
    let limits = crate::engine::allowance_on(c, s, entry).map_or(&[][..], |a| a.limits);
    match last_day(limits, entry, &before) {
        Err(()) => return false,
        Ok(Some(l)) if l < exit => return false,
        _ => {}
    }
    // Every later planned trip must still fit with this stay counted.
    for &(a, b) in trips.iter().filter(|&&(a, _)| a > exit) {
        let mut earlier: Vec<_> = trips.iter().copied().filter(|&(_, y)| y < a).collect();
        earlier.push((entry, exit));
        let limits = crate::engine::allowance_on(c, s, a).map_or(&[][..], |x| x.limits);
        match last_day(limits, a, &earlier) {
            Err(()) => return false,
            Ok(Some(l)) if l < b => return false,
            _ => {}
        }
    }
    true
}

/// Reads the trips, past or planned: dates, each exit not before its entry, none overlapping.
fn trips(input: &Json) -> Result<Vec<(NaiveDate, NaiveDate)>, InputError> {
    let list = match member(input, "trips") {
        None | Some(Json::Null) => return Ok(Vec::new()),
        Some(Json::Array(a)) if a.len() > MAX_PLAN_TRIPS => {
            return Err(scenario::too_many("trips", a.len(), MAX_PLAN_TRIPS))
        }
        Some(Json::Array(a)) => a,
        Some(other) => return Err(scenario::wrong_type("trips", msg::AN_ARRAY, other)),
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let path = |k: &str| format!("trips[{i}].{k}");
        scenario::object(t, &format!("trips[{i}]"))?;
        let get = |k: &str| {
            let p = path(k);
            scenario::required_at(t, k, &p).and_then(|v| scenario::date_value(v, &p))
        };
        let (a, b) = (get("entryDate")?, get("exitDate")?);
        if b < a {
            return Err(InputError::new(
                ErrorCode::ExitBeforeEntry,
                path("exitDate"),
                msg::EXIT_BEFORE_ENTRY,
                vec![
                    ("field", Arg::field(path("exitDate"))),
                    ("exit", Arg::Str(date::iso(b))),
                    ("other", Arg::field(path("entryDate"))),
                    ("entry", Arg::Str(date::iso(a))),
                ],
            ));
        }
        out.push((i, a, b));
    }
    let mut sorted = out.clone();
    crate::sort::sort_by_key(&mut sorted, |t| t.1);
    for w in sorted.windows(2) {
        if w[1].1 <= w[0].2 {
            let f = format!("trips[{}].entryDate", w[1].0);
            return Err(InputError::new(
                ErrorCode::TripOverlap,
                f.clone(),
                msg::PLAN_TRIPS_OVERLAP,
                vec![
                    ("field", Arg::field(f)),
                    ("n", Arg::from((w[0].0 + 1) as i64)),
                ],
            ));
        }
    }
    Ok(sorted.into_iter().map(|(_, a, b)| (a, b)).collect())
}

/// `plan(query)`: `query` is a scenario (destination, citizenship, passport, visa, lang, and
/// `entryDate` as the date from which to look) with `days` (the stay wanted, default 1) and
/// `trips` (past or planned, any dates, not overlapping).
pub fn plan(input: &Json) -> Result<Plan, InputError> {
    let lang = scenario::lang_of(input);
    let run = || -> Result<Plan, InputError> {
        scenario::object(input, "")?;
        let days = match member(input, "days") {
            None | Some(Json::Null) => 1,
            Some(Json::Number(n)) if n.fract() == 0.0 && *n >= 1.0 && *n <= f64::from(MAX_DAYS) => {
                *n as u32
            }
            Some(_) => {
                return Err(InputError::new(
                    ErrorCode::OutOfRange,
                    "days",
                    msg::PLAN_DAYS,
                    vec![
                        ("field", Arg::field("days")),
                        ("max", Arg::from(i64::from(MAX_DAYS))),
                    ],
                ))
            }
        };
        let trips = trips(input)?;
        // The scenario without its trips (which may lie after the entry here).
        let bare = match input {
            Json::Object(m) => Json::Object(
                m.iter()
                    .filter(|(k, _)| k != "trips" && k != "days")
                    .cloned()
                    .collect(),
            ),
            other => other.clone(),
        };
        let s = scenario::parse(&bare)?;
        // What `evaluate` says of the destination and citizenship (own country, range).
        let c = crate::engine::check(&s)?;
        let from = s.entry_date;
        let allowance = crate::engine::allowance_on(c, &s, from);
        let limits = allowance.map_or(&[][..], |a| a.limits);
        let before: Vec<_> = trips.iter().copied().filter(|&(_, b)| b < from).collect();
        let inside = trips.iter().any(|&(a, b)| a <= from && from <= b);
        let (available, last) = if inside {
            (Some(0), None)
        } else {
            match last_day(limits, from, &before) {
                Err(()) => (Some(0), None),
                Ok(None) => (None, None),
                Ok(Some(l)) => {
                    // Not beyond the next planned trip's eve, nor so far that it breaks it.
                    let mut n = 0u32;
                    let mut end = None;
                    let mut d = from;
                    while d <= l && fits(c, &s, &trips, from, d) {
                        end = Some(d);
                        n += 1;
                        d = date::add_days(d, 1);
                    }
                    (Some(n), end)
                }
            }
        };
        let mut earliest = None;
        for k in 0..HORIZON {
            let d = date::add_days(from, k);
            let exit = date::add_days(d, i64::from(days) - 1);
            if fits(c, &s, &trips, d, exit) {
                let lim = crate::engine::allowance_on(c, &s, d).map_or(&[][..], |a| a.limits);
                let before: Vec<_> = trips.iter().copied().filter(|&(_, b)| b < d).collect();
                earliest = Some(Earliest {
                    entry_date: d,
                    last_day: last_day(lim, d, &before).ok().flatten(),
                });
                break;
            }
        }
        let cat = crate::i18n::catalog(lang);
        let say = |t: &crate::text::Text| match &cat {
            Some(c) => crate::i18n::word(t, c),
            None => t.id.to_owned(),
        };
        let note = allowance.map_or_else(
            || {
                say(&crate::text::Text::new(if s.visa == Visa::None {
                    c.no_allowance
                } else {
                    c.visa_bounds_stay
                }))
            },
            |a| say(&crate::text::Text::new(a.note)),
        );
        let words: Vec<String> = limits
            .iter()
            .map(|&l| say(&stay::apply(l, from, &before).text))
            .collect();
        Ok(Plan {
            destination: c.code,
            from,
            days,
            available,
            last_day: last,
            earliest,
            allowance: allowance.map(|a| a.id),
            note,
            limits: words,
        })
    };
    run().map_err(|e| e.localized(lang))
}

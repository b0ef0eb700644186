//! `calendar(country, year, lang?)` of the JS API, without JS: the special days of a country's
//! working-day calendar in one year (holidays, days off, working weekend days).

use serde::Serialize;

use super::DayKind;
use crate::calendar;
use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Lang};
use crate::json::Json;
use crate::text::Arg;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDay {
    pub date: String,
    /// `holiday`, `day-off` or `working-day`.
    pub kind: &'static str,
    /// English name.
    pub name: Option<&'static str>,
    pub names: Option<calendar::Names>,
    /// The other holidays of the day when two or more fall on it (or that a day off also stands
    /// in for), in `lang`, like `name`; empty on most days.
    pub also: Vec<&'static str>,
    /// The same in all languages, like `names`.
    pub also_names: Vec<calendar::Names>,
    pub moved_from: Option<String>,
    pub provisional: bool,
    pub sources: Vec<crate::source::Source>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalendarYear {
    pub country: &'static str,
    pub year: i32,
    pub days: Vec<CalendarDay>,
}

/// The special days of `country`'s working-day calendar in `year`, as the JS `calendar()` gives
/// them, the calendar found with `find` (the registry's [`crate::countries::calendar`]); `country` and `year` as read from the caller (a string, a whole number), errors naming
/// `country` or `year` (in English: the caller localises them).
pub fn calendar_year(
    country: &Json,
    year: &Json,
    lang: Lang,
    find: fn(&str) -> Option<&'static calendar::CountryCalendar>,
) -> Result<CalendarYear, InputError> {
    let c = match country {
        Json::String(s) => s,
        other => return Err(crate::scenario::wrong_type("country", msg::A_STRING, other)),
    };
    let code = crate::country::lookup(c.trim()).ok_or_else(|| {
        InputError::new(
            ErrorCode::UnknownCountry,
            "country",
            msg::COUNTRY_NOT_ISO,
            vec![],
        )
    })?;
    let cal = find(code).ok_or_else(|| {
        InputError::new(
            ErrorCode::UnsupportedDestination,
            "country",
            msg::NO_CALENDAR,
            vec![("code", Arg::Str(code.into()))],
        )
    })?;
    let y = match year {
        &Json::Number(n)
            if n.fract() == 0.0 && n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX) =>
        {
            n as i32
        }
        other => {
            return Err(crate::scenario::wrong_type(
                "year",
                msg::A_WHOLE_NUMBER,
                other,
            ))
        }
    };
    if y < cal.first_year() || y > cal.last_year() {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            "year",
            msg::YEAR_OUT_OF_RANGE,
            vec![
                ("code", Arg::Str(code.into())),
                ("from", Arg::Str(cal.first_year().to_string())),
                ("to", Arg::Str(cal.last_year().to_string())),
            ],
        ));
    }
    Ok(CalendarYear {
        country: code,
        year: y,
        days: days(cal, y, lang),
    })
}

/// The special days of `cal` in year `y`, as `calendar()` lists them, names in `lang`.
pub fn days(cal: &calendar::CountryCalendar, y: i32, lang: Lang) -> Vec<CalendarDay> {
    cal.special_days(y)
        .into_iter()
        .filter_map(|d| {
            let kind = match d.kind {
                DayKind::Holiday => "holiday",
                DayKind::DayOff => "day-off",
                DayKind::WorkingWeekend => "working-day",
                DayKind::Working | DayKind::Weekend => return None,
            };
            Some(CalendarDay {
                date: crate::date::iso(d.date),
                kind,
                name: d.name.map(|n| n.get(lang)),
                names: d.name,
                also: d.also.iter().map(|n| n.get(lang)).collect(),
                also_names: d.also,
                moved_from: d.moved_from.map(crate::date::iso),
                provisional: d.provisional,
                sources: d.sources.to_vec(),
            })
        })
        .collect()
}

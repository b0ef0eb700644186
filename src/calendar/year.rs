//! `calendar(country, year, lang?)` of the JS API, without JS: the special days of a country's
//! working-day calendar in one year (holidays, days off, working weekend days).

use serde::Serialize;

use super::DayKind;
use crate::calendar;
use crate::error::{ErrorCode, InputError};
use crate::i18n::{self, fluent::Catalog, msg, Lang};
use crate::json::Json;
use crate::text::{Arg, Text};
use std::sync::Arc;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDay {
    pub date: String,
    /// `holiday`, `day-off` or `working-day`.
    pub kind: &'static str,
    /// The holiday's name in `lang` (its message ID when no catalog of `lang` is at hand).
    pub name: Option<String>,
    /// The ID of the name's message (`kz-holiday-nauryz`), for a UI that words it from its own
    /// catalog.
    pub name_id: Option<&'static str>,
    /// The name in each language whose catalog is at hand: all four in a build with the
    /// `catalogs` feature, else those given with `loadCatalog`.
    pub names: Option<ByLang>,
    /// The other holidays of the day when two or more fall on it (or that a day off also stands
    /// in for), in `lang`, like `name`; empty on most days.
    pub also: Vec<String>,
    /// Their message IDs, like `nameId`.
    pub also_ids: Vec<&'static str>,
    /// The same in each language at hand, like `names`.
    pub also_names: Vec<ByLang>,
    pub moved_from: Option<String>,
    pub provisional: bool,
    pub sources: Vec<crate::source::Source>,
}

/// A text in each language whose catalog is at hand; serialised `{ en, ru, kk, zh }` with only
/// those languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ByLang(pub Vec<(Lang, String)>);

impl ByLang {
    /// The text in `lang`, if that catalog was at hand.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, s)| s.as_str())
    }
}

impl Serialize for ByLang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (l, v) in &self.0 {
            m.serialize_entry(l.code(), v)?;
        }
        m.end()
    }
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

/// The special days of `cal` in year `y`, as `calendar()` lists them, names in `lang` (and in
/// every language whose catalog is at hand).
pub fn days(cal: &calendar::CountryCalendar, y: i32, lang: Lang) -> Vec<CalendarDay> {
    let cats: Vec<Arc<Catalog>> = Lang::ALL.into_iter().filter_map(i18n::catalog).collect();
    let word = |id: &'static str, l: Lang| {
        cats.iter()
            .find(|c| c.lang == l)
            .map(|c| i18n::word(&Text::new(id), c))
    };
    let by_lang = |id: &'static str| {
        ByLang(
            cats.iter()
                .map(|c| (c.lang, i18n::word(&Text::new(id), c)))
                .collect(),
        )
    };
    let in_lang = |id: &'static str| word(id, lang).unwrap_or_else(|| id.to_owned());
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
                name: d.name.map(in_lang),
                name_id: d.name,
                names: d.name.map(by_lang),
                also: d.also.iter().map(|&n| in_lang(n)).collect(),
                also_names: d.also.iter().map(|&n| by_lang(n)).collect(),
                also_ids: d.also,
                moved_from: d.moved_from.map(crate::date::iso),
                provisional: d.provisional,
                sources: d.sources.to_vec(),
            })
        })
        .collect()
}

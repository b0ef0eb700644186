//! The scenario a visitor or host describes, read from a [`Json`] value with exact field paths
//! in every error.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::country::{self, Citizenship};
use crate::date::{self, DateError};
use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Lang};
use crate::json::Json;
use crate::text::Arg;

/// Most earlier trips accepted; more is refused rather than silently truncated.
pub const MAX_TRIPS: usize = 500;
/// Most address changes accepted.
pub const MAX_MOVES: usize = 50;
/// A planned stay longer than this many days is refused as implausible input.
pub const MAX_STAY_DAYS: i64 = 366 * 5;
/// An age above this at entry is refused as implausible input.
pub const MAX_AGE: u32 = 130;
/// The earliest birth date and the earliest day of an earlier trip accepted: anything before is
/// a typing mistake (and would only make the engine count days that cannot matter).
pub const EARLIEST: NaiveDate = date::ymd(1900, 1, 1);

macro_rules! choice_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str { match self { $($name::$variant => $text),+ } }
            pub fn parse(s: &str) -> Option<$name> { match s { $($text => Some($name::$variant),)+ _ => None } }
        }
    };
}

choice_enum!(
    /// The kind of passport the person travels on.
    Passport { Ordinary = "ordinary", Diplomatic = "diplomatic", Service = "service" }
);
choice_enum!(
    /// The visa the person entered on; `none` for visa-free entry.
    Visa {
        None = "none", EVisa = "e-visa", Tourist = "tourist", Business = "business", Private = "private",
        Work = "work", Student = "student", Investor = "investor", Diplomatic = "diplomatic",
        Service = "service", Transit = "transit", Medical = "medical",
        Humanitarian = "humanitarian", Missionary = "missionary", Family = "family",
    }
);
choice_enum!(
    /// A residence permit the person holds in the destination.
    PermitKind { Temporary = "temporary", Permanent = "permanent" }
);
choice_enum!(
    /// Where the person stays, which decides who the receiving party is.
    Accommodation { Private = "private", Hotel = "hotel", Organization = "organization" }
);

/// An earlier stay in the destination country (both days count as days of presence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Trip {
    #[serde(serialize_with = "date::ser")]
    pub entry_date: NaiveDate,
    #[serde(serialize_with = "date::ser")]
    pub exit_date: NaiveDate,
}

/// A change of address during the stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Move {
    #[serde(serialize_with = "date::ser")]
    pub date: NaiveDate,
    pub accommodation: Accommodation,
    /// The new address is in another region (oblast or city of republican significance).
    pub other_region: bool,
    /// The new dwelling belongs to the owner of the one the person is registered at.
    pub same_owner: bool,
}

/// A residence permit the person already holds in the destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Permit {
    pub kind: PermitKind,
    /// The last day of the permit's validity.
    #[serde(serialize_with = "date::ser")]
    pub valid_until: NaiveDate,
    /// The day the holder's identity data changed or the permit card was lost, if it did.
    #[serde(serialize_with = "date::ser_opt")]
    pub changed_on: Option<NaiveDate>,
}

/// A validated scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    pub destination: &'static str,
    pub citizenship: Citizenship,
    #[serde(serialize_with = "date::ser")]
    pub entry_date: NaiveDate,
    #[serde(serialize_with = "date::ser_opt")]
    pub exit_date: Option<NaiveDate>,
    #[serde(serialize_with = "date::ser_opt")]
    pub birth_date: Option<NaiveDate>,
    pub passport: Passport,
    pub visa: Visa,
    pub accommodation: Accommodation,
    pub trips: Vec<Trip>,
    pub moves: Vec<Move>,
    /// A crew member of an aircraft, ship or train on duty.
    pub crew: bool,
    /// A residence permit the person holds in the destination, if any.
    pub permit: Option<Permit>,
    /// The language of the answer's texts (`lang`, default English).
    pub lang: Lang,
    /// Optional fields that were absent and took their default (`passport`, `visa`, `accommodation`).
    #[serde(skip)]
    pub defaulted: Vec<&'static str>,
}

impl Scenario {
    /// Age in whole years on `on`, if the birth date is known.
    pub fn age_on(&self, on: NaiveDate) -> Option<u32> {
        self.birth_date.map(|b| age(b, on))
    }

    /// Planned stay in calendar days, entry and exit day included.
    pub fn stay_days(&self) -> Option<i64> {
        self.exit_date
            .map(|x| date::days_between(self.entry_date, x) + 1)
    }
}

/// Whole years from `birth` to `on` (0 if `on` is before `birth`).
pub fn age(birth: NaiveDate, on: NaiveDate) -> u32 {
    let mut y = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        y -= 1;
    }
    y.max(0) as u32
}

pub(crate) fn err(
    code: ErrorCode,
    field: &str,
    template: &'static str,
    args: Vec<(&'static str, Arg)>,
) -> InputError {
    InputError::new(code, field, template, args)
}

fn text(s: impl Into<String>) -> Arg {
    Arg::Str(s.into())
}

/// `{field} must be {want}, not {got}.`
pub(crate) fn wrong_type(field: &str, want: &'static str, got: &Json) -> InputError {
    err(
        ErrorCode::WrongType,
        field,
        msg::WRONG_TYPE,
        vec![
            ("field", Arg::field(field)),
            ("want", Arg::msg(want)),
            ("got", Arg::msg(got.type_name())),
        ],
    )
}

/// A present, non-null member, or `None`.
pub(crate) fn member<'a>(obj: &'a Json, key: &str) -> Option<&'a Json> {
    obj.get(key).filter(|v| !matches!(v, Json::Null))
}

pub(crate) fn string<'a>(v: &'a Json, field: &str) -> Result<&'a str, InputError> {
    match v {
        Json::String(s) => Ok(s.trim()),
        other => Err(wrong_type(field, msg::A_STRING, other)),
    }
}

pub(crate) fn date_value(v: &Json, field: &str) -> Result<NaiveDate, InputError> {
    let s = string(v, field)?;
    date::parse_iso(s).map_err(|e| match e {
        DateError::Format => err(
            ErrorCode::InvalidDate,
            field,
            msg::DATE_FORMAT,
            vec![("field", Arg::field(field))],
        ),
        DateError::NoSuchDay => err(
            ErrorCode::InvalidDate,
            field,
            msg::NO_SUCH_DAY,
            vec![("field", Arg::field(field)), ("value", text(short(s)))],
        ),
    })
}

/// At most 40 characters of user text, for echoing it in a message.
pub(crate) fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

fn required<'a>(obj: &'a Json, key: &'static str) -> Result<&'a Json, InputError> {
    member(obj, key).ok_or_else(|| {
        err(
            ErrorCode::MissingField,
            key,
            msg::REQUIRED,
            vec![("field", Arg::field(key))],
        )
    })
}

fn not_one_of(field: &str, value: &str, list: &[&str]) -> InputError {
    err(
        ErrorCode::UnknownValue,
        field,
        msg::NOT_ONE_OF,
        vec![
            ("field", Arg::field(field)),
            ("value", text(short(value))),
            ("list", text(list.join(", "))),
        ],
    )
}

fn choice<T: Copy>(
    obj: &Json,
    key: &'static str,
    parse: fn(&str) -> Option<T>,
    all: &[T],
    show: fn(T) -> &'static str,
    default: T,
    defaulted: &mut Vec<&'static str>,
) -> Result<T, InputError> {
    match member(obj, key) {
        None => {
            defaulted.push(key);
            Ok(default)
        }
        Some(v) => {
            let s = string(v, key)?;
            parse(s).ok_or_else(|| {
                not_one_of(key, s, &all.iter().map(|&t| show(t)).collect::<Vec<_>>())
            })
        }
    }
}

fn boolean(obj: &Json, key: &str) -> Result<bool, InputError> {
    match member(obj, key) {
        None => Ok(false),
        Some(Json::Bool(b)) => Ok(*b),
        Some(other) => Err(wrong_type(key, msg::TRUE_OR_FALSE, other)),
    }
}

/// The scenario's language, read first so that every later error can be given in it.
pub fn lang_of(input: &Json) -> Lang {
    member(input, "lang")
        .and_then(|v| {
            if let Json::String(s) = v {
                Lang::parse(s.trim())
            } else {
                None
            }
        })
        .unwrap_or_default()
}

/// Reads and checks a scenario; errors come in the scenario's `lang`. Does not know any
/// country's rules: the destination's rule set checks the date range it covers
/// (see [`crate::evaluate`]).
pub fn parse(input: &Json) -> Result<Scenario, InputError> {
    let lang = lang_of(input);
    parse_in(input, lang).map_err(|e| e.localized(lang))
}

fn parse_in(input: &Json, lang: Lang) -> Result<Scenario, InputError> {
    if !matches!(input, Json::Object(_)) {
        return Err(err(
            ErrorCode::InvalidInput,
            "",
            msg::NOT_AN_OBJECT,
            vec![("got", Arg::msg(input.type_name()))],
        ));
    }
    if let Some(v) = member(input, "lang") {
        let s = string(v, "lang")?;
        if Lang::parse(s).is_none() {
            return Err(not_one_of("lang", s, &["en", "ru", "kk", "zh"]));
        }
    }
    let destination = {
        let s = string(required(input, "destination")?, "destination")?;
        country::lookup(s).ok_or_else(|| {
            err(
                ErrorCode::UnknownCountry,
                "destination",
                msg::UNKNOWN_DESTINATION,
                vec![
                    ("field", Arg::field("destination")),
                    ("value", text(short(s))),
                ],
            )
        })?
    };
    let citizenship = {
        let s = string(required(input, "citizenship")?, "citizenship")?;
        if s.eq_ignore_ascii_case("stateless") {
            Citizenship::Stateless
        } else {
            Citizenship::Country(country::lookup(s).ok_or_else(|| {
                err(
                    ErrorCode::UnknownCountry,
                    "citizenship",
                    msg::UNKNOWN_CITIZENSHIP,
                    vec![
                        ("field", Arg::field("citizenship")),
                        ("value", text(short(s))),
                    ],
                )
            })?)
        }
    };
    let entry_date = date_value(required(input, "entryDate")?, "entryDate")?;
    let exit_date = member(input, "exitDate")
        .map(|v| date_value(v, "exitDate"))
        .transpose()?;
    if let Some(x) = exit_date {
        if x < entry_date {
            return Err(err(
                ErrorCode::ExitBeforeEntry,
                "exitDate",
                msg::EXIT_BEFORE_ENTRY,
                vec![
                    ("field", Arg::field("exitDate")),
                    ("exit", text(date::iso(x))),
                    ("other", Arg::field("entryDate")),
                    ("entry", text(date::iso(entry_date))),
                ],
            ));
        }
        if date::days_between(entry_date, x) >= MAX_STAY_DAYS {
            return Err(err(
                ErrorCode::OutOfRange,
                "exitDate",
                msg::STAY_TOO_LONG,
                vec![
                    ("field", Arg::field("exitDate")),
                    ("days", Arg::from(MAX_STAY_DAYS)),
                ],
            ));
        }
    }
    let birth_date = member(input, "birthDate")
        .map(|v| date_value(v, "birthDate"))
        .transpose()?;
    if let Some(b) = birth_date {
        if b < EARLIEST {
            return Err(birth_too_early("birthDate", b));
        }
        if b > entry_date {
            return Err(err(
                ErrorCode::BirthAfterEntry,
                "birthDate",
                msg::BIRTH_AFTER_ENTRY,
                vec![
                    ("field", Arg::field("birthDate")),
                    ("birth", text(date::iso(b))),
                    ("other", Arg::field("entryDate")),
                    ("entry", text(date::iso(entry_date))),
                ],
            ));
        }
        if age(b, entry_date) > MAX_AGE {
            return Err(err(
                ErrorCode::OutOfRange,
                "birthDate",
                msg::TOO_OLD,
                vec![
                    ("field", Arg::field("birthDate")),
                    ("birth", text(date::iso(b))),
                    ("age", Arg::from(MAX_AGE)),
                ],
            ));
        }
    }
    let mut defaulted = Vec::new();
    let passport = choice(
        input,
        "passport",
        Passport::parse,
        Passport::ALL,
        Passport::as_str,
        Passport::Ordinary,
        &mut defaulted,
    )?;
    let visa = choice(
        input,
        "visa",
        Visa::parse,
        Visa::ALL,
        Visa::as_str,
        Visa::None,
        &mut defaulted,
    )?;
    let accommodation = choice(
        input,
        "accommodation",
        Accommodation::parse,
        Accommodation::ALL,
        Accommodation::as_str,
        Accommodation::Private,
        &mut defaulted,
    )?;
    let crew = boolean(input, "crew")?;
    let trips = parse_trips(input, entry_date)?;
    let moves = parse_moves(input, entry_date, exit_date)?;
    let permit = parse_permit(input)?;
    Ok(Scenario {
        destination,
        citizenship,
        entry_date,
        exit_date,
        birth_date,
        passport,
        visa,
        accommodation,
        trips,
        moves,
        crew,
        permit,
        lang,
        defaulted,
    })
}

/// `{field} {date}: tirkeu takes birth dates from 1900-01-01 to the entry date.`
pub(crate) fn birth_too_early(field: &str, d: NaiveDate) -> InputError {
    err(
        ErrorCode::OutOfRange,
        field,
        msg::BIRTH_TOO_EARLY,
        vec![
            ("field", Arg::field(field)),
            ("date", text(date::iso(d))),
            ("from", text(date::iso(EARLIEST))),
        ],
    )
}

/// `{field} {date} is outside the dates tirkeu accepts for it, {from} to {to}.`
pub(crate) fn not_in_range(
    field: &str,
    d: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> InputError {
    err(
        ErrorCode::OutOfRange,
        field,
        msg::DATE_NOT_IN_RANGE,
        vec![
            ("field", Arg::field(field)),
            ("date", text(date::iso(d))),
            ("from", text(date::iso(from))),
            ("to", text(date::iso(to))),
        ],
    )
}

/// `{field}`: `n` entries given, at most `max` accepted.
pub(crate) fn too_many(field: &str, n: usize, max: usize) -> InputError {
    err(
        ErrorCode::OutOfRange,
        field,
        msg::TOO_MANY,
        vec![
            ("field", Arg::field(field)),
            ("n", text(n.to_string())),
            ("max", text(max.to_string())),
        ],
    )
}

fn array<'a>(input: &'a Json, key: &'static str, max: usize) -> Result<&'a [Json], InputError> {
    match member(input, key) {
        None => Ok(&[]),
        Some(Json::Array(a)) if a.len() > max => Err(too_many(key, a.len(), max)),
        Some(Json::Array(a)) => Ok(a),
        Some(other) => Err(wrong_type(key, msg::AN_ARRAY, other)),
    }
}

pub(crate) fn object<'a>(v: &'a Json, field: &str) -> Result<&'a Json, InputError> {
    match v {
        Json::Object(_) => Ok(v),
        other => Err(wrong_type(field, msg::AN_OBJECT, other)),
    }
}

pub(crate) fn required_at<'a>(
    obj: &'a Json,
    key: &str,
    path: &str,
) -> Result<&'a Json, InputError> {
    member(obj, key).ok_or_else(|| {
        err(
            ErrorCode::MissingField,
            path,
            msg::REQUIRED,
            vec![("field", Arg::field(path))],
        )
    })
}

/// The required date `key` of the object `obj`, as `date_value(required_at(..))` reads it;
/// `path` makes the field's path and is called only for an error (a scenario with hundreds of
/// trips used to format thousands of paths it never needed: a sixth of `evaluate`).
fn date_at(obj: &Json, key: &str, path: impl Fn() -> String) -> Result<NaiveDate, InputError> {
    if let Some(Json::String(s)) = member(obj, key) {
        if let Ok(d) = date::parse_iso(s.trim()) {
            return Ok(d);
        }
    }
    let p = path();
    date_value(required_at(obj, key, &p)?, &p)
}

/// `v` if it is an object, else `object()`'s error at the path `path()` makes.
fn object_at(v: &Json, path: impl Fn() -> String) -> Result<&Json, InputError> {
    match v {
        Json::Object(_) => Ok(v),
        _ => object(v, &path()),
    }
}

fn parse_trips(input: &Json, entry: NaiveDate) -> Result<Vec<Trip>, InputError> {
    let mut trips: Vec<(usize, Trip)> = Vec::new();
    for (i, t) in array(input, "trips", MAX_TRIPS)?.iter().enumerate() {
        let path = |k: &str| format!("trips[{i}].{k}");
        let t = object_at(t, || format!("trips[{i}]"))?;
        let a = date_at(t, "entryDate", || path("entryDate"))?;
        if a < EARLIEST {
            return Err(not_in_range(&path("entryDate"), a, EARLIEST, entry));
        }
        let b = date_at(t, "exitDate", || path("exitDate"))?;
        if b < a {
            return Err(err(
                ErrorCode::ExitBeforeEntry,
                &path("exitDate"),
                msg::EXIT_BEFORE_ENTRY,
                vec![
                    ("field", Arg::field(path("exitDate"))),
                    ("exit", text(date::iso(b))),
                    ("other", Arg::field(path("entryDate"))),
                    ("entry", text(date::iso(a))),
                ],
            ));
        }
        if b > entry {
            return Err(err(
                ErrorCode::TripOverlap,
                &path("exitDate"),
                msg::TRIP_AFTER_ENTRY,
                vec![
                    ("field", Arg::field(path("exitDate"))),
                    ("date", text(date::iso(b))),
                    ("entry", text(date::iso(entry))),
                ],
            ));
        }
        trips.push((
            i,
            Trip {
                entry_date: a,
                exit_date: b,
            },
        ));
    }
    let mut sorted = trips.clone();
    crate::sort::sort_by_key(&mut sorted, |(_, t)| t.entry_date);
    for w in sorted.windows(2) {
        let ((i, a), (j, b)) = (w[0], w[1]);
        if b.entry_date < a.exit_date
            || (b.entry_date == a.exit_date && a.entry_date == b.entry_date)
        {
            let (first, second) = if i < j { (i, j) } else { (j, i) };
            return Err(err(
                ErrorCode::TripOverlap,
                &format!("trips[{second}].entryDate"),
                msg::TRIPS_OVERLAP,
                vec![
                    ("second", Arg::field(format!("trips[{second}]"))),
                    ("first", Arg::field(format!("trips[{first}]"))),
                ],
            ));
        }
    }
    Ok(trips.into_iter().map(|(_, t)| t).collect())
}

fn parse_moves(
    input: &Json,
    entry: NaiveDate,
    exit: Option<NaiveDate>,
) -> Result<Vec<Move>, InputError> {
    let mut moves = Vec::new();
    for (i, m) in array(input, "moves", MAX_MOVES)?.iter().enumerate() {
        let path = |k: &str| format!("moves[{i}].{k}");
        let m = object_at(m, || format!("moves[{i}]"))?;
        let d = date_at(m, "date", || path("date"))?;
        // Without a planned exit, a move is still within the longest stay tirkeu answers for
        // (as exitDate is): its deadline is then always a date tirkeu can count and write.
        let last = date::add_days(entry, MAX_STAY_DAYS - 1);
        if exit.is_none() && d > last {
            return Err(not_in_range(&path("date"), d, entry, last));
        }
        if d < entry || exit.is_some_and(|x| d > x) {
            return Err(err(
                ErrorCode::OutOfRange,
                &path("date"),
                msg::MOVE_OUTSIDE,
                vec![
                    ("field", Arg::field(path("date"))),
                    ("date", text(date::iso(d))),
                ],
            ));
        }
        let accommodation = match member(m, "accommodation") {
            None => Accommodation::Private,
            Some(v) => {
                let s = string(v, &path("accommodation"))?;
                Accommodation::parse(s).ok_or_else(|| {
                    not_one_of(
                        &path("accommodation"),
                        s,
                        &["private", "hotel", "organization"],
                    )
                })?
            }
        };
        let flag = |key: &str| match member(m, key) {
            None => Ok(false),
            Some(Json::Bool(b)) => Ok(*b),
            Some(other) => Err(wrong_type(&path(key), msg::TRUE_OR_FALSE, other)),
        };
        let other_region = flag("otherRegion")?;
        let same_owner = flag("sameOwner")?;
        moves.push(Move {
            date: d,
            accommodation,
            other_region,
            same_owner,
        });
    }
    crate::sort::sort_by_key(&mut moves, |m| m.date);
    Ok(moves)
}

/// `permit`: `{ kind, validUntil, changedOn? }`, a residence permit the person holds.
fn parse_permit(input: &Json) -> Result<Option<Permit>, InputError> {
    let Some(v) = member(input, "permit") else {
        return Ok(None);
    };
    if matches!(v, Json::Null) {
        return Ok(None);
    }
    let p = object_at(v, || "permit".to_owned())?;
    let kind = {
        let s = string(required_at(p, "kind", "permit.kind")?, "permit.kind")?;
        PermitKind::parse(s)
            .ok_or_else(|| not_one_of("permit.kind", s, &["temporary", "permanent"]))?
    };
    let valid_until = date_at(p, "validUntil", || "permit.validUntil".to_owned())?;
    let changed_on = match member(p, "changedOn") {
        None | Some(Json::Null) => None,
        Some(_) => Some(date_at(p, "changedOn", || "permit.changedOn".to_owned())?),
    };
    Ok(Some(Permit {
        kind,
        valid_until,
        changed_on,
    }))
}

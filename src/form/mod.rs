//! The destination's pre-filled official form (the receiving party's notification of arrival,
//! a registration application), as an HTML fragment for printing ([`render_html`], with
//! [`FORM_CSS`]) and as an A4 PDF ([`render_pdf`]): a page per page of the form, and a
//! continuation sheet when a value is too long for its box.
//!
//! A form is data, a [`spec::FormSpec`] in its country's folder (`src/countries/<code>/form.rs`,
//! listed in the registry); one HTML renderer ([`render_html`]) and one PDF renderer
//! ([`render_pdf`]) draw any spec, and this module names no country. Labels are in the form's
//! language, with the user's language (`scenario.lang`, from the form's catalogs) underneath.
//! Values come from the scenario, the assessment (the due date of the host notification) and
//! the user's [`FormDetails`]; what is not given stays an empty box.
//!
//! The destination's form is picked in `crate::forms` (the registry's side), which has an
//! example.

pub mod font;
mod nfc;
mod nfc_table;
mod pdf;
pub mod spec;

use chrono::{Datelike, NaiveDate};

use crate::assessment::Assessment;
use crate::country::{self, Citizenship};
use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Lang};
use crate::json::Json;
use crate::rules::Kind;
use crate::scenario::{self, err, Scenario};
use crate::text::Arg;
use spec::{FormSpec, Kind as SpecKind, Rule, Text};

pub use pdf::render_pdf;

/// Longest text accepted in any field, in characters (see [`max_len`] for each field's own).
pub const MAX_TEXT: usize = 200;

/// The details' own text fields, in the order the details are documented.
const DETAILS_TEXT: [&str; 22] = [
    "surname",
    "givenNames",
    "patronymic",
    "surnameLatin",
    "givenNamesLatin",
    "patronymicLatin",
    "passportNumber",
    "visaNumber",
    "purpose",
    "checkpoint",
    "address",
    "hostName",
    "hostId",
    "hostPhone",
    "hostAddress",
    "hostContact",
    "arrivedFrom",
    "migrationCardSeries",
    "migrationCardNumber",
    "hostSurname",
    "hostGivenNames",
    "hostPatronymic",
];

/// The details' own text fields (`surname` … `arrivedFrom`). A form reads those it has fields
/// for ([`spec::FormSpec::text_keys`]).
pub fn text_fields() -> impl Iterator<Item = &'static str> {
    DETAILS_TEXT.into_iter()
}

/// The longest text accepted in details field `key` (`surname`, `children[].name`) by form
/// `spec`'s checks ([`spec::FormSpec::inputs`]; the reasons are in docs/form.md). Every accepted
/// value is printed whole: in its box (wrapped, down to 6.5 pt), or on the PDF's continuation sheet.
pub fn max_len_in(spec: &FormSpec, key: &str) -> usize {
    spec.input(key).map_or(MAX_TEXT, |i| usize::from(i.max))
}
/// Most accompanying children the form lists.
pub const MAX_CHILDREN: usize = 5;

/// Message templates of the form's input errors (English; `{field}` etc. are filled in).
pub mod messages {
    pub const TOO_LONG: &str = "too-long";
    pub const NAME_NOT_PRINTABLE: &str = "name-not-printable";
    pub const NOT_PRINTABLE: &str = "not-printable";
    /// The form's own (a form's checks have theirs in its spec: `crate::forms::messages`).
    pub const ALL: &[&str] = &[TOO_LONG, NAME_NOT_PRINTABLE, NOT_PRINTABLE];
}

/// Sex as written in the passport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    M,
    F,
}

/// An accompanying child listed on the notification.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Child {
    pub name: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub passport_number: Option<String>,
}

/// What the user adds to the scenario for the form; every field is optional and what is
/// missing stays an empty box on the form. Read by [`parse_details_in`] from
/// `{ surname, givenNames, patronymic, surnameLatin, givenNamesLatin, patronymicLatin,
/// birthDate, sex, passportNumber, passportIssueDate, passportExpiry, visaNumber, visaExpiry,
/// migrationCardSeries, migrationCardNumber, purpose, checkpoint, address, hostName, hostId,
/// hostPhone, hostAddress, hostContact, hostSurname, hostGivenNames, hostPatronymic,
/// arrivedFrom, children: [{ name, birthDate, passportNumber }] }`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormDetails {
    pub surname: Option<String>,
    pub given_names: Option<String>,
    pub patronymic: Option<String>,
    /// The names in Latin letters, as in the passport, for a form that asks for them beside
    /// the names in its own script.
    pub surname_latin: Option<String>,
    pub given_names_latin: Option<String>,
    pub patronymic_latin: Option<String>,
    /// Overrides the scenario's `birthDate` on the form when given.
    pub birth_date: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub passport_number: Option<String>,
    pub passport_issue_date: Option<NaiveDate>,
    pub passport_expiry: Option<NaiveDate>,
    pub visa_number: Option<String>,
    pub visa_expiry: Option<NaiveDate>,
    /// The migration card's series and number (a card filled in at the border).
    pub migration_card_series: Option<String>,
    pub migration_card_number: Option<String>,
    pub purpose: Option<String>,
    pub checkpoint: Option<String>,
    /// Address of temporary stay.
    pub address: Option<String>,
    pub host_name: Option<String>,
    /// The receiving party's identification number, as the form's check keeps it (its digits).
    pub host_id: Option<String>,
    pub host_phone: Option<String>,
    pub host_address: Option<String>,
    /// The responsible person, when the receiving party is an organisation.
    pub host_contact: Option<String>,
    /// The receiving party's surname, given names and patronymic, when it is a person and the
    /// form asks for them apart (`host_name` is then an organisation's name).
    pub host_surname: Option<String>,
    pub host_given_names: Option<String>,
    pub host_patronymic: Option<String>,
    /// The country the person arrived from (as written: a name, not a code).
    pub arrived_from: Option<String>,
    pub children: Vec<Child>,
}

/// Removes control and invisible formatting characters (tabs and line breaks become spaces),
/// collapses runs of spaces and trims.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => ' ',
            c if c.is_control() => continue,
            '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => continue,
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// A free-text field: a string, cleaned, at most [`MAX_TEXT`] characters, every character
/// printable in the PDF font. Empty → `None`.
fn text_field(
    spec: &FormSpec,
    obj: &Json,
    key: &str,
    path: &str,
) -> Result<Option<String>, InputError> {
    let field = format!("{path}{key}");
    let Some(v) = scenario::member(obj, key) else {
        return Ok(None);
    };
    let s = nfc::nfc(&clean(scenario::string(v, &field)?));
    let input = if path.starts_with("details.children[") {
        spec.input(&format!("children[].{key}"))
    } else {
        spec.input(key)
    };
    let max = input.map_or(MAX_TEXT, |i| usize::from(i.max));
    let name = input.is_some_and(|i| i.name);
    if s.chars().count() > max {
        return Err(err(
            ErrorCode::OutOfRange,
            &field,
            messages::TOO_LONG,
            vec![
                ("field", Arg::field(field.clone())),
                ("max", Arg::Str(max.to_string())),
            ],
        ));
    }
    if let Some(c) = s.chars().find(|&c| !font::covers(c)) {
        return Err(err(
            ErrorCode::OutOfRange,
            &field,
            if name {
                messages::NAME_NOT_PRINTABLE
            } else {
                messages::NOT_PRINTABLE
            },
            vec![
                ("field", Arg::field(field.clone())),
                ("char", Arg::Str(shown(c))),
            ],
        ));
    }
    if s.is_empty() {
        return Ok(None);
    }
    match input.and_then(|i| i.rule) {
        Some((_, Rule::Digits { n, ignore }, message)) => {
            let digits: String = s.chars().filter(|c| !ignore.contains(*c)).collect();
            if digits.len() != usize::from(n) || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(
                    ErrorCode::UnknownValue,
                    &field,
                    message,
                    vec![("field", Arg::field(field.clone()))],
                ));
            }
            Ok(Some(digits))
        }
        None => Ok(Some(s)),
    }
}

/// A refused character as the message shows it: a combining mark on a dotted circle and
/// with its code point, since alone it would sit on the quotation mark.
fn shown(c: char) -> String {
    match c {
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}' => format!("\u{25CC}{c} U+{:04X}", u32::from(c)),
        c => c.to_string(),
    }
}

fn date_field(obj: &Json, key: &str, path: &str) -> Result<Option<NaiveDate>, InputError> {
    let field = format!("{path}{key}");
    match scenario::member(obj, key) {
        None => Ok(None),
        Some(Json::String(s)) if s.trim().is_empty() => Ok(None),
        Some(v) => scenario::date_value(v, &field).map(Some),
    }
}

/// Reads the user's details for form `spec`. `null` or absent is no details; anything else
/// must be an object. Errors name the field as `details.surname`, `details.children[0].name`.
pub fn parse_details_in(spec: &FormSpec, v: &Json) -> Result<FormDetails, InputError> {
    read_details(spec, v, None)
}

/// [`parse_details_in`]; with the entry date, each child's birth date is checked as it is read
/// (the list drops empty rows, so the error must name the row as given). An error's message
/// names a detail by its label on `spec`'s form.
fn read_details(
    spec: &FormSpec,
    v: &Json,
    entry: Option<NaiveDate>,
) -> Result<FormDetails, InputError> {
    read_details_unlabelled(spec, v, entry).map_err(|e| labelled(spec, e))
}

/// `e` naming each detail by its label on `spec`'s form (`details.children[1].birthDate` →
/// the label of `children[].birthDate`).
fn labelled(spec: &FormSpec, e: InputError) -> InputError {
    e.with_labels(|path| {
        let key = path.strip_prefix("details.")?;
        match key.strip_prefix("children[") {
            Some(rest) => spec.label(&format!("children[]{}", &rest[rest.find(']')? + 1..])),
            None => spec.label(key),
        }
    })
}

fn read_details_unlabelled(
    spec: &FormSpec,
    v: &Json,
    entry: Option<NaiveDate>,
) -> Result<FormDetails, InputError> {
    const P: &str = "details.";
    let obj = match v {
        Json::Null => return Ok(FormDetails::default()),
        Json::Object(_) => v,
        other => return Err(scenario::wrong_type("details", msg::AN_OBJECT, other)),
    };
    let t = |k: &str| text_field(spec, obj, k, P);
    let sex = match t("sex")? {
        None => None,
        Some(s) => match s.as_str() {
            "M" | "m" => Some(Sex::M),
            "F" | "f" => Some(Sex::F),
            _ => {
                return Err(err(
                    ErrorCode::UnknownValue,
                    "details.sex",
                    msg::NOT_ONE_OF,
                    vec![
                        ("field", Arg::field("details.sex")),
                        ("value", Arg::Str(scenario::short(&s))),
                        ("list", Arg::text("M, F")),
                    ],
                ))
            }
        },
    };
    let host_id = t("hostId")?;
    let mut children = Vec::new();
    if let Some(list) = scenario::member(obj, "children") {
        let Json::Array(items) = list else {
            return Err(scenario::wrong_type(
                "details.children",
                msg::AN_ARRAY,
                list,
            ));
        };
        if items.len() > MAX_CHILDREN {
            return Err(err(
                ErrorCode::OutOfRange,
                "details.children",
                msg::TOO_MANY,
                vec![
                    ("field", Arg::field("details.children")),
                    ("n", Arg::Str(items.len().to_string())),
                    ("max", Arg::Str(MAX_CHILDREN.to_string())),
                ],
            ));
        }
        for (i, c) in items.iter().enumerate() {
            let path = format!("details.children[{i}].");
            if !matches!(c, Json::Object(_)) {
                return Err(scenario::wrong_type(
                    &format!("details.children[{i}]"),
                    msg::AN_OBJECT,
                    c,
                ));
            }
            let child = Child {
                name: text_field(spec, c, "name", &path)?,
                birth_date: date_field(c, "birthDate", &path)?,
                passport_number: text_field(spec, c, "passportNumber", &path)?,
            };
            if let Some(entry) = entry {
                check_birth(&format!("{path}birthDate"), child.birth_date, entry)?;
            }
            if child != Child::default() {
                children.push(child);
            }
        }
    }
    Ok(FormDetails {
        surname: t("surname")?,
        given_names: t("givenNames")?,
        patronymic: t("patronymic")?,
        surname_latin: t("surnameLatin")?,
        given_names_latin: t("givenNamesLatin")?,
        patronymic_latin: t("patronymicLatin")?,
        birth_date: date_field(obj, "birthDate", P)?,
        sex,
        passport_number: t("passportNumber")?,
        passport_issue_date: date_field(obj, "passportIssueDate", P)?,
        passport_expiry: date_field(obj, "passportExpiry", P)?,
        visa_number: t("visaNumber")?,
        visa_expiry: date_field(obj, "visaExpiry", P)?,
        migration_card_series: t("migrationCardSeries")?,
        migration_card_number: t("migrationCardNumber")?,
        purpose: t("purpose")?,
        checkpoint: t("checkpoint")?,
        address: t("address")?,
        host_name: t("hostName")?,
        host_id,
        host_phone: t("hostPhone")?,
        host_address: t("hostAddress")?,
        host_contact: t("hostContact")?,
        host_surname: t("hostSurname")?,
        host_given_names: t("hostGivenNames")?,
        host_patronymic: t("hostPatronymic")?,
        arrived_from: t("arrivedFrom")?,
        children,
    })
}

/// The longest a passport or visa is taken to be valid after the entry, in years.
pub const MAX_VALIDITY_YEARS: i32 = 30;

/// Reads the user's details for form `spec` ([`parse_details_in`]) and checks their dates against the scenario:
/// birth dates (the person's, the children's) from 1900-01-01 to the entry date, the passport's
/// issue date up to the entry date, the passport's and the visa's expiry from the entry date to
/// [`MAX_VALIDITY_YEARS`] after it. The JS API reads details this way, so every date printed on
/// the form is one tirkeu accepted for that field.
pub fn parse_details_for(
    spec: &FormSpec,
    v: &Json,
    s: &Scenario,
) -> Result<FormDetails, InputError> {
    let d = read_details(spec, v, Some(s.entry_date))?;
    check_dates(&d, s.entry_date).map_err(|e| labelled(spec, e))?;
    Ok(d)
}

fn check_birth(field: &str, b: Option<NaiveDate>, entry: NaiveDate) -> Result<(), InputError> {
    match b {
        Some(b) if b < scenario::EARLIEST => Err(scenario::birth_too_early(field, b)),
        Some(b) if b > entry => Err(scenario::not_in_range(field, b, scenario::EARLIEST, entry)),
        _ => Ok(()),
    }
}

fn check_dates(d: &FormDetails, entry: NaiveDate) -> Result<(), InputError> {
    check_birth("details.birthDate", d.birth_date, entry)?;
    if let Some(x) = d.passport_issue_date {
        if x < scenario::EARLIEST || x > entry {
            return Err(scenario::not_in_range(
                "details.passportIssueDate",
                x,
                scenario::EARLIEST,
                entry,
            ));
        }
    }
    let last = NaiveDate::from_ymd_opt(entry.year() + MAX_VALIDITY_YEARS, entry.month(), 1)
        .unwrap_or(entry);
    for (field, x) in [
        ("details.passportExpiry", d.passport_expiry),
        ("details.visaExpiry", d.visa_expiry),
    ] {
        if let Some(x) = x {
            if x < entry || x > last {
                return Err(scenario::not_in_range(field, x, entry, last));
            }
        }
    }
    Ok(())
}

/// `DD.MM.YYYY`, as the forms write dates.
pub fn dmy(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year())
}

// ---- The form as data, drawn by both the HTML and the PDF writer. ----

/// A field's value.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    /// Text, or an empty box to fill by hand.
    Text(Option<String>),
    /// Tick boxes, the chosen one ticked (none ticked when unknown).
    Choice(Vec<(Text, bool)>),
}

#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub label: Text,
    pub value: Value,
    /// Share of the row's width, in percent (one of [`WIDTHS`]).
    pub width: u8,
    /// Lines of text the box is sized for.
    pub lines: u8,
    /// One box per character (0: a plain box).
    pub boxes: u8,
    /// The label beside the box, taking at least this percent of the width (0: above).
    pub side: u8,
}

#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub fields: Vec<Field>,
    /// Whether the labels are shown (the rows of a table after its first row have none).
    pub labels: bool,
    /// The item of a repeated group (0, 1, …) the row shows.
    pub item: Option<usize>,
}

#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub title: Option<Text>,
    pub rows: Vec<Row>,
    /// A tear-off part, after a cut line with this caption.
    pub cut: Option<Text>,
    /// A paragraph under the title.
    pub note: Option<Text>,
}

#[derive(Debug, Clone)]
pub(crate) struct Page {
    pub blocks: Vec<Block>,
}

/// The whole form, filled.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub spec: &'static FormSpec,
    pub lang: Lang,
    pub pages: Vec<Page>,
    /// `DD.MM.YYYY` the rules were checked.
    pub checked_on: String,
    /// Whose form it is (the values of the spec's `person_keys`).
    pub person: Vec<String>,
    /// The version line of the form's edition for the entry date, and its date.
    pub version: Option<Text>,
    pub date: Option<&'static str>,
}

impl Model {
    /// A text's rendering in the user's language, printed under the official one: none when
    /// the user reads the form's own language.
    pub fn under(&self, t: &Text) -> Option<&'static str> {
        under(self.spec, self.lang, t)
    }
}

fn under(spec: &'static FormSpec, lang: Lang, t: &Text) -> Option<&'static str> {
    if lang.code() == spec.lang {
        return None;
    }
    catalog_text(spec, lang, t.id)
}

/// `{ $name }` in a text replaced by its value.
pub(crate) fn fill(s: &str, args: &[(&str, &str)]) -> String {
    let mut out = s.to_owned();
    for (k, v) in args {
        out = out.replace(&format!("{{ ${k} }}"), v);
    }
    out
}

/// The renderings of form `spec`'s labels in `lang`, from the language's catalog (a test's form:
/// from its own `spec.catalogs`), worded once per form and language and kept sorted by ID.
fn form_texts(spec: &'static FormSpec, lang: Lang) -> &'static [(String, String)] {
    use std::sync::Mutex;
    type Texts = &'static [(String, String)];
    static CACHE: Mutex<Vec<(usize, Lang, Texts)>> = Mutex::new(Vec::new());
    let key = spec as *const FormSpec as usize;
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&(_, _, t)) = cache.iter().find(|(k, l, _)| *k == key && *l == lang) {
        return t;
    }
    let files: Vec<&str> = spec
        .catalogs
        .iter()
        .filter(|(l, _)| *l == lang.code())
        .map(|(_, ftl)| *ftl)
        .collect();
    let mut v = Vec::new();
    if files.is_empty() {
        // A country's form: its renderings are in the language's catalog.
        if let Some(c) = crate::i18n::catalog(lang) {
            for id in spec.message_ids() {
                if let Some(m) = c.get(id) {
                    v.push((id.to_owned(), c.format(m, &mut keep_variable)));
                }
            }
        }
    } else if let Ok(c) = crate::i18n::fluent::Catalog::parse(lang, &files) {
        // The files are checked by the tests; a broken one gives no renderings, not a panic.
        for m in c.messages() {
            v.push((m.id.clone(), c.format(m, &mut keep_variable)));
        }
    }
    crate::sort::sort_by(&mut v, |a, b| a.0.cmp(&b.0));
    let t: Texts = Box::leak(v.into_boxed_slice());
    cache.push((key, lang, t));
    t
}

/// Leaves a variable as written (`{ $n }`), for [`fill`] to replace when the text is used
/// (the sheet's number, a child's number).
fn keep_variable(name: &str) -> Option<crate::i18n::fluent::Value> {
    Some(crate::i18n::fluent::Value {
        text: format!("{{ ${name} }}"),
        number: None,
    })
}

/// The rendering of message `id` (`kz-form-surname`) in `lang`, from form `spec`'s catalogs
/// (`src/countries/<code>/locales/<lang>/form.ftl`).
pub fn catalog_text(spec: &'static FormSpec, lang: Lang, id: &str) -> Option<&'static str> {
    let t = form_texts(spec, lang);
    t.binary_search_by(|(k, _)| k.as_str().cmp(id))
        .ok()
        .map(|i| t[i].1.as_str())
}

/// The widths a field may take, in percent of the row (each has a `tf-wN` class in the CSS).
pub const WIDTHS: [u8; 9] = [15, 20, 25, 30, 35, 40, 50, 60, 100];

/// What the form takes from an assessment: the due date of the filing the form is for (the
/// notification of this arrival, else the registration of this arrival; if there is one), the
/// day the rules were checked and the last lawful day. The page's form module
/// gets these from the core module's `evaluate`, so it needs no engine of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormFacts {
    pub due_date: Option<NaiveDate>,
    pub rules_checked_on: NaiveDate,
    /// The last day of lawful stay, when the assessment knows it (`stay.lastDay`): the
    /// declared period of a notification runs to it (`facts.stayUntil`; the planned exit
    /// when it is not known).
    pub last_day: Option<NaiveDate>,
}

impl From<&Assessment> for FormFacts {
    fn from(a: &Assessment) -> FormFacts {
        FormFacts {
            due_date: [Kind::HostNotification, Kind::Registration]
                .iter()
                .find_map(|&k| {
                    a.obligations
                        .iter()
                        .find(|o| o.kind == k && o.trigger.kind == "arrival")
                })
                .map(|o| o.due_date),
            rules_checked_on: a.rules_checked_on,
            last_day: a.stay.last_day,
        }
    }
}

/// A value before it is printed.
enum Raw {
    None,
    Text(String),
    Date(NaiveDate),
}

/// The value named by a field's key (see [`spec::Field::key`]); `item` is the group's item for
/// `children[].…` keys.
fn raw(key: &str, s: &Scenario, a: &FormFacts, x: &FormDetails, item: Option<&Child>) -> Raw {
    let text = |v: &Option<String>| v.clone().map_or(Raw::None, Raw::Text);
    let date = |v: Option<NaiveDate>| v.map_or(Raw::None, Raw::Date);
    if let Some(k) = key.strip_prefix("children[].") {
        let Some(c) = item else { return Raw::None };
        return match k {
            "name" => text(&c.name),
            "birthDate" => date(c.birth_date),
            "passportNumber" => text(&c.passport_number),
            _ => Raw::None,
        };
    }
    match key {
        "scenario.entryDate" => Raw::Date(s.entry_date),
        "scenario.exitDate" => date(s.exit_date),
        "scenario.birthDate" => date(s.birth_date),
        "scenario.citizenship" => Raw::Text(match s.citizenship {
            Citizenship::Stateless => "stateless".to_owned(),
            Citizenship::Country(code) => code.to_owned(),
        }),
        "scenario.visa" => Raw::Text(s.visa.as_str().to_owned()),
        "scenario.accommodation" => Raw::Text(s.accommodation.as_str().to_owned()),
        "scenario.passport" => Raw::Text(s.passport.as_str().to_owned()),
        "facts.dueDate" => date(a.due_date),
        "facts.stayUntil" => date(a.last_day.or(s.exit_date)),
        "facts.rulesCheckedOn" => Raw::Date(a.rules_checked_on),
        "surname" => text(&x.surname),
        "givenNames" => text(&x.given_names),
        "patronymic" => text(&x.patronymic),
        "surnameLatin" => text(&x.surname_latin),
        "givenNamesLatin" => text(&x.given_names_latin),
        "patronymicLatin" => text(&x.patronymic_latin),
        // The details' birth date, else the scenario's.
        "birthDate" => date(x.birth_date.or(s.birth_date)),
        "sex" => match x.sex {
            Some(Sex::M) => Raw::Text("M".into()),
            Some(Sex::F) => Raw::Text("F".into()),
            None => Raw::None,
        },
        "passportNumber" => text(&x.passport_number),
        "passportIssueDate" => date(x.passport_issue_date),
        "passportExpiry" => date(x.passport_expiry),
        "visaNumber" => text(&x.visa_number),
        "visaExpiry" => date(x.visa_expiry),
        "migrationCardSeries" => text(&x.migration_card_series),
        "migrationCardNumber" => text(&x.migration_card_number),
        "purpose" => text(&x.purpose),
        "checkpoint" => text(&x.checkpoint),
        "address" => text(&x.address),
        "hostName" => text(&x.host_name),
        "hostId" => text(&x.host_id),
        "hostPhone" => text(&x.host_phone),
        "hostAddress" => text(&x.host_address),
        "hostContact" => text(&x.host_contact),
        "hostSurname" => text(&x.host_surname),
        "hostGivenNames" => text(&x.host_given_names),
        "hostPatronymic" => text(&x.host_patronymic),
        "arrivedFrom" => text(&x.arrived_from),
        _ => Raw::None,
    }
}

/// A field of the spec, filled.
/// `t` in capital letters, letter by letter: a letter whose capital is two letters (ß) or
/// one the font lacks (µ) stays as it is, so the value keeps its length and prints.
fn capitals(t: &str) -> String {
    t.chars().map(capital).collect()
}

/// The capital of a letter of the font's repertoire (Basic Latin, Latin-1, Latin Extended-A,
/// ə, Cyrillic), worked out from the code charts rather than with `char::to_uppercase`, whose
/// table of all of Unicode made the page's form module 13.7 kB gzip larger; `tests` compare the
/// two on every character the font draws.
fn capital(c: char) -> char {
    let u = u32::from(c);
    // Pairs of a capital and its small letter, capital first on an even or an odd code point.
    let pair = |even_capital: bool| {
        if (u % 2 == 1) == even_capital {
            u - 1
        } else {
            u
        }
    };
    let up = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x430..=0x44F => u - 0x20,
        0xFF => 0x178,
        0x131 => 0x49,
        0x17F => 0x53,
        0x259 => 0x18F,
        0x450..=0x45F => u - 0x50,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => pair(true),
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE => pair(false),
        0x4CF => 0x4C0,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF => pair(true),
        _ => u,
    };
    char::from_u32(up).filter(|&c| font::covers(c)).unwrap_or(c)
}

fn field(
    caps: bool,
    f: &spec::Field,
    s: &Scenario,
    a: &FormFacts,
    x: &FormDetails,
    item: Option<&Child>,
) -> Field {
    let v = raw(f.key, s, a, x, item);
    let mapped = |t: String| -> String {
        f.map
            .iter()
            .find(|(k, _)| *k == t)
            .map_or(t, |(_, v)| (*v).to_owned())
    };
    // A field for other receiving parties stays empty.
    let v = if f.when.is_empty() || f.when.contains(&s.accommodation.as_str()) {
        v
    } else {
        Raw::None
    };
    let value = match (f.kind, v) {
        (SpecKind::Choice(opts), v) => {
            let t = match v {
                Raw::Text(t) => Some(t),
                _ => None,
            };
            Value::Choice(
                opts.iter()
                    .map(|o| (o.label, t.as_deref().is_some_and(|t| o.when.contains(&t))))
                    .collect(),
            )
        }
        (SpecKind::Check, v) => Value::Choice(vec![(
            f.label,
            matches!(v, Raw::Text(t) if t == "yes" || t == "true"),
        )]),
        (_, Raw::None) => Value::Text(None),
        (_, Raw::Date(d)) => Value::Text(Some(dmy(d))),
        (SpecKind::Country, Raw::Text(t)) => {
            Value::Text(Some(match f.map.iter().find(|(k, _)| *k == t) {
                Some((_, v)) => (*v).to_owned(),
                None => format!("{t} — {}", country::name(&t)),
            }))
        }
        (_, Raw::Text(t)) => Value::Text(Some(mapped(t))),
    };
    Field {
        label: f.label,
        value: match value {
            Value::Text(Some(t)) if caps && f.boxes > 0 => Value::Text(Some(capitals(&t))),
            v => v,
        },
        width: f.width,
        lines: f.lines,
        boxes: f.boxes,
        side: f.side,
    }
}

/// The parts of `v` for rows of `sizes` boxes each, in turn: whole words in a row while the
/// rest still fits the rows after it, else character by character; the last row takes what
/// is left (more than its boxes when `v` is longer than all of them). Spaces at a break are
/// not carried over.
pub(crate) fn flow(v: &str, sizes: &[usize]) -> Vec<String> {
    let chars: Vec<char> = v.chars().collect();
    let room: usize = sizes.iter().sum();
    let mut out = Vec::with_capacity(sizes.len());
    let mut at = 0;
    for (i, &n) in sizes.iter().enumerate() {
        let rest = &chars[at.min(chars.len())..];
        if i + 1 == sizes.len() {
            out.push(rest.iter().collect());
            break;
        }
        let mut take = n.min(rest.len());
        // End the part at a space when the word after it would be cut and what is left
        // still fits the later fields.
        if take < rest.len() && rest[take] != ' ' {
            if let Some(sp) = rest[..take].iter().rposition(|&c| c == ' ') {
                let later: usize = sizes[i + 1..].iter().sum();
                let left = rest.len() - (sp + 1);
                if sp > 0 && left <= later && room >= chars.len() {
                    take = sp + 1;
                }
            }
        }
        let part: String = rest[..take].iter().collect();
        out.push(part.trim_end().to_owned());
        at += take;
        // A space the part ended before is not carried to the next one.
        while chars.get(at) == Some(&' ') {
            at += 1;
        }
    }
    out
}

pub(crate) fn model(
    spec: &'static FormSpec,
    s: &Scenario,
    a: &FormFacts,
    x: &FormDetails,
) -> Model {
    let pages = spec
        .pages
        .iter()
        .map(|p| Page {
            blocks: p
                .blocks
                .iter()
                .map(|b| {
                    let rows = match b.group {
                        None => b
                            .rows
                            .iter()
                            .map(|r| Row {
                                fields: r
                                    .fields
                                    .iter()
                                    .map(|f| field(spec.capitals, f, s, a, x, None))
                                    .collect(),
                                labels: true,
                                item: None,
                            })
                            .collect(),
                        Some(g) => {
                            let items: &[Child] = if g.key == "children" {
                                &x.children
                            } else {
                                &[]
                            };
                            let n = items.len().max(usize::from(g.min));
                            let mut rows = Vec::new();
                            for i in 0..n {
                                let c = items.get(i).cloned().unwrap_or_default();
                                for r in b.rows {
                                    rows.push(Row {
                                        fields: r
                                            .fields
                                            .iter()
                                            .map(|f| field(spec.capitals, f, s, a, x, Some(&c)))
                                            .collect(),
                                        labels: i == 0,
                                        item: Some(i),
                                    });
                                }
                            }
                            rows
                        }
                    };
                    Block {
                        title: b.title,
                        rows,
                        cut: b.cut,
                        note: b.note,
                    }
                })
                .collect(),
        })
        .collect();
    let person = spec
        .person_keys
        .iter()
        .filter_map(|k| match raw(k, s, a, x, None) {
            Raw::Text(t) => Some(t),
            _ => None,
        })
        .collect();
    // The edition in force on the entry date: the first earlier one the entry is before.
    let entry = crate::date::iso(s.entry_date);
    let (version, date) = match spec.editions.iter().find(|e| entry.as_str() < e.until) {
        Some(e) => (Some(e.version), None),
        None => (spec.version, spec.date),
    };
    Model {
        spec,
        lang: s.lang,
        pages,
        checked_on: dmy(a.rules_checked_on),
        person,
        version,
        date,
    }
}

// ---- HTML ----

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The official text followed by the user's language, as inner HTML.
fn bilingual(l: &Text, m: &Model) -> String {
    let mut out = escape_html(l.official);
    if let Some(u) = m.under(l) {
        out.push_str(&format!(
            r#"<span class="tf-u" lang="{}">{}</span>"#,
            m.lang.code(),
            escape_html(u)
        ));
    }
    out
}

/// Form `spec` as a self-contained HTML fragment (`<section class="tirkeu-form"
/// lang="ru">`), styled by [`FORM_CSS`] (no inline styles, so it works under a strict
/// Content-Security-Policy) and fitting one A4 page per page of the form. Every value from the
/// user is escaped. (`crate::forms::form_html` renders the destination's.)
pub fn render_html(
    spec: &'static FormSpec,
    s: &Scenario,
    facts: impl Into<FormFacts>,
    details: &FormDetails,
) -> String {
    let m = model(spec, s, &facts.into(), details);
    let lang = m.lang;
    let mut h = String::with_capacity(8192);
    h.push_str(&format!(
        r#"<section class="tirkeu-form" lang="{}">"#,
        escape_html(spec.lang)
    ));
    h.push_str(r#"<header class="tf-head">"#);
    // The version (an annex number) heads the form, as on the official ones.
    if m.version.is_some() || m.date.is_some() {
        // "version date", and the version in the user's language underneath.
        let v = m.version.map_or("", |v| v.official);
        let line = [v, m.date.unwrap_or("")].join(" ");
        h.push_str(&format!(
            r#"<p class="tf-ver">{}"#,
            escape_html(line.trim())
        ));
        if let Some(u) = m.version.as_ref().and_then(|v| m.under(v)) {
            h.push_str(&format!(
                r#"<span class="tf-u" lang="{}">{}</span>"#,
                lang.code(),
                escape_html(u)
            ));
        }
        h.push_str("</p>");
    }
    h.push_str(&format!(
        r#"<h1 class="tf-title">{}</h1>"#,
        bilingual(&spec.title, &m)
    ));
    if let Some(sub) = &spec.subtitle {
        h.push_str(&format!(r#"<p class="tf-sub">{}</p>"#, bilingual(sub, &m)));
    }
    if let Some(n) = &spec.notice {
        h.push_str(&format!(
            r#"<p class="tf-notice" role="note">{}</p>"#,
            bilingual(n, &m)
        ));
    }
    h.push_str("</header>");
    let paged = m.pages.len() > 1;
    for p in &m.pages {
        if paged {
            h.push_str(r#"<div class="tf-page">"#);
        }
        for b in &p.blocks {
            if let Some(c) = &b.cut {
                h.push_str(&format!(r#"<p class="tf-cut">{}</p>"#, bilingual(c, &m)));
            }
            h.push_str(if b.title.is_some() {
                r#"<div class="tf-block">"#
            } else {
                r#"<div class="tf-block tf-end">"#
            });
            if let Some(t) = &b.title {
                h.push_str(&format!(r#"<h2 class="tf-bt">{}</h2>"#, bilingual(t, &m)));
            }
            if let Some(n) = &b.note {
                h.push_str(&format!(r#"<p class="tf-note">{}</p>"#, bilingual(n, &m)));
            }
            for r in &b.rows {
                h.push_str(r#"<div class="tf-row">"#);
                for fl in &r.fields {
                    // A label beside its box: `tf-side`, its share `tf-sN` (for boxes, the
                    // label takes what they leave: `tf-sb`).
                    let side = match (fl.side, fl.boxes) {
                        (0, _) => String::new(),
                        (_, 0) => format!(" tf-side tf-s{}", fl.side),
                        _ => " tf-side tf-sb".to_owned(),
                    };
                    h.push_str(&format!(r#"<div class="tf-f tf-w{}{side}">"#, fl.width));
                    if r.labels {
                        h.push_str(&format!(
                            r#"<div class="tf-l">{}</div>"#,
                            bilingual(&fl.label, &m)
                        ));
                    }
                    let tall = match fl.lines {
                        0 | 1 => "",
                        2 => " tf-v2",
                        _ => " tf-v2 tf-v4",
                    };
                    match &fl.value {
                        Value::Text(v) if fl.boxes > 0 => {
                            // One box per character; a longer value goes on in more rows of boxes.
                            let n = usize::from(fl.boxes);
                            let rows = usize::from(fl.lines.max(1));
                            let text = v.as_deref().unwrap_or("");
                            // Rows of boxes: the value's words row after row when it fits
                            // (as in the PDF), else its characters, as many rows as needed.
                            let chars: Vec<char> = if rows > 1 && text.chars().count() <= n * rows {
                                flow(text, &vec![n; rows])
                                    .iter()
                                    .flat_map(|p| {
                                        let mut c: Vec<char> = p.chars().collect();
                                        c.resize(n, ' ');
                                        c
                                    })
                                    .collect()
                            } else {
                                text.chars().collect()
                            };
                            let cells = chars.len().div_ceil(n).max(rows) * n;
                            h.push_str(&format!(
                                r#"<div class="tf-v tf-boxes" aria-label="{}">"#,
                                escape_html(fl.label.official)
                            ));
                            // A row of `n` boxes across the field, as many rows as needed.
                            for i in 0..cells {
                                if i % n == 0 {
                                    h.push_str(r#"<span class="tf-chs" aria-hidden="true">"#);
                                }
                                let c = chars
                                    .get(i)
                                    .filter(|c| **c != ' ' || rows == 1)
                                    .map_or(String::new(), |c| escape_html(&c.to_string()));
                                h.push_str(&format!(r#"<span class="tf-ch">{c}</span>"#));
                                if i % n == n - 1 {
                                    h.push_str("</span>");
                                }
                            }
                            if let Some(v) = v {
                                h.push_str(&format!(
                                    r#"<span class="tf-sr">{}</span>"#,
                                    escape_html(v)
                                ));
                            }
                            h.push_str("</div>");
                        }
                        Value::Text(Some(v)) => h.push_str(&format!(
                            r#"<div class="tf-v{tall}">{}</div>"#,
                            escape_html(v)
                        )),
                        Value::Text(None) => h.push_str(&format!(
                            r#"<div class="tf-v tf-empty{tall}" aria-label="{}"></div>"#,
                            escape_html(fl.label.official)
                        )),
                        Value::Choice(opts) => {
                            h.push_str(r#"<div class="tf-v tf-choice">"#);
                            for (o, on) in opts {
                                h.push_str(&format!(
                                    r#"<span class="tf-opt"><span class="tf-cb{}">{}</span>{}</span>"#,
                                    if *on { " tf-on" } else { "" },
                                    if *on { "X" } else { "" },
                                    bilingual(o, &m)
                                ));
                            }
                            h.push_str("</div>");
                        }
                    }
                    h.push_str("</div>");
                }
                h.push_str("</div>");
            }
            h.push_str("</div>");
        }
        if paged {
            h.push_str("</div>");
        }
    }
    let c = &spec.chrome;
    h.push_str(&format!(
        r#"<footer class="tf-foot">{} {}. {}{}</footer>"#,
        escape_html(c.footer.official),
        m.checked_on,
        escape_html(c.not_advice.official),
        match (m.under(&c.footer), m.under(&c.not_advice)) {
            (Some(a), Some(b)) => format!(
                r#"<span class="tf-u" lang="{}">{} {}. {}</span>"#,
                lang.code(),
                escape_html(a),
                m.checked_on,
                escape_html(b)
            ),
            _ => String::new(),
        }
    ));
    h.push_str("</section>");
    h
}

/// Print CSS for [`form_html`]: an A4 page, boxes to fill by hand, blocks kept whole. The
/// page includes it (a stylesheet, not inline, for the Content-Security-Policy).
pub const FORM_CSS: &str = r#"@page { size: A4 portrait; margin: 10mm 12mm; }
.tirkeu-form { box-sizing: border-box; max-width: 186mm; margin: 0 auto; color: #000; background: #fff;
  font: 8.5pt/1.2 "Noto Sans", "DejaVu Sans", Arial, "Microsoft YaHei", "PingFang SC", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.tirkeu-form *, .tirkeu-form *::before, .tirkeu-form *::after { box-sizing: border-box; }
.tirkeu-form .tf-u { display: block; font-size: 0.8em; font-weight: normal; color: #444; }
.tirkeu-form .tf-head { margin: 0 0 1mm; }
.tirkeu-form .tf-title { font-size: 12.5pt; margin: 0; text-align: center; line-height: 1.2; }
.tirkeu-form .tf-title .tf-u { font-size: 0.72em; }
.tirkeu-form .tf-sub { text-align: center; margin: 0.5mm 0 1.5mm; font-size: 8pt; }
.tirkeu-form .tf-notice { border: 1.2pt solid #000; padding: 1.2mm 2mm; margin: 0 0 1mm; font-size: 7pt; }
.tirkeu-form .tf-block { break-inside: avoid; page-break-inside: avoid; margin-top: 2mm; }
.tirkeu-form .tf-bt { font-size: 9pt; margin: 0 0 1mm; padding-bottom: 0.3mm; border-bottom: 1pt solid #000; }
.tirkeu-form .tf-bt .tf-u { display: inline; margin-left: 2mm; }
.tirkeu-form .tf-row { display: flex; gap: 2mm; margin-bottom: 1mm; break-inside: avoid; page-break-inside: avoid; }
.tirkeu-form .tf-f { min-width: 0; display: flex; flex-direction: column; }
.tirkeu-form .tf-w15 { flex: 15 1 0; } .tirkeu-form .tf-w20 { flex: 20 1 0; } .tirkeu-form .tf-w25 { flex: 25 1 0; }
.tirkeu-form .tf-w30 { flex: 30 1 0; } .tirkeu-form .tf-w35 { flex: 35 1 0; } .tirkeu-form .tf-w40 { flex: 40 1 0; }
.tirkeu-form .tf-w50 { flex: 50 1 0; } .tirkeu-form .tf-w60 { flex: 60 1 0; } .tirkeu-form .tf-w100 { flex: 100 1 0; }
.tirkeu-form .tf-l { font-size: 7pt; line-height: 1.15; margin-bottom: 0.4mm; flex: 1 0 auto; }
.tirkeu-form .tf-v { border: 0.8pt solid #000; min-height: 6.5mm; padding: 0.8mm 1.5mm; font-size: 9.5pt;
  line-height: 1.25; overflow-wrap: anywhere; }
.tirkeu-form .tf-v2 { min-height: 10.5mm; }
.tirkeu-form .tf-empty { background: #fff; }
.tirkeu-form .tf-end { margin-top: 3mm; }
.tirkeu-form .tf-choice { font-size: 8pt; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5mm 3mm; }
.tirkeu-form .tf-opt { display: inline-flex; align-items: flex-start; gap: 1mm; }
.tirkeu-form .tf-opt .tf-u { display: inline; margin-left: 0.8mm; }
.tirkeu-form .tf-cb { display: inline-block; width: 3.2mm; height: 3.2mm; flex: 0 0 auto; border: 0.8pt solid #000;
  font-size: 7pt; line-height: 3mm; text-align: center; font-weight: bold; }
.tirkeu-form .tf-on { background: #fff; color: #000; }
.tirkeu-form .tf-foot { margin-top: 2mm; font-size: 6.5pt; color: #444; }
.tirkeu-form .tf-foot .tf-u { display: inline; margin-left: 1mm; font-size: 1em; }
.tirkeu-form .tf-ver { text-align: center; margin: 0 0 1.5mm; font-size: 7pt; }
.tirkeu-form .tf-note { margin: 0 0 1mm; font-size: 7pt; }
.tirkeu-form .tf-page + .tf-page { break-before: page; page-break-before: always; }
.tirkeu-form .tf-cut { margin: 4mm -6mm 0; padding-top: 0.5mm; border-top: 0.8pt dashed #000; text-align: center; font-size: 6.5pt; }
.tirkeu-form .tf-cut .tf-u { display: inline; margin-left: 1.5mm; }
.tirkeu-form .tf-boxes { padding: 0; display: block; }
.tirkeu-form .tf-chs { display: flex; }
.tirkeu-form .tf-chs + .tf-chs { border-top: 0.5pt solid #000; }
.tirkeu-form .tf-ch { flex: 1 1 0; min-width: 0; height: 6.3mm; border-right: 0.5pt solid #000; text-align: center; line-height: 6.3mm; }
.tirkeu-form .tf-ch:last-child { border-right: 0; }
.tirkeu-form .tf-side { flex-direction: row; align-items: flex-start; gap: 1.2mm; }
.tirkeu-form .tf-side > .tf-l { flex: 1 1 0; min-width: 0; margin: 0.6mm 0 0; }
.tirkeu-form .tf-side > .tf-v { flex: 1 1 0; min-width: 0; }
.tirkeu-form .tf-s15 > .tf-l { flex: 0 0 15%; } .tirkeu-form .tf-s25 > .tf-l { flex: 0 0 25%; }
.tirkeu-form .tf-s35 > .tf-l { flex: 0 0 35%; } .tirkeu-form .tf-s50 > .tf-l { flex: 0 0 50%; }
.tirkeu-form .tf-sb > .tf-l { flex: 1 1 15%; min-width: 15%; }
.tirkeu-form .tf-sb > .tf-boxes { flex: 0 1 auto; }
.tirkeu-form .tf-sb .tf-ch { flex: 0 1 4.7mm; width: 4.7mm; }
.tirkeu-form .tf-v4 { min-height: 19mm; }
.tirkeu-form .tf-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print { .tirkeu-form { max-width: none; margin: 0; } }
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_width_has_its_css_class_and_rows_add_up() {
        for w in WIDTHS {
            assert!(FORM_CSS.contains(&format!(".tf-w{w} {{")), "{w}");
        }
        for w in spec::SIDES {
            assert!(FORM_CSS.contains(&format!(".tf-s{w} > .tf-l {{")), "{w}");
        }
        // Every registered form's rows: widths of the list adding up to 100, labels beside
        // their boxes at a share of the list.
        for f in crate::countries::FORMS {
            for r in f.pages.iter().flat_map(|p| p.blocks).flat_map(|b| b.rows) {
                let sum: u32 = r.fields.iter().map(|x| u32::from(x.width)).sum();
                assert_eq!(sum, 100, "{}: {:?}", f.id, r.fields[0].label.official);
                for x in r.fields {
                    assert!(WIDTHS.contains(&x.width), "{}: {}", f.id, x.label.official);
                    assert!(
                        x.side == 0 || spec::SIDES.contains(&x.side),
                        "{}: {}",
                        f.id,
                        x.label.official
                    );
                    assert!((1..=6).contains(&x.lines), "{}: {}", f.id, x.label.official);
                }
            }
        }
        let j: Json = Json::Object(vec![
            ("destination".into(), Json::String("KZ".into())),
            ("citizenship".into(), Json::String("DE".into())),
            ("entryDate".into(), Json::String("2026-03-06".into())),
        ]);
        let s = scenario::parse(&j).unwrap();
        let a = crate::evaluate(&s).unwrap();
        let m = model(
            crate::forms::spec_for(s.destination),
            &s,
            &(&a).into(),
            &FormDetails::default(),
        );
        for b in m.pages.into_iter().flat_map(|p| p.blocks) {
            for r in b.rows {
                assert_eq!(
                    r.fields.iter().map(|f| u32::from(f.width)).sum::<u32>(),
                    100
                );
                assert!(r.fields.iter().all(|f| WIDTHS.contains(&f.width)));
            }
        }
    }

    #[test]
    fn capitals_are_the_standard_ones_for_every_letter_of_the_font() {
        for u in 0..0x3000u32 {
            let Some(c) = char::from_u32(u).filter(|&c| font::covers(c)) else {
                continue;
            };
            let mut up = c.to_uppercase();
            let want = match (up.next(), up.next()) {
                (Some(x), None) if font::covers(x) => x,
                _ => c,
            };
            assert_eq!(capital(c), want, "U+{u:04X} {c}");
        }
        assert_eq!(
            capitals("Müller straße ıi ǆ Qəzən ёлка ґ"),
            "MÜLLER STRAßE II ǆ QƏZƏN ЁЛКА Ґ"
        );
    }

    #[test]
    fn a_value_flows_through_rows_of_boxes_whole() {
        // Whole words to a row while the rest fits the rows after it.
        assert_eq!(
            flow("г. Москва, ул. Тверская, д. 7, кв. 12", &[31; 4]),
            ["г. Москва, ул. Тверская, д. 7,", "кв. 12", "", ""]
        );
        // A word longer than a row, and a value that fills every box: character by character.
        assert_eq!(flow("ABCDEFGHIJ", &[4; 3]), ["ABCD", "EFGH", "IJ"]);
        assert_eq!(
            flow("AB CD EF GHIJK", &[4; 4]),
            ["AB", "CD", "EF G", "HIJK"]
        );
        assert_eq!(flow("AB CD EF GHIJ", &[4; 3]), ["AB C", "D EF", "GHIJ"]);
        // Any value that fits the boxes keeps every character but the spaces at a break, and
        // no row is longer than its boxes.
        let words = ["a", "bc", "def", "ghij", "klmnopq", " ", "  "];
        for seed in 0u32..3000 {
            let mut x = seed.wrapping_mul(2654435761);
            let mut v = String::new();
            while v.chars().count() < 40 {
                x = x.wrapping_mul(1103515245).wrapping_add(12345);
                v.push_str(words[(x >> 16) as usize % words.len()]);
            }
            let n = 3 + (seed as usize % 9);
            let rows = 40usize.div_ceil(n) + (seed as usize % 3);
            let v: String = v.chars().take(n * rows).collect();
            let parts = flow(&v, &vec![n; rows]);
            assert!(
                parts.iter().all(|p| p.chars().count() <= n),
                "{v:?} {n} {parts:?}"
            );
            let kept: String = parts.concat().chars().filter(|c| *c != ' ').collect();
            let all: String = v.chars().filter(|c| *c != ' ').collect();
            assert_eq!(kept, all, "{v:?} {n}");
        }
    }

    #[test]
    fn clean_strips_controls_and_invisible_marks() {
        assert_eq!(clean("  A\u{0}b\tc\n\nd\u{202E}e\u{200B}  "), "Ab c de");
        assert_eq!(clean("\u{7}\u{1b}"), "");
    }
}

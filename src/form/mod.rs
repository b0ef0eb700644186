//! The pre-filled "notification of the arrival of a foreigner" that the receiving party files
//! (Kazakhstan), as an HTML fragment for printing ([`form_html`], with [`FORM_CSS`]) and as an
//! A4 PDF ([`form_pdf`]): one page, and a continuation sheet when a value is too long for its box.
//!
//! The official layout is not established (kz.md §7.1): the field set is kz.md §7.2 (foreigner,
//! entry, stay, accompanying children, receiving party), and the form says so on its face.
//! Labels are Russian, the language of the form, with the user's language (`scenario.lang`)
//! underneath. Values come from the scenario, the assessment (the due date of the host
//! notification) and the user's [`FormDetails`]; what is not given stays an empty box.
//!
//! ```
//! let j = |v: serde_json::Value| -> tirkeu::json::Json { serde_json::from_value(v).unwrap() };
//! let s = tirkeu::scenario::parse(&j(serde_json::json!({
//!     "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06", "lang": "en"
//! }))).unwrap();
//! let a = tirkeu::evaluate(&s).unwrap();
//! let d = tirkeu::form::parse_details(&j(serde_json::json!({ "surname": "Müller" }))).unwrap();
//! let html = tirkeu::form::form_html(&s, &a, &d);
//! assert!(html.contains("Müller") && html.contains("06.03.2026") && html.contains("11.03.2026"));
//! assert!(tirkeu::form::form_pdf(&s, &a, &d).starts_with(b"%PDF-"));
//! ```

pub mod font;
pub mod labels;
mod nfc;
mod nfc_table;
mod pdf;

use chrono::{Datelike, NaiveDate};

use crate::assessment::Assessment;
use crate::country::{self, Citizenship};
use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Lang};
use crate::json::Json;
use crate::rules::Kind;
use crate::scenario::{self, err, Accommodation, Scenario};
use crate::text::Arg;
use labels::L;

pub use pdf::form_pdf;

/// Longest text accepted in any field, in characters (see [`max_len`] for each field's own).
pub const MAX_TEXT: usize = 200;

/// Longest text accepted in each field, in characters after NFC; the reasons are in
/// docs/form.md. Every accepted value is printed whole: in its box (wrapped, down to 6.5 pt),
/// or on the PDF's continuation sheet. Keys are the details' names; `children[].name` and
/// `children[].passportNumber` for a child's.
pub const LIMITS: [(&str, usize); 16] = [
    ("surname", 80),
    ("givenNames", 80),
    ("patronymic", 80),
    ("passportNumber", 20),
    ("visaNumber", 30),
    ("purpose", 200),
    ("checkpoint", 100),
    ("address", 200),
    ("hostName", 200),
    ("hostId", 30),
    ("hostPhone", 40),
    ("hostAddress", 200),
    ("hostContact", 100),
    ("children[].name", 120),
    ("children[].passportNumber", 20),
    ("", MAX_TEXT),
];

/// The details' own text fields (`surname` … `hostContact`), in the order of [`LIMITS`].
pub fn text_fields() -> impl Iterator<Item = &'static str> {
    LIMITS
        .iter()
        .map(|&(k, _)| k)
        .filter(|k| !k.is_empty() && !k.contains('['))
}

/// The longest text accepted in details field `key` (`surname`, `children[].name`).
pub fn max_len(key: &str) -> usize {
    LIMITS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(MAX_TEXT, |&(_, n)| n)
}
/// Most accompanying children the form lists.
pub const MAX_CHILDREN: usize = 5;

/// Message templates of the form's input errors (English; `{field}` etc. are filled in).
pub mod messages {
    pub const TOO_LONG: &str = "too-long";
    pub const NAME_NOT_PRINTABLE: &str = "name-not-printable";
    pub const NOT_PRINTABLE: &str = "not-printable";
    pub const HOST_ID: &str = "host-id";
    /// All of them, for translators.
    pub const ALL: &[&str] = &[TOO_LONG, NAME_NOT_PRINTABLE, NOT_PRINTABLE, HOST_ID];
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
/// missing stays an empty box on the form. Read by [`parse_details`] from
/// `{ surname, givenNames, patronymic, birthDate, sex, passportNumber, passportIssueDate,
/// passportExpiry, visaNumber, visaExpiry, purpose, checkpoint, address, hostName, hostId,
/// hostPhone, hostAddress, hostContact, children: [{ name, birthDate, passportNumber }] }`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormDetails {
    pub surname: Option<String>,
    pub given_names: Option<String>,
    pub patronymic: Option<String>,
    /// Overrides the scenario's `birthDate` on the form when given.
    pub birth_date: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub passport_number: Option<String>,
    pub passport_issue_date: Option<NaiveDate>,
    pub passport_expiry: Option<NaiveDate>,
    pub visa_number: Option<String>,
    pub visa_expiry: Option<NaiveDate>,
    pub purpose: Option<String>,
    pub checkpoint: Option<String>,
    /// Address of temporary stay.
    pub address: Option<String>,
    pub host_name: Option<String>,
    /// IIN or BIN: 12 digits (spaces removed).
    pub host_id: Option<String>,
    pub host_phone: Option<String>,
    pub host_address: Option<String>,
    /// The responsible person, when the receiving party is an organisation.
    pub host_contact: Option<String>,
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
fn text_field(obj: &Json, key: &str, path: &str, name: bool) -> Result<Option<String>, InputError> {
    let field = format!("{path}{key}");
    let Some(v) = scenario::member(obj, key) else {
        return Ok(None);
    };
    let s = nfc::nfc(&clean(scenario::string(v, &field)?));
    let max = if path.starts_with("details.children[") {
        max_len(&format!("children[].{key}"))
    } else {
        max_len(key)
    };
    if s.chars().count() > max {
        return Err(err(
            ErrorCode::OutOfRange,
            &field,
            messages::TOO_LONG,
            vec![
                ("field", Arg::Str(field.clone())),
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
                ("field", Arg::Str(field.clone())),
                ("char", Arg::Str(shown(c))),
            ],
        ));
    }
    Ok((!s.is_empty()).then_some(s))
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

/// Reads the user's details for the form. `null` or absent is no details; anything else must
/// be an object. Errors name the field as `details.surname`, `details.children[0].name`.
pub fn parse_details(v: &Json) -> Result<FormDetails, InputError> {
    read_details(v, None)
}

/// [`parse_details`]; with the entry date, each child's birth date is checked as it is read
/// (the list drops empty rows, so the error must name the row as given).
fn read_details(v: &Json, entry: Option<NaiveDate>) -> Result<FormDetails, InputError> {
    const P: &str = "details.";
    let obj = match v {
        Json::Null => return Ok(FormDetails::default()),
        Json::Object(_) => v,
        other => return Err(scenario::wrong_type("details", msg::AN_OBJECT, other)),
    };
    let t = |k: &str| text_field(obj, k, P, false);
    let name = |k: &str| text_field(obj, k, P, true);
    let sex = match text_field(obj, "sex", P, false)? {
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
                        ("field", Arg::text("details.sex")),
                        ("value", Arg::Str(scenario::short(&s))),
                        ("list", Arg::text("M, F")),
                    ],
                ))
            }
        },
    };
    let host_id = match t("hostId")? {
        None => None,
        Some(s) => {
            let digits: String = s.chars().filter(|c| *c != ' ' && *c != '-').collect();
            if digits.len() != 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(
                    ErrorCode::UnknownValue,
                    "details.hostId",
                    messages::HOST_ID,
                    vec![("field", Arg::text("details.hostId"))],
                ));
            }
            Some(digits)
        }
    };
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
                    ("field", Arg::text("details.children")),
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
                name: text_field(c, "name", &path, true)?,
                birth_date: date_field(c, "birthDate", &path)?,
                passport_number: text_field(c, "passportNumber", &path, false)?,
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
        surname: name("surname")?,
        given_names: name("givenNames")?,
        patronymic: name("patronymic")?,
        birth_date: date_field(obj, "birthDate", P)?,
        sex,
        passport_number: t("passportNumber")?,
        passport_issue_date: date_field(obj, "passportIssueDate", P)?,
        passport_expiry: date_field(obj, "passportExpiry", P)?,
        visa_number: t("visaNumber")?,
        visa_expiry: date_field(obj, "visaExpiry", P)?,
        purpose: t("purpose")?,
        checkpoint: t("checkpoint")?,
        address: t("address")?,
        host_name: name("hostName")?,
        host_id,
        host_phone: t("hostPhone")?,
        host_address: t("hostAddress")?,
        host_contact: name("hostContact")?,
        children,
    })
}

/// The longest a passport or visa is taken to be valid after the entry, in years.
pub const MAX_VALIDITY_YEARS: i32 = 30;

/// Reads the user's details ([`parse_details`]) and checks their dates against the scenario:
/// birth dates (the person's, the children's) from 1900-01-01 to the entry date, the passport's
/// issue date up to the entry date, the passport's and the visa's expiry from the entry date to
/// [`MAX_VALIDITY_YEARS`] after it. The JS API reads details this way, so every date printed on
/// the form is one tirkeu accepted for that field.
pub fn parse_details_for(v: &Json, s: &Scenario) -> Result<FormDetails, InputError> {
    let d = read_details(v, Some(s.entry_date))?;
    check_dates(&d, s.entry_date)?;
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

/// `DD.MM.YYYY`, as dates are written on Kazakh and Russian forms.
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
    Choice(Vec<(L, bool)>),
}

#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub label: L,
    pub value: Value,
    /// Share of the row's width, in percent (one of [`WIDTHS`]).
    pub width: u8,
    /// Lines of text the box is sized for.
    pub lines: u8,
}

#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub fields: Vec<Field>,
    /// Whether the labels are shown (the rows of a table after its first row have none).
    pub labels: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub title: Option<L>,
    pub rows: Vec<Row>,
}

/// The whole form.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub lang: Lang,
    pub blocks: Vec<Block>,
    /// `DD.MM.YYYY` the rules were checked.
    pub checked_on: String,
}

/// The widths a field may take, in percent of the row (each has a `tf-wN` class in the CSS).
#[cfg(test)]
pub(crate) const WIDTHS: [u8; 9] = [15, 20, 25, 30, 35, 40, 50, 60, 100];

fn f(label: L, value: Option<String>, width: u8) -> Field {
    Field {
        label,
        value: Value::Text(value),
        width,
        lines: 1,
    }
}

fn d(label: L, value: Option<NaiveDate>, width: u8) -> Field {
    f(label, value.map(dmy), width)
}

fn row(fields: Vec<Field>) -> Row {
    Row {
        fields,
        labels: true,
    }
}

fn citizenship(c: Citizenship) -> String {
    match c {
        Citizenship::Stateless => labels::STATELESS.ru.to_owned(),
        Citizenship::Country(code) => format!("{code} — {}", country::name(code)),
    }
}

/// What the form takes from an assessment: the due date of the receiving party's notification
/// of this arrival (if there is one) and the day the rules were checked. The page's form module
/// gets these from the core module's `evaluate`, so it needs no engine of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormFacts {
    pub due_date: Option<NaiveDate>,
    pub rules_checked_on: NaiveDate,
}

impl From<&Assessment> for FormFacts {
    fn from(a: &Assessment) -> FormFacts {
        FormFacts {
            due_date: a
                .obligations
                .iter()
                .find(|o| o.kind == Kind::HostNotification && o.trigger.kind == "arrival")
                .map(|o| o.due_date),
            rules_checked_on: a.rules_checked_on,
        }
    }
}

fn due_date(a: &FormFacts) -> Option<NaiveDate> {
    a.due_date
}

pub(crate) fn model(s: &Scenario, a: &FormFacts, x: &FormDetails) -> Model {
    use labels::*;
    let g = |v: &Option<String>| v.clone();
    let mut blocks = vec![
        Block {
            title: Some(BLOCK_FOREIGNER),
            rows: vec![
                row(vec![
                    f(SURNAME, g(&x.surname), 50),
                    f(GIVEN_NAMES, g(&x.given_names), 50),
                ]),
                row(vec![
                    f(PATRONYMIC, g(&x.patronymic), 35),
                    d(BIRTH_DATE, x.birth_date.or(s.birth_date), 20),
                    Field {
                        label: SEX,
                        value: Value::Choice(vec![
                            (MALE, x.sex == Some(Sex::M)),
                            (FEMALE, x.sex == Some(Sex::F)),
                        ]),
                        width: 20,
                        lines: 1,
                    },
                    f(CITIZENSHIP, Some(citizenship(s.citizenship)), 25),
                ]),
                row(vec![
                    f(PASSPORT_NUMBER, g(&x.passport_number), 40),
                    d(PASSPORT_ISSUED, x.passport_issue_date, 30),
                    d(PASSPORT_EXPIRY, x.passport_expiry, 30),
                ]),
                row(vec![
                    f(VISA_NUMBER, g(&x.visa_number), 30),
                    f(VISA_KIND, Some(visa_ru(s.visa).to_owned()), 40),
                    d(VISA_EXPIRY, x.visa_expiry, 30),
                ]),
            ],
        },
        Block {
            title: Some(BLOCK_ENTRY),
            rows: vec![row(vec![
                d(ENTRY_DATE, Some(s.entry_date), 30),
                f(CHECKPOINT, g(&x.checkpoint), 35),
                f(PURPOSE, g(&x.purpose), 35),
            ])],
        },
        Block {
            title: Some(BLOCK_STAY),
            rows: vec![
                row(vec![Field {
                    label: ADDRESS,
                    value: Value::Text(g(&x.address)),
                    width: 100,
                    lines: 2,
                }]),
                row(vec![
                    d(STAY_FROM, Some(s.entry_date), 20),
                    d(STAY_UNTIL, s.exit_date, 20),
                    Field {
                        label: ACCOMMODATION,
                        value: Value::Choice(vec![
                            (ACC_PRIVATE, s.accommodation == Accommodation::Private),
                            (ACC_HOTEL, s.accommodation == Accommodation::Hotel),
                            (
                                ACC_ORGANIZATION,
                                s.accommodation == Accommodation::Organization,
                            ),
                        ]),
                        width: 60,
                        lines: 1,
                    },
                ]),
            ],
        },
    ];
    let n = x.children.len().max(3);
    let children = (0..n)
        .map(|i| {
            let c = x.children.get(i).cloned().unwrap_or_default();
            Row {
                fields: vec![
                    f(CHILD_NAME, c.name, 50),
                    d(BIRTH_DATE, c.birth_date, 20),
                    f(CHILD_PASSPORT, c.passport_number, 30),
                ],
                labels: i == 0,
            }
        })
        .collect();
    blocks.push(Block {
        title: Some(BLOCK_CHILDREN),
        rows: children,
    });
    let entity = s.accommodation != Accommodation::Private;
    blocks.push(Block {
        title: Some(BLOCK_HOST),
        rows: vec![
            row(vec![
                Field {
                    label: HOST_KIND,
                    value: Value::Choice(vec![(HOST_PERSON, !entity), (HOST_ENTITY, entity)]),
                    width: 40,
                    lines: 1,
                },
                f(HOST_ID, g(&x.host_id), 30),
                f(HOST_PHONE, g(&x.host_phone), 30),
            ]),
            row(vec![
                f(HOST_NAME, g(&x.host_name), 60),
                f(HOST_CONTACT, g(&x.host_contact), 40),
            ]),
            row(vec![f(HOST_ADDRESS, g(&x.host_address), 100)]),
        ],
    });
    blocks.push(Block {
        title: None,
        rows: vec![row(vec![
            d(DUE, due_date(a), 30),
            f(FILLED_ON, None, 30),
            f(SIGNATURE, None, 40),
        ])],
    });
    Model {
        lang: s.lang,
        blocks,
        checked_on: dmy(a.rules_checked_on),
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

/// Russian text followed by the user's language, as inner HTML.
fn bilingual(l: &L, lang: Lang) -> String {
    let mut out = escape_html(l.ru);
    if let Some(u) = l.under(lang) {
        out.push_str(&format!(
            r#"<span class="tf-u" lang="{}">{}</span>"#,
            lang.code(),
            escape_html(u)
        ));
    }
    out
}

/// The form as a self-contained HTML fragment (`<section class="tirkeu-form" lang="ru">`),
/// styled by [`FORM_CSS`] (no inline styles, so it works under a strict Content-Security-Policy)
/// and fitting one A4 page. Every value from the user is escaped.
pub fn form_html(s: &Scenario, facts: impl Into<FormFacts>, details: &FormDetails) -> String {
    use labels::*;
    let m = model(s, &facts.into(), details);
    let lang = m.lang;
    let mut h = String::with_capacity(8192);
    h.push_str(r#"<section class="tirkeu-form" lang="ru">"#);
    h.push_str(r#"<header class="tf-head">"#);
    h.push_str(&format!(
        r#"<h1 class="tf-title">{}</h1>"#,
        bilingual(&TITLE, lang)
    ));
    h.push_str(&format!(
        r#"<p class="tf-sub">{}</p>"#,
        bilingual(&SUBTITLE, lang)
    ));
    h.push_str(&format!(
        r#"<p class="tf-notice" role="note">{}</p>"#,
        bilingual(&NOTICE, lang)
    ));
    h.push_str("</header>");
    for b in &m.blocks {
        h.push_str(if b.title.is_some() {
            r#"<div class="tf-block">"#
        } else {
            r#"<div class="tf-block tf-end">"#
        });
        if let Some(t) = &b.title {
            h.push_str(&format!(r#"<h2 class="tf-bt">{}</h2>"#, bilingual(t, lang)));
        }
        for r in &b.rows {
            h.push_str(r#"<div class="tf-row">"#);
            for fl in &r.fields {
                h.push_str(&format!(r#"<div class="tf-f tf-w{}">"#, fl.width));
                if r.labels {
                    h.push_str(&format!(
                        r#"<div class="tf-l">{}</div>"#,
                        bilingual(&fl.label, lang)
                    ));
                }
                let tall = if fl.lines > 1 { " tf-v2" } else { "" };
                match &fl.value {
                    Value::Text(Some(v)) => h.push_str(&format!(
                        r#"<div class="tf-v{tall}">{}</div>"#,
                        escape_html(v)
                    )),
                    Value::Text(None) => h.push_str(&format!(
                        r#"<div class="tf-v tf-empty{tall}" aria-label="{}"></div>"#,
                        escape_html(fl.label.ru)
                    )),
                    Value::Choice(opts) => {
                        h.push_str(r#"<div class="tf-v tf-choice">"#);
                        for (o, on) in opts {
                            h.push_str(&format!(
                                r#"<span class="tf-opt"><span class="tf-cb{}">{}</span>{}</span>"#,
                                if *on { " tf-on" } else { "" },
                                if *on { "X" } else { "" },
                                bilingual(o, lang)
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
    h.push_str(&format!(
        r#"<footer class="tf-foot">{} {}. {}{}</footer>"#,
        escape_html(FOOTER.ru),
        m.checked_on,
        escape_html(NOT_ADVICE.ru),
        match (FOOTER.under(lang), NOT_ADVICE.under(lang)) {
            (Some(a), Some(b)) => format!(
                r#"<span class="tf-u" lang="{}">{a} {}. {b}</span>"#,
                lang.code(),
                m.checked_on
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
        let j: Json = Json::Object(vec![
            ("destination".into(), Json::String("KZ".into())),
            ("citizenship".into(), Json::String("DE".into())),
            ("entryDate".into(), Json::String("2026-03-06".into())),
        ]);
        let s = scenario::parse(&j).unwrap();
        let a = crate::evaluate(&s).unwrap();
        for b in model(&s, &(&a).into(), &FormDetails::default()).blocks {
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
    fn clean_strips_controls_and_invisible_marks() {
        assert_eq!(clean("  A\u{0}b\tc\n\nd\u{202E}e\u{200B}  "), "Ab c de");
        assert_eq!(clean("\u{7}\u{1b}"), "");
    }
}

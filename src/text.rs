//! Message references: what the engine says, without a language. A [`Text`] names a message of
//! the catalogs (`src/i18n/locales/`, `src/countries/<code>/locales/`) and carries its
//! arguments typed (dates, numbers, money, countries, other messages), so that the wording
//! stage ([`crate::wording`], with one catalog) formats each in the reader's language.
//!
//! Serialised (the JS `compute()`): `{ id, args: { name: value } }`, a value being a string
//! (verbatim), a number, `{ date }`, `{ amount, currency }`, `{ country }`, another
//! `{ id, args }`, `{ field, label? }` (a field's path, worded as its name) or `{ list, sep }`
//! (messages joined by the message `sep`). A holiday's name is a message too (`kz-holiday-nauryz`,
//! in the country's `calendar.ftl`).

use chrono::NaiveDate;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// A message reference: a catalog ID and its named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message, typed; the wording stage formats it in the catalog's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Verbatim text (a field path, a value the user gave).
    Str(String),
    /// A whole number, shown as digits; also the plural selector (`[one]`, `[few]`, …).
    Num(i64),
    Date(NaiveDate),
    Money {
        amount: u64,
        currency: &'static str,
    },
    /// An ISO 3166-1 alpha-2 code: the country's name where the language has it.
    Country(String),
    /// Another message, worded in the same language.
    Msg(Box<Text>),
    /// Messages joined by the message `sep` (`join-and`, `list-separator`, …).
    List {
        sep: &'static str,
        items: Vec<Text>,
    },
    /// A field of the input, by its path (`exitDate`, `trips[2].exitDate`, `details.surname`,
    /// `''` for the whole input): worded as the field's name in the catalog's language
    /// ([`crate::i18n::field`]), never as the path. `label` is the catalog ID of the field's
    /// label on the destination's form (`kz-form-surname`), for the form's details.
    Field {
        path: String,
        label: Option<&'static str>,
    },
}

impl Text {
    /// The message `id` without arguments.
    pub fn new(id: &'static str) -> Text {
        Text {
            id,
            args: Vec::new(),
        }
    }

    /// The message `id` with `args`.
    pub fn with(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text { id, args }
    }

    /// Applies `f` to the path of every field this text names (in its arguments, nested
    /// messages and lists included).
    pub fn map_fields(&mut self, f: &mut impl FnMut(&mut String)) {
        for (_, a) in &mut self.args {
            match a {
                Arg::Field { path, .. } => f(path),
                Arg::Msg(t) => t.map_fields(f),
                Arg::List { items, .. } => items.iter_mut().for_each(|t| t.map_fields(f)),
                _ => {}
            }
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    /// `items` joined by the message `sep`, as one text: the item itself when there is one.
    pub fn list(sep: &'static str, mut items: Vec<Text>) -> Text {
        if items.len() == 1 {
            return items.pop().unwrap_or_else(|| Text::new(ITEMS));
        }
        Text::new(ITEMS).arg("items", Arg::List { sep, items })
    }

    /// Every message ID this text uses, its own and its arguments' (for the tests).
    pub fn ids(&self, out: &mut Vec<&'static str>) {
        out.push(self.id);
        for (_, a) in &self.args {
            match a {
                Arg::Msg(t) => t.ids(out),
                Arg::List { sep, items } => {
                    out.push(sep);
                    for t in items {
                        t.ids(out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// The message that is only its list (`{ $items }`), for [`Text::list`].
pub const ITEMS: &str = "items";

impl Arg {
    /// Verbatim text.
    pub fn text(s: &str) -> Arg {
        Arg::Str(s.to_owned())
    }
    /// The field at `path` (`exitDate`, `trips[0].exitDate`), worded as its name.
    pub fn field(path: impl Into<String>) -> Arg {
        Arg::Field {
            path: path.into(),
            label: None,
        }
    }
    /// The message `id`, without arguments, as an argument.
    pub fn msg(id: &'static str) -> Arg {
        Arg::Msg(Box::new(Text::new(id)))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Msg(Box::new(t))
    }
}
impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Arg {
        Arg::Date(d)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(i64::from(n))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Args<'a>(&'a [(&'static str, Arg)]);
        impl Serialize for Args<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("id", self.id)?;
        m.serialize_entry("args", &Args(&self.args))?;
        m.end()
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Str(v) => s.serialize_str(v),
            Arg::Num(n) => s.serialize_i64(*n),
            Arg::Date(d) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("date", &crate::date::iso(*d))?;
                m.end()
            }
            Arg::Money { amount, currency } => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("amount", amount)?;
                m.serialize_entry("currency", currency)?;
                m.end()
            }
            Arg::Country(c) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("country", c)?;
                m.end()
            }
            Arg::Msg(t) => t.serialize(s),
            Arg::Field { path, label } => {
                let mut m = s.serialize_map(Some(1 + usize::from(label.is_some())))?;
                m.serialize_entry("field", path)?;
                if let Some(l) = label {
                    m.serialize_entry("label", l)?;
                }
                m.end()
            }
            Arg::List { sep, items } => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("list", items)?;
                m.serialize_entry("sep", sep)?;
                m.end()
            }
        }
    }
}

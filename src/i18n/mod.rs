//! Languages and wording. The engine says what it says as message references
//! ([`crate::text::Text`]); this module words them with the catalog of one language: Fluent
//! files (a subset, [`fluent`]) under `src/i18n/locales/<lang>/` (the engine's generic messages)
//! and `src/countries/<code>/locales/<lang>/` (a country's rule data), described in
//! docs/i18n.md. With the `catalogs` feature every catalog is embedded (a build script lists
//! the files); without it a caller gives the catalog of its language with [`load`]
//! (`loadCatalog(lang, text)` in JS) before asking for answers in that language.

pub mod field;
pub mod fluent;
pub mod msg;

use std::sync::{Arc, Mutex};

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

use crate::text::{Arg, Text};
use fluent::{Catalog, Value};

/// A UI and answer language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ru, Lang::Kk, Lang::Zh];

    /// `en`, `ru`, `kk`, `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::Zh => "zh",
        }
    }

    /// Accepts `en`, `ru`, `kk`, `zh` and BCP 47 tags starting with them (`zh-CN`, `ru-KZ`).
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// The catalog files built in: `(lang, path, text)`, listed by `build.rs`. The page's form-only
/// module carries only the input errors (`src/i18n/locales/<lang>/errors.ftl`).
#[cfg(feature = "catalogs")]
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
    #[cfg(not(feature = "form-only"))]
    pub use ALL as FILES;
    #[cfg(feature = "form-only")]
    pub use ERRORS as FILES;
}

/// The `.ftl` files built into this module for `lang` (none without the `catalogs` feature).
pub fn embedded_files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    #[cfg(feature = "catalogs")]
    return embedded::FILES
        .iter()
        .filter(|f| f.0 == lang.code())
        .map(|f| (f.1, f.2))
        .collect();
    #[cfg(not(feature = "catalogs"))]
    {
        let _ = lang;
        Vec::new()
    }
}

static CATALOGS: Mutex<[Option<Arc<Catalog>>; 4]> = Mutex::new([None, None, None, None]);

/// The catalog of `lang`: one given with [`load`], else the embedded one (read on first use);
/// `None` when neither exists (a build without the `catalogs` feature, before `load`).
pub fn catalog(lang: Lang) -> Option<Arc<Catalog>> {
    let mut all = CATALOGS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(c) = &all[lang as usize] {
        return Some(c.clone());
    }
    let files = embedded_files(lang);
    if files.is_empty() {
        return None;
    }
    let texts: Vec<&str> = files.iter().map(|f| f.1).collect();
    // The embedded files are checked by the tests; a broken one gives no catalog, not a panic.
    let c = Arc::new(Catalog::parse(lang, &texts).ok()?);
    all[lang as usize] = Some(c.clone());
    Some(c)
}

/// Reads `text` (every message of `lang`, one `.ftl` text) and uses it from now on for `lang`.
pub fn load(lang: Lang, text: &str) -> Result<usize, fluent::Error> {
    let c = Catalog::parse(lang, &[text])?;
    let n = c.messages().len();
    CATALOGS.lock().unwrap_or_else(|e| e.into_inner())[lang as usize] = Some(Arc::new(c));
    Ok(n)
}

/// `t` in the catalog's language. A message the catalog lacks is recorded ([`misses`]) and
/// shown in English when that catalog is at hand, else as its ID.
pub fn word(t: &Text, c: &Catalog) -> String {
    match c.get(t.id) {
        Some(m) => c.format(m, &mut |name| {
            t.args
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, a)| value(a, c))
        }),
        None => {
            misses::record(c.lang, t.id);
            match catalog(Lang::En).filter(|_| c.lang != Lang::En) {
                Some(en) if en.get(t.id).is_some() => word(t, &en),
                _ => t.id.to_owned(),
            }
        }
    }
}

/// `t` in `lang`, if its catalog is at hand.
pub fn word_in(lang: Lang, t: &Text) -> Option<String> {
    catalog(lang).map(|c| word(t, &c))
}

fn value(a: &Arg, c: &Catalog) -> Value {
    let text = |text: String| Value { text, number: None };
    match a {
        Arg::Str(s) => text(s.clone()),
        Arg::Num(n) => Value {
            text: n.to_string(),
            number: Some(*n),
        },
        Arg::Date(d) => text(date(c.lang, *d)),
        Arg::Money { amount, currency } => Value {
            text: format!("{amount} {currency}"),
            number: i64::try_from(*amount).ok(),
        },
        Arg::Country(code) => text(country_name(c.lang, code)),
        Arg::Msg(t) => text(word(t, c)),
        Arg::List { sep, items } => {
            let sep = word(&Text::new(sep), c);
            let words: Vec<String> = items.iter().map(|t| word(t, c)).collect();
            text(words.join(&sep))
        }
        Arg::Field { path, label } => text(field::words(path, *label, c)),
    }
}

/// A country's name for messages: the English short name in English, the code otherwise
/// (the page shows localised names with `Intl.DisplayNames`).
pub fn country_name(lang: Lang, code: &str) -> String {
    match lang {
        Lang::En => format!("{} ({code})", crate::country::name(code)),
        _ => code.to_owned(),
    }
}

/// Messages looked up in a catalog that lacks them, recorded in test builds so that a test can
/// show every message the engine produced is in every language.
pub mod misses {
    use super::Lang;
    #[cfg(debug_assertions)]
    static MISSES: std::sync::Mutex<Vec<(Lang, &'static str)>> = std::sync::Mutex::new(Vec::new());

    #[allow(unused_variables)]
    pub fn record(lang: Lang, id: &'static str) {
        #[cfg(debug_assertions)]
        if let Ok(mut m) = MISSES.lock() {
            if !m.contains(&(lang, id)) {
                m.push((lang, id));
            }
        }
    }

    /// Takes the recorded misses (debug builds; always empty in release).
    pub fn take() -> Vec<(Lang, &'static str)> {
        #[cfg(debug_assertions)]
        if let Ok(mut m) = MISSES.lock() {
            return std::mem::take(&mut *m);
        }
        Vec::new()
    }
}

/// Replaces each `{name}` in `template` by its value; unknown placeholders stay as they are.
/// For the form's own label templates (`src/form/labels.rs`), which are not catalog messages yet.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

const WEEKDAYS: [[&str; 7]; 4] = [
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
    ["дс", "сс", "ср", "бс", "жм", "сн", "жс"],
    ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
];
const MONTHS: [[&str; 12]; 4] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ],
];

/// Short weekday name.
pub fn weekday(lang: Lang, w: Weekday) -> &'static str {
    WEEKDAYS[lang as usize][w.num_days_from_monday() as usize]
}

/// A date for reading: `Fri 3 May 2024`, `пт, 3 мая 2024`, `2024 ж. 3 мамыр, жм`, `2024年5月3日（周五）`.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let (y, m, day, w) = (
        d.year(),
        MONTHS[lang as usize][d.month0() as usize],
        d.day(),
        weekday(lang, d.weekday()),
    );
    match lang {
        Lang::En => format!("{w} {day} {m} {y}"),
        Lang::Ru => format!("{w}, {day} {m} {y}"),
        Lang::Kk => format!("{y} ж. {day} {m}, {w}"),
        Lang::Zh => format!("{y}年{m}{day}日（{w}）"),
    }
}

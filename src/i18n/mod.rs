//! Languages. The engine answers in English, Russian, Kazakh or simplified Chinese. Rule data
//! and message templates are written in English; `ru.rs`, `kk.rs` and `zh.rs` map each English
//! text to its translation (gettext style), so a rule stays readable in one place and a test
//! proves every text has all four languages (`tests/i18n.rs`).
//!
//! Templates name their placeholders: `"{field} is required."`; [`fill`] replaces them.

mod kk;
pub mod msg;
mod ru;
mod zh;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

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

    /// The translation table (English → this language), unsorted as written. The page's
    /// form-only module has only the part that its details' errors need ([`form_only`]); the
    /// engine's tables stay in the core module.
    pub fn table(self) -> &'static [(&'static str, &'static str)] {
        #[cfg(feature = "form-only")]
        return match self {
            Lang::En => &[],
            Lang::Ru => &form_only::RU,
            Lang::Kk => &form_only::KK,
            Lang::Zh => &form_only::ZH,
        };
        #[cfg(not(feature = "form-only"))]
        match self {
            Lang::En => &[],
            Lang::Ru => ru::TABLE,
            Lang::Kk => kk::TABLE,
            Lang::Zh => zh::TABLE,
        }
    }
}

/// The translations the page's form-only module carries: those of the message templates (the
/// form's and `msg.rs`), picked out of the full tables at compile time, so that the module's errors
/// come in the scenario's language without the engine's texts (`tests/i18n.rs` checks that
/// every such message has its translation in the full tables).
#[cfg(feature = "form-only")]
mod form_only {
    use super::msg;
    use crate::form::messages as fm;

    /// The English texts its errors can use: the form's own and the input errors of `msg.rs`,
    /// which it lists first, up to the assessment's messages (from [`msg::CITIZENS_OF`] on).
    /// The details' checks use a dozen of them, the JS reader and the scenario's parser more;
    /// taking the section keeps a new input error from coming in English. (All of `msg.rs`
    /// would add 9 kB gzipped, for messages the form never gives.)
    const INPUT_LEN: usize = {
        let mut i = 0;
        while i < msg::ALL.len() && !same(msg::ALL[i], msg::CITIZENS_OF) {
            i += 1;
        }
        i
    };
    const KEYS_LEN: usize = fm::ALL.len() + INPUT_LEN;

    const fn key(i: usize) -> &'static str {
        if i < fm::ALL.len() {
            fm::ALL[i]
        } else {
            msg::ALL[i - fm::ALL.len()]
        }
    }

    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    const fn wanted(k: &str) -> bool {
        let mut i = 0;
        while i < KEYS_LEN {
            if same(key(i), k) {
                return true;
            }
            i += 1;
        }
        false
    }

    type Table = &'static [(&'static str, &'static str)];

    const fn count(t: Table) -> usize {
        let (mut i, mut n) = (0, 0);
        while i < t.len() {
            if wanted(t[i].0) {
                n += 1;
            }
            i += 1;
        }
        n
    }

    const fn pick<const N: usize>(t: Table) -> [(&'static str, &'static str); N] {
        let mut out = [("", ""); N];
        let (mut i, mut n) = (0, 0);
        while i < t.len() {
            if wanted(t[i].0) {
                out[n] = t[i];
                n += 1;
            }
            i += 1;
        }
        out
    }

    // Every message has its translation in each table (else the build fails here).
    const _: () = assert!(count(super::ru::TABLE) == KEYS_LEN);
    const _: () = assert!(count(super::kk::TABLE) == KEYS_LEN);
    const _: () = assert!(count(super::zh::TABLE) == KEYS_LEN);

    pub static RU: [(&str, &str); count(super::ru::TABLE)] = pick(super::ru::TABLE);
    pub static KK: [(&str, &str); count(super::kk::TABLE)] = pick(super::kk::TABLE);
    pub static ZH: [(&str, &str); count(super::zh::TABLE)] = pick(super::zh::TABLE);
}

/// The table's indices sorted by English text, built once per language.
fn index(lang: Lang) -> &'static [u16] {
    use std::sync::OnceLock;
    static IDX: [OnceLock<Vec<u16>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    IDX[lang as usize].get_or_init(|| {
        let t = lang.table();
        let mut v: Vec<u16> = (0..t.len() as u16).collect();
        v.sort_by_key(|&i| t[i as usize].0);
        v
    })
}

/// `en` in `lang`; `en` itself when there is no translation (a test makes sure there always is).
pub fn tr(lang: Lang, en: &'static str) -> &'static str {
    if lang == Lang::En || en.is_empty() {
        return en;
    }
    let t = lang.table();
    let idx = index(lang);
    match idx.binary_search_by(|&i| t[i as usize].0.cmp(en)) {
        Ok(k) => t[idx[k] as usize].1,
        Err(_) => {
            misses::record(lang, en);
            en
        }
    }
}

/// Texts looked up without a translation, recorded in test builds so that a test can show
/// every text the engine produced has one.
pub mod misses {
    use super::Lang;
    #[cfg(debug_assertions)]
    static MISSES: std::sync::Mutex<Vec<(Lang, &'static str)>> = std::sync::Mutex::new(Vec::new());

    #[allow(unused_variables)]
    pub fn record(lang: Lang, en: &'static str) {
        #[cfg(debug_assertions)]
        if let Ok(mut m) = MISSES.lock() {
            if !m.contains(&(lang, en)) {
                m.push((lang, en));
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

/// A value for a template placeholder: verbatim text, or an English word to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Tr(&'static str),
}

impl Arg {
    /// Verbatim text.
    pub fn text(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

/// Replaces each `{name}` in `template` by its argument (translated into `lang` when it is an
/// [`Arg::Tr`]); unknown placeholders stay as they are.
pub fn fill(lang: Lang, template: &str, args: &[(&str, Arg)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, Arg::Text(v))) => out.push_str(v),
                    Some((_, Arg::Tr(v))) => out.push_str(tr(lang, v)),
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

/// Translates `template` into `lang` and fills it.
pub fn t(lang: Lang, template: &'static str, args: &[(&str, Arg)]) -> String {
    fill(lang, tr(lang, template), args)
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

/// Every English text the engine can show: rule data and message templates. Translators work
/// from this list (`cargo test --test i18n -- --ignored dump`), and the tests check it.
pub fn all_texts() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = msg::ALL.to_vec();
    #[cfg(feature = "form")]
    v.extend(crate::form::messages::ALL);
    for c in crate::rules::countries() {
        v.extend(c.texts());
    }
    v.retain(|s| !s.is_empty());
    v.sort_unstable();
    v.dedup();
    v
}

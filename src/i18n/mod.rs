//! Languages. The engine answers in English, Russian, Kazakh or simplified Chinese; the
//! translation tables live beside this file, keyed by the English text (gettext style), so a
//! rule's data stays readable in one language and a test proves every text has all four.

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
        let primary = s.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

//! Citizenship and destination codes: ISO 3166-1 alpha-2, plus `"stateless"`.

mod iso3166;
pub use iso3166::ISO3166;

use serde::Serialize;

/// A person's citizenship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Citizenship {
    /// An ISO 3166-1 alpha-2 code, upper case.
    Country(&'static str),
    /// `"stateless"` (reference convention 6).
    #[serde(serialize_with = "ser_stateless")]
    Stateless,
}

fn ser_stateless<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str("stateless")
}

impl Citizenship {
    pub fn code(self) -> &'static str {
        match self {
            Citizenship::Country(c) => c,
            Citizenship::Stateless => "stateless",
        }
    }
}

/// The canonical `&'static str` for an ISO 3166-1 alpha-2 code, or `None` for an unknown code.
/// Case-insensitive ("de" and "DE" are the same code); anything else is not guessed at.
pub fn lookup(code: &str) -> Option<&'static str> {
    let b = code.as_bytes();
    if b.len() != 2 || !b.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let up = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
    ISO3166
        .binary_search_by(|(c, _)| c.as_bytes().cmp(&up[..]))
        .ok()
        .map(|i| ISO3166[i].0)
}

/// English short name of an ISO code ("DE" → "Germany"); the code itself if unknown.
pub fn name(code: &str) -> &str {
    match lookup(code) {
        Some(c) => ISO3166.iter().find(|(k, _)| *k == c).map_or(c, |(_, n)| n),
        None => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_table_is_sorted_and_complete() {
        assert_eq!(ISO3166.len(), 249);
        assert!(ISO3166.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(lookup("kz"), Some("KZ"));
        assert_eq!(lookup("XX"), None);
        assert_eq!(lookup("K"), None);
        assert_eq!(lookup("KZZ"), None);
        assert_eq!(lookup("Кз"), None);
        assert_eq!(name("DE"), "Germany");
    }
}

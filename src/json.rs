//! A small JSON-like value, so that input from JS (via serde-wasm-bindgen) or from JSON text
//! (via serde_json in tests) is checked field by field with exact paths in the errors.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Deeper input than this is refused (it cannot be a scenario, and unbounded recursion
/// would overflow the wasm stack instead of giving an error).
pub const MAX_DEPTH: usize = 16;
/// Longer arrays or objects than this are refused while reading.
pub const MAX_LEN: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
    /// A JS value that is not plain data (a symbol, a function, a BigInt, binary data, a Map,
    /// a Set, a Date object), kept so that the error names its field; the text is the
    /// [`crate::i18n::msg`] template that says what it is. Never made from JSON text.
    Other(&'static str),
}

impl Json {
    /// The member `key` of an object (the first, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for error messages: a message ID of [`crate::i18n::msg`].
    pub fn type_name(&self) -> &'static str {
        match self {
            Json::Null => crate::i18n::msg::NULL,
            Json::Bool(_) => crate::i18n::msg::A_BOOLEAN,
            Json::Number(_) => crate::i18n::msg::A_NUMBER,
            Json::String(_) => crate::i18n::msg::A_STRING,
            Json::Array(_) => crate::i18n::msg::AN_ARRAY,
            Json::Object(_) => crate::i18n::msg::AN_OBJECT,
            Json::Other(what) => what,
        }
    }
}

struct Seed(usize);

impl<'de> DeserializeSeed<'de> for Seed {
    type Value = Json;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        if self.0 > MAX_DEPTH {
            return Err(de::Error::custom("input nested too deeply"));
        }
        d.deserialize_any(V(self.0))
    }
}

struct V(usize);

impl<'de> Visitor<'de> for V {
    type Value = Json;
    fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Seed(self.0).deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Json, E> {
        Err(E::custom("binary data is not accepted"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Json, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = a.next_element_seed(Seed(self.0 + 1))? {
            if out.len() >= MAX_LEN {
                return Err(de::Error::custom("array too long"));
            }
            out.push(v);
        }
        Ok(Json::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Json, A::Error> {
        let mut out = Vec::new();
        while let Some(k) = a.next_key::<String>()? {
            let v = a.next_value_seed(Seed(self.0 + 1))?;
            if out.len() >= MAX_LEN {
                return Err(de::Error::custom("object too large"));
            }
            out.push((k, v));
        }
        Ok(Json::Object(out))
    }
}

impl<'de> de::Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        Seed(0).deserialize(d)
    }
}

//! Writes an answer as plain JS data (objects, arrays, strings, numbers, booleans, `null` for
//! `None` and `()`), in one crossing of the boundary, without running any of the host page's code.
//!
//! The answer is serialized here as JSON text into the module's memory, and one import,
//! `__tirkeuParse(ptr, len)`, turns it into JS data. That import is not a global: it is defined
//! inside the module's own glue by `scripts/patch-glue.mjs`, from `JSON.parse`, a `TextDecoder`'s
//! `decode`, `Reflect.apply` and the `buffer` getter of `WebAssembly.Memory`, all captured when
//! the glue is evaluated, so a host page that replaces any of them later is never called.
//! `JSON.parse` without a reviver runs no code of the page: it makes each object and array with
//! the realm's own `Object.prototype`/`Array.prototype` and defines each member as an own data
//! property (a `__proto__` key too: an own property, never a prototype), so a setter the page put
//! on a prototype is never found. The glue checks this at load with a probe
//! (`{"__proto__":[1,"é"],…}`); before, every object, key and value was a separate call from wasm
//! to JS (a 24 KB answer took ~1,700 of them, 4.3× the time of the earlier serde-wasm-bindgen).
//!
//! Should the captured `JSON.parse` fail the probe (a page that replaced it *before* the module
//! was loaded, as an embedding page may), the import answers `undefined` and the text is read back
//! here and written member by member as before (`slow`): each object or array filled while its
//! prototype is `null`, so an assignment finds no setter, then given its ordinary prototype.

use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

use crate::json::Json;

#[wasm_bindgen]
extern "C" {
    /// Defined in the glue by `scripts/patch-glue.mjs`: JSON text at `ptr..ptr + len` in the
    /// module's memory as JS data, or `undefined` when the captured `JSON.parse` cannot be trusted.
    #[wasm_bindgen(js_name = __tirkeuParse)]
    fn parse_text(ptr: u32, len: u32) -> JsValue;
}

/// `v` as plain JS data; `null` if it cannot be written.
pub(crate) fn to_js<T: Serialize + ?Sized>(v: &T) -> JsValue {
    match text(v) {
        Some(t) => from_text(&t),
        None => JsValue::NULL,
    }
}

/// Arbitrary data (the benchmark's `echo`): numbers that JSON text from here cannot carry
/// exactly (fractions, infinities, NaN) are written member by member.
pub(crate) fn json_to_js(v: &Json) -> JsValue {
    match text(&Plain(v)) {
        Some(t) => from_text(&t),
        None => slow::write(v).unwrap_or(JsValue::NULL),
    }
}

/// `v` as JSON text, or `None` for a value with no exact JSON form here.
pub(crate) fn text<T: Serialize + ?Sized>(v: &T) -> Option<Vec<u8>> {
    let mut w = Text(Vec::with_capacity(8192));
    v.serialize(&mut w).ok()?;
    Some(w.0)
}

fn from_text(t: &[u8]) -> JsValue {
    let v = parse_text(t.as_ptr() as u32, t.len() as u32);
    if !v.is_undefined() {
        return v;
    }
    match slow::parse(t) {
        Some(j) => slow::write(&j).unwrap_or(JsValue::NULL),
        None => JsValue::NULL,
    }
}

/// A [`Json`] value as serde data, for the text writer.
struct Plain<'a>(&'a Json);

impl Serialize for Plain<'_> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::{SerializeMap, SerializeSeq};
        match self.0 {
            Json::Null | Json::Other(_) => s.serialize_none(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Number(n) => s.serialize_f64(*n),
            Json::String(v) => s.serialize_str(v),
            Json::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    seq.serialize_element(&Plain(v))?;
                }
                seq.end()
            }
            Json::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    map.serialize_entry(k, &Plain(v))?;
                }
                map.end()
            }
        }
    }
}

/// A value with no JSON form here (a number beyond ±2^53 or not an integer, a non-string key).
/// Carries no message: nothing formats it, so no formatting code is linked in for it.
#[derive(Debug)]
pub(crate) struct NotJson;

impl core::fmt::Display for NotJson {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("no JSON form")
    }
}

impl std::error::Error for NotJson {}

impl ser::Error for NotJson {
    fn custom<T: core::fmt::Display>(_: T) -> Self {
        NotJson
    }
}

type R = Result<(), NotJson>;

/// The JSON text writer. Integers only (every number of an answer is a count, a year, an amount
/// in whole units): written by [`int`], so no float formatting is linked in.
struct Text(Vec<u8>);

/// Largest integer a JS number holds exactly.
const SAFE: u64 = (1 << 53) - 1;

impl Text {
    fn int(&mut self, neg: bool, mut v: u64) {
        if neg {
            self.0.push(b'-');
        }
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.0.extend_from_slice(&buf[i..]);
    }
    fn str(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let out = &mut self.0;
        out.reserve(s.len() + 2);
        out.push(b'"');
        let b = s.as_bytes();
        let mut start = 0;
        for (i, &c) in b.iter().enumerate() {
            if c >= 0x20 && c != b'"' && c != b'\\' {
                continue;
            }
            out.extend_from_slice(&b[start..i]);
            match c {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                _ => out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[(c >> 4) as usize],
                    HEX[(c & 15) as usize],
                ]),
            }
            start = i + 1;
        }
        out.extend_from_slice(&b[start..]);
        out.push(b'"');
    }
}

/// An object or array being written: whether a comma is due, and the closing byte.
pub(crate) struct Seq<'a> {
    w: &'a mut Text,
    first: bool,
    close: &'static [u8],
}

impl Seq<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.0.push(b',');
        }
        self.first = false;
    }
    fn elem<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.comma();
        v.serialize(&mut *self.w)
    }
    fn field<T: Serialize + ?Sized>(&mut self, k: &str, v: &T) -> R {
        self.comma();
        self.w.str(k);
        self.w.0.push(b':');
        v.serialize(&mut *self.w)
    }
    fn close(self) -> R {
        self.w.0.extend_from_slice(self.close);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Text {
    type Ok = ();
    type Error = NotJson;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Seq<'a>;
    type SerializeStruct = Seq<'a>;
    type SerializeStructVariant = Seq<'a>;

    fn serialize_bool(self, v: bool) -> R {
        self.0.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> R {
        if v.unsigned_abs() > SAFE {
            return Err(NotJson);
        }
        self.int(v < 0, v.unsigned_abs());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> R {
        if v > SAFE {
            return Err(NotJson);
        }
        self.int(false, v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> R {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> R {
        // A whole number within ±2^53 as an integer (-0 as `-0`, which JSON.parse keeps);
        // anything else has no exact JSON form from here.
        if v.fract() != 0.0 || !(v.abs() <= SAFE as f64) {
            return Err(NotJson);
        }
        self.int(v.is_sign_negative(), v.abs() as u64);
        Ok(())
    }
    fn serialize_char(self, v: char) -> R {
        self.str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> R {
        self.str(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        let mut s = self.serialize_seq(None)?;
        for b in v {
            s.elem(b)?;
        }
        s.close()
    }
    fn serialize_none(self) -> R {
        self.0.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.str(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        // serde's external tagging: `{ variant: value }`
        let mut s = self.serialize_map(None)?;
        s.field(variant, v)?;
        s.close()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, NotJson> {
        self.0.push(b'[');
        Ok(Seq {
            w: self,
            first: true,
            close: b"]",
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Seq<'a>, NotJson> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Seq<'a>, NotJson> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, NotJson> {
        self.0.push(b'{');
        self.str(variant);
        self.0.extend_from_slice(b":[");
        Ok(Seq {
            w: self,
            first: true,
            close: b"]}",
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Seq<'a>, NotJson> {
        self.0.push(b'{');
        Ok(Seq {
            w: self,
            first: true,
            close: b"}",
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Seq<'a>, NotJson> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, NotJson> {
        self.0.push(b'{');
        self.str(variant);
        self.0.extend_from_slice(b":{");
        Ok(Seq {
            w: self,
            first: true,
            close: b"}}",
        })
    }
}

/// The four sequence-like serde traits, each writing its elements as an array's.
macro_rules! seq_like {
    ($($trait:ident :: $method:ident),+) => {$(
        impl ser::$trait for Seq<'_> {
            type Ok = ();
            type Error = NotJson;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
                self.elem(v)
            }
            fn end(self) -> R {
                self.close()
            }
        }
    )+};
}

seq_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Seq<'_> {
    type Ok = ();
    type Error = NotJson;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> R {
        self.comma();
        // A key must be a string: written as one, then checked.
        let at = self.w.0.len();
        k.serialize(&mut *self.w)?;
        if self.w.0.get(at) != Some(&b'"') {
            return Err(NotJson);
        }
        self.w.0.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        v.serialize(&mut *self.w)
    }
    fn end(self) -> R {
        self.close()
    }
}

impl ser::SerializeStruct for Seq<'_> {
    type Ok = ();
    type Error = NotJson;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.field(key, v)
    }
    fn end(self) -> R {
        self.close()
    }
}

impl ser::SerializeStructVariant for Seq<'_> {
    type Ok = ();
    type Error = NotJson;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.field(key, v)
    }
    fn end(self) -> R {
        self.close()
    }
}

/// The fallback when the glue's `JSON.parse` cannot be trusted: the text read back (only what
/// [`Text`] writes) and written value by value, each object or array filled while its prototype
/// is `null` (an assignment then finds no setter anywhere and runs no code), then given
/// `Object.prototype` or `Array.prototype`. The imports that could meet the page's code are
/// declared with `catch`.
mod slow {
    use super::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(catch, js_namespace = Object, js_name = create)]
        fn create(proto: &JsValue) -> core::result::Result<JsValue, JsValue>;
        #[wasm_bindgen(catch, js_namespace = Reflect, js_name = setPrototypeOf)]
        fn set_prototype(target: &JsValue, proto: &JsValue) -> core::result::Result<bool, JsValue>;

        /// An object or array whose prototype is `null` while it is being filled.
        type Bare;
        #[wasm_bindgen(method, indexing_setter)]
        fn assign(this: &Bare, key: &JsValue, value: &JsValue);

        #[wasm_bindgen(thread_local_v2, js_namespace = Object, js_name = prototype)]
        static OBJECT_PROTO: JsValue;
        #[wasm_bindgen(thread_local_v2, js_namespace = Array, js_name = prototype)]
        static ARRAY_PROTO: JsValue;
    }

    /// `v` as JS data, or `None` if the page's code threw.
    pub(super) fn write(v: &Json) -> Option<JsValue> {
        Some(match v {
            Json::Null | Json::Other(_) => JsValue::NULL,
            Json::Bool(b) => JsValue::from_bool(*b),
            Json::Number(n) => JsValue::from_f64(*n),
            Json::String(s) => JsValue::from_str(s),
            Json::Array(a) => {
                let target: JsValue = js_sys::Array::new().into();
                if set_prototype(&target, &JsValue::NULL) != Ok(true) {
                    return None;
                }
                for (i, v) in a.iter().enumerate() {
                    let v = write(v)?;
                    target
                        .unchecked_ref::<Bare>()
                        .assign(&JsValue::from(i as u32), &v);
                }
                finish(target, &ARRAY_PROTO)?
            }
            Json::Object(m) => {
                let target = create(&JsValue::NULL).ok()?;
                for (k, v) in m {
                    let v = write(v)?;
                    target
                        .unchecked_ref::<Bare>()
                        .assign(&JsValue::from_str(k), &v);
                }
                finish(target, &OBJECT_PROTO)?
            }
        })
    }

    fn finish(
        target: JsValue,
        proto: &'static wasm_bindgen::JsThreadLocal<JsValue>,
    ) -> Option<JsValue> {
        match proto.with(|p| set_prototype(&target, p)) {
            Ok(true) => Some(target),
            _ => None,
        }
    }

    /// Reads back JSON text as [`Text`] writes it (so: valid, integers only).
    pub(super) fn parse(t: &[u8]) -> Option<Json> {
        let mut p = Parser { t, i: 0 };
        let v = p.value()?;
        (p.i == t.len()).then_some(v)
    }

    struct Parser<'a> {
        t: &'a [u8],
        i: usize,
    }

    impl Parser<'_> {
        fn next(&mut self) -> Option<u8> {
            let c = *self.t.get(self.i)?;
            self.i += 1;
            Some(c)
        }
        fn word(&mut self, w: &[u8], v: Json) -> Option<Json> {
            let end = self.i - 1 + w.len();
            (self.t.get(self.i - 1..end)? == w).then(|| {
                self.i = end;
                v
            })
        }
        fn value(&mut self) -> Option<Json> {
            match self.next()? {
                b'n' => self.word(b"null", Json::Null),
                b't' => self.word(b"true", Json::Bool(true)),
                b'f' => self.word(b"false", Json::Bool(false)),
                b'"' => self.string().map(Json::String),
                b'[' => {
                    let mut out = Vec::new();
                    if self.t.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Some(Json::Array(out));
                    }
                    loop {
                        out.push(self.value()?);
                        match self.next()? {
                            b',' => {}
                            b']' => return Some(Json::Array(out)),
                            _ => return None,
                        }
                    }
                }
                b'{' => {
                    let mut out = Vec::new();
                    if self.t.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        return Some(Json::Object(out));
                    }
                    loop {
                        if self.next()? != b'"' {
                            return None;
                        }
                        let k = self.string()?;
                        if self.next()? != b':' {
                            return None;
                        }
                        out.push((k, self.value()?));
                        match self.next()? {
                            b',' => {}
                            b'}' => return Some(Json::Object(out)),
                            _ => return None,
                        }
                    }
                }
                c => {
                    let neg = c == b'-';
                    let mut n: u64 = 0;
                    let mut d = if neg { self.next()? } else { c };
                    loop {
                        if !d.is_ascii_digit() {
                            return None;
                        }
                        n = n * 10 + u64::from(d - b'0');
                        match self.t.get(self.i) {
                            Some(c) if c.is_ascii_digit() => {
                                d = *c;
                                self.i += 1;
                            }
                            _ => break,
                        }
                    }
                    let n = n as f64;
                    Some(Json::Number(if neg { -n } else { n }))
                }
            }
        }
        /// After the opening quote, up to and past the closing one.
        fn string(&mut self) -> Option<String> {
            let mut out = Vec::new();
            loop {
                match self.next()? {
                    b'"' => return String::from_utf8(out).ok(),
                    b'\\' => match self.next()? {
                        b'n' => out.push(b'\n'),
                        b'u' => {
                            let h = self.t.get(self.i..self.i + 4)?;
                            self.i += 4;
                            let mut c = 0u32;
                            for d in h {
                                c = c * 16 + char::from(*d).to_digit(16)?;
                            }
                            out.extend_from_slice(
                                char::from_u32(c)?.encode_utf8(&mut [0; 4]).as_bytes(),
                            );
                        }
                        c => out.push(c),
                    },
                    c => out.push(c),
                }
            }
        }
    }
}

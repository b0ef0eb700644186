//! Writes an answer as plain JS data (what `serde_wasm_bindgen::Serializer::json_compatible()`
//! made: objects, arrays, strings, numbers, booleans, `null` for `None` and `()`), without
//! running any of the host page's code.
//!
//! serde-wasm-bindgen built objects by assignment (`obj[key] = value`): a host page that put a
//! throwing setter on `Object.prototype` or `Array.prototype` for one of the answer's keys then
//! threw through the Rust frames, leaking their shadow stack until the engine trapped (as
//! reading input did, `read.rs`). Here each object or array is filled while its prototype is
//! `null`, so an assignment finds no setter anywhere and runs no code, and is then given
//! `Object.prototype` or `Array.prototype`: plain data, as before. The imports that could meet
//! the page's code are declared with `catch`.

use core::fmt;

use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Object, js_name = create)]
    fn create(proto: &JsValue) -> core::result::Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = setPrototypeOf)]
    fn set_prototype(target: &JsValue, proto: &JsValue) -> core::result::Result<bool, JsValue>;

    /// An object or array whose prototype is `null` while it is being filled: an assignment to
    /// it finds no setter anywhere, so it runs no code and cannot throw.
    type Bare;
    #[wasm_bindgen(method, indexing_setter)]
    fn assign(this: &Bare, key: &JsValue, value: &JsValue);

    #[wasm_bindgen(thread_local_v2, js_namespace = Object, js_name = prototype)]
    static OBJECT_PROTO: JsValue;
    #[wasm_bindgen(thread_local_v2, js_namespace = Array, js_name = prototype)]
    static ARRAY_PROTO: JsValue;
}

/// Why an answer could not be written (a throw from the host page's code, or a value with no
/// plain-data form).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

type Result<T = JsValue> = core::result::Result<T, Error>;

fn threw(_: JsValue) -> Error {
    Error("the host page's code threw".into())
}

/// `v` as plain JS data; `null` if it cannot be written.
pub(crate) fn to_js<T: Serialize + ?Sized>(v: &T) -> JsValue {
    v.serialize(&Writer).unwrap_or(JsValue::NULL)
}

pub(crate) struct Writer;

thread_local! {
    /// JS strings of the answer's member names (struct fields are `&'static str`): made once,
    /// not decoded again for every object.
    static KEYS: core::cell::RefCell<std::collections::HashMap<(usize, usize), JsValue>> =
        Default::default();
}

/// The JS string of a member name, from the cache.
fn key(k: &'static str) -> JsValue {
    KEYS.with(|m| {
        m.borrow_mut()
            .entry((k.as_ptr() as usize, k.len()))
            .or_insert_with(|| JsValue::from_str(k))
            .clone()
    })
}

/// An object or array being filled (prototype `null`), and what it becomes.
pub(crate) struct Bag {
    target: JsValue,
    array: bool,
    n: u32,
    key: Option<JsValue>,
}

impl Bag {
    fn object() -> Result<Bag> {
        Ok(Bag {
            target: create(&JsValue::NULL).map_err(threw)?,
            array: false,
            n: 0,
            key: None,
        })
    }
    fn array() -> Result<Bag> {
        let target: JsValue = js_sys::Array::new().into();
        match set_prototype(&target, &JsValue::NULL) {
            Ok(true) => {}
            Ok(false) => return Err(Error("an array could not be made".into())),
            Err(e) => return Err(threw(e)),
        }
        Ok(Bag {
            target,
            array: true,
            n: 0,
            key: None,
        })
    }
    fn set(&self, k: &JsValue, v: &JsValue) {
        self.target.unchecked_ref::<Bare>().assign(k, v);
    }
    fn push<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        let v = v.serialize(&Writer)?;
        self.set(&JsValue::from(self.n), &v);
        self.n += 1;
        Ok(())
    }
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, v: &T) -> Result<()> {
        let v = v.serialize(&Writer)?;
        self.set(&key(name), &v);
        Ok(())
    }
    /// The filled object or array, now with its ordinary prototype: plain data.
    fn finish(self) -> Result {
        let r = if self.array {
            ARRAY_PROTO.with(|p| set_prototype(&self.target, p))
        } else {
            OBJECT_PROTO.with(|p| set_prototype(&self.target, p))
        };
        match r {
            Ok(true) => Ok(self.target),
            Ok(false) => Err(Error("a value could not be finished".into())),
            Err(e) => Err(threw(e)),
        }
    }
}

/// `{ variant: value }`, serde's external tagging.
pub(crate) struct Tagged {
    variant: &'static str,
    inner: Bag,
}

fn tag(variant: &'static str, value: JsValue) -> Result {
    let o = Bag::object()?;
    o.set(&key(variant), &value);
    o.finish()
}

impl ser::Serializer for &Writer {
    type Ok = JsValue;
    type Error = Error;
    type SerializeSeq = Bag;
    type SerializeTuple = Bag;
    type SerializeTupleStruct = Bag;
    type SerializeTupleVariant = Tagged;
    type SerializeMap = Bag;
    type SerializeStruct = Bag;
    type SerializeStructVariant = Tagged;

    fn serialize_bool(self, v: bool) -> Result {
        Ok(JsValue::from_bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_f64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_f64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_f64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result {
        const SAFE: i64 = (1 << 53) - 1;
        if (-SAFE..=SAFE).contains(&v) {
            self.serialize_f64(v as f64)
        } else {
            Err(Error(format!(
                "{v} can't be represented as a JavaScript number"
            )))
        }
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_f64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_f64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_f64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result {
        if v < (1 << 53) {
            self.serialize_f64(v as f64)
        } else {
            Err(Error(format!(
                "{v} can't be represented as a JavaScript number"
            )))
        }
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result {
        Ok(JsValue::from_f64(v))
    }
    fn serialize_char(self, v: char) -> Result {
        Ok(JsValue::from_str(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result {
        Ok(JsValue::from_str(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result {
        let mut a = Bag::array()?;
        for b in v {
            a.push(b)?;
        }
        a.finish()
    }
    fn serialize_none(self) -> Result {
        Ok(JsValue::NULL)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        Ok(JsValue::from_str(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Result {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result {
        let inner = v.serialize(self)?;
        tag(variant, inner)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Bag> {
        Bag::array()
    }
    fn serialize_tuple(self, _: usize) -> Result<Bag> {
        Bag::array()
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Bag> {
        Bag::array()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Tagged> {
        Ok(Tagged {
            variant,
            inner: Bag::array()?,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Bag> {
        Bag::object()
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Bag> {
        Bag::object()
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Tagged> {
        Ok(Tagged {
            variant,
            inner: Bag::object()?,
        })
    }
}

impl ser::SerializeSeq for Bag {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        self.push(v)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTuple for Bag {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        self.push(v)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Bag {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        self.push(v)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeMap for Bag {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<()> {
        let k = k.serialize(&Writer)?;
        if !k.is_string() {
            return Err(Error("a map key is not a string".into()));
        }
        self.key = Some(k);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        let k = self
            .key
            .take()
            .ok_or_else(|| Error("a map value without a key".into()))?;
        let v = v.serialize(&Writer)?;
        self.set(&k, &v);
        Ok(())
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeStruct for Bag {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result<()> {
        self.field(key, v)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Tagged {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        self.inner.push(v)
    }
    fn end(self) -> Result {
        let inner = self.inner.finish()?;
        tag(self.variant, inner)
    }
}

impl ser::SerializeStructVariant for Tagged {
    type Ok = JsValue;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Result<()> {
        self.inner.field(key, v)
    }
    fn end(self) -> Result {
        let inner = self.inner.finish()?;
        tag(self.variant, inner)
    }
}

//! Reads a JS value into [`Json`] so that no JS exception ever crosses a Rust frame.
//!
//! Why not `serde_wasm_bindgen::from_value`: it reads objects with `Object.entries` and other
//! imports declared without `catch`. A getter, a Proxy trap or a host page's broken polyfill that
//! throws then unwinds straight through the Rust frames: their shadow-stack space (and whatever
//! they had allocated) is never given back, and after about 1,200 such calls every export traps
//! with "memory access out of bounds" (issue 12).
//!
//! Here every step that can run the caller's code (`Array.isArray` on a revoked Proxy,
//! `Reflect.ownKeys`, `Reflect.get`, `Reflect.getPrototypeOf`) is an import declared with
//! `catch`: a throw comes back as an `Err` value and the Rust code returns normally. Everything
//! else is a `typeof` test done by wasm-bindgen's own glue, which runs no user code (no getter,
//! no `toString`, `valueOf` or `Symbol.toPrimitive`). The reader uses `Reflect` and not
//! `Object.entries` or `Array.prototype` methods, which host pages are known to replace.

use wasm_bindgen::prelude::*;

use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Lang};
use crate::json::{Json, MAX_DEPTH, MAX_LEN};
use crate::text::Arg;

/// Longest string read, in UTF-16 units: far above any field, far below what could exhaust
/// the module's memory while being copied in.
pub const MAX_STRING: u32 = 1_000_000;
/// Most values (of any kind, at any depth) read from one argument.
pub const MAX_VALUES: usize = 200_000;

#[wasm_bindgen]
extern "C" {
    /// Defined in the glue by `scripts/patch-glue.mjs`: what kind of value `v` is, by `typeof`
    /// (0 undefined or null, 1 true, 2 false, 3 a number, 4 a string of at most `max` UTF-16
    /// units, 5 a longer one, 6 a symbol, 7 a BigInt, 8 a function, 9 an object, 10 anything
    /// else). Runs none of the caller's code.
    #[wasm_bindgen(js_name = __tirkeuTypeof)]
    fn type_of(v: &JsValue, max: u32) -> u32;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(v: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ArrayBuffer, js_name = isView)]
    fn is_view(v: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = ownKeys)]
    fn own_keys(v: &JsValue) -> Result<js_sys::Array, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn get(v: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = getPrototypeOf)]
    fn prototype_of(v: &JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(thread_local_v2, js_namespace = Object, js_name = prototype)]
    static OBJECT_PROTO: JsValue;
    #[wasm_bindgen(thread_local_v2, js_namespace = Date, js_name = prototype)]
    static DATE_PROTO: JsValue;
    #[wasm_bindgen(thread_local_v2, js_namespace = Map, js_name = prototype)]
    static MAP_PROTO: JsValue;
    #[wasm_bindgen(thread_local_v2, js_namespace = Set, js_name = prototype)]
    static SET_PROTO: JsValue;
    #[wasm_bindgen(thread_local_v2, js_namespace = ArrayBuffer, js_name = prototype)]
    static ARRAY_BUFFER_PROTO: JsValue;
}

/// Why reading stopped.
enum Stop {
    /// The caller's code threw while the value at `path` was read.
    Threw { path: String, error: String },
    /// A string over [`MAX_STRING`].
    TooLong { path: String },
    /// Too deep, too long or too many values: the input as a whole is not a plausible argument.
    Limit(&'static str),
}

struct Reader {
    values: usize,
}

/// `path` + `.key`, or just `key` at the top.
fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// A short, safe text for a thrown value: its `message` if it has a string one, the string
/// itself if a string was thrown; never calls its `toString`.
fn describe(e: &JsValue) -> String {
    let text = if let Some(s) = e.as_string() {
        s
    } else if e.is_object() {
        get(e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| "an exception".to_owned())
    } else {
        "an exception".to_owned()
    };
    crate::scenario::short(&text)
}

impl Reader {
    fn value(&mut self, v: &JsValue, path: &str, depth: usize) -> Result<Json, Stop> {
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(Stop::Limit("too many values"));
        }
        // One call tells the kind (it runs no code of the caller's: `typeof` and a string's own
        // length), instead of a call for each test.
        match type_of(v, MAX_STRING) {
            0 => return Ok(Json::Null),
            1 => return Ok(Json::Bool(true)),
            2 => return Ok(Json::Bool(false)),
            3 => return Ok(Json::Number(v.as_f64().unwrap_or(f64::NAN))),
            4 => return Ok(Json::String(v.as_string().unwrap_or_default())),
            5 => {
                return Err(Stop::TooLong {
                    path: path.to_owned(),
                })
            }
            6 => return Ok(Json::Other(msg::A_SYMBOL)),
            7 => return Ok(Json::Other(msg::A_BIGINT)),
            8 => return Ok(Json::Other(msg::A_FUNCTION)),
            9 => {}
            // Nothing else is left in today's JS; an unknown future kind is not plain data.
            _ => return Ok(Json::Other(msg::AN_OBJECT)),
        }
        if depth > MAX_DEPTH {
            return Err(Stop::Limit("input nested too deeply"));
        }
        let threw = |e: JsValue| Stop::Threw {
            path: path.to_owned(),
            error: describe(&e),
        };
        if is_array(v).map_err(threw)? {
            return self.array(v, path, depth);
        }
        if is_view(v).map_err(threw)? {
            return Ok(Json::Other(msg::BINARY_DATA));
        }
        let proto = prototype_of(v).map_err(threw)?;
        let other = if proto.is_null() || OBJECT_PROTO.with(|p| *p == proto) {
            None
        } else if DATE_PROTO.with(|p| *p == proto) {
            Some(msg::A_DATE_OBJECT)
        } else if MAP_PROTO.with(|p| *p == proto) {
            Some(msg::A_MAP)
        } else if SET_PROTO.with(|p| *p == proto) {
            Some(msg::A_SET)
        } else if ARRAY_BUFFER_PROTO.with(|p| *p == proto) {
            Some(msg::BINARY_DATA)
        } else {
            // A class instance, an object from another realm or with another prototype: read
            // as an object, by its own properties, as JSON would.
            None
        };
        if let Some(what) = other {
            return Ok(Json::Other(what));
        }
        self.object(v, path, depth)
    }

    fn array(&mut self, v: &JsValue, path: &str, depth: usize) -> Result<Json, Stop> {
        let at = |i: u32| format!("{path}[{i}]");
        let len = get(v, &JsValue::from_str("length")).map_err(|e| Stop::Threw {
            path: path.to_owned(),
            error: describe(&e),
        })?;
        let len = len.as_f64().unwrap_or(0.0);
        if !(len >= 0.0) || len > MAX_LEN as f64 {
            return Err(Stop::Limit("array too long"));
        }
        let len = len as u32;
        let mut out = Vec::with_capacity(len as usize);
        for i in 0..len {
            let item = get(v, &JsValue::from(i)).map_err(|e| Stop::Threw {
                path: at(i),
                error: describe(&e),
            })?;
            out.push(self.value(&item, &at(i), depth + 1)?);
        }
        Ok(Json::Array(out))
    }

    fn object(&mut self, v: &JsValue, path: &str, depth: usize) -> Result<Json, Stop> {
        let keys = own_keys(v).map_err(|e| Stop::Threw {
            path: path.to_owned(),
            error: describe(&e),
        })?;
        let n = keys.length();
        if n as usize > MAX_LEN {
            return Err(Stop::Limit("object too large"));
        }
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            let k = keys.get(i);
            // Symbol keys are not data.
            let Some(name) = k.as_string() else { continue };
            let p = child(path, &name);
            let item = get(v, &k).map_err(|e| Stop::Threw {
                path: p.clone(),
                error: describe(&e),
            })?;
            let item = self.value(&item, &p, depth + 1)?;
            out.push((name, item));
        }
        Ok(Json::Object(out))
    }
}

/// Reads `v` as plain data. `what` names the argument in messages (a template of `msg`);
/// `base` is the path of the argument itself (`""` for a scenario, `"details"`, `"country"`).
/// Errors are `invalid-input` (`out-of-range` for an overlong string) naming the field whose
/// reading failed; they are in English until the caller knows the language
/// ([`InputError::localized`]).
pub(crate) fn read(v: &JsValue, what: &'static str, base: &str) -> Result<Json, InputError> {
    let mut r = Reader { values: 0 };
    r.value(v, base, 0).map_err(|stop| match stop {
        Stop::Threw { path, error } if path.is_empty() => InputError::new(
            ErrorCode::InvalidInput,
            "",
            msg::UNREADABLE,
            vec![("what", Arg::msg(what)), ("error", Arg::Str(error))],
        ),
        Stop::Threw { path, error } => InputError::new(
            ErrorCode::InvalidInput,
            path.clone(),
            msg::READ_THREW,
            vec![("field", Arg::field(path)), ("error", Arg::Str(error))],
        ),
        Stop::TooLong { path } => InputError::new(
            ErrorCode::OutOfRange,
            path.clone(),
            msg::STRING_TOO_LONG,
            vec![
                (
                    "field",
                    if path.is_empty() {
                        Arg::msg(what)
                    } else {
                        Arg::field(path)
                    },
                ),
                ("max", Arg::from(MAX_STRING)),
            ],
        ),
        Stop::Limit(why) => InputError::new(
            ErrorCode::InvalidInput,
            "",
            msg::UNREADABLE,
            vec![
                ("what", Arg::msg(what)),
                ("error", Arg::Str(why.to_owned())),
            ],
        ),
    })
}

/// The scenario's `lang`, read on its own after the whole scenario could not be read, so that
/// the error still comes in the user's language. Runs no code that could throw into Rust.
pub(crate) fn lang_of(v: &JsValue) -> Lang {
    if !v.is_object() {
        return Lang::default();
    }
    get(v, &JsValue::from_str("lang"))
        .ok()
        .and_then(|l| l.as_string())
        .and_then(|s| Lang::parse(s.trim()))
        .unwrap_or_default()
}

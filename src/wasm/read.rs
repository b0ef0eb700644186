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
//!
//! Crossing into JS for every value (a few calls each) was a sixth of `evaluate`. So the same
//! walk is done in JS by the glue (`__tirkeuRead`, `scripts/patch-glue.mjs`), with the built-ins
//! it captured when it loaded, in the same order and with the same stops, and comes back as one
//! text ([`Tape`]) in one crossing. [`Reader`] remains for a page that replaced one of those
//! built-ins before the glue loaded (then the glue's walk is never used).

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
    /// Defined in the glue by `scripts/patch-glue.mjs`: reads `v` exactly as [`Reader`] does,
    /// step by step in the same order (so the same getters and traps run, once each), but in
    /// JS, and returns all of it as one text ([`Tape`]): one crossing instead of a few per
    /// value. `None` when a built-in it uses had been replaced before the glue loaded: then
    /// [`Reader`] reads. `Err` only if JS itself gives up (a text too long for a JS string).
    #[wasm_bindgen(catch, js_name = __tirkeuRead)]
    fn read_text(
        v: &JsValue,
        base: &str,
        max_string: u32,
        max_values: u32,
        max_depth: u32,
        max_len: u32,
    ) -> Result<Option<String>, JsValue>;
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

/// The text `__tirkeuRead` writes (`scripts/patch-glue.mjs`): `=` and a value, or `!` and
/// why reading stopped. A value is `n` (null or undefined), `t`, `f`, `i<integer>;` (a safe
/// integer), `d<low>,<high>;` (any other number: its bits as two 32-bit halves), `s<n>:<text>`
/// (a string of `n` UTF-16 units), `[` values `]`, `{` (string, value) pairs `}`, or one letter
/// for what is not plain data: `y` symbol, `g` BigInt, `u` function, `v` binary data, `D` a
/// Date, `M` a Map, `S` a Set, `o` anything else. A stop is `T<path><message>` (the caller's
/// code threw), `X<path>` (a string over [`MAX_STRING`]) or `L<why>` (a limit), each a string.
/// Only the glue writes it; anything malformed is an error, never a panic.
struct Tape<'a> {
    s: &'a str,
    pos: usize,
}

fn malformed() -> Stop {
    Stop::Limit("input could not be read")
}

impl Tape<'_> {
    fn read(text: &str) -> Result<Json, Stop> {
        let mut t = Tape { s: text, pos: 0 };
        match t.next() {
            Some(b'=') => {
                let v = t.value(0)?;
                if t.pos == t.s.len() {
                    Ok(v)
                } else {
                    Err(malformed())
                }
            }
            Some(b'!') => Err(match t.next() {
                Some(b'T') => {
                    let path = t.string()?;
                    let error = crate::scenario::short(&t.string()?);
                    Stop::Threw { path, error }
                }
                Some(b'X') => Stop::TooLong { path: t.string()? },
                Some(b'L') => Stop::Limit(match t.string()?.as_str() {
                    "too many values" => "too many values",
                    "input nested too deeply" => "input nested too deeply",
                    "array too long" => "array too long",
                    "object too large" => "object too large",
                    _ => return Err(malformed()),
                }),
                _ => malformed(),
            }),
            _ => Err(malformed()),
        }
    }

    fn next(&mut self) -> Option<u8> {
        let b = *self.s.as_bytes().get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    /// A decimal integer (optionally negative) up to `end`, which is consumed.
    fn int(&mut self, end: u8) -> Result<i64, Stop> {
        let neg = self.s.as_bytes().get(self.pos) == Some(&b'-');
        if neg {
            self.pos += 1;
        }
        let mut n: i64 = 0;
        let mut digits = 0;
        loop {
            match self.next() {
                Some(b) if b.is_ascii_digit() && digits < 18 => {
                    n = n * 10 + i64::from(b - b'0');
                    digits += 1;
                }
                Some(b) if b == end && digits > 0 => return Ok(if neg { -n } else { n }),
                _ => return Err(malformed()),
            }
        }
    }

    /// `s<n>:` and `n` UTF-16 units of text (as the glue's UTF-8 copy has them: a lone
    /// surrogate became U+FFFD, one unit as well).
    fn string(&mut self) -> Result<String, Stop> {
        if self.next() != Some(b's') {
            return Err(malformed());
        }
        let n = usize::try_from(self.int(b':')?).map_err(|_| malformed())?;
        let rest = &self.s[self.pos..];
        // Mostly ASCII: n units are n bytes.
        if let Some(head) = rest.as_bytes().get(..n) {
            if head.is_ascii() {
                self.pos += n;
                return Ok(rest[..n].to_owned());
            }
        }
        let mut units = 0;
        let mut end = 0;
        for c in rest.chars() {
            if units >= n {
                break;
            }
            units += c.len_utf16();
            end += c.len_utf8();
        }
        if units != n {
            return Err(malformed());
        }
        self.pos += end;
        Ok(rest[..end].to_owned())
    }

    fn value(&mut self, depth: usize) -> Result<Json, Stop> {
        // The glue stops deeper input; this only keeps a malformed text from recursing far.
        if depth > MAX_DEPTH + 1 {
            return Err(malformed());
        }
        Ok(match self.next() {
            Some(b'n') => Json::Null,
            Some(b't') => Json::Bool(true),
            Some(b'f') => Json::Bool(false),
            Some(b'i') => Json::Number(self.int(b';')? as f64),
            Some(b'd') => {
                let lo = u32::try_from(self.int(b',')?).map_err(|_| malformed())?;
                let hi = u32::try_from(self.int(b';')?).map_err(|_| malformed())?;
                Json::Number(f64::from_bits(u64::from(hi) << 32 | u64::from(lo)))
            }
            Some(b's') => {
                self.pos -= 1;
                Json::String(self.string()?)
            }
            Some(b'[') => {
                let mut out = Vec::new();
                while self.s.as_bytes().get(self.pos) != Some(&b']') {
                    out.push(self.value(depth + 1)?);
                }
                self.pos += 1;
                Json::Array(out)
            }
            Some(b'{') => {
                let mut out = Vec::new();
                while self.s.as_bytes().get(self.pos) != Some(&b'}') {
                    let k = self.string()?;
                    out.push((k, self.value(depth + 1)?));
                }
                self.pos += 1;
                Json::Object(out)
            }
            Some(b'y') => Json::Other(msg::A_SYMBOL),
            Some(b'g') => Json::Other(msg::A_BIGINT),
            Some(b'u') => Json::Other(msg::A_FUNCTION),
            Some(b'v') => Json::Other(msg::BINARY_DATA),
            Some(b'D') => Json::Other(msg::A_DATE_OBJECT),
            Some(b'M') => Json::Other(msg::A_MAP),
            Some(b'S') => Json::Other(msg::A_SET),
            Some(b'o') => Json::Other(msg::AN_OBJECT),
            _ => return Err(malformed()),
        })
    }
}

/// Reads `v` as plain data. `what` names the argument in messages (a template of `msg`);
/// `base` is the path of the argument itself (`""` for a scenario, `"details"`, `"country"`).
/// Errors are `invalid-input` (`out-of-range` for an overlong string) naming the field whose
/// reading failed; they are in English until the caller knows the language
/// ([`InputError::localized`]).
pub(crate) fn read(v: &JsValue, what: &'static str, base: &str) -> Result<Json, InputError> {
    let read = match read_text(
        v,
        base,
        MAX_STRING,
        MAX_VALUES as u32,
        MAX_DEPTH as u32,
        MAX_LEN as u32,
    ) {
        Ok(Some(text)) => Tape::read(&text),
        Ok(None) => Reader { values: 0 }.value(v, base, 0),
        Err(_) => Err(Stop::Limit("input too large")),
    };
    read.map_err(|stop| match stop {
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

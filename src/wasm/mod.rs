//! JavaScript bindings (wasm-bindgen). Thin: read the JS value, call the core, write a plain
//! JS object back. Bad input throws a plain object `{ code, field, message }`; nothing here
//! panics on any input.

#[cfg(not(feature = "form-only"))]
mod engine;
#[cfg(feature = "form")]
mod form;
#[cfg(not(feature = "form-only"))]
mod ics;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Arg};
use crate::json::Json;

pub(crate) fn to_js<T: Serialize + ?Sized>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

pub(crate) fn error(e: &InputError) -> JsValue {
    to_js(e)
}

/// Reads a JS value as plain data; `what` names it in the error (a template of `msg`).
pub(crate) fn read(v: JsValue, what: &'static str) -> Result<Json, InputError> {
    serde_wasm_bindgen::from_value::<Json>(v).map_err(|e| {
        InputError::new(
            ErrorCode::InvalidInput,
            "",
            msg::UNREADABLE,
            vec![("what", Arg::Tr(what)), ("error", Arg::Text(e.to_string()))],
        )
    })
}

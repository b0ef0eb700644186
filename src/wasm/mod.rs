//! JavaScript bindings (wasm-bindgen). Thin: read the JS value, call the core, write a plain
//! JS object back. Bad input throws a plain object `{ code, field, message }`; nothing here
//! panics on any input, and no JS exception thrown by the caller's or the host page's code
//! ever unwinds through Rust frames (`read.rs` reads the input, `write.rs` writes the answer).

#[cfg(not(feature = "form-only"))]
mod engine;
#[cfg(feature = "form")]
mod form;
#[cfg(not(feature = "form-only"))]
mod ics;
mod read;
mod types;
mod write;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, Lang};
use crate::json::Json;

/// `v` as plain JS data, built without running the host page's code (`write.rs`).
pub(crate) fn to_js<T: Serialize + ?Sized>(v: &T) -> JsValue {
    write::to_js(v)
}

pub(crate) fn error(e: &InputError) -> JsValue {
    to_js(e)
}

/// Reads a JS argument as plain data; `what` names it in the error (a template of `msg`) and
/// `base` is its path (`""` for the scenario, `"details"`, `"facts"`, `"country"`, `"year"`).
pub(crate) fn read(v: &JsValue, what: &'static str, base: &str) -> Result<Json, InputError> {
    read::read(v, what, base)
}

/// Reads the scenario; an error is in the scenario's `lang` when that one field can be read.
pub(crate) fn read_scenario(v: &JsValue) -> Result<Json, InputError> {
    read::read(v, msg::THE_SCENARIO, "").map_err(|e| e.localized(read::lang_of(v)))
}

/// `loadCatalog(lang, ftlText)` → the number of messages read. Keeps the catalog of `lang`
/// (`en`, `ru`, `kk`, `zh`; one `.ftl` text with all its messages, e.g. `www/locales/ru.ftl`):
/// later calls of `evaluate`, `calendar` and the errors in that language use it, instead of the
/// built-in one or, in a build without catalogs, instead of failing with `no-catalog`. Throws
/// `{ code: 'invalid-catalog', field, message }` (the line and what is wrong) and keeps the
/// previous catalog when the text is not a catalog in tirkeu's subset of Fluent.
#[wasm_bindgen(js_name = loadCatalog)]
pub fn load_catalog(
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<u32, JsValue> {
    let Some(l) = lang.as_string().and_then(|s| Lang::parse(&s)) else {
        return Err(error(&InputError::plain(
            ErrorCode::UnknownValue,
            "lang",
            "lang must be one of en, ru, kk, zh.".into(),
        )));
    };
    let Some(text) = text.as_string() else {
        return Err(error(&InputError::plain(
            ErrorCode::WrongType,
            "ftlText",
            "ftlText must be a string: the catalog's .ftl text.".into(),
        )));
    };
    crate::i18n::load(l, &text).map(|n| n as u32).map_err(|e| {
        error(&InputError::plain(
            ErrorCode::InvalidCatalog,
            "ftlText",
            format!("The catalog for \"{}\" was not loaded: {e}.", l.code()),
        ))
    })
}

#[cfg(feature = "catalogs")]
#[derive(Serialize)]
struct MessageInfo<'a> {
    id: &'a str,
    note: &'a str,
    variables: Vec<String>,
}

/// `catalogMessages(lang)` → `[{ id, note, variables }]`: the messages of the catalog in use
/// for `lang`, as tirkeu's reader reads them (for tools and the tests, which compare them with
/// `@fluent/syntax`'s reading); `[]` when none is at hand.
#[cfg(feature = "catalogs")]
#[wasm_bindgen(js_name = catalogMessages, unchecked_return_type = "{ id: string; note: string; variables: string[] }[]")]
pub fn catalog_messages(#[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue) -> JsValue {
    let Some(c) = lang
        .as_string()
        .and_then(|s| Lang::parse(&s))
        .and_then(crate::i18n::catalog)
    else {
        return to_js(&Vec::<MessageInfo>::new());
    };
    let out: Vec<MessageInfo> = c
        .messages()
        .iter()
        .map(|m| MessageInfo {
            id: &m.id,
            note: &m.note,
            variables: m.variables(),
        })
        .collect();
    to_js(&out)
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = console, js_name = error)]
    fn console_error(s: &str) -> Result<(), JsValue>;
}

/// Runs when the module is instantiated: installs the panic hook.
///
/// No input is known to reach a panic (the property and fuzz tests look for one). Should one
/// happen anyway, the release build aborts (`panic = "abort"`: a trap, `WebAssembly.RuntimeError`
/// for the caller) and the instance must not be used again: its shadow stack and heap are left
/// as they were. The hook therefore (1) asks wasm-bindgen's glue to make a fresh instance from
/// the already compiled module before the next call of any export, and (2) writes the panic
/// message to the console. It is a few lines instead of `console_error_panic_hook`, which also
/// formats a JS stack trace (`new Error().stack`): that costs more bytes in the core module and
/// says nothing useful about optimised wasm frames. Measured (core module, `gzip -9`): this hook
/// adds 766 bytes, `console_error_panic_hook` 1,246 (and it would not restart).
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        wasm_bindgen::handler::schedule_reinit();
        let _ = console_error(&format!(
            "tirkeu: internal error, the engine restarts on the next call: {info}"
        ));
    }));
}

/// `restart()`: the next call of any export runs on a fresh instance of the module (made from
/// the already compiled `WebAssembly.Module`, so nothing is fetched). For a caller that caught a
/// `WebAssembly.RuntimeError` (`www/js/engine.js` does it). Cheap and safe to call at any time.
#[wasm_bindgen]
pub fn restart() {
    wasm_bindgen::handler::schedule_reinit();
}

/// For tests only: `crashForTest('panic')` panics inside the engine (the hook above runs),
/// `crashForTest('trap')` traps without a panic (as a memory fault would). Both throw a
/// `WebAssembly.RuntimeError`; anything else does nothing.
#[wasm_bindgen(js_name = crashForTest)]
pub fn crash_for_test(kind: JsValue) {
    match kind.as_string().as_deref() {
        Some("panic") => panic!("crashForTest"),
        Some("trap") => core::arch::wasm32::unreachable(),
        _ => {}
    }
}

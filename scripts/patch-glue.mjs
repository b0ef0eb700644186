// Patches the JS glue that wasm-bindgen 0.2.130 generates, for each package given:
//   node scripts/patch-glue.mjs www/pkg-core/tirkeu_core.js ...
//
// 1. Fixes an ordering bug in the glue for instance re-creation (`schedule_reinit()`, used by the
//    engine's panic hook and `restart()`): an export that returns through the shadow stack
//    reserves its return slot on the *old* instance, then `__wbg_call_guard()` swaps in the new
//    instance, and the `finally` gives the 16 bytes back to the *new* one. The new instance's
//    stack pointer then starts 16 bytes above its top, inside its static data, and the second or
//    third call after a restart traps ("null function or function signature mismatch"). Moving
//    the guard before the reservation makes the whole call run on one instance.
// 2. Defines `__tirkeuParse(ptr, len)`, the one import through which every answer crosses
//    (src/wasm/write.rs): JSON text in the module's memory → JS data. It uses only functions
//    captured while this module is evaluated (JSON.parse, TextDecoder.prototype.decode,
//    Reflect.apply, the Memory `buffer` getter, Uint8Array), so a host page that replaces any of
//    them later is never called; and it first checks that the captured JSON.parse is a built-in
//    (its source reads "[native code]": one that a page put in before this module loaded is
//    never called) and proves with a probe that it makes plain data (a `__proto__` key an own
//    property, the ordinary prototypes), else it answers `undefined` and the engine writes the
//    answer member by member instead.
// 3. Defines `__tirkeuTypeof(v, max)`, which tells src/wasm/read.rs the kind of an input value
//    in one call instead of one call per test.
// 4. Makes the glue's own string decoding (`decodeText`) use the captured `decode` too.
// Fails the build if the glue no longer has the expected shape (a wasm-bindgen upgrade must then
// be checked again: tests/js/robust.test.mjs makes many calls after a restart and after patching
// the page's built-ins).
import { readFileSync, writeFileSync } from 'node:fs';

const MARK = '// patched by scripts/patch-glue.mjs';
const PARSE = `${MARK}: the answer's one crossing (src/wasm/write.rs), with built-ins captured now
const [__tirkeuParse, __tirkeuDecodeText] = (() => {
    const apply = Reflect.apply, U8 = Uint8Array, parse = JSON.parse, getProto = Reflect.getPrototypeOf;
    const ownDesc = Reflect.getOwnPropertyDescriptor, isArray = Array.isArray, OP = Object.prototype, AP = Array.prototype;
    const buffer = ownDesc(WebAssembly.Memory.prototype, 'buffer').get;
    const decode = TextDecoder.prototype.decode;
    const strict = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    const decodeText = (decoder, bytes) => apply(decode, decoder, [bytes]);
    const fnSource = Function.prototype.toString, includes = String.prototype.includes;
    let trusted = false;
    try {
        // A page that replaced JSON.parse before this module loaded: never call its function,
        // not even for the probe (a built-in's source reads "[native code]").
        if (!apply(includes, apply(fnSource, parse, []), ['[native code]'])) throw 0;
        // {"__proto__":[1,"é"],"a":null}
        const p = parse(decodeText(strict, new U8([123, 34, 95, 95, 112, 114, 111, 116, 111, 95, 95, 34, 58, 91, 49, 44, 34, 195, 169, 34, 93, 44, 34, 97, 34, 58, 110, 117, 108, 108, 125])));
        const d = ownDesc(p, '__proto__');
        trusted = getProto(p) === OP && d !== undefined && isArray(d.value) && getProto(d.value) === AP
            && d.value.length === 2 && d.value[0] === 1 && d.value[1] === '\\u00e9' && ownDesc(p, 'a').value === null;
    } catch (e) {
        trusted = false;
    }
    const parseAnswer = (ptr, len) => {
        if (!trusted) return undefined;
        try {
            return parse(decodeText(strict, new U8(apply(buffer, wasm.memory, []), ptr >>> 0, len >>> 0)));
        } catch (e) {
            return undefined;
        }
    };
    return [parseAnswer, decodeText];
})();
${MARK}: the input's one crossing (src/wasm/read.rs), with built-ins captured now
const __tirkeuRead = (() => {
    const get = Reflect.get, ownKeys = Reflect.ownKeys, getProto = Reflect.getPrototypeOf;
    const isArray = Array.isArray, isView = ArrayBuffer.isView;
    const fnSource = Function.prototype.toString, apply = Reflect.apply, includes = String.prototype.includes;
    const OP = Object.prototype, DP = Date.prototype, MP = Map.prototype, SP = Set.prototype, BP = ArrayBuffer.prototype;
    // A number that is not a safe integer crosses as the two halves of its bits (exact: -0, NaN,
    // 2.5, 1e300), read through a private typed array: no method of the page's runs.
    const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
    let trusted = false;
    try {
        // Every function the reader calls must be the built-in (one a page put in before this
        // module loaded is never called: src/wasm/read.rs's own reader then reads, as before).
        trusted = [get, ownKeys, getProto, isArray, isView].every((f) => apply(includes, apply(fnSource, f, []), ['[native code]']));
    } catch (e) {
        trusted = false;
    }
    const STOP = {}; // thrown by the reader alone, to unwind to its top when reading stops
    const str = (s) => 's' + s.length + ':' + s;
    // Exactly src/wasm/read.rs's Reader, step by step and in the same order (the same traps and
    // getters run, once each, and the same failure stops it), writing what it reads as text.
    const read = (v, base, maxString, maxValues, maxDepth, maxLen) => {
        let values = 0, stopped = '';
        const stop = (why) => { stopped = why; throw STOP; };
        const threw = (path, e) => {
            let text = 'an exception';
            if (typeof e === 'string') text = e;
            else if (typeof e === 'object' && e !== null) {
                try {
                    const m = get(e, 'message');
                    if (typeof m === 'string') text = m;
                } catch (e2) { /* as src/wasm/read.rs's describe(): "an exception" */ }
            }
            stop('T' + str(path) + str(text));
        };
        // A value's path is made only for an error: from its container's node and its key
        // (read.rs's child() and at(): "a.b", "b" at the top, "a[0]", "[0]" at the top).
        const pathOf = (up, key) => {
            if (up === null) return key;
            const p = pathOf(up.up, up.key);
            return typeof key === 'number' ? p + '[' + key + ']' : p === '' ? key : p + '.' + key;
        };
        const value = (v, up, key, depth) => {
            if (++values > maxValues) stop('L' + str('too many values'));
            if (v === null) return 'n';
            switch (typeof v) {
                case 'undefined': if (v === undefined) return 'n'; return 'o'; // (document.all)
                case 'boolean': return v ? 't' : 'f';
                case 'number':
                    if (v % 1 === 0 && v <= 9007199254740991 && v >= -9007199254740991 && (v !== 0 || 1 / v > 0)) return 'i' + v + ';';
                    f64[0] = v;
                    return 'd' + u32[0] + ',' + u32[1] + ';';
                case 'string':
                    if (v.length > maxString) stop('X' + str(pathOf(up, key)));
                    return 's' + v.length + ':' + v;
                case 'symbol': return 'y';
                case 'bigint': return 'g';
                case 'function': return 'u';
                case 'object': break;
                default: return 'o';
            }
            if (depth > maxDepth) stop('L' + str('input nested too deeply'));
            const node = { up, key }; // (an object literal defines its own properties: no setter runs)
            let arr, view, proto;
            try { arr = isArray(v); } catch (e) { threw(pathOf(up, key), e); }
            if (arr) {
                let len;
                try { len = get(v, 'length'); } catch (e) { threw(pathOf(up, key), e); }
                if (typeof len !== 'number') len = 0;
                if (!(len >= 0) || len > maxLen) stop('L' + str('array too long'));
                len = len >>> 0;
                let out = '[';
                for (let i = 0; i < len; i++) {
                    let item;
                    try { item = get(v, i); } catch (e) { threw(pathOf(node, i), e); }
                    out += value(item, node, i, depth + 1);
                }
                return out + ']';
            }
            try { view = isView(v); } catch (e) { threw(pathOf(up, key), e); }
            if (view) return 'v';
            try { proto = getProto(v); } catch (e) { threw(pathOf(up, key), e); }
            if (proto === DP) return 'D';
            if (proto === MP) return 'M';
            if (proto === SP) return 'S';
            if (proto === BP) return 'v';
            // Object.prototype, null, a class or another realm's: read by its own properties.
            let keys;
            try { keys = ownKeys(v); } catch (e) { threw(pathOf(up, key), e); }
            const n = keys.length;
            if (n > maxLen) stop('L' + str('object too large'));
            let out = '{';
            for (let i = 0; i < n; i++) {
                const k = keys[i];
                if (typeof k !== 'string') continue; // symbol keys are not data
                let item;
                try { item = get(v, k); } catch (e) { threw(pathOf(node, k), e); }
                out += 's' + k.length + ':' + k + value(item, node, k, depth + 1);
            }
            return out + '}';
        };
        try {
            return '=' + value(v, null, base, 0);
        } catch (e) {
            // The caller's exceptions were all caught where they were thrown: only STOP is left
            // (or a RangeError for a string too long for JS, which the import's catch turns
            // into an error).
            if (e === STOP) return '!' + stopped;
            throw e;
        }
    };
    return (v, base, maxString, maxValues, maxDepth, maxLen) => (trusted ? read(v, base, maxString, maxValues, maxDepth, maxLen) : undefined);
})();
// The kind of an input value in one call (src/wasm/read.rs): typeof, and a string's own length.
function __tirkeuTypeof(v, max) {
    if (v === null) return 0;
    switch (typeof v) {
        case 'undefined': return v === undefined ? 0 : 10; // (document.all is not undefined)
        case 'boolean': return v ? 1 : 2;
        case 'number': return 3;
        case 'string': return v.length > max ? 5 : 4;
        case 'symbol': return 6;
        case 'bigint': return 7;
        case 'function': return 8;
        case 'object': return 9;
        default: return 10;
    }
}
`;

const BAD = /(\n[ \t]*)(const retptr = wasm\.__wbindgen_add_to_stack_pointer\(-16\) >>> 0;)(\n[ \t]*)__wbg_call_guard\(\);/g;
const DECODE = 'return cachedTextDecoder.decode(bytes);';
for (const file of process.argv.slice(2)) {
  let src = readFileSync(file, 'utf8');
  if (src.startsWith(MARK)) continue; // already patched
  if (!src.includes('function __wbg_call_guard()')) throw new Error(`${file}: no __wbg_call_guard: is the panic hook's schedule_reinit() gone?`);
  let n = 0;
  src = src.replace(BAD, (m, a, reserve, b) => { n++; return `${a}__wbg_call_guard();${b}${reserve}`; });
  if (n === 0) throw new Error(`${file}: the glue has no guarded shadow-stack call to fix: check the wasm-bindgen version`);
  if (/add_to_stack_pointer\(-16\) >>> 0;\s*__wbg_call_guard\(\);/.test(src)) throw new Error(`${file}: an unfixed call is left`);
  if (!src.includes('__tirkeuTypeof(')) throw new Error(`${file}: the module does not import __tirkeuTypeof: is src/wasm/read.rs's import gone?`);
  if (!src.includes('__tirkeuRead(')) throw new Error(`${file}: the module does not import __tirkeuRead: is src/wasm/read.rs's import gone?`);
  if (!src.includes('__tirkeuParse(')) throw new Error(`${file}: the module does not import __tirkeuParse: is src/wasm/write.rs's import gone?`);
  if (!/\nlet wasmModule, wasmInstance, wasm;\n/.test(src)) throw new Error(`${file}: no module-level \`wasm\` binding for __tirkeuParse to read the memory of`);
  if (src.split(DECODE).length !== 2) throw new Error(`${file}: decodeText() has changed shape`);
  src = src.replace(DECODE, 'return __tirkeuDecodeText(cachedTextDecoder, bytes);');
  // A fresh instance (after a panic, a trap and restart()) starts with no catalog: the glue keeps
  // the last catalog given to loadCatalog for each language and gives them again to the new
  // instance, so every caller (not only www/js/engine.js's guard) keeps its language.
  if (src.includes('export function loadCatalog(lang, text) {')) {
    const START = /(\n[ \t]*wasm\.__wbindgen_start\(\);\n)(\})/;
    const reset = src.indexOf('function __wbg_reset_state ()');
    if (reset < 0 || !START.test(src.slice(reset))) throw new Error(`${file}: __wbg_reset_state has changed shape`);
    src = src.slice(0, reset) + src.slice(reset).replace(START, '$1    __tirkeuReplayCatalogs();\n$2');
    src = src.replace('export function loadCatalog(lang, text) {', `// The catalogs given, by language (a null-prototype object: no host page's Map or setter runs).
const __tirkeuCatalogs = Object.create(null);
function __tirkeuReplayCatalogs() {
    for (const lang in __tirkeuCatalogs) {
        try { __tirkeuLoadCatalog(lang, __tirkeuCatalogs[lang]); } catch { /* kept before: cannot fail */ }
    }
}
export function loadCatalog(lang, text) {
    const n = __tirkeuLoadCatalog(lang, text);
    __tirkeuCatalogs[String(lang)] = text;
    return n;
}
function __tirkeuLoadCatalog(lang, text) {`);
  }
  writeFileSync(file, `${MARK} (${n} exports): the instance guard runs before the return slot is reserved\n${PARSE}\n${src}`);
}

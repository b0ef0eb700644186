// Keeps a wasm engine module usable after a trap. No input is known to make the engine trap,
// and a JS exception thrown while it reads its input (a getter, a Proxy, a host page's polyfill)
// comes back as a plain { code: 'invalid-input', field, message } object. Should a trap
// (WebAssembly.RuntimeError) happen anyway, the instance it happened in must not be used again:
// guard() wraps every export so that a RuntimeError makes the module's glue create a fresh
// instance from the already compiled WebAssembly.Module (`restart()`, nothing is fetched),
// retries the call once, and reports it through `onRestart(name, error)` (the fresh instance gets
// the catalogs given to `loadCatalog` again from the glue: scripts/patch-glue.mjs). Uses no
// Array.prototype method, Object.entries or JSON, which host pages are known to replace.
const SKIP = new Set(['default', 'initSync', 'restart', 'crashForTest']);

/**
 * `guard(mod, onRestart?)` → an object with the same exports as the module namespace `mod`
 * (e.g. `import * as mod from '../pkg-core/tirkeu_core.js'`), each retried once on a fresh
 * instance after a trap. A call that traps twice throws the second RuntimeError.
 */
export function guard(mod, onRestart) {
  const out = {};
  const names = Reflect.ownKeys(mod);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const fn = mod[name];
    if (typeof name !== 'string' || typeof fn !== 'function' || SKIP.has(name) || typeof mod.restart !== 'function') {
      out[name] = fn;
      continue;
    }
    out[name] = function guarded(...args) {
      try {
        return Reflect.apply(fn, undefined, args);
      } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError)) throw e;
        mod.restart();
        if (typeof onRestart === 'function') {
          try { onRestart(name, e); } catch { /* a reporter must not stop the retry */ }
        }
        return Reflect.apply(fn, undefined, args);
      }
    };
  }
  return out;
}

// Keeps a wasm engine module usable after a trap. No input is known to make the engine trap,
// and a JS exception thrown while it reads its input (a getter, a Proxy, a host page's polyfill)
// comes back as a plain { code: 'invalid-input', field, message } object. Should a trap
// (WebAssembly.RuntimeError) happen anyway, the instance it happened in must not be used again:
// guard() wraps every export so that a RuntimeError makes the module's glue create a fresh
// instance from the already compiled WebAssembly.Module (`restart()`, nothing is fetched),
// retries the call once, and reports it through `onRestart(name, error)`. A fresh instance has
// lost the catalogs given to `loadCatalog`: the guard keeps the last one of each language and
// gives them again before the retry. Uses no
// Array.prototype method, Object.entries or JSON, which host pages are known to replace.
const SKIP = new Set(['default', 'initSync', 'restart', 'crashForTest']);

/**
 * `guard(mod, onRestart?)` → an object with the same exports as the module namespace `mod`
 * (e.g. `import * as mod from '../pkg-core/tirkeu_core.js'`), each retried once on a fresh
 * instance after a trap. A call that traps twice throws the second RuntimeError.
 */
export function guard(mod, onRestart) {
  const out = {};
  // The catalogs given through this guard, by language, to give again to a fresh instance.
  const catalogs = new Map();
  const load = mod.loadCatalog;
  const restart = () => {
    mod.restart();
    if (typeof load !== 'function') return;
    for (const [lang, text] of catalogs) {
      try { Reflect.apply(load, undefined, [lang, text]); } catch { /* the retry reports it */ }
    }
  };
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
        const r = Reflect.apply(fn, undefined, args);
        if (fn === load) catalogs.set(String(args[0]), args[1]);
        return r;
      } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError)) throw e;
        restart();
        if (typeof onRestart === 'function') {
          try { onRestart(name, e); } catch { /* a reporter must not stop the retry */ }
        }
        return Reflect.apply(fn, undefined, args);
      }
    };
  }
  return out;
}

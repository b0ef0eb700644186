// Fixes an ordering bug in the JS glue that wasm-bindgen 0.2.130 generates for instance
// re-creation (`schedule_reinit()`, used by the engine's panic hook and `restart()`): an export
// that returns through the shadow stack reserves its return slot on the *old* instance, then
// `__wbg_call_guard()` swaps in the new instance, and the `finally` gives the 16 bytes back to the
// *new* one. The new instance's stack pointer then starts 16 bytes above its top, inside its
// static data, and the second or third call after a restart traps ("null function or function
// signature mismatch"). Moving the guard before the reservation makes the whole call run on one
// instance. Fails the build if the glue no longer has the expected shape (a wasm-bindgen upgrade
// must then be checked again: tests/js/robust.test.mjs makes many calls after a restart).
//   node scripts/patch-glue.mjs www/pkg-core/tirkeu_core.js ...
import { readFileSync, writeFileSync } from 'node:fs';

const BAD = /(\n[ \t]*)(const retptr = wasm\.__wbindgen_add_to_stack_pointer\(-16\) >>> 0;)(\n[ \t]*)__wbg_call_guard\(\);/g;
for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, 'utf8');
  if (!src.includes('function __wbg_call_guard()')) throw new Error(`${file}: no __wbg_call_guard: is the panic hook's schedule_reinit() gone?`);
  let n = 0;
  const out = src.replace(BAD, (m, a, reserve, b) => { n++; return `${a}__wbg_call_guard();${b}${reserve}`; });
  if (n === 0 && !src.includes('// patched by scripts/patch-glue.mjs')) throw new Error(`${file}: the glue has no guarded shadow-stack call to fix: check the wasm-bindgen version`);
  if (/add_to_stack_pointer\(-16\) >>> 0;\s*__wbg_call_guard\(\);/.test(out)) throw new Error(`${file}: an unfixed call is left`);
  writeFileSync(file, n ? `// patched by scripts/patch-glue.mjs (${n} exports): the instance guard runs before the return slot is reserved\n${out}` : out);
}

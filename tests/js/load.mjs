// Loads a built package in Node the way a build-time user would: initSync with the bytes.
//   full: www/pkg       — the documented JS API: evaluate, calendar, countries, version,
//                         formHtml, formPdf, formCss, calendarIcs
//   core: www/pkg-core  — what the page starts with: the engine, calendar and ICS, no form
//   form: www/pkg-form  — what the page loads next: formHtml/formPdf/formCss only, taking the
//                         assessment's facts from the core module
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGES = {
  full: { dir: new URL('../../www/pkg/', import.meta.url), name: 'tirkeu' },
  core: { dir: new URL('../../www/pkg-core/', import.meta.url), name: 'tirkeu_core' },
  form: { dir: new URL('../../www/pkg-form/', import.meta.url), name: 'tirkeu_form' },
};

export function wasmFile(which = 'full') {
  const p = PACKAGES[which];
  return fileURLToPath(new URL(`${p.name}_bg.wasm`, p.dir));
}

export async function load(query = '', which = 'full') {
  const p = PACKAGES[which];
  const mod = await import(new URL(`${p.name}.js${query}`, p.dir).href);
  mod.initSync({ module: readFileSync(wasmFile(which)) });
  return mod;
}
export const wasmPath = wasmFile('full');

/** Runs `fn`, expects it to throw the API's plain `{ code, field, message }` object, returns it. */
export function throwsInput(fn, code, field) {
  let thrown;
  try { fn(); } catch (e) { thrown = e; }
  assert.ok(thrown, `expected a throw (${code} ${field})`);
  assert.equal(Object.getPrototypeOf(thrown), Object.prototype, 'a plain object is thrown');
  assert.deepEqual(Object.keys(thrown).sort(), ['code', 'field', 'message']);
  assert.equal(thrown.code, code, thrown.message);
  assert.equal(thrown.field, field, thrown.message);
  assert.ok(thrown.message.length > 10);
  return thrown;
}

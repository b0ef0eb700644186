// Loads the built package in Node the way a build-time user would: initSync with the bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = new URL('../../www/pkg/', import.meta.url);

export async function load(query = '') {
  const mod = await import(new URL(`tirkeu.js${query}`, pkg).href);
  const bytes = readFileSync(fileURLToPath(new URL('tirkeu_bg.wasm', pkg)));
  mod.initSync({ module: bytes });
  return mod;
}
export const wasmPath = fileURLToPath(new URL('tirkeu_bg.wasm', pkg));

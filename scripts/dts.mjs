// Makes the trailing parameters that the Rust exports declare as `T | undefined`
// (`unchecked_param_type = "Lang | undefined"`) optional in the TypeScript declarations
// wasm-bindgen writes (`lang?: Lang`): wasm-bindgen keeps every parameter required, so
// `calendar('KZ', 2026)` would not type-check although the export takes it. Fails the build if a
// declaration file has no export at all (the build's output changed shape).
//   node scripts/dts.mjs www/pkg/tirkeu.d.ts ...
import { readFileSync, writeFileSync } from 'node:fs';

const FN = /^(export function \w+\()([^)]*)(\):)/gm;
for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, 'utf8');
  if (!/^export function /m.test(src)) throw new Error(`${file}: no exported function: has the build changed?`);
  const out = src.replace(FN, (m, head, params, tail) => {
    const ps = params ? params.split(', ') : [];
    for (let i = ps.length - 1; i >= 0; i--) {
      const opt = /^(\w+): (.+) \| undefined$/.exec(ps[i]);
      if (!opt) break;
      ps[i] = `${opt[1]}?: ${opt[2]}`;
    }
    return `${head}${ps.join(', ')}${tail}`;
  });
  writeFileSync(file, out);
}

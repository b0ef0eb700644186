// npm run bench: wasm size, module start-up, and one evaluate() against trivial calls made the
// same way, in one run, as ratios. Node's clock; numbers vary by machine, ratios much less.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { load, wasmPath } from '../tests/js/load.mjs';

const bytes = readFileSync(wasmPath);
const gz = gzipSync(bytes, { level: 9 }).length;
const glue = readFileSync(new URL('../www/pkg/tirkeu.js', import.meta.url));
const glueGz = gzipSync(glue, { level: 9 }).length;

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p99: q(0.99) };
}
const us = (ms) => `${(ms * 1000).toFixed(2)} µs`;

// Start-up: compile + instantiate a fresh module instance (a fresh import of the glue each time).
const startup = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  await load(`?instance=${i}`);
  startup.push(performance.now() - t0);
}
const compile = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  new WebAssembly.Module(bytes);
  compile.push(performance.now() - t0);
}

const t = await load();
const trips = [];
for (let i = 0; i < 12; i++) {
  const start = new Date(Date.UTC(2025, 3, 1 + i * 14));
  const end = new Date(start.getTime() + 5 * 86400000);
  trips.push({ entryDate: start.toISOString().slice(0, 10), exitDate: end.toISOString().slice(0, 10) });
}
const scenario = {
  destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20',
  birthDate: '1990-05-01', passport: 'ordinary', visa: 'none', accommodation: 'private', trips,
};

function time(fn, n) {
  for (let i = 0; i < Math.min(n, 2000); i++) fn(); // warm up (JIT, Liftoff → TurboFan)
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    out[i] = performance.now() - t0;
  }
  return stats(out);
}
// performance.now() is coarse (µs-level); time batches too, for the medians of fast calls.
function batch(fn, n, k = 200) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    for (let j = 0; j < k; j++) fn();
    out[i] = (performance.now() - t0) / k;
  }
  return stats(out);
}

const N = 5000;
const ev = time(() => t.evaluate(scenario), N);
const noop = time(() => t.noop(scenario), N);
const echo = time(() => t.echo(scenario), N);
const evB = batch(() => t.evaluate(scenario), 100, 50);
const noopB = batch(() => t.noop(scenario), 100);
const echoB = batch(() => t.echo(scenario), 100);

const a = t.evaluate(scenario);
const result = {
  wasm: { raw: bytes.length, gzip: gz },
  glue: { raw: glue.length, gzip: glueGz },
  startup: { compileMedian: stats(compile).median, instantiateMedian: stats(startup).median },
  evaluate: ev, noop, echo,
  batched: { evaluate: evB.median, noop: noopB.median, echo: echoB.median },
  assessmentJsonBytes: JSON.stringify(a).length,
};

console.log('tirkeu bench');
console.log(`wasm          ${bytes.length} B raw, ${gz} B gzip (${(gz / 1024).toFixed(1)} KB; target < 100 KB)`);
console.log(`JS glue       ${glue.length} B raw, ${glueGz} B gzip`);
console.log(`compile       median ${stats(compile).median.toFixed(2)} ms (new WebAssembly.Module)`);
console.log(`start-up      median ${stats(startup).median.toFixed(2)} ms (import glue + initSync: compile + instantiate)`);
console.log(`evaluate      median ${us(ev.median)}, p99 ${us(ev.p99)}; batched median ${us(evB.median)} (12 earlier trips, ${result.assessmentJsonBytes} B of JSON out)`);
console.log(`noop          median ${us(noop.median)}, p99 ${us(noop.p99)}; batched median ${us(noopB.median)} (same argument in, returned as is)`);
console.log(`echo          median ${us(echo.median)}, p99 ${us(echo.p99)}; batched median ${us(echoB.median)} (same argument read into Rust and written back)`);
console.log(`ratio         evaluate / echo = ${(evB.median / echoB.median).toFixed(1)}× (target ≤ 20×); evaluate / noop = ${(evB.median / noopB.median).toFixed(0)}×`);
if (process.env.BENCH_JSON) console.log(JSON.stringify(result));

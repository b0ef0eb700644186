// npm run bench: wasm size, module start-up, and one evaluate() against trivial calls made the
// same way, in one run, as ratios. Node's clock; numbers vary by machine, ratios much less.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { load, wasmFile } from '../tests/js/load.mjs';

const bytes = readFileSync(wasmFile('full'));
const sizes = ['full', 'core', 'form'].map((w) => { const b = readFileSync(wasmFile(w)); return [w, b.length, gzipSync(b, { level: 9 }).length]; });
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
for (const [w, r, g] of sizes) console.log(`wasm ${w.padEnd(8)} ${r} B raw, ${g} B gzip (${(g / 1024).toFixed(1)} KB)${{ full: ' — www/pkg, the documented package', core: ' — www/pkg-core, what the page starts with', form: ' — www/pkg-form, loaded after the first result (font included)' }[w]}`);
console.log(`JS glue       ${glue.length} B raw, ${glueGz} B gzip`);
console.log(`compile       median ${stats(compile).median.toFixed(2)} ms (new WebAssembly.Module)`);
console.log(`start-up      median ${stats(startup).median.toFixed(2)} ms (import glue + initSync: compile + instantiate)`);
console.log(`evaluate      median ${us(ev.median)}, p99 ${us(ev.p99)}; batched median ${us(evB.median)} (12 earlier trips, ${result.assessmentJsonBytes} B of JSON out)`);
console.log(`noop          median ${us(noop.median)}, p99 ${us(noop.p99)}; batched median ${us(noopB.median)} (same argument in, returned as is)`);
console.log(`echo          median ${us(echo.median)}, p99 ${us(echo.p99)}; batched median ${us(echoB.median)} (same argument read into Rust and written back)`);
console.log(`ratio         evaluate / echo = ${(evB.median / echoB.median).toFixed(1)}× (target ≤ 20×); evaluate / noop = ${(evB.median / noopB.median).toFixed(0)}×`);
if (process.env.BENCH_JSON) console.log(JSON.stringify(result));

// The page in Chromium, side by side in the same run: time from navigation to the first result
// shown (performance mark 'tirkeu:first-result', set once the first assessment is rendered) vs
// the load event of an empty static page served by the same server; cold cache each time.
// A third page gives the floor any wasm-based page has here: it only loads the core module,
// evaluates the same scenario and writes one line (same server, same preload).
// Then what the page loads, gzip-compressed (level 9) file by file. Service workers are blocked
// for those (a cold start each time); a fourth kind installs the service worker online, then
// measures a new start offline, everything served from its cache (docs/pwa.md).
{
  const { mkdtempSync, writeFileSync: write, readFileSync: read } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { startServer } = await import('./serve.mjs');
  const { launch } = await import('../tests/e2e/browser.mjs');
  const emptyDir = mkdtempSync(join(tmpdir(), 'tirkeu-empty-'));
  write(join(emptyDir, 'index.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>empty</title><link rel="icon" href="data:,"><p>empty</p>');
  const floorDir = mkdtempSync(join(tmpdir(), 'tirkeu-floor-'));
  const { cpSync } = await import('node:fs');
  cpSync(new URL('../www/pkg-core/', import.meta.url), join(floorDir, 'pkg-core'), { recursive: true });
  write(join(floorDir, 'index.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title><link rel="icon" href="data:,"><link rel="preload" href="pkg-core/tirkeu_core_bg.wasm" as="fetch" type="application/wasm" crossorigin><script type="module" src="floor.js"></script><p id="out">…</p>');
  write(join(floorDir, 'floor.js'), `import init, { evaluate } from './pkg-core/tirkeu_core.js';
await init();
const a = evaluate({ destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private', trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }], lang: 'en' });
document.getElementById('out').textContent = a.obligations.map((o) => o.title + ': ' + o.dueDate).join('; ');
performance.mark('tirkeu:first-result');
document.body.dataset.ready = 'true';
`);
  const pageServer = await startServer({ port: 0 });
  const emptyServer = await startServer({ port: 0, dir: emptyDir });
  const floorServer = await startServer({ port: 0, dir: floorDir });
  const pageUrl = `http://127.0.0.1:${pageServer.address().port}/#destination=KZ&citizenship=DE&entryDate=2026-03-06&exitDate=2026-04-20&accommodation=private&trips=2025-11-01..2025-11-20&lang=en`;
  const emptyUrl = `http://127.0.0.1:${emptyServer.address().port}/`;
  const floorUrl = `http://127.0.0.1:${floorServer.address().port}/`;
  const floor = [];
  const browser = await launch();
  const first = [];
  const painted = [];
  const empty = [];
  const emptyPaint = [];
  const offline = [];
  let resources = [];
  let precache = { files: 0, raw: 0 };
  const RUNS = Number(process.env.BENCH_PAGE_RUNS || 15);
  for (let i = 0; i < RUNS + 2; i++) {
    for (const kind of ['empty', 'floor', 'page', 'offline']) {
      const ctx = await browser.newContext({ serviceWorkers: kind === 'offline' ? 'allow' : 'block' });
      const p = await ctx.newPage();
      if (kind === 'offline') {
        // Installed once online (service worker active, everything precached), then a new start
        // in a fresh tab with the network off: everything comes from the service worker's cache.
        await p.goto(pageUrl);
        await p.waitForSelector('body[data-ready]');
        await p.evaluate(() => navigator.serviceWorker.ready);
        precache = await p.evaluate(async () => {
          const c = await caches.open((await caches.keys()).find((n) => n.startsWith('tirkeu-')));
          let raw = 0;
          const keys = await c.keys();
          for (const k of keys) raw += (await (await c.match(k)).arrayBuffer()).byteLength;
          return { files: keys.length, raw };
        });
        await p.close();
        await ctx.setOffline(true);
        const q = await ctx.newPage();
        await q.goto(pageUrl);
        await q.waitForSelector('body[data-ready]');
        const ms = await q.evaluate(() => performance.getEntriesByName('tirkeu:first-result')[0].startTime);
        if (!(await q.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('offline start not served by the service worker');
        if (i >= 2) offline.push(ms);
      } else if (kind === 'empty') {
        await p.goto(emptyUrl, { waitUntil: 'load' });
        const [ms, fcp] = await p.evaluate(() => new Promise((done) => {
          // the paint may come after the load event: wait for its entry
          new PerformanceObserver((list, obs) => {
            const e = list.getEntriesByName('first-contentful-paint')[0];
            if (e) { obs.disconnect(); done([performance.getEntriesByType('navigation')[0].loadEventEnd, e.startTime]); }
          }).observe({ type: 'paint', buffered: true });
        }));
        if (i >= 2) { empty.push(ms); emptyPaint.push(fcp); }
      } else if (kind === 'floor') {
        await p.goto(floorUrl);
        await p.waitForSelector('body[data-ready]');
        const ms = await p.evaluate(() => performance.getEntriesByName('tirkeu:first-result')[0].startTime);
        if (i >= 2) floor.push(ms);
      } else {
        await p.goto(pageUrl);
        await p.waitForSelector('body[data-ready]');
        const [ms, shown] = await p.evaluate(() => ['tirkeu:first-result', 'tirkeu:first-result-painted'].map((n) => performance.getEntriesByName(n)[0].startTime));
        if (i >= 2) { first.push(ms); painted.push(shown); }
        resources = await p.evaluate(() => [location.pathname, ...performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname)]);
      }
      await ctx.close();
    }
  }
  await browser.close();
  pageServer.close();
  emptyServer.close();
  floorServer.close();
  const www = new URL('../www/', import.meta.url);
  let raw = 0;
  let gzipTotal = 0;
  const files = [...new Set(resources.map((r) => (r.endsWith('/') ? `${r}index.html` : r)))];
  for (const f of files) {
    const b = read(new URL(`.${f}`, www));
    raw += b.length;
    gzipTotal += gzipSync(b, { level: 9 }).length;
  }
  const med = (xs) => stats(xs).median;
  console.log(`page start    first result ${med(first).toFixed(1)} ms vs empty page load ${med(empty).toFixed(1)} ms (medians of ${RUNS}, Chromium, cold cache): ratio ${(med(first) / med(empty)).toFixed(2)}× (target ≤ 2×)`);
  console.log(`page offline  first result ${med(offline).toFixed(1)} ms offline, served by the service worker (installed, network off, new tab) vs ${med(first).toFixed(1)} ms online cold (medians of ${RUNS}, same run): ratio ${(med(offline) / med(first)).toFixed(2)}×; precache ${precache.files} files, ${precache.raw} B`);
  console.log(`page painted  first result on screen (the frame after it, tirkeu:first-result-painted) ${med(painted).toFixed(1)} ms vs empty page first contentful paint ${med(emptyPaint).toFixed(1)} ms: ratio ${(med(painted) / med(emptyPaint)).toFixed(2)}×`);
  console.log(`page floor    a bare page that only loads the core wasm, evaluates and writes one line: ${med(floor).toFixed(1)} ms, ratio ${(med(floor) / med(empty)).toFixed(2)}× the empty page; the page's first result is ${(med(first) / med(floor)).toFixed(2)}× this floor`);
  console.log(`page size     ${files.length} files, ${raw} B raw, ${gzipTotal} B gzip (${(gzipTotal / 1024).toFixed(1)} KB; budget < 300 KB)`);
  if (process.env.BENCH_JSON) console.log(JSON.stringify({ page: { firstResultMs: med(first), firstResultPaintedMs: med(painted), emptyFirstPaintMs: med(emptyPaint), offlineFirstResultMs: med(offline), precacheBytes: precache.raw, precacheFiles: precache.files, emptyLoadMs: med(empty), floorMs: med(floor), ratio: med(first) / med(empty), files: files.length, raw, gzip: gzipTotal } }));
}

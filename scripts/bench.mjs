// npm run bench: the figures of issue 11 from one run.
//
// 1. Sizes: each wasm package raw and gzip -9 (the engine wasm is www/pkg-core's).
// 2. In Node: `evaluate` against `JSON.parse` of its own answer (the answer JSON.stringify'd,
//    parsed the same number of times in interleaved batches), for 0, 10, 12, 100 and 500 earlier
//    trips: the ratio, and how the time grows with the trips (linear: the cost per trip from 10
//    to 100 and from 100 to 500 should be alike). `noop` and `echo` (the argument read into Rust
//    and written back) give the crossing's own cost.
// 3. In Chromium: the time to the first answer, in-page (performance marks), a fresh browser
//    context for each load, pages interleaved round by round, on loopback and on a simulated
//    phone (CDP: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower), for
//    - the page (mark `tirkeu:first-result`, set when the first assessment is shown),
//    - an empty static page (its load event),
//    - a floor page that only loads the core wasm, evaluates and writes one line,
//    - the official EU short-stay calculator, if its page is found in
//      ../shared/fixtures/eu-calculator/ (or TIRKEU_EU_DIR): calculator.htm and its own assets,
//      served with jQuery 1.12.4 minified from npm (a dev dependency), with a small script added
//      that fills the date and presses Calculate as soon as the page has loaded; its first
//      answer is when the result appears. Its files are compressed like ours (gzip -9, brotli).
//    and the bytes fetched before the first answer (the sum of the transfer sizes of the
//    document and every resource finished by then, as `npm start`'s server sends them:
//    precompressed .br/.gz with Content-Encoding).
// BENCH_RUNS (default 10) loopback rounds, BENCH_PHONE_RUNS (default 6) phone rounds;
// BENCH_BASE=dir measures an older build's www/ side by side; BENCH_JSON=1 adds one JSON line.
import { readFileSync, existsSync, mkdtempSync, writeFileSync, cpSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { load, wasmFile } from '../tests/js/load.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const gz = (b) => gzipSync(b, { level: 9 }).length;
const KB = (b) => `${(b / 1024).toFixed(1)} KB`;
const out = { sizes: {}, evaluate: {}, page: {} };

// ---- 1. sizes
console.log('tirkeu bench (issue 11 figures, one run)');
for (const [w, what] of [['core', 'the engine: what the page starts with (www/pkg-core)'], ['form', 'the form and its PDF, loaded on use (www/pkg-form)'], ['full', 'everything, the documented package (www/pkg)']]) {
  const b = readFileSync(wasmFile(w));
  out.sizes[w] = { raw: b.length, gzip: gz(b) };
  console.log(`wasm ${w.padEnd(5)}  ${String(b.length).padStart(7)} B raw, ${String(gz(b)).padStart(6)} B gzip (${KB(gz(b))})  ${what}`);
}
console.log(`engine wasm    ${KB(out.sizes.core.gzip)} gzip (target ≤ 60 KB)`);

// ---- 2. evaluate vs JSON.parse, and trips
const t = await load('', 'core');
// The core module embeds no catalog: the page gives it its language's (www/locales, npm run build).
t.loadCatalog('en', readFileSync(join(root, 'www/locales/en.ftl'), 'utf8'));
function scenario(n) {
  // n one-day trips, three days apart, ending before the entry: no overlap, all in range.
  const trips = [];
  const end = Date.UTC(2026, 2, 1);
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(end - (i * 3 + 1) * 86400000).toISOString().slice(0, 10);
    trips.push({ entryDate: d, exitDate: d });
  }
  return {
    destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20',
    birthDate: '1990-05-01', passport: 'ordinary', visa: 'none', accommodation: 'private', trips,
  };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
/** Interleaved batches of each function: the time of one call in the fastest batch, in µs (the
 *  minimum, not the median: on a shared machine other processes only ever add time). */
function race(fns, rounds, k) {
  const times = fns.map(() => []);
  for (const fn of fns) for (let i = 0; i < 200; i++) fn(); // warm up: Liftoff → TurboFan
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, j) => {
      const t0 = performance.now();
      for (let i = 0; i < k; i++) fn();
      times[j].push(((performance.now() - t0) / k) * 1000);
    });
  }
  return times.map((xs) => Math.min(...xs));
}
const us = (x) => `${x.toFixed(1)} µs`;
// BENCH_BASE_CORE=dir (an older build's www/pkg-core, with its tirkeu_core.js patched): its
// evaluate races in the same batches, so before and after compare within one run.
let baseCore = null;
if (process.env.BENCH_BASE_CORE) {
  const dir = process.env.BENCH_BASE_CORE.replace(/\/?$/, '/');
  baseCore = await import(`file://${dir}tirkeu_core.js?base`);
  baseCore.initSync({ module: readFileSync(`${dir}tirkeu_core_bg.wasm`) });
  baseCore.loadCatalog?.('en', readFileSync(join(root, 'www/locales/en.ftl'), 'utf8'));
}
const rows = [];
for (const n of [0, 10, 12, 100, 500]) {
  const s = scenario(n);
  const text = JSON.stringify(t.evaluate(s));
  const k = n >= 100 ? 10 : 40;
  const [ev, parse, evBase] = race([() => t.evaluate(s), () => JSON.parse(text), ...(baseCore ? [() => baseCore.evaluate(s)] : [])], 40, k);
  rows.push({ trips: n, evaluate: ev, parse, ratio: ev / parse, bytes: text.length, ...(baseCore ? { base: evBase, baseRatio: evBase / parse } : {}) });
}
const s12 = scenario(12);
const [noop, echo] = race([() => t.noop(s12), () => t.echo(s12)], 40, 40);
console.log('evaluate vs JSON.parse of its own answer (fastest of 40 interleaved batches, Node):');
for (const r of rows) console.log(`  ${String(r.trips).padStart(3)} trips  evaluate ${us(r.evaluate).padStart(10)}  JSON.parse ${us(r.parse).padStart(9)} (${String(r.bytes).padStart(6)} B)  ratio ${r.ratio.toFixed(2)}× (target ≤ 1.5×)${baseCore ? `; BENCH_BASE_CORE ${us(r.base)}, ${r.baseRatio.toFixed(2)}×` : ''}`);
const by = Object.fromEntries(rows.map((r) => [r.trips, r.evaluate]));
const per = (a, b) => (by[b] - by[a]) / (b - a);
console.log(`  growth: ${us(per(10, 100))} per trip from 10 to 100, ${us(per(100, 500))} from 100 to 500 (linear: alike); 500 trips / 0 trips = ${(by[500] / by[0]).toFixed(2)}×, 100 / 10 = ${(by[100] / by[10]).toFixed(2)}×`);
console.log(`  crossing: noop ${us(noop)}, echo ${us(echo)} (12 trips read into Rust and written back)`);
out.evaluate = { rows, perTrip: { '10-100': per(10, 100), '100-500': per(100, 500) }, noop, echo };

// ---- 3. the page in Chromium
const { startServer } = await import('./serve.mjs');
const { launch } = await import('../tests/e2e/browser.mjs');
const tmp = (p) => mkdtempSync(join(tmpdir(), p));

function compressDir(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { compressDir(p); continue; }
    if (!['.html', '.js', '.css', '.wasm', '.ftl'].includes(extname(p))) continue;
    const b = readFileSync(p);
    writeFileSync(`${p}.gz`, gzipSync(b, { level: 9 }));
    writeFileSync(`${p}.br`, brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

const emptyDir = tmp('tirkeu-empty-');
writeFileSync(join(emptyDir, 'index.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>empty</title><link rel="icon" href="data:,"><p>empty</p>');
const floorDir = tmp('tirkeu-floor-');
cpSync(join(root, 'www/pkg-core'), join(floorDir, 'pkg-core'), { recursive: true });
writeFileSync(join(floorDir, 'index.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title><link rel="icon" href="data:,"><link rel="preload" href="pkg-core/tirkeu_core_bg.wasm" as="fetch" type="application/wasm" crossorigin><script type="module" src="floor.js"></script><p id="out">…</p>');
// The core module embeds no catalog: the floor fetches English alongside the wasm, as the page does.
cpSync(join(root, 'www/locales/en.ftl'), join(floorDir, 'en.ftl'));
writeFileSync(join(floorDir, 'floor.js'), `import init, { evaluate, loadCatalog } from './pkg-core/tirkeu_core.js';
const ftl = fetch('en.ftl').then((r) => r.text());
await init();
loadCatalog('en', await ftl);
const a = evaluate({ destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private', trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }], lang: 'en' });
document.getElementById('out').textContent = a.obligations.map((o) => o.title + ': ' + o.dueDate).join('; ');
performance.mark('tirkeu:first-result');
document.body.dataset.ready = 'true';
`);
compressDir(floorDir);

// The EU calculator, if its page is here (it cannot be committed: see the README, Measuring).
const euSrc = process.env.TIRKEU_EU_DIR || join(root, '../shared/fixtures/eu-calculator');
let euDir = null;
if (existsSync(join(euSrc, 'calculator.htm'))) {
  euDir = tmp('tirkeu-eu-');
  cpSync(euSrc, euDir, { recursive: true });
  writeFileSync(join(euDir, 'jquery.js'), readFileSync(join(root, 'node_modules/jquery/dist/jquery.min.js')));
  // Fills the date of entry (DD/MM/YY) and presses Calculate as soon as the page has loaded (after
  // its own onload set-up); the first answer is when the report area changes.
  writeFileSync(join(euDir, 'bench-drive.js'), `addEventListener('load', () => {
  const report = document.getElementById('report');
  const before = report.textContent;
  const done = () => { if (report.textContent !== before && !document.body.dataset.ready) { performance.mark('tirkeu:first-result'); document.body.dataset.ready = 'true'; } };
  new MutationObserver(done).observe(report, { childList: true, subtree: true, characterData: true });
  document.getElementById('TxtField').value = '06/03/26';
  document.getElementById('cmdCalculate').click();
  done();
});
`);
  const html = readFileSync(join(euDir, 'calculator.htm'), 'utf8');
  const driven = html.includes('</body>') ? html.replace('</body>', '<script src="bench-drive.js"></script></body>') : `${html}<script src="bench-drive.js"></script>`;
  writeFileSync(join(euDir, 'calculator.html'), driven); // (.html: the server's type for it)
  compressDir(euDir);
}

const servers = [];
async function serveDir(dir) { const s = await startServer({ port: 0, dir }); servers.push(s); return `http://127.0.0.1:${s.address().port}/`; }
const base = await serveDir(join(root, 'www'));
const HASH = '#destination=KZ&citizenship=DE&entryDate=2026-03-06&exitDate=2026-04-20&accommodation=private&trips=2025-11-01..2025-11-20&lang=en';
const KINDS = {
  page: { url: `${base}${HASH}`, mark: true },
  // BENCH_BASE=path/to/an/older/build's/www: that page too, side by side (an A/B in one run).
  ...(process.env.BENCH_BASE ? { before: { url: `${await serveDir(process.env.BENCH_BASE)}${HASH}`, mark: true } } : {}),
  empty: { url: await serveDir(emptyDir), mark: false },
  floor: { url: await serveDir(floorDir), mark: true },
  ...(euDir ? { eu: { url: `${await serveDir(euDir)}calculator.html?lang=en`, mark: true, bypassCSP: true } } : {}),
};
const PHONE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** One cold load in a fresh context: { ms, bytes, files, encodings }. */
async function once(browser, kind, phone) {
  const k = KINDS[kind];
  const ctx = await browser.newContext({ serviceWorkers: 'block', bypassCSP: !!k.bypassCSP });
  const p = await ctx.newPage();
  const encodings = new Set();
  p.on('response', (r) => { const e = r.headers()['content-encoding']; if (e) encodings.add(e); });
  if (phone) {
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PHONE });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await p.goto(k.url, { waitUntil: k.mark ? 'commit' : 'load', timeout: 60000 });
  if (k.mark) await p.waitForSelector('body[data-ready]', { timeout: 60000 });
  const r = await p.evaluate(async (mark) => {
    const nav = performance.getEntriesByType('navigation')[0];
    let at;
    if (mark) at = performance.getEntriesByName('tirkeu:first-result')[0].startTime;
    else {
      while (!nav.loadEventEnd) await new Promise((d) => setTimeout(d, 5));
      at = nav.loadEventEnd;
    }
    const res = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= at);
    return { ms: at, bytes: nav.transferSize + res.reduce((s, e) => s + e.transferSize, 0), files: 1 + res.length };
  }, k.mark);
  await ctx.close();
  return { ...r, encodings: [...encodings] };
}

const browser = await launch();
const results = {};
for (const [net, runs] of [['loopback', Number(process.env.BENCH_RUNS || 10)], ['phone', Number(process.env.BENCH_PHONE_RUNS || 6)]]) {
  const r = (results[net] = Object.fromEntries(Object.keys(KINDS).map((k) => [k, []])));
  for (let i = 0; i < runs + 1; i++) {
    for (const kind of Object.keys(KINDS)) {
      const x = await once(browser, kind, net === 'phone');
      if (i > 0) r[kind].push(x); // the first round warms the browser and the disk cache
    }
  }
}
await browser.close();
for (const s of servers) s.close();

const summary = (xs) => ({ ms: median(xs.map((x) => x.ms)), bytes: median(xs.map((x) => x.bytes)), files: median(xs.map((x) => x.files)), encodings: [...new Set(xs.flatMap((x) => x.encodings))] });
for (const net of ['loopback', 'phone']) {
  const m = Object.fromEntries(Object.entries(results[net]).map(([k, xs]) => [k, summary(xs)]));
  out.page[net] = m;
  const label = net === 'loopback' ? 'loopback' : 'phone: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4×';
  const n = results[net].page.length;
  console.log(`first answer, ${label} (medians of ${n} cold loads, fresh context each, interleaved):`);
  const target = net === 'loopback' ? 0.75 : 0.8;
  const eu = m.eu ? ` = ${(m.page.ms / m.eu.ms).toFixed(2)}× the EU calculator's ${m.eu.ms.toFixed(0)} ms (target ≤ ${target}×)` : '';
  console.log(`  page   ${m.page.ms.toFixed(0).padStart(5)} ms = ${(m.page.ms / m.empty.ms).toFixed(2)}× the empty page's load ${m.empty.ms.toFixed(0)} ms${eu}`);
  if (m.before) console.log(`  before ${m.before.ms.toFixed(0).padStart(5)} ms (BENCH_BASE, the same page from an older build) = ${(m.before.ms / m.empty.ms).toFixed(2)}× the empty page${m.eu ? `, ${(m.before.ms / m.eu.ms).toFixed(2)}× the EU calculator` : ''}; ${KB(m.before.bytes)} before its first answer`);
  console.log(`  floor  ${m.floor.ms.toFixed(0).padStart(5)} ms (only the core wasm, one evaluate, one line) = ${(m.floor.ms / m.empty.ms).toFixed(2)}× the empty page`);
  if (m.eu) console.log(`  EU     ${m.eu.ms.toFixed(0).padStart(5)} ms (jQuery 1.12.4 page, date filled and Calculate pressed at load) = ${(m.eu.ms / m.empty.ms).toFixed(2)}× the empty page`);
  if (net === 'loopback') {
    console.log(`bytes before the first answer: page ${KB(m.page.bytes)} in ${m.page.files} files (sent as ${m.page.encodings.join('/') || 'identity'}; target ≤ 80 KB)${m.eu ? `; EU calculator ${KB(m.eu.bytes)} in ${m.eu.files} files` : ''}; empty page ${KB(m.empty.bytes)}`);
  }
}
if (!euDir) console.log('EU calculator: not available (place its page in ../shared/fixtures/eu-calculator/)');
if (process.env.BENCH_JSON) console.log(JSON.stringify(out));

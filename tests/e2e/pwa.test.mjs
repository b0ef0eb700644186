// The installable, offline page (docs/pwa.md): the manifest and its icons; the service worker
// precaches everything, and a second start with the network off computes the same due date,
// makes the PDF and the .ics, every response coming from the service worker; a new build shows
// the "new version" notice, whose button switches to it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { launch, serve, fragment, nodeEngine } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { render, ICONS } from '../../tools/make-icons.mjs';
import { generate } from '../../scripts/sw-manifest.mjs';

const www = new URL('../../www/', import.meta.url);
const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

const scenario = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private' };

/** A context that allows service workers, and a page that records problems and responses. */
async function installed(base, hash = fragment(scenario)) {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'allow' });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  page.on('pageerror', (e) => page.problems.push(String(e)));
  await page.goto(`${base}${hash}`);
  await page.waitForSelector('body[data-ready]');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null); // clients.claim()
  return { context, page };
}

test('the manifest: fields, colours of the page, icons that exist at their sizes; Chromium finds it installable', async () => {
  const m = JSON.parse(readFileSync(new URL('manifest.webmanifest', www), 'utf8'));
  assert.match(m.name, /tirkeu/);
  assert.equal(m.short_name, 'tirkeu');
  assert.ok(m.description.length > 20);
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
  assert.equal(m.display, 'standalone');
  const css = readFileSync(new URL('style.css', www), 'utf8');
  assert.equal(m.theme_color, css.match(/--accent:\s*(#[0-9a-f]{6})/i)[1], 'theme_color is the page accent');
  assert.match(css, /body \{[^}]*background: #fff;/);
  assert.equal(m.background_color, '#ffffff', 'background_color is the page background');
  const want = [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']];
  for (const [sizes, purpose] of want) assert.ok(m.icons.some((i) => i.sizes === sizes && i.purpose === purpose && i.type === 'image/png'), `${sizes} ${purpose}`);
  for (const icon of m.icons) {
    const res = await fetch(new URL(icon.src, url));
    assert.equal(res.status, 200, icon.src);
    assert.equal(res.headers.get('content-type'), icon.type, icon.src);
    if (icon.type === 'image/png') {
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      assert.equal(`${meta.width}x${meta.height}`, icon.sizes, icon.src);
    }
  }
  const html = readFileSync(new URL('index.html', www), 'utf8');
  assert.match(html, /<link rel="manifest" href="manifest\.webmanifest">/);
  assert.match(html, new RegExp(`<meta name="theme-color" content="${m.theme_color}">`));
  assert.match(html, /<link rel="apple-touch-icon" href="icons\/icon-192\.png">/);
  assert.match(html, /manifest-src 'self'; worker-src 'self'/, 'the meta CSP allows the manifest and the worker');

  // Chromium's own reading of it, under the page's CSP.
  const { context, page } = await installed(url);
  const cdp = await context.newCDPSession(page);
  const got = await cdp.send('Page.getAppManifest');
  assert.deepEqual(got.errors, [], 'the manifest parses without errors');
  assert.equal(JSON.parse(got.data).short_name, 'tirkeu');
  const inst = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(inst.installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), [], 'installable');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the icons are the output of tools/make-icons.mjs from www/icons/icon.svg', async () => {
  const fresh = await render();
  for (const { file, size } of ICONS) {
    const committed = readFileSync(new URL(`icons/${file}`, www));
    assert.ok(committed.equals(fresh[file]), `www/icons/${file} is stale: run npm run icons`);
    const meta = await sharp(committed).metadata();
    assert.deepEqual([meta.width, meta.height, meta.format], [size, size, 'png']);
  }
});

test('www/sw-assets.js lists every asset with its current hash', () => {
  assert.equal(readFileSync(new URL('sw-assets.js', www), 'utf8'), generate(), 'run npm run build');
});

test('offline: the second start is served by the service worker and computes, the PDF and the .ics download', async () => {
  const { context, page } = await installed(url);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const c = await caches.open(names.find((n) => n.startsWith('tirkeu-')));
    return { names, keys: (await c.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(cached.names.length, 1);
  for (const f of ['/index.html', '/js/app.bundle.js', '/pkg-core/tirkeu_core_bg.wasm', '/pkg-form/tirkeu_form_bg.wasm', '/manifest.webmanifest']) assert.ok(cached.keys.includes(f), f);

  // setOffline reaches the service worker's own fetches too in this Playwright (it historically
  // did not; the fetch of a file that is not precached, below, fails, which shows it does).
  await context.setOffline(true);
  const responses = [];
  page.on('response', (r) => responses.push({ path: new URL(r.url()).pathname, sw: r.fromServiceWorker(), status: r.status() }));
  await page.reload();
  await page.waitForSelector('body[data-ready]');

  const { evaluate } = await nodeEngine();
  const want = evaluate(scenario).obligations[0].dueDate;
  assert.equal(await page.locator('.obligation .due time').first().getAttribute('datetime'), want);
  for (const p of ['/', '/js/app.bundle.js', '/pkg-core/tirkeu_core_bg.wasm', '/pkg-form/tirkeu_form_bg.wasm']) {
    const r = responses.find((x) => x.path === p);
    assert.ok(r, `${p} was loaded`);
    assert.ok(r.sw && r.status === 200, `${p} came from the service worker`);
  }
  assert.ok(responses.every((r) => r.sw), `every response from the service worker: ${JSON.stringify(responses.filter((r) => !r.sw))}`);
  // Anything not precached really goes to the (absent) network.
  assert.equal(await page.evaluate(() => fetch('not-precached.txt').then(() => 'fetched', () => 'failed')), 'failed');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('#pdf')]);
  assert.equal(readFileSync(await pdf.path()).subarray(0, 5).toString(), '%PDF-');
  const [ics] = await Promise.all([page.waitForEvent('download'), page.click('#ics')]);
  const cal = readFileSync(await ics.path(), 'utf8');
  assert.match(cal, /^BEGIN:VCALENDAR/);
  assert.match(cal, new RegExp(`DTSTART;VALUE=DATE:${want.replaceAll('-', '')}`));
  assert.deepEqual(page.problems.filter((p) => !/not-precached|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  await context.close();
});

// ---- updates (docs/pwa.md "Updates") -------------------------------------------------------
// Each test serves its own copy of www/ and makes "builds" from it: a build's marker goes into the
// stylesheet (a custom property), the core module's JS glue (a global) and its wasm (a custom
// section, which changes the bytes but not the module), then sw-assets.js is generated for the
// copy exactly as `npm run build` does.

/** A copy of www/ (without the unused full package) served on its own port. */
async function copyOfWww() {
  const dir = mkdtempSync(join(tmpdir(), 'tirkeu-pwa-'));
  cpSync(www, dir, { recursive: true, filter: (src) => !src.includes('/pkg/') });
  const server = await startServer({ port: 0, dir });
  const pristine = Object.fromEntries([CSS, GLUE, WASM].map((f) => [f, readFileSync(join(dir, f))]));
  return { dir, server, pristine, base: `http://127.0.0.1:${server.address().port}/`, close: () => { server.close(); rmSync(dir, { recursive: true, force: true }); } };
}
const CSS = 'style.css';
const GLUE = 'pkg-core/tirkeu_core.js';
const WASM = 'pkg-core/tirkeu_core_bg.wasm';
const leb = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return Buffer.from(out); };
/** The files of build `tag` (8 characters): the pristine ones, each with the marker. */
function buildFiles(copy, tag) {
  const name = Buffer.from('tirkeu-build');
  const section = Buffer.concat([leb(name.length), name, Buffer.from(tag)]);
  return {
    [CSS]: Buffer.concat([copy.pristine[CSS], Buffer.from(`\n:root { --build: "${tag}"; }\n`)]),
    [GLUE]: Buffer.concat([copy.pristine[GLUE], Buffer.from(`\nglobalThis.tirkeuGlue = "${tag}";\n`)]),
    [WASM]: Buffer.concat([copy.pristine[WASM], Buffer.from([0]), leb(section.length), section]),
  };
}
/** Writes files into the copy; `list` (default: the same files) is what sw-assets.js is made from. */
function deploy(copy, files, list = files) {
  for (const [f, b] of Object.entries(list)) writeFileSync(join(copy.dir, f), b);
  writeFileSync(join(copy.dir, 'sw-assets.js'), generate(pathToFileURL(`${copy.dir}/`)));
  for (const [f, b] of Object.entries(files)) {
    if (b === null) rmSync(join(copy.dir, f), { force: true });
    else writeFileSync(join(copy.dir, f), b);
  }
  return readFileSync(join(copy.dir, 'sw-assets.js'), 'utf8').match(/self\.VERSION = "(\w+)"/)[1];
}
/** Which build the page runs: the stylesheet's, the JS glue's and the wasm's markers. */
const running = (page) => page.evaluate(async () => {
  const wasm = new Uint8Array(await (await fetch('pkg-core/tirkeu_core_bg.wasm')).arrayBuffer());
  return {
    css: getComputedStyle(document.documentElement).getPropertyValue('--build').trim().replaceAll('"', ''),
    glue: globalThis.tirkeuGlue,
    wasm: new TextDecoder().decode(wasm.slice(-8)),
  };
});
const build = (tag) => ({ css: tag, glue: tag, wasm: tag });
/** Asks the browser to check for an update; resolves with the new worker's final state, or 'none'. */
const checkUpdate = (page) => page.evaluate(async () => {
  const reg = await navigator.serviceWorker.getRegistration();
  const found = new Promise((ok) => reg.addEventListener('updatefound', () => ok(reg.installing), { once: true }));
  await reg.update().catch(() => {});
  const w = await Promise.race([found, new Promise((ok) => setTimeout(() => ok(null), 5000))]);
  if (!w) return 'none';
  if (w.state === 'installing') await new Promise((ok) => w.addEventListener('statechange', () => { if (w.state !== 'installing') ok(); }));
  return w.state;
});
const dueDate = (page) => page.locator('.obligation .due time').first().getAttribute('datetime');
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a new build: the page offers "a new version is ready", in its language, and the button switches to it', async () => {
  const copy = await copyOfWww();
  try {
    const { context, page } = await installed(copy.base, fragment(scenario, 'kk'));
    const before = await page.evaluate(() => caches.keys());
    assert.ok(await page.locator('#sw-update').isHidden());
    // A "new build": the stylesheet changes, so its hash and the version do.
    const next = deploy(copy, { [CSS]: Buffer.concat([copy.pristine[CSS], Buffer.from('\n/* next build */\n')]) });
    assert.equal(await checkUpdate(page), 'installed');
    const notice = page.locator('#sw-update');
    await notice.waitFor();
    assert.match(await notice.innerText(), new RegExp(esc(strings('kk')('ui-sw-update'))));
    await Promise.all([page.waitForEvent('framenavigated'), notice.getByRole('button', { name: strings('kk')('ui-sw-reload') }).click()]);
    await page.waitForSelector('body[data-ready]');
    const after = await page.evaluate(() => caches.keys());
    assert.deepEqual(after, [`tirkeu-${next}`], 'only the new cache is left');
    assert.notDeepEqual(after, before);
    assert.ok(await page.locator('#sw-update').isHidden());
    assert.match(await page.evaluate(() => [...document.styleSheets].map((s) => [...s.cssRules].length).join()), /\d/);
    assert.deepEqual(page.problems, []);
    await context.close();
  } finally {
    copy.close();
  }
});

test('updates are atomic: a deploy caught half-way (new list, old or missing wasm) is not installed; the old build keeps working online and offline; the finished deploy is offered', async () => {
  const copy = await copyOfWww();
  try {
    const A = buildFiles(copy, 'build--A');
    const B = buildFiles(copy, 'build--B');
    const versionA = deploy(copy, A);
    const { context, page } = await installed(copy.base);
    assert.deepEqual(await running(page), build('build--A'));
    const { evaluate } = await nodeEngine();
    const want = evaluate(scenario).obligations[0].dueDate;

    // 1. The server changed mid-deploy: B's list, B's stylesheet and glue, but A's wasm.
    deploy(copy, { ...B, [WASM]: A[WASM] }, B);
    assert.equal(await checkUpdate(page), 'redundant', 'the install failed');
    // 2. Then B's list with no wasm at all (404).
    deploy(copy, { ...B, [WASM]: null }, B);
    assert.equal(await checkUpdate(page), 'redundant', 'the install failed');
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: !!reg.waiting, installing: !!reg.installing, caches: await caches.keys() };
    });
    assert.deepEqual(state, { waiting: false, installing: false, caches: [`tirkeu-${versionA}`] }, 'nothing of B was kept');
    assert.ok(await page.locator('#sw-update').isHidden(), 'no notice for a build that is not complete');

    // Build A, whole, online (the server now has B's glue and stylesheet) and offline.
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      const responses = [];
      const onResponse = (r) => responses.push({ path: new URL(r.url()).pathname, sw: r.fromServiceWorker() });
      page.on('response', onResponse);
      await page.reload();
      await page.waitForSelector('body[data-ready]');
      page.off('response', onResponse);
      assert.equal(await dueDate(page), want, offline ? 'offline' : 'online');
      assert.deepEqual(await running(page), build('build--A'), offline ? 'offline' : 'online');
      for (const p of ['/', '/style.css', '/js/app.bundle.js', '/pkg-core/tirkeu_core.js', '/pkg-core/tirkeu_core_bg.wasm']) {
        assert.ok(responses.some((r) => r.path === p && r.sw), `${p} from the service worker (${offline ? 'offline' : 'online'})`);
      }
    }
    await context.setOffline(false);

    // 3. The deploy is complete: the next visit finds B, installs it and offers it.
    const versionB = deploy(copy, B);
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    assert.deepEqual(await running(page), build('build--A'), 'still A until the switch');
    const notice = page.locator('#sw-update');
    await notice.waitFor();
    assert.match(await notice.innerText(), /A new version of tirkeu is ready/);
    await Promise.all([page.waitForEvent('framenavigated'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForSelector('body[data-ready]');
    assert.deepEqual(await running(page), build('build--B'));
    assert.equal(await dueDate(page), want);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`tirkeu-${versionB}`]);
    assert.deepEqual(page.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
    await context.close();
  } finally {
    copy.close();
  }
});

test('a build whose wasm cannot load still shows "a new version is ready" for the next build, in the page\'s language', async () => {
  const copy = await copyOfWww();
  try {
    // Build X ships a wasm that is not WebAssembly (its list matches it: the build itself is bad).
    deploy(copy, { [WASM]: Buffer.from('this is not a wasm module') });
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${copy.base}${fragment(scenario, 'ru')}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.equal(await page.locator('body[data-ready]').count(), 0, 'the engine did not start');
    assert.equal(await page.locator('.obligation').count(), 0);
    assert.ok(errors.some((e) => /WebAssembly|wasm|magic/i.test(e)), errors.join('\n'));

    // The fix is deployed; the visitor opens the page again (still build X, from the cache).
    const fixed = deploy(copy, { [WASM]: copy.pristine[WASM] });
    await page.reload();
    const notice = page.locator('#sw-update');
    await notice.waitFor();
    assert.match(await notice.innerText(), new RegExp(esc(strings('ru')('ui-sw-update'))));
    await Promise.all([page.waitForEvent('framenavigated'), notice.getByRole('button', { name: strings('ru')('ui-sw-reload') }).click()]);
    await page.waitForSelector('body[data-ready]');
    const { evaluate } = await nodeEngine();
    assert.equal(await dueDate(page), evaluate(scenario).obligations[0].dueDate);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`tirkeu-${fixed}`]);
    await context.close();
  } finally {
    copy.close();
  }
});

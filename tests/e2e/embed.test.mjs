import { readFileSync } from 'node:fs';
// Embedding: the <tirkeu-calculator> custom element (www/embed.js) and the iframe (www/frame.html)
// on a deliberately hostile demo host page (www/demo/), from a sub-path and from another origin.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve, open, ARTIFACTS } from './browser.mjs';
import { load } from '../js/load.mjs';
import { DESTINATIONS } from '../../scripts/catalogs.mjs';

const WWW = resolve(fileURLToPath(new URL('../../www/', import.meta.url)));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm' };
const SCENARIO = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private', visa: 'none' };

// A host page whose scripts replace built-ins before the widget loads (as broken polyfills and
// old libraries do): each replacement throws, and counts the calls that come from the widget's
// files. The page also listens for the widget's events.
const HOSTILE = `(() => {
  const log = document.getElementById('log');
  const bad = (name) => function () {
    if (/widgets\\/tirkeu\\//.test(String(new Error().stack))) log.dataset.widgetCalls = String(Number(log.dataset.widgetCalls) + 1) + ' ' + name;
    throw new Error('hostile ' + name);
  };
  Object.entries = bad('Object.entries');
  JSON.parse = bad('JSON.parse');
  JSON.stringify = bad('JSON.stringify');
  Array.prototype.map = bad('map');
  Array.prototype.forEach = bad('forEach');
  Array.prototype.push = bad('push');
  // and setters that throw on keys of the answer (the widget itself never assigns them)
  for (const k of ['obligations', 'dueDate', 'lastDay', 'sources']) Object.defineProperty(Object.prototype, k, { set: bad('set ' + k), configurable: true });
  document.addEventListener('tirkeu-result', (e) => { document.getElementById('echo').textContent = 'due ' + e.detail.obligations[0].dueDate; });
  document.addEventListener('tirkeu-engine-restart', () => { log.dataset.restarts = 'yes'; });
})();`;

// A second origin: a travel site that serves www/ under /widgets/tirkeu/ (a sub-path), and host
// pages using either its own copy or the widget from the first origin.
function hostServer(widgetOrigin) {
  const page = (body, csp) => ({ body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body>${body}</body></html>`, csp });
  const server = createServer(async (req, res) => {
    const u = new URL(req.url, 'http://host');
    const prefix = '/widgets/tirkeu/';
    if (u.pathname.startsWith(prefix)) {
      const file = normalize(join(WWW, decodeURIComponent(u.pathname.slice(prefix.length))));
      const st = await stat(file).catch(() => null);
      if (!file.startsWith(WWW) || !st?.isFile()) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' }).end(await readFile(file));
      return;
    }
    let p;
    if (u.pathname === '/sub.html') {
      p = page('<tirkeu-calculator id="tk" lang="ru"></tirkeu-calculator><script type="module" src="/widgets/tirkeu/embed.js"></script>',
        "default-src 'none'; img-src data:; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'");
    } else if (u.pathname === '/cross.html') {
      const parent = u.searchParams.get('parent');
      p = page(`<tirkeu-calculator id="tk" lang="zh"></tirkeu-calculator><script type="module" src="${widgetOrigin}/embed.js"></script>
        <iframe id="f" src="${widgetOrigin}/frame.html?parent=${encodeURIComponent(parent)}&amp;lang=en"></iframe>`,
        `default-src 'none'; img-src data:; script-src ${widgetOrigin} 'wasm-unsafe-eval'; connect-src ${widgetOrigin}; frame-src ${widgetOrigin}`);
    } else if (u.pathname === '/hostile.html') {
      p = page('<p id="echo"></p><p id="log" data-widget-calls="0"></p><script src="/hostile.js"></script><tirkeu-calculator id="tk" lang="en"></tirkeu-calculator><script type="module" src="/widgets/tirkeu/embed.js"></script>',
        "default-src 'none'; img-src data:; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'");
    } else if (u.pathname === '/hostile.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] }).end(HOSTILE);
      return;
    } else { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES['.html'], 'content-security-policy': p.csp }).end(p.body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

const { server, url } = await serve();
const A = new URL(url).origin;
const host = await hostServer(A);
const B = host.origin;
const browser = await launch();
const core = await load('', 'core');
// The core module embeds no catalog: give it each language's, as the element does.
for (const l of ['en', 'ru', 'kk', 'zh']) core.loadCatalog(l, readFileSync(new URL(`../../www/locales/${l}.ftl`, import.meta.url), 'utf8'));
test.after(async () => { await browser.close(); server.close(); host.server.close(); });

// The widget's words: its language's catalog, next to embed.js (issue 11).
// A language's shared part and a destination's (never a FAQ's: the element has none).
const CATALOG_FILES = ['en', 'ru', 'kk', 'zh'].flatMap((l) => ['shared', ...DESTINATIONS].map((p) => `/locales/${l}/${p}.ftl`));

/** Records every request of the page's context (frames included). */
function record(page) {
  const urls = [];
  page.context().on('request', (r) => urls.push(r.url()));
  return urls;
}
/** Resolves with the next tirkeu-result event's detail on the element #tk. */
const nextResult = (page) => page.evaluate(() => new Promise((ok) => document.querySelector('#tk').addEventListener('tirkeu-result', (e) => ok(e.detail), { once: true })));
async function fillWidget(page, s = SCENARIO) {
  const tk = page.locator('#tk');
  const got = nextResult(page);
  await tk.locator('select[name=citizenship]').selectOption(s.citizenship);
  await tk.locator('input[name=entryDate]').fill(s.entryDate);
  await tk.locator('input[name=exitDate]').fill(s.exitDate);
  await tk.locator('select[name=accommodation]').selectOption(s.accommodation);
  await page.waitForFunction((due) => document.querySelector('#tk').assessment?.obligations[0]?.dueDate === due
    && document.querySelector('#tk').shadowRoot.querySelector('.obligation .due time')?.getAttribute('datetime') === due, '2026-03-11');
  return got;
}

test('custom element on the hostile demo page: computes like evaluate(), fires tirkeu-result, keeps the host styles, requests only its files', async () => {
  const page = await open(browser, null);
  const urls = record(page);
  await page.goto(`${url}demo/`);
  await page.waitForFunction(() => customElements.get('tirkeu-calculator'));
  const expected = core.evaluate({ ...SCENARIO, lang: 'en' });
  const first = await fillWidget(page);
  const detail = await page.evaluate(() => document.querySelector('#tk').assessment);
  assert.deepEqual(detail, expected, 'the element holds what evaluate() returns for the same scenario');
  assert.equal(first.destination, 'KZ', 'the event carries an assessment');
  const tk = page.locator('#tk');
  assert.equal(await tk.locator('.obligation .due time').first().getAttribute('datetime'), expected.obligations[0].dueDate);
  assert.equal(await tk.locator('.lastday .due time').getAttribute('datetime'), expected.stay.lastDay);
  assert.ok(await tk.locator('.warnings li').count() >= 1, 'warnings shown');
  assert.equal(await tk.locator('.checked time').getAttribute('datetime'), expected.rulesCheckedOn);
  assert.match(await tk.locator('.advice').innerText(), /not legal advice/);
  assert.ok(await tk.locator('.sources a[href^="http"]').count() > 0, 'sources are links');
  assert.equal(await tk.locator('details.steps').first().getAttribute('open'), null, 'counting steps collapsed');
  assert.match(await page.locator('#host-echo').innerText(), /due 2026-03-11/i, 'the host page heard the event');

  // The event bubbles out of the element and is composed; detail is the assessment.
  const bubbled = page.evaluate(() => new Promise((ok) => document.body.addEventListener('tirkeu-result', (e) => ok({ bubbles: e.bubbles, composed: e.composed, due: e.detail.obligations[0].dueDate }), { once: true })));
  await tk.locator('select[name=accommodation]').selectOption('hotel');
  const ev = await bubbled;
  assert.deepEqual(ev, { bubbles: true, composed: true, due: core.evaluate({ ...SCENARIO, accommodation: 'hotel', lang: 'en' }).obligations[0].dueDate });

  // lang reacts to changes: labels and the engine's texts.
  const zh = nextResult(page);
  await page.evaluate(() => document.querySelector('#tk').setAttribute('lang', 'zh'));
  assert.equal((await zh).lang, 'zh');
  assert.equal(await tk.locator('label[for=tk-citizenship]').innerText(), '国籍');
  await page.evaluate(() => document.querySelector('#tk').setAttribute('lang', 'en'));

  // The host's own elements keep exactly what the host's CSS says.
  const hostStyles = await page.evaluate(() => {
    const cs = (sel) => { const s = getComputedStyle(document.querySelector(sel)); return { font: s.fontFamily, size: s.fontSize, weight: s.fontWeight, color: s.color, display: s.display, box: s.boxSizing, transform: s.textTransform }; };
    return { lead: cs('#host-lead'), div: cs('#host-div'), button: cs('#host-button'), h2: cs('#h-element'), sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length };
  });
  assert.match(hostStyles.lead.font, /Comic Sans/);
  assert.deepEqual({ ...hostStyles.lead, font: undefined }, { font: undefined, size: '22px', weight: '700', color: 'rgb(255, 105, 180)', display: 'block', box: 'content-box', transform: 'uppercase' });
  assert.equal(hostStyles.div.display, 'inline');
  assert.equal(hostStyles.button.display, 'inline', 'button { all: unset } still applies to the host button');
  assert.equal(hostStyles.h2.color, 'rgb(255, 105, 180)');
  assert.equal(hostStyles.sheets, 1, 'the widget adds no stylesheet to the document');
  assert.equal(hostStyles.adopted, 0);

  // The widget's internals ignore the hostile CSS.
  const inside = await page.evaluate(() => {
    const r = document.querySelector('#tk').shadowRoot;
    const all = [...r.querySelectorAll('input, select, summary, a.button')].filter((x) => x.getClientRects().length);
    const s = getComputedStyle(r.querySelector('select'));
    const b = getComputedStyle(r.querySelector('a.button'));
    return {
      minTarget: Math.min(...all.map((x) => x.getBoundingClientRect().height)), count: all.length,
      types: [...r.querySelectorAll('input')].map((x) => x.type),
      font: s.fontFamily, size: s.fontSize, color: s.color, box: s.boxSizing, btnFont: b.fontFamily, btnMin: b.minHeight, btnDisplay: b.display,
      accent: getComputedStyle(r.querySelector('.obligation .due')).color,
    };
  });
  assert.ok(inside.count >= 7 && inside.minTarget >= 44, `every touch target is at least 44 px (${inside.minTarget})`);
  assert.deepEqual(inside.types, ['date', 'date'], 'native date inputs');
  assert.doesNotMatch(inside.font, /Comic/);
  assert.doesNotMatch(inside.btnFont, /Comic/);
  assert.equal(inside.btnMin, '44px');
  assert.equal(inside.btnDisplay, 'flex');
  assert.notEqual(inside.color, 'rgb(255, 105, 180)');
  assert.equal(inside.box, 'border-box');
  assert.equal(inside.accent, 'rgb(0, 109, 91)', '--tirkeu-accent from the host is used');

  // No cookie, no storage; nothing but the widget's own files (and the demo page's).
  assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
  assert.deepEqual(await page.context().cookies(), []);
  const allowed = ['/demo/', '/demo/demo.css', '/demo/demo.js', '/embed.js', '/pkg-core/tirkeu_core.js', '/pkg-core/tirkeu_core_bg.wasm', '/frame.html', '/embed/frame.css', '/embed/frame.js', ...CATALOG_FILES];
  for (const u of urls) {
    if (u.startsWith('data:')) continue;
    const x = new URL(u);
    assert.equal(x.origin, A, `request to ${u}`);
    assert.ok(allowed.includes(x.pathname), `unexpected request ${u}`);
  }
  assert.deepEqual(page.problems, []);
  await page.screenshot({ path: `${ARTIFACTS}embed-demo.png`, fullPage: true });
  await page.context().close();
});

test('iframe on the demo page: resizes by postMessage, takes a scenario from its parent, posts the result', async () => {
  const page = await open(browser, null, { viewport: { width: 800, height: 900 } });
  await page.goto(`${url}demo/`);
  const frameEl = page.locator('#tirkeu-frame');
  await page.waitForFunction(() => /^\d+px$/.test(document.querySelector('#tirkeu-frame').style.height));
  const before = await frameEl.evaluate((f) => parseInt(f.style.height, 10));
  await page.evaluate((s) => document.querySelector('#tirkeu-frame').contentWindow.postMessage({ type: 'tirkeu:scenario', scenario: s }, '*'), SCENARIO);
  await page.waitForFunction(() => /due 2026-03-11/i.test(document.querySelector('#frame-echo').textContent));
  await page.waitForFunction((b) => parseInt(document.querySelector('#tirkeu-frame').style.height, 10) > b + 200, before);
  const frame = page.frameLocator('#tirkeu-frame');
  const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  assert.equal(await frameEl.evaluate((f) => parseInt(f.style.height, 10)), inner, 'the iframe is as tall as its content');
  assert.equal(await frame.locator('tirkeu-calculator .obligation .due time').first().getAttribute('datetime'), '2026-03-11');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('320 px wide: no horizontal scrolling inside the element, targets stay 44 px', async () => {
  const page = await open(browser, null, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  await page.goto(`${url}demo/`);
  await fillWidget(page);
  await page.locator('#tk details.steps summary').first().click();
  const m = await page.evaluate(() => {
    const tk = document.querySelector('#tk');
    const root = tk.shadowRoot.querySelector('.root');
    const widest = Math.max(...[...tk.shadowRoot.querySelectorAll('*')].filter((x) => x.getClientRects().length).map((x) => x.getBoundingClientRect().right));
    return { scroll: root.scrollWidth, client: root.clientWidth, right: tk.getBoundingClientRect().right, widest, vw: document.documentElement.clientWidth,
      min: Math.min(...[...tk.shadowRoot.querySelectorAll('input, select, summary, a.button')].map((x) => x.getBoundingClientRect().height)) };
  });
  assert.ok(m.scroll <= m.client, `no horizontal overflow in the widget (${m.scroll} > ${m.client})`);
  assert.ok(m.right <= m.vw && m.widest <= m.vw + 0.5, `the widget fits in ${m.vw} px (${m.right}, ${m.widest})`);
  assert.ok(m.min >= 44, `touch targets ${m.min}`);
  await page.screenshot({ path: `${ARTIFACTS}embed-320.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('served from a sub-path of another site: loads its wasm from next to embed.js', async () => {
  const page = await open(browser, null);
  const urls = record(page);
  await page.goto(`${B}/sub.html`);
  await page.waitForFunction(() => customElements.get('tirkeu-calculator'));
  const got = nextResult(page);
  await page.evaluate((s) => { document.querySelector('#tk').scenario = s; }, SCENARIO);
  const a = await got;
  assert.deepEqual(a, core.evaluate({ ...SCENARIO, lang: 'ru' }));
  assert.equal(await page.locator('#tk label[for=tk-citizenship]').innerText(), 'Гражданство');
  for (const u of urls) {
    const x = new URL(u);
    if (x.protocol === 'data:') continue;
    assert.equal(x.origin, B);
    assert.ok(x.pathname === '/sub.html' || x.pathname.startsWith('/widgets/tirkeu/'), `unexpected request ${u}`);
  }
  assert.ok(urls.some((u) => u.endsWith('/widgets/tirkeu/pkg-core/tirkeu_core_bg.wasm')));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('from another origin: the element works under the host CSP; the iframe talks only to the origin named in parent', async () => {
  const page = await open(browser, null);
  const urls = record(page);
  await page.addInitScript(() => { if (window === window.top) { window.msgs = []; addEventListener('message', (e) => window.msgs.push({ origin: e.origin, data: e.data })); } });
  await page.goto(`${B}/cross.html?parent=${encodeURIComponent(B)}`);
  await page.waitForFunction(() => customElements.get('tirkeu-calculator'));
  const got = nextResult(page);
  await page.evaluate((s) => { document.querySelector('#tk').scenario = s; }, SCENARIO);
  assert.equal((await got).obligations[0].dueDate, '2026-03-11');
  assert.equal((await got).lang, 'zh');
  // The frame names this page (B) as its parent: heights come, a scenario is taken, the result is posted to B.
  await page.waitForFunction(() => window.msgs.some((m) => m.data?.type === 'tirkeu:height'));
  await page.evaluate((s) => document.querySelector('#f').contentWindow.postMessage({ type: 'tirkeu:scenario', scenario: s }, '*'), SCENARIO);
  await page.waitForFunction(() => window.msgs.some((m) => m.data?.type === 'tirkeu:result'));
  const res = await page.evaluate(() => window.msgs.find((m) => m.data.type === 'tirkeu:result'));
  assert.equal(res.origin, A);
  assert.deepEqual(res.data.assessment, core.evaluate({ ...SCENARIO, lang: 'en' }));
  for (const u of urls) {
    const x = new URL(u);
    assert.ok(x.href.startsWith(`${B}/cross.html`) || (x.origin === A && ['/embed.js', '/pkg-core/tirkeu_core.js', '/pkg-core/tirkeu_core_bg.wasm', '/frame.html', '/embed/frame.css', '/embed/frame.js', ...CATALOG_FILES].includes(x.pathname)), `unexpected request ${u}`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();

  // The same frame naming another origin (A) as its parent, framed by B: B's messages are ignored
  // and nothing, not even the height, is posted to B.
  const p2 = await open(browser, null);
  await p2.addInitScript(() => { if (window === window.top) { window.msgs = []; addEventListener('message', (e) => window.msgs.push(e.data)); } });
  await p2.goto(`${B}/cross.html?parent=${encodeURIComponent(A)}`);
  const f = p2.frameLocator('#f');
  await f.locator('tirkeu-calculator select[name=citizenship]').waitFor();
  await p2.evaluate((s) => document.querySelector('#f').contentWindow.postMessage({ type: 'tirkeu:scenario', scenario: s }, '*'), SCENARIO);
  await p2.waitForTimeout(600);
  assert.equal(await f.locator('tirkeu-calculator select[name=citizenship]').inputValue(), '', 'the scenario from the wrong origin was ignored');
  assert.equal(await f.locator('tirkeu-calculator .obligation').count(), 0);
  assert.deepEqual(await p2.evaluate(() => window.msgs), [], 'nothing is posted to an origin not named in parent');
  await p2.context().close();
});

test('axe-core finds no serious or critical violation inside the element, in each language', async () => {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const lang of ['en', 'ru', 'kk', 'zh']) {
    const page = await open(browser, null);
    await page.goto(`${url}demo/`);
    await page.waitForFunction(() => customElements.get('tirkeu-calculator'));
    await page.evaluate((l) => document.querySelector('#tk').setAttribute('lang', l), lang);
    await fillWidget(page);
    await page.evaluate(() => { for (const d of document.querySelector('#tk').shadowRoot.querySelectorAll('details')) d.open = true; });
    // Only the widget: the demo host's own CSS is hostile on purpose. axe walks the shadow tree.
    const result = await page.evaluate(`${AXE}; axe.run({ include: [['#tk']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${lang} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    assert.ok(result.passes.length > 10, 'axe looked inside the element');
    await page.context().close();
  }
});

test('a host page that replaces Object.entries, JSON, Array.prototype map/forEach/push and adds setters: the widget still computes', async () => {
  const page = await open(browser, null);
  await page.goto(`${B}/hostile.html`);
  // Only locators here (Playwright runs them in its own isolated world): page.evaluate would run
  // in the hostile main world.
  const tk = page.locator('#tk');
  await tk.locator('select[name=citizenship] option[value=DE]').waitFor({ state: 'attached' });
  await tk.locator('select[name=citizenship]').selectOption('DE');
  await tk.locator('input[name=entryDate]').fill(SCENARIO.entryDate);
  await tk.locator('input[name=exitDate]').fill(SCENARIO.exitDate);
  const expected = core.evaluate({ ...SCENARIO, lang: 'en' });
  await tk.locator(`.obligation .due time[datetime="${expected.obligations[0].dueDate}"]`).first().waitFor();
  assert.equal(await tk.locator('.lastday .due time').getAttribute('datetime'), expected.stay.lastDay);
  assert.equal(await tk.locator('.obligation').count(), expected.obligations.length);
  assert.equal(await tk.locator('.card.warnings > ul > li').count(), expected.warnings.length);
  await page.locator('#echo', { hasText: `due ${expected.obligations[0].dueDate}` }).waitFor();
  assert.equal(await page.locator('#log').getAttribute('data-widget-calls'), '0', 'the widget called none of the replaced built-ins');
  assert.equal(await page.locator('#log').getAttribute('data-restarts'), null, 'no engine restart was needed');
  // An error still shows as a message, not as a broken widget.
  await tk.locator('input[name=exitDate]').fill('2026-03-01');
  await tk.locator('#tk-msg', { hasText: /exit/i }).waitFor();
  assert.deepEqual(page.problems, []);
  await page.screenshot({ path: `${ARTIFACTS}embed-hostile.png`, fullPage: true });
  await page.context().close();
});

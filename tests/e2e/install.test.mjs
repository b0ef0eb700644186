// "Works offline, and how to install it", said on the page in each language (docs/pwa.md): the
// section's text in the page's language, the browser's install prompt as a button where there is
// one, else the how-to for this kind of browser; a web app manifest per language, linked after
// the page's language and swapped with it; axe-core finds nothing serious. Screenshots of the
// section on a 390 x 844 phone go to test-artifacts/install-<lang>.png.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, serve, open, fragment, ARTIFACTS } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';
import { assets } from '../../scripts/sw-manifest.mjs';

const HTML_LANG = { en: 'en', ru: 'ru', kk: 'kk', zh: 'zh-Hans' };
const MANIFEST = { en: 'manifest.webmanifest', ru: 'manifest.ru.webmanifest', kk: 'manifest.kk.webmanifest', zh: 'manifest.zh.webmanifest' };
const SCRIPT = { en: /^[\x20-\x7e—’]+$/, ru: /[а-яё]/i, kk: /[әғқңөұүһі]/, zh: /[\u4e00-\u9fff]/ };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STAY = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private' };
const www = new URL('../../www/', import.meta.url);
const manifest = (l) => JSON.parse(readFileSync(new URL(MANIFEST[l], www), 'utf8'));

const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

/** The visible paragraphs of the offline section, in order. */
const shown = (page) => page.locator('#app p:visible').allInnerTexts();
async function axe(page, what) {
  const result = await page.evaluate(`${AXE}; axe.run({ include: [['#app']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`);
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [], what);
  assert.ok(result.passes.length > 3, 'axe looked at the section');
}

test('a manifest per language: the same app (id, start_url, scope, icons, colours), its name and description in that language, lang and dir', () => {
  const base = manifest('en');
  const same = (m) => Object.fromEntries(Object.entries(m).filter(([k]) => !['name', 'description', 'lang'].includes(k)));
  for (const l of Object.keys(MANIFEST)) {
    const m = manifest(l);
    assert.deepEqual(same(m), same(base), `${l}: only name, description and lang differ`);
    assert.equal(m.lang, HTML_LANG[l]);
    assert.equal(m.dir, 'ltr');
    assert.match(m.name, /^tirkeu — /);
    for (const k of ['name', 'description']) assert.match(m[k].replace('tirkeu', ''), SCRIPT[l], `${l} ${k}`);
    if (l !== 'en') assert.notEqual(m.description, base.description);
    assert.ok(assets().includes(MANIFEST[l]), `${MANIFEST[l]} is precached`);
  }
});

for (const l of LANGS) {
  test(`${l}: the page says it works offline and how to install it, in its language; the manifest is the ${l} one; axe`, async () => {
    const T = strings(l);
    const page = await open(browser, `${url}${fragment(STAY, l)}`, { viewport: { width: 390, height: 844 } });
    const section = page.locator('#app');
    await section.scrollIntoViewIfNeeded();
    assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[l]);
    assert.equal(await section.locator('h2').innerText(), T('ui-app-h'));
    // Headless Chromium offers no install prompt (every Playwright context is incognito): the
    // how-to for Chromium, under the sentence about working offline.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.browser), 'chromium');
    assert.deepEqual(await shown(page), [T('ui-app-offline'), T('ui-app-how-chromium')]);
    assert.ok(await page.locator('#install').isHidden());
    await page.screenshot({ path: `${ARTIFACTS}install-${l}.png` });
    await axe(page, `${l}, how-to`);

    // The manifest: linked after the page's language, and the one Chromium reads.
    assert.equal(await page.getAttribute('link[rel="manifest"]', 'href'), MANIFEST[l]);
    const cdp = await page.context().newCDPSession(page);
    const got = await cdp.send('Page.getAppManifest');
    assert.ok(got.url.endsWith(`/${MANIFEST[l]}`), got.url);
    assert.deepEqual(got.errors, []);
    assert.equal(JSON.parse(got.data).name, manifest(l).name);

    // Where the browser has a prompt (beforeinstallprompt; synthesised here), the button asks it.
    await page.evaluate(() => {
      const e = new Event('beforeinstallprompt', { cancelable: true });
      e.prompt = () => { window.prompted = (window.prompted || 0) + 1; return Promise.resolve(); };
      e.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' });
      dispatchEvent(e);
      window.defaultPrevented = e.defaultPrevented;
    });
    assert.equal(await page.evaluate(() => window.defaultPrevented), true, 'the browser\'s own banner waits for the button');
    assert.deepEqual(await shown(page), [T('ui-app-offline'), T('ui-app-install')]);
    assert.equal(await page.getByRole('button', { name: T('ui-app-install') }).count(), 1);
    await page.screenshot({ path: `${ARTIFACTS}install-${l}-prompt.png` });
    await axe(page, `${l}, install button`);
    await page.click('#install');
    await page.waitForFunction(() => document.documentElement.dataset.install === 'installed');
    assert.equal(await page.evaluate(() => window.prompted), 1);
    assert.deepEqual(await shown(page), [T('ui-app-offline'), T('ui-app-installed')]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

// The only requests a switch makes are the new language's catalog, the first time (only the
// visitor's language is fetched at start; issue 11): its parts for the page's destination.
test('switching the language swaps the manifest link and the section\'s text, fetching only that language\'s catalog', async () => {
  const page = await open(browser, `${url}${fragment(STAY, 'en')}`);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const l of ['zh', 'kk', 'ru', 'en']) {
    await page.selectOption('#lang', l);
    await page.waitForFunction((h) => document.querySelector('link[rel="manifest"]').getAttribute('href') === h, MANIFEST[l]);
    assert.equal(await page.locator('#app h2').innerText(), strings(l)('ui-app-h'));
    assert.deepEqual(await shown(page), [strings(l)('ui-app-offline'), strings(l)('ui-app-how-chromium')]);
  }
  await page.waitForTimeout(300);
  // each language's parts: the shared one, the destination's and, the later sections and the FAQ
  // being on the page, theirs
  assert.deepEqual(requests.map((u) => new URL(u).pathname).sort(), ['zh', 'kk', 'ru'].flatMap((l) => ['shared', 'kz', 'later', 'kz-faq'].map((p) => `/locales/${l}/${p}.ftl`)).sort());
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('other browsers: the how-to for each kind (iPhone, Android, Safari on a Mac, Firefox)', async () => {
  const UA = {
    ios: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
    safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  };
  for (const [kind, userAgent] of Object.entries(UA)) {
    const page = await open(browser, `${url}${fragment(STAY, 'en')}`, { userAgent });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.browser), kind);
    assert.deepEqual(await shown(page), [strings('en')('ui-app-offline'), strings('en')(`ui-app-how-${kind}`)], kind);
    await page.context().close();
  }
});

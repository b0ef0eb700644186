// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, the page served
// by scripts/serve.mjs on a free loopback port. Never downloads a browser.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { load } from '../js/load.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The last flag keeps the browser's own omnibox popup (a WebUI page in a renderer of its own,
    // loaded as tabs open) from competing for the CPU with the page under test: on a 2-core
    // machine it doubled and scattered the times npm run bench measures, empty page included.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'],
  });
}

export async function serve() {
  const server = await startServer({ port: 0 });
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** A new page that records console errors and page errors (CSP violations show as errors). */
export async function open(browser, url, { viewport = { width: 1000, height: 900 }, ...opts } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...opts });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  page.on('pageerror', (e) => page.problems.push(String(e)));
  if (url) {
    await page.goto(url);
    await page.waitForSelector('body[data-ready]');
  }
  return page;
}

/** Waits until the results show (after input: the debounced update ran). */
export async function settled(page) {
  await page.waitForTimeout(250);
  await page.waitForFunction(() => !document.querySelector('#results.empty') || document.querySelector('#res-msg p'));
}

export function fragment(s, lang = 'en') {
  const parts = Object.entries(s).filter(([k]) => !['trips', 'moves'].includes(k)).map(([k, v]) => `${k}=${v}`);
  if (s.trips) parts.push(`trips=${s.trips.map((t) => `${t.entryDate}..${t.exitDate}`).join(',')}`);
  parts.push(`lang=${lang}`);
  return `#${parts.join('&')}`;
}

let engine;
/** The engine in Node, for comparing the page with evaluate(). */
export async function nodeEngine() { engine ||= await load(); return engine; }

/**
 * The texts a visitor sees under `sel` (the whole body by default, shadow roots included), each
 * with the language of the nearest element that says ('' when none) and whether it is inside the
 * official form (`inForm`); with `labels`, the accessible names (aria-label) under `sel` too.
 */
export function visibleTexts(page, sel = 'body', { labels = false } = {}) {
  return page.evaluate(([s, withLabels]) => {
    const out = [];
    const root = document.querySelector(s);
    const walk = (r) => {
      const w = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const e = n.parentElement;
        if (!e || !n.textContent.trim() || e.closest('script, style, template, [hidden], [aria-hidden=true]')) continue;
        const langEl = e.closest('[lang]');
        out.push({ text: n.textContent.trim(), lang: langEl ? langEl.getAttribute('lang') : '', inForm: !!e.closest('.tirkeu-form') });
      }
    };
    walk(root);
    for (const h of root.querySelectorAll('*')) if (h.shadowRoot) walk(h.shadowRoot);
    if (withLabels) for (const b of root.querySelectorAll('[aria-label]')) out.push({ text: b.getAttribute('aria-label'), lang: '', inForm: false });
    return out;
  }, [sel, labels]);
}

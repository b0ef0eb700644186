// The page on a phone: 320 px wide without horizontal scrolling, touch targets of at least
// 44 px, native date inputs, and no layout shift when the results appear.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, fragment } from './browser.mjs';

const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

const STAY = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private', trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }] };

test('a 320 px phone: no horizontal scroll, 44 px targets, native dates, no layout shift', async () => {
  const page = await open(browser, null, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  // Layout shifts from the start, before any input (what a user would feel as the page jumping).
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${url}${fragment(STAY)}`);
  await page.waitForSelector('body[data-ready]');
  await page.waitForTimeout(300);

  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling at 320 px');

  const small = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, select, input, summary, textarea')) {
      const box = el.getBoundingClientRect();
      if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
      // A checkbox or radio is touched through its label.
      const target = (el.type === 'checkbox' || el.type === 'radio') ? el.closest('label') || el : el;
      const h = target.getBoundingClientRect().height;
      if (h < 44) out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? '[name=' + el.name + ']' : ''}: ${Math.round(h)} px`);
    }
    return out;
  });
  assert.deepEqual(small, [], 'every touch target is at least 44 px tall');

  const dates = await page.evaluate(() => [...document.querySelectorAll('#scenario input')].filter((i) => /date/i.test(i.name || i.dataset.field || '')).map((i) => i.type));
  assert.ok(dates.length >= 3 && dates.every((t) => t === 'date'), `native date inputs: ${dates}`);

  const cls = await page.evaluate(() => window.__cls);
  assert.ok(cls < 0.1, `cumulative layout shift ${cls.toFixed(3)} < 0.1`);
  await page.screenshot({ path: 'test-artifacts/w320.png', fullPage: false });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// The answer first (issue 12): a shared link with the whole scenario opens on a 390×844 phone
// with the next deadline in view and the questions folded into one line that one tap reopens;
// the FAQ is one tap from the key dates; on a 1280×800 desktop the answer is beside the
// questions, its first card in view after filling in the trip. Keyboard, focus, axe-core.
// Screenshots (phone and desktop, English and Chinese) go to test-artifacts/.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, serve, open, settled, fragment, nodeEngine, ARTIFACTS } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { server, url } = await serve();
const browser = await launch();
const engine = await nodeEngine();
test.after(async () => { await browser.close(); server.close(); });

const SHARED = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private', trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }] };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

/** The element's box against the viewport: inside it entirely? */
async function inView(page, sel) {
  return page.evaluate((s) => {
    const e = document.querySelector(s);
    if (!e) return { found: false };
    const r = e.getBoundingClientRect();
    return { found: true, top: r.top, bottom: r.bottom, inside: r.top >= -1 && r.bottom <= innerHeight + 1 && r.height > 0 }; // 1 px: subpixel layout
  }, sel);
}

async function axe(page) {
  const result = await page.evaluate(`${AXE}; axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of LANGS) {
  test(`${lang}: a shared link on a 390×844 phone shows the next deadline without scrolling; one tap reopens the questions`, async () => {
    const S = strings(lang);
    const page = await open(browser, `${url}${fragment(SHARED, lang)}`, PHONE);
    const a = engine.evaluate({ ...SHARED, lang });
    assert.equal(await page.evaluate(() => scrollY), 0);
    // The next deadline: the first one among the key dates, the date evaluate() gives.
    assert.equal(await page.locator('.glance .deadline time').first().getAttribute('datetime'), a.obligations[0].dueDate);
    const deadline = await inView(page, '.glance .deadline');
    assert.ok(deadline.inside, `the next deadline is on the first screen: ${JSON.stringify(deadline)}`);
    // The questions are folded into a summary line that is a real disclosure button.
    const toggle = page.locator('#trip-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await toggle.getAttribute('aria-controls'), 'scenario');
    assert.equal(await page.isVisible('#scenario'), false);
    const summary = await toggle.textContent();
    assert.ok(summary.includes(S('ui-acc-short-private')), summary);
    assert.ok(summary.includes(S('ui-trip-change')), summary);
    assert.ok(summary.includes(S('ui-sum-trips', { n: 1 })), summary);
    if (lang === 'en') assert.match(summary, /Germany · Mar 6 – Apr 20, 2026 · private host/);
    // The FAQ is one tap away, near the key dates.
    assert.equal(await page.textContent('.to-faq a'), S('kz-faq-link'));
    if (lang === 'en' || lang === 'zh') {
      await page.screenshot({ path: `${ARTIFACTS}answer-first-phone-${lang}.png` });
      await page.screenshot({ path: `${ARTIFACTS}answer-first-phone-${lang}-full.png`, fullPage: true });
    }

    // One tap opens the questions; focus stays on the button; another folds them again.
    await toggle.tap();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.isVisible('#f-citizenship'));
    assert.equal(await page.inputValue('#f-entryDate'), SHARED.entryDate);
    assert.ok((await toggle.textContent()).includes(S('ui-trip-hide')));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'trip-toggle');
    await toggle.tap();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.isVisible('#scenario'), false);

    // The FAQ link scrolls to the FAQ and moves focus there; the fragment keeps the scenario.
    const before = page.url();
    await page.locator('.to-faq a').tap();
    await page.waitForTimeout(100);
    const faqBox = await inView(page, '#faq-h');
    assert.ok(faqBox.inside, `the FAQ heading is in view: ${JSON.stringify(faqBox)}`);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'faq');
    assert.equal(page.url(), before, 'the fragment still holds the scenario');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the summary line works from the keyboard; a field with a message opens the questions', async () => {
  const page = await open(browser, `${url}${fragment(SHARED)}`, PHONE);
  await page.focus('#trip-toggle');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#trip-toggle', 'aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('form')?.id), 'scenario', 'Tab goes into the questions');
  // A bad date: the message is next to the field, and the questions cannot be folded over it.
  await page.fill('#f-exitDate', '2026-03-01');
  await settled(page);
  await page.locator('#e-exitDate:not([hidden])').waitFor();
  await page.focus('#trip-toggle');
  await page.keyboard.press(' ');
  assert.equal(await page.getAttribute('#trip-toggle', 'aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-exitDate', 'focus goes to the field to fix');
  // Fixed: the line folds again and says the new dates.
  await page.fill('#f-exitDate', '2026-03-20');
  await settled(page);
  await page.click('#trip-toggle');
  assert.equal(await page.getAttribute('#trip-toggle', 'aria-expanded'), 'false');
  assert.match(await page.textContent('#trip-sum'), /Mar 6 – 20, 2026/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a link that lacks a required field, or has a value that is not a choice, keeps the questions open', async () => {
  for (const frag of ['#destination=KZ&entryDate=2026-03-06&lang=en', `${fragment(SHARED)}&passport=bogus`]) {
    const page = await open(browser, `${url}${frag}`, PHONE);
    assert.ok(await page.isVisible('#f-citizenship'), frag);
    assert.ok(await page.isHidden('#trip-toggle'), frag);
    await page.context().close();
  }
});

for (const lang of ['en', 'zh']) {
  test(`${lang}: 1280×800, after filling in the trip the answer's first card is in view, beside the questions`, async () => {
    const page = await open(browser, `${url}#lang=${lang}`, { viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await page.selectOption('#f-citizenship', 'FR');
    await page.fill('#f-entryDate', '2026-05-06');
    await page.fill('#f-exitDate', '2026-05-30');
    await settled(page);
    const a = engine.evaluate({ destination: 'KZ', citizenship: 'FR', entryDate: '2026-05-06', exitDate: '2026-05-30', accommodation: 'private', lang });
    await page.waitForFunction((d) => document.querySelector('.obligation .due time')?.getAttribute('datetime') === d, a.obligations[0].dueDate);
    assert.ok(await page.isVisible('#f-exitDate'), 'the questions stay open on a desktop');
    for (const sel of ['.glance li', '.glance .deadline', '.obligation .who', '.obligation h3', '.obligation .due-line']) {
      const box = await inView(page, sel);
      assert.ok(box.inside, `${sel} in view: ${JSON.stringify(box)}`);
    }
    // Two columns: the results start level with the questions, to their right.
    const [trip, res] = await page.evaluate(() => ['.trip', '#results'].map((s) => document.querySelector(s).getBoundingClientRect().toJSON()));
    assert.ok(res.left >= trip.right, 'the answer is beside the questions');
    await page.screenshot({ path: `${ARTIFACTS}answer-beside-desktop-${lang}.png` });
    assert.deepEqual(await axe(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 1280);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('axe-core on the folded phone view finds no serious or critical violation (en, zh)', async () => {
  for (const lang of ['en', 'zh']) {
    const page = await open(browser, `${url}${fragment(SHARED, lang)}`, PHONE);
    assert.deepEqual(await axe(page), [], lang);
    await page.context().close();
  }
});

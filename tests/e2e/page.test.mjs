// The page in a real browser: the wasm loads under the page's CSP, evaluate() renders the
// deadline, input updates results, bad input shows a message and keeps what was typed, and
// nothing is requested after load.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, settled } from './browser.mjs';

const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

test('the page computes in the browser and sends nothing', async () => {
  const page = await open(browser, `${url}#destination=KZ&citizenship=DE&entryDate=2026-03-06&exitDate=2026-04-20&accommodation=private&lang=en`);
  assert.equal(await page.locator('.obligation .due time').first().getAttribute('datetime'), '2026-03-11');

  const after = [];
  page.on('request', (r) => after.push(r.url()));
  await page.fill('#f-entryDate', '2024-05-03');
  await page.fill('#f-exitDate', '2024-05-20');
  await page.waitForFunction(() => document.querySelector('.obligation .due time')?.getAttribute('datetime') === '2024-05-06');
  const steps = await page.locator('.obligation ol.steps').first().innerText();
  assert.match(steps, /weekend made a working day/);

  await page.selectOption('#f-citizenship', 'KZ');
  await settled(page);
  await page.locator('#e-citizenship:not([hidden])').waitFor();
  assert.equal(await page.inputValue('#f-citizenship'), 'KZ', 'what the user chose is kept');
  assert.equal(await page.getAttribute('#f-citizenship', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#f-citizenship', 'aria-describedby'), /e-citizenship/);

  assert.deepEqual(after, [], 'no request after load');
  assert.deepEqual(page.problems, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test("holiday names are the page's language: worded by the engine in the steps, by ID from the page's catalog in the calendar picture", async () => {
  // Arrival Fri 20 Mar 2026: the host's count walks over Nauryz (Sat 21 – Mon 23 March).
  for (const [lang, name] of [['en', 'Nauryz Meirami'], ['ru', 'Наурыз мейрамы'], ['zh', '纳吾肉孜节']]) {
    const page = await open(browser, `${url}#destination=KZ&citizenship=DE&entryDate=2026-03-20&exitDate=2026-04-20&accommodation=private&lang=${lang}`);
    await page.waitForSelector('body[data-ready]');
    const steps = await page.locator('.obligation ol.steps').first().evaluate((e) => e.textContent);
    assert.ok(steps.includes(name), `${lang} steps: ${steps}`);
    const cell = await page.locator('#timeline td.holiday time[datetime="2026-03-23"]').first().evaluate((e) => e.closest('td').title);
    assert.ok(cell.includes(name), `${lang} calendar: ${cell}`);
    assert.doesNotMatch(steps + cell, /kz-holiday-/, 'no message ID shows');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

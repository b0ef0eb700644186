// The minimal page in a real browser: the wasm loads under the page's CSP, evaluate() renders
// the deadline, input updates results, bad input shows a message and keeps what was typed, and
// nothing is requested after load.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './browser.mjs';

const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

test('the page computes in the browser and sends nothing', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  await page.locator('.due').first().waitFor();
  assert.equal(await page.locator('.due time').first().getAttribute('datetime'), '2026-03-11');

  const after = [];
  page.on('request', (r) => after.push(r.url()));
  await page.fill('input[name=entryDate]', '2024-05-03');
  await page.fill('input[name=exitDate]', '2024-05-20');
  await page.waitForFunction(() => document.querySelector('.due time')?.getAttribute('datetime') === '2024-05-06');
  const steps = await page.locator('ol.steps').first().innerText();
  assert.match(steps, /Sat 4 May 2024: Saturday made a working day/);

  await page.fill('input[name=citizenship]', 'Narnia');
  await page.locator('#error').filter({ hasText: 'citizenship' }).waitFor();
  assert.equal(await page.inputValue('input[name=citizenship]'), 'Narnia', 'what the user typed is kept');
  assert.equal(await page.getAttribute('input[name=citizenship]', 'aria-invalid'), 'true');

  assert.deepEqual(after, [], 'no request after load');
  assert.deepEqual(problems, [], 'no console errors (CSP violations included)');
  await page.close();
});

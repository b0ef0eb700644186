// If the engine ever traps (WebAssembly.RuntimeError), the page and the embedded element carry
// on: js/engine.js re-creates the instance from the compiled module, retries the call and
// reports it. The trap is made for real: the instance's memory is overwritten with garbage
// (the module namespace is the one the page imported; initSync() hands back its exports).
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, settled, fragment } from './browser.mjs';

const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

const STAY = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private' };
const WRECK = (href) => import(href).then((m) => { new Uint8Array(m.initSync().memory.buffer).fill(0xaa); });

test('the page: a trap is followed by a restart, the result still shows, and the page says so', async () => {
  const page = await open(browser, `${url}${fragment(STAY)}`);
  assert.equal(await page.locator('.obligation .due time').first().getAttribute('datetime'), '2026-03-11');
  await page.evaluate(WRECK, `${url}pkg-core/tirkeu_core.js`);
  await page.fill('#f-entryDate', '2024-05-03');
  await page.fill('#f-exitDate', '2024-05-20');
  await settled(page);
  await page.waitForFunction(() => document.querySelector('.obligation .due time')?.getAttribute('datetime') === '2024-05-06');
  assert.equal(await page.getAttribute('html', 'data-engine-restarts'), '1');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the element: a trap is followed by a restart, the result still shows, and tirkeu-engine-restart fires', async () => {
  const page = await open(browser, null);
  await page.goto(`${url}demo/`);
  await page.waitForFunction(() => customElements.get('tirkeu-calculator'));
  const tk = page.locator('#tk');
  await tk.locator('select[name=citizenship]').selectOption('DE');
  await tk.locator('input[name=entryDate]').fill(STAY.entryDate);
  await tk.locator('input[name=exitDate]').fill(STAY.exitDate);
  await tk.locator('.obligation .due time[datetime="2026-03-11"]').first().waitFor();
  const restarted = page.evaluate(() => new Promise((ok) => document.addEventListener('tirkeu-engine-restart', (e) => ok(e.detail), { once: true })));
  await page.evaluate(WRECK, `${url}pkg-core/tirkeu_core.js`);
  await tk.locator('input[name=entryDate]').fill('2024-05-03');
  await tk.locator('input[name=exitDate]').fill('2024-05-20');
  await tk.locator('.obligation .due time[datetime="2024-05-06"]').first().waitFor();
  const detail = await restarted;
  assert.equal(detail.call, 'evaluate');
  assert.match(detail.message, /./);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the iframe: after a trap it still answers, and tells the origin named in parent', async () => {
  const page = await open(browser, null);
  await page.addInitScript(() => { if (window === window.top) { window.msgs = []; addEventListener('message', (e) => window.msgs.push(e.data)); } });
  await page.goto(`${url}demo/`);
  const post = (s) => page.evaluate((x) => document.querySelector('#tirkeu-frame').contentWindow.postMessage({ type: 'tirkeu:scenario', scenario: x }, '*'), s);
  await page.waitForFunction(() => window.msgs.some((m) => m?.type === 'tirkeu:height'));
  await post(STAY);
  await page.waitForFunction(() => window.msgs.some((m) => m?.type === 'tirkeu:result' && m.assessment.obligations[0].dueDate === '2026-03-11'));
  const frame = page.frames().find((f) => f.url().includes('/frame.html'));
  await frame.evaluate(WRECK, `${url}pkg-core/tirkeu_core.js`);
  await post({ ...STAY, entryDate: '2024-05-03', exitDate: '2024-05-20' });
  await page.waitForFunction(() => window.msgs.some((m) => m?.type === 'tirkeu:result' && m.assessment.obligations[0].dueDate === '2024-05-06'));
  assert.deepEqual(await page.evaluate(() => window.msgs.filter((m) => m?.type === 'tirkeu:engine-restart')), [{ type: 'tirkeu:engine-restart', call: 'evaluate' }]);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

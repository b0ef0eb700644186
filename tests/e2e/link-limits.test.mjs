// The engine's limits apply to links too (issue 12, point 3): a link with 10,000 earlier trips is
// refused clearly, under the trips, without freezing the page or dropping the rest of the link.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, settled, nodeEngine } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';

const { server, url } = await serve();
const browser = await launch();
const engine = await nodeEngine();
test.after(async () => { await browser.close(); server.close(); });

/** `n` one-day trips, two days apart, ending before 2026. */
function trips(n) {
  const out = [];
  let d = Date.UTC(2025, 11, 30);
  for (let i = 0; i < n; i++, d -= 2 * 86400000) { const iso = new Date(d).toISOString().slice(0, 10); out.push({ entryDate: iso, exitDate: iso }); }
  return out;
}

test('the page\'s limits are the engine\'s: 500 trips and 50 moves are taken, one more is refused', () => {
  const base = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-05-30' };
  assert.ok(engine.evaluate({ ...base, trips: trips(500) }));
  assert.throws(() => engine.evaluate({ ...base, trips: trips(501) }), (e) => e.code === 'out-of-range' && e.field === 'trips' && /at most 500/.test(e.message));
  const moves = (n) => Array.from({ length: n }, (_, i) => ({ date: '2026-03-10', accommodation: i % 2 ? 'hotel' : 'private' }));
  assert.ok(engine.evaluate({ ...base, moves: moves(50) }));
  assert.throws(() => engine.evaluate({ ...base, moves: moves(51) }), (e) => e.code === 'out-of-range' && e.field === 'moves' && /at most 50\b/.test(e.message));
});

for (const [lang, S] of [['en', strings('en')], ['zh', strings('zh')]]) {
  test(`${lang}: a link with 10,000 trips loads none, says why under the trips, and answers the rest`, async () => {
    const list = trips(10000).map((x) => `${x.entryDate}..${x.exitDate}`).join(',');
    const started = Date.now();
    const page = await open(browser, `${url}#destination=KZ&citizenship=DE&entryDate=2026-03-06&exitDate=2026-04-20&trips=${list}&lang=${lang}`);
    await settled(page);
    const took = Date.now() - started;
    assert.ok(took < 8000, `the page took ${took} ms`);
    assert.equal(await page.locator('#trip-list li.row').count(), 0);
    const note = await page.locator('#e-trips').textContent();
    assert.equal(note, S('ui-err-link-too-many', { n: 10000, max: 500 }));
    assert.equal(await page.getAttribute('#trips', 'aria-invalid'), 'true');
    // The rest of the link is answered: the host's notification of the German's arrival.
    const a = engine.evaluate({ destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', lang });
    assert.equal(await page.locator('.obligation .due time').first().getAttribute('datetime'), a.obligations[0].dueDate);
    // Typing into a new trip row clears the note.
    await page.click('#add-trip');
    await page.fill('#f-trips-0-entryDate', '2025-11-01');
    await page.fill('#f-trips-0-exitDate', '2025-11-20');
    await settled(page);
    assert.equal(await page.locator('#e-trips').isHidden(), true);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

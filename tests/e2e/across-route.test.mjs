// The route view (issue 15): a route through Kazakhstan, Azerbaijan, Russia and back, built by
// clicking and typing in the builder (English) and opened from a link with route= (every
// language); one timeline of the route (every deadline, each leg's last lawful day, entries and
// exits, in date order), the route's warnings near their leg, the route's .ics, an overlapping
// leg's message under its entry date, the route kept across a reload (the link) and on the
// device (opt-in), nothing typed lost on a language switch, no English in ru/kk/zh, no message
// ID, axe-core, no horizontal scrolling at 360 px; screenshots in test-artifacts/.
//
// The route, worked by hand from the rules (a citizen of China, ordinary passport, no birth date):
//   leg 1 Kazakhstan  Wed 1 Apr – Mon 20 Apr 2026, hotel, visa-free
//   leg 2 Azerbaijan  Mon 20 Apr – Fri 15 May 2026, private host, visa-free
//   leg 3 Russia      Fri 15 May – Fri 5 Jun 2026, private host, tourist visa
//   leg 4 Kazakhstan  Fri 5 Jun – Sat 20 Jun 2026, hotel, visa-free
// - Kazakhstan, the hotel's notification of arrival (docs/research/kz.md §1.2: "within 3 working
//   days from the date of arrival", the arrival day counted as day 1 when it is a working day, as
//   tests/cases/kz/ count it): Wed 1 Apr = 1, Thu 2 = 2, Fri 3 Apr 2026 = 3 → Fri 3 Apr. No holiday
//   in early April (Nauryz is 21–23 March).
// - Azerbaijan, registration at the place of stay (az.md §1.1: a stay longer than 15 days —
//   20 Apr – 15 May is 26 days — 15 calendar days from the day after entry, not moved off a
//   non-working day): 20 Apr + 15 = Tue 5 May 2026.
// - Russia, the migration card on the day of entry (ru.md §2): Fri 15 May 2026. The notification
//   of arrival (109-FZ Art. 20: 7 working days, day 1 the first working day after the arrival):
//   Sat 16, Sun 17 off; Mon 18 = 1, Tue 19 = 2, Wed 20 = 3, Thu 21 = 4, Fri 22 = 5; Sat 23, Sun 24
//   off; Mon 25 = 6, Tue 26 May 2026 = 7 (May's holidays, 1 and 9 May with Mon 11 off, are
//   before the count) → Tue 26 May.
// - Kazakhstan again, the hotel: Fri 5 Jun = 1; Sat 6, Sun 7 not counted; Mon 8 = 2, Tue 9 Jun
//   2026 = 3 → Tue 9 Jun.
// Last lawful days (kz-visa-free.md: China since 10 Nov 2023, 30 days per entry and 90 in any
// 180; az.md §3: China from 16 Jul 2025, 30 per visit and 90 in any 180; the entry day is day 1):
//   leg 1: 1 Apr + 29 = Thu 30 Apr 2026; leg 2: 20 Apr + 29 = Tue 19 May 2026;
//   leg 3: on a visa, bounded by the visa, which tirkeu is not told: no fixed last day;
//   leg 4: 5 Jun + 29 = Sat 4 Jul 2026 (its 90 in 180: the 20 April days of leg 1 leave 70,
//   5 Jun + 69 = 13 Aug, later than the 30 per entry).
// In date order, the same day's events by leg, then entry, deadline, last day, exit:
//   1 Apr entry KZ(1) · 3 Apr deadline KZ(1) · 20 Apr exit KZ(1) · 20 Apr entry AZ(2) ·
//   30 Apr last day KZ(1) · 5 May deadline AZ(2) · 15 May exit AZ(2) · 15 May entry RU(3) ·
//   15 May deadline RU(3) · 19 May last day AZ(2) · 26 May deadline RU(3) · 5 Jun exit RU(3) ·
//   5 Jun entry KZ(4) · 9 Jun deadline KZ(4) · 20 Jun exit KZ(4) · 4 Jul last day KZ(4).
// The route's warning: each country counts its own days (limits-per-country).
// Leg 2 made longer, to Mon 25 May: its last lawful day is still 19 May, so it goes 20–25 May =
// 6 days beyond it (leg-overstay, said next to leg 2); leg 3 still entering on 15 May then
// begins before leg 2 ends: its entry date gets the message.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, serve, open, ARTIFACTS, visibleTexts } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';
import { KK_REGIONS } from '../../www/js/regions.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

const QUESTIONS = '#destination=KZ&citizenship=CN&entryDate=2026-04-01&exitDate=2026-04-20&accommodation=hotel';
const ROUTE = 'KZ:2026-04-01..2026-04-20:hotel:none,AZ:2026-04-20..2026-05-15:private:none,RU:2026-05-15..2026-06-05:private:tourist,KZ:2026-06-05..2026-06-20:hotel:none';
const LINK = `${QUESTIONS}&route=${ROUTE}`;
// [date, kind, leg (0-based)] as worked above
const TIMELINE = [
  ['2026-04-01', 'entry', 0], ['2026-04-03', 'due', 0], ['2026-04-20', 'exit', 0], ['2026-04-20', 'entry', 1],
  ['2026-04-30', 'last', 0], ['2026-05-05', 'due', 1], ['2026-05-15', 'exit', 1], ['2026-05-15', 'entry', 2],
  ['2026-05-15', 'due', 2], ['2026-05-19', 'last', 1], ['2026-05-26', 'due', 2], ['2026-06-05', 'exit', 2],
  ['2026-06-05', 'entry', 3], ['2026-06-09', 'due', 3], ['2026-06-20', 'exit', 3], ['2026-07-04', 'last', 3],
];
const DEADLINES = ['20260403', '20260505', '20260515', '20260526', '20260609'];
const MESSAGE_ID = /(^|[\s(«“"])(ui|az|kz|ru)-[a-z0-9]+(-[a-z0-9]+)+/m;
// the portal's name Gosuslugi, which the Chinese rules catalog keeps in Latin (as ru.test allows)
const LATIN_OK = /\b(tirkeu|PDF|ics|Gosuslugi|https?|www)\b/gi;
const leg = (n) => `#route-legs li.leg:nth-child(${n})`;
const field = (n, f) => `${leg(n)} [data-rfield="${f}"]`;

/** Opens the route view and waits for its answer (or its message). */
async function openRoute(page) {
  await page.click('#route-box summary');
  await page.waitForSelector('#route-box[data-mounted=true]');
  await settle(page);
}
async function settle(page) {
  await page.waitForTimeout(250); // the builder's 150 ms debounce
  await page.waitForSelector('#route-answer .route-events, #route-answer .route-status');
}
const timeline = (page) => page.$$eval('#route-answer .route-events li', (xs) => xs.map((x) => [x.querySelector('time').getAttribute('datetime'), x.dataset.kind, Number(x.dataset.leg)]));
/** The country names as the page writes them: Intl's, Kazakh from the page's own list. */
const names = (page, lang) => (lang === 'kk' ? KK_REGIONS : page.evaluate((l) => {
  const d = new Intl.DisplayNames([l === 'zh' ? 'zh-Hans' : l], { type: 'region' });
  return { KZ: d.of('KZ'), AZ: d.of('AZ'), RU: d.of('RU') };
}, lang));

for (const lang of LANGS) {
  test(`${lang}: the route from a link — its timeline in date order, last lawful days, the warning, the .ics, an overlapping leg, reload, axe, 360 px`, async () => {
    const S = strings(lang);
    const page = await open(browser, `${url}${LINK}&lang=${lang}`, { viewport: { width: 360, height: 780 } });
    await openRoute(page);
    const N = await names(page, lang);

    // The builder holds the link's legs.
    assert.equal(await page.locator('#route-legs li.leg').count(), 4);
    assert.equal(await page.inputValue(field(3, 'destination')), 'RU');
    assert.equal(await page.inputValue(field(3, 'visa')), 'tourist');
    assert.equal(await page.inputValue(field(4, 'accommodation')), 'hotel');
    assert.equal(await page.textContent(`${leg(2)} legend`), S('ui-x-r-leg', { n: 2, country: N.AZ }));
    assert.equal(await page.getAttribute(`${leg(2)} button.remove`, 'aria-label'), S('ui-x-r-remove', { n: 2, country: N.AZ }));

    // One timeline: every date of the route, in order, worded in the language.
    assert.deepEqual(await timeline(page), TIMELINE);
    const items = page.locator('#route-answer .route-events li');
    assert.equal(await items.nth(0).locator('.ev-what').textContent(), S('ui-x-r-ev-entry', { country: N.KZ, n: 1 }));
    assert.equal(await items.nth(1).locator('.ev-what').textContent(), S('ui-x-r-ev-due', { country: N.KZ, n: 1 }));
    assert.ok((await items.nth(1).locator('.ev-title').textContent()).startsWith(`${S('ui-who-hotel')}: `));
    assert.equal(await items.nth(4).locator('.ev-what').textContent(), S('ui-x-r-ev-last', { country: N.KZ, n: 1 }));
    assert.equal(await items.nth(15).locator('.ev-what').textContent(), S('ui-x-r-ev-last', { country: N.KZ, n: 4 }));
    assert.equal(await items.nth(8).locator('.ev-title strong').textContent(), `${S('ui-who-foreigner')}: `, 'the migration card is the traveller\'s own');
    assert.equal(await page.locator('.route-bands .band').count(), 4, 'a band per leg');
    assert.equal(await page.locator('.route-bands .mk-due').count(), 5, 'a marker per deadline');

    // Each leg's last lawful day in its summary; Russia on a visa has none of tirkeu's.
    const lastDays = await page.$$eval('.route-sum .leg-sum', (xs) => xs.map((x) => x.querySelector('.leg-last time')?.getAttribute('datetime') ?? x.querySelector('.leg-last').textContent));
    assert.deepEqual(lastDays, ['2026-04-30', '2026-05-19', S('ui-res-no-last-day'), '2026-07-04']);
    assert.equal(await page.textContent('.route-sum .leg-sum[data-leg="1"] h4'), S('ui-x-r-leg', { n: 2, country: N.AZ }));

    // The route's warning: each country counts its own days.
    const warn = page.locator('.route-warnings li[data-code="limits-per-country"]');
    assert.equal(await warn.count(), 1);
    if (lang !== 'en') assert.doesNotMatch(await warn.textContent(), /Each country/);

    // The route's .ics: a VEVENT per deadline, on its day.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#route-ics')]);
    assert.equal(dl.suggestedFilename(), 'tirkeu-2026-04-01-2026-06-20.ics');
    const ics = readFileSync(await dl.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.deepEqual([...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]).sort(), DEADLINES);
    assert.equal((ics.match(/BEGIN:VEVENT/g) || []).length, DEADLINES.length);
    assert.equal(await page.textContent('#route-made'), S('ui-form-made', { name: 'tirkeu-2026-04-01-2026-06-20.ics' }));

    // No English, no message ID, axe-core clean on the section, no horizontal scrolling.
    for (const d of await page.$$('#route-view details')) await d.evaluate((e) => { e.open = true; });
    const texts = await visibleTexts(page, '#route-view', { labels: true });
    assert.doesNotMatch(texts.map((x) => x.text).join('\n'), MESSAGE_ID);
    if (lang !== 'en') {
      const english = texts.filter(({ text, lang: l }) => (!l || l === (lang === 'zh' ? 'zh-Hans' : lang)) && /[A-Za-z]{4,}/.test(text.replace(LATIN_OK, '')));
      assert.deepEqual(english.map((x) => x.text), [], 'English in the route view');
    }
    const axe = await page.evaluate(`${AXE}; axe.run('#across', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`);
    assert.deepEqual(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'no horizontal scrolling at 360 px');
    await page.locator('#route-box').screenshot({ path: `${ARTIFACTS}across-route-${lang}-phone.png` });

    // Leg 3 entering before leg 2 ends: the message under leg 3's entry date, in the language.
    const exit2 = await items.nth(6).locator('time').textContent(); // Fri 15 May, as the page writes it
    await page.fill(field(3, 'entryDate'), '2026-05-10');
    await settle(page);
    const entry3 = page.locator(field(3, 'entryDate'));
    assert.equal(await entry3.getAttribute('aria-invalid'), 'true');
    const msgId = await entry3.getAttribute('aria-describedby');
    assert.equal(await page.textContent(`#${msgId}`), S('ui-x-r-err-overlap', { n: 2, exit: exit2 }));
    assert.ok(await page.locator(`${leg(3)} #${msgId}`).isVisible(), 'under leg 3');
    assert.equal(await page.textContent('#route-answer .route-status'), S('ui-err-fix'));
    assert.equal(await page.inputValue(field(3, 'entryDate')), '2026-05-10', 'what was typed is kept');
    await page.fill(field(3, 'entryDate'), '2026-05-15');
    await settle(page);
    assert.equal(await entry3.getAttribute('aria-invalid'), null);
    assert.deepEqual(await timeline(page), TIMELINE);

    // A reload (the address holds the route) gives the same route.
    assert.match(await page.evaluate(() => location.hash), new RegExp(`route=${ROUTE.replace(/\./g, '\\.')}`));
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    await openRoute(page);
    assert.deepEqual(await timeline(page), TIMELINE);
    assert.deepEqual(page.problems, []);
    await page.context().close();

    const wide = await open(browser, `${url}${LINK}&lang=${lang}`, { viewport: { width: 1280, height: 900 } });
    await openRoute(wide);
    assert.ok(await wide.evaluate(() => document.documentElement.scrollWidth) <= 1280);
    await wide.locator('#route-box').screenshot({ path: `${ARTIFACTS}across-route-${lang}-desktop.png` });
    await wide.context().close();
  });
}

test('en: the route built by clicking and typing, from the questions\' trip; a leg beyond its last lawful day; a language switch loses nothing; kept on the device', async () => {
  const S = strings('en');
  const page = await open(browser, `${url}${QUESTIONS}&lang=en`);
  await openRoute(page);
  // Leg 1 is the questions' trip; a second leg is offered: the next country, entering the day
  // leg 1 ends.
  assert.equal(await page.locator('#route-legs li.leg').count(), 2);
  assert.deepEqual(await page.$$eval(`${leg(1)} [data-rfield]`, (xs) => xs.map((x) => x.value)), ['KZ', '2026-04-01', '2026-04-20', 'hotel', 'none']);
  assert.deepEqual(await page.$$eval(`${leg(2)} [data-rfield]`, (xs) => xs.map((x) => x.value)), ['AZ', '2026-04-20', '', 'private', 'none']);

  await page.locator(field(2, 'exitDate')).focus();
  await page.keyboard.type('05152026'); // typed into the date's fields, month first in en-US
  await settle(page);
  assert.equal(await page.inputValue(field(2, 'exitDate')), '2026-05-15');
  await page.click('#route-add');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.rfield), 'destination', 'focus on the new leg');
  assert.deepEqual(await page.$$eval(`${leg(3)} [data-rfield]`, (xs) => xs.map((x) => x.value)), ['RU', '2026-05-15', '', 'private', 'none']);
  await page.fill(field(3, 'exitDate'), '2026-06-05');
  await page.selectOption(field(3, 'visa'), 'tourist');
  await page.click('#route-add');
  // every country used: the first that is not the last leg's
  assert.deepEqual(await page.$$eval(`${leg(4)} [data-rfield]`, (xs) => xs.map((x) => x.value)), ['KZ', '2026-06-05', '', 'private', 'none']);
  await page.fill(field(4, 'exitDate'), '2026-06-20');
  await page.selectOption(field(4, 'accommodation'), 'hotel');
  await settle(page);
  assert.deepEqual(await timeline(page), TIMELINE);
  assert.match(await page.evaluate(() => location.hash), new RegExp(`route=${ROUTE.replace(/\./g, '\\.')}`));
  assert.equal(await page.getAttribute(`${leg(4)} button.remove`, 'aria-label'), 'Remove leg 4: Kazakhstan');

  // Another country for a leg keeps what fits: Azerbaijan's e-visa is not Kazakhstan's.
  await page.selectOption(field(2, 'visa'), 'e-visa');
  await page.selectOption(field(2, 'destination'), 'KZ');
  assert.equal(await page.inputValue(field(2, 'visa')), 'none', 'reset: Kazakhstan has no e-visa');
  assert.equal(await page.inputValue(field(2, 'exitDate')), '2026-05-15', 'kept');
  assert.equal(await page.textContent(`${leg(2)} legend`), 'Leg 2: Kazakhstan');
  await page.selectOption(field(2, 'destination'), 'AZ');
  await page.selectOption(field(2, 'visa'), 'none');

  // Leg 2 made longer: leg 3 now begins before it ends (its message), then moved: leg 2 goes 6
  // days beyond its last lawful day, said next to leg 2.
  await page.fill(field(2, 'exitDate'), '2026-05-25');
  await settle(page);
  assert.equal(await page.getAttribute(field(3, 'entryDate'), 'aria-invalid'), 'true');
  assert.equal(await page.textContent(`${leg(3)} .route-msg:not([hidden])`), S('ui-x-r-err-overlap', { n: 2, exit: 'Mon, May 25, 2026' }));
  await page.fill(field(3, 'entryDate'), '2026-05-25');
  await settle(page);
  const over = page.locator('.route-sum .leg-sum[data-leg="1"] .leg-warn li[data-code="leg-overstay"]');
  assert.equal(await over.count(), 1);
  assert.match(await over.textContent(), /Leg 2 .*6 days/);
  assert.equal(await page.locator('.route-events li[data-kind=exit][data-leg="1"] .warn-text').textContent(), S('ui-res-overstay', { n: 6 }));

  // Open leg 2 as the main answer: Azerbaijan's registration, Tue 5 May, above.
  await page.click('.route-sum .leg-sum[data-leg="1"] button.route-show');
  await page.waitForFunction(() => document.querySelector('#f-destination').value === 'AZ' && document.querySelector('.obligation.kind-registration .due time'));
  assert.equal(await page.inputValue('#f-entryDate'), '2026-04-20');
  assert.equal(await page.getAttribute('.obligation.kind-registration .due time', 'datetime'), '2026-05-05');
  await settle(page);
  assert.equal(await page.locator('#route-answer .route-events').count(), 1, 'the route still answers');
  assert.equal(await page.locator('#route-legs li.leg').count(), 4, 'and keeps its legs');

  // Typing, then switching the language before the answer is redrawn: nothing is lost, every
  // label of the builder is Russian.
  await page.locator(field(4, 'exitDate')).focus();
  await page.keyboard.type('06222026');
  await page.selectOption('#lang', 'ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await settle(page);
  assert.equal(await page.inputValue(field(4, 'exitDate')), '2026-06-22');
  assert.equal(await page.inputValue(field(3, 'entryDate')), '2026-05-25');
  const R = strings('ru');
  assert.equal(await page.textContent(`${leg(4)} legend`), R('ui-x-r-leg', { n: 4, country: 'Казахстан' }));
  assert.equal(await page.textContent('#route-add'), R('ui-x-r-add'));
  assert.equal(await page.locator('.route-events li[data-kind=exit][data-leg="3"] time').getAttribute('datetime'), '2026-06-22');

  // Removing a leg: the others renumbered, focus kept in the list; the route is shorter.
  await page.click(`${leg(4)} button.remove`);
  await settle(page);
  assert.equal(await page.locator('#route-legs li.leg').count(), 3);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'remove');

  // Remembered on the device: a visit without the link finds the route again.
  await page.check('#remember');
  await page.goto(`${url}`);
  await page.waitForSelector('body[data-ready]');
  await openRoute(page);
  assert.equal(await page.locator('#route-legs li.leg').count(), 3);
  assert.deepEqual(await page.$$eval(`${leg(3)} [data-rfield]`, (xs) => xs.map((x) => x.value)), ['RU', '2026-05-25', '2026-06-05', 'private', 'tourist']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('en: at most 30 legs — "add" disabled and said why; a link with more is cut to 30', async () => {
  const S = strings('en');
  // 30 legs of two days, Kazakhstan and Azerbaijan in turn, from 1 Jan 2026.
  const day = (n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
  const legs = Array.from({ length: 31 }, (_, i) => `${i % 2 ? 'AZ' : 'KZ'}:${day(2 * i)}..${day(2 * i + 2)}:private:none`);
  for (const [n, got] of [[30, 30], [31, 30]]) {
    const page = await open(browser, `${url}#destination=KZ&citizenship=CN&entryDate=2026-01-01&route=${legs.slice(0, n).join(',')}&lang=en`);
    await openRoute(page);
    assert.equal(await page.locator('#route-legs li.leg').count(), got);
    assert.ok(await page.isDisabled('#route-add'));
    assert.equal(await page.textContent('#route-max'), S('ui-x-r-max', { max: 30 }));
    assert.equal(await page.getAttribute('#route-add', 'aria-describedby'), 'route-max');
    assert.equal(await page.locator('#route-answer .route-events').count(), 1, 'the route is answered');
    await page.click(`${leg(30)} button.remove`);
    assert.ok(!(await page.isDisabled('#route-add')));
    assert.ok(await page.isHidden('#route-max'));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('zh: offline after one visit, the route view opens and answers (its code and every destination\'s words from the service worker)', async () => {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'allow' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  await page.goto(`${url}${LINK}&lang=zh`);
  await page.waitForSelector('body[data-ready]');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const responses = [];
  page.on('response', (r) => responses.push({ path: new URL(r.url()).pathname, sw: r.fromServiceWorker(), status: r.status() }));
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await openRoute(page); // the view's words (across.ftl) and Azerbaijan's and Russia's are fetched now
  assert.deepEqual(await timeline(page), TIMELINE);
  for (const p of ['/locales/zh/across.ftl', '/locales/zh/az.ftl', '/locales/zh/ru.ftl']) {
    assert.ok(responses.some((r) => r.path === p && r.sw && r.status === 200), `${p} from the service worker`);
  }
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#route-ics')]);
  assert.equal((readFileSync(await dl.path(), 'utf8').match(/BEGIN:VEVENT/g) || []).length, DEADLINES.length);
  assert.deepEqual(page.problems, []);
  await context.close();
});

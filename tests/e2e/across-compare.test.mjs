// The views across borders (issue 15): the same trip in each country side by side, and "when can
// I come back, and for how long?", in each language: hand-worked dates in each column, the
// column of a citizen's own country, a plan with a 90-in-180 limit and earlier trips, bad input
// in the planning view said under its field, no message ID and no English, axe-core, no
// horizontal scroll at 360 px; screenshots test-artifacts/across-compare-<lang>-{phone,desktop}.png.
//
// The traveller (LINK): a citizen of China, entering Kazakhstan on Tue 13 Oct 2026 and leaving
// on Thu 5 Nov 2026 (24 days: 13–31 Oct is 19, 1–5 Nov 5), staying with a private host, with two
// earlier trips to Kazakhstan, 15 Jun – 14 Jul 2026 (30 days) and 1–30 Aug 2026 (30 days).
//
// The comparison (the earlier trips count in Kazakhstan only):
// - Kazakhstan, the host's notification within 3 working days, the arrival day being day 1 when
//   it is a working day (docs/research/kz.md §8): Tue 13 = 1, Wed 14 = 2, Thu 15 Oct 2026 = 3.
// - Azerbaijan, registration of a stay longer than 15 days (exit 5 Nov > 13 Oct + 15 = 28 Oct)
//   within 15 calendar days counted from the day after entry, not moved (Migration Code Art. 21;
//   docs/research/az.md §1.1): day 1 = Wed 14 Oct, day 15 = Wed 28 Oct 2026.
// - Russia, the notification of arrival within 7 working days, day 1 the first working day after
//   the arrival (109-FZ Art. 20; src/countries/ru/calendar.rs: no holiday in October 2026):
//   Wed 14 = 1, Thu 15 = 2, Fri 16 = 3, (Sat 17, Sun 18), Mon 19 = 4, Tue 20 = 5, Wed 21 = 6,
//   Thu 22 Oct 2026 = 7. tirkeu lists no visa-free regime of Russia for China on 13 Oct 2026
//   (Decree No. 872's temporary regime took entries until 14 Sep 2026; no extension is known):
//   no last day, and the warning visa-free-unknown.
// - The last lawful day in Kazakhstan and in Azerbaijan (both 30 days per entry for China, and
//   90 in any 180): 13 Oct + 29 = 11 Nov 2026. Kazakhstan's 90 in 180: the 180 days up to the
//   eve of entry (17 Apr – 12 Oct) hold both earlier trips, 60 days; each day of the stay adds
//   one and none falls out before 15 Jun leaves the window (from 12 Dec), so 60 + 30 = 90 on
//   11 Nov: "60 used, 30 days, until 11 Nov". Azerbaijan counts no earlier trip: 0 used.
//
// The plan (Kazakhstan, entering on Fri 6 Nov 2026, the day after the exit; 30 days wanted):
// the days of presence are 15 Jun – 14 Jul (30), 1–30 Aug (30) and 13 Oct – 5 Nov (24): 84.
// - From 6 Nov: the 180-day window ending on 6 Nov + j starts on 11 May + j; 15 Jun leaves it
//   only when j > 35, so 84 + (j + 1) <= 90 gives j <= 5: 6 Nov – 11 Nov, 6 days.
// - The earliest entry E for 30 days: on the stay's last day, E + 29, the window starts on
//   E - 150 and must hold at most 60 earlier days, so at least 24 days of the June–July trip must
//   lie before it: E - 150 >= 15 Jun + 24 = 9 Jul, E >= 9 Jul + 150 days = 6 Dec 2026 (Jul 9 +
//   22 = 31 Jul, + 31 = 31 Aug, + 30 = 30 Sep, + 31 = 31 Oct, + 30 = 30 Nov, + 6 = 6 Dec). On the
//   days between (window from 10 Jun + j: 84 - max(0, j - 5) + j + 1 <= 90 for every j) it
//   holds. A stay entering on 6 Dec may last 30 days per entry: until 4 Jan 2027.
// - Azerbaijan (no trip there; China 30 per visit): from 6 Nov, 30 days until 5 Dec 2026 (6–30
//   Nov is 25 days, 1–5 Dec 5), the earliest entry 6 Nov. Russia: no limit known, earliest 6 Nov.
//
// A citizen of Kazakhstan going to Azerbaijan (LINK_KZ, same dates): Kazakhstan's column says
// its citizens do not register there; Azerbaijan asks the registration of Kazakh citizens only for
// stays longer than 30 days (exit 5 Nov <= 13 Oct + 30 = 12 Nov): nothing; Russia exempts them for
// 30 days from entry (entry day = day 1: day 30 = 11 Nov, after the exit) and asks the migration
// card on the day of entry, Tue 13 Oct 2026.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, serve, open, ARTIFACTS, visibleTexts } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

const LINK = '#destination=KZ&citizenship=CN&entryDate=2026-10-13&exitDate=2026-11-05&accommodation=private&trips=2026-06-15..2026-07-14,2026-08-01..2026-08-30';
const LINK_KZ = '#destination=AZ&citizenship=KZ&entryDate=2026-10-13&exitDate=2026-11-05&accommodation=private';
// A message ID left as such (a missing message shows its ID).
const MESSAGE_ID = /(^|[\s(«“"])(ui|az|kz|ru)-[a-z0-9]+(-[a-z0-9]+)+/m;
// Latin words any language may show: the app's name.
const LATIN_OK = /\b(tirkeu)\b/gi;

/** Opens the comparison and the planning view and waits until both are drawn. */
async function openViews(page) {
  await page.waitForSelector('#across');
  await page.evaluate(() => { for (const id of ['#compare-box', '#plan-box']) document.querySelector(id).open = true; });
  await page.waitForSelector('#compare-view .x-table');
  await page.waitForSelector('#plan-view .xp-table');
}
/** A regex for message `id` of `S` with every variable anything (whitespace as any space). */
function like(S, id, vars) {
  const mark = '\u0001';
  const v = Object.fromEntries(Object.keys(vars).map((k) => [k, mark]));
  const text = S(id, v);
  return new RegExp(`^${text.split(mark).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('.+')}$`, 's');
}
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const cell = (page, aspect, cc) => page.locator(`#compare-view tr[data-aspect="${aspect}"] td[data-country="${cc}"]`);

for (const lang of LANGS) {
  test(`${lang}: the same trip in each country and when to come back — hand-worked dates, no ID, no English, axe, 360 px`, async () => {
    const S = strings(lang);
    const page = await open(browser, `${url}${LINK}&lang=${lang}`, { viewport: { width: 1280, height: 900 } });
    await openViews(page);

    // ---- the comparison
    assert.deepEqual(await page.$$eval('#compare-view thead th', (ths) => ths.map((th) => !!th.querySelector('.x-yours'))), [true, false, false], 'Kazakhstan, chosen above, first as in the engine\'s order');
    const due = async (cc, kind) => page.locator(`#compare-view tr[data-aspect="duties"] td[data-country="${cc}"] li[data-kind="${kind}"] time`).getAttribute('datetime');
    assert.equal(await due('KZ', 'host-notification'), '2026-10-15');
    assert.equal(await due('AZ', 'registration'), '2026-10-28');
    assert.equal(await due('RU', 'host-notification'), '2026-10-22');
    assert.equal(await due('RU', 'migration-card'), '2026-10-13');
    // who does it, in the page's words
    assert.ok((await cell(page, 'duties', 'KZ').textContent()).includes(S('ui-who-host')));
    // the last lawful days, and Kazakhstan's 90 in 180 in plain words with the earlier trips
    assert.equal(await cell(page, 'stay', 'KZ').locator('.x-last time').getAttribute('datetime'), '2026-11-11');
    assert.equal(await cell(page, 'stay', 'AZ').locator('.x-last time').getAttribute('datetime'), '2026-11-11');
    assert.equal(norm(await cell(page, 'stay', 'RU').locator('.x-last').innerText()), norm(S('ui-x-c-no-last-day')));
    const rolling = cell(page, 'stay', 'KZ').locator('li[data-limit="rolling"]');
    assert.equal(await rolling.locator('time').getAttribute('datetime'), '2026-11-11');
    assert.equal(norm(await rolling.innerText()), norm(S('ui-x-c-limit-rolling', { days: 90, window: 180, used: 60, n: 30, last: await rolling.locator('time').innerText() })));
    const azRolling = cell(page, 'stay', 'AZ').locator('li[data-limit="rolling"]');
    assert.match(norm(await azRolling.innerText()), like(S, 'ui-x-c-limit-rolling', { days: 1, window: 1, used: 1, n: 1, last: 1 }));
    assert.ok((await azRolling.innerText()).includes(S('ui-x-c-limit-rolling', { days: 90, window: 180, used: 0, n: 90, last: '' }).split(';')[0].split('；')[0]), 'Azerbaijan counts no earlier trip');
    // what it costs: Russia's private host, if late, KoAP 18.9(4) 2,000–4,000 roubles and, in
    // Moscow, St Petersburg and their regions, 18.9(5) 5,000–7,000 (docs/research/ru.md §5): two
    // lines, each with its own sum, not one range across them; Azerbaijan's one line, Art. 577:
    // 300–500 manats, in one sentence
    const ruFines = cell(page, 'cost', 'RU').locator('ul.x-fine-lines li');
    const digits = (x) => x.replace(/\D/g, '');
    assert.deepEqual((await ruFines.allInnerTexts()).map((x) => digits(x).slice(-8)), ['20004000', '50007000']);
    assert.equal(await cell(page, 'cost', 'AZ').locator('ul.x-fine-lines').count(), 0);
    assert.match(digits(await cell(page, 'cost', 'AZ').locator('p.x-fine').innerText()), /300500$/);
    // what to watch: Russia knows no regime for China after 14 Sep 2026; the others nothing
    assert.equal(await cell(page, 'watch', 'RU').locator('li[data-code="visa-free-unknown"]').count(), 1);
    assert.equal(norm(await cell(page, 'watch', 'KZ').innerText()), norm(S('ui-x-c-no-warnings')));
    // the forms' names and the line under the table
    assert.equal(norm(await cell(page, 'form', 'AZ').innerText()), norm(S('az-ui-form-h')));
    assert.match(norm(await page.locator('#compare-view .x-only-here').innerText()), like(S, 'ui-x-c-only-here', { country: 1 }));
    assert.equal(await page.locator('#compare-view button[data-choose]').count(), 3);

    // ---- the plan: Kazakhstan from the day after the exit, 30 days
    assert.equal(await page.inputValue('#xp-dest'), 'KZ');
    assert.equal(await page.inputValue('#xp-from'), '2026-11-06');
    assert.equal(await page.inputValue('#xp-days'), '30');
    const main = page.locator('#plan-view .xp-main');
    assert.deepEqual(await main.locator('time').evaluateAll((ts) => ts.map((x) => x.dateTime)), ['2026-11-06', '2026-11-11']);
    const [t1, t2] = await main.locator('time').allInnerTexts();
    assert.equal(norm(await main.innerText()), norm(S('ui-x-p-available', { date: t1, n: 6, last: t2 })));
    const earliest = page.locator('#plan-view .xp-earliest');
    assert.deepEqual(await earliest.locator('time').evaluateAll((ts) => ts.map((x) => x.dateTime)), ['2026-12-06', '2027-01-04']);
    assert.deepEqual(await page.$$eval('#plan-view .xp-counted li', (lis) => lis.map((li) => li.dataset.from)), ['earlier', 'earlier', 'main']);
    assert.equal(await page.locator('#plan-view .xp-limits li').count(), 2, 'the two limits, in the engine\'s words');
    // every country for the same date and length
    const row = (cc) => page.locator(`#plan-view .xp-table tr[data-country="${cc}"]`);
    assert.equal(await row('KZ').locator('.xp-avail time').getAttribute('datetime'), '2026-11-11');
    assert.equal(await row('KZ').locator('.xp-first time').getAttribute('datetime'), '2026-12-06');
    assert.equal(await row('AZ').locator('.xp-avail time').getAttribute('datetime'), '2026-12-05');
    assert.equal(await row('AZ').locator('.xp-first time').getAttribute('datetime'), '2026-11-06');
    assert.equal(norm(await row('RU').locator('.xp-avail').innerText()), norm(S('ui-x-p-cell-open')));
    assert.equal(await row('RU').locator('.xp-first time').getAttribute('datetime'), '2026-11-06');

    // ---- words: no ID, nothing in English but in English
    const texts = await visibleTexts(page, '#across');
    assert.doesNotMatch(texts.map((x) => x.text).join('\n'), MESSAGE_ID, 'a message ID shows');
    if (lang !== 'en') {
      const pageLang = lang === 'zh' ? 'zh-Hans' : lang;
      const english = texts.filter(({ text, lang: l }) => (!l || l === pageLang) && /[A-Za-z]{4,}/.test(text.replace(LATIN_OK, '')));
      assert.deepEqual(english.map((x) => x.text), [], 'English in the views');
    }
    const result = await page.evaluate(`${AXE}; axe.run(document.querySelector('#across'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.locator('#across').screenshot({ path: `${ARTIFACTS}across-compare-${lang}-desktop.png` });

    // ---- a phone: nothing scrolls sideways; the cells say their country
    await page.setViewportSize({ width: 360, height: 780 });
    await page.waitForTimeout(100);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'no horizontal scroll at 360 px');
    assert.ok(await cell(page, 'duties', 'AZ').locator('.x-in').isVisible(), 'a stacked cell names its country');
    const phone = await page.evaluate(`${AXE}; axe.run(document.querySelector('#across'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })`);
    assert.deepEqual(phone.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), []);
    await page.locator('#across').screenshot({ path: `${ARTIFACTS}across-compare-${lang}-phone.png` });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: a citizen of Kazakhstan — its own country's column says why, the others answer`, async () => {
    const S = strings(lang);
    const page = await open(browser, `${url}${LINK_KZ}&lang=${lang}`);
    await openViews(page);
    const own = page.locator('#compare-view td.x-error[data-country="KZ"]');
    assert.equal(norm(await own.innerText()), norm(S('kz-ui-err-citizen-of-destination')));
    assert.equal(norm(await cell(page, 'duties', 'AZ').locator('.x-none').innerText()), norm(S('ui-x-c-none')));
    assert.equal(await cell(page, 'duties', 'RU').locator('li[data-kind="migration-card"] time').getAttribute('datetime'), '2026-10-13');
    assert.equal(await cell(page, 'duties', 'RU').locator('li[data-kind="host-notification"]').count(), 0, 'exempt for 30 days');
    // the plan for Kazakhstan: the same words, under the country's field
    await page.selectOption('#xp-dest', 'KZ');
    assert.equal(norm(await page.textContent('#xp-dest-msg')), norm(S('kz-ui-err-citizen-of-destination')));
    assert.equal(await page.getAttribute('#xp-dest', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#xp-dest', 'aria-describedby'), /xp-dest-msg/);
    assert.equal(norm(await page.locator('#plan-view tr[data-country="KZ"] td.x-error').innerText()), norm(S('kz-ui-err-citizen-of-destination')));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: bad input in the planning view is said under its field, and nothing typed is lost`, async () => {
    const S = strings(lang);
    const page = await open(browser, `${url}${LINK}&lang=${lang}`);
    await openViews(page);
    const max = new Intl.NumberFormat(lang === 'kk' ? 'ru' : lang === 'zh' ? 'zh-Hans' : lang).format(3650);
    for (const v of ['0', '-3', '99999', 'abc', '2.5', '']) {
      await page.fill('#xp-days', v);
      await page.waitForFunction(() => !document.querySelector('#xp-days-msg').hidden);
      assert.equal(norm(await page.textContent('#xp-days-msg')), norm(S('ui-x-p-days-bad', { max })), `days "${v}"`);
      assert.equal(await page.getAttribute('#xp-days', 'aria-invalid'), 'true');
      assert.match(await page.getAttribute('#xp-days', 'aria-describedby'), /xp-days-msg/);
      assert.equal(await page.inputValue('#xp-days'), v, 'what was typed is kept');
      assert.equal(norm(await page.locator('#plan-view .xp-answer').innerText()), norm(S('ui-x-p-fix-fields')));
    }
    await page.fill('#xp-days', '45');
    await page.waitForFunction(() => document.querySelector('#xp-days-msg').hidden);
    assert.equal(await page.getAttribute('#xp-days', 'aria-invalid'), null);
    assert.equal(await page.locator('#plan-view .xp-main').count(), 1);
    // an entry date beyond the data, then none
    await page.fill('#xp-from', '2031-01-01');
    await page.waitForFunction(() => !document.querySelector('#xp-from-msg').hidden);
    assert.match(norm(await page.textContent('#xp-from-msg')), like(S, 'ui-x-p-from-range', { from: 1, to: 1, country: 1 }));
    assert.equal(await page.getAttribute('#xp-from', 'aria-invalid'), 'true');
    await page.fill('#xp-from', '');
    await page.waitForFunction((t) => document.querySelector('#xp-from-msg').textContent === t, S('ui-x-p-from-empty'));
    await page.fill('#xp-from', '2027-03-01');
    await page.waitForFunction(() => document.querySelector('#xp-from-msg').hidden);
    assert.equal(await page.locator('#plan-view .xp-main time').first().getAttribute('datetime'), '2027-03-01');
    assert.equal(await page.inputValue('#xp-days'), '45');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('en: the views follow the questions and the language; a column\'s button opens that answer', async () => {
  const page = await open(browser, `${url}${LINK}&lang=en`);
  await openViews(page);
  // an error in the questions: a note instead of the table and the plan; the plan's fields kept
  await page.fill('#xp-days', '12');
  await page.fill('#f-exitDate', '2026-10-01');
  await page.waitForSelector('#compare-view .notice');
  assert.equal(norm(await page.textContent('#compare-view .notice')), norm(strings('en')('ui-x-c-fix')));
  assert.equal(norm(await page.textContent('#plan-view .xp-answer .notice')), norm(strings('en')('ui-x-p-fix')));
  assert.equal(await page.inputValue('#xp-days'), '12');
  await page.fill('#f-exitDate', '2026-11-05');
  await page.waitForSelector('#compare-view .x-table');
  // Russian: the views redrawn in it
  await page.selectOption('#lang', 'ru');
  await page.waitForFunction((t) => document.querySelector('#compare-view caption')?.textContent.startsWith(t), strings('ru')('ui-x-c-caption', { trip: '' }).trim());
  assert.equal(await page.textContent('label[for="xp-days"]'), strings('ru')('ui-x-p-days'));
  assert.equal(await page.locator('#plan-view .xp-main').count(), 1);
  // the button of Azerbaijan's column makes it the destination: the comparison marks it
  await page.click('#compare-view button[data-choose="AZ"]');
  await page.waitForFunction(() => document.querySelector('#compare-view thead th.x-here')?.textContent.includes(new Intl.DisplayNames(['ru'], { type: 'region' }).of('AZ')));
  assert.equal(await page.inputValue('#f-destination'), 'AZ');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('en: a choice another country lacks is replaced by its default and said; a visa counts as one of that country', async () => {
  const S = strings('en');
  // Azerbaijan's e-visa: Kazakhstan has no such choice (countries().visas), Russia has its own
  const page = await open(browser, `${url}#destination=AZ&citizenship=IN&entryDate=2026-10-13&exitDate=2026-11-05&visa=e-visa&accommodation=hotel&lang=en`);
  await openViews(page);
  assert.equal(norm(await cell(page, 'duties', 'KZ').locator('.x-instead').innerText()),
    norm(S('ui-x-c-instead', { field: S('ui-f-visa'), value: S('ui-visa-none'), asked: S('ui-visa-e-visa') })));
  assert.equal(norm(await cell(page, 'duties', 'RU').locator('.x-instead').innerText()), norm(S('ui-x-c-same-visa', { visa: S('ui-visa-e-visa') })));
  assert.equal(await cell(page, 'duties', 'AZ').locator('.x-instead').count(), 0, 'the destination of the questions as asked');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the trips the plan counts: each in its own country, the route\'s copy of the questions\' trip once, overlapping ones joined', async () => {
  const { tripsIn } = await import('../../www/js/plan.js');
  const main = { destination: 'KZ', entryDate: '2026-10-13', exitDate: '2026-11-05', trips: [{ entryDate: '2026-06-15', exitDate: '2026-07-14' }] };
  const legs = [
    { destination: 'KZ', entryDate: '2026-10-13', exitDate: '2026-11-05' }, // the questions' trip again
    { destination: 'AZ', entryDate: '2026-11-06', exitDate: '2026-11-20' },
    { destination: 'kz', entryDate: '2026-11-01', exitDate: '2026-11-25' }, // overlaps the trip above
    { destination: 'KZ', entryDate: '2027-01-01' }, // the last leg, no exit yet: not a trip
    { destination: 'KZ', entryDate: '2027-02-10', exitDate: '2027-02-01' }, // exit before entry: not a trip
  ];
  const kz = tripsIn('KZ', main, legs);
  assert.deepEqual(kz.shown.map((x) => [x.from, x.entryDate, x.exitDate, x.n]), [
    ['earlier', '2026-06-15', '2026-07-14', undefined], ['main', '2026-10-13', '2026-11-05', undefined], ['leg', '2026-11-01', '2026-11-25', 3]]);
  assert.deepEqual(kz.merged, [{ entryDate: '2026-06-15', exitDate: '2026-07-14' }, { entryDate: '2026-10-13', exitDate: '2026-11-25' }]);
  const az = tripsIn('AZ', main, legs);
  assert.deepEqual(az.merged, [{ entryDate: '2026-11-06', exitDate: '2026-11-20' }], 'Kazakhstan\'s trips do not count in Azerbaijan');
  assert.deepEqual(tripsIn('RU', main, []).merged, []);
  assert.deepEqual(tripsIn('KZ', null, undefined).merged, [], 'no answer to the questions, no route');
});

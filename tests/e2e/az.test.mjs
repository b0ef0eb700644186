// Azerbaijan on the page and in the embed, in each language (issue 13, deliverables 8 and 9): a
// hand-worked stay, its registration with its date, its counting steps and the other reading,
// a move, the fines in manats, the eight claims of the guides answered for it, the form (HTML
// and PDF), the .ics, no message ID and nothing Kazakh on the page, axe-core; the embed; a
// switch from Kazakhstan; only Azerbaijan's words fetched; screenshots (360 px and desktop, en
// and zh) in test-artifacts/.
//
// The case (docs/research/az.md §8 C2, with a move): a Georgian, visa-free, enters on Fri
// 9 Oct 2026, stays with a private host, moves on Tue 20 Oct to another owner's flat, leaves on
// Mon 30 Nov.
// - Registration (Migration Code Art. 21.2, 15 calendar days from the day after entry, not moved
//   off a non-working day): day 1 Sat 10 Oct … day 15 = Sat 24 Oct 2026 (a weekend day: the
//   other reading, Civil Code 370.2 by analogy, is the next working day, Mon 26 Oct).
// - Re-registration (Art. 21.9, 5 Azerbaijani working days after the arrival at the new
//   address): Wed 21 = 1, Thu 22 = 2, Fri 23 = 3, Sat 24 / Sun 25 off, Mon 26 = 4, Tue 27 Oct
//   = 5 (no holiday in October: src/countries/az/calendar.rs).
// - Last lawful day (Art. 20.1, 90 days a stay, the entry day counted): Oct 9-31 = 23,
//   Nov = 30 (53), Dec = 31 (84), Jan 1-6 = 6 (90): Wed 6 Jan 2027.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { launch, serve, open, settled, ARTIFACTS, visibleTexts } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

const LINK = '#destination=AZ&citizenship=GE&entryDate=2026-10-09&exitDate=2026-11-30&accommodation=private&moves=2026-10-20:private:same';
const CLAIMS = ['card', 'permit', 'time', 'biometrics', 'insurance', 'move', 'translation', 'receipt'];
// Kazakhstan's words that must not show on an Azerbaijani page: its money, fine unit, ID
// numbers, portals.
const KAZAKH = /tenge|тенге|теңге|坚戈|\bMRP\b|\bМРП\b|\bАЕК\b|\bIIN\b|\bBIN\b|\bИИН\b|\bЖСН\b|eGov|eQonaq|坚戈|月核算指数/;
// A message ID left as such (a missing message shows its ID).
const MESSAGE_ID = /(^|[\s(«“"])(ui|az|kz)-[a-z0-9]+(-[a-z0-9]+)+/m;
// Latin words an Azerbaijani page may show in any language: the app's name, formats, the
// e-visa's and the ASAN centres' names, browsers' names in the how-to-install lines.
const LATIN_OK = /\b(tirkeu|PDF|ics|ASAN|e-visa|https?|www|Safari|Firefox|Chrome|Chromium|Android|iPhone|macOS|Sonoma|Dock)\b/gi;

// Every <details> of the answer, the FAQ and the form; not the views across borders, which show
// every destination by design (tests/e2e/across-*.test.mjs check their words).
const openAll = async (page) => { for (const d of await page.$$('details:not(.across-view)')) await d.evaluate((e) => { e.open = true; }); };

for (const lang of LANGS) {
  test(`${lang}: an Azerbaijani stay on the page — the registration's date, steps and other reading, the move, fines in manats, the eight claims, no ID, nothing Kazakh`, async () => {
    const S = strings(lang);
    const requests = [];
    const page = await open(browser, null);
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${url}${LINK}&lang=${lang}`);
    await page.waitForSelector('body[data-ready]');
    assert.equal(await page.textContent('h1'), S('az-ui-title'));
    assert.equal(await page.title(), S('az-ui-doc-title'));

    // Registration: due Sat 24 Oct, the other reading Mon 26 Oct, 15 counted days.
    const reg = page.locator('.obligation.kind-registration');
    assert.equal(await reg.count(), 1);
    assert.equal(await reg.locator('.due-line .due time').getAttribute('datetime'), '2026-10-24');
    assert.equal(await reg.locator('.alt time').getAttribute('datetime'), '2026-10-26');
    // the steps: the day of arrival not counted, day 1 the next day, days 2-14 folded into one
    // line, day 15 the due date
    const steps = reg.locator('ol.steps li');
    assert.equal(await steps.first().locator('time').getAttribute('datetime'), '2026-10-09');
    assert.match(await steps.first().getAttribute('class'), /skipped/);
    assert.equal(await steps.nth(1).locator('time').getAttribute('datetime'), '2026-10-10');
    assert.ok((await steps.nth(1).textContent()).includes(S('ui-step-counts-calendar', { n: 1 })));
    assert.ok((await reg.locator('ol.steps li.gap').textContent()).includes(S('ui-step-gap', { from: 2, to: 14 })));
    const due = reg.locator('ol.steps li.due-step');
    assert.equal(await due.locator('time').getAttribute('datetime'), '2026-10-24');
    assert.ok((await due.textContent()).includes(S('ui-step-counts-calendar', { n: 15 })));
    assert.ok((await due.textContent()).includes(S('ui-step-due')));
    assert.equal(await reg.locator('.who strong').textContent(), S('ui-who-host'));
    // Re-registration after the move: Tue 27 Oct, 5 counted working days.
    const rereg = page.locator('.obligation.kind-re-registration');
    assert.equal(await rereg.locator('.due-line .due time').getAttribute('datetime'), '2026-10-27');
    assert.equal(await rereg.locator('ol.steps li.counted').count(), 5);
    assert.equal(await page.locator('.glance .lastday time').getAttribute('datetime'), '2027-01-06');
    // The move row asks Azerbaijan's question (same owner), not Kazakhstan's (another region).
    assert.equal(await page.locator('#f-moves-0-sameOwner').count(), 1);
    assert.equal(await page.locator('#f-moves-0-otherRegion').count(), 0);
    // Fines in manats, as ranges (Arts. 577, 575.3, 575.1): never "not established".
    const fines = await reg.locator('ul.penalty li').allTextContents();
    assert.equal(fines.length, 4);
    for (const f of fines) assert.ok(!f.includes(S('ui-ob-unknown-fine')), f);
    assert.ok(fines.some((f) => /300/.test(f) && /500/.test(f)) && fines.some((f) => /2[\s,. ]?000/.test(f) && /3[\s,. ]?000/.test(f)), fines.join(' | '));

    // The eight claims, in order, in the page's language, each wrong, with this case's dates.
    assert.equal(await page.textContent('.to-faq a'), S('az-faq-link'));
    assert.deepEqual(await page.$$eval('.faq-item', (xs) => xs.map((x) => x.id)), CLAIMS.map((c) => `faq-${c}`));
    for (const c of CLAIMS) {
      const item = page.locator(`#faq-${c}`);
      assert.equal(await item.locator('h3').textContent(), S(`az-faq-${c}-q`));
      assert.equal(await item.locator('.verdict').textContent(), S('ui-faq-wrong'));
      assert.ok(await item.locator('details.src li').count() >= 1, `${c}: sources`);
    }
    assert.equal(await page.locator('#faq-card time[datetime="2026-10-24"]').count(), 1, 'the card claim: this case\'s registration date');
    assert.equal(await page.locator('#faq-move time[datetime="2026-10-27"]').count(), 1, 'the move claim: this case\'s date');
    assert.equal(await page.locator('#faq-receipt time[datetime="2027-01-06"]').count(), 1, 'the receipt claim: the last lawful day');
    assert.ok((await page.textContent('#faq-move')).includes(S('az-faq-move-rule')));

    // Only Azerbaijan's words, in this language; its FAQ's after the first answer.
    const ftl = requests.filter((p) => p.endsWith('.ftl')).sort();
    assert.deepEqual(ftl, [`/locales/${lang}/az-faq.ftl`, `/locales/${lang}/az.ftl`, `/locales/${lang}/later.ftl`, `/locales/${lang}/shared.ftl`]);

    await openAll(page);
    const body = (await visibleTexts(page)).map((x) => x.text).join('\n');
    assert.doesNotMatch(body, MESSAGE_ID, 'a message ID shows');
    assert.doesNotMatch(body, KAZAKH, 'Kazakhstan\'s words on an Azerbaijani page');
    if (lang !== 'en') {
      const pageLang = lang === 'zh' ? 'zh-Hans' : lang;
      const english = (await visibleTexts(page)).filter(({ text, lang: l, inForm }) => !inForm && (!l || l === pageLang || (l === 'ru' && lang === 'kk'))
        && /[A-Za-z]{4,}/.test(text.replace(/https?:\/\/\S+|\S+@\S+|\S+\.(az|kz|com|org|ru)\S*/g, '').replace(LATIN_OK, '')));
      assert.deepEqual(english.map((x) => x.text), [], 'English on the page');
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: the Azerbaijani form (HTML and PDF) and the .ics`, async () => {
    const page = await open(browser, `${url}${LINK}&lang=${lang}`);
    await page.fill('#d-surname', 'Əliyeva');
    await page.fill('#d-givenNames', 'Gülşən');
    await settled(page);
    // The preview is Azerbaijan's application (Annex 6: ƏRİZƏ-ANKET), not another country's.
    const preview = await page.evaluate(() => document.querySelector('#form-preview').shadowRoot.textContent);
    assert.match(preview, /ANKET/);
    assert.match(preview, /Əliyeva/);
    assert.ok(!(await page.isHidden('#pdf')), 'the PDF button');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('#pdf')]);
    const file = `${ARTIFACTS}az-form-${lang}.pdf`;
    await pdf.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    assert.match(text, /ANKET/);
    assert.match(text, /Əliyeva/);
    assert.match(text, /Gülşən/);
    const [ics] = await Promise.all([page.waitForEvent('download'), page.click('#ics')]);
    const cal = readFileSync(await ics.path(), 'utf8');
    assert.match(cal, /BEGIN:VCALENDAR/);
    assert.match(cal, /DTSTART;VALUE=DATE:20261024/, 'the registration\'s day');
    assert.match(cal, /DTSTART;VALUE=DATE:20261027/, 'the new address\'s day');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: axe-core finds no serious or critical violation on the Azerbaijani page`, async () => {
    const page = await open(browser, `${url}${LINK}&lang=${lang}`);
    await openAll(page);
    const result = await page.evaluate(`${AXE}; axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.context().close();
  });

  test(`${lang}: the embed with destination="AZ" answers for Azerbaijan, fetching only Azerbaijan's words`, async () => {
    const S = strings(lang);
    const page = await open(browser, null);
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${url}frame.html?destination=AZ&lang=${lang}`);
    await page.waitForFunction(() => document.querySelector('tirkeu-calculator').shadowRoot.querySelector('#tk-citizenship'));
    const got = page.evaluate(() => new Promise((ok) => document.querySelector('tirkeu-calculator').addEventListener('tirkeu-result', (e) => ok(e.detail), { once: true })));
    await page.evaluate(() => { document.querySelector('tirkeu-calculator').scenario = { citizenship: 'GE', entryDate: '2026-10-09', exitDate: '2026-11-30', accommodation: 'private' }; });
    const a = await got;
    assert.equal(a.destination, 'AZ');
    const root = (sel) => page.evaluate((s) => [...document.querySelector('tirkeu-calculator').shadowRoot.querySelectorAll(s)].map((x) => x.getAttribute('datetime') ?? x.textContent), sel);
    assert.deepEqual(await root('h2'), [S('az-ui-title')]);
    assert.deepEqual(await root('.kind-registration .due time'), ['2026-10-24']);
    const body = (await visibleTexts(page)).map((x) => x.text).join('\n');
    assert.doesNotMatch(body, MESSAGE_ID);
    assert.doesNotMatch(body, KAZAKH);
    assert.deepEqual(requests.filter((p) => p.endsWith('.ftl')).sort(), [`/locales/${lang}/az.ftl`, `/locales/${lang}/shared.ftl`], 'no FAQ, no other destination');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('from Kazakhstan to Azerbaijan on the page: its words are fetched, then its title, answer and eight claims show', async () => {
  const page = await open(browser, `${url}#destination=KZ&citizenship=GE&entryDate=2026-10-09&exitDate=2026-11-30&accommodation=private&lang=zh`);
  const S = strings('zh');
  assert.equal(await page.textContent('h1'), S('kz-ui-title'));
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.selectOption('#f-destination', 'AZ');
  await page.waitForFunction(() => document.querySelector('.obligation.kind-registration .due time')?.getAttribute('datetime') === '2026-10-24');
  assert.equal(await page.textContent('h1'), S('az-ui-title'));
  assert.equal(await page.title(), S('az-ui-doc-title'));
  await page.waitForFunction(() => document.querySelectorAll('.faq-item').length === 8);
  assert.equal(await page.textContent('#faq-card h3'), S('az-faq-card-q'));
  assert.deepEqual(requests.filter((p) => p.endsWith('.ftl')).sort(), ['/locales/zh/az-faq.ftl', '/locales/zh/az.ftl']);
  assert.match(page.url(), /destination=AZ/);
  // and back: Kazakhstan's words are at hand, nothing more is fetched
  await page.selectOption('#f-destination', 'KZ');
  await page.waitForFunction(() => document.querySelectorAll('.faq-item').length === 5);
  assert.equal(await page.textContent('h1'), S('kz-ui-title'));
  assert.equal(requests.filter((p) => p.endsWith('.ftl')).length, 2);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const lang of ['en', 'zh']) {
  for (const [name, viewport] of [['360', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]]) {
    test(`${lang}, ${name}: screenshots of the Azerbaijani page, no horizontal scrolling`, async () => {
      const page = await open(browser, `${url}${LINK}&lang=${lang}`, { viewport });
      await page.screenshot({ path: `${ARTIFACTS}az-${lang}-${name}-top.png` });
      await page.screenshot({ path: `${ARTIFACTS}az-${lang}-${name}.png`, fullPage: true });
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= viewport.width);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

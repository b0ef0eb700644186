// Russia on the page and in the embed, in each language (issue 14, deliverables 8, 9 and 10's
// browser path): a hand-worked stay, its notification of arrival with its date and counting
// steps, a move to a hotel (its notification and its departure notice), the fines in roubles,
// the four claims of the guides answered for it, an exempt citizen just inside and just beyond
// the treaty's window, the form (HTML and PDF), the .ics, no message ID and nothing Kazakh or
// Azerbaijani on the page, axe-core; the embed; only Russia's words fetched; screenshots (360 px
// and desktop, ru and zh) in test-artifacts/.
//
// The case (docs/research/ru.md §2, §3; the production calendar of src/countries/ru/calendar.rs:
// no holiday in October 2026, Wed 4 Nov a holiday): a citizen of Azerbaijan, visa-free (no
// exemption), enters on Tue 13 Oct 2026, stays with a private host, moves on Fri 30 Oct to a
// hotel, leaves on Tue 10 Nov.
// - Notification of arrival (109-FZ Art. 20, 7 working days, day 1 the first working day after
//   the arrival): Wed 14 = 1, Thu 15 = 2, Fri 16 = 3, Sat 17 / Sun 18 off, Mon 19 = 4,
//   Tue 20 = 5, Wed 21 = 6, Thu 22 Oct 2026 = 7. Still at the flat after it: it applies.
// - The hotel's notification (Art. 20(3.1), the first working day after the arrival): Fri 30 Oct
//   → Sat 31 / Sun 1 off → Mon 2 Nov 2026.
// - The hotel's departure notice (by 12:00 of the next calendar day): exit Tue 10 Nov → Wed 11 Nov.
// - Fines (KoAP 18.9(4), 18.9(5) in Moscow/St Petersburg, 18.8): the citizen's 2,000–4,000 and
//   the legal entity's 400,000–500,000 roubles, and the capitals' 600,000–800,000.
// The exempt citizen (ru.md §3: Kazakhstan, 30 days from the entry, the entry day = day 1):
// entry Tue 13 Oct 2026, day 30 = entry + 29 = Wed 11 Nov. An exit on Wed 11 Nov is inside: no
// notification. An exit on Thu 12 Nov is beyond: the notification is due Wed 11 Nov, the Civil
// Code's reading (counted from the next day, day 30 = Thu 12 Nov, a working day) the later one.
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

const LINK = '#destination=RU&citizenship=AZ&entryDate=2026-10-13&exitDate=2026-11-10&accommodation=private&moves=2026-10-30:hotel';
const KZ = (exit) => `#destination=RU&citizenship=KZ&entryDate=2026-10-13&exitDate=${exit}&accommodation=private`;
const CLAIMS = ['card', 'paper', 'fees', 'eaeu'];
// Kazakhstan's and Azerbaijan's words that must not show on a Russian page: their money, fine
// unit, ID numbers, portals.
const FOREIGN = /tenge|тенге|теңге|坚戈|\bMRP\b|\bМРП\b|\bАЕК\b|\bIIN\b|\bBIN\b|\bИИН\b|\bЖСН\b|eGov|eQonaq|月核算指数|manat|Manat|манат|马纳特|\bASAN\b/;
// A message ID left as such (a missing message shows its ID).
const MESSAGE_ID = /(^|[\s(«“"])(ui|az|kz|ru)-[a-z0-9]+(-[a-z0-9]+)+/m;
// Latin words a Russian page may show in any language: the app's name, formats, RuID, the
// portal's name Gosuslugi (as the Chinese rules catalog keeps it), browsers' names in the
// how-to-install lines.
const LATIN_OK = /\b(tirkeu|PDF|ics|RuID|Gosuslugi|https?|www|Safari|Firefox|Chrome|Chromium|Android|iPhone|macOS|Sonoma|Dock)\b/gi;

// Every <details> of the answer, the FAQ and the form; not the views across borders, which show
// every destination by design (tests/e2e/across-*.test.mjs check their words).
const openAll = async (page) => { for (const d of await page.$$('details:not(.across-view)')) await d.evaluate((e) => { e.open = true; }); };
/** The obligation card of `kind` whose due date is `date`. */
const card = (page, kind, date) => page.locator(`.obligation.kind-${kind}`).filter({ has: page.locator(`.due-line .due time[datetime="${date}"]`) });

for (const lang of LANGS) {
  test(`${lang}: a Russian stay on the page — the notification's date and steps, the hotel, fines in roubles, the four claims, no ID, nothing Kazakh or Azerbaijani`, async () => {
    const S = strings(lang);
    const requests = [];
    const page = await open(browser, null);
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${url}${LINK}&lang=${lang}`);
    await page.waitForSelector('body[data-ready]');
    assert.equal(await page.textContent('h1'), S('ru-ui-title'));
    assert.equal(await page.title(), S('ru-ui-doc-title'));

    // The notification of arrival at the flat: Thu 22 Oct, 7 counted working days, the weekend
    // not counted, filed by the host.
    const flat = card(page, 'host-notification', '2026-10-22');
    assert.equal(await flat.count(), 1);
    const steps = flat.locator('ol.steps li');
    assert.equal(await steps.first().locator('time').getAttribute('datetime'), '2026-10-13');
    assert.match(await steps.first().getAttribute('class'), /skipped/);
    assert.equal(await flat.locator('ol.steps li.counted').count(), 7);
    assert.ok((await flat.locator('ol.steps').textContent()).includes(S('ui-step-weekend')));
    assert.ok((await flat.locator('ol.steps').textContent()).includes(S('ui-step-counts-working', { n: 1 })));
    const due = flat.locator('ol.steps li.due-step');
    assert.equal(await due.locator('time').getAttribute('datetime'), '2026-10-22');
    assert.ok((await due.textContent()).includes(S('ui-step-counts-working', { n: 7 })));
    assert.equal(await flat.locator('.who strong').textContent(), S('ui-who-host'));
    // The hotel after the move: Mon 2 Nov; its departure notice: Wed 11 Nov.
    const hotel = card(page, 'host-notification', '2026-11-02');
    assert.equal(await hotel.count(), 1);
    assert.equal(await hotel.locator('.who strong').textContent(), S('ui-who-hotel'));
    assert.equal(await card(page, 'hotel-departure', '2026-11-11').count(), 1);
    // Fines in roubles, as ranges: never "not established".
    const fines = await flat.locator('ul.penalty li').allTextContents();
    assert.ok(fines.length >= 3, fines.join(' | '));
    for (const f of fines) assert.ok(!f.includes(S('ui-ob-unknown-fine')), f);
    const has = (a, b) => fines.some((f) => new RegExp(a).test(f) && new RegExp(b).test(f));
    assert.ok(has('2[\\s,.  ]?000', '4[\\s,.  ]?000'), fines.join(' | '));
    assert.ok(has('400[\\s,.  ]?000', '500[\\s,.  ]?000'), fines.join(' | '));
    assert.ok(has('600[\\s,.  ]?000', '800[\\s,.  ]?000'), fines.join(' | '));

    // The four claims, in order, in the page's language, each wrong, with this case's dates.
    assert.equal(await page.textContent('.to-faq a'), S('ru-faq-link'));
    await page.waitForFunction((n) => document.querySelectorAll('.faq-item').length === n, CLAIMS.length);
    assert.deepEqual(await page.$$eval('.faq-item', (xs) => xs.map((x) => x.id)), CLAIMS.map((c) => `faq-${c}`));
    for (const c of CLAIMS) {
      const item = page.locator(`#faq-${c}`);
      assert.equal(await item.locator('h3').textContent(), S(`ru-faq-${c}-q`));
      assert.equal(await item.locator('.verdict').textContent(), S('ui-faq-wrong'));
      assert.ok(await item.locator('details.src li').count() >= 1, `${c}: sources`);
    }
    assert.equal(await page.locator('#faq-card time[datetime="2026-10-22"]').count(), 1, 'the card claim: this case\'s notification date');
    assert.equal(await page.locator('#faq-eaeu time[datetime="2026-10-22"]').count(), 1, 'the EAEU claim: the Russian count');
    assert.ok((await page.textContent('#faq-card')).includes(S('ru-faq-card-permits')));
    assert.ok((await page.textContent('#faq-paper')).includes(S('ru-faq-paper-tests')));
    const fees = await page.textContent('#faq-fees');
    assert.ok(fees.includes(S('ru-faq-fees-free', { fee: '' }).trim()), 'the fees claim: free');
    assert.match(fees, /400[\s,.  ]?000/, 'the fees claim: this case\'s fines in roubles');

    // Only Russia's words, in this language; its FAQ's after the first answer.
    const ftl = requests.filter((p) => p.endsWith('.ftl')).sort();
    assert.deepEqual(ftl, [`/locales/${lang}/later.ftl`, `/locales/${lang}/ru-faq.ftl`, `/locales/${lang}/ru.ftl`, `/locales/${lang}/shared.ftl`]);

    await openAll(page);
    const body = (await visibleTexts(page)).map((x) => x.text).join('\n');
    assert.doesNotMatch(body, MESSAGE_ID, 'a message ID shows');
    assert.doesNotMatch(body, FOREIGN, 'Kazakhstan\'s or Azerbaijan\'s words on a Russian page');
    if (lang !== 'en') {
      const pageLang = lang === 'zh' ? 'zh-Hans' : lang;
      const english = (await visibleTexts(page)).filter(({ text, lang: l, inForm }) => !inForm && (!l || l === pageLang || (l === 'ru' && lang === 'kk'))
        && /[A-Za-z]{4,}/.test(text.replace(/https?:\/\/\S+|\S+@\S+|\S+\.(az|kz|com|org|ru|рф)\S*/g, '').replace(LATIN_OK, '')));
      assert.deepEqual(english.map((x) => x.text), [], 'English on the page');
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: a citizen of Kazakhstan just inside the 30 days and just beyond them`, async () => {
    const S = strings(lang);
    const page = await open(browser, `${url}${KZ('2026-11-11')}&lang=${lang}`);
    assert.equal(await page.locator('.obligation.kind-host-notification').count(), 0, 'inside: no notification');
    await page.waitForFunction(() => document.querySelectorAll('.faq-item').length === 4);
    assert.ok((await page.textContent('#faq-card')).includes(S('ru-faq-card-exempt', { exempt: '' }).trim()), 'inside: the card claim says why');
    assert.ok((await page.textContent('#faq-eaeu')).includes(S('ru-faq-eaeu-exempt', { exempt: '' }).split(':')[0].split('：')[0]), 'inside: Russia\'s own agreement');
    assert.equal(await page.locator('#faq-card .verdict').textContent(), S('ui-faq-wrong'));
    await page.context().close();

    const beyond = await open(browser, `${url}${KZ('2026-11-12')}&lang=${lang}`);
    const n = beyond.locator('.obligation.kind-host-notification');
    assert.equal(await n.count(), 1, 'beyond: one notification');
    assert.equal(await n.locator('.due-line .due time').getAttribute('datetime'), '2026-11-11');
    assert.equal(await n.locator('.alt time').getAttribute('datetime'), '2026-11-12');
    await beyond.waitForFunction(() => document.querySelectorAll('.faq-item').length === 4);
    assert.equal(await beyond.locator('#faq-eaeu time[datetime="2026-11-11"]').count(), 1, 'beyond: the EAEU claim gives the date');
    assert.deepEqual(beyond.problems, []);
    await beyond.context().close();
  });

  test(`${lang}: the Russian form (HTML and PDF) and the .ics`, async () => {
    const page = await open(browser, `${url}${LINK}&lang=${lang}`);
    await page.fill('#d-surname', 'Алиева');
    await page.fill('#d-surnameLatin', 'ALIEVA');
    await page.fill('#d-givenNames', 'Гюльшен');
    await settled(page);
    const preview = await page.evaluate(() => document.querySelector('#form-preview').shadowRoot.textContent);
    for (const v of ['Уведомление о прибытии иностранного гражданина', 'ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ', 'АЛИЕВА', '22.10.2026']) {
      assert.ok(preview.includes(v), `${lang}: ${v} in the preview`);
    }
    assert.ok(!(await page.isHidden('#pdf')), 'the PDF button');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('#pdf')]);
    const file = `${ARTIFACTS}ru-form-${lang}.pdf`;
    await pdf.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const v of ['ОТРЫВНАЯЧАСТЬБЛАНКАУВЕДОМЛЕНИЯ', 'АЛИЕВА', '22.10.2026']) assert.ok(text.includes(v), `${lang}: ${v} in the PDF`);
    const [ics] = await Promise.all([page.waitForEvent('download'), page.click('#ics')]);
    const cal = readFileSync(await ics.path(), 'utf8');
    assert.match(cal, /BEGIN:VCALENDAR/);
    assert.match(cal, /DTSTART;VALUE=DATE:20261022/, 'the notification\'s day');
    assert.match(cal, /DTSTART;VALUE=DATE:20261102/, 'the hotel\'s day');
    assert.match(cal, /DTSTART;VALUE=DATE:20261111/, 'the departure notice\'s day');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test(`${lang}: axe-core finds no serious or critical violation on the Russian page`, async () => {
    const page = await open(browser, `${url}${LINK}&lang=${lang}`);
    await page.waitForFunction(() => document.querySelectorAll('.faq-item').length === 4);
    await openAll(page);
    const result = await page.evaluate(`${AXE}; axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.context().close();
  });

  test(`${lang}: the embed with destination="RU" answers for Russia, fetching only Russia's words`, async () => {
    const S = strings(lang);
    const page = await open(browser, null);
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${url}frame.html?destination=RU&lang=${lang}`);
    await page.waitForFunction(() => document.querySelector('tirkeu-calculator').shadowRoot.querySelector('#tk-citizenship'));
    const got = page.evaluate(() => new Promise((ok) => document.querySelector('tirkeu-calculator').addEventListener('tirkeu-result', (e) => ok(e.detail), { once: true })));
    await page.evaluate(() => { document.querySelector('tirkeu-calculator').scenario = { citizenship: 'AZ', entryDate: '2026-10-13', exitDate: '2026-11-10', accommodation: 'private' }; });
    const a = await got;
    assert.equal(a.destination, 'RU');
    const root = (sel) => page.evaluate((s) => [...document.querySelector('tirkeu-calculator').shadowRoot.querySelectorAll(s)].map((x) => x.getAttribute('datetime') ?? x.textContent), sel);
    assert.deepEqual(await root('h2'), [S('ru-ui-title')]);
    assert.deepEqual(await root('.kind-host-notification .due time'), ['2026-10-22']);
    const body = (await visibleTexts(page)).map((x) => x.text).join('\n');
    assert.doesNotMatch(body, MESSAGE_ID);
    assert.doesNotMatch(body, FOREIGN);
    assert.deepEqual(requests.filter((p) => p.endsWith('.ftl')).sort(), [`/locales/${lang}/ru.ftl`, `/locales/${lang}/shared.ftl`], 'no FAQ, no other destination');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

for (const lang of ['ru', 'zh']) {
  for (const [name, viewport] of [['360', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]]) {
    test(`${lang}, ${name}: screenshots of the Russian page, no horizontal scrolling`, async () => {
      const page = await open(browser, `${url}${LINK}&lang=${lang}`, { viewport });
      await page.waitForFunction(() => document.querySelectorAll('.faq-item').length === 4);
      await page.screenshot({ path: `${ARTIFACTS}ru-${lang}-${name}-top.png` });
      await page.screenshot({ path: `${ARTIFACTS}ru-${lang}-${name}.png`, fullPage: true });
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= viewport.width);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

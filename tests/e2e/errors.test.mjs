// Bad input in every field that can hold bad input: a message next to the field, aria-invalid
// and aria-describedby on it, what was typed kept, and the message in the UI language.
// (Passport, visa and accommodation are lists: nothing wrong can be typed in them.)
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, settled, fragment, ARTIFACTS } from './browser.mjs';

const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

const STAY = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private' };

/** The field's own message: visible, next to it, named by aria-describedby. */
async function expectMessage(page, id, value, pattern) {
  await settled(page);
  const sel = `#${id}`;
  await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('aria-invalid') === 'true', sel, { timeout: 3000 });
  const msgId = await page.$eval(sel, (e) => {
    const box = (e.closest('.field') || e.closest('fieldset')).querySelector('.msg');
    return box && !box.hidden && box.textContent.trim() ? box.id : null;
  });
  assert.ok(msgId, `${id}: a message next to the field`);
  assert.ok((await page.getAttribute(sel, 'aria-describedby')).split(' ').includes(msgId), `${id}: aria-describedby`);
  const text = await page.textContent(`#${msgId}`);
  if (pattern) assert.match(text, pattern);
  if (value !== undefined) assert.equal(await page.inputValue(sel), value, `${id}: what was typed is kept`);
  return text;
}

async function reset(page) {
  await page.goto(`${url}${fragment(STAY)}`);
  await page.waitForSelector('body[data-ready]');
}

test('every field with bad input gets its own message and keeps the input', async () => {
  const page = await open(browser, `${url}${fragment(STAY)}`);

  await page.selectOption('#f-citizenship', 'KZ');
  await expectMessage(page, 'f-citizenship', 'KZ', /Kazakhstan/);
  assert.match(await page.textContent('#res-msg'), /Fix/, 'the results say what to do');
  await reset(page);

  await page.fill('#f-exitDate', '');
  await page.fill('#f-entryDate', '2031-01-01');
  await expectMessage(page, 'f-entryDate', '2031-01-01', /2015/);
  await reset(page);

  await page.fill('#f-entryDate', '');
  await expectMessage(page, 'f-entryDate', '', /fill/i);
  await reset(page);

  await page.fill('#f-exitDate', '2026-03-01');
  await expectMessage(page, 'f-exitDate', '2026-03-01', /before the entry/);
  await reset(page);

  // A date Chromium cannot complete (month and day only, no year): the page's own check.
  await page.click('#f-exitDate');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Backspace');
  await page.evaluate(() => document.querySelector('#f-exitDate').dispatchEvent(new Event('input', { bubbles: true })));
  if (await page.evaluate(() => document.querySelector('#f-exitDate').validity.badInput)) {
    await expectMessage(page, 'f-exitDate', undefined, /incomplete/);
  }
  await reset(page);

  await page.fill('#f-birthDate', '2026-05-01');
  await expectMessage(page, 'f-birthDate', '2026-05-01', /before the entry/);
  await reset(page);

  // out-of-range says what the range is for the field named: a birth date's, a trip's (not the
  // entry date's years).
  await page.fill('#f-birthDate', '1850-01-01');
  assert.doesNotMatch(await expectMessage(page, 'f-birthDate', '1850-01-01', /birth date.*1900/i), /entr(y|ies) from/);
  await reset(page);
  await page.click('#add-trip');
  await page.fill('#f-trips-0-entryDate', '1899-12-30');
  await page.fill('#f-trips-0-exitDate', '1900-01-02');
  await expectMessage(page, 'f-trips-0-entryDate', '1899-12-30', /earlier trip.*1900/i);
  await reset(page);

  await page.click('#add-trip');
  await page.fill('#f-trips-0-entryDate', '2025-01-01');
  await expectMessage(page, 'f-trips-0-exitDate', '', /fill/i);
  assert.equal(await page.inputValue('#f-trips-0-entryDate'), '2025-01-01');
  await page.fill('#f-trips-0-exitDate', '2026-03-10');
  await expectMessage(page, 'f-trips-0-exitDate', '2026-03-10', /overlap/);
  await page.fill('#f-trips-0-exitDate', '2025-01-10');
  await page.click('#add-trip');
  await page.fill('#f-trips-1-entryDate', '2025-01-05');
  await page.fill('#f-trips-1-exitDate', '2025-01-12');
  await expectMessage(page, 'f-trips-1-entryDate', '2025-01-05', /overlap/);
  await reset(page);

  // An empty row is not an error until something is typed in it; a row after an empty one
  // keeps its own number.
  await page.click('#add-trip');
  await page.click('#add-trip');
  await page.fill('#f-trips-1-entryDate', '2025-02-01');
  await expectMessage(page, 'f-trips-1-exitDate', '', /fill/i);
  assert.equal(await page.getAttribute('#f-trips-0-entryDate', 'aria-invalid'), null);
  await reset(page);

  await page.click('#add-move');
  await page.fill('#f-moves-0-date', '2026-05-01');
  await expectMessage(page, 'f-moves-0-date', '2026-05-01', /move date is outside the stay/);
  await reset(page);

  // The details: the page's own checks, and the engine's (formHtml) where it has them.
  await page.fill('#d-hostId', '12345');
  await expectMessage(page, 'd-hostId', '12345', /12/);
  await page.fill('#d-hostId', '');
  await page.fill('#d-hostPhone', 'call me');
  await expectMessage(page, 'd-hostPhone', 'call me', /digits/);
  await page.fill('#d-hostPhone', '');
  await page.fill('#d-passportExpiry', '2026-04-01');
  await expectMessage(page, 'd-passportExpiry', '2026-04-01', /expires/);
  await page.screenshot({ path: `${ARTIFACTS}errors-en.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const lang of ['ru', 'kk', 'zh']) {
  test(`${lang}: the message is in the language`, async () => {
    const page = await open(browser, `${url}${fragment(STAY, lang)}`);
    await page.fill('#f-exitDate', '2026-03-01');
    const text = await expectMessage(page, 'f-exitDate', '2026-03-01');
    assert.match(text, lang === 'zh' ? /[\u4e00-\u9fff]/ : /[а-яәғқңөұүһі]/i);
    assert.doesNotMatch(text, /exitDate/);
    await page.context().close();
  });
}

// A link edited by hand (or from another version) with values that are not among a list's
// choices: each list keeps its default and says so next to it, in the UI language; the value
// is shown as text (never parsed as HTML) and the note goes once that field is changed.
test('a link with values not among the choices says so next to each list', async () => {
  // GE: not a destination (Azerbaijan, which this link named before, has become one)
  const bad = '#destination=GE&citizenship=%3Cimg%20src%3Dx%3E&passport=bogus&visa=nope&entryDate=2026-03-06&exitDate=2026-04-20'
    + '&accommodation=tent&moves=2026-03-20:castle:same&lang=en';
  const page = await open(browser, `${url}${bad}`);
  await expectMessage(page, 'f-destination', 'KZ', /“GE”.*not one of the choices/);
  await expectMessage(page, 'f-citizenship', '', /“<img src=x>”/);
  await expectMessage(page, 'f-passport', 'ordinary', /“bogus”/);
  await expectMessage(page, 'f-visa', 'none', /“nope”/);
  await expectMessage(page, 'f-accommodation', undefined, /“tent”/);
  await expectMessage(page, 'f-moves-0-accommodation', 'private', /“castle”/);
  assert.equal(await page.$$eval('img', (xs) => xs.length), 0, 'the value is text, not markup');
  assert.equal(await page.isChecked('#f-accommodation input[value=private]'), true);
  assert.match(await page.textContent('#res-msg'), /Choose the citizenship/);

  // Choosing a citizenship takes that note away and shows results; the other notes stay.
  await page.selectOption('#f-citizenship', 'DE');
  await settled(page);
  assert.equal(await page.getAttribute('#f-citizenship', 'aria-invalid'), null);
  assert.ok(await page.$('#obligations .card'), 'results with the defaults');
  await expectMessage(page, 'f-passport', 'ordinary', /“bogus”/);
  await page.selectOption('#f-passport', 'ordinary');
  await settled(page);
  assert.equal(await page.getAttribute('#f-passport', 'aria-invalid'), null);
  assert.deepEqual(page.problems, []);
  await page.context().close();

  for (const [lang, script] of [['ru', /[а-я]/i], ['kk', /[әғқңөұүһі]/i], ['zh', /[\u4e00-\u9fff]/]]) {
    const p = await open(browser, `${url}#destination=KZ&citizenship=DE&passport=bogus&entryDate=2026-03-06&lang=${lang}`);
    const text = await expectMessage(p, 'f-passport', 'ordinary', /bogus/);
    assert.match(text, script, `${lang}: the note is in the language`);
    await p.context().close();
  }
});

// Issue 12, point 4: the form never prints less than was typed. In the page: a value past its
// field's maximum stops the PDF with a message, in the page's language, under the field and
// next to the button; a long purpose goes whole into the PDF (on the continuation sheet); names
// with Latin letters beyond ASCII, typed with combining marks too, come out of the PDF as typed
// (in NFC). The PDF is read back with poppler's pdftotext.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, serve, open, settled, fragment, ARTIFACTS } from './browser.mjs';
import { S as strings, LANGS } from './catalog.mjs';

const STAY = { destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20', accommodation: 'private' };
// The engine's message for a purpose of more than 200 characters: the field named in words by
// its label on the form (src/countries/kz/locales/<lang>/form.ftl kz-form-purpose), as the
// errors' too-long message words it (src/i18n/locales/<lang>/errors.ftl).
const TOO_LONG = {
  ru: 'Поле «Цель визита»: допускается не более 200 символов.',
  kk: '«Сапар мақсаты» өрісі: ең көбі 200 таңба қабылданады.',
  zh: '“访问目的”：最多接受200个字符。',
};

const { server, url } = await serve();
const browser = await launch();
test.after(async () => { await browser.close(); server.close(); });

async function pdfText(page, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#pdf')]);
  const file = `${ARTIFACTS}${name}`;
  await dl.saveAs(file);
  return {
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]),
  };
}
const flat = (s) => s.replace(/\s+/g, '');

for (const lang of ['ru', 'kk', 'zh']) {
  test(`${lang}: a purpose past its maximum stops the PDF, and the page says why, under the field and by the button`, async () => {
    const page = await open(browser, `${url}${fragment(STAY, lang)}`);
    const downloads = [];
    page.on('download', (d) => downloads.push(d));
    await page.fill('#d-surname', 'Wałęsa');
    await page.fill('#d-purpose', 'т'.repeat(201));
    await settled(page);
    await page.click('#pdf');
    await page.waitForSelector('#e-pdf:not([hidden])');
    // Under the field, as the other fields' messages, in the page's language.
    const under = await page.textContent('#e-d-purpose');
    assert.equal(under.trim(), TOO_LONG[lang]);
    assert.ok(await page.isVisible('#e-d-purpose'));
    assert.equal(await page.getAttribute('#d-purpose', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#d-purpose', 'aria-describedby'), /\be-d-purpose\b/);
    // Next to the button: why, naming the field; the button is described by it.
    const near = await page.textContent('#e-pdf');
    assert.equal(near, strings(lang)('ui-form-pdf-blocked', { message: TOO_LONG[lang] }));
    assert.equal(await page.getAttribute('#e-pdf', 'role'), 'alert');
    assert.equal(await page.getAttribute('#pdf', 'aria-describedby'), 'e-pdf');
    assert.equal(await page.textContent('#made'), '');
    await page.screenshot({ path: `${ARTIFACTS}pdf-blocked-${lang}.png`, fullPage: true });
    // A second click does not repeat the message.
    await page.click('#pdf');
    assert.equal((await page.textContent('#e-d-purpose')).trim(), TOO_LONG[lang]);
    assert.equal(downloads.length, 0, 'no PDF was made');
    // Fixed: the messages go, and the PDF is made.
    await page.fill('#d-purpose', 'т'.repeat(200));
    await settled(page);
    await page.waitForSelector('#e-pdf', { state: 'hidden' });
    assert.equal(await page.getAttribute('#d-purpose', 'aria-invalid'), null);
    assert.equal(await page.getAttribute('#pdf', 'aria-describedby'), null);
    const { text } = await pdfText(page, `form-purpose-200-${lang}.pdf`);
    assert.ok(flat(text).includes('т'.repeat(200)), 'the 200-character purpose is whole in the PDF');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('en: a long purpose goes whole into the PDF, on a continuation sheet that says what it is', async () => {
  const page = await open(browser, `${url}${fragment(STAY, 'en')}`);
  const purpose = 'Participation in the international scientific conference on the history of the Great Silk Road in Almaty, then meetings with colleagues in Astana and Shymkent, and visiting relatives in Turkestan.'.toUpperCase();
  assert.ok(purpose.length <= 200);
  await page.fill('#d-surname', 'Wałęsa-Məmmədov');
  await page.fill('#d-givenNames', 'Łukasz');
  await page.fill('#d-purpose', purpose);
  await settled(page);
  // The HTML form shows it whole too.
  assert.ok((await page.locator('#form-preview').evaluate((h) => h.shadowRoot.textContent)).includes(purpose));
  const { text, pages } = await pdfText(page, 'form-long-purpose.pdf');
  assert.equal(pages, 2);
  assert.ok(flat(text).includes(flat(purpose)), text);
  assert.match(text, /Лист 2 из 2\. Продолжение уведомления о прибытии/);
  assert.match(text, /Sheet 2 of 2\. Continuation of the notification of arrival/);
  assert.match(text, /Foreigner: Wałęsa-Məmmədov Łukasz/);
  assert.match(text, /… \[1\]/, 'the box on sheet 1 points to the continuation');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('names with Latin letters beyond ASCII, typed precomposed or with combining marks, come out of the PDF as typed', async () => {
  const page = await open(browser, `${url}${fragment(STAY, 'kk')}`);
  const names = [
    ['Müller', 'Mu\u0308ller'],
    ['Łukasz Wałęsa', 'Łukasz Wałe\u0328sa'],
    ['Dvořák', 'Dvor\u030Ca\u0301k'],
    ['Çağlar Şahin', 'C\u0327ag\u0306lar S\u0327ahin'],
    ['Məmmədov', 'Məmmədov'],
    ['Ørsted', 'Ørsted'],
    ['Núñez', 'Nu\u0301n\u0303ez'],
  ];
  for (const [i, [nfc, typed]] of names.entries()) {
    await page.fill('#d-surname', typed);
    await page.fill('#d-givenNames', nfc);
    await settled(page);
    assert.equal(await page.getAttribute('#d-surname', 'aria-invalid'), null, nfc);
    const { text } = await pdfText(page, `form-name-${i}.pdf`);
    const lines = text.split('\n');
    assert.ok(lines.filter((l) => l.includes(nfc)).length >= 2, `${nfc} (typed and precomposed) in:\n${text}`);
    assert.ok(!text.includes(typed) || typed === nfc, `${nfc} is printed in NFC`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Issue 13: Azerbaijan's application (ƏRİZƏ-ANKET) from the page, in two languages: the page asks
// Azerbaijan's details (the country arrived from, the receiving party's FİN/VÖEN as free text),
// the preview and the PDF carry the Azerbaijani labels with the page's language underneath, the
// typed Azerbaijani letters and the registration's due date (3 Jun + 15 = 18 Jun 2026,
// docs/research/az.md C1).
const AZ = { destination: 'AZ', citizenship: 'GE', entryDate: '2026-06-03', exitDate: '2026-07-10', accommodation: 'private' };
for (const [lang, under] of [['en', 'Country arrived from'], ['zh', '出发国']]) {
  test(`${lang}: Azerbaijan's registration application from the page, preview and PDF`, async () => {
    const page = await open(browser, `${url}${fragment(AZ, lang)}`);
    await page.fill('#d-surname', 'Məmmədova');
    await page.fill('#d-givenNames', 'Gülşən');
    await page.fill('#d-arrivedFrom', 'Gürcüstan');
    await page.fill('#d-hostName', 'ŞAHİN ÇƏLƏBİ ÖZTÜRK ÜNAL');
    await page.fill('#d-hostId', 'AZE 12345678');
    await settled(page);
    assert.equal(await page.getAttribute('#d-hostId', 'aria-invalid'), null, 'free text, not 12 digits');
    const preview = await page.locator('#form-preview').evaluate((h) => h.shadowRoot.textContent);
    for (const v of ['ƏRİZƏ-ANKET', '1.6. hansı ölkədən gəlmişdir', under, 'Gürcüstan', '18.06.2026']) {
      assert.ok(preview.includes(v), `${lang}: ${v} in the preview`);
    }
    const { text, pages } = await pdfText(page, `form-az-${lang}.pdf`);
    assert.equal(pages, 1);
    for (const v of ['ƏRİZƏ-ANKET', under, 'Məmmədova', 'Gülşən', 'ŞAHİNÇƏLƏBİÖZTÜRKÜNAL', 'AZE12345678', '18.06.2026']) {
      assert.ok(flat(text).includes(flat(v)), `${lang}: ${v} in the PDF:\n${text}`);
    }
    await page.screenshot({ path: `${ARTIFACTS}form-az-${lang}.png`, fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

// Issue 14: Russia's notification of arrival from the page, in Russian and Chinese: the page asks
// Russia's details (names in Latin letters too, the migration card, the receiving person's
// names), the preview and the PDF carry the form's four pages with the tear-off part after its
// cut line, the values in capitals one a box, the Russian labels with the page's language
// underneath (none in Russian), and the notification's due date (Fri 14 Mar 2025 + 7 working
// days = Tue 25 Mar 2025, docs/research/ru.md §8 case 1). A page in Chinese gets the form's
// Chinese font before it counts as loaded, so the PDF makes no request.
const RU = { destination: 'RU', citizenship: 'DE', entryDate: '2025-03-14', exitDate: '2025-04-10', accommodation: 'private', visa: 'tourist' };
for (const [lang, under] of [['ru', null], ['zh', '通知表格撕下部分']]) {
  test(`${lang}: Russia's notification of arrival from the page, preview and PDF, the tear-off part included`, async () => {
    const page = await open(browser, `${url}${fragment(RU, lang)}`);
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.fill('#d-surname', 'Мюллер');
    await page.fill('#d-surnameLatin', 'MUELLER');
    await page.fill('#d-givenNames', 'Юрген');
    await page.fill('#d-migrationCardSeries', '4617');
    await page.fill('#d-migrationCardNumber', '1234567');
    await page.fill('#d-address', 'г. Москва, ул. Тверская, д. 7, кв. 12');
    await page.fill('#d-hostSurname', 'Иванова');
    await page.fill('#d-hostPhone', '9161234567');
    await settled(page);
    const preview = await page.locator('#form-preview').evaluate((h) => h.shadowRoot.textContent);
    for (const v of ['Уведомление о прибытии иностранного гражданина', 'ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ', 'Линия отрыва', 'МЮЛЛЕР', '25.03.2025', ...(under ? [under] : [])]) {
      assert.ok(preview.includes(v), `${lang}: ${v} in the preview`);
    }
    const { text, pages } = await pdfText(page, `form-ru-${lang}.pdf`);
    assert.equal(pages, 4, 'two sheets, both sides');
    for (const v of ['ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ', 'МЮЛЛЕР', 'MUELLER', 'ЮРГЕН', '4617', '1234567', 'ИВАНОВА', '9161234567', '25.03.2025', '10.04.2025', ...(under ? [under] : [])]) {
      assert.ok(flat(text).includes(flat(v)), `${lang}: ${v} in the PDF:\n${text}`);
    }
    assert.deepEqual(requests, [], 'nothing fetched after load, the PDF included');
    await page.screenshot({ path: `${ARTIFACTS}form-ru-${lang}.png`, fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

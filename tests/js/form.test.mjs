// The form, PDF and calendar exports in Node: formHtml, formPdf, formCss, calendarIcs, and the
// error contract for bad details.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, throwsInput } from './load.mjs';

const t = await load();

const scenario = {
  destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06',
  exitDate: '2026-03-28', birthDate: '1990-05-01', accommodation: 'private', lang: 'kk',
};
const details = {
  surname: 'Құрманғазыұлы', givenNames: 'Әлихан', sex: 'M', passportNumber: 'N12345678',
  passportExpiry: '2030-01-14', hostName: '<script>alert(1)</script> & "Co"', hostId: '900101300123',
  children: [{ name: 'Ғалия', birthDate: '2015-07-30' }],
};

test('the exports exist', () => {
  for (const f of ['formHtml', 'formPdf', 'formCss', 'calendarIcs']) {
    assert.equal(typeof t[f], 'function', f);
  }
});

test('formHtml returns the escaped, pre-filled fragment', () => {
  const html = t.formHtml(scenario, details);
  assert.equal(typeof html, 'string');
  assert.ok(html.startsWith('<section class="tirkeu-form" lang="ru">'));
  for (const v of ['Құрманғазыұлы', 'Әлихан', 'N12345678', '14.01.2030', '06.03.2026', '11.03.2026', 'Тегі']) {
    assert.ok(html.includes(v), v);
  }
  assert.ok(!html.includes('<script>'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;'));
  // Details are optional.
  assert.equal(typeof t.formHtml(scenario), 'string');
  assert.equal(typeof t.formHtml(scenario, null), 'string');
  const css = t.formCss();
  assert.ok(css.includes('@page') && css.includes('.tirkeu-form'));
});

test('formPdf returns a one-page PDF as a Uint8Array', () => {
  const pdf = t.formPdf(scenario, details);
  assert.ok(pdf instanceof Uint8Array);
  assert.equal(new TextDecoder('latin1').decode(pdf.subarray(0, 5)), '%PDF-');
  assert.ok(pdf.length > 30_000 && pdf.length < 80_000, `${pdf.length} bytes`);
  const text = new TextDecoder('latin1').decode(pdf);
  assert.ok(text.includes('/FontFile2') && text.includes('/ToUnicode'));
});

test('calendarIcs returns an iCalendar file', () => {
  const ics = t.calendarIcs(scenario);
  assert.equal(typeof ics, 'string');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tirkeu//EN\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20260311\r\n'));
  assert.ok(ics.includes('TRIGGER:-P1D\r\n'));
  for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
});

test('bad details and bad scenarios throw { code, field, message }', () => {
  throwsInput(() => t.formHtml(scenario, { surname: 42 }), 'wrong-type', 'details.surname');
  throwsInput(() => t.formPdf(scenario, { birthDate: '2026-02-30' }), 'invalid-date', 'details.birthDate');
  throwsInput(() => t.formHtml(scenario, { sex: 'X' }), 'unknown-value', 'details.sex');
  throwsInput(() => t.formHtml(scenario, { hostId: '123' }), 'unknown-value', 'details.hostId');
  throwsInput(() => t.formPdf(scenario, { address: 'x'.repeat(201) }), 'out-of-range', 'details.address');
  // The message comes in the scenario's language and says which letters to use.
  const said = { en: /Latin or Cyrillic/, ru: /латиницей или кириллицей/, kk: /латын немесе кирилл/, zh: /拉丁字母或西里尔字母/ };
  for (const [lang, re] of Object.entries(said)) {
    const e = throwsInput(() => t.formPdf({ ...scenario, lang }, { surname: '王小明' }), 'out-of-range', 'details.surname');
    assert.match(e.message, re, lang);
    assert.match(e.message, /王/, 'the offending character is named');
  }
  throwsInput(() => t.formHtml(scenario, { children: [{ name: 1 }] }), 'wrong-type', 'details.children[0].name');
  throwsInput(() => t.formHtml(scenario, 'Müller'), 'wrong-type', 'details');
  throwsInput(() => t.formHtml({ ...scenario, entryDate: 'soon' }, details), 'invalid-date', 'entryDate');
  throwsInput(() => t.calendarIcs({ ...scenario, citizenship: 'XX' }), 'unknown-country', 'citizenship');
  throwsInput(() => t.calendarIcs(42), 'invalid-input', '');
});

test('the page\'s form-only module words the details\' errors in the scenario\'s language too', async () => {
  const f = await load('', 'form');
  const facts = { dueDate: '2026-03-11', rulesCheckedOn: '2026-11-25' };
  const said = {
    en: /at most 200 characters are accepted/, ru: /допускается не более 200 символов/,
    kk: /ең көбі 200 таңба қабылданады/, zh: /最多接受200个字符/,
  };
  for (const [lang, re] of Object.entries(said)) {
    const e = throwsInput(() => f.formPdf({ ...scenario, lang }, { purpose: 'x'.repeat(201) }, facts), 'out-of-range', 'details.purpose');
    assert.match(e.message, re, lang);
    const w = throwsInput(() => f.formHtml({ ...scenario, lang }, { surname: 42 }, facts), 'wrong-type', 'details.surname');
    if (lang !== 'en') assert.doesNotMatch(w.message, /must be/, `${lang}: ${w.message}`);
  }
  // Each field has its own maximum: a passport number is short.
  throwsInput(() => f.formPdf(scenario, { passportNumber: 'N'.repeat(21) }, facts), 'out-of-range', 'details.passportNumber');
  // A name typed with combining marks is put in NFC and accepted.
  const html = f.formHtml(scenario, { surname: 'Dvor\u030Ca\u0301k' }, facts);
  assert.ok(html.includes('Dvořák'));
});

test('a Chinese PDF carries the Chinese label subset; the sizes it costs are reported', async () => {
  const { gzipSync } = await import('node:zlib');
  const zh = new TextDecoder('latin1').decode(t.formPdf({ ...scenario, lang: 'zh' }, details));
  const en = new TextDecoder('latin1').decode(t.formPdf({ ...scenario, lang: 'en' }, details));
  assert.ok(zh.includes('/BaseFont /NotoSansSC-Regular') && zh.includes('/F2 '), 'zh embeds the CJK subset');
  assert.ok(!en.includes('NotoSansSC'), 'other languages do not');
  const font = readFileSync(new URL('../../assets/fonts/NotoSansSC-Regular-tirkeu-form.ttf', import.meta.url));
  const wasm = readFileSync(new URL('../../www/pkg-form/tirkeu_form_bg.wasm', import.meta.url));
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  // Before issue 11 item 4 (f24efcb): 273,511 B, 136,563 B with zlib level 9 (134,898 with gzip -9);
  // docs/form.md has each step.
  console.log(`CJK subset ${font.length} B (${gz(font)} zlib-9); form module ${wasm.length} B (${gz(wasm)} zlib-9; before: 136563)`);
  assert.ok(font.length < 60_000, `${font.length}`);
  assert.ok(gz(wasm) < 185_000, `form module ${gz(wasm)} B gzip`);
});

const CJK_FONT = new URL('../../www/pkg-form/NotoSansSC-Regular-tirkeu-form.ttf', import.meta.url);

test('Azerbaijan: the registration application in Azerbaijani, the user\'s language underneath (en, zh), from both modules', async () => {
  const f = await load('', 'form');
  // A Georgian citizen, visa-free, 3 Jun – 10 Jul 2026: registration due 3 Jun + 15 = 18 Jun
  // (docs/research/az.md, C1).
  const az = {
    destination: 'AZ', citizenship: 'GE', entryDate: '2026-06-03', exitDate: '2026-07-10',
    birthDate: '1990-05-01', accommodation: 'private',
  };
  const d = {
    surname: 'Məmmədova', givenNames: 'Gülşən', sex: 'F', arrivedFrom: 'Gürcüstan',
    hostName: 'ŞAHİN ÇƏLƏBİ ÖZTÜRK ÜNAL', hostId: 'AZE 12345678',
  };
  const dir = mkdtempSync(join(tmpdir(), 'tirkeu-az-'));
  // The form module prints Chinese once the page has given it the Chinese labels' font.
  assert.equal(f.loadCjkFont(readFileSync(CJK_FONT)), true);
  for (const lang of ['en', 'zh']) {
    const s = { ...az, lang };
    const a = t.evaluate(s);
    const reg = a.obligations.find((o) => o.kind === 'registration' && o.trigger.kind === 'arrival');
    assert.equal(reg.dueDate, '2026-06-18');
    // What the page's form module is given (www/js/form.js facts(): the arrival's registration
    // when there is no notification).
    const facts = { dueDate: reg.dueDate, rulesCheckedOn: a.rulesCheckedOn };
    const under = lang === 'zh' ? '其他信息（依官方表格填写）' : 'Other information (to be completed as on the official form)';
    for (const html of [t.formHtml(s, d), f.formHtml(s, d, facts)]) {
      assert.ok(html.startsWith('<section class="tirkeu-form" lang="az">'), lang);
      for (const v of ['ƏRİZƏ-ANKET', '1.6. hansı ölkədən gəlmişdir', 'Gürcüstan', 'qadın', '18.06.2026',
        'AZE 12345678', 'GE — Georgia', 'tirkeu-nun bərpasıdır', under]) {
        assert.ok(html.includes(v), `${lang}: ${v}`);
      }
    }
    for (const [which, pdf] of [['full', t.formPdf(s, d)], ['form', f.formPdf(s, d, facts)]]) {
      const latin1 = new TextDecoder('latin1').decode(pdf);
      assert.equal(latin1.slice(0, 5), '%PDF-');
      assert.equal(latin1.includes('/BaseFont /NotoSansSC-Regular'), lang === 'zh', `${lang} ${which}: the Chinese subset`);
      const file = join(dir, `az-${lang}-${which}.pdf`);
      writeFileSync(file, pdf);
      let text;
      try { text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }); } catch { continue; }
      const flat = text.replace(/\s+/g, '');
      for (const v of ['ƏRİZƏ-ANKET', 'Məmmədova', 'Gülşən', 'ŞAHİNÇƏLƏBİÖZTÜRKÜNAL', '18.06.2026', under.replace(/\s+/g, '')]) {
        assert.ok(flat.includes(v), `${lang} ${which}: ${v} in the PDF's text`);
      }
    }
  }
  // Azerbaijan's own limits: the country arrived from takes 80 characters.
  throwsInput(() => f.formPdf({ ...az, lang: 'en' }, { arrivedFrom: 'x'.repeat(81) }, { rulesCheckedOn: '2026-12-01' }), 'out-of-range', 'details.arrivedFrom');
});

/** The text of a PDF by poppler (null without it). */
function pdfText(pdf, name) {
  const file = join(mkdtempSync(join(tmpdir(), 'tirkeu-ru-')), name);
  writeFileSync(file, pdf);
  try { return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }); } catch { return null; }
}

test('the form module prints the Chinese labels once given their font, English ones before; the font is next to it', async () => {
  // A module of its own (the others here were given the font).
  const f = await load('?without-font', 'form');
  const s = { ...scenario, lang: 'zh' };
  const facts = { dueDate: '2026-03-11', rulesCheckedOn: '2026-11-25' };
  const before = new TextDecoder('latin1').decode(f.formPdf(s, details, facts));
  assert.ok(!before.includes('NotoSansSC'), 'no Chinese font built in');
  const text = pdfText(f.formPdf(s, details, facts), 'no-font.pdf');
  if (text) {
    assert.match(text, /Surname/, 'the English renderings instead');
    assert.doesNotMatch(text, /[\u3400-\u9fff]/, 'no Chinese drawn without its glyphs');
  }
  assert.equal(f.loadCjkFont(new Uint8Array([1, 2, 3, 4])), false, 'not a font: refused');
  const font = readFileSync(CJK_FONT);
  assert.deepEqual(font, readFileSync(new URL('../../assets/fonts/NotoSansSC-Regular-tirkeu-form.ttf', import.meta.url)), 'the committed subset');
  assert.equal(f.loadCjkFont(font), true);
  const after = f.formPdf(s, details, facts);
  assert.ok(new TextDecoder('latin1').decode(after).includes('/BaseFont /NotoSansSC-Regular'));
  const zh = pdfText(after, 'font.pdf');
  if (zh) assert.ok(zh.includes('外国人或无国籍人抵达通知'), zh);
  // The full package has it built in.
  assert.equal(t.loadCjkFont(font), true);
});

// Issue 14: Russia's notification of arrival, with its tear-off part, from both modules.
test('Russia: the notification of arrival in Russian, the user\'s language underneath (ru, zh), from both modules', async () => {
  const f = await load('', 'form');
  f.loadCjkFont(readFileSync(CJK_FONT));
  // A German tourist in a flat from Fri 14 Mar 2025: the host notifies within 7 working days,
  // by Tue 25 Mar 2025 (docs/research/ru.md §8 case 1).
  const ru = {
    destination: 'RU', citizenship: 'DE', entryDate: '2025-03-14', exitDate: '2025-04-10',
    birthDate: '1990-05-01', accommodation: 'private', visa: 'tourist',
  };
  const d = {
    surname: 'Мюллер', surnameLatin: 'MUELLER', givenNames: 'Юрген', givenNamesLatin: 'JUERGEN', sex: 'M',
    passportNumber: 'C01X00T47', migrationCardSeries: '4617', migrationCardNumber: '1234567',
    address: 'г. Москва, ул. Тверская, д. 7, кв. 12', hostSurname: 'Иванова', hostGivenNames: 'Анна', hostPhone: '9161234567',
  };
  for (const lang of ['ru', 'zh']) {
    const s = { ...ru, lang };
    const a = t.evaluate(s);
    const n = a.obligations.find((o) => o.kind === 'host-notification' && o.trigger.kind === 'arrival');
    assert.equal(n.dueDate, '2025-03-25');
    // What the page's form module is given (www/js/form.js facts()).
    const facts = { dueDate: n.dueDate, rulesCheckedOn: a.rulesCheckedOn, lastDay: a.stay.lastDay || undefined };
    const under = lang === 'zh' ? '通知表格撕下部分' : null;
    for (const html of [t.formHtml(s, d), f.formHtml(s, d, facts)]) {
      assert.ok(html.startsWith('<section class="tirkeu-form" lang="ru">'), lang);
      for (const v of ['Уведомление о прибытии иностранного гражданина', 'ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ', 'Линия отрыва',
        '(в ред. приказа от 22.10.2024 № 628)', '25.03.2025', '10.04.2025', 'DE — Germany', '<span class="tf-ch">Ю</span>']) {
        assert.ok(html.includes(v), `${lang}: ${v}`);
      }
      if (under) assert.ok(html.includes(under), `${lang}: ${under}`);
      else assert.ok(!html.includes('class="tf-u"'), 'nothing under the Russian labels in Russian');
    }
    for (const [which, pdf] of [['full', t.formPdf(s, d)], ['form', f.formPdf(s, d, facts)]]) {
      const latin1 = new TextDecoder('latin1').decode(pdf);
      assert.equal(latin1.includes('/BaseFont /NotoSansSC-Regular'), lang === 'zh', `${lang} ${which}`);
      const text = pdfText(pdf, `ru-${lang}-${which}.pdf`);
      if (!text) continue;
      const flat = text.replace(/\s+/g, '');
      for (const v of ['ОТРЫВНАЯЧАСТЬБЛАНКАУВЕДОМЛЕНИЯ', 'МЮЛЛЕР', 'JUERGEN', 'C01X00T47', '4617', '1234567', 'ИВАНОВА', '9161234567', '25.03.2025', '10.04.2025', ...(under ? [under] : [])]) {
        assert.ok(flat.includes(v), `${lang} ${which}: ${v} in the PDF's text`);
      }
      assert.equal((latin1.match(/\/Type \/Page\b/g) || []).length, 4, `${lang} ${which}: two sheets, both sides`);
    }
  }
  // Russia's own limits: a surname takes its 28 boxes, not one more.
  const facts = { rulesCheckedOn: '2026-12-01' };
  assert.equal(typeof f.formPdf({ ...ru, lang: 'en' }, { surname: 'Ж'.repeat(28) }, facts), 'object');
  throwsInput(() => f.formPdf({ ...ru, lang: 'en' }, { surname: 'Ж'.repeat(29) }, facts), 'out-of-range', 'details.surname');
  throwsInput(() => f.formHtml({ ...ru, lang: 'ru' }, { hostPhone: '+7 916 123 45 67' }, facts), 'out-of-range', 'details.hostPhone');
  // Without lastDay in the facts the declared stay runs to the planned exit; with it, to it.
  const visaFree = { ...ru, citizenship: 'AZ', visa: 'none', entryDate: '2025-03-03', exitDate: '2025-03-20', lang: 'en' };
  assert.ok(f.formHtml(visaFree, {}, { rulesCheckedOn: '2026-12-01' }).includes('20.03.2025'));
  const html = f.formHtml(visaFree, {}, { rulesCheckedOn: '2026-12-01', lastDay: '2025-05-31' });
  assert.ok(html.includes('31.05.2025') && !html.includes('20.03.2025'));
  throwsInput(() => f.formHtml(visaFree, {}, { rulesCheckedOn: '2026-12-01', lastDay: 'soon' }), 'invalid-date', 'facts.lastDay');
});

import { readFileSync } from 'node:fs';
// The JS API in Node: evaluate, calendar, countries, version, and the error contract.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, throwsInput } from './load.mjs';

const t = await load();

const example = {
  destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06',
  exitDate: '2026-04-20', birthDate: '1990-05-01',
  passport: 'ordinary', visa: 'none', accommodation: 'private',
  trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }],
};

test('the issue example: host notification due Wed 11 Mar 2026, last day Sat 4 Apr 2026', () => {
  const a = t.evaluate(example);
  assert.equal(a.destination, 'KZ');
  assert.match(a.rulesCheckedOn, /^\d{4}-\d{2}-\d{2}$/);
  const n = a.obligations.find((o) => o.kind === 'host-notification');
  // Fri 6 Mar = working day 1; 7–8 Mar weekend (8 Mar Women's Day, a Sunday → Mon 9 Mar off);
  // Tue 10 Mar = 2; Wed 11 Mar = 3.
  assert.equal(n.who, 'host');
  assert.equal(n.dueDate, '2026-03-11');
  assert.deepEqual(n.count, { from: '2026-03-06', days: 3, unit: 'working', start: 'event-day', dueDate: '2026-03-11', provisional: false });
  assert.deepEqual(n.steps.map((s) => [s.date, s.kind, s.countsAs ?? null]), [
    ['2026-03-06', 'working', 1],
    ['2026-03-07', 'weekend', null],
    ['2026-03-08', 'holiday', null],
    ['2026-03-09', 'day-off', null],
    ['2026-03-10', 'working', 2],
    ['2026-03-11', 'working', 3],
  ]);
  assert.ok(n.stepsText.some((l) => l.includes('due date')));
  assert.ok(n.sources.length > 0 && n.sources.every((s) => s.url.startsWith('http')));
  assert.equal(a.stay.lastDay, '2026-04-04');
  assert.equal(a.stay.overstayDays, 16);
  assert.ok(a.warnings.some((w) => w.code === 'overstay'));
  assert.ok(Array.isArray(a.exemptions));
});

test('who follows accommodation', () => {
  for (const [acc, who] of [['private', 'host'], ['hotel', 'hotel'], ['organization', 'organization']]) {
    const a = t.evaluate({ ...example, accommodation: acc });
    assert.equal(a.obligations.find((o) => o.kind === 'host-notification').who, who);
  }
});

test('calendar(country, year) lists holidays, days off and working weekend days', () => {
  const c = t.calendar('KZ', 2024);
  assert.equal(c.country, 'KZ');
  assert.equal(c.year, 2024);
  const byDate = Object.fromEntries(c.days.map((d) => [d.date, d]));
  assert.equal(byDate['2024-05-04'].kind, 'working-day');
  assert.equal(byDate['2024-05-08'].kind, 'day-off');
  assert.equal(byDate['2024-01-01'].kind, 'holiday');
  assert.equal(byDate['2024-06-17'], undefined, 'Kurban Ait 2024 fell on Sunday 16 June: no day off');
  for (const d of c.days) {
    assert.match(d.date, /^2024-\d{2}-\d{2}$/);
    assert.ok(['holiday', 'day-off', 'working-day'].includes(d.kind));
    assert.ok(Array.isArray(d.sources) && d.sources.length > 0, `${d.date} has a source`);
    // Two holidays on one day are kept as two: `also`/`alsoIds`/`alsoNames` list the others (none
    // in KZ 2024).
    assert.deepEqual([d.also, d.alsoIds, d.alsoNames], [[], [], []], `${d.date} also`);
    // A name is a catalog message: its ID, its words in `lang` (English by default) and in each
    // catalog at hand (all four in the full package); none for a working Saturday.
    if (d.kind === 'working-day') {
      assert.deepEqual([d.name, d.nameId, d.names], [null, null, null], d.date);
    } else if (d.nameId) {
      assert.match(d.nameId, /^kz-holiday-[a-z0-9-]+$/, d.date);
      assert.deepEqual(Object.keys(d.names), ['en', 'ru', 'kk', 'zh'], d.date);
      assert.equal(d.name, d.names.en, d.date);
      for (const l of ['ru', 'kk', 'zh']) assert.notEqual(d.names[l], d.nameId, `${d.date} ${l}`);
    }
  }
  assert.deepEqual(c.days.map((d) => d.date), [...c.days.map((d) => d.date)].sort());
  assert.equal(byDate['2024-01-01'].nameId, 'kz-holiday-new-year');
  assert.equal(t.calendar('KZ', 2024, 'kk').days.find((d) => d.date === '2024-03-21').name, 'Наурыз мейрамы');
  assert.equal(t.calendar('KZ', 2024, 'zh').days.find((d) => d.date === '2024-03-21').name, '纳吾肉孜节');
});

test("a counting step's holiday name is worded in the answer's language; compute gives its message", () => {
  // Arrival Fri 20 Mar 2026: the count walks over Nauryz (21-23 March) and the day off it gives.
  const s = { ...example, entryDate: '2026-03-20', exitDate: '2026-04-20' };
  const named = (a) => a.obligations.flatMap((o) => o.steps).filter((x) => x.name);
  const en = named(t.evaluate(s));
  assert.ok(en.length > 0, 'a step on a holiday');
  assert.ok(en.every((x) => typeof x.name === 'string'), JSON.stringify(en));
  assert.ok(en.some((x) => x.name === 'Nauryz Meirami'), JSON.stringify(en));
  const ru = named(t.evaluate({ ...s, lang: 'ru' }));
  assert.ok(ru.some((x) => x.name === 'Наурыз мейрамы'), JSON.stringify(ru));
  const facts = named(t.compute(s));
  assert.deepEqual(facts.find((x) => x.date === en.find((y) => y.name === 'Nauryz Meirami').date).name,
    { id: 'kz-holiday-nauryz', args: {} });
});

test('countries() and version()', () => {
  const cs = t.countries();
  assert.ok(cs.some((c) => c.code === 'KZ'));
  assert.match(t.version(), /^\d+\.\d+\.\d+$/);
});

test('bad input throws { code, field, message }', () => {
  const e = (patch) => () => t.evaluate({ ...example, ...patch });
  throwsInput(e({ exitDate: '2026-03-01' }), 'exit-before-entry', 'exitDate');
  throwsInput(e({ entryDate: '2026-02-30' }), 'invalid-date', 'entryDate');
  throwsInput(e({ entryDate: '06.03.2026' }), 'invalid-date', 'entryDate');
  throwsInput(e({ citizenship: 'XX' }), 'unknown-country', 'citizenship');
  throwsInput(e({ destination: 'QQ' }), 'unknown-country', 'destination');
  throwsInput(e({ destination: 'FR' }), 'unsupported-destination', 'destination');
  throwsInput(e({ citizenship: 'KZ' }), 'citizen-of-destination', 'citizenship');
  throwsInput(e({ entryDate: undefined }), 'missing-field', 'entryDate');
  throwsInput(e({ birthDate: '2026-04-01' }), 'birth-after-entry', 'birthDate');
  throwsInput(e({ birthDate: '1800-01-01' }), 'out-of-range', 'birthDate');
  throwsInput(e({ entryDate: 20260306 }), 'wrong-type', 'entryDate');
  throwsInput(e({ citizenship: 49 }), 'wrong-type', 'citizenship');
  throwsInput(e({ passport: 'golden' }), 'unknown-value', 'passport');
  throwsInput(e({ trips: 'none' }), 'wrong-type', 'trips');
  throwsInput(e({ trips: [{ entryDate: '2025-11-01', exitDate: '2025-10-20' }] }), 'exit-before-entry', 'trips[0].exitDate');
  throwsInput(e({ trips: [{ entryDate: '2025-11-01' }] }), 'missing-field', 'trips[0].exitDate');
  throwsInput(e({ trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-05' }, { entryDate: '2025-11-03', exitDate: '2025-11-09' }] }), 'trip-overlap', 'trips[1].entryDate');
  throwsInput(e({ trips: Array.from({ length: 501 }, () => ({ entryDate: '2020-01-01', exitDate: '2020-01-01' })) }), 'out-of-range', 'trips');
  throwsInput(e({ entryDate: '2014-12-31', exitDate: '2015-01-10', trips: [] }), 'out-of-range', 'entryDate');
  throwsInput(e({ exitDate: '2036-01-01' }), 'out-of-range', 'exitDate');
  throwsInput(() => t.evaluate(null), 'invalid-input', '');
  throwsInput(() => t.evaluate(undefined), 'invalid-input', '');
  throwsInput(() => t.evaluate('{"destination":"KZ"'), 'invalid-input', '');
  throwsInput(() => t.evaluate([1, 2, 3]), 'invalid-input', '');
  throwsInput(() => t.calendar('KZ', 1990), 'out-of-range', 'year');
  throwsInput(() => t.calendar('KZ', '2024'), 'wrong-type', 'year');
  throwsInput(() => t.calendar('ZZ', 2024), 'unknown-country', 'country');
  throwsInput(() => t.calendar('FR', 2024), 'unsupported-destination', 'country');
});

test('hostile input never crashes the module', () => {
  let deep = {};
  for (let i = 0; i < 10000; i++) deep = { a: deep };
  throwsInput(() => t.evaluate({ ...example, extra: deep }), 'invalid-input', '');
  const cyclic = { ...example };
  cyclic.self = cyclic;
  assert.throws(() => t.evaluate(cyclic));
  const hostile = '<img src=x onerror=alert(1)>\u0000\u202e' + 'Ж'.repeat(100000);
  const err = throwsInput(() => t.evaluate({ ...example, citizenship: hostile }), 'unknown-country', 'citizenship');
  assert.ok(err.message.length < 300, 'user text is not echoed at length');
  const proto = JSON.parse('{"__proto__": {"polluted": true}, "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06"}');
  t.evaluate(proto);
  assert.equal({}.polluted, undefined);
  for (const v of [0, 1n, true, Symbol('s'), () => 1, new Map(), new Date(), NaN]) {
    try { t.evaluate(v); } catch (e) { assert.ok(e.code, `throws a coded error for ${String(v)}`); }
  }
  // The module still works after all of that.
  assert.equal(t.evaluate(example).stay.lastDay, '2026-04-04');
});

test('works with many earlier trips and is deterministic', () => {
  const trips = [];
  for (let i = 0; i < 12; i++) {
    const start = new Date(Date.UTC(2025, 0, 1 + i * 20));
    const end = new Date(start.getTime() + 4 * 86400000);
    trips.push({ entryDate: start.toISOString().slice(0, 10), exitDate: end.toISOString().slice(0, 10) });
  }
  const s = { ...example, trips };
  assert.deepEqual(t.evaluate(s), t.evaluate(s));
});

test('the page\'s two modules split the full API between them and agree with it', async () => {
  const core = await load('?core', 'core');
  const form = await load('?form', 'form');
  for (const fn of ['evaluate', 'calendar', 'countries', 'version', 'formHtml', 'formPdf', 'formCss', 'calendarIcs']) {
    assert.equal(typeof t[fn], 'function', `full: ${fn}`);
  }
  assert.equal(typeof core.formPdf, 'undefined', 'core: no PDF writer, no font');
  assert.equal(typeof form.evaluate, 'undefined', 'form: no second engine');
  // The core module embeds no catalog: it is given the page's, as the page does.
  assert.throws(() => core.evaluate(example), (e) => e.code === 'no-catalog');
  core.loadCatalog('en', readFileSync(new URL('../../www/locales/en.ftl', import.meta.url), 'utf8'));
  assert.deepEqual(core.evaluate(example), t.evaluate(example));
  assert.equal(core.calendarIcs(example), t.calendarIcs(example));
  const a = core.evaluate(example);
  const facts = { dueDate: a.obligations.find((o) => o.kind === 'host-notification').dueDate, rulesCheckedOn: a.rulesCheckedOn };
  const details = { surname: 'Müller', givenNames: 'Anna' };
  assert.equal(form.formHtml(example, details, facts), t.formHtml(example, details));
  assert.deepEqual(form.formPdf(example, details, facts), t.formPdf(example, details));
  throwsInput(() => form.formHtml(example, details, undefined), 'wrong-type', 'facts');
  throwsInput(() => form.formHtml(example, details, { dueDate: '2026-02-30', rulesCheckedOn: '2026-11-25' }), 'invalid-date', 'facts.dueDate');
});

test('needs-visa: { code, message, sources } for a visa-free stay beyond the allowance with no permit route (issue 10)', () => {
  // The issue example: a German from Fri 6 Mar 2026 to 20 Apr; 30 days end Sat 4 Apr.
  const a = t.evaluate(example);
  const w = a.warnings.find((x) => x.code === 'needs-visa');
  assert.ok(w, JSON.stringify(a.warnings.map((x) => x.code)));
  assert.deepEqual(Object.keys(w).sort(), ['code', 'message', 'sources']);
  assert.match(w.message, /visa of the right category before entering/);
  assert.match(w.message, /Sat 4 Apr 2026/);
  assert.ok(w.sources.length > 0 && w.sources.every((s) => s.url.startsWith('http') && s.confidence));
  // No permit obligation is invented for a German.
  assert.ok(!a.obligations.some((o) => o.kind === 'temporary-residence-permit'));
  // In Chinese the warning is Chinese too.
  const zh = t.evaluate({ ...example, lang: 'zh' }).warnings.find((x) => x.code === 'needs-visa');
  assert.match(zh.message, /签证/);
  // Inside the allowance: absent. A Kyrgyz citizen (a permit route): absent.
  assert.ok(!t.evaluate({ ...example, exitDate: '2026-04-04', trips: [] }).warnings.some((x) => x.code === 'needs-visa'));
  assert.ok(!t.evaluate({ ...example, citizenship: 'KG', exitDate: '2026-07-20', trips: [] }).warnings.some((x) => x.code === 'needs-visa'));
});

test('calendar: Kurban Ait 2026 is confirmed (provisional false), 2027 is provisional (issue 10)', () => {
  const k26 = t.calendar('KZ', 2026).days.find((d) => d.date === '2026-05-27');
  assert.equal(k26.kind, 'holiday');
  assert.equal(k26.provisional, false);
  const k27 = t.calendar('KZ', 2027).days.find((d) => d.date === '2027-05-16');
  assert.equal(k27.provisional, true);
  assert.ok(!t.calendar('KZ', 2026).days.some((d) => d.date === '2026-08-31'), '31 Aug 2026 is a working day');
});

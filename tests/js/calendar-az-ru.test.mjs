// calendar() for Azerbaijan and Russia: their calendars work from JS (the full package) before
// the countries were destinations with rules; countries() lists only destinations.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, throwsInput } from './load.mjs';

const t = await load();
const day = (c, date) => c.days.find((d) => d.date === date);

test("calendar('AZ', 2026): Novruz with Ramazan, and Qurban on Independence Day", () => {
  const c = t.calendar('AZ', 2026);
  assert.equal(c.country, 'AZ');
  assert.equal(c.year, 2026);
  const shared = day(c, '2026-03-20');
  assert.equal(shared.kind, 'holiday');
  assert.equal(shared.name, 'Novruz Bayram');
  assert.deepEqual(shared.also, ['Ramazan Bayram (Eid al-Fitr)']);
  // Names are catalog messages: their IDs, and the words of every catalog at hand (all four here).
  assert.equal(shared.nameId, 'az-holiday-novruz');
  assert.deepEqual(shared.alsoIds, ['az-holiday-ramazan']);
  assert.deepEqual(shared.names, { en: 'Novruz Bayram', ru: 'Новруз байрамы', kk: 'Наурыз мейрамы', zh: '诺鲁孜节' });
  assert.deepEqual(shared.alsoNames.map((n) => Object.keys(n)), [['en', 'ru', 'kk', 'zh']]);
  assert.equal(shared.alsoNames[0].en, 'Ramazan Bayram (Eid al-Fitr)');
  // 25, 26, 27 and 30 March are days off (Labour Code Art. 105(5) and (6)).
  for (const d of ['2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30']) {
    assert.equal(day(c, d)?.kind, 'day-off', d);
  }
  assert.equal(day(c, '2026-03-31'), undefined, 'Tue 31 Mar 2026 is an ordinary working day');
  assert.equal(day(c, '2026-05-29').kind, 'day-off');
  assert.equal(day(c, '2026-05-29').movedFrom, '2026-05-28');
  // Names in the requested language.
  assert.equal(day(t.calendar('AZ', 2026, 'ru'), '2026-03-20').name, 'Новруз байрамы');
  // 2027's bayrams are estimates until the Cabinet decides them.
  assert.equal(day(t.calendar('AZ', 2027), '2027-05-16').provisional, true);
  throwsInput(() => t.calendar('AZ', 2014), 'out-of-range', 'year');
});

test("calendar('RU', 2026): 9 January by decree, 31 December, no working Saturday", () => {
  const c = t.calendar('RU', 2026);
  assert.equal(c.country, 'RU');
  const jan9 = day(c, '2026-01-09');
  assert.equal(jan9.kind, 'day-off');
  assert.equal(jan9.movedFrom, '2026-01-03');
  assert.equal(jan9.name, 'New Year holidays');
  assert.equal(jan9.nameId, 'ru-holiday-new-year-holidays');
  assert.equal(jan9.names.ru, 'Новогодние каникулы');
  assert.equal(day(c, '2026-12-31').movedFrom, '2026-01-04');
  assert.equal(day(c, '2026-03-09').movedFrom, '2026-03-08');
  assert.ok(!c.days.some((d) => d.kind === 'working-day'));
  assert.equal(day(t.calendar('RU', 2025), '2025-11-01').kind, 'working-day');
});

test('countries() lists the destinations with rules: Kazakhstan, Azerbaijan, Russia', () => {
  const codes = t.countries().map((c) => c.code);
  assert.deepEqual(codes, ['KZ', 'AZ', 'RU']);
});

test("the page's core module carries only destinations' calendars (feature pending-calendars)", async () => {
  const core = await load('?core', 'core');
  assert.equal(core.calendar('KZ', 2026).days.length, t.calendar('KZ', 2026).days.length);
  assert.equal(core.calendar('AZ', 2026).days.length, t.calendar('AZ', 2026).days.length);
  assert.equal(core.calendar('RU', 2026).days.length, t.calendar('RU', 2026).days.length);
  throwsInput(() => core.calendar('TR', 2026), 'unsupported-destination', 'country');
});

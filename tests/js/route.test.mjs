// compare, itinerary and itineraryIcs from JS (issue 15): the rows and legs are the same JSON as
// evaluate() gives; errors keep the API's { code, field, message } shape and name the leg.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, throwsInput } from './load.mjs';

const t = await load();

test('compare: each row equals evaluate() with its destination, in the order asked', () => {
  const s = { citizenship: 'DE', entryDate: '2026-06-01', exitDate: '2026-06-25', lang: 'ru' };
  const rows = t.compare(s, ['RU', 'AZ', 'KZ', 'DE']);
  assert.deepEqual(rows.map((r) => r.destination), ['RU', 'AZ', 'KZ', 'DE']);
  for (const r of rows.slice(0, 3)) assert.deepEqual(r.assessment, t.evaluate({ ...s, destination: r.destination }));
  // Russia: 7 working days from the day after Mon 1 Jun 2026 → Wed 10 Jun.
  assert.equal(rows[0].assessment.obligations.find((o) => o.kind === 'host-notification').dueDate, '2026-06-10');
  assert.equal(rows[3].error.code, 'unsupported-destination');
  assert.match(rows[3].error.message, /[А-я]/);
  throwsInput(() => t.compare(s, 'KZ'), 'wrong-type', 'countries');
});

test('itinerary: legs, the route deadlines by date, errors naming the leg', () => {
  const route = {
    citizenship: 'CN', lang: 'zh',
    legs: [
      { destination: 'KZ', entryDate: '2026-04-01', exitDate: '2026-04-20', accommodation: 'hotel' },
      { destination: 'AZ', entryDate: '2026-04-20', exitDate: '2026-05-15' },
      { destination: 'KZ', entryDate: '2026-06-05', exitDate: '2026-06-20' },
    ],
  };
  const r = t.itinerary(route);
  assert.equal(r.legs.length, 3);
  assert.deepEqual(r.legs[2], t.evaluate({ citizenship: 'CN', lang: 'zh', ...route.legs[2],
    trips: [{ entryDate: '2026-04-01', exitDate: '2026-04-20' }] }));
  const dates = r.obligations.map((o) => o.dueDate);
  assert.deepEqual(dates, [...dates].sort());
  assert.deepEqual(r.obligations.map((o) => [o.destination, o.leg, o.kind]).slice(0, 2),
    [['KZ', 0, 'host-notification'], ['AZ', 1, 'registration']]);
  assert.ok(r.warnings.some((w) => w.code === 'limits-per-country' && /国/.test(w.message)));
  const e = throwsInput(() => t.itinerary({ ...route, legs: [route.legs[0], { ...route.legs[1], entryDate: '2026-04-10' }] }),
    'trip-overlap', 'legs[1].entryDate');
  assert.match(e.message, /2/);
  throwsInput(() => t.itinerary({ citizenship: 'CN' }), 'missing-field', 'legs');
  throwsInput(() => t.itinerary(null), 'wrong-type', '');
});

test('itineraryIcs: one calendar with every deadline of the route', () => {
  const ics = t.itineraryIcs({ citizenship: 'KZ', legs: [
    { destination: 'AZ', entryDate: '2026-06-01', exitDate: '2026-07-02' },
    { destination: 'RU', entryDate: '2026-07-02', exitDate: '2026-07-25' },
  ] });
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /X-WR-CALNAME:tirkeu AZ → RU/);
  assert.match(ics, /DTSTART;VALUE=DATE:20260701/); // Azerbaijan, registration (C8)
  assert.match(ics, /DTSTART;VALUE=DATE:20260702/); // Russia, the migration card
  assert.equal((ics.match(/BEGIN:VEVENT/g) || []).length, 2);
});

// A caller cannot break the engine (issue 12): thousands of inputs that throw while they are
// read, then valid calls that must still give the right answers; wrong kinds of JS values
// named by their field path; a trap (panic or not) survived by re-creating the instance.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { wasmFile, throwsInput } from './load.mjs';
import { guard } from '../../www/js/engine.js';

const PKG = {
  full: ['../../www/pkg/tirkeu.js', 'full'],
  core: ['../../www/pkg-core/tirkeu_core.js', 'core'],
  form: ['../../www/pkg-form/tirkeu_form.js', 'form'],
};
/** A fresh copy of a package's glue (its own instance): `{ mod, wasm }`, `wasm` the exports. */
async function fresh(which, tag) {
  const [path, name] = PKG[which];
  const mod = await import(new URL(`${path}?${tag}`, import.meta.url).href);
  const wasm = mod.initSync({ module: readFileSync(wasmFile(name)) });
  // The core module embeds no catalog: give it each language's, as the page gives it its own.
  if (which === 'core') for (const l of ['en', 'ru', 'kk', 'zh']) mod.loadCatalog(l, readFileSync(new URL(`../../www/locales/${l}.ftl`, import.meta.url), 'utf8'));
  return { mod, wasm };
}

const example = {
  destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06',
  exitDate: '2026-04-20', birthDate: '1990-05-01', accommodation: 'private',
  trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }, { entryDate: '2025-12-01', exitDate: '2025-12-05' }, { entryDate: '2026-01-05', exitDate: '2026-01-09' }],
};
const details = { surname: 'Müller', givenNames: 'Anna', birthDate: '1990-05-01', children: [{ name: 'Ben', birthDate: '2018-02-03' }] };
const boom = () => { throw new Error('boom'); };

/** The ways a caller's value can throw while it is read; each with the field it must name. */
function throwing(i) {
  switch (i % 9) {
    case 0: return [Object.defineProperty({ ...example }, 'entryDate', { get: boom, enumerable: true }), 'entryDate'];
    case 1: {
      const trips = example.trips.map((t) => ({ ...t }));
      Object.defineProperty(trips[2], 'entryDate', { get: boom, enumerable: true });
      return [{ ...example, trips }, 'trips[2].entryDate'];
    }
    case 2: return [new Proxy({ ...example }, { ownKeys: boom }), ''];
    case 3: return [new Proxy({ ...example }, { get: boom }), 'destination'];
    case 4: return [{ ...example, trips: new Proxy(example.trips, { get: (t, k) => (k === '1' ? boom() : t[k]) }) }, 'trips[1]'];
    case 5: {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return [{ ...example, moves: [proxy] }, 'moves[0]'];
    }
    case 6: return [{ ...example, trips: new Proxy(example.trips, { get: (t, k) => (k === 'length' ? boom() : t[k]) }) }, 'trips'];
    // Thrown values that are not Errors: a string, an object whose `message` getter throws.
    case 7: return [Object.defineProperty({ ...example }, 'exitDate', { get() { throw 'a string'; }, enumerable: true }), 'exitDate'];
    default: return [Object.defineProperty({ ...example }, 'lang', { get() { throw { get message() { throw new Error('again'); } }; }, enumerable: true }), 'lang'];
  }
}

/** Values whose toString / valueOf / Symbol.toPrimitive throw: never called, a wrong type. */
function primitiveTraps(calls) {
  const f = () => { calls.n++; throw new Error('called'); };
  return [
    { toString: f }, { valueOf: f }, { [Symbol.toPrimitive]: f },
    Object.create({ toString: f, valueOf: f, [Symbol.toPrimitive]: f }),
  ];
}

for (const which of ['full', 'core']) {
  test(`${which}: 5,000 throwing inputs to each export, then every answer is still right`, async () => {
    const { mod: t, wasm } = await fresh(which, `robust-${which}`);
    const a0 = t.evaluate(example);
    const cal0 = t.calendar('KZ', 2026);
    const ics0 = t.calendarIcs(example);
    const html0 = which === 'full' ? t.formHtml(example, details) : null;
    const mem0 = wasm.memory.buffer.byteLength;
    const N = 5000;
    for (let i = 0; i < N; i++) {
      const [bad, field] = throwing(i);
      throwsInput(() => t.evaluate(bad), 'invalid-input', field);
      throwsInput(() => t.calendarIcs(bad), 'invalid-input', field);
      if (which === 'full') {
        throwsInput(() => t.formHtml(bad, details), 'invalid-input', field);
        const d = Object.defineProperty({ ...details }, 'surname', { get: boom, enumerable: true });
        throwsInput(() => t.formHtml(example, d), 'invalid-input', 'details.surname');
      }
      const country = i % 2 ? new Proxy({}, { ownKeys: boom }) : Object.defineProperty({}, 'code', { get: boom, enumerable: true });
      throwsInput(() => t.calendar(country, 2026), 'invalid-input', i % 2 ? 'country' : 'country.code');
      throwsInput(() => t.calendar('KZ', new Proxy([], { get: boom })), 'invalid-input', 'year');
    }
    // The messages say what happened, in the scenario's language where it can be read.
    const [bad] = throwing(1);
    assert.match(throwsInput(() => t.evaluate(bad), 'invalid-input', 'trips[2].entryDate').message, /Could not read the entry date of earlier trip 3: .*boom/);
    assert.match(throwsInput(() => t.evaluate({ ...bad, lang: 'ru' }), 'invalid-input', 'trips[2].entryDate').message, /Не удалось прочитать поле «дата въезда прежней поездки 3»/);
    // Nothing was left behind: the memory did not grow, and everything answers as before.
    assert.ok(wasm.memory.buffer.byteLength - mem0 <= 1 << 20, `memory grew from ${mem0} to ${wasm.memory.buffer.byteLength}`);
    assert.match(t.version(), /^\d+\.\d+\.\d+$/);
    assert.deepEqual(t.evaluate(example), a0);
    assert.equal(t.evaluate(example).obligations.find((o) => o.kind === 'host-notification').dueDate, '2026-03-11');
    assert.deepEqual(t.calendar('KZ', 2026), cal0);
    assert.equal(t.calendarIcs(example), ics0);
    if (html0) {
      assert.equal(t.formHtml(example, details), html0);
      assert.ok(t.formPdf(example, details).length > 1000);
    }
    assert.ok(t.countries().some((c) => c.code === 'KZ'));
  });
}

test('a host page with throwing setters on Object.prototype and Array.prototype: answers and errors are still written', async () => {
  const { mod: t, wasm } = await fresh('full', 'robust-setters');
  const a0 = t.evaluate(example);
  const ics0 = t.calendarIcs(example);
  const cal0 = t.calendar('KZ', 2026);
  const keys = ['obligations', 'dueDate', 'lastDay', 'steps', 'code', 'field', 'message', 'days', 'date'];
  const hits = { n: 0 };
  const setter = { set() { hits.n++; throw new Error('hostile setter'); }, configurable: true };
  const mem0 = wasm.memory.buffer.byteLength;
  try {
    for (const k of keys) Object.defineProperty(Object.prototype, k, setter);
    Object.defineProperty(Array.prototype, '0', setter);
    for (let i = 0; i < 3000; i++) {
      const a = t.evaluate(example);
      if (i % 500 === 0) assert.equal(a.obligations[0].dueDate, a0.obligations[0].dueDate);
      const e = throwsInput(() => t.evaluate({ ...example, exitDate: '2026-03-01' }), 'exit-before-entry', 'exitDate');
      assert.equal(Object.getPrototypeOf(e), Object.prototype);
      assert.equal(t.calendar('KZ', 2026).days.length, cal0.days.length);
    }
  } finally {
    for (const k of keys) delete Object.prototype[k];
    delete Array.prototype['0'];
  }
  assert.equal(hits.n, 0, 'no setter was ever called');
  assert.ok(wasm.memory.buffer.byteLength - mem0 <= 1 << 20);
  // Plain data, as before: the same answer, with the ordinary prototypes.
  const a = t.evaluate(example);
  assert.deepEqual(a, a0);
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
  assert.ok(Array.isArray(a.obligations) && Object.getPrototypeOf(a.obligations) === Array.prototype);
  assert.equal(JSON.stringify(a), JSON.stringify(a0));
  assert.equal(t.calendarIcs(example), ics0);
});

// The answer crosses once, as JSON text parsed by the glue with built-ins it captured at load
// (src/wasm/write.rs, scripts/patch-glue.mjs): replacing them afterwards reaches nothing.
test('built-ins replaced after load (JSON.parse, TextDecoder, Array.prototype, Object.defineProperty …) are never called', async () => {
  const { mod: t, wasm } = await fresh('core', 'robust-one-crossing');
  const a0 = t.evaluate(example);
  const ics0 = t.calendarIcs(example);
  const cal0 = t.calendar('KZ', 2026);
  let hits = ''; // a string: the replaced built-ins include Array.prototype.push
  const patched = [
    [JSON, 'parse'], [JSON, 'stringify'], [TextDecoder.prototype, 'decode'],
    [Array.prototype, 'push'], [Array.prototype, 'map'], [Array.prototype, 'forEach'], [Array.prototype, 'slice'],
    [Object, 'defineProperty'], [Object, 'create'], [Object, 'entries'], [Object, 'assign'], [Object, 'setPrototypeOf'],
    [Reflect, 'setPrototypeOf'], [Reflect, 'defineProperty'], [Reflect, 'apply'],
  ];
  const saved = patched.map(([o, k]) => o[k]);
  const answers = [null, null], errors = [null, null]; // own elements: no setter of Array.prototype runs on them
  let days, ics;
  const setter = { set() { hits += 'setter '; throw new Error('hostile setter'); }, configurable: true };
  try {
    for (const k of ['obligations', 'dueDate', 'code', 'message', '__proto__x']) Object.defineProperty(Object.prototype, k, setter);
    Object.defineProperty(Array.prototype, '0', setter);
    for (const [o, k] of patched) o[k] = function hostile() { hits += `${k} `; throw new Error(`hostile ${k}`); };
    // (no assert in here: node's own test machinery uses the replaced built-ins)
    for (let i = 0; i < 200; i++) {
      answers[i % 2] = t.evaluate(example);
      try { t.evaluate({ ...example, exitDate: '2026-03-01' }); } catch (e) { errors[i % 2] = e; }
    }
    days = t.calendar('KZ', 2026).days.length;
    ics = t.calendarIcs(example);
  } finally {
    for (let i = 0; i < patched.length; i++) patched[i][0][patched[i][1]] = saved[i]; // (not forEach: replaced)
    for (const k of ['obligations', 'dueDate', 'code', 'message', '__proto__x']) delete Object.prototype[k];
    delete Array.prototype['0'];
  }
  for (const a of answers) {
    assert.equal(Object.getPrototypeOf(a), Object.prototype);
    assert.equal(Object.getPrototypeOf(a.obligations), Array.prototype);
    assert.deepEqual(a, a0);
  }
  for (const e of errors) {
    assert.equal(Object.getPrototypeOf(e), Object.prototype);
    assert.deepEqual([e.code, e.field], ['exit-before-entry', 'exitDate']);
  }
  assert.equal(days, cal0.days.length);
  assert.equal(ics, ics0);
  assert.equal(hits, '', `called: ${hits}`);
  assert.deepEqual(t.evaluate(example), a0);
  assert.ok(wasm.memory.buffer.byteLength < 64 << 20);
});

test('a "__proto__" key in echoed input comes back as an own data property, never a prototype', async () => {
  const { mod: t } = await fresh('core', 'robust-proto');
  for (const input of [JSON.parse('{"__proto__":{"polluted":1},"a":[{"__proto__":[2]}]}'), { ['__proto__']: { polluted: 1 }, a: [{ ['__proto__']: [2] }] }]) {
    const out = t.echo(input);
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(out, '__proto__').value, { polluted: 1 });
    assert.equal(out.polluted, undefined);
    assert.equal({}.polluted, undefined);
    assert.equal(Object.getPrototypeOf(out.a[0]), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(out.a[0], '__proto__').value, [2]);
  }
  // Numbers JSON text cannot carry exactly are written one by one, still exact.
  const odd = t.echo({ a: [-0, 2.5, NaN, Infinity, -1e300, 2 ** 53 + 2, 'é\u0000"\\\n\u2028'] });
  assert.ok(Object.is(odd.a[0], -0) && odd.a[1] === 2.5 && Number.isNaN(odd.a[2]) && odd.a[3] === Infinity);
  assert.equal(odd.a[4], -1e300);
  assert.equal(odd.a[5], 2 ** 53 + 2);
  assert.equal(odd.a[6], 'é\u0000"\\\n\u2028');
  const text = t.echo({ s: 'a\u0001\u001f"\\/\t\r\n\u007f\u2028\u{1F600}', n: [0, -0, 1, -(2 ** 53 - 1)] });
  assert.deepEqual(text, { s: 'a\u0001\u001f"\\/\t\r\n\u007f\u2028\u{1F600}', n: [0, -0, 1, -(2 ** 53 - 1)] });
  assert.ok(Object.is(text.n[1], -0));
});

test('JSON.parse replaced before the module loads: never called, and answers are written member by member', async () => {
  const saved = JSON.parse;
  const hits = { n: 0 };
  let t;
  try {
    JSON.parse = function hostile() { hits.n++; throw new Error('hostile JSON.parse'); };
    ({ mod: t } = await fresh('core', 'robust-preload'));
    const a = t.evaluate(example);
    assert.equal(Object.getPrototypeOf(a), Object.prototype);
    assert.equal(a.obligations.find((o) => o.kind === 'host-notification').dueDate, '2026-03-11');
    const out = t.echo({ ['__proto__']: { polluted: 1 }, b: [1, 'x'] });
    assert.deepEqual(Object.getOwnPropertyDescriptor(out, '__proto__').value, { polluted: 1 });
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    throwsInput(() => t.evaluate({ ...example, exitDate: '2026-03-01' }), 'exit-before-entry', 'exitDate');
  } finally {
    JSON.parse = saved;
  }
  assert.equal(hits.n, 0, 'the replaced JSON.parse was never called, not even to probe it');
  // The same answer as the fast path gives.
  const { mod: u } = await fresh('core', 'robust-preload-fast');
  assert.deepEqual(t.evaluate(example), u.evaluate(example));
  assert.equal(JSON.stringify(t.evaluate(example)), JSON.stringify(u.evaluate(example)));
});

test('form module: throwing scenario, details and facts', async () => {
  const { mod: core } = await fresh('core', 'robust-form-core');
  const { mod: f, wasm } = await fresh('form', 'robust-form');
  const a = core.evaluate(example);
  const facts = { dueDate: a.obligations.find((o) => o.kind === 'host-notification').dueDate, rulesCheckedOn: a.rulesCheckedOn };
  const html0 = f.formHtml(example, details, facts);
  const mem0 = wasm.memory.buffer.byteLength;
  for (let i = 0; i < 5000; i++) {
    const [bad, field] = throwing(i);
    throwsInput(() => f.formHtml(bad, details, facts), 'invalid-input', field);
    throwsInput(() => f.formHtml(example, details, Object.defineProperty({ ...facts }, 'dueDate', { get: boom, enumerable: true })), 'invalid-input', 'facts.dueDate');
    throwsInput(() => f.formPdf(example, new Proxy(details, { ownKeys: boom }), facts), 'invalid-input', 'details');
  }
  assert.ok(wasm.memory.buffer.byteLength - mem0 <= 1 << 20);
  assert.equal(f.formHtml(example, details, facts), html0);
});

test('values that are not plain data are wrong types at their own path, and their methods are never called', async () => {
  const { mod: t } = await fresh('full', 'robust-types');
  const calls = { n: 0 };
  const kinds = [
    [Symbol('s'), /a symbol/], [() => 1, /a function/], [1n, /a BigInt/],
    [new Uint8Array(4), /binary data/], [new Float64Array(2), /binary data/], [new ArrayBuffer(8), /binary data/], [new DataView(new ArrayBuffer(2)), /binary data/],
    [new Map([['a', 1]]), /a Map/], [new Set([1]), /a Set/], [new Date('2026-03-06'), /a Date object/],
    ...primitiveTraps(calls).map((v) => [v, /an object/]),
  ];
  for (const [v, what] of kinds) {
    const trips = example.trips.map((x) => ({ ...x }));
    trips[1].exitDate = v;
    const cases = [
      [{ ...example, entryDate: v }, 'entryDate'],
      [{ ...example, trips }, 'trips[1].exitDate'],
      [{ ...example, moves: [{ date: v }] }, 'moves[0].date'],
      [{ ...example, citizenship: v }, 'citizenship'],
      [{ ...example, lang: v }, 'lang'],
    ];
    for (const [s, field] of cases) {
      const e = throwsInput(() => t.evaluate(s), 'wrong-type', field);
      assert.match(e.message, what, e.message);
      throwsInput(() => t.calendarIcs(s), 'wrong-type', field);
    }
    if (!(v instanceof Map || v instanceof Set || v instanceof Date || ArrayBuffer.isView(v) || v instanceof ArrayBuffer || typeof v !== 'object')) continue;
    // A whole trip, move or details object of the wrong kind.
    throwsInput(() => t.evaluate({ ...example, trips: [v] }), 'wrong-type', 'trips[0]');
    throwsInput(() => t.evaluate({ ...example, moves: [v] }), 'wrong-type', 'moves[0]');
    throwsInput(() => t.evaluate({ ...example, trips: v }), 'wrong-type', 'trips');
    throwsInput(() => t.formHtml(example, { surname: v }), 'wrong-type', 'details.surname');
    throwsInput(() => t.formHtml(example, { children: [{ name: v }] }), 'wrong-type', 'details.children[0].name');
    throwsInput(() => t.formHtml(example, v), 'wrong-type', 'details');
    throwsInput(() => t.calendar('KZ', v), 'wrong-type', 'year');
    throwsInput(() => t.calendar(v, 2026), 'wrong-type', 'country');
  }
  for (const v of [Symbol('s'), () => 1, 1n, new Uint8Array(2), new Map(), new Date()]) {
    const e = throwsInput(() => t.evaluate(v), 'invalid-input', '');
    assert.match(e.message, /The scenario must be an object/);
  }
  assert.equal(calls.n, 0, 'no toString / valueOf / Symbol.toPrimitive was called');
  assert.match(throwsInput(() => t.evaluate({ ...example, lang: 'zh', entryDate: new Map() }), 'wrong-type', 'entryDate').message, /Map 对象/);
  // Still fine.
  assert.equal(t.evaluate(example).stay.lastDay, '2026-04-04');
});

test('far dates: a move in 9999, a birth date in 1850, an overlong string', async () => {
  const { mod: t } = await fresh('full', 'robust-dates');
  const e = throwsInput(() => t.evaluate({ ...example, exitDate: undefined, moves: [{ date: '9999-12-31' }] }), 'out-of-range', 'moves[0].date');
  assert.match(e.message, /For the date of move 1, 9999-12-31/);
  throwsInput(() => t.calendarIcs({ ...example, exitDate: undefined, moves: [{ date: '9999-12-31' }] }), 'out-of-range', 'moves[0].date');
  const b = throwsInput(() => t.evaluate({ ...example, birthDate: '1850-01-01' }), 'out-of-range', 'birthDate');
  assert.match(b.message, /birth dates from 1900-01-01/);
  throwsInput(() => t.formHtml(example, { passportExpiry: '9999-12-31' }), 'out-of-range', 'details.passportExpiry');
  throwsInput(() => t.evaluate({ ...example, citizenship: 'x'.repeat(1_000_001) }), 'out-of-range', 'citizenship');
  // Every date the answers hold is YYYY-MM-DD; every DTSTART/DTEND is eight digits.
  const s = { ...example, exitDate: undefined, moves: [{ date: '2031-03-01', accommodation: 'hotel', otherRegion: true }] };
  const dates = [];
  JSON.stringify(t.evaluate(s), (k, v) => { if (typeof v === 'string' && /^[+-]?\d+-\d+-\d+$/.test(v)) dates.push(v); return v; });
  assert.ok(dates.length > 10 && dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), dates.join(' '));
  const ics = t.calendarIcs(s);
  const dt = ics.match(/^DT(START|END)[^:]*:.*$/gm);
  assert.ok(dt.length >= 4 && dt.every((l) => /:\d{8}$/.test(l)), dt.join(' '));
});

test('a trap does not end the engine: the panic hook and restart() give a fresh instance', async () => {
  const { mod: t, wasm } = await fresh('core', 'robust-trap');
  const a0 = t.evaluate(example);
  const errors = [];
  const orig = console.error;
  console.error = (...x) => errors.push(x.join(' '));
  try {
    assert.throws(() => t.crashForTest('panic'), WebAssembly.RuntimeError);
  } finally { console.error = orig; }
  assert.match(errors.join('\n'), /tirkeu: internal error.*crashForTest/s, 'the hook wrote the panic message');
  assert.deepEqual(t.evaluate(example), a0, 'the next call runs on a fresh instance');
  // and keeps working (wasm-bindgen's glue once left the new instance's stack pointer 16 bytes
  // off, which broke the second or third call: scripts/patch-glue.mjs)
  for (let i = 0; i < 50; i++) {
    assert.deepEqual(t.evaluate(example), a0);
    assert.match(t.version(), /^\d+\.\d+\.\d+$/);
    assert.equal(t.calendar('KZ', 2026).year, 2026);
  }

  // A trap without a panic (as a memory fault would be): the old instance's memory is wrecked
  // on purpose; restart() makes the next call run on a new instance.
  const { mod: u, wasm: w } = await fresh('core', 'robust-trap-2');
  assert.throws(() => u.crashForTest('trap'), WebAssembly.RuntimeError);
  new Uint8Array(w.memory.buffer).fill(0xaa);
  assert.throws(() => u.evaluate(example), 'the wrecked instance cannot answer');
  u.restart();
  for (let i = 0; i < 50; i++) assert.deepEqual(u.evaluate(example), a0);
  assert.ok(wasm !== w);
});

test('guard(): a RuntimeError re-creates the instance, retries once and reports it', async () => {
  const { mod: raw, wasm } = await fresh('core', 'robust-guard');
  const restarts = [];
  const m = guard(raw, (name, err) => restarts.push([name, err instanceof WebAssembly.RuntimeError]));
  const a0 = m.evaluate(example);
  new Uint8Array(wasm.memory.buffer).fill(0xaa); // whatever the engine does next, it traps
  assert.deepEqual(m.evaluate(example), a0, 'the call is answered after a restart');
  assert.deepEqual(restarts, [['evaluate', true]]);
  assert.equal(m.calendarIcs(example), raw.calendarIcs(example));
  assert.equal(restarts.length, 1, 'no further restart');
  // Input errors pass through untouched, without a restart.
  throwsInput(() => m.evaluate({ ...example, exitDate: '2026-03-01' }), 'exit-before-entry', 'exitDate');
  assert.equal(restarts.length, 1);
  assert.equal(typeof m.restart, 'function');
});

// Random JS values (every kind a caller can pass, hostile ones included, and mutated valid
// scenarios) through every export: each call answers or throws a { code, field, message } whose
// field is a path; never a trap; the answers afterwards are unchanged. Seeded: a failure names
// its case.
test('random JS values through every export: an answer or a coded error, never a trap', async () => {
  const { mod: t, wasm } = await fresh('full', 'robust-random');
  let seed = 20261201;
  const rnd = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed / 2 ** 32; };
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const KEYS = ['destination', 'citizenship', 'entryDate', 'exitDate', 'birthDate', 'passport', 'visa', 'accommodation', 'trips', 'moves', 'crew', 'lang', 'date', 'otherRegion', 'surname', 'children', 'name', 'x'];
  const STR = ['KZ', 'DE', 'stateless', 'ru', 'zh', 'hotel', 'none', '2026-03-06', '9999-12-31', '1850-01-01', '0001-01-01', '2026-02-30', '', '\u0000\u202e', 'Ж'.repeat(50)];
  const leaf = () => pick([
    () => undefined, () => null, () => rnd() < 0.5, () => pick([0, -0, NaN, Infinity, -Infinity, 2026, 1e308, -1, 2.5]),
    () => pick(STR), () => Symbol('s'), () => () => 1, () => 10n ** 30n, () => new Uint8Array(3), () => new ArrayBuffer(2),
    () => new Map([['entryDate', '2026-03-06']]), () => new Set([1]), () => new Date(), () => /re/, () => new String('KZ'), () => new Number(5),
    () => Object.create(null), () => new (class Trip { constructor() { this.entryDate = '2025-01-01'; } })(),
  ])();
  const hostile = (v) => pick([
    () => new Proxy(v && typeof v === 'object' ? v : {}, { ownKeys: boom }),
    () => new Proxy(v && typeof v === 'object' ? v : {}, { get: boom }),
    () => new Proxy(v && typeof v === 'object' ? v : {}, { getPrototypeOf: boom }),
    () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; },
    () => Object.defineProperty({}, pick(KEYS), { get: boom, enumerable: true }),
    () => ({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom }),
  ])();
  const value = (depth) => {
    const r = rnd();
    if (depth > 4 || r < 0.4) return leaf();
    if (r < 0.55) return hostile(value(depth + 1));
    if (r < 0.75) { const a = []; for (let i = Math.floor(rnd() * 5); i > 0; i--) a[a.length] = value(depth + 1); if (rnd() < 0.1) a.length = 20; return a; }
    const o = {}; for (let i = Math.floor(rnd() * 6); i > 0; i--) o[pick(KEYS)] = value(depth + 1); return o;
  };
  const mutated = () => {
    const s = structuredClone(example);
    for (let i = Math.floor(rnd() * 3) + 1; i > 0; i--) {
      const k = pick(KEYS);
      const x = rnd() < 0.7 ? leaf() : value(2);
      const into = rnd() < 0.3 ? Math.floor(rnd() * 3) : -1;
      try {
        // (the trips may already have been replaced by something hostile)
        if (into >= 0 && Array.isArray(s.trips) && s.trips[into] && typeof s.trips[into] === 'object') s.trips[into][k] = x;
        else s[k] = x;
      } catch { s[k] = x; }
    }
    return s;
  };
  const a0 = t.evaluate(example);
  // '' (the whole input), or a path: `trips[2].entryDate`, or `[1].x` inside an array passed as
  // the whole input.
  const PATH = /^$|^(?:[A-Za-z_]\w*|\[\d+\])(?:\.[A-Za-z_]\w*|\[\d+\])*$/;
  let answered = 0;
  for (let n = 0; n < 3000; n++) {
    const v = rnd() < 0.6 ? mutated() : value(0);
    const calls = [
      () => t.evaluate(v), () => t.calendarIcs(v), () => t.formHtml(example, v), () => t.formHtml(v, details),
      () => t.calendar(v, 2026), () => t.calendar('KZ', v, v), () => t.echo(v),
      () => t.compare(v, ['KZ', 'AZ', 'RU']), () => t.compare(example, v), () => t.plan(v),
      () => t.itinerary(v), () => t.itinerary({ citizenship: 'CN', legs: [v, { destination: 'AZ', entryDate: '2026-05-01' }] }),
    ];
    if (n % 10 === 0) calls[calls.length] = () => t.formPdf(v, details);
    for (const call of calls) {
      try {
        call();
        answered++;
      } catch (e) {
        assert.ok(!(e instanceof WebAssembly.RuntimeError), `case ${n}: trap ${e}`);
        assert.equal(Object.getPrototypeOf(e), Object.prototype, `case ${n}: ${e}`);
        assert.ok(typeof e.code === 'string' && typeof e.message === 'string' && e.message.length > 10, `case ${n}`);
        assert.match(e.field, PATH, `case ${n}: field ${e.field}`);
      }
    }
  }
  assert.ok(answered > 3000, `${answered} answers`);
  assert.deepEqual(t.compare(example, ['KZ'])[0].assessment, a0);
  assert.deepEqual(t.evaluate(example), a0);
  assert.ok(wasm.memory.buffer.byteLength < 64 << 20);
});

// The route and planning calls (issue 15) read the same kinds of values: a leg that throws while it
// is read, a list of legs or countries far too long, a route that is not an object. Each gives a
// coded error naming the leg's field, and the answers after them are unchanged.
test('compare, itinerary, itineraryIcs and plan: throwing legs, huge lists, wrong types', async () => {
  const { mod: t } = await fresh('core', 'robust-route');
  const route = {
    citizenship: 'CN', lang: 'en',
    legs: [
      { destination: 'KZ', entryDate: '2026-05-04', exitDate: '2026-05-20' },
      { destination: 'AZ', entryDate: '2026-05-20', exitDate: '2026-06-01' },
      { destination: 'RU', entryDate: '2026-06-01', exitDate: '2026-06-10' },
    ],
  };
  const r0 = t.itinerary(route);
  const ics0 = t.itineraryIcs(route);
  const c0 = t.compare(example, ['KZ', 'AZ', 'RU']);
  const p0 = t.plan({ ...example, days: 30 });
  for (let i = 0; i < 500; i++) {
    const legs = route.legs.map((l) => ({ ...l }));
    Object.defineProperty(legs[i % 3], 'entryDate', { get: boom, enumerable: true });
    throwsInput(() => t.itinerary({ ...route, legs }), 'invalid-input', `legs[${i % 3}].entryDate`);
    throwsInput(() => t.itineraryIcs({ ...route, legs }), 'invalid-input', `legs[${i % 3}].entryDate`);
    throwsInput(() => t.itinerary({ ...route, legs: new Proxy(route.legs, { get: (x, k) => (k === '1' ? boom() : x[k]) }) }), 'invalid-input', 'legs[1]');
    throwsInput(() => t.compare(example, new Proxy(['KZ', 'AZ'], { get: (x, k) => (k === 'length' ? boom() : x[k]) })), 'invalid-input', 'countries');
    throwsInput(() => t.plan(Object.defineProperty({ ...example }, 'days', { get: boom, enumerable: true })), 'invalid-input', 'days');
  }
  // far too many legs, countries or planned trips: refused whole and named, like evaluate's
  // trips (out-of-range, "N entries were given; at most M"); beyond what any argument may hold
  // (json.rs MAX_LEN, 10,000 values in a list) the input as a whole is refused, quickly
  const many = (n) => Array.from({ length: n }, (_, i) => ({ destination: 'KZ', entryDate: '2026-05-04', exitDate: `2026-05-${String(5 + (i % 20)).padStart(2, '0')}` }));
  assert.match(throwsInput(() => t.itinerary({ ...route, legs: many(1000) }), 'out-of-range', 'legs').message, /1000 entries .* at most 30/);
  throwsInput(() => t.itinerary({ ...route, legs: [] }), 'out-of-range', 'legs');
  assert.match(throwsInput(() => t.compare(example, Array(1000).fill('KZ')), 'out-of-range', 'countries').message, /at most 10/);
  throwsInput(() => t.plan({ ...example, trips: many(1000) }), 'out-of-range', 'trips');
  const t0 = performance.now();
  throwsInput(() => t.itinerary({ ...route, legs: many(100000) }), 'invalid-input', '');
  throwsInput(() => t.compare(example, Array(100000).fill('KZ')), 'invalid-input', '');
  assert.ok(performance.now() - t0 < 3000, 'refused without working through them');
  // wrong types, named
  throwsInput(() => t.itinerary({ ...route, legs: 'KZ' }), 'wrong-type', 'legs');
  throwsInput(() => t.itinerary(null), 'wrong-type', '');
  throwsInput(() => t.compare(example, 'KZ'), 'wrong-type', 'countries');
  for (const days of ['thirty', 0, -3, 2.5, 99999]) assert.match(throwsInput(() => t.plan({ ...example, days }), 'out-of-range', 'days').message, /^For the length of the stay in days, give a whole number of days from 1 to 3650\.$/);
  // unchanged afterwards
  assert.deepEqual(t.itinerary(route), r0);
  assert.equal(t.itineraryIcs(route), ics0);
  assert.deepEqual(t.compare(example, ['KZ', 'AZ', 'RU']), c0);
  assert.deepEqual(t.plan({ ...example, days: 30 }), p0);
});

// The input's one crossing (src/wasm/read.rs, scripts/patch-glue.mjs): the glue walks the
// caller's value in JS and hands Rust one text. It must read exactly as the reader it replaced
// (which stays for a page that replaced the built-ins before the glue loaded): the same data,
// the same errors at the same paths, and the same getters and Proxy traps run, once each, in
// the same order. Each test runs both and compares.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { wasmFile } from './load.mjs';

async function fresh(tag) {
  const mod = await import(new URL(`../../www/pkg-core/tirkeu_core.js?${tag}`, import.meta.url).href);
  mod.initSync({ module: readFileSync(wasmFile('core')) });
  for (const l of ['en', 'ru']) mod.loadCatalog(l, readFileSync(new URL(`../../www/locales/${l}.ftl`, import.meta.url), 'utf8'));
  return mod;
}
const fast = await fresh('read-fast');
// Reflect.get replaced (by a wrapper, not a built-in) while the glue loads: the glue's walk is
// never used, and read.rs's own reader reads, with the real Reflect.get once it is restored.
const savedGet = Reflect.get;
let slow;
try {
  Reflect.get = function wrapped(...a) { return savedGet(...a); };
  slow = await fresh('read-slow');
} finally {
  Reflect.get = savedGet;
}

const example = {
  destination: 'KZ', citizenship: 'DE', entryDate: '2026-03-06', exitDate: '2026-04-20',
  birthDate: '1990-05-01', accommodation: 'private',
  trips: [{ entryDate: '2025-11-01', exitDate: '2025-11-20' }, { entryDate: '2026-01-05', exitDate: '2026-01-09' }],
};

/** `{ ok }` or `{ err }` of `fn(module)`, and the log `make(log)`'s value wrote while read. */
function run(mod, fnName, make) {
  const log = [];
  const v = make(log);
  try {
    return { ok: mod[fnName](v), log };
  } catch (e) {
    return { err: e, log };
  }
}
/** Both readers give the same answer or error, and ran the caller's code the same way. */
function same(fnName, make, check) {
  const a = run(fast, fnName, make);
  const b = run(slow, fnName, make);
  assert.deepEqual(a, b);
  if (check) check(a);
  return a;
}

test('the fallback reader is in use in the second module (the comparison compares two readers)', () => {
  // Only the glue's walk can read a value whose Reflect.get is replaced after load without
  // calling the replacement.
  let calls = 0;
  const saved = Reflect.get;
  try {
    Reflect.get = function hostile(...a) { calls++; return saved(...a); };
    fast.echo({ a: 1 });
    assert.equal(calls, 0, 'the glue walk uses the Reflect.get it captured');
    slow.echo({ a: 1 });
    assert.ok(calls > 0, 'the fallback reader calls Reflect.get');
  } finally {
    Reflect.get = saved;
  }
});

test('plain data: the same values, exactly (numbers, strings, keys, nesting)', () => {
  const odd = {
    n: [0, -0, 1, -1, 2.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 + 2, -(2 ** 53 - 1), 1e300, 5e-324, 0.1],
    s: ['', 'é', '\u0000"\\\n\u2028', '\u{1F600}', 'a\uD800b', '\uDC00', 'x\uD83D', '日本語', 's3:x'],
    'ключ': { '': null, '\uD800': true, 'a.b': false, '[0]': undefined, __proto__x: [[[]]] },
    ['__proto__']: { polluted: 1 },
  };
  const r = same('echo', () => odd);
  const out = r.ok;
  assert.ok(Object.is(out.n[1], -0) && Number.isNaN(out.n[5]) && out.n[9] === 2 ** 53 + 2 && out.n[12] === 5e-324);
  // A lone surrogate arrives as U+FFFD, as every string into Rust always did.
  assert.deepEqual(out.s, ['', 'é', '\u0000"\\\n\u2028', '\u{1F600}', 'a\uFFFDb', '\uFFFD', 'x\uFFFD', '日本語', 's3:x']);
  assert.deepEqual(Object.getOwnPropertyDescriptor(out, '__proto__').value, { polluted: 1 });
  assert.deepEqual(Object.keys(out['ключ']), ['', '\uFFFD', 'a.b', '[0]', '__proto__x']);
  same('evaluate', () => example, (a) => assert.equal(a.ok.stay.lastDay, '2026-04-04'));
});

test('getters run once each, in the same order, and a throwing one names its path', () => {
  const make = (log) => {
    const o = { ...example };
    for (const k of Object.keys(example)) {
      const v = example[k];
      Object.defineProperty(o, k, { get() { log.push(k); return v; }, enumerable: true });
    }
    return o;
  };
  same('evaluate', make, (r) => assert.deepEqual(r.log, Object.keys(example)));
  const throwing = (log) => {
    const trips = example.trips.map((t) => ({ ...t }));
    Object.defineProperty(trips[1], 'exitDate', { get() { log.push('x'); throw new Error('boom'); }, enumerable: true });
    return { ...example, trips };
  };
  same('evaluate', throwing, (r) => {
    assert.deepEqual([r.err.code, r.err.field, r.log], ['invalid-input', 'trips[1].exitDate', ['x']]);
    assert.match(r.err.message, /boom/);
  });
  // A thrown string, an object whose message getter throws, a long message (cut to 40 characters).
  for (const thrown of ['a string', { get message() { throw new Error('again'); } }, 'm'.repeat(500), 42, Symbol('s')]) {
    same('evaluate', () => Object.defineProperty({ ...example }, 'lang', { get() { throw thrown; }, enumerable: true }),
      (r) => assert.deepEqual([r.err.code, r.err.field], ['invalid-input', 'lang']));
  }
});

test('a Proxy: the same traps, in the same order, with the same keys', () => {
  const traps = (log, target) => new Proxy(target, {
    get(t, k, r) { log.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
    ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getPrototypeOf(t) { log.push('getPrototypeOf'); return Reflect.getPrototypeOf(t); },
    getOwnPropertyDescriptor(t, k) { log.push(`gopd ${String(k)}`); return Reflect.getOwnPropertyDescriptor(t, k); },
    has(t, k) { log.push(`has ${String(k)}`); return Reflect.has(t, k); },
  });
  const r = same('evaluate', (log) => ({ ...example, trips: traps(log, example.trips.map((t) => traps(log, { ...t }))) }));
  assert.ok(r.ok && r.log.includes('get length') && r.log.includes('ownKeys'), r.log.join(', '));
  // Throwing traps, each at its step.
  for (const trap of ['get', 'ownKeys', 'getPrototypeOf']) {
    same('evaluate', (log) => ({ ...example, moves: [new Proxy({ date: '2026-03-20' }, { [trap]() { log.push(trap); throw new Error(trap); } })] }),
      (x) => assert.deepEqual([x.err.code, x.err.field], ['invalid-input', trap === 'get' ? 'moves[0].date' : 'moves[0]']));
  }
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  same('evaluate', () => ({ ...example, trips: [proxy] }), (x) => assert.deepEqual([x.err.code, x.err.field], ['invalid-input', 'trips[0]']));
  // A Proxy of an array whose length is not a number, negative, fractional or huge.
  for (const length of ['3', -1, 1.5, NaN, 1e9, Infinity]) {
    same('echo', () => ({ a: new Proxy([1, 2, 3], { get: (t, k) => (k === 'length' ? length : t[k]) }) }));
  }
});

test('toJSON, toString and valueOf are never called: read by own properties, as before', () => {
  const make = (log) => ({
    ...example,
    toJSON() { log.push('toJSON'); return {}; },
    trips: [{ ...example.trips[0], toString() { log.push('toString'); return 'x'; }, valueOf() { log.push('valueOf'); return 1; } }],
  });
  same('evaluate', make, (r) => assert.deepEqual(r.log, []));
  same('echo', (log) => ({ a: { toJSON() { log.push('toJSON'); return 1; } } }), (r) => assert.deepEqual(r.log, []));
  // Values that are not plain data: wrong types at their own path.
  for (const v of [Symbol('s'), () => 1, 1n, new Uint8Array(2), new ArrayBuffer(2), new Map(), new Set(), new Date(0), Object.create(null), new (class A {})()]) {
    same('evaluate', () => ({ ...example, entryDate: v }));
    same('evaluate', () => ({ ...example, trips: [v] }));
    same('evaluate', () => v);
  }
});

test('a cyclic object, a deep one, a huge array, too many values, an overlong string: the same limits', () => {
  const cyclic = () => { const o = { ...example }; o.trips = [o]; return o; };
  same('evaluate', cyclic, (r) => assert.deepEqual([r.err.code, r.err.field], ['invalid-input', '']));
  assert.match(run(fast, 'evaluate', cyclic).err.message, /nested too deeply/);
  const deep = (n) => () => { let o = {}; for (let i = 0; i < n; i++) o = { o }; return o; };
  same('echo', deep(16));
  same('echo', deep(17));
  const huge = () => ({ ...example, trips: Array.from({ length: 10_001 }, () => ({ entryDate: '2025-01-01', exitDate: '2025-01-01' })) });
  same('evaluate', huge, (r) => assert.match(r.err.message, /array too long/));
  const many = () => ({ a: Array.from({ length: 30 }, () => Array.from({ length: 9_000 }, (_, i) => i)) });
  same('echo', many, (r) => assert.match(r.err.message, /too many values/));
  const wide = () => Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, i]));
  same('echo', wide, (r) => assert.match(r.err.message, /too large/));
  const long = () => ({ ...example, citizenship: 'x'.repeat(1_000_001) });
  same('evaluate', long, (r) => assert.deepEqual([r.err.code, r.err.field], ['out-of-range', 'citizenship']));
  // Just under every limit: read whole.
  const big = () => ({ s: 'é'.repeat(1_000_000), a: Array.from({ length: 10_000 }, (_, i) => ({ i, s: `v${i}` })) });
  const r = same('echo', big);
  assert.equal(r.ok.s.length, 1_000_000);
  assert.equal(r.ok.a[9_999].s, 'v9999');
});

test('random values: both readers agree (seeded)', () => {
  let seed = 11;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const leaf = () => [null, undefined, true, false, 0, -0, 1.5, -7, 2 ** 60, NaN, '', 'é', '\uD800', 'a'.repeat(rnd(50)), Symbol('x'), 1n, () => 0, new Date(0), new Map(), new Uint8Array(1)][rnd(20)];
  const value = (d) => {
    if (d > 3 || rnd(3) === 0) return leaf();
    if (rnd(2)) return Array.from({ length: rnd(5) }, () => value(d + 1));
    return Object.fromEntries(Array.from({ length: rnd(5) }, () => [['a', 'b', 'trips', 'lang', 'é', '0', ''][rnd(7)], value(d + 1)]));
  };
  for (let i = 0; i < 400; i++) {
    const v = value(0);
    same('echo', () => v);
    same('evaluate', () => ({ ...example, [['trips', 'moves', 'lang', 'entryDate', 'visa'][i % 5]]: v }));
  }
});

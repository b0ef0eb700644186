// The four languages have the same keys and the same {placeholders}; no string is left empty or
// in English by mistake; www/js/regions.js matches the engine's country list and Node's CLDR.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import en from '../../www/js/lang/en.js';
import ru from '../../www/js/lang/ru.js';
import kk from '../../www/js/lang/kk.js';
import zh from '../../www/js/lang/zh.js';
import { generate } from './gen-regions.mjs';

const ph = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Strings that may be the same in every language (symbols, names of things).
const SAME = new Set(['d.sex.none', 'faq.stayNote']);

for (const [code, table] of Object.entries({ ru, kk, zh })) {
  test(`${code}: the same keys and placeholders as English, every string translated`, () => {
    assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      assert.ok(table[k].trim(), `${code} ${k} is empty`);
      assert.deepEqual(ph(table[k]), ph(en[k]), `${code} ${k} placeholders`);
      if (!SAME.has(k)) assert.notEqual(table[k], en[k], `${code} ${k} is still English`);
    }
  });
}

test('Kazakh strings are in Cyrillic and use Kazakh letters', () => {
  const all = Object.values(kk).join(' ');
  assert.match(all, /[әғқңөұүһі]/);
  assert.doesNotMatch(all.replace(/tirkeu|PDF|\.ics|IIN|BIN|MRP|EDS|\{\w+\}/g, ''), /[a-z]{4,}/i);
});

test('regions.js is current: the engine\'s 249 codes, Kazakh names from CLDR', () => {
  const file = readFileSync(new URL('../../www/js/regions.js', import.meta.url), 'utf8');
  assert.equal(file, generate(), 'run: node tests/e2e/gen-regions.mjs');
  assert.match(file, /"DE":"Германия"/);
});

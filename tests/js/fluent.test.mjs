// The page's Fluent reader (www/js/fluent.js): the subset of docs/i18n.md, read as Fluent reads
// it, and refused outside it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Catalog, parse } from '../../www/js/fluent.js';

const FTL = `
### group comments are not notes
# A note for translators.
# Its second line.
hello = Hello, { $name }!
multi =
    First line
      indented more
    last line
brace = A literal { "{" } brace
days = { $n ->
        [0] no days
        [one] { $n } day
       *[other] { $n } days
    }
nested = { $audience ->
        [traveller] You stay { $n ->
            [one] one day
           *[other] { $n } days
        }.
       *[other] The guest stays.
    }
`;

test('messages, notes, multiline text, literals', () => {
  const m = parse(FTL);
  assert.deepEqual([...m.keys()], ['hello', 'multi', 'brace', 'days', 'nested']);
  assert.equal(m.get('hello').note, 'A note for translators.\nIts second line.');
  const c = new Catalog('en', FTL);
  assert.equal(c.format('hello', { name: 'Aigerim' }), 'Hello, Aigerim!');
  assert.equal(c.format('multi'), 'First line\n  indented more\nlast line');
  assert.equal(c.format('brace'), 'A literal { brace');
  assert.deepEqual(c.variables('nested'), ['audience', 'n']);
});

test('selects: exact values first, then the plural category of the catalog\'s language', () => {
  const en = new Catalog('en', FTL);
  assert.equal(en.format('days', { n: 0 }), 'no days');
  assert.equal(en.format('days', { n: 1 }), '1 day');
  assert.equal(en.format('days', { n: 21 }), '21 days');
  assert.equal(en.format('nested', { audience: 'traveller', n: 1 }), 'You stay one day.');
  assert.equal(en.format('nested', { audience: 'hotel', n: 1 }), 'The guest stays.');
  const ru = new Catalog('ru', 'd = { $n ->\n    [one] { $n } день\n    [few] { $n } дня\n   *[many] { $n } дней\n}\n');
  assert.deepEqual([1, 2, 5, 21, 22, 25, 111].map((n) => ru.format('d', { n })), ['1 день', '2 дня', '5 дней', '21 день', '22 дня', '25 дней', '111 дней']);
  const kk = new Catalog('kk', 'd = { $n ->\n    [one] бір күн\n   *[other] { $n } күн\n}\n');
  assert.deepEqual([1, 2].map((n) => kk.format('d', { n })), ['бір күн', '2 күн']);
});

test('a missing message or variable shows itself, never another language', () => {
  const c = new Catalog('en', FTL);
  assert.equal(c.format('nope'), 'nope');
  assert.equal(c.format('hello'), 'Hello, {$name}!');
});

test('parts keep non-text arguments (DOM nodes) as they are', () => {
  const node = { textContent: '6 March' };
  const c = new Catalog('en', 'due = Due { $date }.\n');
  assert.deepEqual(c.formatToParts('due', { date: node }), ['Due ', node, '.']);
  assert.equal(c.format('due', { date: node }), 'Due 6 March.');
});

test('outside the subset: refused with the message named', () => {
  for (const bad of ['x = { -term }\n', 'x = { other-message }\n', 'x = { NUMBER($n) }\n', 'x = { $n ->\n  [one] a\n  [other] b\n}\n', 'Bad = x\n', 'x = a\nx = b\n', 'x = }\n']) {
    assert.throws(() => parse(bad), SyntaxError, bad);
  }
});
